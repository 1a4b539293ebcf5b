//! Goal seek: the parameter that lands exactly on the target in the target year, and the
//! first year the target is met.

use crate::model::basics::math::Portable;
use crate::model::plan::assumption::{Assumption, Method};
use crate::model::plan::{Indicator, Settings};
use crate::model::projection::project::{project_into, Period};
use crate::model::projection::target::{
    binds_every_year, effective_target, is_met_from, outcome, target_level, target_total, term_sum,
    Exactness,
};

/// Relative error the solved parameter must reach when fed back in.
pub const SOLVE_TOLERANCE: f64 = 1e-9;

#[derive(Debug, Clone, PartialEq)]
pub enum SolveError {
    /// A typed path has no single parameter to solve for.
    NotParametric,
    /// The actual values already cover the target year: nothing is left to assume.
    Settled,
    /// No parameter of this method reaches the target (above the ceiling, say, or growth
    /// from a base of zero). `closest` is the nearest outcome the method can give.
    Unreachable { closest: f64 },
}

/// Decimals of a method's parameter as the planner sets it (the field shows three): the
/// required value is offered at this precision.
pub const PARAMETER_DECIMALS: i32 = 3;

/// The setting of the method's main parameter that meets the target with the least change:
/// the boundary of meeting it (the target year's outcome, or every binding year of an
/// "each year" or "hold" target after the latest known value), rounded to the field's
/// precision on the side that meets. Fed back in, it always meets the target as the
/// verdict reads it, strict targets ("dưới 55 %") included.
pub fn required_parameter(
    ind: &Indicator,
    a: &Assumption,
    settings: &Settings,
    period: Period,
) -> Result<f64, SolveError> {
    // A window is reached at the end the projection misses (`model::window`).
    let side = crate::model::projection::window::side_for(ind, a, settings, period);
    let ind = side.as_ref();
    let exact = boundary_parameter(ind, a, settings, period)?;
    round_to_setting(ind, a, settings, period, exact)
}

/// The exact parameter (not rounded) at which the target is reached: the most demanding
/// over the binding years still ahead.
pub fn boundary_parameter(
    ind: &Indicator,
    a: &Assumption,
    settings: &Settings,
    period: Period,
) -> Result<f64, SolveError> {
    if a.method.parameter().is_none() {
        return Err(SolveError::NotParametric);
    }
    let side = crate::model::projection::window::side_for(ind, a, settings, period);
    let ind = side.as_ref();
    let mut buf = vec![0.0; period.year_count()];
    let start = project_into(ind, a, &a.method, period, &mut buf);
    let start_year = period.base + start as u16;
    if !binds_every_year(ind) {
        if ind.target.year <= start_year {
            return Err(SolveError::Settled);
        }
        return solve_year(ind, a, settings, period);
    }
    // Every binding year still ahead must be met: every method is monotone in its
    // parameter, year by year, so "all met" switches once along the parameter's range.
    let mut met_at = |p: f64| {
        project_into(ind, a, &a.method.with_parameter(p), period, &mut buf);
        if ind.integer {
            buf.iter_mut().for_each(|v| *v = v.round());
        }
        is_met_from(ind, settings, &buf, period, start_year, Exactness::Solver)
    };
    let (min, max) = a.method.parameter_bounds(&ind.limits());
    let (at_min, at_max) = (met_at(min), met_at(max));
    let (mut miss, mut hit) = match (at_min, at_max) {
        (false, false) => {
            let closest =
                if a.method.increasing(ind.baseline.value) == ind.target.direction.upward() {
                    max
                } else {
                    min
                };
            project_into(ind, a, &a.method.with_parameter(closest), period, &mut buf);
            return Err(SolveError::Unreachable {
                closest: outcome(ind, &buf, period),
            });
        }
        (true, true) => return Ok(a.method.parameter().unwrap_or(min).clamp(min, max)),
        (false, true) => (min, max),
        (true, false) => (max, min),
    };
    for _ in 0..2000 {
        let mid = miss + (hit - miss) / 2.0;
        if mid == miss || mid == hit {
            break;
        }
        if met_at(mid) {
            hit = mid;
        } else {
            miss = mid;
        }
    }
    Ok(hit)
}

/// +1 when a larger parameter moves the series towards the target, -1 when a smaller one.
fn progress_sign(ind: &Indicator, a: &Assumption, start_value: f64) -> f64 {
    if a.method.increasing(start_value) == ind.target.direction.upward() {
        1.0
    } else {
        -1.0
    }
}

