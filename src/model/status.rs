//! On-track verdicts after the Open SDG progress method (Statistics Canada, after Eurostat).
//!
//! R = progress rate / required rate, sign-adjusted for targets that must fall:
//! R >= 95 % on track; 60-95 % acceleration needed; 0-60 % limited progress; < 0 moving away.
//! Without actual values the progress rate is the assumption's own (base year to target
//! year); once actuals are entered it is the progress actually made (base year to the
//! latest actual). Rates are compound annual growth rates, except where that form breaks:
//! a target of zero ("basically no poor households", judged against the plan's threshold),
//! a target at the natural limit (100 %), or a base of zero. There the linear form (change
//! per year) is used, as Open SDG itself advises for zero targets.

use super::assumption::Assumption;
use super::math::Portable;
use super::plan::{Indicator, Plan, Settings, TargetKind};
use super::project::{Period, Projection};
use super::solve::{first_year_met, required_parameter, SolveError};
use super::target::{effective_target, is_met, met_in, outcome, target_level, target_total};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// The latest known value already meets the target and the projection keeps it there.
    Achieved,
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

    /// Stable key for styles and tests.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Achieved => "achieved",
            Verdict::OnTrack => "on-track",
            Verdict::Accelerate => "accelerate",
            Verdict::Limited => "limited",
            Verdict::Deteriorating => "deteriorating",
            Verdict::Unassessable => "unassessable",
        }
    }

    pub const ALL: [Verdict; 6] = [
        Verdict::Achieved,
        Verdict::OnTrack,
        Verdict::Accelerate,
        Verdict::Limited,
        Verdict::Deteriorating,
        Verdict::Unassessable,
    ];
}

/// Everything the app says about one indicator under one assumption.
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub verdict: Verdict,
    /// The Open SDG ratio R, where it could be computed.
    pub ratio: Option<f64>,
    /// The projected outcome in the target's own terms (a level, %/yr, a total...).
    pub outcome: f64,
    /// The target it is held against (a zero target replaced by the threshold).
    pub goal: f64,
    pub met: bool,
    pub first_year_met: Option<u16>,
    /// The main parameter the method would need to land on the target.
    pub required: Result<f64, SolveError>,
    /// Whether the verdict rests on actual values rather than on the assumption.
    pub on_actuals: bool,
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
    let goal = effective_target(ind, settings);
    let met = is_met(ind, settings, values, period);
    let required = required_parameter(ind, a, settings, period);
    let first = first_year_met(ind, settings, values, period);
    let on_actuals = projection.start > 0;
    let (verdict, ratio) = verdict(ind, settings, projection, met);
    Status {
        verdict,
        ratio,
        outcome: outcome(ind, values, period),
        goal,
        met,
        first_year_met: first,
        required,
        on_actuals,
    }
}

fn verdict(
    ind: &Indicator,
    settings: &Settings,
    p: &Projection,
    met: bool,
) -> (Verdict, Option<f64>) {
    let period = p.period;
    let v = &p.values;
    let target_i = usize::from(ind.target.year.saturating_sub(period.base)).min(v.len() - 1);
    // The progress judged: the actuals' when there are any, else the assumption's.
    let upto = if p.start > 0 {
        p.start.min(target_i)
    } else {
        target_i
    };
    let latest_year = period.base + p.start as u16;
    let latest_meets = p.start > 0 && met_in(ind, settings, v, period, latest_year);
    if (latest_meets || met_in(ind, settings, v, period, period.base)) && met {
        return (Verdict::Achieved, None);
    }
    let sign = if ind.target.direction.upward() {
        1.0
    } else {
        -1.0
    };
    let ratio = match ind.target.kind {
        TargetKind::Cumulative | TargetKind::TermChange => {
            // Average yearly flow against the average the term total asks for.
            let total = target_total(ind, settings).unwrap_or(0.0);
            let upto = upto.max(1);
            let flow = v[1..=upto].iter().sum::<f64>() / upto as f64;
            let need = total / target_i.max(1) as f64;
            (need > 0.0).then(|| flow / need)
        }
        _ => {
            let level = target_level(ind, settings, v[0], period).unwrap_or(0.0);
            let (x0, x1) = (v[0], v[upto]);
            let (dt, big_t) = (upto.max(1) as f64, target_i.max(1) as f64);
            let at_limit = ind.ceiling.is_some_and(|c| (level - c).abs() < 1e-9);
            let zero_target = ind.target.value == 0.0;
            let (progress, need) = if zero_target || at_limit || x0 <= 0.0 || level <= 0.0 {
                ((x1 - x0) / dt, (level - x0) / big_t)
            } else {
                (
                    (x1 / x0).powp(1.0 / dt) - 1.0,
                    (level / x0).powp(1.0 / big_t) - 1.0,
                )
            };
            if need == 0.0 {
                Some(if sign * progress >= 0.0 { 1.0 } else { -1.0 })
            } else {
                Some(sign * progress / need.abs())
            }
        }
    };
    match ratio {
        Some(r) if r.is_finite() => (
            if r >= 0.95 {
                Verdict::OnTrack
            } else if r >= 0.60 {
                Verdict::Accelerate
            } else if r >= 0.0 {
                Verdict::Limited
            } else {
                Verdict::Deteriorating
            },
            Some(r),
        ),
        _ => (Verdict::Unassessable, None),
    }
}

/// The appendix's own meta-target: how many of the plan's targets are on track.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlanSummary {
    pub on_track: usize,
    pub total: usize,
    pub counts: [usize; 6],
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
            let p = super::project::project(ind, a, period);
            let s = assess(ind, a, &plan.settings, &p);
            (p, s)
        })
        .collect()
}
