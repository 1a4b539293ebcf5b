//! The sentence under every verdict: the numbers it rests on, in the chosen language.
//! "Dự báo năm 2030: 8,45%/năm < chỉ tiêu 9,9%/năm; cần tăng 3,35%/năm từ 2027 đến 2030."
//!
//! Both numbers of a comparison are shown with the target's decimals, and the sign
//! between them is the one the verdict used, so the sentence can never read "55 < 55".

use crate::model::basics::number::{format_number, Lang};
use crate::model::plan::assumption::{Method, ParameterKind};
use crate::model::plan::{Direction, Indicator};
use crate::model::projection::solve::SolveError;
use crate::model::projection::status::{Reason, Status};
use crate::model::projection::target::shown_decimals;

/// A number and its unit as the resolution writes them: "70%", "9,9%/năm", "12% hộ",
/// "4.500 ha". The one rule of where a number meets its unit (`unit_gap`).
pub fn with_unit(number: &str, unit: &str) -> String {
    format!("{number}{}{unit}", unit_gap(unit))
}

/// What goes between a number and its unit: nothing before a per-cent or per-mille sign
/// (the council's wording, "67,5%", "12% hộ"; English writes "67.5%" too), a space before
/// any other unit ("4.500 ha"), nothing when there is no unit. For views that set the
/// unit in an element of its own.
pub fn unit_gap(unit: &str) -> &'static str {
    if unit.is_empty() || unit.starts_with(['%', '‰']) {
        ""
    } else {
        " "
    }
}

/// The unit of a method's main parameter for this indicator: "người/năm", never "/năm".
pub fn parameter_unit(ind: &Indicator, method: &Method, lang: Lang) -> String {
    let per_year = lang.pick("/năm", "/yr");
    match method.parameter_kind() {
        ParameterKind::PercentPerYear => format!("%{per_year}"),
        // A unit already per year ("người/năm") is not made per year twice.
        ParameterKind::UnitsPerYear if ind.unit(lang).ends_with(per_year) => ind.unit(lang).into(),
        ParameterKind::UnitsPerYear => format!("{}{per_year}", ind.unit(lang)),
        ParameterKind::PointsPerYear => lang.pick("điểm phần trăm/năm".into(), "pp/yr".into()),
        ParameterKind::PercentOfGap => {
            lang.pick("% phần còn thiếu/năm".into(), "% of the gap/yr".into())
        }
        ParameterKind::Percent => "%".into(),
        ParameterKind::HectaresPerYear => format!("ha{per_year}"),
    }
}

/// A parameter value as a planner says it: "tăng 9,9%/năm", "giảm 57,4%/năm", "429 người/năm".
pub fn parameter_phrase(ind: &Indicator, method: &Method, value: f64, lang: Lang) -> String {
    let unit = parameter_unit(ind, method, lang);
    let n = |v: f64| format_number(v, 3, lang);
    match method {
        Method::Compound { .. } if value < 0.0 => {
            let verb = lang.pick("giảm", "a fall of");
            format!("{verb} {}", with_unit(&n(-value), &unit))
        }
        Method::Compound { .. } => {
            let verb = lang.pick("tăng", "growth of");
            format!("{verb} {}", with_unit(&n(value), &unit))
        }
        Method::Decline { .. } => {
            let verb = lang.pick("giảm", "a decline of");
            format!("{verb} {}", with_unit(&n(value), &unit))
        }
        Method::Linear { .. } | Method::Points { .. } if value < 0.0 => {
            let verb = lang.pick("giảm", "a fall of");
            format!("{verb} {}", with_unit(&n(-value), &unit))
        }
        // A change against the base year says so: "tăng 19% so với năm 2025".
        Method::TotalChange { .. } => {
            let (verb, size) = if value < 0.0 {
                (lang.pick("giảm", "a fall of"), -value)
            } else {
                (lang.pick("tăng", "a rise of"), value)
            };
            let base = ind.baseline.year;
            let against = lang.pick(format!("so với năm {base}"), format!("against {base}"));
            format!("{verb} {} {against}", with_unit(&n(size), &unit))
        }
        _ => with_unit(&n(value), &unit),
    }
}

