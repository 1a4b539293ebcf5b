//! Small pieces of wording shared by views: a target as a planner reads it, names.

use crate::model::basics::number::Lang;
use crate::model::plan::Indicator;

/// "≥ 4.500 ha", "< 55%", "≤ 1% hộ": the target as a planner reads it, with the plan's
/// own threshold for "cơ bản không còn" (`wording::target_words`).
pub fn target_words(ind: &Indicator, lang: Lang) -> String {
    let settings = leptos::prelude::use_context::<super::state::AppState>()
        .map(|s| leptos::prelude::With::with(&s.plan, |p| p.settings));
    crate::model::words::wording::target_words(ind, settings.as_ref(), lang)
}

pub use crate::model::words::wording::capitalised;
