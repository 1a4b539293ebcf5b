//! Scenarios, the stored record, files, links, undo and CSV: worked cases.

use bac_yen_plan::model::assumption::Field;
use bac_yen_plan::model::compress::{base64url, compress, decompress, from_base64url, CodecError};
use bac_yen_plan::model::csv::{field, file_name, plain_number, projection_csv, CsvIndicator};
use bac_yen_plan::model::exchange::{
    is_link, read_file, read_link, write_file, write_link, ReadError, FILE_TYPE, MAX_FILE_BYTES,
};
use bac_yen_plan::model::history::History;
use bac_yen_plan::model::number::Lang;
use bac_yen_plan::model::project::{project, Period};
use bac_yen_plan::model::record::{classify_failure, load, Loaded, Record, StoreFailure, SCHEMA};
use bac_yen_plan::model::scenario::{unique_name, ScenarioProblem, REFERENCE_ID};
use bac_yen_plan::model::status::assess;
use bac_yen_plan::model::{Method, Plan, Scenario, Workspace};

fn plan() -> Plan {
    Plan::bundled().expect("bundled plan")
}

/// A scenario that changes every indicator that has a parameter, its baseline too.
fn full_scenario(plan: &Plan) -> Scenario {
    let mut s = Scenario::new(
        "a1".into(),
        "Tăng trưởng nhanh · thử 1",
        1_764_000_000_000.0,
    );
    s.note = "Giả định của phòng Kinh tế\nlần 2".into();
    s.pace_pct = -12.5;
    for (i, ind) in plan.indicators.iter().enumerate() {
        let mut a = ind.assumption.clone();
        if let Some(p) = a.method.parameter() {
            let (lo, hi) = a.method.parameter_bounds(&ind.limits());
            a.method = a.method.with_parameter((p * 1.1 + 0.37).clamp(lo, hi));
        }
        let top = ind.ceiling.unwrap_or(f64::INFINITY);
        a.baseline = Some((ind.baseline.value * 1.01).min(top));
        // Its own 2025 figures (model::facts): this scenario keeps them for itself.
        s.own_figures.insert(ind.id.clone());
        s.set_assumption(plan, i, a);
    }
    s
}

#[test]
fn reference_scenario_puts_every_parametric_indicator_on_its_target() {
    let plan = plan();
    let r = Scenario::reference(&plan, &Default::default(), "Kế hoạch");
    assert!(r.is_reference());
    let period = Period::of(&plan);
    let mut exact = 0;
    for (ind, a) in plan
        .indicators
        .iter()
        .zip(r.assumptions_for(&plan, &Default::default()))
    {
        let p = project(ind, &a, period);
        let s = assess(ind, &a, &plan.settings, &p);
        if s.required.is_ok() {
            // On the path: every target met (the strict "below" ones just below).
            assert!(s.met, "{} not met on its required path", ind.id);
            assert!(
                s.verdict.counts_as_on_track(),
                "{} off track on its required path",
                ind.id
            );
            exact += 1;
        }
    }
    assert!(exact >= 30, "only {exact} indicators solved");
}

#[test]
fn set_assumption_keeps_only_differences() {
    let plan = plan();
    let mut s = Scenario::new("x".into(), "X", 0.0);
    let default = plan.indicators[0].assumption.clone();
    s.set_assumption(&plan, 0, default.clone());
    assert!(s.assumptions.is_empty());
    let changed = default.clone();
    let changed = bac_yen_plan::model::Assumption {
        baseline: Some(123.0),
        ..changed
    };
    s.set_assumption(&plan, 0, changed.clone());
    assert_eq!(s.assumptions.get("1"), Some(&changed));
    // A 2025 figure in a scenario counts only where the scenario keeps its own figures;
    // otherwise the commune's are used.
    assert_eq!(s.assumptions_for(&plan, &Default::default())[0], default);
    s.own_figures.insert("1".into());
    assert_eq!(s.assumptions_for(&plan, &Default::default())[0], changed);
    assert_eq!(
        s.assumptions_for(&plan, &Default::default())[1],
        plan.indicators[1].assumption
    );
}

