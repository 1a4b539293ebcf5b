//! The plan editor's rules: one value typed into one field of a plan, read and checked
//! here, so the view only wires inputs to it. Every change returns a whole new plan that
//! passes every check, or says why not; the plan in use is never half-changed.

use crate::model::basics::number::{parse_number, Lang, NumberError};
use crate::model::plan::assumption::Method;
use crate::model::plan::check::plan_wide;
use crate::model::plan::{Direction, Group, GroupInfo, Plan, PlanError, TargetKind};
use crate::model::work::plans::{blank_indicator, free_indicator_id};

/// Why a typed value was not taken.
#[derive(Debug, Clone, PartialEq)]
pub enum EditError {
    /// Not a number (or not one the app reads without guessing).
    Number(NumberError),
    /// Read, but the plan it makes fails a check.
    Plan(PlanError),
    /// A choice (a kind, a direction, a group, a method) the editor does not offer.
    UnknownChoice,
    NoSuchIndicator,
}

/// Every field the editor writes, by the key its inputs carry (`data-plan-field`).
pub const PLAN_FIELDS: [&str; 7] = [
    "title_vi",
    "title_en",
    "number",
    "commune_vi",
    "commune_en",
    "base_year",
    "horizon",
];
pub const INDICATOR_FIELDS: [&str; 22] = [
    "id",
    "name_vi",
    "name_en",
    "unit_vi",
    "unit_en",
    "group",
    "kind",
    "direction",
    "value",
    "year",
    "each_year",
    "ceiling",
    "integer",
    "baseline",
    "illustrative",
    "method",
    "parameter",
    "text",
    "note_vi",
    "note_en",
    "spread",
    "high",
];

/// The kinds of target a planner picks from (a target against the previous term needs
/// that term's total, which the editor does not ask for: kept where a plan has it).
pub const EDITOR_KINDS: [TargetKind; 5] = [
    TargetKind::Level,
    TargetKind::Rate,
    TargetKind::Growth,
    TargetKind::Change,
    TargetKind::Cumulative,
];

/// The methods a default assumption may use in the editor (one number each).
pub const EDITOR_METHODS: [&str; 6] = [
    "compound",
    "linear",
    "steady",
    "decline",
    "total_change",
    "points",
];

/// The name a group gets when an indicator is first put in it.
fn standard_group(g: Group) -> GroupInfo {
    let (vi, en) = match g {
        Group::Economy => ("Về kinh tế", "Economy"),
        Group::Society => ("Về văn hóa, xã hội", "Culture and society"),
        Group::Environment => ("Về môi trường", "Environment"),
        Group::Appendix => ("Phụ lục", "Appendix"),
        Group::Ungrouped => ("", ""),
    };
    GroupInfo {
        id: g,
        name_vi: vi.into(),
        name_en: en.into(),
    }
}

fn number(typed: &str, lang: Lang) -> Result<f64, EditError> {
    parse_number(typed, lang).map_err(EditError::Number)
}

fn optional_number(typed: &str, lang: Lang) -> Result<Option<f64>, EditError> {
    if typed.trim().is_empty() {
        Ok(None)
    } else {
        number(typed, lang).map(Some)
    }
}

fn year(typed: &str) -> Result<u16, EditError> {
    typed
        .trim()
        .parse::<u16>()
        .map_err(|_| EditError::Number(NumberError::NotANumber))
}

fn flag(typed: &str) -> bool {
    matches!(typed.trim(), "true" | "on" | "1")
}

fn text(typed: &str) -> String {
    crate::model::work::scenario::clean_text(typed, usize::MAX, true)
}

fn optional_text(typed: &str) -> Option<String> {
    Some(text(typed)).filter(|t| !t.is_empty())
}

fn method_of(key: &str, parameter: f64, ceiling: Option<f64>) -> Option<Method> {
    Some(match key {
        "compound" => Method::Compound {
            rate_pct: parameter,
        },
        "linear" => Method::Linear {
            per_year: parameter,
        },
        "steady" => Method::Steady {
            per_year: parameter.max(0.0),
        },
        "decline" => Method::Decline {
            pct_per_year: parameter,
        },
        "total_change" => Method::TotalChange { pct: parameter },
        "points" if ceiling.is_some() => Method::Points {
            pp_per_year: parameter,
        },
        _ => return None,
    })
}

/// The plan with one field set from what was typed: `row` is the indicator's position
/// (None for the plan's own fields).
pub fn edit_plan(
    plan: &Plan,
    row: Option<usize>,
    field: &str,
    typed: &str,
    lang: Lang,
) -> Result<Plan, EditError> {
    let mut next = plan.clone();
    match row {
        None => set_plan_field(&mut next, field, typed)?,
        Some(k) => {
            if k >= next.indicators.len() {
                return Err(EditError::NoSuchIndicator);
            }
            set_indicator_field(&mut next, k, field, typed, lang)?;
        }
    }
    next.validate().map_err(EditError::Plan)?;
    Ok(next)
}

