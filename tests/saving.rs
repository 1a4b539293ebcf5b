//! Saving, driven on the host: each path that lost work or misread a number before
//! (issue 11's list, by number), then random sequences of events against a simulated
//! store: no sequence writes over text it could not read or set aside, and no scenario
//! that was stored is lost.

use bac_yen_plan::model::assumption::{Assumption, Field, Method};
use bac_yen_plan::model::exchange::read_file;
use bac_yen_plan::model::history::History;
use bac_yen_plan::model::number::Lang;
use bac_yen_plan::model::record::{load, Loaded, Record, StoreFailure, QUARANTINE_KEY, SCHEMA};
use bac_yen_plan::model::saver::{
    set_aside_plan, Banner, Effect, Event, SaveStatus, Saver, Why, WriteFailure, MAX_SET_ASIDE,
};
use bac_yen_plan::model::scenario::{Scenario, ScenarioProblem, Workspace};
use bac_yen_plan::model::solve::required_at_pace;
use bac_yen_plan::model::Plan;
use proptest::prelude::*;
use std::sync::OnceLock;

const VERSION: &str = "0.2.0";

fn plan() -> &'static Plan {
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(|| Plan::bundled().unwrap())
}

/// The browser's store as the shell sees it: the record, the set-aside copies, and
/// whether writes fail.
#[derive(Debug, Default, Clone)]
struct Store {
    record: Option<String>,
    asides: Vec<(String, String)>,
    full: bool,
    /// Every text the record key held, in order, with what the saver wrote it over.
    overwritten: Vec<(Option<String>, String)>,
}

/// What `ui/saving.rs` does: store effects carried out at once, results fed back.
fn drive(saver: &mut Saver, store: &mut Store, event: Event, now: f64) -> Vec<Effect> {
    let mut page = Vec::new();
    let mut queue: std::collections::VecDeque<Effect> = saver.handle(event, plan(), now).into();
    while let Some(e) = queue.pop_front() {
        let answer = match e {
            Effect::Read => Event::Read(Ok(store.record.clone())),
            Effect::SetAside { raw } => {
                let p = set_aside_plan(&store.asides, &raw, now);
                if store.full && p.write {
                    Event::SetAside(Err(StoreFailure::Full))
                } else {
                    if p.write {
                        store.asides.push((p.key.clone(), raw));
                    }
                    store.asides.retain(|(k, _)| !p.remove.contains(k));
                    Event::SetAside(Ok((p.key, p.remove.len())))
                }
            }
            Effect::Write { text } => {
                if store.full {
                    Event::Written(Err(WriteFailure::Store(StoreFailure::Full)))
                } else {
                    store.overwritten.push((store.record.clone(), text.clone()));
                    store.record = Some(text);
                    Event::Written(Ok(()))
                }
            }
            other => {
                page.push(other);
                continue;
            }
        };
        for e in saver.handle(answer, plan(), now).into_iter().rev() {
            queue.push_front(e);
        }
    }
    page
}

fn start(store: &mut Store) -> (Saver, Workspace, Vec<Effect>) {
    let mut saver = Saver::new(VERSION);
    let loaded = Event::Loaded {
        stored: Ok(store.record.clone()),
        legacy_lang: None,
    };
    let mut effects = drive(&mut saver, store, loaded, 1.0);
    let mut workspace = Workspace::starting("fresh".into(), "Kịch bản 1", 1.0);
    effects.retain(|e| match e {
        Effect::Start {
            workspace: Some(w), ..
        } => {
            workspace = w.clone();
            false
        }
        Effect::Start { .. } => false,
        _ => true,
    });
    (saver, workspace, effects)
}

fn flush(saver: &mut Saver, store: &mut Store, w: &Workspace, now: f64) -> Vec<Effect> {
    drive(
        saver,
        store,
        Event::Flush {
            workspace: w.clone(),
            lang: Lang::Vi,
        },
        now,
    )
}

