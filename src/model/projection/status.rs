//! Verdicts: what the app says of each target, and the numbers behind it.
//!
//! In this order (the first that applies):
//! 1. **Missed**: a known year (an actual) already missed an "each year" or "hold" target,
//!    or the target year has passed (it is known) without the target being met.
//! 2. **Achieved**: the latest known value (the latest actual; the baseline when there is
//!    none) meets the target, no known year missed it, and the projection keeps it met.
//!    Growth, change and term targets are settled only by the target year's actual; an
//!    "at least" term total once the known years already add up to it.
//! 3. **On track**: the projection meets the target (its own strictness; every binding
//!    year for "each year" and "hold"). A projection that misses is never on track.
//! 4. Otherwise the Open SDG bands (Statistics Canada, after Eurostat) on R, the projected
//!    pace over the required pace, sign-adjusted for targets that must fall: R >= 60 %
//!    acceleration needed; 0-60 % limited progress; < 0 moving away. The projected pace is
//!    the projection's own (actuals, then the planner's assumption), base year to target
//!    year. Rates are compound annual growth rates, except where that form breaks: a
//!    target of zero (judged against the plan's threshold), a target at the natural limit
//!    (100 %), or a base of zero, where the linear form (change per year) is used, as Open
//!    SDG itself advises for zero targets.

use crate::model::basics::math::Portable;
use crate::model::plan::assumption::{Assumption, Method};
use crate::model::plan::{Indicator, Plan, Settings, TargetKind};
use crate::model::projection::project::{Period, Projection};
use crate::model::projection::solve::{first_year_met, required_parameter, SolveError};
use crate::model::projection::target::{
    binds_every_year, effective_target, first_miss, is_met, met_in, outcome, outcome_at,
    outcome_meets, target_level, target_total, term_sum,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// The latest known value already meets the target and the projection keeps it there.
    Achieved,
    /// A known year already missed it: nothing assumed from now on can change that.
    Missed,
    OnTrack,
    /// Progress made but acceleration needed.
    Accelerate,
    Limited,
    /// Moving away from the target.
    Deteriorating,
    /// The numbers do not allow a judgement.
    Unassessable,
}

impl Verdict {
    pub fn counts_as_on_track(self) -> bool {
        matches!(self, Verdict::Achieved | Verdict::OnTrack)
    }

    /// What a chair asks about first, most urgent first; None for a target that is met,
    /// on track, or cannot be judged.
    pub fn attention_rank(self) -> Option<u8> {
        match self {
            Verdict::Missed => Some(0),
            Verdict::Deteriorating => Some(1),
            Verdict::Limited => Some(2),
            Verdict::Accelerate => Some(3),
            _ => None,
        }
    }

    /// Stable key for styles and tests.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Achieved => "achieved",
            Verdict::Missed => "missed",
            Verdict::OnTrack => "on-track",
            Verdict::Accelerate => "accelerate",
            Verdict::Limited => "limited",
            Verdict::Deteriorating => "deteriorating",
            Verdict::Unassessable => "unassessable",
        }
    }

    pub const ALL: [Verdict; 7] = [
        Verdict::Achieved,
        Verdict::Missed,
        Verdict::OnTrack,
        Verdict::Accelerate,
        Verdict::Limited,
        Verdict::Deteriorating,
        Verdict::Unassessable,
    ];
}

/// The numbers a verdict rests on, for the sentence shown under it.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// A known year decided it (achieved, or missed): its value in the target's terms.
    Known {
        year: u16,
        value: f64,
        met: bool,
        /// An "each year" or "hold" target: one year missed is enough.
        yearly: bool,
    },
    /// The projection decided it: the outcome in the target year.
    Forecast { year: u16, outcome: f64, met: bool },
}

/// Everything the app says about one indicator under one assumption.
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub verdict: Verdict,
    /// The Open SDG ratio R, where it was needed and could be computed.
    pub ratio: Option<f64>,
    /// The projected outcome in the target's own terms (a level, %/yr, a total...), in the
    /// target year (`outcome_year`).
    pub outcome: f64,
    pub outcome_year: u16,
    /// The target it is held against (a zero target replaced by the threshold).
    pub goal: f64,
    pub met: bool,
    pub first_year_met: Option<u16>,
    /// The main parameter the method would need, at the field's precision, to meet the
    /// target; it applies from `required_from` to the target year.
    pub required: Result<f64, SolveError>,
    pub required_from: u16,
    pub required_to: u16,
    /// Whether actual values exist (the projection restarts from the latest one).
    pub on_actuals: bool,
    /// The first known year that missed the target, for a missed verdict.
    pub missed_year: Option<u16>,
    pub reason: Reason,
    /// The method judged (the reason names its parameter).
    pub method: Method,
}