fn set_plan_field(plan: &mut Plan, field: &str, typed: &str) -> Result<(), EditError> {
    let r = &mut plan.resolution;
    match field {
        "title_vi" => r.title_vi = text(typed),
        "title_en" => r.title_en = text(typed),
        "number" => r.number = text(typed),
        "commune_vi" => r.commune_vi = text(typed),
        "commune_en" => r.commune_en = text(typed),
        "base_year" => {
            let y = year(typed)?;
            let shift = i32::from(y) - i32::from(plan.base_year);
            plan.base_year = y;
            // The plan's years move together: baselines are of the base year, targets
            // keep their distance from it.
            plan.horizon = (i32::from(plan.horizon) + shift).clamp(0, 65535) as u16;
            for ind in plan.indicators.iter_mut() {
                ind.baseline.year = y;
                ind.target.year = (i32::from(ind.target.year) + shift).clamp(0, 65535) as u16;
            }
        }
        "horizon" => {
            let y = year(typed)?;
            plan.horizon = y;
            for ind in plan.indicators.iter_mut() {
                ind.target.year = ind.target.year.min(y);
            }
        }
        _ => return Err(EditError::UnknownChoice),
    }
    Ok(())
}

fn set_indicator_field(
    plan: &mut Plan,
    k: usize,
    field: &str,
    typed: &str,
    lang: Lang,
) -> Result<(), EditError> {
    let group = Group::ALL.into_iter().find(|g| g.key() == typed.trim());
    let ind = &mut plan.indicators[k];
    match field {
        "id" => ind.id = typed.trim().to_string(),
        "name_vi" => ind.name_vi = text(typed),
        "name_en" => ind.name_en = text(typed),
        "unit_vi" => ind.unit_vi = text(typed),
        "unit_en" => ind.unit_en = text(typed),
        "group" => {
            let g = group.ok_or(EditError::UnknownChoice)?;
            ind.group = g;
            if g != Group::Ungrouped && !plan.groups.iter().any(|x| x.id == g) {
                plan.groups.push(standard_group(g));
            }
            // A group no indicator uses any more is not shown; it stays named.
        }
        "kind" => {
            let kind = TargetKind::ALL
                .into_iter()
                .find(|t| t.key() == typed.trim())
                .filter(|t| EDITOR_KINDS.contains(t) || *t == ind.target.kind)
                .ok_or(EditError::UnknownChoice)?;
            ind.target.kind = kind;
            // A share is capped: at 100 unless the plan says otherwise.
            if kind == TargetKind::Rate && ind.ceiling.is_none() {
                ind.ceiling = Some(100.0);
            }
        }
        "direction" => {
            ind.target.direction = Direction::ALL
                .into_iter()
                .find(|d| d.key() == typed.trim())
                .ok_or(EditError::UnknownChoice)?;
            // A range starts as the value up to 10 % above it, to be set.
            if ind.target.direction == Direction::Range && ind.target.high.is_none() {
                let v = ind.target.value;
                ind.target.high = Some(v + (v.abs() * 0.1).max(1.0));
            }
        }
        "value" => ind.target.value = number(typed, lang)?,
        "high" => ind.target.high = optional_number(typed, lang)?,
        "year" => ind.target.year = year(typed)?,
        "each_year" => ind.target.each_year = flag(typed),
        "ceiling" => {
            ind.ceiling = optional_number(typed, lang)?;
            if ind.ceiling.is_none() && ind.target.kind == TargetKind::Rate {
                ind.ceiling = Some(100.0);
            }
        }
        "integer" => ind.integer = flag(typed),
        "baseline" => {
            ind.baseline.value = number(typed, lang)?;
            // A figure typed into the plan is the planner's, not an illustration.
            ind.baseline.illustrative = false;
        }
        "illustrative" => ind.baseline.illustrative = flag(typed),
        "method" => {
            let p = ind.assumption.method.parameter().unwrap_or(0.0);
            ind.assumption.method =
                method_of(typed.trim(), p, ind.ceiling).ok_or(EditError::UnknownChoice)?;
        }
        "parameter" => {
            let p = number(typed, lang)?;
            if ind.assumption.method.parameter().is_none() {
                return Err(EditError::UnknownChoice);
            }
            ind.assumption.method = ind.assumption.method.with_parameter(p);
        }
        "spread" => {
            ind.assumption.spread = optional_number(typed, lang)?
                .map(|w| crate::model::plan::assumption::Spread::Around { width: w.abs() });
        }
        "text" => ind.target.text = text(typed),
        "note_vi" => ind.note_vi = optional_text(typed),
        "note_en" => ind.note_en = optional_text(typed),
        _ => return Err(EditError::UnknownChoice),
    }
    Ok(())
}

/// The plan with a new indicator at the end (a level to reach, to be filled in).
pub fn add_indicator(plan: &Plan) -> Plan {
    let mut next = plan.clone();
    let id = free_indicator_id(plan);
    next.indicators
        .push(blank_indicator(&id, plan.base_year, plan.horizon));
    next
}

/// The plan without one indicator; the last one stays (a plan needs one).
pub fn remove_indicator(plan: &Plan, row: usize) -> Result<Plan, EditError> {
    if row >= plan.indicators.len() {
        return Err(EditError::NoSuchIndicator);
    }
    if plan.indicators.len() == 1 {
        return Err(EditError::Plan(plan_wide(
            crate::model::plan::PlanProblem::NoIndicators,
        )));
    }
    let mut next = plan.clone();
    next.indicators.remove(row);
    Ok(next)
}

/// The built-in plan as the planner's own copy, named so the two are told apart.
pub fn copy_of(plan: &Plan, word_vi: &str, word_en: &str) -> Plan {
    let mut next = plan.clone();
    let r = &mut next.resolution;
    r.title_vi = format!("{} ({word_vi})", r.title_vi);
    r.title_en = format!("{} ({word_en})", r.title_en);
    next
}
