//! How the planner edits an assumption, as rules the view only wires: which methods an
//! indicator offers, what switching method does, the slider's span. Host-tested.

use crate::model::basics::number::Rules;
use crate::model::plan::assumption::{Assumption, Method, ParameterKind, Spread};
use crate::model::plan::{Indicator, Plan};
use crate::model::projection::project::{Period, MAX_VALUE};
use crate::model::projection::solve::required_parameter;

/// The key of each method, from an exhaustive match: a new method that is not added to
/// `METHOD_KEYS` (and so to what is offered and worded) fails to compile here.
pub const fn method_key_index(m: &Method) -> usize {
    match m {
        Method::Compound { .. } => 0,
        Method::Linear { .. } => 1,
        Method::Points { .. } => 2,
        Method::Decline { .. } => 3,
        Method::Saturating { .. } => 4,
        Method::Path { .. } => 5,
        Method::Steady { .. } => 6,
        Method::TotalChange { .. } => 7,
        Method::Forest { .. } => 8,
    }
}

/// Every method's stable key: the list the tests hold `methods_for` and the wording to.
pub const METHOD_KEYS: [&str; 9] = [
    "compound",
    "linear",
    "points",
    "decline",
    "saturating",
    "path",
    "steady",
    "total_change",
    "forest",
];

/// The methods offered for an indicator: forest stock only where the plan gives its
/// parameters, an approach to a ceiling only where there is one.
pub fn methods_for(ind: &Indicator, current: &Method) -> Vec<Method> {
    let mut list = vec![
        Method::Compound { rate_pct: 0.0 },
        Method::Linear { per_year: 0.0 },
        Method::Steady { per_year: 0.0 },
        Method::TotalChange { pct: 0.0 },
        Method::Decline { pct_per_year: 0.0 },
    ];
    if let Some(c) = ind.ceiling {
        list.insert(2, Method::Points { pp_per_year: 0.0 });
        list.push(Method::Saturating {
            ceiling: c,
            closing_pct: 0.0,
        });
    }
    if let Method::Forest { .. } = &ind.assumption.method {
        list.push(ind.assumption.method.clone());
    }
    list.push(Method::Path { points: Vec::new() });
    // Keep the method in force as it is (its own ceiling or forest figures).
    for m in list.iter_mut() {
        if m.key() == current.key() {
            *m = current.clone();
        }
    }
    list
}

/// Switching method keeps the picture steady: the new method starts at the rate that
/// meets the target, or at no change; a path starts from the current projection.
pub fn switch_method(
    plan: &Plan,
    ind: &Indicator,
    a: &Assumption,
    to: Method,
    current_path: &[f64],
) -> Assumption {
    let period = Period::of(plan);
    let mut next = Assumption {
        method: to,
        ..a.clone()
    };
    if let Method::Path { points } = &mut next.method {
        *points = period
            .years()
            .zip(current_path)
            .skip(1)
            .map(|(y, v)| (y, *v))
            .collect();
        next.spread = None;
        return next;
    }
    let p = required_parameter(ind, &next, &plan.settings, period).unwrap_or(0.0);
    let (min, max) = next.method.parameter_bounds(&ind.limits());
    let p = p.clamp(min, max);
    next.method = next.method.with_parameter(p);
    next.spread = Some(Spread::Around {
        width: (p.abs() * 0.3).max(0.5),
    });
    next
}

/// The slider's span: a sensible range for the kind of parameter, widened to include the
/// value in force and the required one.
pub fn slider_range(ind: &Indicator, a: &Assumption, required: Option<f64>) -> (f64, f64, f64) {
    let scale = ind.baseline.value.max(ind.target.value).max(1.0);
    let (mut lo, mut hi, step) = match a.method.parameter_kind() {
        ParameterKind::PercentPerYear => (-20.0, 40.0, 0.1),
        ParameterKind::PointsPerYear => (-10.0, 10.0, 0.1),
        ParameterKind::PercentOfGap => (0.0, 100.0, 0.5),
        ParameterKind::Percent => (-50.0, 100.0, 0.5),
        ParameterKind::UnitsPerYear => {
            let s = (scale * 0.25).max(1.0);
            let step = if ind.integer {
                1.0
            } else {
                (s / 500.0).max(0.01)
            };
            (
                if matches!(a.method, Method::Steady { .. }) {
                    0.0
                } else {
                    -s
                },
                s,
                step,
            )
        }
        ParameterKind::HectaresPerYear => (0.0, 500.0, 1.0),
    };
    for v in [a.method.parameter(), required].into_iter().flatten() {
        lo = lo.min(v.floor());
        hi = hi.max(v.ceil());
    }
    let (min, max) = a.method.parameter_bounds(&ind.limits());
    (lo.max(min), hi.min(max), step)
}

/// What a figure of the series may be (the 2025 figure, an actual, a planned value):
/// from 0 to the ceiling, whole for counts.
pub fn figure_rules(ind: &Indicator) -> Rules {
    Rules {
        min: 0.0,
        max: ind.ceiling.unwrap_or(MAX_VALUE),
        whole: ind.integer,
    }
}

/// What the method's main parameter may be: the method's own bounds.
pub fn parameter_rules(ind: &Indicator, a: &Assumption) -> Rules {
    let (min, max) = a.method.parameter_bounds(&ind.limits());
    Rules {
        min,
        max,
        whole: false,
    }
}

/// What the ± width of the uncertainty run may be: up to the parameter's whole range.
pub fn spread_rules(ind: &Indicator, a: &Assumption) -> Rules {
    let (min, max) = a.method.parameter_bounds(&ind.limits());
    Rules {
        min: 0.0,
        max: (max - min).max(0.0),
        whole: false,
    }
}

/// The 2025 figure's slider: 0 to the ceiling, or to twice the larger of baseline and
/// target, widened to the value in force; the field takes any valid value beyond it.
pub fn baseline_slider(ind: &Indicator, value: f64) -> (f64, f64, f64) {
    let top = ind
        .ceiling
        .unwrap_or(2.0 * ind.baseline.value.max(ind.target.value).max(1.0))
        .max(value);
    let step = if ind.integer || top > 1000.0 {
        1.0
    } else {
        0.1
    };
    (0.0, top, step)
}

/// The ± width's slider: twice the parameter or the width in force, at least 5.
pub fn spread_slider(a: &Assumption) -> (f64, f64, f64) {
    let p = a.method.parameter().unwrap_or(1.0);
    let width = a.spread.map_or(0.0, |s| s.width());
    let top = (p.abs() * 2.0).max(width * 2.0).max(5.0).ceil();
    (0.0, top, if top > 50.0 { 1.0 } else { 0.1 })
}
