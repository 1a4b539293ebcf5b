//! The council's year in the commune's sheet: estimates and confirmed figures with their
//! dates, the year's adopted targets and six-month figures, kept per plan, in files and
//! stored records, and a record from the release before them read with every projection
//! unchanged.

use bac_yen_plan::model::facts::{checked, FactSheet, Facts};
use bac_yen_plan::model::plan::year_figures::{FigureKind, Trend, YearTarget};
use bac_yen_plan::model::plan_file::{read_plan_file, write_plan_file};
use bac_yen_plan::model::record::{load, Loaded};
use bac_yen_plan::model::status::assess_list;
use bac_yen_plan::model::{Assumption, Plan};

fn plan() -> Plan {
    Plan::bundled().unwrap()
}

/// The schema-3 record the previous release wrote (`make fixtures`): its figures carry no
/// kind. Read now, each year's figure stands as confirmed, dated when it was entered,
/// and every scenario projects exactly as it did from the figures as written.
#[test]
fn a_record_from_the_release_before_migrates_with_every_projection_unchanged() {
    let plan = plan();
    let v: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/storage/schema-3.json")).unwrap();
    let raw = v["bacyen.record"].as_str().unwrap();
    let Loaded::Found { record, problems } = load(Some(raw), None, &plan) else {
        panic!("loads");
    };
    assert!(problems.is_empty(), "{problems:?}");
    let w = &record.workspace;
    let f = &w.facts["6"];
    let (entry, kind) = f.in_force(2026).unwrap();
    assert_eq!((entry.value, kind), (59.5, FigureKind::Confirmed));
    assert_eq!(entry.entered_ms, f.changed_ms);
    assert!(f.annual_targets.is_empty() && f.half_year.is_empty());
    // The figures as the old release wrote them, read straight from the JSON.
    let json: serde_json::Value = serde_json::from_str(raw).unwrap();
    let old = &json["workspace"]["facts"]["6"];
    let old_actual = old["actuals"]["2026"].as_f64().unwrap();
    for s in w.scenarios_of("") {
        let now = s.in_force(&plan, &w.facts);
        let by_hand: Vec<Assumption> = now
            .iter()
            .zip(&plan.indicators)
            .map(|(a, ind)| {
                let mut a = a.clone();
                if ind.id == "6" && !s.owns_figures("6") {
                    a.baseline = old["baseline"].as_f64();
                    a.actuals = [(2026u16, old_actual)].into_iter().collect();
                }
                a
            })
            .collect();
        let (mine, theirs) = (assess_list(&plan, &now), assess_list(&plan, &by_hand));
        for ((p, st), (q, sq)) in mine.iter().zip(&theirs) {
            assert_eq!(p.values, q.values, "{}", s.name);
            assert_eq!(st.verdict, sq.verdict);
        }
    }
    // Written again and read back: the same record.
    let again = record.encode();
    assert!(
        matches!(load(Some(&again), None, &plan), Loaded::Found { record: r, .. } if r == record)
    );
}

#[test]
fn a_confirmed_figure_replaces_the_estimate_and_both_stay() {
    let mut f = Facts::default();
    f.set_entry(2026, FigureKind::Estimate, Some(52.0), 100.0);
    assert_eq!(f.actuals[&2026], 52.0);
    f.set_entry(2026, FigureKind::Confirmed, Some(50.5), 200.0);
    assert_eq!(
        f.actuals[&2026], 50.5,
        "the confirmed figure is the one in force"
    );
    assert_eq!(f.entry(2026, FigureKind::Estimate).unwrap().value, 52.0);
    assert_eq!(
        f.entry(2026, FigureKind::Confirmed).unwrap().entered_ms,
        200.0
    );
    // Clearing the confirmed figure brings the estimate back in force.
    f.set_entry(2026, FigureKind::Confirmed, None, 300.0);
    assert_eq!(f.in_force(2026).unwrap().1, FigureKind::Estimate);
    assert_eq!(f.actuals[&2026], 52.0);
    f.set_entry(2026, FigureKind::Estimate, None, 400.0);
    assert!(f.actuals.is_empty() && f.estimates.is_empty() && f.confirmed.is_empty());
    assert!(f.estimates_ms.is_empty() && f.confirmed_ms.is_empty());
}

