//! Small pieces of wording shared by views: a target as a planner reads it, names.

use super::i18n::num;
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
        format!("{sign} {}", num(ind.target.value, lang))
    };
    format!("{value} {}", ind.target_unit(lang.is_vi()))
}

/// First letter upper-case: the resolution's words often start mid-sentence.
pub fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
