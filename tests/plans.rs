#![cfg(not(target_arch = "wasm32"))]
//! The plan as the planner's data: every field the editor writes is read and checked,
//! plans travel as files and through storage unchanged, many plans live side by side,
//! and editing a plan never loses a scenario's assumption.

use bac_yen_plan::model::assumption::{AssumptionError, Method};
use bac_yen_plan::model::facts::{FactSheet, Facts};
use bac_yen_plan::model::number::{Lang, NumberError};
use bac_yen_plan::model::plan::{Direction, Group, PlanProblem, TargetKind};
use bac_yen_plan::model::plan_edit::{
    add_indicator, copy_of, edit_plan, remove_indicator, EditError, INDICATOR_FIELDS, PLAN_FIELDS,
};
use bac_yen_plan::model::plan_file::{read_plan_file, write_plan_file, PLAN_FILE_TYPE};
use bac_yen_plan::model::plans::{blank_plan, BUILT_IN};
use bac_yen_plan::model::read_error::ReadError;
use bac_yen_plan::model::record::{load, Loaded, Record, SCHEMA};
use bac_yen_plan::model::scenario::{Scenario, Workspace, REFERENCE_ID};
use bac_yen_plan::model::status::assess_list;
use bac_yen_plan::model::{Plan, PlanError};
use proptest::prelude::*;

fn built_in() -> Plan {
    Plan::bundled().unwrap()
}

/// A plan of `n` indicators of every kind and direction the editor offers.
fn plan_of(n: usize) -> Plan {
    let mut p = blank_plan("Kế hoạch thử", "Test plan", &built_in());
    for _ in 1..n {
        p = add_indicator(&p);
    }
    let kinds = ["level", "rate", "growth", "change", "cumulative"];
    let dirs = [
        "at_least", "above", "at_most", "below", "hold", "about", "range",
    ];
    for k in 0..n {
        let kind = kinds[k % kinds.len()];
        let value = match kind {
            "rate" => "60",
            "growth" => "4.5",
            "change" => "20",
            "cumulative" => "700",
            _ => "130",
        };
        p = edit_plan(&p, Some(k), "value", value, Lang::En).unwrap();
        p = edit_plan(&p, Some(k), "kind", kind, Lang::En).unwrap();
        p = edit_plan(
            &p,
            Some(k),
            "direction",
            dirs[(k / 5) % dirs.len()],
            Lang::En,
        )
        .unwrap();
        if k % 3 == 0 {
            p = edit_plan(&p, Some(k), "group", "economy", Lang::En).unwrap();
        }
    }
    p
}

fn invalid(e: Result<Plan, EditError>) -> PlanProblem {
    match e {
        Err(EditError::Plan(PlanError::Invalid { problem, .. })) => problem,
        other => panic!("expected a plan problem, got {other:?}"),
    }
}