fn record_text(w: &Workspace, app_version: &str, revision: u64) -> String {
    Record {
        schema: SCHEMA,
        app_version: app_version.into(),
        saved_ms: 5.0,
        revision,
        lang: Some("vi".into()),
        workspace: w.clone(),
    }
    .encode()
}

fn scenario(id: &str, name: &str, t: f64) -> Scenario {
    let mut s = Scenario::new(id.into(), name, t);
    s.changed_ms = t;
    s
}

fn workspace(list: &[Scenario]) -> Workspace {
    Workspace {
        active: list.first().map(|s| s.id.clone()).unwrap_or_default(),
        scenarios: list.to_vec(),
        deleted: Default::default(),
        facts: Default::default(),
        plans: Vec::new(),
        plan: String::new(),
    }
}

fn banners(effects: &[Effect]) -> Vec<&Banner> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Banner(b) => Some(b),
            _ => None,
        })
        .collect()
}

fn wrote(effects_store: &Store) -> usize {
    effects_store.overwritten.len()
}

#[test]
fn i01_a_repair_that_cannot_be_set_aside_is_never_written_over() {
    // A record with one bad value (a negative baseline) loads "repaired"; the store is
    // too full for the copy: nothing more is written, ever.
    let mut s = scenario("a", "Thu ngân sách", 2.0);
    let mut a = plan().indicators[0].assumption.clone();
    a.baseline = Some(-3.0);
    s.assumptions.insert("1".into(), a);
    let original = record_text(&workspace(&[s]), VERSION, 4);
    let mut store = Store {
        record: Some(original.clone()),
        full: true,
        ..Store::default()
    };
    let (mut saver, w, effects) = start(&mut store);
    assert!(effects.contains(&Effect::Status(SaveStatus::NotSaved(Why::CannotSetAside))));
    assert!(matches!(
        banners(&effects)[..],
        [Banner::Repaired { key: None, .. }]
    ));
    store.full = false; // room again later: still not written over
    drive(&mut saver, &mut store, Event::Changed, 3.0);
    flush(&mut saver, &mut store, &w, 4.0);
    assert_eq!(store.record.as_deref(), Some(original.as_str()));
    assert_eq!(wrote(&store), 0);
}

#[test]
fn i14_a_corrupt_record_is_set_aside_once_with_one_banner() {
    let mut store = Store {
        record: Some("{\"schema\":1,\"workspace\":{\"scenarios\":[{\"id\":".into()),
        ..Store::default()
    };
    let raw = store.record.clone().unwrap();
    let (mut saver, w, effects) = start(&mut store);
    assert_eq!(banners(&effects).len(), 1);
    assert_eq!(
        store.asides,
        vec![(QUARANTINE_KEY.to_string(), raw.clone())]
    );
    // The first save finds the same text: it was this page's start, not another tab's.
    let effects = flush(&mut saver, &mut store, &w, 2.0);
    assert!(banners(&effects).is_empty(), "{effects:?}");
    assert_eq!(store.asides.len(), 1);
    assert_eq!(wrote(&store), 1);
    // A second page opening the same corrupt text does not copy it again either.
    let mut again = Store {
        record: Some(raw.clone()),
        asides: store.asides.clone(),
        ..Store::default()
    };
    start(&mut again);
    assert_eq!(again.asides.len(), 1);
}

#[test]
fn i09_an_empty_name_is_no_repair_and_copies_are_capped() {
    let text = record_text(&workspace(&[scenario("a", "", 2.0)]), VERSION, 1);
    match load(Some(&text), None, plan()) {
        Loaded::Found { problems, .. } => assert!(problems.is_empty(), "{problems:?}"),
        other => panic!("{other:?}"),
    }
    let mut store = Store {
        record: Some(text),
        ..Store::default()
    };
    for _ in 0..3 {
        start(&mut store);
    }
    assert!(store.asides.is_empty());
    // Eight different unreadable texts: at most five copies stay, the oldest go, and
    // the planner is told.
    let mut asides = Vec::new();
    let mut pruned = 0;
    for k in 0..8u64 {
        let p = set_aside_plan(&asides, &format!("broken {k}"), 1000.0 + k as f64);
        assert!(p.write);
        asides.push((p.key.clone(), format!("broken {k}")));
        asides.retain(|(key, _)| !p.remove.contains(key));
        pruned += p.remove.len();
        assert!(asides.len() <= MAX_SET_ASIDE);
    }
    assert_eq!(pruned, 3);
    assert_eq!(asides[0].1, "broken 3", "the oldest went first");
    let again = set_aside_plan(&asides, "broken 7", 5000.0);
    assert!(!again.write && again.remove.is_empty());
}