/// The sign between an outcome and its goal, as shown: the target's own sign when it is
/// met, else how the two shown numbers compare.
fn relation(
    ind: &Indicator,
    shown_outcome: &str,
    shown_goal: &str,
    value: f64,
    goal: f64,
    met: bool,
) -> &'static str {
    if met {
        return match ind.target.direction {
            Direction::AtLeast | Direction::Hold => "≥",
            Direction::AtMost => "≤",
            Direction::Below => "<",
            Direction::Above => ">",
            Direction::About | Direction::Range => "∈",
        };
    }
    if shown_outcome == shown_goal {
        "="
    } else if value < goal {
        "<"
    } else {
        ">"
    }
}

/// The sentence for one indicator's status.
pub fn sentence(ind: &Indicator, status: &Status, lang: Lang) -> String {
    let goal = status.goal;
    let decimals = shown_decimals(ind, goal);
    let unit = ind.target_unit(lang);
    let show = |v: f64| format_number(v, decimals, lang);
    let target_word = lang.pick("chỉ tiêu", "target");
    let window = crate::model::projection::window::bounds(ind);
    let compare = |value: f64, met: bool| {
        if let Some((lo, hi)) = window {
            let range = with_unit(&format!("{}–{}", show(lo), show(hi)), unit);
            let o = with_unit(&show(value), unit);
            return if met {
                lang.pick(
                    format!("{o} trong khoảng {target_word} {range}"),
                    format!("{o} within the {target_word} {range}"),
                )
            } else {
                let sign = if value < lo { "<" } else { ">" };
                format!("{o} {sign} {target_word} {range}")
            };
        }
        let (o, g) = (show(value), show(goal));
        let sign = relation(ind, &o, &g, value, goal, met);
        let strict = if !met && sign == "=" && ind.target.direction == Direction::Below {
            lang.pick(" (phải dưới mức này)", " (must be below it)")
        } else if !met && sign == "=" && ind.target.direction == Direction::Above {
            lang.pick(" (phải trên mức này)", " (must be above it)")
        } else {
            ""
        };
        format!(
            "{} {sign} {target_word} {}{strict}",
            with_unit(&o, unit),
            with_unit(&g, unit)
        )
    };
    match &status.reason {
        Reason::Known {
            year,
            value,
            met,
            yearly,
        } => {
            let when = lang.pick(format!("Năm {year}"), format!("In {year}"));
            let tail = match (met, yearly) {
                (true, _) => lang.pick("đã đạt", "achieved"),
                (false, true) => lang.pick(
                    "chỉ tiêu hằng năm đã không đạt",
                    "a yearly target already missed",
                ),
                (false, false) => lang.pick("không đạt", "missed"),
            };
            format!("{when}: {}: {tail}.", compare(*value, *met))
        }
        Reason::Forecast { year, outcome, met } => {
            let head = lang.pick(format!("Dự báo năm {year}"), format!("Forecast for {year}"));
            let mut text = format!("{head}: {}", compare(*outcome, *met));
            if !met {
                text.push_str(&need(ind, status, lang));
            }
            text.push('.');
            text
        }
    }
}

/// "; cần tăng 3,35%/năm từ 2027 đến 2030", or why no rate would do.
fn need(ind: &Indicator, status: &Status, lang: Lang) -> String {
    let (from, to) = (status.required_from, status.required_to);
    match &status.required {
        Ok(p) => {
            let phrase = parameter_phrase(ind, &status.method, *p, lang);
            if from == to {
                lang.pick(
                    format!("; cần {phrase} trong năm {from}"),
                    format!("; needs {phrase} in {from}"),
                )
            } else {
                lang.pick(
                    format!("; cần {phrase} từ {from} đến {to}"),
                    format!("; needs {phrase} from {from} to {to}"),
                )
            }
        }
        Err(SolveError::Unreachable { .. }) => lang.pick(
            "; phương pháp dự báo này không thể đạt chỉ tiêu".into(),
            "; this projection method cannot reach the target".into(),
        ),
        Err(SolveError::NotParametric) | Err(SolveError::Settled) => String::new(),
    }
}
