//! What a target asks of a projected series: the outcome in the target's own terms
//! (a level, a growth rate, a change, a term total), whether it is met, and in which
//! years it binds.
//!
//! One rule of equality for the whole app: two numbers are equal when they differ by less
//! than half a unit of the last decimal the app shows for the target ([`tolerance_for`]). So a
//! verdict never contradicts the numbers printed beside it: 54,95 % shown as "55,0" is
//! not "below 55 %", and 9,897 %/yr shown as "9,9" meets "≥ 9,9 %/yr".

use crate::model::basics::math::Portable;
use crate::model::basics::number::auto_decimals;
use crate::model::plan::{Direction, Indicator, Settings, TargetKind};
use crate::model::projection::project::{Period, MAX_VALUE};

/// "Khoảng" reads as within 5 % of the value either way (4.275 to 4.725 for 4.500 ha).
pub const ABOUT_SHARE: f64 = 0.05;

/// The target value the projection is held against: a zero rate target ("basically no
/// poor households") becomes the plan's threshold, because nothing declines to exactly 0.
pub fn effective_target(ind: &Indicator, settings: &Settings) -> f64 {
    if ind.target.value == 0.0 && ind.target.kind == TargetKind::Rate {
        settings.poverty_threshold_pct
    } else {
        ind.target.value
    }
}

/// Decimals a value of the indicator's own series is shown with (a baseline, a year's
/// value, a level outcome): each unit's precision, in this one place. Counts (bản, con,
/// người, doanh nghiệp, lượt) are whole, per cent one decimal, tỷ đồng two at most;
/// anything else follows the size of the number (`number::auto_decimals`).
pub fn value_decimals(ind: &Indicator, value: f64) -> usize {
    let unit = ind.unit_vi.trim();
    if ind.integer {
        0
    } else if unit.starts_with('%') {
        1
    } else if unit.starts_with("tỷ đồng") {
        2
    } else {
        auto_decimals(value)
    }
}

/// Decimals the app shows an outcome with, in the target's units: the series' own
/// precision where the target is in the series' units, else by size (a growth rate).
pub fn shown_decimals(ind: &Indicator, value: f64) -> usize {
    match ind.target.kind {
        TargetKind::Level | TargetKind::Cumulative | TargetKind::Rate => value_decimals(ind, value),
        _ => auto_decimals(value),
    }
}

/// A value of the indicator's series as the app shows it ("7 bản", never "7,5 bản").
pub fn show_value(ind: &Indicator, value: f64, lang: crate::model::basics::number::Lang) -> String {
    crate::model::basics::number::format_number(value, value_decimals(ind, value), lang)
}

/// An outcome as the app shows it, with the decimals the verdict used.
pub fn show_outcome(
    ind: &Indicator,
    value: f64,
    lang: crate::model::basics::number::Lang,
) -> String {
    crate::model::basics::number::format_number(value, shown_decimals(ind, value), lang)
}

/// Half a unit of the last decimal shown for `value`: the one equality tolerance.
pub fn tolerance_for(ind: &Indicator, value: f64) -> f64 {
    0.5 * 10f64.powi(-(shown_decimals(ind, value) as i32))
}

/// Whether an outcome satisfies a goal in the given direction, within `tol`.
/// "≥" and "≤" are inclusive (equal within the tolerance counts); "dưới" (below) is
/// strict: an outcome that shows as equal to the goal is not below it.
pub fn meets(direction: Direction, outcome: f64, goal: f64, tol: f64) -> bool {
    match direction {
        Direction::AtLeast | Direction::Hold => outcome >= goal - tol,
        Direction::AtMost => outcome <= goal + tol,
        Direction::Below => outcome < goal - tol,
        Direction::Above => outcome > goal + tol,
        // A window is judged end by end (`model::window`), never here whole: "about" as
        // within its share, a range from its low end, should one arrive.
        Direction::About => (outcome - goal).abs() <= tol.max(goal.abs() * ABOUT_SHARE),
        Direction::Range => outcome >= goal - tol,
    }
}

