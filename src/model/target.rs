//! What a target asks of a projected series: the outcome in the target's own terms
//! (a level, a growth rate, a change, a term total) and whether it is met.

use super::math::Portable;
use super::plan::{Direction, Indicator, Settings, TargetKind};
use super::project::{Period, MAX_VALUE};

/// Relative tolerance for "equal to the target": floating-point noise must not flip a verdict.
const TOLERANCE: f64 = 1e-9;

/// The target value the projection is held against: a zero rate target ("basically no
/// poor households") becomes the plan's threshold, because nothing declines to exactly 0.
pub fn effective_target(ind: &Indicator, settings: &Settings) -> f64 {
    if ind.target.value == 0.0 && ind.target.kind == TargetKind::Rate {
        settings.poverty_threshold_pct
    } else {
        ind.target.value
    }
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
        TargetKind::Cumulative => values[1..=i].iter().sum(),
        TargetKind::TermChange => {
            let prev = ind.previous_term.as_ref().map_or(0.0, |b| b.value);
            (ratio(values[1..=i].iter().sum(), prev) - 1.0) * 100.0
        }
    }
}

/// The outcome in the target year.
pub fn outcome(ind: &Indicator, values: &[f64], period: Period) -> f64 {
    outcome_at(ind, values, period, ind.target.year)
}

/// Whether an outcome satisfies a goal in the given direction.
pub fn meets(direction: Direction, outcome: f64, goal: f64) -> bool {
    let tol = TOLERANCE * goal.abs().max(1.0);
    match direction {
        Direction::AtLeast | Direction::Hold => outcome >= goal - tol,
        Direction::AtMost => outcome <= goal + tol,
        Direction::Below => outcome < goal - tol,
    }
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

/// Whether the target is met in `year` (for "the first year the target is met"):
/// growth and change targets count as met once the series reaches the target year's level.
pub fn met_in(
    ind: &Indicator,
    settings: &Settings,
    values: &[f64],
    period: Period,
    year: u16,
) -> bool {
    let Some(i) = period.index(year) else {
        return false;
    };
    let dir = ind.target.direction;
    match ind.target.kind {
        TargetKind::Level | TargetKind::Rate => {
            meets(dir, values[i], effective_target(ind, settings))
        }
        TargetKind::Growth | TargetKind::Change => {
            target_level(ind, settings, values[0], period).is_some_and(|l| meets(dir, values[i], l))
        }
        TargetKind::Cumulative | TargetKind::TermChange => {
            target_total(ind, settings).is_some_and(|t| meets(dir, values[1..=i].iter().sum(), t))
        }
    }
}

/// Whether the projected series meets the target: in the target year, or in every year
/// from it on for a yearly target.
pub fn is_met(ind: &Indicator, settings: &Settings, values: &[f64], period: Period) -> bool {
    if ind.target.each_year {
        (ind.target.year..=period.end).all(|y| met_in(ind, settings, values, period, y))
    } else {
        let goal = effective_target(ind, settings);
        meets(ind.target.direction, outcome(ind, values, period), goal)
    }
}