#[test]
fn i07_a_record_from_a_newer_app_version_is_not_written_over() {
    let theirs = workspace(&[scenario("n", "Mới", 9.0)]);
    let text = record_text(&theirs, "9.1.0", 3);
    let mut store = Store {
        record: Some(text.clone()),
        ..Store::default()
    };
    let (mut saver, w, effects) = start(&mut store);
    assert!(effects.iter().any(|e| matches!(
        e,
        Effect::Status(SaveStatus::NotSaved(Why::NewerApp { version })) if version == "9.1.0"
    )));
    flush(&mut saver, &mut store, &w, 2.0);
    assert_eq!(store.record.as_deref(), Some(text.as_str()));
    // The same when the newer tab writes while this one runs.
    let mut store = Store::default();
    let (mut saver, w, _) = start(&mut store);
    flush(&mut saver, &mut store, &w, 2.0);
    let effects = drive(
        &mut saver,
        &mut store,
        Event::OtherTab {
            text: Some(text.clone()),
            workspace: w.clone(),
        },
        3.0,
    );
    assert!(
        effects.contains(&Effect::Status(SaveStatus::NotSaved(Why::NewerApp {
            version: "9.1.0".into()
        })))
    );
    store.record = Some(text.clone());
    flush(&mut saver, &mut store, &w, 4.0);
    assert_eq!(store.record.as_deref(), Some(text.as_str()));
}

#[test]
fn i02_one_bad_number_costs_that_number_only() {
    let ind = &plan().indicators[0];
    let a = Assumption {
        method: Method::Compound { rate_pct: 7.5 },
        baseline: Some(41.0),
        actuals: [(2026, 44.0), (2027, -1.0), (2028, f64::NAN)]
            .into_iter()
            .collect(),
        ..ind.assumption.clone()
    };
    let (kept, changed) = a.repaired(&ind.limits(), &ind.assumption.method);
    assert_eq!(kept.method, Method::Compound { rate_pct: 7.5 });
    assert_eq!(kept.baseline, Some(41.0));
    assert_eq!(kept.actuals.len(), 1);
    let fields: Vec<Field> = changed.iter().map(|c| c.0).collect();
    assert_eq!(fields, [Field::Actual(2027), Field::Actual(2028)]);
    // A parameter beyond its bounds is brought to the bound, not dropped.
    let (kept, changed) = Assumption {
        method: Method::Compound { rate_pct: 5000.0 },
        ..ind.assumption.clone()
    }
    .repaired(&ind.limits(), &ind.assumption.method);
    assert_eq!(kept.method, Method::Compound { rate_pct: 1000.0 });
    assert_eq!(changed.len(), 1);
}