/// Whether the target binds in every year of a span, not just its own year: "each year"
/// targets from their year on, "hold" targets ("giữ vững", "ổn định") in every year of
/// the plan.
pub fn binds_every_year(ind: &Indicator) -> bool {
    ind.target.each_year || ind.target.direction == Direction::Hold
}

/// The years in which the target is judged.
pub fn binding_years(ind: &Indicator, period: Period) -> std::ops::RangeInclusive<u16> {
    if ind.target.each_year {
        ind.target.year..=period.end
    } else if ind.target.direction == Direction::Hold {
        period.base + 1..=period.end
    } else {
        ind.target.year..=ind.target.year
    }
}

/// The sum over the term up to index `i`: the years after the base year, or the base year
/// too where the target counts it ("trong nhiệm kỳ" read as 2025-2030).
pub fn term_sum(ind: &Indicator, values: &[f64], i: usize) -> f64 {
    let first = if ind.target.includes_base { 0 } else { 1 };
    values.get(first..=i).map_or(0.0, |v| v.iter().sum())
}

/// The outcome in the target's terms if the series ended in `year`.
///
/// - level, rate: the value in that year;
/// - growth: average annual growth from the base year, (v_y / v_0)^(1/(y-base)) − 1, in %;
/// - change: v_y / v_0 − 1, in %;
/// - cumulative: the sum of the yearly values after the base year up to `year`;
/// - term change: that sum against the previous term's total, in %.
pub fn outcome_at(ind: &Indicator, values: &[f64], period: Period, year: u16) -> f64 {
    let Some(i) = period.index(year) else {
        return 0.0;
    };
    let v0 = values[0];
    let vy = values[i];
    let ratio = |num: f64, den: f64| {
        if den > 0.0 {
            (num / den).min(MAX_VALUE)
        } else if num > 0.0 {
            MAX_VALUE
        } else {
            1.0
        }
    };
    match ind.target.kind {
        TargetKind::Level | TargetKind::Rate => vy,
        TargetKind::Growth => {
            if i == 0 {
                0.0
            } else {
                (ratio(vy, v0).powp(1.0 / i as f64) - 1.0) * 100.0
            }
        }
        TargetKind::Change => (ratio(vy, v0) - 1.0) * 100.0,
        TargetKind::Cumulative => term_sum(ind, values, i),
        TargetKind::TermChange => {
            let prev = ind.previous_term.as_ref().map_or(0.0, |b| b.value);
            (ratio(term_sum(ind, values, i), prev) - 1.0) * 100.0
        }
    }
}

/// The outcome in the target year.
pub fn outcome(ind: &Indicator, values: &[f64], period: Period) -> f64 {
    outcome_at(ind, values, period, ind.target.year)
}

/// The value the series itself must reach in the target year, where one exists:
/// growth and change targets turn into a level through the base value.
pub fn target_level(
    ind: &Indicator,
    settings: &Settings,
    base_value: f64,
    period: Period,
) -> Option<f64> {
    let goal = effective_target(ind, settings);
    let years = f64::from(ind.target.year.saturating_sub(period.base));
    match ind.target.kind {
        TargetKind::Level | TargetKind::Rate => Some(goal),
        TargetKind::Growth => Some(base_value * (1.0 + goal / 100.0).powp(years)),
        TargetKind::Change => Some(base_value * (1.0 + goal / 100.0)),
        TargetKind::Cumulative | TargetKind::TermChange => None,
    }
}

/// The total a cumulative target asks for over the term.
pub fn target_total(ind: &Indicator, settings: &Settings) -> Option<f64> {
    let goal = effective_target(ind, settings);
    match ind.target.kind {
        TargetKind::Cumulative => Some(goal),
        TargetKind::TermChange => ind
            .previous_term
            .as_ref()
            .map(|b| b.value * (1.0 + goal / 100.0)),
        _ => None,
    }
}

