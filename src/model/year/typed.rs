//! What the planner types as a year's target: a number in the series' unit (held to the
//! same rules as the year's figures), a direction ("tăng", "giảm"), or nothing (cleared).

use crate::model::basics::number::{FieldError, Lang, Rules};
use crate::model::plan::year_figures::{Trend, YearTarget};

pub fn read_year_target(
    text: &str,
    rules: Rules,
    lang: Lang,
) -> Result<Option<YearTarget>, FieldError> {
    if let Some(t) = Trend::read(text) {
        return Ok(Some(YearTarget::Trend(t)));
    }
    Ok(rules.check_optional(text, lang)?.map(YearTarget::Value))
}

/// The target as the field shows it again.
pub fn show_year_target(t: Option<YearTarget>, lang: Lang) -> String {
    match t {
        Some(YearTarget::Value(v)) => crate::model::basics::number::format_number(
            v,
            crate::model::basics::number::auto_decimals(v),
            lang,
        ),
        Some(YearTarget::Trend(t)) => t.word(lang).to_string(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: Rules = Rules {
        min: 0.0,
        max: 100.0,
        whole: false,
    };

    #[test]
    fn a_number_a_direction_or_nothing() {
        assert_eq!(
            read_year_target("97,5", RULES, Lang::Vi),
            Ok(Some(YearTarget::Value(97.5)))
        );
        assert_eq!(
            read_year_target("giảm", RULES, Lang::Vi),
            Ok(Some(YearTarget::Trend(Trend::Down)))
        );
        assert_eq!(read_year_target("  ", RULES, Lang::Vi), Ok(None));
        assert!(
            read_year_target("150", RULES, Lang::Vi).is_err(),
            "above the ceiling"
        );
        assert!(read_year_target("abc", RULES, Lang::En).is_err());
        assert_eq!(
            show_year_target(Some(YearTarget::Value(97.5)), Lang::Vi),
            "97,5"
        );
        assert_eq!(
            show_year_target(Some(YearTarget::Trend(Trend::Up)), Lang::En),
            "Increase"
        );
    }
}
