//! The commune's figures entered once: edits go to the sheet every scenario reads, a
//! scenario may keep its own, files and links carry the figures they were made on, two
//! tabs' sheets merge by time, and bad values cost only themselves.

use bac_yen_plan::model::facts::{checked, merged, FactSheet, Facts};
use bac_yen_plan::model::scenario::{Scenario, Workspace};
use bac_yen_plan::model::Plan;

fn plan() -> Plan {
    Plan::bundled().unwrap()
}

fn two_scenarios() -> Workspace {
    let mut w = Workspace::starting("a".into(), "A", 1.0);
    w.add(Scenario::new("b".into(), "B", 1.0));
    w.active = "a".into();
    w
}

#[test]
fn a_figure_typed_in_one_scenario_is_every_scenarios() {
    let plan = plan();
    let mut w = two_scenarios();
    let k = plan.indicators.iter().position(|i| i.id == "3b").unwrap();
    let mut a = w.get("a").unwrap().assumptions_for(&plan, &w.facts)[k].clone();
    a.baseline = Some(41.5);
    a.actuals.insert(2026, 44.0);
    w.edit_assumption(&plan, "a", k, a, 10.0);
    assert_eq!(w.facts["3b"].baseline, Some(41.5));
    assert_eq!(w.facts["3b"].changed_ms, 10.0);
    for id in ["a", "b"] {
        let s = w.get(id).unwrap();
        let seen = &s.assumptions_for(&plan, &w.facts)[k];
        assert_eq!(
            (seen.baseline, seen.actuals.get(&2026)),
            (Some(41.5), Some(&44.0)),
            "{id}"
        );
        // Stored once, in the sheet, not in the scenario.
        assert!(s.assumptions.get("3b").is_none_or(|a| a.baseline.is_none()));
    }
    // The plan's own path starts from the commune's figure too.
    let reference = Scenario::reference(&plan, &w.facts, "");
    assert_eq!(
        reference.assumptions_for(&plan, &w.facts)[k].baseline,
        Some(41.5)
    );
}

#[test]
fn a_scenario_may_keep_its_own_figures_and_give_them_back() {
    let plan = plan();
    let mut w = two_scenarios();
    let k = plan.indicators.iter().position(|i| i.id == "3b").unwrap();
    let mut a = w.get("a").unwrap().assumptions_for(&plan, &w.facts)[k].clone();
    a.baseline = Some(41.5);
    w.edit_assumption(&plan, "a", k, a, 10.0);
    w.set_own_figures(&plan, "b", k, true, 11.0);
    let mut own = w.get("b").unwrap().assumptions_for(&plan, &w.facts)[k].clone();
    assert_eq!(own.baseline, Some(41.5), "starts from the commune's");
    own.baseline = Some(45.0);
    w.edit_assumption(&plan, "b", k, own, 12.0);
    assert_eq!(
        w.facts["3b"].baseline,
        Some(41.5),
        "the commune's figure is untouched"
    );
    assert_eq!(
        w.get("b").unwrap().assumptions_for(&plan, &w.facts)[k].baseline,
        Some(45.0)
    );
    assert_eq!(
        w.get("a").unwrap().assumptions_for(&plan, &w.facts)[k].baseline,
        Some(41.5)
    );
    w.set_own_figures(&plan, "b", k, false, 13.0);
    assert_eq!(
        w.get("b").unwrap().assumptions_for(&plan, &w.facts)[k].baseline,
        Some(41.5)
    );
}

#[test]
fn files_carry_the_figures_they_were_made_on() {
    let plan = plan();
    let mut w = two_scenarios();
    let k = plan.indicators.iter().position(|i| i.id == "6").unwrap();
    let mut a = w.get("a").unwrap().assumptions_for(&plan, &w.facts)[k].clone();
    a.baseline = Some(58.0);
    w.edit_assumption(&plan, "a", k, a, 10.0);
    let sent = w
        .get("a")
        .unwrap()
        .clone()
        .carrying_figures(&plan, &w.facts);
    // Opened where the commune's figure is another: the scenario keeps the sender's.
    let mut elsewhere = FactSheet::new();
    elsewhere.insert(
        "6".into(),
        Facts {
            baseline: Some(50.0),
            ..Facts::default()
        },
    );
    let there = sent.clone().sharing_figures(&plan, &elsewhere);
    assert!(there.owns_figures("6"));
    assert_eq!(
        there.assumptions_for(&plan, &elsewhere)[k].baseline,
        Some(58.0)
    );
    // Opened where it is the same: shared again, nothing marked.
    let here = sent.sharing_figures(&plan, &w.facts);
    assert!(here.own_figures.is_empty());
    assert_eq!(
        here.assumptions_for(&plan, &w.facts)[k].baseline,
        Some(58.0)
    );
}

#[test]
fn two_tabs_sheets_merge_by_time_and_an_undo_stays_undone() {
    let mine: FactSheet = [(
        "1".to_string(),
        Facts {
            baseline: Some(40.0),
            changed_ms: 5.0,
            ..Facts::default()
        },
    )]
    .into();
    let theirs: FactSheet = [
        (
            "1".to_string(),
            Facts {
                baseline: Some(42.0),
                changed_ms: 7.0,
                ..Facts::default()
            },
        ),
        (
            "6".to_string(),
            Facts {
                baseline: Some(58.0),
                changed_ms: 3.0,
                ..Facts::default()
            },
        ),
    ]
    .into();
    let m = merged(&mine, &theirs);
    assert_eq!(m["1"].baseline, Some(42.0));
    assert_eq!(m["6"].baseline, Some(58.0));
    // An undo that takes a figure away leaves a dated empty entry: an older copy from
    // another tab does not bring it back.
    let mut undone = Workspace::starting("a".into(), "A", 1.0);
    let mut current = undone.clone();
    current.facts = theirs.clone();
    undone.stamp_changes_against(&current, 20.0);
    let after = undone.merge(&current);
    assert!(after.facts["6"].baseline.is_none());
}

#[test]
fn a_bad_figure_costs_only_itself() {
    let plan = plan();
    let sheet: FactSheet = [(
        "6".to_string(),
        Facts {
            baseline: Some(-5.0),
            actuals: [(2026, 59.0), (1990, 1.0)].into_iter().collect(),
            changed_ms: f64::NAN,
            ..Facts::default()
        },
    )]
    .into();
    let (kept, problems) = checked(sheet, &plan);
    assert_eq!(kept["6"].baseline, None);
    assert_eq!(kept["6"].actuals.len(), 1);
    assert_eq!(kept["6"].changed_ms, 0.0);
    assert_eq!(problems.len(), 2, "{problems:?}");
}