/// The exact boundary rounded to `PARAMETER_DECIMALS`, moved by the fewest steps towards
/// the target until the projection meets it (a strict target is not met at its boundary).
fn round_to_setting(
    ind: &Indicator,
    a: &Assumption,
    settings: &Settings,
    period: Period,
    exact: f64,
) -> Result<f64, SolveError> {
    let (min, max) = a.method.parameter_bounds(&ind.limits());
    let mut buf = vec![0.0; period.year_count()];
    let start = project_into(ind, a, &a.method, period, &mut buf);
    let after = period.base + start as u16;
    let sign = progress_sign(ind, a, buf[start]);
    let mut outcome_at = |p: f64| {
        let m = a.method.with_parameter(p);
        project_into(ind, a, &m, period, &mut buf);
        if ind.integer {
            buf.iter_mut().for_each(|v| *v = v.round());
        }
        (
            is_met_from(ind, settings, &buf, period, after, Exactness::Solver),
            outcome(ind, &buf, period),
        )
    };
    // Steps are counted in whole units and divided once, so 18,467 stays 18,467 (adding
    // 0,001 steps would leave binary noise in the last digits).
    let scale = 10f64.powi(PARAMETER_DECIMALS);
    let base = (exact * scale).round();
    let at = |k: f64| ((base + sign * k) / scale).clamp(min, max);
    if outcome_at(at(0.0)).0 {
        return Ok(at(0.0));
    }
    // Double the step until the target is met, then halve back to the fewest steps.
    let (mut lo, mut hi) = (0.0f64, 1.0f64);
    loop {
        let (met, got) = outcome_at(at(hi));
        if met {
            break;
        }
        if at(hi) == at(lo) || hi > 1e12 {
            return Err(SolveError::Unreachable { closest: got });
        }
        lo = hi;
        hi *= 2.0;
    }
    while hi - lo > 1.0 {
        let mid = ((lo + hi) / 2.0).floor();
        if outcome_at(at(mid)).0 {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Ok(at(hi))
}

/// The parameter for which the outcome equals the target exactly in the target year.
fn solve_year(
    ind: &Indicator,
    a: &Assumption,
    settings: &Settings,
    period: Period,
) -> Result<f64, SolveError> {
    let goal = effective_target(ind, settings);
    let mut buf = vec![0.0; period.year_count()];
    let start = project_into(ind, a, &a.method, period, &mut buf);
    let start_year = period.base + start as u16;
    if ind.target.year <= start_year {
        return Err(SolveError::Settled);
    }
    let mut eval = |p: f64| {
        let m = a.method.with_parameter(p);
        project_into(ind, a, &m, period, &mut buf);
        outcome(ind, &buf, period)
    };
    let hits = |got: f64| (got - goal).abs() <= SOLVE_TOLERANCE * goal.abs().max(1.0);

    if let Some(p) = closed_form(ind, a, settings, period, start) {
        let (min, max) = a.method.parameter_bounds(&ind.limits());
        if p.is_finite() && (min..=max).contains(&p) && hits(eval(p)) {
            return Ok(p);
        }
    }
    bisect(ind, a, goal, &mut eval, &hits)
}

/// Closed forms where the method allows one. With n = years from the start s to the target
/// year T, v_s the start value and L the level the series must reach:
/// - compound: r = (L / v_s)^(1/n) − 1
/// - linear, points: a = (L − v_s) / n
/// - decline: d = 1 − (L / v_s)^(1/n)
/// - saturating to c: q = 1 − ((c − L) / (c − v_s))^(1/n)
/// - total change over N = T − base years: C = (L / v_s)^(N/n) − 1
/// - steady flow against a term total: a = (total − flows already known) / years left
fn closed_form(
    ind: &Indicator,
    a: &Assumption,
    settings: &Settings,
    period: Period,
    start: usize,
) -> Option<f64> {
    let mut buf = vec![0.0; period.year_count()];
    project_into(ind, a, &a.method, period, &mut buf);
    let vs = buf[start];
    let n = f64::from(ind.target.year - (period.base + start as u16));
    if let Some(total) = target_total(ind, settings) {
        let known = term_sum(ind, &buf, start);
        return match a.method {
            Method::Steady { .. } => Some((total - known) / n),
            _ => None,
        };
    }
    let level = target_level(ind, settings, buf[0], period)?;
    let big_n = f64::from(ind.target.year - period.base);
    match &a.method {
        Method::Compound { .. } if vs > 0.0 => Some(((level / vs).powp(1.0 / n) - 1.0) * 100.0),
        Method::Linear { .. } | Method::Points { .. } => Some((level - vs) / n),
        Method::Decline { .. } if vs > 0.0 => Some((1.0 - (level / vs).powp(1.0 / n)) * 100.0),
        Method::Saturating { ceiling, .. } if (ceiling - vs).abs() > 0.0 => {
            let r = (ceiling - level) / (ceiling - vs);
            (r >= 0.0).then(|| (1.0 - r.powp(1.0 / n)) * 100.0)
        }
        Method::TotalChange { .. } if vs > 0.0 => {
            Some(((level / vs).powp(big_n / n) - 1.0) * 100.0)
        }
        Method::Steady { .. } => Some(level),
        _ => None,
    }
}

/// Bisection over the method's whole parameter range: robust where clamping or the forest
/// lag break the closed forms, and it says so when the target is out of reach.
fn bisect(
    ind: &Indicator,
    a: &Assumption,
    goal: f64,
    eval: &mut impl FnMut(f64) -> f64,
    hits: &impl Fn(f64) -> bool,
) -> Result<f64, SolveError> {
    let (min, max) = a.method.parameter_bounds(&ind.limits());
    // Orient so that `lo` gives the smaller outcome (every method is monotone in its
    // parameter, but which way depends on the method and on where it starts).
    let (f_min, f_max) = (eval(min), eval(max));
    let (mut lo, mut hi, f_lo, f_hi) = if f_min <= f_max {
        (min, max, f_min, f_max)
    } else {
        (max, min, f_max, f_min)
    };
    if goal < f_lo && !hits(f_lo) {
        return Err(SolveError::Unreachable { closest: f_lo });
    }
    if goal > f_hi && !hits(f_hi) {
        return Err(SolveError::Unreachable { closest: f_hi });
    }
    for _ in 0..400 {
        let mid = 0.5 * (lo + hi);
        if mid == lo || mid == hi {
            break; // no float left between them
        }
        let f = eval(mid);
        if hits(f) {
            return Ok(mid);
        }
        if f < goal {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let best = 0.5 * (lo + hi);
    let f = eval(best);
    if hits(f) {
        Ok(best)
    } else {
        Err(SolveError::Unreachable { closest: f })
    }
}

/// The first year in which the projected series meets the target (held to the horizon for
/// a yearly target), or None: "not by 2030".
pub fn first_year_met(
    ind: &Indicator,
    settings: &Settings,
    values: &[f64],
    period: Period,
) -> Option<u16> {
    if ind.target.each_year {
        let mut first = None;
        for y in period.years() {
            if crate::model::projection::window::met_in_window(ind, settings, values, period, y) {
                first.get_or_insert(y);
            } else {
                first = None;
            }
        }
        return first;
    }
    period.years().find(|&y| {
        crate::model::projection::window::met_in_window(ind, settings, values, period, y)
    })
}

/// The plan's own path: from the 2025 baseline, at the parameter that meets the target,
/// ignoring actuals. It stays the reference line once actuals exist, so a shortfall
/// against the plan stays in sight.
pub fn required_path(
    ind: &Indicator,
    a: &Assumption,
    settings: &Settings,
    period: Period,
) -> Option<Vec<f64>> {
    let planned = Assumption {
        actuals: Default::default(),
        ..a.clone()
    };
    let p = required_parameter(ind, &planned, settings, period).ok()?;
    Some(crate::model::projection::project::project(ind, &planned.at_parameter(p), period).values)
}

/// The value the planner must type so that, at the plan-wide pace, the projection meets
/// the target: the required parameter of the assumption in force, divided by the pace
/// factor, at the field's precision and within the method's bounds. An extreme pace
/// (-99 %) may leave no such value within bounds: then it is unreachable, never a value
/// the app would refuse on reading.
pub fn required_at_pace(
    ind: &Indicator,
    typed: &Assumption,
    pace_pct: f64,
    settings: &Settings,
    period: Period,
) -> Result<f64, SolveError> {
    let factor = 1.0 + pace_pct / 100.0;
    if factor == 1.0 {
        return required_parameter(ind, typed, settings, period);
    }
    let in_force = typed.scaled(factor, &ind.limits());
    let side = crate::model::projection::window::side_for(ind, &in_force, settings, period);
    let ind = side.as_ref();
    let needed = required_parameter(ind, &in_force, settings, period)?;
    let (min, max) = typed.method.parameter_bounds(&ind.limits());
    let mut buf = vec![0.0; period.year_count()];
    let start = project_into(ind, typed, &typed.method, period, &mut buf);
    let after = period.base + start as u16;
    let mut meets_typed = |p: f64| {
        let a = typed.at_parameter(p).scaled(factor, &ind.limits());
        project_into(ind, &a, &a.method, period, &mut buf);
        if ind.integer {
            buf.iter_mut().for_each(|v| *v = v.round());
        }
        (
            is_met_from(ind, settings, &buf, period, after, Exactness::Solver),
            outcome(ind, &buf, period),
        )
    };
    let unreachable = |closest| Err(SolveError::Unreachable { closest });
    if factor <= 0.0 || !factor.is_finite() {
        let (met, got) = meets_typed(typed.method.parameter().unwrap_or(0.0));
        return if met {
            typed.method.parameter().ok_or(SolveError::NotParametric)
        } else {
            unreachable(got)
        };
    }
    let scale = 10f64.powi(PARAMETER_DECIMALS);
    let raw = (needed / factor * scale).round() / scale;
    // Rounding may land a hair short: step by the field's precision, away from where the
    // target is missed, a few times at most.
    for k in 0..=20 {
        for p in [raw + k as f64 / scale, raw - k as f64 / scale] {
            let p = (p * scale).round() / scale;
            if (min..=max).contains(&p) && meets_typed(p).0 {
                return Ok(p);
            }
        }
    }
    let edge = if needed >= 0.0 { max } else { min };
    unreachable(meets_typed(edge).1)
}