/// The years with actual values, within the plan period after the base year.
fn known_years(a: &Assumption, period: Period) -> Vec<u16> {
    a.actuals
        .keys()
        .copied()
        .filter(|y| *y > period.base && *y <= period.end)
        .collect()
}

/// Judges one indicator's projection.
pub fn assess(
    ind: &Indicator,
    a: &Assumption,
    settings: &Settings,
    projection: &Projection,
) -> Status {
    let period = projection.period;
    let values = &projection.values;
    // A window is judged at the end the projection misses (`model::window`).
    let side = crate::model::projection::window::judged_side(ind, settings, values, period);
    let ind = side.as_ref();
    let goal = effective_target(ind, settings);
    let met = is_met(ind, settings, values, period);
    let required = required_parameter(ind, a, settings, period);
    let first = first_year_met(ind, settings, values, period);
    let start_year = period.base + projection.start as u16;
    let target_year = ind.target.year;
    let known = known_years(a, period);
    let value_in = |year: u16| {
        if binds_every_year(ind) || matches!(ind.target.kind, TargetKind::Level | TargetKind::Rate)
        {
            period.index(year).map_or(0.0, |i| values[i])
        } else {
            outcome_at(ind, values, period, year)
        }
    };
    // A yearly or "hold" target that misses names the first projected year that misses.
    let forecast_year = if binds_every_year(ind) && !met {
        first_miss(ind, settings, values, period, period.years()).unwrap_or(target_year)
    } else {
        target_year
    };
    let forecast = Reason::Forecast {
        year: forecast_year,
        outcome: value_in(forecast_year),
        met,
    };
    // A known year that settles the verdict, either way.
    let known_reason = |year: u16, met: bool| Reason::Known {
        year,
        value: value_in(year),
        met,
        yearly: binds_every_year(ind),
    };
    let missed_year = first_miss(ind, settings, values, period, known.iter().copied());
    let (verdict, ratio, reason) = if let Some(year) = missed_year {
        (Verdict::Missed, None, known_reason(year, false))
    } else if let Some(year) = achieved_in(ind, settings, projection, met) {
        (Verdict::Achieved, None, known_reason(year, true))
    } else if met {
        (Verdict::OnTrack, None, forecast)
    } else {
        let r = pace_ratio(ind, settings, projection);
        (band(r), r, forecast)
    };
    Status {
        verdict,
        ratio,
        outcome: outcome(ind, values, period),
        outcome_year: target_year,
        goal,
        met,
        first_year_met: first,
        required,
        required_from: start_year + 1,
        required_to: if binds_every_year(ind) {
            period.end
        } else {
            target_year
        },
        on_actuals: projection.start > 0,
        missed_year,
        reason,
        method: a.method.clone(),
    }
}

/// The year whose known value settles the target as achieved, if one does.
fn achieved_in(ind: &Indicator, settings: &Settings, p: &Projection, met: bool) -> Option<u16> {
    let period = p.period;
    let latest = period.base + p.start as u16;
    let settled = latest >= ind.target.year;
    let latest_meets = match ind.target.kind {
        TargetKind::Level | TargetKind::Rate => met_in(ind, settings, &p.values, period, latest),
        // Only the target year's own figure settles an average or a change.
        TargetKind::Growth | TargetKind::Change | TargetKind::TermChange => {
            settled && outcome_meets(ind, settings, &p.values, period, ind.target.year)
        }
        // A total only grows: once it is reached, "at least" stays reached.
        TargetKind::Cumulative => {
            if ind.target.direction.upward() {
                p.start > 0 && met_in(ind, settings, &p.values, period, latest)
            } else {
                settled && outcome_meets(ind, settings, &p.values, period, ind.target.year)
            }
        }
    };
    let by_target_year = match ind.target.kind {
        TargetKind::Level | TargetKind::Rate => false,
        TargetKind::Cumulative => !ind.target.direction.upward(),
        _ => true,
    };
    let year = if by_target_year {
        ind.target.year
    } else {
        latest
    };
    (latest_meets && met).then_some(year)
}

