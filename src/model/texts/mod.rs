//! The interface's words, Vietnamese first and English second, kept in the
//! model so a host test holds every word to both languages and to the council's style
//! (tests/wording.rs). Views show them through `ui::i18n`.
//!
//! The words are kept by screen, one file each, and gathered into one table when the
//! app is compiled; a host test below holds every `Text` to exactly one file.
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

/// This screen's words for a text, or None for another screen's.
type Screen = Option<(&'static str, &'static str)>;

/// The one table of words, in `Text`'s order, built when the app is compiled: each
/// text's words from its screen's file. A text in no screen's file stops the build.
const TABLE: [(&str, &str); Text::ALL.len()] = {
    let mut table = [("", ""); Text::ALL.len()];
    let mut i = 0;
    while i < Text::ALL.len() {
        let which = Text::ALL[i];
        table[i] = match first([
            dashboard::words(which),
            plan::words(which),
            figures::words(which),
            scenarios::words(which),
            slides::words(which),
            saving::words(which),
        ]) {
            Some(words) => words,
            None => panic!("a text is in no screen's table"),
        };
        i += 1;
    }
    table
};

/// The first screen that has the words.
const fn first(screens: [Screen; 6]) -> Screen {
    let mut i = 0;
    while i < screens.len() {
        if let Some(words) = screens[i] {
            return Some(words);
        }
        i += 1;
    }
    None
}

/// The interface's words for `which`, in `lang`.
pub fn text(lang: Lang, which: Text) -> &'static str {
    // `ALL` lists the texts in the order they are declared, so a text's number is its row.
    let (vi, en) = TABLE[which as usize];
    lang.pick(vi, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_in_exactly_one_screen() {
        for (row, &t) in Text::ALL.iter().enumerate() {
            assert_eq!(t as usize, row, "{t:?} is not at its own row");
            let screens = [
                dashboard::words(t),
                plan::words(t),
                figures::words(t),
                scenarios::words(t),
                slides::words(t),
                saving::words(t),
            ];
            let n = screens.iter().filter(|w| w.is_some()).count();
            assert_eq!(n, 1, "{t:?} is in {n} tables");
        }
    }
}