#[test]
fn every_field_the_editor_writes_is_read_and_checked() {
    let p = blank_plan("Kế hoạch năm 2026", "Plan for 2026", &built_in());
    let set = |field: &str, typed: &str| edit_plan(&p, Some(0), field, typed, Lang::Vi);
    // Each field takes a good value...
    let good = [
        ("id", "tn-1"),
        ("name_vi", "Thu nhập bình quân"),
        ("name_en", "Average income"),
        ("unit_vi", "triệu đồng"),
        ("unit_en", "million VND"),
        ("group", "society"),
        ("kind", "growth"),
        ("direction", "above"),
        ("value", "4.500"),
        ("year", "2028"),
        ("each_year", "true"),
        ("ceiling", "500"),
        ("integer", "true"),
        ("baseline", "1.250,5"),
        ("illustrative", "false"),
        ("method", "linear"),
        ("parameter", "9,9"),
        ("text", "đạt 4.500"),
        ("note_vi", "ghi chú"),
        ("note_en", "a note"),
        ("spread", "2"),
        ("high", "200"),
    ];
    assert_eq!(good.len(), INDICATOR_FIELDS.len());
    for (field, typed) in good {
        let next = set(field, typed).unwrap_or_else(|e| panic!("{field}: {e:?}"));
        assert_ne!(next, p, "{field} changed nothing");
    }
    let ind = |f: &str, t: &str| set(f, t).unwrap().indicators[0].clone();
    let sixty = set("value", "60").unwrap();
    assert_eq!(ind("value", "4.500").target.value, 4500.0);
    assert_eq!(ind("baseline", "1.250,5").baseline.value, 1250.5);
    assert!(!ind("baseline", "90").baseline.illustrative);
    assert_eq!(ind("group", "society").group, Group::Society);
    assert!(set("group", "society")
        .unwrap()
        .groups
        .iter()
        .any(|g| g.id == Group::Society));
    assert_eq!(ind("direction", "above").target.direction, Direction::Above);
    assert_eq!(
        edit_plan(&sixty, Some(0), "kind", "rate", Lang::Vi)
            .unwrap()
            .indicators[0]
            .ceiling,
        Some(100.0)
    );
    assert_eq!(
        invalid(set("kind", "rate")),
        PlanProblem::TargetOutsideCeiling
    );
    assert_eq!(
        ind("method", "linear").assumption.method,
        Method::Linear { per_year: 5.0 }
    );
    // ...and refuses a bad one, saying why, with the plan unchanged.
    assert_eq!(
        set("value", "4.5.00"),
        Err(EditError::Number(NumberError::NotANumber))
    );
    assert!(matches!(
        set("value", "0.125"),
        Err(EditError::Number(NumberError::Ambiguous { .. }))
    ));
    assert_eq!(
        set("year", "hai nghìn"),
        Err(EditError::Number(NumberError::NotANumber))
    );
    assert_eq!(invalid(set("year", "2031")), PlanProblem::TargetYear);
    assert_eq!(invalid(set("year", "2025")), PlanProblem::TargetYear);
    assert_eq!(invalid(set("id", "")), PlanProblem::BadId);
    assert_eq!(invalid(set("id", "a b")), PlanProblem::BadId);
    assert_eq!(invalid(set("id", &"x".repeat(25))), PlanProblem::BadId);
    assert_eq!(
        invalid(set("baseline", "-3")),
        PlanProblem::NegativeBaseline
    );
    assert_eq!(
        invalid(set("ceiling", "110")),
        PlanProblem::TargetOutsideCeiling
    );
    assert_eq!(
        invalid(edit_plan(&sixty, Some(0), "ceiling", "90", Lang::Vi)),
        PlanProblem::Ceiling
    );
    assert_eq!(
        invalid(set("unit_vi", &"đ".repeat(41))),
        PlanProblem::UnitTooLong
    );
    assert_eq!(invalid(set("value", "-1")), PlanProblem::NegativeTarget);
    assert!(matches!(
        invalid(set("parameter", "5000")),
        PlanProblem::DefaultAssumption(AssumptionError::OutOfRange { .. })
    ));
    let rate = edit_plan(&sixty, Some(0), "kind", "rate", Lang::Vi).unwrap();
    assert_eq!(
        invalid(edit_plan(&rate, Some(0), "value", "120", Lang::Vi)),
        PlanProblem::TargetOutsideCeiling
    );
    let growth = set("kind", "growth").unwrap();
    assert_eq!(
        invalid(edit_plan(&growth, Some(0), "value", "-100", Lang::Vi)),
        PlanProblem::GrowthBelowMinus100
    );
    let mut empty_names = set("name_vi", "").unwrap();
    assert_eq!(
        invalid(edit_plan(&empty_names, Some(0), "name_en", " ", Lang::Vi)),
        PlanProblem::NoName
    );
    empty_names = add_indicator(&empty_names);
    assert_eq!(
        invalid(edit_plan(&empty_names, Some(1), "id", "1", Lang::Vi)),
        PlanProblem::DuplicateId
    );
    // A range gets a high end to set, above its value; one at or below it is refused.
    let r = set("direction", "range").unwrap();
    assert_eq!(r.indicators[0].target.high, Some(132.0));
    assert_eq!(
        invalid(edit_plan(&r, Some(0), "high", "100", Lang::Vi)),
        PlanProblem::RangeHigh
    );
    assert_eq!(
        invalid(edit_plan(&r, Some(0), "high", "", Lang::Vi)),
        PlanProblem::RangeHigh
    );
    assert_eq!(
        edit_plan(&r, Some(0), "high", "150", Lang::Vi)
            .unwrap()
            .indicators[0]
            .target
            .high,
        Some(150.0)
    );
    assert_eq!(set("kind", "term_change"), Err(EditError::UnknownChoice));
    assert_eq!(set("direction", "sideways"), Err(EditError::UnknownChoice));
    assert_eq!(set("method", "path"), Err(EditError::UnknownChoice));
    assert_eq!(set("colour", "red"), Err(EditError::UnknownChoice));
    assert_eq!(
        edit_plan(&p, Some(9), "value", "1", Lang::Vi),
        Err(EditError::NoSuchIndicator)
    );
    // The plan's own fields.
    let plan_good = [
        ("title_vi", "Kế hoạch 2026"),
        ("title_en", "Plan 2026"),
        ("number", "05/NQ-HĐND"),
        ("commune_vi", "xã Tà Xùa"),
        ("commune_en", "Tà Xùa commune"),
        ("base_year", "2026"),
        ("horizon", "2029"),
    ];
    assert_eq!(plan_good.len(), PLAN_FIELDS.len());
    for (field, typed) in plan_good {
        let next = edit_plan(&p, None, field, typed, Lang::Vi).unwrap();
        assert_ne!(next, p, "{field}");
    }
    let moved = edit_plan(&p, None, "base_year", "2026", Lang::Vi).unwrap();
    assert_eq!(
        (
            moved.base_year,
            moved.horizon,
            moved.indicators[0].target.year
        ),
        (2026, 2031, 2031)
    );
    assert_eq!(moved.indicators[0].baseline.year, 2026);
    let untitled = edit_plan(&p, None, "title_vi", "", Lang::Vi).unwrap();
    assert_eq!(
        invalid(edit_plan(&untitled, None, "title_en", "", Lang::Vi)),
        PlanProblem::NoPlanName
    );
    assert_eq!(
        invalid(edit_plan(&p, None, "horizon", "2025", Lang::Vi)),
        PlanProblem::Horizon
    );
    assert_eq!(
        invalid(edit_plan(&p, None, "base_year", "1500", Lang::Vi)),
        PlanProblem::BaseYear
    );
    // A plan keeps one indicator at least.
    assert!(matches!(remove_indicator(&p, 0), Err(EditError::Plan(_))));
    assert_eq!(
        remove_indicator(&add_indicator(&p), 0)
            .unwrap()
            .indicators
            .len(),
        1
    );
}

