//! The interface's words, Vietnamese first and English second, kept in the
//! model so a host test holds every word to both languages and to the council's style
//! (tests/wording.rs). Views show them through `ui::i18n`.
//!
//! The words are kept by screen, one file each; `text` asks each file in turn, and a
//! host test below holds every `Text` to exactly one file.
//!
//! Imports: basics.

use crate::model::basics::number::Lang;

mod dashboard;
mod figures;
mod list;
mod plan;
mod saving;
mod scenarios;
mod slides;

pub use list::Text;

/// Each screen's table, asked in turn.
const SCREENS: [fn(Text) -> Option<(&'static str, &'static str)>; 6] = [
    dashboard::words,
    plan::words,
    figures::words,
    scenarios::words,
    slides::words,
    saving::words,
];

/// The interface's words for `which`, in `lang`.
pub fn text(lang: Lang, which: Text) -> &'static str {
    // Every text is in one table (the test below), so the empty pair is never shown.
    let (vi, en) = SCREENS
        .iter()
        .find_map(|words| words(which))
        .unwrap_or(("", ""));
    lang.pick(vi, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_in_exactly_one_screen() {
        for &t in Text::ALL {
            let n = SCREENS.iter().filter(|words| words(t).is_some()).count();
            assert_eq!(n, 1, "{t:?} is in {n} tables");
        }
    }
}
