//! Targets that ask for a window: "khoảng 4.500 ha" (about) and "7-8 %" (a range). Each is
//! two one-sided targets, its low end "at least" and its high end "at most", so every rule
//! that judges a one-sided target judges a window too, with nothing added to it:
//!
//! - a series below the window is judged (verdict, required rate, path, first year)
//!   against the low end, one above it against the high end; inside it, both hold and it
//!   is judged against the nearer end;
//! - the chance of landing in the window is the chance of meeting both ends, P(low) +
//!   P(high) − 1, because no value misses both.

use std::borrow::Cow;

use crate::model::plan::{Direction, Indicator, Settings};
use crate::model::projection::project::Period;
pub use crate::model::projection::target::ABOUT_SHARE;
use crate::model::projection::target::{is_met, met_in, outcome};

/// The window's low and high end, in the target's units; None for a one-sided target.
pub fn bounds(ind: &Indicator) -> Option<(f64, f64)> {
    let t = &ind.target;
    match t.direction {
        Direction::About => {
            let d = t.value.abs() * ABOUT_SHARE;
            Some((t.value - d, t.value + d))
        }
        Direction::Range => {
            let high = t.high.unwrap_or(t.value);
            Some((t.value.min(high), t.value.max(high)))
        }
        _ => None,
    }
}

/// The window's two one-sided targets: at least its low end, at most its high end.
pub fn sides(ind: &Indicator) -> Option<(Indicator, Indicator)> {
    let (lo, hi) = bounds(ind)?;
    let side = |direction, value| {
        let mut s = ind.clone();
        s.target.direction = direction;
        s.target.value = value;
        s.target.high = None;
        s
    };
    Some((side(Direction::AtLeast, lo), side(Direction::AtMost, hi)))
}

/// The one-sided target a projection is judged against: the indicator itself when its
/// target is one-sided, else the end of the window it misses (the nearer end inside it).
pub fn judged_side<'a>(
    ind: &'a Indicator,
    settings: &Settings,
    values: &[f64],
    period: Period,
) -> Cow<'a, Indicator> {
    let Some((lo, hi)) = sides(ind) else {
        return Cow::Borrowed(ind);
    };
    if !is_met(&lo, settings, values, period) {
        return Cow::Owned(lo);
    }
    if !is_met(&hi, settings, values, period) {
        return Cow::Owned(hi);
    }
    let o = outcome(ind, values, period);
    if o - lo.target.value <= hi.target.value - o {
        Cow::Owned(lo)
    } else {
        Cow::Owned(hi)
    }
}

/// Whether the series is inside the window (or meets a one-sided target) in `year`.
pub fn met_in_window(
    ind: &Indicator,
    settings: &Settings,
    values: &[f64],
    period: Period,
    year: u16,
) -> bool {
    match sides(ind) {
        Some((lo, hi)) => {
            met_in(&lo, settings, values, period, year)
                && met_in(&hi, settings, values, period, year)
        }
        None => met_in(ind, settings, values, period, year),
    }
}

/// As `judged_side`, for the projection of an assumption: what the solver aims at.
pub fn side_for<'a>(
    ind: &'a Indicator,
    a: &crate::model::plan::assumption::Assumption,
    settings: &Settings,
    period: Period,
) -> Cow<'a, Indicator> {
    if !ind.target.direction.two_sided() {
        return Cow::Borrowed(ind);
    }
    let mut values = crate::model::projection::project::project(ind, a, period).values;
    if ind.integer {
        values.iter_mut().for_each(|v| *v = v.round());
    }
    match judged_side(ind, settings, &values, period) {
        Cow::Owned(side) => Cow::Owned(side),
        Cow::Borrowed(_) => Cow::Borrowed(ind),
    }
}