#[test]
fn the_built_in_plan_passes_the_editors_checks_and_its_copy_is_named_apart() {
    let b = built_in();
    b.validate().unwrap();
    let c = copy_of(&b, "bản sao", "copy");
    assert!(c.resolution.title_vi.ends_with("(bản sao)"));
    assert_eq!(c.indicators, b.indicators);
}

#[test]
fn plan_files_round_trip_with_their_figures_and_refuse_what_is_wrong() {
    for plan in [built_in(), plan_of(1), plan_of(150)] {
        let mut facts = FactSheet::new();
        let id = plan.indicators[0].id.clone();
        facts.insert(
            id.clone(),
            Facts {
                baseline: Some(42.0),
                actuals: [(2026, 44.0)].into(),
                changed_ms: 5.0,
                ..Facts::default()
            },
        );
        let text = write_plan_file("k1", &plan, &facts, "test", 1.0);
        assert!(text.contains(PLAN_FILE_TYPE));
        let read = read_plan_file(&text).unwrap();
        assert_eq!(read.plan, plan);
        assert_eq!(read.id, "k1");
        assert_eq!(read.facts, facts);
        assert!(read.problems.is_empty());
        // A byte-order mark in front (Notepad) changes nothing.
        assert_eq!(
            read_plan_file(&format!("\u{feff}{text}")).unwrap().plan,
            plan
        );
    }
    let text = write_plan_file("k1", &plan_of(2), &FactSheet::new(), "test", 1.0);
    let newer = text.replace("\"version\":1", "\"version\":9");
    assert!(matches!(
        read_plan_file(&newer),
        Err(ReadError::NewerVersion { version: 9, .. })
    ));
    let other = text.replace(PLAN_FILE_TYPE, "bac-yen-plan/scenarios");
    assert!(matches!(
        read_plan_file(&other),
        Err(ReadError::WrongType { .. })
    ));
    let bad_year = text.replace("\"year\":2030", "\"year\":2040");
    assert!(matches!(
        read_plan_file(&bad_year),
        Err(ReadError::BadPlan(PlanError::Invalid {
            problem: PlanProblem::TargetYear,
            ..
        }))
    ));
    assert!(matches!(
        read_plan_file(&text[..text.len() / 2]),
        Err(ReadError::NotJson { .. })
    ));
    assert!(matches!(
        read_plan_file("{\"type\":\"bac-yen-plan/plan\",\"version\":1}"),
        Err(ReadError::Shape { .. })
    ));
    // A figure that cannot be used costs only itself.
    let p = plan_of(2);
    let mut facts = FactSheet::new();
    facts.insert(
        "1".into(),
        Facts {
            baseline: Some(-5.0),
            actuals: [(2027, 3.0)].into(),
            changed_ms: 1.0,
            ..Facts::default()
        },
    );
    let read = read_plan_file(&write_plan_file("k1", &p, &facts, "t", 1.0)).unwrap();
    assert_eq!(read.problems.len(), 1);
    assert_eq!(read.facts["1"].actuals[&2027], 3.0);
    assert_eq!(read.facts["1"].baseline, None);
}

