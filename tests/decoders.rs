#![cfg(not(target_arch = "wasm32"))]
//! Every decoder against arbitrary input (never a panic) and every encoder against its
//! decoder (a round trip gives back the same scenario).

use bac_yen_plan::model::compress::{base64url, compress, decompress, from_base64url};
use bac_yen_plan::model::exchange::{read_file, read_link, write_file, write_link};
use bac_yen_plan::model::record::{load, Loaded, Record, SCHEMA};
use bac_yen_plan::model::{Plan, Scenario, Workspace};
use proptest::prelude::*;

fn plan() -> &'static Plan {
    use std::sync::OnceLock;
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(|| Plan::bundled().unwrap())
}

/// A valid scenario: any name and note, any subset of indicators with any parameter
/// inside the method's bounds and any physical baseline.
fn scenario() -> impl Strategy<Value = Scenario> {
    let n = plan().indicators.len();
    (
        "[^\\p{C}]{1,40}",
        "[^\\p{C}]{0,80}",
        -100.0..100.0f64,
        proptest::collection::vec((0..n, 0.0..1.0f64, proptest::option::of(0.0..1.0f64)), 0..n),
    )
        .prop_map(|(name, note, pace, edits)| {
            let plan = plan();
            let mut s = Scenario::new("id".into(), &name, 1.0);
            s.note = note.trim().to_string();
            s.pace_pct = pace;
            for (i, t, b) in edits {
                let ind = &plan.indicators[i];
                let mut a = ind.assumption.clone();
                if a.method.parameter().is_some() {
                    let (lo, hi) = a.method.parameter_bounds(&ind.limits());
                    a.method = a.method.with_parameter(lo + (hi - lo) * t);
                }
                a.baseline = b.map(|f| f * ind.ceiling.unwrap_or(1e6));
                // A scenario's own 2025 figure is one it keeps for itself (model::facts).
                if a.baseline.is_some() {
                    s.own_figures.insert(ind.id.clone());
                }
                s.set_assumption(plan, i, a);
            }
            s
        })
        .prop_filter("a name left after trimming", |s| !s.name.is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn decoders_never_panic_on_any_text(text in "\\PC{0,400}") {
        let _ = read_file(&text, plan());
        let _ = read_link(&text, plan());
        let _ = load(Some(&text), Some(&text), plan());
        let _ = from_base64url(&text);
    }

    #[test]
    fn decoders_never_panic_on_json_like_text(
        parts in proptest::collection::vec(prop_oneof![
            Just("{"), Just("}"), Just("["), Just("]"), Just(","), Just(":"), Just("\"type\""),
            Just("\"bac-yen-plan/scenarios\""), Just("\"version\""), Just("1"), Just("-1e999"),
            Just("\"scenarios\""), Just("\"schema\""), Just("\"workspace\""), Just("\"name\""),
            Just("\"assumptions\""), Just("\"method\""), Just("\"compound\""), Just("null"),
        ], 0..60)
    ) {
        let text = parts.concat();
        let _ = read_file(&text, plan());
        let _ = load(Some(&text), None, plan());
        let link = format!("s1.{}", base64url(&compress(text.as_bytes())));
        let _ = read_link(&link, plan());
    }

    #[test]
    fn decompress_never_panics_and_respects_its_limit(data in proptest::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(out) = decompress(&data, 1000) {
            prop_assert!(out.len() <= 1000);
        }
    }

    #[test]
    fn compression_and_base64_round_trip(data in proptest::collection::vec(any::<u8>(), 0..2000)) {
        prop_assert_eq!(decompress(&compress(&data), 1 << 20).unwrap(), data.clone());
        prop_assert_eq!(from_base64url(&base64url(&data)).unwrap(), data);
    }

    #[test]
    fn a_scenario_survives_file_link_and_store(s in scenario()) {
        let plan = plan();
        let (checked, problems) = s.clone().checked(plan);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        prop_assert_eq!(&checked, &s);

        let file = read_file(&write_file(std::slice::from_ref(&s), "t", 0.0), plan).unwrap();
        prop_assert_eq!(&file.scenarios, &vec![s.clone()]);

        let (linked, problems) = read_link(&write_link(&s), plan).unwrap();
        prop_assert!(problems.is_empty());
        prop_assert!(linked.same_content(&s));

        let record = Record {
            schema: SCHEMA,
            app_version: "t".into(),
            saved_ms: 0.0,
            revision: 1,
            lang: None,
            workspace: Workspace { active: s.id.clone(), scenarios: vec![s.clone()], ..Default::default() },
        };
        match load(Some(&record.encode()), None, plan) {
            Loaded::Found { record: back, problems, .. } => {
                prop_assert!(problems.is_empty());
                prop_assert_eq!(back, record);
            }
            other => prop_assert!(false, "{:?}", other),
        }
    }
}

/// A workspace as two tabs might hold it: scenarios with ids from a small set (so the two
/// sides share some), change times, and deletions.
fn workspace() -> impl Strategy<Value = Workspace> {
    (
        proptest::collection::vec((0u8..6, "[a-z]{1,5}", 0u32..100), 0..6),
        proptest::collection::vec((0u8..6, 0u32..100), 0..3),
    )
        .prop_map(|(list, deleted)| {
            let mut w = Workspace::default();
            for (id, name, t) in list {
                let id = format!("s{id}");
                if w.get(&id).is_none() {
                    let mut s = Scenario::new(id, &name, f64::from(t));
                    s.changed_ms = f64::from(t);
                    w.scenarios.push(s);
                }
            }
            for (id, t) in deleted {
                w.deleted.insert(format!("s{id}"), f64::from(t) + 0.5);
            }
            w.scenarios
                .retain(|s| w.deleted.get(&s.id).is_none_or(|&t| s.changed_ms > t));
            w.active = w
                .scenarios
                .first()
                .map(|s| s.id.clone())
                .unwrap_or_else(|| "plan".into());
            w
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Neither tab's newer work is lost: every scenario either side holds is in the merge
    /// in its latest version, unless a later deletion removed it; merging again changes
    /// nothing; both orders keep the same scenarios.
    #[test]
    fn merging_two_tabs_loses_no_newer_work(a in workspace(), b in workspace()) {
        let m = a.merge(&b);
        for s in a.scenarios.iter().chain(&b.scenarios) {
            let deleted_after = m.deleted.get(&s.id).is_some_and(|&t| t >= s.changed_ms);
            match m.get(&s.id) {
                Some(kept) => prop_assert!(kept.changed_ms >= s.changed_ms),
                None => prop_assert!(deleted_after, "{} lost", s.id),
            }
        }
        prop_assert_eq!(&m.merge(&b), &m);
        prop_assert_eq!(&m.merge(&a), &m);
        let mut x: Vec<_> = m.scenarios.iter().map(|s| (s.id.clone(), s.changed_ms)).collect();
        let mut y: Vec<_> = b.merge(&a).scenarios.iter().map(|s| (s.id.clone(), s.changed_ms)).collect();
        x.sort_by(|p, q| p.0.cmp(&q.0));
        y.sort_by(|p, q| p.0.cmp(&q.0));
        prop_assert_eq!(x, y);
    }
}