#[test]
fn a_figure_from_before_kinds_keeps_its_value_when_a_kind_is_added() {
    // Old figure 59,5 (no kind); an estimate typed for the same year keeps it as confirmed.
    let mut f = Facts {
        actuals: [(2026u16, 59.5)].into_iter().collect(),
        changed_ms: 5.0,
        ..Facts::default()
    };
    f.set_entry(2026, FigureKind::Estimate, Some(61.0), 9.0);
    assert_eq!(f.entry(2026, FigureKind::Confirmed).unwrap().value, 59.5);
    assert_eq!(f.actuals[&2026], 59.5);
}

#[test]
fn annual_targets_and_kinds_travel_in_a_plan_file_and_bad_ones_are_dropped_with_a_reason() {
    let plan = plan();
    let mut sheet = FactSheet::new();
    let f = sheet.entry("1".into()).or_default();
    f.set_entry(2026, FigureKind::Estimate, Some(52.0), 1.0);
    f.set_annual_target(2026, Some(YearTarget::Value(50.0)), 2.0);
    f.set_annual_target(2027, Some(YearTarget::Trend(Trend::Up)), 3.0);
    f.set_half_year(2026, Some(24.0), 4.0);
    let text = write_plan_file("", &plan, &sheet, "t", 5.0);
    let read = read_plan_file(&text).unwrap();
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    assert_eq!(read.facts, sheet);
    let back = &read.facts["1"];
    assert_eq!(back.annual_target(2026), Some(YearTarget::Value(50.0)));
    assert_eq!(back.annual_target(2027), Some(YearTarget::Trend(Trend::Up)));
    assert_eq!(back.in_force(2026).unwrap().1, FigureKind::Estimate);
    // A negative target and a year before the plan: each dropped, each reported.
    let mut bad = sheet.clone();
    let b = bad.get_mut("1").unwrap();
    b.annual_targets.insert(2028, -5.0);
    b.half_year.insert(2020, 3.0);
    let (kept, problems) = checked(bad, &plan);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(kept["1"].annual_targets.len(), 1);
    assert!(kept["1"].half_year.contains_key(&2026));
}

/// A share link carries the commune's year with the scenario; opened elsewhere, it adds
/// the year's targets and kinds the commune there has not set, and replaces nothing.
#[test]
fn a_link_carries_the_year_and_adopting_it_replaces_nothing() {
    use bac_yen_plan::model::exchange::{read_link, write_link};
    use bac_yen_plan::model::plan::carried::adopt_decisions;
    use bac_yen_plan::model::Scenario;
    let plan = plan();
    let mut sheet = FactSheet::new();
    let f = sheet.entry("1".into()).or_default();
    f.set_entry(2026, FigureKind::Estimate, Some(52.0), 1.0);
    f.set_annual_target(2026, Some(YearTarget::Value(50.0)), 2.0);
    f.set_annual_target(2027, Some(YearTarget::Value(55.0)), 2.0);
    let leaving = Scenario::new("a".into(), "A", 1.0).carrying_figures(&plan, &sheet);
    let (arrived, problems) = read_link(&write_link(&leaving), &plan).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(arrived.decisions["1"].annual_targets.len(), 2);
    // Here the commune already set 2027 at 56 and has the same 2026 figure without kind.
    let mut here = FactSheet::new();
    let h = here.entry("1".into()).or_default();
    h.set_annual_target(2027, Some(YearTarget::Value(56.0)), 3.0);
    h.actuals.insert(2026, 52.0);
    adopt_decisions(&mut here, &arrived.decisions, 9.0);
    let h = &here["1"];
    assert_eq!(h.annual_target(2026), Some(YearTarget::Value(50.0)));
    assert_eq!(
        h.annual_target(2027),
        Some(YearTarget::Value(56.0)),
        "not replaced"
    );
    assert_eq!(h.in_force(2026).unwrap().1, FigureKind::Estimate);
    // A bad target in a link is dropped and reported, the rest kept.
    let mut bad = leaving.clone();
    bad.decisions
        .get_mut("1")
        .unwrap()
        .annual_targets
        .insert(2028, f64::NAN);
    let (s, problems) = bad.checked(&plan);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(s.decisions["1"].annual_targets.len(), 2);
}