#[test]
fn checked_reports_and_drops_what_cannot_be_used() {
    let plan = plan();
    let mut s = full_scenario(&plan);
    s.name = "  <b>x</b>\u{0007}  ".into();
    let mut bad = plan.indicators[0].assumption.clone();
    bad.baseline = Some(-5.0);
    s.assumptions.insert("1".into(), bad);
    s.assumptions
        .insert("99z".into(), plan.indicators[0].assumption.clone());
    s.pace_pct = f64::NAN;
    let before = s.assumptions.len();
    let (s, problems) = s.checked(&plan);
    assert_eq!(
        s.name, "<b>x</b>",
        "markup is kept as text, control characters go"
    );
    assert_eq!(s.pace_pct, 0.0);
    // The unknown indicator goes; indicator 1 keeps its assumption, less the bad baseline.
    assert_eq!(s.assumptions.len(), before - 1);
    assert_eq!(s.assumptions["1"].baseline, None);
    assert_eq!(
        s.assumptions["1"].method,
        plan.indicators[0].assumption.method
    );
    assert!(problems.contains(&ScenarioProblem::UnknownIndicator { id: "99z".into() }));
    assert!(problems.contains(&ScenarioProblem::BadPace));
    assert!(problems.iter().any(
        |p| matches!(p, ScenarioProblem::BadValue { indicator, field: Field::Baseline, .. } if indicator == "1")
    ));
    let (_, problems) = Scenario::new("y".into(), "   ", 0.0).checked(&plan);
    assert_eq!(problems, vec![ScenarioProblem::EmptyName]);
    let (long, problems) = Scenario::new("y".into(), &"ă".repeat(200), 0.0).checked(&plan);
    assert_eq!(long.name.chars().count(), 80);
    assert!(problems.is_empty(), "new() already trimmed the name");
}

#[test]
fn unique_names_count_up() {
    let taken = ["A", "A (2)", "B"];
    assert_eq!(unique_name("C", taken.iter().copied()), "C");
    assert_eq!(unique_name("A", taken.iter().copied()), "A (3)");
    assert_eq!(unique_name("B", taken.iter().copied()), "B (2)");
}

#[test]
fn workspace_delete_and_merge_keep_the_newer_work() {
    let mut mine = Workspace::starting("a".into(), "A", 10.0);
    mine.add(Scenario::new("b".into(), "B", 20.0));
    let mut theirs = mine.clone();
    // This tab renames A later than the other tab does; the other adds C, deletes B.
    mine.get_mut("a").unwrap().name = "A mine".into();
    mine.get_mut("a").unwrap().changed_ms = 50.0;
    theirs.get_mut("a").unwrap().name = "A theirs".into();
    theirs.get_mut("a").unwrap().changed_ms = 40.0;
    theirs.add(Scenario::new("c".into(), "C", 45.0));
    theirs.delete("b", 46.0);
    let merged = mine.merge(&theirs);
    let names: Vec<&str> = merged.scenarios.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["A mine", "C"]);
    assert_eq!(
        merged.active, "a",
        "B was shown here and is gone: the one before it"
    );
    // Merging is the same from either side, and merging again changes nothing.
    let other_way = theirs.merge(&mine);
    let mut a: Vec<_> = other_way.scenarios.iter().map(|s| s.name.clone()).collect();
    a.sort();
    assert_eq!(a, ["A mine", "C"]);
    assert_eq!(merged.merge(&theirs).scenarios, merged.scenarios);
    // A change made after the deletion brings the scenario back rather than losing it.
    let mut late = mine.clone();
    late.get_mut("b").unwrap().changed_ms = 60.0;
    assert!(late.merge(&theirs).get("b").is_some());
}

#[test]
fn deleting_the_shown_scenario_shows_a_neighbour_then_the_reference() {
    let mut w = Workspace::starting("a".into(), "A", 0.0);
    w.add(Scenario::new("b".into(), "B", 0.0));
    assert_eq!(w.delete("b", 1.0).map(|s| s.name), Some("B".into()));
    assert_eq!(w.active, "a");
    w.delete("a", 2.0);
    assert_eq!(w.active, REFERENCE_ID);
    assert!(w.delete("zz", 3.0).is_none());
    assert_eq!(w.deleted.len(), 2);
}

