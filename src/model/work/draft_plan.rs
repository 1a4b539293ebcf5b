//! A plan made from the targets the text reader proposed and the planner confirmed, in
//! the plan editor's format: each draft becomes an indicator with the kind and direction
//! the words gave, an illustrative baseline (the text has none) and a default
//! assumption. Every indicator is checked as the editor checks it; a draft that cannot
//! make one is reported by its row, never dropped silently.

use crate::model::plan::assumption::Method;
use crate::model::plan::check::{MAX_NAME_CHARS, MAX_TEXT_CHARS, MAX_UNIT_CHARS};
use crate::model::plan::{Direction, Plan, PlanError, TargetKind};
use crate::model::reader::{Draft, DraftDirection, DraftKind};
use crate::model::work::plans::{blank_indicator, blank_plan};

/// The plan's years from the document: a term "2026-2030" starts from 2025 (its base
/// year), a Party term "2025-2030" from 2025 too; a yearly plan for 2026 from 2025.
pub fn plan_years(term: Option<(u16, u16)>, drafts: &[Draft]) -> (u16, u16) {
    let latest = drafts.iter().filter_map(|d| d.year).max();
    match term {
        Some((start, end)) => {
            let base = if end - start >= 5 { start } else { start - 1 };
            (base, end.max(latest.unwrap_or(end)))
        }
        None => {
            let end = latest.unwrap_or(2030);
            (end - 1, end)
        }
    }
}

fn cut(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// Whether a name is written in Vietnamese: a letter only Vietnamese uses among the
/// two languages (đ, ă, â, ê, ô, ơ, ư, or a tone mark). An English name has none.
pub fn looks_vietnamese(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(
            c.to_ascii_lowercase(),
            'đ' | 'Đ' | 'ă' | 'Ă' | 'â' | 'Â' | 'ê' | 'Ê' | 'ô' | 'Ô' | 'ơ' | 'Ơ' | 'ư' | 'Ư'
        ) || ('\u{00C0}'..='\u{00FD}').contains(&c)
            || ('\u{0300}'..='\u{0323}').contains(&c)
            || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
    })
}

/// The plan from the confirmed drafts, and the rows (by their position in `drafts`)
/// that could not become an indicator, with why.
pub fn plan_from_drafts(
    drafts: &[Draft],
    years: (u16, u16),
    name_vi: &str,
    name_en: &str,
    like: &Plan,
) -> (Plan, Vec<(usize, PlanError)>) {
    let (base, horizon) = years;
    let mut plan = blank_plan(name_vi, name_en, like);
    plan.base_year = base;
    plan.horizon = horizon;
    plan.indicators.clear();
    let mut problems = Vec::new();
    for (k, d) in drafts.iter().enumerate() {
        let id = (plan.indicators.len() + 1).to_string();
        let mut ind = blank_indicator(&id, base, horizon);
        let name = if d.name.trim().is_empty() {
            &d.text
        } else {
            &d.name
        };
        // The name in the text's language only; the other stays empty, and the
        // interface marks the name as untranslated there (`Indicator::untranslated`).
        let name = cut(name.trim(), MAX_NAME_CHARS);
        if looks_vietnamese(&name) {
            ind.name_vi = name;
            ind.name_en = String::new();
        } else {
            ind.name_vi = String::new();
            ind.name_en = name;
        }
        let percent = d.unit.starts_with('%');
        let (kind, value, direction) = match d.kind {
            DraftKind::Level | DraftKind::Flow if percent => (TargetKind::Rate, d.value, None),
            DraftKind::Level | DraftKind::Flow => (TargetKind::Level, d.value, None),
            DraftKind::Growth => (TargetKind::Growth, d.value, None),
            // A yearly decline of a rate, read as a relative one (the planner may switch
            // the method to points a year): growth of minus the value, at most that.
            DraftKind::ChangePerYear => (TargetKind::Growth, -d.value, Some(Direction::AtMost)),
            DraftKind::Cumulative => (TargetKind::Cumulative, d.value, None),
            DraftKind::Change if percent => (TargetKind::Change, d.value, None),
            DraftKind::Change => (TargetKind::Level, d.value, None),
        };
        // "tăng ít nhất 2% so với nhiệm kỳ 2020-2025": against the last term's total,
        // which the text does not give (an illustrative one, to be entered).
        let against_term = d.kind == DraftKind::Change
            && percent
            && crate::model::reader::lower(&d.text).contains("so với nhiệm kỳ");
        let kind = if against_term {
            TargetKind::TermChange
        } else {
            kind
        };
        if against_term {
            ind.previous_term = Some(crate::model::plan::Baseline {
                value: 100.0,
                year: base,
                illustrative: true,
                source_vi: "Giá trị minh họa: văn bản không nêu tổng của nhiệm kỳ trước.".into(),
                source_en: "Illustrative value: the text does not give the previous term's total."
                    .into(),
            });
        }
        ind.target.kind = kind;
        ind.target.value = value;
        ind.target.high = d.high;
        ind.target.each_year = d.kind == DraftKind::Flow;
        ind.target.year = d.year.unwrap_or(horizon).clamp(base + 1, horizon);
        ind.target.text = cut(&d.text, MAX_TEXT_CHARS);
        ind.target.direction = direction.unwrap_or(match d.direction {
            DraftDirection::AtLeast | DraftDirection::Plain => Direction::AtLeast,
            DraftDirection::Above => Direction::Above,
            DraftDirection::AtMost => Direction::AtMost,
            DraftDirection::Below => Direction::Below,
            DraftDirection::About => Direction::About,
            DraftDirection::Hold => Direction::Hold,
            DraftDirection::Range => Direction::Range,
        });
        // The series' unit: a share in %, else the target's own unit; a growth or a
        // change is of a series whose unit the text does not give.
        let unit = match kind {
            TargetKind::Rate => "%".to_string(),
            TargetKind::Growth | TargetKind::Change => String::new(),
            _ => cut(&d.unit, MAX_UNIT_CHARS),
        };
        ind.unit_vi = unit.clone();
        ind.unit_en = unit;
        if kind == TargetKind::Rate {
            ind.ceiling = Some(100.0);
        }
        // No baseline in a target's words: an illustrative one near the target, marked.
        ind.baseline.value = match kind {
            TargetKind::Rate | TargetKind::Level if d.value > 0.0 => d.value * 0.8,
            TargetKind::Rate | TargetKind::Level => 10.0,
            TargetKind::Cumulative => (d.value / f64::from(horizon - base).max(1.0)).max(1.0),
            _ => 100.0,
        };
        ind.baseline.illustrative = true;
        ind.assumption.method = Method::Compound { rate_pct: 3.0 };
        let mut probe = plan.clone();
        probe.indicators.push(ind.clone());
        match probe.validate() {
            Ok(()) => plan.indicators.push(ind),
            Err(e) => problems.push((k, e)),
        }
    }
    (plan, problems)
}