#[test]
fn i04_a_type_error_costs_one_value_not_the_workspace() {
    // A negative revision, an actuals year "2027.5", a null baseline, a word for a rate.
    let text = r#"{"schema":1,"app_version":"0.1.0","saved_ms":1,"revision":-4,"lang":"vi",
      "workspace":{"active":"b","scenarios":[
        {"id":"a","name":"Giữ nguyên","assumptions":{}},
        {"id":"b","name":"Có lỗi","pace_pct":-10,"assumptions":{
          "1":{"method":{"compound":{"rate_pct":8}},"baseline":null,"actuals":{"2026":44,"2027.5":45}},
          "6":{"method":{"points":{"pp_per_year":"nhanh"}},"baseline":58}}}]}}"#;
    let Loaded::Found { record, problems } = load(Some(text), None, plan()) else {
        panic!("salvaged");
    };
    assert_eq!(record.workspace.scenarios.len(), 2);
    assert_eq!(record.workspace.active, "b");
    let b = &record.workspace.scenarios[1];
    assert_eq!(b.pace_pct, -10.0);
    assert_eq!(
        b.assumptions["1"].method,
        Method::Compound { rate_pct: 8.0 }
    );
    // "b" was shown: its figures are the commune's now (schema 1 -> 2).
    assert_eq!(record.workspace.facts["1"].actuals.get(&2026), Some(&44.0));
    assert_eq!(record.workspace.facts["6"].baseline, Some(58.0));
    assert!(b.own_figures.is_empty());
    assert_eq!(
        b.assumptions["6"].method,
        plan().indicator("6").unwrap().assumption.method
    );
    assert!(problems
        .iter()
        .any(|(_, p)| matches!(p, ScenarioProblem::RecordValue { field } if field == "revision")));
    assert!(problems.len() >= 4, "{problems:?}");
}

#[test]
fn i05_the_set_aside_original_imports_as_scenarios() {
    let w = workspace(&[scenario("a", "Một", 1.0), scenario("b", "Hai", 2.0)]);
    let text = record_text(&w, "0.1.0", 3);
    let got = read_file(&text, plan()).expect("a stored record is a file the app reads");
    let names: Vec<&str> = got.scenarios.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Một", "Hai"]);
}

#[test]
fn i06_undo_after_another_tabs_merge_keeps_their_work() {
    // This tab: A. It edits A (one undo step). Another tab saves B; this tab adopts the
    // merge and rebases its history. Undo takes back the edit to A, never B.
    let a0 = workspace(&[scenario("a", "A", 1.0)]);
    let mut history = History::default();
    let mut a1 = a0.clone();
    a1.scenarios[0].pace_pct = -20.0;
    a1.scenarios[0].changed_ms = 2.0;
    history.record(a0.clone(), "pace", 2.0);
    let theirs = workspace(&[scenario("a", "A", 1.0), scenario("b", "B", 3.0)]);
    let merged = a1.merge(&theirs);
    history.rebase(|past| past.merge(&theirs));
    let back = history.undo(merged.clone()).unwrap();
    assert!(
        back.get("b").is_some(),
        "the other tab's scenario survives undo"
    );
    assert_eq!(back.get("a").unwrap().pace_pct, 0.0, "the edit is undone");
}

#[test]
fn i03_what_the_app_writes_it_reads_back_unchanged() {
    // "Dùng mức cần đạt" under an extreme pace: the value written stays within bounds, so
    // the record reads back with no repair.
    let plan = plan();
    let period = bac_yen_plan::model::project::Period::of(plan);
    let mut s = scenario("x", "Cực đoan", 1.0);
    s.pace_pct = -99.0;
    for (k, ind) in plan.indicators.iter().enumerate() {
        if let Ok(r) = required_at_pace(ind, &ind.assumption, -99.0, &plan.settings, period) {
            s.set_assumption(plan, k, ind.assumption.at_parameter(r));
        }
    }
    let text = record_text(&workspace(&[s.clone()]), VERSION, 1);
    match load(Some(&text), None, plan) {
        Loaded::Found { record, problems } => {
            assert!(problems.is_empty(), "{problems:?}");
            assert_eq!(record.workspace.scenarios[0], s);
        }
        other => panic!("{other:?}"),
    }
}

// ---- Random sequences ----

#[derive(Debug, Clone)]
enum Step {
    /// This tab adds a scenario (or edits one) and the change is saved.
    Edit(u8),
    /// Another tab writes a record holding these scenario numbers.
    OtherTab(Vec<u8>),
    /// Something writes garbage into the record key.
    Corrupt(u8),
    StoreFull(bool),
    Flush,
    Reload,
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let step = prop_oneof![
        4 => any::<u8>().prop_map(Step::Edit),
        2 => proptest::collection::vec(any::<u8>(), 0..4).prop_map(Step::OtherTab),
        1 => any::<u8>().prop_map(Step::Corrupt),
        1 => any::<bool>().prop_map(Step::StoreFull),
        3 => Just(Step::Flush),
        1 => Just(Step::Reload),
    ];
    proptest::collection::vec(step, 1..40)
}

