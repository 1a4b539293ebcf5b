//! The interface's words in Vietnamese (first) and English.

use leptos::prelude::{Get, RwSignal};

use crate::model::basics::number::{auto_decimals, format_number, Lang};
pub use crate::model::texts::{text, Text};
pub use crate::model::words::wording::{method_name, verdict_text};

/// A text that follows the language switch (for a fixed language, `text`). Every label goes through this one closure
/// type, so Leptos compiles its rendering once instead of once per label (each distinct
/// closure costs a copy in the download).
pub fn live_text(
    lang: RwSignal<Lang>,
    which: Text,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || text(lang.get(), which)
}

/// "Dự báo năm 2026": the label of an outcome names the year it is for (a yearly target
/// dated 2026 is shown for 2026, not under a 2030 label).
pub fn projected_label(lang: Lang, year: u16) -> String {
    format!("{} {year}", text(lang, Text::ProjectedIn))
}

/// A value in the chosen style with a sensible number of decimals.
pub fn num(value: f64, lang: Lang) -> String {
    format_number(value, auto_decimals(value), lang)
}

/// The unit of a method's main parameter for an indicator ("người/năm", never "/năm").
pub fn parameter_unit(
    ind: &crate::model::Indicator,
    a: &crate::model::Assumption,
    lang: Lang,
) -> String {
    crate::model::words::reason::parameter_unit(ind, &a.method, lang)
}