/// R: the projected pace against the pace the target asks for, base year to target year,
/// with the direction's sign, for every kind of target.
fn pace_ratio(ind: &Indicator, settings: &Settings, p: &Projection) -> Option<f64> {
    let period = p.period;
    let v = &p.values;
    let target_i = usize::from(ind.target.year.saturating_sub(period.base)).min(v.len() - 1);
    let upward = ind.target.direction.upward();
    let sign = if upward { 1.0 } else { -1.0 };
    let r = match ind.target.kind {
        TargetKind::Cumulative | TargetKind::TermChange => {
            // The projected term total against the total the target asks for.
            let total = target_total(ind, settings)?;
            let got = term_sum(ind, v, target_i);
            if upward {
                (total > 0.0).then(|| got / total)?
            } else if got > 0.0 {
                total / got
            } else {
                1.0
            }
        }
        _ => {
            let level = target_level(ind, settings, v[0], period)?;
            let (x0, x1) = (v[0], v[target_i]);
            let big_t = target_i.max(1) as f64;
            let at_limit = ind.ceiling.is_some_and(|c| (level - c).abs() < 1e-9);
            let zero_target = ind.target.value == 0.0;
            let (progress, need) = if zero_target || at_limit || x0 <= 0.0 || level <= 0.0 {
                ((x1 - x0) / big_t, (level - x0) / big_t)
            } else {
                (
                    (x1 / x0).powp(1.0 / big_t) - 1.0,
                    (level / x0).powp(1.0 / big_t) - 1.0,
                )
            };
            if need == 0.0 {
                if sign * progress >= 0.0 {
                    1.0
                } else {
                    -1.0
                }
            } else {
                sign * progress / need.abs()
            }
        }
    };
    r.is_finite().then_some(r)
}

/// The Open SDG band of a projection that misses its target.
fn band(ratio: Option<f64>) -> Verdict {
    match ratio {
        Some(r) if r >= 0.60 => Verdict::Accelerate,
        Some(r) if r >= 0.0 => Verdict::Limited,
        Some(_) => Verdict::Deteriorating,
        None => Verdict::Unassessable,
    }
}

/// The appendix's own meta-target: how many of the plan's targets are on track.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlanSummary {
    pub on_track: usize,
    pub total: usize,
    pub counts: [usize; 7],
}

impl PlanSummary {
    pub fn of<'a>(verdicts: impl IntoIterator<Item = &'a Verdict>) -> PlanSummary {
        let mut s = PlanSummary::default();
        for v in verdicts {
            s.total += 1;
            if v.counts_as_on_track() {
                s.on_track += 1;
            }
            if let Some(i) = Verdict::ALL.iter().position(|x| x == v) {
                s.counts[i] += 1;
            }
        }
        s
    }

    pub fn count(&self, v: Verdict) -> usize {
        Verdict::ALL
            .iter()
            .position(|x| *x == v)
            .map_or(0, |i| self.counts[i])
    }
}

/// Projects and judges every indicator of the plan under its default assumption
/// (or the one `assumption_for` gives).
pub fn assess_plan<'a>(
    plan: &'a Plan,
    assumption_for: impl Fn(&'a Indicator) -> &'a Assumption,
) -> Vec<(Projection, Status)> {
    let period = Period::of(plan);
    plan.indicators
        .iter()
        .map(|ind| {
            let a = assumption_for(ind);
            let p = crate::model::projection::project::project(ind, a, period);
            let s = assess(ind, a, &plan.settings, &p);
            (p, s)
        })
        .collect()
}

/// Projects and judges every indicator under one assumption each, in the plan's order
/// (what a scenario's assumptions in force give).
pub fn assess_list(plan: &Plan, list: &[Assumption]) -> Vec<(Projection, Status)> {
    let period = Period::of(plan);
    plan.indicators
        .iter()
        .zip(list)
        .map(|(ind, a)| {
            let p = crate::model::projection::project::project(ind, a, period);
            let s = assess(ind, a, &plan.settings, &p);
            (p, s)
        })
        .collect()
}

/// The indicators a chair asks about, most urgent first (missed, moving away, hard to
/// meet, needs to speed up), in the plan's order within each: their positions in `list`.
pub fn needing_attention<'a>(list: impl IntoIterator<Item = &'a Status>) -> Vec<usize> {
    let mut found: Vec<(u8, usize)> = list
        .into_iter()
        .enumerate()
        .filter_map(|(i, s)| s.verdict.attention_rank().map(|r| (r, i)))
        .collect();
    found.sort_unstable();
    found.into_iter().map(|(_, i)| i).collect()
}

/// Slides needed for `n` rows at `per_slide` a slide: at least one, so an empty list
/// still has a slide that says so.
pub fn slides_for(n: usize, per_slide: usize) -> usize {
    n.div_ceil(per_slide.max(1)).max(1)
}