/// Scenario ids a stored text holds, if it reads.
fn ids_in(text: &str) -> Option<Vec<String>> {
    match load(Some(text), None, plan()) {
        Loaded::Found { record, .. } => Some(
            record
                .workspace
                .scenarios
                .iter()
                .map(|s| s.id.clone())
                .collect(),
        ),
        _ => None,
    }
}

fn tombstones_in(text: &str) -> Vec<String> {
    match load(Some(text), None, plan()) {
        Loaded::Found { record, .. } => record.workspace.deleted.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_sequence_loses_work_or_writes_over_what_it_could_not_read(script in steps()) {
        let mut store = Store::default();
        let (mut saver, mut w, _) = start(&mut store);
        let mut now = 10.0;
        for step in script {
            now += 1.0;
            match step {
                Step::Edit(k) => {
                    let id = format!("mine-{}", k % 5);
                    match w.get_mut(&id) {
                        Some(s) => { s.pace_pct = f64::from(k % 50); s.changed_ms = now; }
                        None => w.add(scenario(&id, &id, now)),
                    }
                    drive(&mut saver, &mut store, Event::Changed, now);
                }
                Step::OtherTab(list) => {
                    let theirs: Vec<Scenario> = list.iter().map(|k| scenario(&format!("theirs-{}", k % 4), "T", now)).collect();
                    let mut ws = workspace(&theirs);
                    ws.scenarios.dedup_by(|a, b| a.id == b.id);
                    let text = record_text(&ws, VERSION, 100 + now as u64);
                    store.record = Some(text.clone());
                    for e in drive(&mut saver, &mut store, Event::OtherTab { text: Some(text), workspace: w.clone() }, now) {
                        if let Effect::Adopt { merged, .. } = e { w = merged; }
                    }
                }
                Step::Corrupt(k) => store.record = Some(format!("{{\"schema\":1,\"workspace\":[{k}")),
                Step::StoreFull(f) => store.full = f,
                Step::Flush => {
                    for e in flush(&mut saver, &mut store, &w, now) {
                        if let Effect::Adopt { merged, .. } = e { w = merged; }
                    }
                }
                Step::Reload => {
                    let (s, fresh, _) = start(&mut store);
                    saver = s;
                    // A reload starts from the store; work not yet saved lives on only if
                    // it was flushed (the shell flushes on pagehide).
                    w = fresh;
                }
            }
            // Every write so far: over text it could read (keeping all its scenarios or
            // their deletions) or over text set aside first.
            for (before, after) in &store.overwritten {
                let Some(before) = before else { continue };
                match ids_in(before) {
                    Some(ids) => {
                        let kept = ids_in(after).unwrap_or_default();
                        let gone = tombstones_in(after);
                        for id in ids {
                            prop_assert!(kept.contains(&id) || gone.contains(&id),
                                "scenario {} was written over", id);
                        }
                    }
                    None => prop_assert!(saver_kept(before, &store),
                        "unreadable text written over without a copy"),
                }
            }
            store.overwritten.clear();
        }
    }
}

/// Whether a set-aside copy of `text` exists (pruning keeps the five newest: a test run
/// makes few enough that a copy written over is always still there).
fn saver_kept(text: &str, store: &Store) -> bool {
    store.asides.iter().any(|(_, t)| t == text)
}

/// Any state the app can reach through its own edits (values within the fields' rules,
/// the required value at any pace, readings, names, notes) is written and read back
/// unchanged, with no repair: the app never saves what it would refuse on reading.
fn reachable_scenario() -> impl Strategy<Value = Scenario> {
    let edit = (
        0usize..37,
        0.0..1.0f64,
        -1.0..1.0f64,
        any::<bool>(),
        -100.0..100.0f64,
        any::<u8>(),
    );
    (
        proptest::collection::vec(edit, 0..12),
        "[a-zA-Zăâđêôơư ]{0,20}",
        "[a-z\n ]{0,30}",
    )
        .prop_map(|(edits, name, note)| {
            let plan = plan();
            let period = bac_yen_plan::model::project::Period::of(plan);
            let mut s = scenario("r", &name, 1.0);
            s.note = note.trim().to_string();
            for (k, base, p, use_required, pace, pick) in edits {
                let ind = &plan.indicators[k];
                let mut a = s.assumptions_for(plan, &Default::default())[k].clone();
                let top = ind
                    .ceiling
                    .unwrap_or(2.0 * ind.target.value.max(ind.baseline.value).max(1.0));
                a.baseline = Some(if ind.integer {
                    (top * base).round()
                } else {
                    top * base
                });
                if let Some(q) = a.method.parameter() {
                    let (lo, hi) = a.method.parameter_bounds(&ind.limits());
                    a = a.at_parameter((q + p * 10.0).clamp(lo, hi));
                }
                if pick % 3 == 0 {
                    let v = if ind.integer {
                        (top * base).round()
                    } else {
                        top * base
                    };
                    a.actuals.insert(2026 + u16::from(pick % 5), v);
                }
                s.pace_pct = (pace * 100.0).round() / 100.0;
                if use_required {
                    if let Ok(r) = required_at_pace(ind, &a, s.pace_pct, &plan.settings, period) {
                        a = a.at_parameter(r);
                    }
                }
                if let Some(r) = ind.readings.get(usize::from(pick) % 2) {
                    s.readings.insert(ind.id.clone(), r.id.clone());
                }
                // Figures in a scenario are ones it keeps for itself (model::facts).
                s.own_figures.insert(ind.id.clone());
                s.set_assumption(plan, k, a);
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_reachable_state_round_trips_unchanged(s in reachable_scenario()) {
        let text = record_text(&workspace(std::slice::from_ref(&s)), VERSION, 1);
        match load(Some(&text), None, plan()) {
            Loaded::Found { record, problems } => {
                prop_assert!(problems.is_empty(), "{:?}", problems);
                prop_assert_eq!(&record.workspace.scenarios[0], &s);
            }
            other => prop_assert!(false, "{:?}", other),
        }
    }
}

#[test]
fn i13_a_link_with_thousands_of_path_points_is_cut_and_says_so() {
    use bac_yen_plan::model::exchange::{read_link, write_link};
    let mut s = scenario("p", "Lộ trình dài", 1.0);
    let points: Vec<(u16, f64)> = (0..10_000)
        .map(|k| (2026 + (k % 5) as u16, k as f64 % 90.0))
        .collect();
    let mut a = plan().indicators[13].assumption.clone();
    a.method = Method::Path { points };
    s.assumptions.insert(plan().indicators[13].id.clone(), a);
    let (read, problems) = read_link(&write_link(&s), plan()).unwrap();
    let Method::Path { points } = &read.assumptions[&plan().indicators[13].id].method else {
        panic!("path kept");
    };
    // One value a year: five years of the plan period, the last value typed for each.
    assert_eq!(points.len(), 5);
    assert!(
        problems.is_empty()
            || problems
                .iter()
                .all(|p| matches!(p, ScenarioProblem::BadValue { .. }))
    );
    // More distinct years than the cap (a hand-made file): cut to 60, and reported.
    let many: Vec<(u16, f64)> = (0..500).map(|k| (2026 + k as u16, 1.0)).collect();
    let (kept, changed) = Assumption {
        method: Method::Path { points: many },
        ..plan().indicators[13].assumption.clone()
    }
    .repaired(
        &plan().indicators[13].limits(),
        &plan().indicators[13].assumption.method,
    );
    let Method::Path { points } = kept.method else {
        panic!()
    };
    assert_eq!(points.len(), 60);
    assert!(changed.iter().any(|c| c.0 == Field::PathLength));
}
