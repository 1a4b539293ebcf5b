//! The editing rules the indicator view wires: every method offered and worded, what a
//! switch of method does, the slider's span; every verdict worded in both languages.

use bac_yen_plan::model::assumption::{Method, Spread};
use bac_yen_plan::model::edit::{methods_for, slider_range, switch_method, METHOD_KEYS};
use bac_yen_plan::model::number::Lang;
use bac_yen_plan::model::project::{project, Period};
use bac_yen_plan::model::status::assess;
use bac_yen_plan::model::wording::{method_name, verdict_text};
use bac_yen_plan::model::{Plan, Verdict};

fn plan() -> Plan {
    Plan::bundled().unwrap()
}

#[test]
fn every_method_is_offered_somewhere_and_worded_in_both_languages() {
    let plan = plan();
    let mut offered: Vec<&str> = plan
        .indicators
        .iter()
        .flat_map(|i| methods_for(i, &i.assumption.method))
        .map(|m| m.key())
        .collect();
    offered.sort();
    offered.dedup();
    let mut all = METHOD_KEYS.to_vec();
    all.sort();
    assert_eq!(offered, all);
    // Forest cover (a rate with the plan's forest figures) offers all nine.
    let forest = plan.indicator("21").unwrap();
    let here: Vec<Method> = methods_for(forest, &forest.assumption.method);
    assert_eq!(here.len(), METHOD_KEYS.len());
    for m in &here {
        let (vi, en) = (method_name(m, Lang::Vi), method_name(m, Lang::En));
        assert!(!vi.is_empty() && !en.is_empty() && vi != en, "{}", m.key());
    }
    // A count with no ceiling is offered no percentage points and no ceiling to approach.
    let firms = plan.indicator("4").unwrap();
    let keys: Vec<&str> = methods_for(firms, &firms.assumption.method)
        .iter()
        .map(|m| m.key())
        .collect();
    assert!(
        !keys.contains(&"points") && !keys.contains(&"saturating") && !keys.contains(&"forest")
    );
}

#[test]
fn every_verdict_is_worded_in_both_languages_and_apart() {
    for lang in [Lang::Vi, Lang::En] {
        let words: Vec<&str> = Verdict::ALL
            .iter()
            .map(|v| verdict_text(lang, *v))
            .collect();
        let mut unique = words.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), Verdict::ALL.len(), "{words:?}");
    }
}

#[test]
fn switching_method_starts_on_the_target_and_a_path_from_the_projection() {
    let plan = plan();
    let period = Period::of(&plan);
    let i = plan.indicator("6").unwrap();
    let a = i.assumption.clone();
    let now = project(i, &a, period);
    // To compound growth: the rate that meets 70 % from 55 %, with a spread around it.
    let next = switch_method(
        &plan,
        i,
        &a,
        Method::Compound { rate_pct: 0.0 },
        &now.values,
    );
    let s = assess(i, &next, &plan.settings, &project(i, &next, period));
    assert!(s.met, "{next:?}");
    assert!(matches!(next.spread, Some(Spread::Around { width }) if width > 0.0));
    // To a typed path: the current projection, year by year, and nothing to spread.
    let path = switch_method(&plan, i, &a, Method::Path { points: vec![] }, &now.values);
    let Method::Path { points } = &path.method else {
        panic!()
    };
    assert_eq!(points.len(), 5);
    assert_eq!(points[0], (2026, now.values[1]));
    assert_eq!(path.spread, None);
    assert_eq!(project(i, &path, period).values, now.values);
}

#[test]
fn the_slider_spans_the_value_in_force_and_the_required_one() {
    let plan = plan();
    let i = plan.indicator("1").unwrap();
    let a = i.assumption.at_parameter(85.0);
    let (lo, hi, step) = slider_range(i, &a, Some(-30.0));
    assert!(lo <= -30.0 && hi >= 85.0 && step > 0.0);
    let (min, max) = a.method.parameter_bounds(&i.limits());
    assert!(lo >= min && hi <= max);
}

#[test]
fn field_rules_come_from_the_indicator_and_the_method() {
    use bac_yen_plan::model::edit::{
        baseline_slider, figure_rules, parameter_rules, spread_rules, spread_slider,
    };
    use bac_yen_plan::model::number::Lang;
    let plan = plan();
    // A rate: 0 to 100, any decimal; a count: whole numbers, no ceiling.
    let rate = plan.indicator("6").unwrap();
    let r = figure_rules(rate);
    assert_eq!((r.min, r.max, r.whole), (0.0, 100.0, false));
    assert!(r.check("250", Lang::Vi).is_err() && r.check("55,5", Lang::Vi) == Ok(55.5));
    let count = plan.indicator("4").unwrap();
    assert!(figure_rules(count).whole);
    assert!(figure_rules(count).check("2,5", Lang::Vi).is_err());
    // The parameter within its method's bounds; the ± width within the parameter's range.
    let budget = plan.indicator("1").unwrap();
    let p = parameter_rules(budget, &budget.assumption);
    assert_eq!((p.min, p.max), (-100.0, 1000.0));
    let w = spread_rules(budget, &budget.assumption);
    assert_eq!((w.min, w.max), (0.0, 1100.0));
    // Sliders: the baseline's spans the value in force; the spread's at least 0-5.
    assert_eq!(baseline_slider(rate, 40.0), (0.0, 100.0, 0.1));
    assert_eq!(baseline_slider(count, 500.0).1, 500.0);
    let (lo, hi, _) = spread_slider(&budget.assumption);
    assert!(lo == 0.0 && hi >= 5.0);
}