/// How closely "equal" is read. The verdicts use the shown precision; the solver asks for
/// the target itself (within floating-point noise) where the target is inclusive, so
/// the rate it offers always meets the target as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exactness {
    Shown,
    Solver,
}

fn tol_of(ind: &Indicator, value: f64, exactness: Exactness) -> f64 {
    let strict = ind.target.direction.strict();
    if exactness == Exactness::Solver && !strict {
        1e-9 * value.abs().max(1.0)
    } else {
        tolerance_for(ind, value)
    }
}

/// Whether the target is met in `year` (for "the first year the target is met"):
/// growth and change targets count as met once the series reaches the target year's level.
pub fn met_in(
    ind: &Indicator,
    settings: &Settings,
    values: &[f64],
    period: Period,
    year: u16,
) -> bool {
    met_in_with(ind, settings, values, period, year, Exactness::Shown)
}

fn met_in_with(
    ind: &Indicator,
    settings: &Settings,
    values: &[f64],
    period: Period,
    year: u16,
    ex: Exactness,
) -> bool {
    let Some(i) = period.index(year) else {
        return false;
    };
    let dir = ind.target.direction;
    match ind.target.kind {
        TargetKind::Level | TargetKind::Rate => {
            let goal = effective_target(ind, settings);
            meets(dir, values[i], goal, tol_of(ind, goal, ex))
        }
        TargetKind::Growth | TargetKind::Change => target_level(ind, settings, values[0], period)
            .is_some_and(|l| meets(dir, values[i], l, tol_of(ind, l, ex))),
        TargetKind::Cumulative | TargetKind::TermChange => target_total(ind, settings)
            .is_some_and(|t| meets(dir, term_sum(ind, values, i), t, tol_of(ind, t, ex))),
    }
}

/// Whether the outcome in `year`, in the target's own terms, meets the target: the test
/// for the target year itself (a growth target asks for the average growth, not a level).
pub fn outcome_meets(
    ind: &Indicator,
    settings: &Settings,
    values: &[f64],
    period: Period,
    year: u16,
) -> bool {
    outcome_meets_with(ind, settings, values, period, year, Exactness::Shown)
}

fn outcome_meets_with(
    ind: &Indicator,
    settings: &Settings,
    values: &[f64],
    period: Period,
    year: u16,
    ex: Exactness,
) -> bool {
    let goal = effective_target(ind, settings);
    meets(
        ind.target.direction,
        outcome_at(ind, values, period, year),
        goal,
        tol_of(ind, goal, ex),
    )
}

/// Whether the series meets the target: in the target year, or in every binding year for
/// an "each year" or "hold" target.
pub fn is_met(ind: &Indicator, settings: &Settings, values: &[f64], period: Period) -> bool {
    is_met_from(ind, settings, values, period, period.base, Exactness::Shown)
}

/// As `is_met`, over the binding years after `after` only (the years an assumption can
/// still change), read with the given exactness.
pub fn is_met_from(
    ind: &Indicator,
    settings: &Settings,
    values: &[f64],
    period: Period,
    after: u16,
    ex: Exactness,
) -> bool {
    if binds_every_year(ind) {
        binding_years(ind, period)
            .filter(|y| *y > after)
            .all(|y| met_in_with(ind, settings, values, period, y, ex))
    } else {
        outcome_meets_with(ind, settings, values, period, ind.target.year, ex)
    }
}

/// The first binding year, among `years`, in which the series misses the target.
pub fn first_miss(
    ind: &Indicator,
    settings: &Settings,
    values: &[f64],
    period: Period,
    years: impl IntoIterator<Item = u16>,
) -> Option<u16> {
    let binding = binding_years(ind, period);
    years.into_iter().find(|y| {
        binding.contains(y)
            && if binds_every_year(ind) {
                !met_in(ind, settings, values, period, *y)
            } else {
                !outcome_meets(ind, settings, values, period, *y)
            }
    })
}