#[test]
fn undo_redo_with_coalesced_slider_drags() {
    let mut h: History<i32> = History::default();
    let mut v = 0;
    // A drag: ten changes to the same field within a second are one step.
    for k in 1..=10 {
        h.record(v, "parameter:0", f64::from(k) * 50.0);
        v = k;
    }
    h.record(v, "name", 700.0);
    v = 100;
    assert_eq!(h.undo(v), Some(10));
    assert_eq!(h.undo(10), Some(0));
    assert_eq!(h.undo(0), None);
    assert_eq!(h.redo(0), Some(10));
    assert_eq!(h.redo(10), Some(100));
    assert!(!h.can_redo());
    // The same field after a pause is a new step; a new edit clears redo.
    h.record(100, "parameter:0", 5_000.0);
    h.record(101, "parameter:0", 7_000.0);
    assert_eq!(h.undo(102), Some(101));
    h.record(101, "x", 8_000.0);
    assert!(!h.can_redo());
}

#[test]
fn undo_stamps_restored_scenarios_so_a_merge_keeps_them() {
    let mut before = Workspace::starting("a".into(), "A", 10.0);
    let mut now = before.clone();
    now.delete("a", 20.0);
    before.stamp_changes_against(&now, 30.0);
    assert_eq!(before.get("a").map(|s| s.changed_ms), Some(30.0));
    assert!(
        before.merge(&now).get("a").is_some(),
        "undo of a delete survives the merge"
    );
}