fn saved_and_loaded(w: &Workspace) -> Workspace {
    let record = Record {
        schema: SCHEMA,
        app_version: "t".into(),
        saved_ms: 1.0,
        revision: 1,
        lang: None,
        workspace: w.clone(),
    };
    match load(Some(&record.encode()), None, &built_in()) {
        Loaded::Found { record, problems } => {
            assert!(problems.is_empty(), "{problems:?}");
            record.workspace
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn many_plans_side_by_side_each_with_its_scenarios_and_figures() {
    let b = built_in();
    let mut w = Workspace::starting("a".into(), "A", 1.0);
    let id = w.add_plan(plan_of(3), FactSheet::new(), 2.0).unwrap();
    assert_eq!(w.plan, id);
    assert_eq!(w.active, REFERENCE_ID, "a new plan starts on its reference");
    w.add(Scenario::new("k1".into(), "K1", 3.0));
    assert_eq!(w.get("k1").unwrap().plan, id);
    assert_eq!(w.scenarios_of(&id).count(), 1);
    assert_eq!(w.scenarios_of(BUILT_IN).count(), 1);
    // Figures typed in one plan stay in it.
    let p = w.shown_plan(&b).clone();
    let mut a = w.get("k1").unwrap().assumptions_for(&p, w.facts_of(&id))[0].clone();
    a.baseline = Some(77.0);
    w.edit_assumption(&p, "k1", 0, a, 4.0);
    assert_eq!(w.facts_of(&id)["1"].baseline, Some(77.0));
    assert!(
        !w.facts.contains_key("1"),
        "the built-in plan's sheet is untouched"
    );
    // Switching shows each plan's own scenario.
    w.show_plan(BUILT_IN);
    assert_eq!(w.active, "a");
    w.show_plan(&id);
    assert_eq!(w.active, "k1");
    // Saved and loaded unchanged; every projection the same.
    let back = saved_and_loaded(&w);
    assert_eq!(back, w);
    let s = back.get("k1").unwrap();
    assert_eq!(
        assess_list(&p, &s.in_force(&p, back.facts_of(&id))),
        assess_list(&p, &w.get("k1").unwrap().in_force(&p, w.facts_of(&id)))
    );
    // Deleting a plan takes its scenarios with it and shows the built-in plan.
    let before = w.clone();
    assert!(w.delete_plan(&id, 9.0));
    assert!(w.get("k1").is_none());
    assert_eq!((w.plan.as_str(), w.active.as_str()), (BUILT_IN, "a"));
    // Another tab's older copy does not bring it back...
    let merged = w.merge(&before);
    assert!(merged.own_plan(&id).is_none() && merged.get("k1").is_none());
    // ...while a tab that changed the plan after the deletion keeps it.
    let mut later = before.clone();
    later.plans[0].changed_ms = 10.0;
    later.get_mut("k1").unwrap().changed_ms = 10.0;
    let merged = w.merge(&later);
    assert!(merged.own_plan(&id).is_some() && merged.get("k1").is_some());
    // The built-in plan is never deleted.
    assert!(!w.delete_plan(BUILT_IN, 11.0));
    // A plan from a file keeps the id it had where it was made (so that browser's share
    // links find it here), unless the id is taken or was deleted here.
    let kept = w
        .add_plan_as("k42", plan_of(1), FactSheet::new(), 12.0)
        .unwrap();
    assert_eq!(kept, "k42");
    let again = w
        .add_plan_as("k42", plan_of(1), FactSheet::new(), 13.0)
        .unwrap();
    assert_ne!(again, "k42");
    let gone = w
        .add_plan_as(&id, plan_of(1), FactSheet::new(), 14.0)
        .unwrap();
    assert_ne!(gone, id, "a deleted plan's id is not reused");
}

#[test]
fn a_stored_plan_that_fails_its_checks_is_reported_with_its_scenarios_not_read_silently() {
    let mut w = Workspace::starting("a".into(), "A", 1.0);
    let id = w.add_plan(plan_of(2), FactSheet::new(), 2.0).unwrap();
    w.add(Scenario::new("k1".into(), "K1", 3.0));
    w.plans[0].plan.indicators[0].target.year = 2099;
    let record = Record {
        schema: SCHEMA,
        app_version: String::new(),
        saved_ms: 1.0,
        revision: 1,
        lang: None,
        workspace: w,
    };
    match load(Some(&record.encode()), None, &built_in()) {
        Loaded::Found { record, problems } => {
            assert!(record.workspace.own_plan(&id).is_none());
            assert_eq!(record.workspace.plan, BUILT_IN);
            assert_eq!(record.workspace.active, "a");
            assert!(problems.len() >= 2, "{problems:?}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn removing_an_indicator_or_changing_its_kind_keeps_the_assumptions_aside_and_brings_them_back() {
    let b = built_in();
    let mut w = Workspace::starting("a".into(), "A", 1.0);
    let id = w.add_plan(plan_of(3), FactSheet::new(), 2.0).unwrap();
    w.add(Scenario::new("k1".into(), "K1", 3.0));
    let p = w.shown_plan(&b).clone();
    let mut a = p.indicators[1].assumption.clone();
    a.method = Method::Compound { rate_pct: 7.5 };
    w.edit_assumption(&p, "k1", 1, a.clone(), 4.0);
    let mine = |w: &Workspace| w.get("k1").unwrap().assumptions.get("2").cloned();
    assert_eq!(mine(&w), Some(a.clone()));
    // Removed: aside, not lost.
    let without = remove_indicator(&p, 1).unwrap();
    w.replace_plan(&id, without.clone(), 5.0).unwrap();
    assert_eq!(mine(&w), None);
    assert_eq!(w.aside_count(&id), 1);
    assert_eq!(saved_and_loaded(&w), w, "what is aside survives saving");
    // Back (the same id and kind): restored.
    let mut again = add_indicator(&without);
    again = edit_plan(&again, Some(2), "id", "2", Lang::Vi).unwrap();
    again = edit_plan(&again, Some(2), "value", "60", Lang::Vi).unwrap();
    again = edit_plan(
        &again,
        Some(2),
        "kind",
        p.indicators[1].target.kind.key(),
        Lang::Vi,
    )
    .unwrap();
    w.replace_plan(&id, again.clone(), 6.0).unwrap();
    assert_eq!(mine(&w), Some(a.clone()));
    assert_eq!(w.aside_count(&id), 0);
    // Its kind changed: aside; changed back: restored.
    let k = again.indicators.iter().position(|i| i.id == "2").unwrap();
    let other_kind = if again.indicators[k].target.kind == TargetKind::Level {
        "cumulative"
    } else {
        "level"
    };
    let changed = edit_plan(&again, Some(k), "kind", other_kind, Lang::Vi).unwrap();
    let changed = edit_plan(&changed, Some(k), "value", "90", Lang::Vi).unwrap();
    w.replace_plan(&id, changed, 7.0).unwrap();
    assert_eq!(mine(&w), None);
    w.replace_plan(&id, again, 8.0).unwrap();
    assert_eq!(mine(&w), Some(a));
    // A plan that fails a check changes nothing.
    let mut broken = w.shown_plan(&b).clone();
    broken.indicators[0].target.year = 1999;
    let before = w.clone();
    assert!(w.replace_plan(&id, broken, 9.0).is_err());
    assert_eq!(w, before);
}

/// A plan as the editor can make it: a sequence of (row, field, value) edits, each kept
/// only where it passes.
fn edited_plan() -> impl Strategy<Value = Plan> {
    let edit = (
        0usize..6,
        0usize..INDICATOR_FIELDS.len(),
        prop::sample::select(vec![
            "1",
            "2,5",
            "4.500",
            "120",
            "2028",
            "true",
            "false",
            "rate",
            "growth",
            "level",
            "above",
            "below",
            "hold",
            "economy",
            "ungrouped",
            "linear",
            "decline",
            "x-1",
            "",
            "Tên mới",
            "-3",
        ]),
    );
    (1usize..6, prop::collection::vec(edit, 0..30)).prop_map(|(n, edits)| {
        let mut p = plan_of(n);
        for (row, field, typed) in edits {
            if let Ok(next) = edit_plan(
                &p,
                Some(row % p.indicators.len()),
                INDICATOR_FIELDS[field],
                typed,
                Lang::Vi,
            ) {
                p = next;
            }
        }
        p
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_plan_the_editor_makes_survives_a_file_and_storage_unchanged(p in edited_plan()) {
        p.validate().unwrap();
        let read = read_plan_file(&write_plan_file("k1", &p, &FactSheet::new(), "t", 1.0)).unwrap();
        prop_assert_eq!(&read.plan, &p);
        let mut w = Workspace::starting("a".into(), "A", 1.0);
        w.add_plan(p, FactSheet::new(), 2.0).unwrap();
        w.add(Scenario::new("k".into(), "K", 3.0));
        prop_assert_eq!(saved_and_loaded(&w), w);
    }

    #[test]
    fn editing_a_plan_never_loses_a_scenarios_assumption(p in edited_plan(), q in edited_plan()) {
        let b = built_in();
        let mut w = Workspace::starting("a".into(), "A", 1.0);
        let id = w.add_plan(p.clone(), FactSheet::new(), 2.0).unwrap();
        w.add(Scenario::new("k".into(), "K", 3.0));
        for (k, ind) in p.indicators.iter().enumerate() {
            let mut a = ind.assumption.clone();
            a.spread = Some(bac_yen_plan::model::Spread::Around { width: 1.0 + k as f64 });
            w.edit_assumption(&p, "k", k, a, 4.0);
        }
        let count = |w: &Workspace| {
            let s = w.get("k").unwrap();
            s.assumptions.len() + s.aside.len()
        };
        let before = count(&w);
        // To another plan entirely and back: every assumption is in use or aside.
        w.replace_plan(&id, q, 5.0).unwrap();
        prop_assert_eq!(count(&w), before);
        w.replace_plan(&id, p.clone(), 6.0).unwrap();
        prop_assert_eq!(count(&w), before);
        prop_assert_eq!(w.get("k").unwrap().aside.len(), 0);
        let _ = w.shown_plan(&b);
    }
}

/// Schema 3 as the release build wrote it (`make fixtures`): a copy of the built-in plan
/// with one indicator removed (a scenario's assumption for it kept aside), a figure of
/// its own, the built-in plan shown; read with no repair and written again unchanged.
/// Schema 2 records (no plans) read as before: the earlier fixtures' tests hold.
#[test]
fn the_schema_3_record_a_release_build_wrote_loads_unchanged() {
    let b = built_in();
    let v: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/storage/schema-3.json")).unwrap();
    let raw = v["bacyen.record"].as_str().unwrap();
    let Loaded::Found { record, problems } = load(Some(raw), None, &b) else {
        panic!("loads");
    };
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(record.schema, 3);
    let w = &record.workspace;
    assert_eq!(w.plan, BUILT_IN);
    assert_eq!(w.plans.len(), 1);
    let own = &w.plans[0];
    assert_eq!(own.plan.indicators.len(), 36);
    assert!(own.plan.indicator("1").is_none());
    assert_eq!(own.facts["6"].baseline, Some(61.0));
    assert_eq!(
        w.facts["6"].baseline,
        Some(57.0),
        "the built-in plan's figure is its own"
    );
    assert_eq!(w.scenarios_of(BUILT_IN).count(), 2);
    assert_eq!(w.scenarios_of(&own.id).count(), 2);
    let kept: usize = w.scenarios_of(&own.id).map(|s| s.aside.len()).sum();
    assert_eq!(kept, 1, "the removed indicator's assumption is kept aside");
    let again = record.encode();
    assert!(matches!(load(Some(&again), None, &b), Loaded::Found { record: r, .. } if r == record));
}
