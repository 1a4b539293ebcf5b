#![cfg(not(target_arch = "wasm32"))]
//! Properties of the engine over arbitrary inputs (proptest).

use bac_yen_plan::model::assumption::{Assumption, Method, Spread};
use bac_yen_plan::model::project::{project, project_into, Period};
use bac_yen_plan::model::solve::{boundary_parameter, SolveError};
use bac_yen_plan::model::status::assess;
use bac_yen_plan::model::target::{binds_every_year, effective_target, is_met, outcome};
use bac_yen_plan::model::{monte_carlo, Plan, Run};
use proptest::prelude::*;

fn plan() -> &'static Plan {
    use std::sync::OnceLock;
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(|| Plan::bundled().unwrap())
}

/// Every parametric method, with its parameter set to `p`.
fn methods(p: f64) -> Vec<Method> {
    vec![
        Method::Compound { rate_pct: p },
        Method::Linear { per_year: p },
        Method::Points { pp_per_year: p },
        Method::Decline { pct_per_year: p },
        Method::Saturating {
            ceiling: 100.0,
            closing_pct: p,
        },
        Method::Steady { per_year: p },
        Method::TotalChange { pct: p },
        Method::Forest {
            natural_area_ha: 19_681.0,
            planting_ha_per_year: p,
            lag_years: 3,
            loss_ha_per_year: 10.0,
            pipeline_ha_per_year: 40.0,
        },
    ]
}

fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1e6..1e6f64,
        -200.0..200.0f64,
        any::<f64>().prop_filter("finite", |v| v.is_finite()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_finite_input_gives_finite_bounded_values(
        idx in 0usize..37, method in 0usize..8, p in finite(), base in finite(),
        actual in proptest::option::of((2026u16..=2030, finite())),
    ) {
        let plan = plan();
        let ind = &plan.indicators[idx];
        let mut a = Assumption { method: methods(p)[method].clone(), ..ind.assumption.clone() };
        a.baseline = Some(base);
        if let Some((y, v)) = actual { a.actuals.insert(y, v); }
        let proj = project(ind, &a, Period::of(plan));
        let ceiling = ind.ceiling.unwrap_or(f64::INFINITY);
        for v in &proj.values {
            prop_assert!(v.is_finite(), "{:?}", proj.values);
            prop_assert!(*v >= 0.0 && *v <= ceiling, "{:?}", proj.values);
        }
        let s = assess(ind, &a, &plan.settings, &proj);
        prop_assert!(s.outcome.is_finite());
        if let Some(r) = s.ratio { prop_assert!(r.is_finite()); }
        if let Ok(r) = s.required { prop_assert!(r.is_finite()); }
    }

    #[test]
    fn the_goal_seek_value_hits_the_target(
        idx in 0usize..37, method in 0usize..8, base_frac in 0.05..0.95f64,
    ) {
        let plan = plan();
        let ind = &plan.indicators[idx];
        let period = Period::of(plan);
        // A baseline between 0 and the ceiling (or twice the target) so the target is in reach.
        let top = ind.ceiling.unwrap_or(2.0 * ind.target.value.max(ind.baseline.value).max(1.0));
        let a = Assumption {
            method: methods(1.0)[method].clone(),
            baseline: Some(top * base_frac),
            ..ind.assumption.clone()
        };
        let goal = effective_target(ind, &plan.settings);
        let mut raw = vec![0.0; period.year_count()];
        let mut outcome_with = |p: f64| {
            project_into(ind, &a, &a.method.with_parameter(p), period, &mut raw);
            outcome(ind, &raw, period)
        };
        let met_with = |p: f64| {
            let mut path = vec![0.0; period.year_count()];
            project_into(ind, &a, &a.method.with_parameter(p), period, &mut path);
            is_met(ind, &plan.settings, &path, period)
        };
        match boundary_parameter(ind, &a, &plan.settings, period) {
            // A target binding every year: the most demanding year decides, so the
            // target year may end above the goal; every binding year must be met.
            Ok(p) if binds_every_year(ind) => {
                prop_assert!(met_with(p), "{} p={}", ind.id, p);
            }
            Err(SolveError::Unreachable { .. }) if binds_every_year(ind) => {
                let (min, max) = a.method.parameter_bounds(&ind.limits());
                prop_assert!(!met_with(min) && !met_with(max), "{} said unreachable", ind.id);
            }
            Ok(p) => {
                let got = outcome_with(p);
                prop_assert!((got - goal).abs() <= 1e-9 * goal.abs().max(1.0),
                    "{} {:?}: p={} got {} want {}", ind.id, a.method, p, got, goal);
            }
            Err(SolveError::Unreachable { .. }) => {
                // Then the whole parameter range lies on one side of the target.
                let (min, max) = a.method.parameter_bounds(&ind.limits());
                let (x, y) = (outcome_with(min), outcome_with(max));
                prop_assert!((x < goal && y < goal) || (x > goal && y > goal),
                    "{} {:?}: said unreachable but {} .. {} spans {}", ind.id, a.method, x, y, goal);
            }
            Err(e) => prop_assert!(false, "unexpected {:?}", e),
        }
    }

    #[test]
    fn a_higher_assumption_never_gives_a_lower_projection(
        idx in 0usize..37, method in 0usize..8, p in -150.0..1500.0f64, dp in 0.0..100.0f64,
    ) {
        let plan = plan();
        let ind = &plan.indicators[idx];
        let period = Period::of(plan);
        let lo = Assumption { method: methods(p)[method].clone(), ..ind.assumption.clone() };
        let hi = Assumption { method: methods(p + dp)[method].clone(), ..ind.assumption.clone() };
        let (a, b) = (project(ind, &lo, period), project(ind, &hi, period));
        let increasing = lo.method.increasing(ind.baseline.value);
        for (x, y) in a.values.iter().zip(&b.values) {
            if increasing { prop_assert!(y >= x, "{:?} vs {:?}", a.values, b.values); }
            else { prop_assert!(y <= x, "{:?} vs {:?}", a.values, b.values); }
        }
    }

    #[test]
    fn monte_carlo_quantiles_are_ordered(
        idx in 0usize..37, seed in any::<u64>(), sd in proptest::option::of(0.0..50.0f64),
    ) {
        let plan = plan();
        let ind = &plan.indicators[idx];
        let mut a = ind.assumption.clone();
        if let Some(sd) = sd { a.spread = Some(Spread::Sd { sd }); }
        let band = monte_carlo(ind, &a, &plan.settings, Period::of(plan), Run { draws: 200, seed, stream: 0 });
        prop_assert!((0.0..=1.0).contains(&band.probability_met));
        for y in 0..band.p50.len() {
            prop_assert!(band.p10[y] <= band.p50[y] && band.p50[y] <= band.p90[y]);
            prop_assert!(band.p10[y].is_finite() && band.p90[y].is_finite());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The sorted-draw shortcut gives exactly what projecting every draw gives.
    #[test]
    fn monte_carlo_equals_projecting_every_draw(
        idx in 0usize..37, seed in any::<u64>(), wide in 0.5..30.0f64,
    ) {
        use bac_yen_plan::model::target::is_met;
        use bac_yen_plan::model::uncertainty::parameter_draws;
        let plan = plan();
        let ind = &plan.indicators[idx];
        let period = Period::of(plan);
        let mut a = ind.assumption.clone();
        if let Some(c) = a.method.parameter() {
            a.spread = Some(Spread::Range { low: c - wide, high: c + wide });
        }
        let draws = 301;
        let band = monte_carlo(ind, &a, &plan.settings, period, Run { draws, seed, stream: 3 });
        let mut years: Vec<Vec<f64>> = vec![Vec::new(); period.year_count()];
        let mut met = 0;
        for p in parameter_draws(ind, &a, Run { draws, seed, stream: 3 }) {
            let proj = project(ind, &Assumption { method: a.method.with_parameter(p), ..a.clone() }, period);
            if is_met(ind, &plan.settings, &proj.values, period) { met += 1; }
            for (y, v) in proj.values.iter().enumerate() { years[y].push(*v); }
        }
        prop_assert_eq!(band.probability_met, met as f64 / draws as f64);
        for (y, vals) in years.iter_mut().enumerate() {
            vals.sort_by(f64::total_cmp);
            prop_assert_eq!(band.p10[y], vals[30]);
            prop_assert_eq!(band.p50[y], vals[150]);
            prop_assert_eq!(band.p90[y], vals[270]);
        }
    }
}