#[test]
fn file_round_trip_and_errors_in_order() {
    let plan = plan();
    let s = full_scenario(&plan);
    let text = write_file(std::slice::from_ref(&s), "0.1.0", 5.0);
    assert!(text.contains(FILE_TYPE));
    let got = read_file(&text, &plan).expect("reads back");
    assert_eq!(got.scenarios, vec![s.clone()]);
    assert!(got.problems.is_empty());
    let with_bom = format!("\u{feff}{text}");
    assert!(read_file(&with_bom, &plan).is_ok());

    let err = |t: &str| read_file(t, &plan).unwrap_err();
    assert!(matches!(
        err("{\"type\": "),
        ReadError::NotJson { line: 1, .. }
    ));
    assert!(matches!(err("hello"), ReadError::NotJson { .. }));
    assert_eq!(
        err(r#"{"type":"excalidraw","version":2}"#),
        ReadError::WrongType {
            found: "excalidraw".into()
        }
    );
    assert!(matches!(err("[1,2]"), ReadError::Shape { line: 1, .. }));
    assert_eq!(
        err(&format!(
            r#"{{"type":"{FILE_TYPE}","version":7,"scenarios":[]}}"#
        )),
        ReadError::NewerVersion {
            version: 7,
            supported: 1
        }
    );
    assert_eq!(
        err(&format!(
            r#"{{"type":"{FILE_TYPE}","version":1,"scenarios":[]}}"#
        )),
        ReadError::NoScenarios
    );
    // A word where a number belongs costs that value only: the scenario is read.
    let salvaged = read_file(
        &format!(
            r#"{{"type":"{FILE_TYPE}","version":1,"scenarios":[{{"id":"a","name":"x","pace_pct":"fast"}},7]}}"#
        ),
        &plan,
    )
    .unwrap();
    assert_eq!(salvaged.scenarios.len(), 1);
    assert_eq!(salvaged.scenarios[0].name, "x");
    assert!(salvaged
        .problems
        .contains(&("x".into(), ScenarioProblem::BadPace)));
    assert!(salvaged
        .problems
        .contains(&("#2".into(), ScenarioProblem::Unreadable)));
    let big = " ".repeat(MAX_FILE_BYTES + 1);
    assert!(matches!(err(&big), ReadError::TooLarge { .. }));
    // One bad value is reported by scenario and indicator; the rest of the file is read.
    let bad = text.replacen("\"baseline\":", "\"baseline\":-", 1);
    let got = read_file(&bad, &plan).expect("reads the rest");
    assert_eq!(got.scenarios.len(), 1);
    assert_eq!(got.problems.len(), 1);
    assert_eq!(got.problems[0].0, s.name);
}

#[test]
fn share_link_round_trip_and_length() {
    let plan = plan();
    let s = full_scenario(&plan);
    let link = write_link(&s);
    assert!(is_link(&link) && is_link(&format!("#{link}")));
    assert!(!is_link("#section-2") && !is_link("s.x") && !is_link(""));
    let (back, problems) = read_link(&format!("#{link}"), &plan).expect("link reads back");
    assert!(problems.is_empty(), "{problems:?}");
    assert!(back.same_content(&s));
    let json_len = serde_json::to_string(&s).unwrap().len();
    println!(
        "LINK full scenario ({} of {} indicators changed): fragment {} characters (JSON {json_len} bytes)",
        s.assumptions.len(),
        plan.indicators.len(),
        link.len() + 1
    );
    // A chat message: Zalo and Messenger carry a few thousand characters; SMS is not the aim.
    assert!(link.len() < 2_000, "link is {} characters", link.len());
    let empty = write_link(&Scenario::new("e".into(), "Mặc định", 0.0));
    assert!(empty.len() < 200, "{empty}");

    let err = |t: &str| read_link(t, &plan).unwrap_err();
    assert!(matches!(
        err(&link[..link.len() / 2]),
        ReadError::BrokenLink(_)
    ));
    assert!(matches!(
        err("s1.@@@"),
        ReadError::BrokenLink(CodecError::BadCharacter)
    ));
    assert!(matches!(
        err("s9.AAAA"),
        ReadError::NewerVersion { version: 9, .. }
    ));
    let not_json = format!("s1.{}", base64url(&compress(b"not json at all")));
    assert!(matches!(err(&not_json), ReadError::NotJson { .. }));
}

#[test]
fn codec_worked_cases() {
    assert_eq!(base64url(b""), "");
    assert_eq!(base64url(b"f"), "Zg");
    assert_eq!(base64url(b"foob"), "Zm9vYg");
    assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    assert_eq!(from_base64url("Zm9vYg").unwrap(), b"foob");
    assert_eq!(from_base64url("Z"), Err(CodecError::Truncated));
    assert_eq!(from_base64url("Zm9v+g"), Err(CodecError::BadCharacter));
    let text = "abcabcabcabcabcabc-xyz-abcabc".repeat(20);
    let packed = compress(text.as_bytes());
    assert!(
        packed.len() * 5 < text.len(),
        "{} -> {}",
        text.len(),
        packed.len()
    );
    assert_eq!(decompress(&packed, 1 << 20).unwrap(), text.as_bytes());
    assert_eq!(decompress(&packed, 100), Err(CodecError::TooLarge));
    assert_eq!(decompress(&[0x01, 0x05], 100), Err(CodecError::BadDistance));
    assert_eq!(decompress(&[0x08, b'a'], 100), Err(CodecError::Truncated));
}

#[test]
fn stored_record_round_trip() {
    let plan = plan();
    let mut w = Workspace::starting("a".into(), "A", 1.0);
    w.add(full_scenario(&plan));
    let record = Record {
        schema: SCHEMA,
        app_version: "0.1.0".into(),
        saved_ms: 2.0,
        revision: 3,
        lang: Some("en".into()),
        workspace: w,
    };
    let text = record.encode();
    match load(Some(&text), None, &plan) {
        Loaded::Found {
            record: back,
            problems,
        } => {
            assert_eq!(back, record);
            assert!(problems.is_empty());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn unreadable_and_newer_records_are_handed_back_whole() {
    let plan = plan();
    for raw in [
        "{\"schema\":1,\"workspace\":",
        "\u{0}garbage",
        "[]",
        "{\"workspace\":{}}",
        "{\"schema\":1}",
    ] {
        match load(Some(raw), None, &plan) {
            Loaded::Unreadable { raw: kept, .. } => assert_eq!(kept, raw),
            other => panic!("{raw}: {other:?}"),
        }
    }
    match load(Some(r#"{"schema":4,"whatever":true}"#), None, &plan) {
        Loaded::Unreadable {
            error:
                ReadError::NewerVersion {
                    version: 4,
                    supported: 3,
                },
            ..
        } => {}
        other => panic!("{other:?}"),
    }
}

/// A stored-record fixture (`{"bacyen.record": text}`), loaded: it must load with no
/// repair. Returns the record and the names of its scenarios.
fn load_fixture(plan: &Plan, fixture: &str) -> (bac_yen_plan::model::record::Record, Vec<String>) {
    let v: serde_json::Value = serde_json::from_str(fixture).unwrap();
    let raw = v["bacyen.record"].as_str().expect("record text");
    let Loaded::Found { record, problems } = load(Some(raw), None, plan) else {
        panic!("the stored record must load");
    };
    assert!(problems.is_empty(), "{problems:?}");
    let names = record
        .workspace
        .scenarios
        .iter()
        .map(|s| s.name.clone())
        .collect();
    (record, names)
}

/// Schema 1 as the release build wrote it (captured by `make fixtures`, which drives the
/// release build in Chromium): every field the record holds, read back with no repair.
#[test]
fn the_record_a_release_build_wrote_loads_unchanged() {
    let plan = plan();
    let (record, names) = load_fixture(&plan, include_str!("fixtures/storage/schema-1.json"));
    assert_eq!(names, ["Kịch bản 1", "Thu ngân sách 12%"]);
    let s = &record.workspace.scenarios[1];
    assert_eq!(record.workspace.active, s.id);
    assert_eq!((s.pace_pct, s.note.as_str()), (-10.0, "Giả định lạc quan"));
    // Schema 1 -> 2: the shown scenario's figures are now the commune's.
    assert_eq!(record.workspace.facts["6"].actuals.get(&2026), Some(&59.5));
    assert!(!s.owns_figures("6"));
    assert_eq!(s.readings.get("P1").map(String::as_str), Some("from_2025"));
    assert_eq!(record.workspace.deleted.len(), 1);
    // Written again, it reads back the same.
    let again = record.encode();
    assert!(
        matches!(load(Some(&again), None, &plan), Loaded::Found { record: r, .. } if r == record)
    );
}

#[test]
fn every_released_schema_keeps_loading() {
    let plan = plan();
    // Schema 0 (the first release): only the language, as gloo-storage wrote it.
    let v0: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/storage/schema-0.json")).unwrap();
    let lang = v0["bacyen.lang"].as_str();
    assert_eq!(
        load(None, lang, &plan),
        Loaded::Fresh {
            lang: Some(Lang::En)
        }
    );
    assert_eq!(
        load(None, Some("\"xx\""), &plan),
        Loaded::Fresh { lang: None }
    );
    assert_eq!(
        load(None, Some("not json"), &plan),
        Loaded::Fresh { lang: None }
    );
    // Schema 1 as the first release wrote it (kept by hand, with a range spread).
    let (record, names) = load_fixture(
        &plan,
        include_str!("fixtures/storage/schema-1-handwritten-0.1.0.json"),
    );
    assert_eq!(record.language(), Some(Lang::Vi));
    assert_eq!(names, ["Kịch bản 1", "Thu ngân sách 12 %"]);
    let s = &record.workspace.scenarios[1];
    assert_eq!(record.workspace.active, s.id);
    assert_eq!(
        s.assumptions["1"].method,
        Method::Compound { rate_pct: 12.0 }
    );
    assert_eq!(s.note, "Giả định lạc quan");
}

#[test]
fn clashing_ids_and_a_missing_active_scenario_are_repaired() {
    let plan = plan();
    let raw = r#"{"schema":1,"workspace":{"scenarios":[{"id":"a","name":"A"},{"id":"a","name":"B"},{"id":"plan","name":"C"}],"active":"gone"}}"#;
    let Loaded::Found { record, .. } = load(Some(raw), None, &plan) else {
        panic!()
    };
    let w = record.workspace;
    assert_eq!(w.scenarios.len(), 3, "nothing dropped");
    let mut ids: Vec<&str> = w.scenarios.iter().map(|s| s.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 3);
    assert!(!ids.contains(&REFERENCE_ID));
    assert_eq!(w.active, "a");
}

#[test]
fn quota_errors_by_every_name() {
    for (name, code) in [
        ("QuotaExceededError", Some(22.0)),
        ("NS_ERROR_DOM_QUOTA_REACHED", Some(1014.0)),
        ("QUOTA_EXCEEDED_ERR", None),
        ("Error", Some(22.0)),
        ("", Some(1014.0)),
    ] {
        assert_eq!(classify_failure(name, code), StoreFailure::Full, "{name}");
    }
    assert_eq!(
        classify_failure("SecurityError", Some(18.0)),
        StoreFailure::Refused
    );
    assert_eq!(
        classify_failure("InvalidStateError", None),
        StoreFailure::Refused
    );
}

#[test]
fn csv_for_excel_in_both_languages() {
    let plan = plan();
    let period = Period::of(&plan);
    let results: Vec<_> = plan
        .indicators
        .iter()
        .map(|i| {
            let p = project(i, &i.assumption, period);
            let s = assess(i, &i.assumption, &plan.settings, &p);
            (p, s)
        })
        .collect();
    let assumptions: Vec<_> = plan
        .indicators
        .iter()
        .map(|i| i.assumption.clone())
        .collect();
    let rows: Vec<CsvIndicator> = results
        .iter()
        .zip(&assumptions)
        .map(|((p, s), a)| CsvIndicator {
            projection: p,
            status: s,
            required: Some(vec![7.25; period.year_count()]),
            band: None,
            assumption: a,
            source: bac_yen_plan::model::wording::FigureSource::Plan,
        })
        .collect();
    let csv = projection_csv(&plan, "=Kịch bản; \"A\"", &rows, -12.5, Lang::Vi);
    assert!(csv.starts_with("\u{feff}Kịch bản;Mã;"));
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 1 + plan.indicators.len() * period.year_count());
    assert!(
        lines[1].starts_with("\"'=Kịch bản; \"\"A\"\"\";1;"),
        "{}",
        lines[1]
    );
    // Every baseline of the bundled plan is illustrative, and the row says so.
    assert!(
        lines[1].contains(";2025;") && lines[1].contains(";minh họa;"),
        "{}",
        lines[1]
    );
    // Names keep their capital letter; the required path has its column.
    assert!(lines[1].contains(";Tốc độ tăng"), "{}", lines[1]);
    assert!(lines[1].contains(";7,25;"), "{}", lines[1]);
    assert_eq!(lines[0].split(';').count(), 16);
    // The 2025 figure's source line closes every row (here the plan's own source).
    assert!(lines[1].contains("Năm 2025: 40 tỷ đồng."), "{}", lines[1]);
    assert!(lines[2].contains(";2026;") && lines[2].contains("dự báo"));
    // The pace in force is in every row.
    assert!(
        lines[1].contains(";-12,5;") || lines[1].contains(";'-12,5;"),
        "{}",
        lines[1]
    );
    assert_eq!(file_name("Kịch-bản-1", Lang::Vi), "Kịch-bản-1-vi.csv");
    assert_eq!(file_name("Kịch-bản-1", Lang::En), "Kịch-bản-1-en.csv");
    assert_eq!(plain_number(1234.5, Lang::Vi), "1234,5");
    assert_eq!(plain_number(1234.5, Lang::En), "1234.5");
    assert_eq!(plain_number(-0.00001, Lang::En), "0");
    assert_eq!(plain_number(3.0, Lang::Vi), "3");
    assert_eq!(field("a,b", ','), "\"a,b\"");
    assert_eq!(field("a,b", ';'), "a,b");
    assert_eq!(field("@SUM(A1)", ';'), "'@SUM(A1)");
}

/// Each indicator's assumption as schema 1 read it: the scenario's own, figures and all,
/// or the plan's default.
fn schema_1_assumptions(s: &Scenario, plan: &Plan) -> Vec<bac_yen_plan::model::Assumption> {
    plan.indicators
        .iter()
        .map(|i| {
            s.assumptions
                .get(&i.id)
                .cloned()
                .unwrap_or_else(|| i.assumption.clone())
        })
        .collect()
}

/// Schema 1 -> 2 on every captured record and on records where scenarios disagree about
/// the figures: every scenario's projections are the same before and after, and no
/// figure typed is lost (the shown one's are the commune's, the others' differing ones
/// stay theirs).
#[test]
fn schema_1_records_migrate_with_every_projection_unchanged() {
    let plan = plan();
    let disagreeing = r#"{"schema":1,"app_version":"0.2.0","saved_ms":5,"revision":2,"lang":"vi",
      "workspace":{"active":"b","scenarios":[
        {"id":"a","name":"A","assumptions":{"1":{"method":{"compound":{"rate_pct":8}},"baseline":45}}},
        {"id":"b","name":"B","assumptions":{"1":{"method":{"compound":{"rate_pct":9}},"baseline":52,"actuals":{"2026":55}},
                                            "6":{"method":{"points":{"pp_per_year":2}},"baseline":58}}},
        {"id":"c","name":"C","assumptions":{"6":{"method":{"points":{"pp_per_year":1}},"baseline":58}}}]}}"#;
    let fixtures = [
        serde_json::from_str::<serde_json::Value>(include_str!("fixtures/storage/schema-1.json"))
            .unwrap()["bacyen.record"]
            .as_str()
            .unwrap()
            .to_string(),
        serde_json::from_str::<serde_json::Value>(include_str!(
            "fixtures/storage/schema-1-handwritten-0.1.0.json"
        ))
        .unwrap()["bacyen.record"]
            .as_str()
            .unwrap()
            .to_string(),
        disagreeing.to_string(),
    ];
    for raw in &fixtures {
        let before: bac_yen_plan::model::record::Record = serde_json::from_str(raw).unwrap();
        let Loaded::Found { record, problems } = load(Some(raw), None, &plan) else {
            panic!("loads");
        };
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(record.schema, SCHEMA);
        let facts = &record.workspace.facts;
        for old in &before.workspace.scenarios {
            let new = record.workspace.get(&old.id).expect("every scenario kept");
            let was = schema_1_assumptions(old, &plan);
            let is = new.assumptions_for(&plan, facts);
            assert_eq!(was, is, "scenario {} reads as it did", old.name);
            let period = Period::of(&plan);
            for ((ind, a), b) in plan.indicators.iter().zip(&was).zip(&is) {
                assert_eq!(
                    project(ind, a, period).values,
                    project(ind, b, period).values
                );
            }
        }
    }
    // The disagreeing record: B was shown, so its figures are the commune's; A keeps its
    // own 2025 figure for 1 and, having none for 6, keeps the plan's for 6; C agrees on 6.
    let Loaded::Found { record, .. } = load(Some(disagreeing), None, &plan) else {
        panic!()
    };
    let w = &record.workspace;
    assert_eq!(w.facts["1"].baseline, Some(52.0));
    assert_eq!(w.facts["1"].actuals.get(&2026), Some(&55.0));
    assert_eq!(w.facts["6"].baseline, Some(58.0));
    let (a, b, c) = (
        w.get("a").unwrap(),
        w.get("b").unwrap(),
        w.get("c").unwrap(),
    );
    assert!(a.owns_figures("1") && a.owns_figures("6"));
    assert_eq!(a.assumptions["1"].baseline, Some(45.0));
    assert!(b.own_figures.is_empty());
    assert!(!c.owns_figures("6") && c.owns_figures("1"));
    // Saved again and read back: the same (no second migration).
    let again = record.encode();
    assert!(
        matches!(load(Some(&again), None, &plan), Loaded::Found { record: r, .. } if r == record)
    );
}

/// Schema 2 as the release build wrote it (`make fixtures`): the commune's figures and a
/// scenario's own, read back with no repair and written again unchanged.
#[test]
fn the_schema_2_record_a_release_build_wrote_loads_unchanged() {
    let plan = plan();
    let (record, names) = load_fixture(&plan, include_str!("fixtures/storage/schema-2.json"));
    assert_eq!(names, ["Kịch bản 1", "Thu ngân sách 12%"]);
    let w = &record.workspace;
    assert_eq!(w.facts["6"].baseline, Some(57.0));
    assert_eq!(w.facts["6"].actuals.get(&2026), Some(&59.5));
    let s = &w.scenarios[1];
    assert!(s.owns_figures("3b") && !s.owns_figures("6"));
    let k = plan.indicators.iter().position(|i| i.id == "3b").unwrap();
    assert_eq!(s.assumptions_for(&plan, &w.facts)[k].baseline, Some(45.0));
    let six = plan.indicators.iter().position(|i| i.id == "6").unwrap();
    // The other scenario reads the commune's figure.
    assert_eq!(
        w.scenarios[0].assumptions_for(&plan, &w.facts)[six].baseline,
        Some(57.0)
    );
    let again = record.encode();
    assert!(
        matches!(load(Some(&again), None, &plan), Loaded::Found { record: r, .. } if r == record)
    );
}