/// Why a typed value of a draft row was not taken.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftEditError {
    Number(crate::model::basics::number::NumberError),
    UnknownChoice,
}

/// A draft row with one field set from what the planner typed or chose.
pub fn edit_draft(
    d: &Draft,
    field: &str,
    typed: &str,
    lang: crate::model::basics::number::Lang,
) -> Result<Draft, DraftEditError> {
    let number = |t: &str| {
        crate::model::basics::number::parse_number(t, lang).map_err(DraftEditError::Number)
    };
    let mut next = d.clone();
    match field {
        "name" => {
            next.name = crate::model::work::scenario::clean_text(typed, MAX_NAME_CHARS, false)
        }
        "unit" => {
            next.unit = crate::model::work::scenario::clean_text(typed, MAX_UNIT_CHARS, false)
        }
        "value" => next.value = number(typed)?,
        "high" if typed.trim().is_empty() => next.high = None,
        "high" => next.high = Some(number(typed)?),
        "year" if typed.trim().is_empty() => next.year = None,
        "year" => {
            next.year = Some(
                typed
                    .trim()
                    .parse::<u16>()
                    .ok()
                    .filter(|y| (1900..=2200).contains(y))
                    .ok_or(DraftEditError::Number(
                        crate::model::basics::number::NumberError::NotANumber,
                    ))?,
            )
        }
        "kind" => {
            next.kind = DRAFT_KINDS
                .into_iter()
                .find(|k| k.key() == typed)
                .ok_or(DraftEditError::UnknownChoice)?
        }
        "direction" => {
            next.direction = DRAFT_DIRECTIONS
                .into_iter()
                .find(|k| k.key() == typed)
                .ok_or(DraftEditError::UnknownChoice)?
        }
        _ => return Err(DraftEditError::UnknownChoice),
    }
    Ok(next)
}

pub const DRAFT_KINDS: [DraftKind; 6] = [
    DraftKind::Level,
    DraftKind::Growth,
    DraftKind::ChangePerYear,
    DraftKind::Cumulative,
    DraftKind::Change,
    DraftKind::Flow,
];

pub const DRAFT_DIRECTIONS: [DraftDirection; 8] = [
    DraftDirection::AtLeast,
    DraftDirection::Above,
    DraftDirection::AtMost,
    DraftDirection::Below,
    DraftDirection::About,
    DraftDirection::Hold,
    DraftDirection::Range,
    DraftDirection::Plain,
];
