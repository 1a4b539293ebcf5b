//! Small pieces of wording shared by views: a target as a planner reads it, names.

use crate::model::number::Lang;
use crate::model::plan::{Direction, Indicator};

/// "≥ 4.500 ha", "< 55 %", "≈ 0 % hộ": the target as a planner reads it.
pub fn target_words(ind: &Indicator, lang: Lang) -> String {
    let sign = match ind.target.direction {
        Direction::AtLeast => "≥",
        Direction::AtMost => "≤",
        Direction::Below => "<",
        Direction::Hold => "=",
    };
    let value = if ind.target.qualitative {
        "≈ 0".to_string()
    } else {
        format!(
            "{sign} {}",
            crate::model::target::show_outcome(ind, ind.target.value, lang)
        )
    };
    format!("{value} {}", ind.target_unit(lang))
}

/// First letter upper-case: the resolution's words often start mid-sentence. Only an
/// ASCII first letter is changed (every name in the plan starts with one); a full Unicode
/// upper-casing would bring its case tables into the download.
pub fn capitalised(name: &str) -> String {
    let mut out = name.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}
