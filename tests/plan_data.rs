//! The plan file against the resolution: every id, every target, every quoted word.

use bac_yen_plan::model::number::{parse_number, Lang};
use bac_yen_plan::model::plan::{Plan, RESOLUTION_TEXT};
use bac_yen_plan::model::{Direction, TargetKind};

fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The targets as read from the resolution by hand (id, value, year, kind), independent of
/// the data file: a slip in either shows up here.
const EXPECTED: &[(&str, f64, u16, TargetKind)] = &[
    ("1", 9.9, 2030, TargetKind::Growth),
    ("2a", 4500.0, 2030, TargetKind::Level),
    ("2b", 4500.0, 2030, TargetKind::Level),
    ("2c", 1500.0, 2030, TargetKind::Level),
    ("2d", 24000.0, 2030, TargetKind::Level),
    ("2e", 700.0, 2030, TargetKind::Level),
    ("2f", 45.0, 2030, TargetKind::Level),
    ("3a", 280000.0, 2030, TargetKind::Level),
    ("3b", 196.0, 2030, TargetKind::Level),
    ("4", 35.0, 2030, TargetKind::Level),
    ("5", 4680.0, 2030, TargetKind::Level),
    ("6", 70.0, 2030, TargetKind::Rate),
    ("7", 19.0, 2030, TargetKind::Change),
    ("8", 100.0, 2030, TargetKind::Rate),
    ("9", 0.0, 2030, TargetKind::Rate),
    ("10", 98.0, 2030, TargetKind::Rate),
    ("11", 10.0, 2030, TargetKind::Level),
    ("12", 100.0, 2030, TargetKind::Rate),
    ("13", 100.0, 2030, TargetKind::Rate),
    ("14", 3.1, 2030, TargetKind::Rate),
    ("15", 37.0, 2030, TargetKind::Rate),
    ("16a", 85.0, 2030, TargetKind::Rate),
    ("16b", 100.0, 2030, TargetKind::Rate),
    ("17a", 85.0, 2030, TargetKind::Rate),
    ("17b", 100.0, 2030, TargetKind::Rate),
    ("18", 100.0, 2030, TargetKind::Rate),
    ("19", 50.0, 2030, TargetKind::Rate),
    ("20", 90.0, 2030, TargetKind::Rate),
    ("21", 36.8, 2030, TargetKind::Rate),
    ("P1", 2145.0, 2030, TargetKind::Cumulative),
    ("P2", 2.0, 2030, TargetKind::TermChange),
    ("P3", 0.0, 2030, TargetKind::Level),
    ("P4", 55.0, 2030, TargetKind::Rate),
    ("P5", 1.0, 2030, TargetKind::Growth),
    ("P6", 50.0, 2030, TargetKind::Rate),
    ("P7", 11.0, 2030, TargetKind::Rate),
    ("P9", 100.0, 2026, TargetKind::Rate),
];

#[test]
fn the_plan_file_parses() {
    let plan = Plan::bundled().expect("seeds/plan.json parses and validates");
    assert_eq!(plan.base_year, 2025);
    assert_eq!(plan.horizon, 2030);
    assert_eq!(plan.resolution.number, "32/NQ-HĐND");
}

#[test]
fn it_holds_exactly_the_resolutions_ids() {
    let plan = Plan::bundled().unwrap();
    let ids: Vec<&str> = plan.indicators.iter().map(|i| i.id.as_str()).collect();
    let expected: Vec<&str> = EXPECTED.iter().map(|e| e.0).collect();
    assert_eq!(ids, expected);
    // 21 numbered indicators with sub-items: 29 series; 8 appendix items with a number.
    assert_eq!(ids.iter().filter(|i| !i.starts_with('P')).count(), 29);
    assert_eq!(ids.iter().filter(|i| i.starts_with('P')).count(), 8);
}

#[test]
fn every_target_equals_the_resolutions() {
    let plan = Plan::bundled().unwrap();
    for (id, value, year, kind) in EXPECTED {
        let ind = plan.indicator(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(ind.target.value, *value, "target of {id}");
        assert_eq!(ind.target.year, *year, "target year of {id}");
        assert_eq!(ind.target.kind, *kind, "kind of {id}");
    }
    let down: Vec<&str> = plan
        .indicators
        .iter()
        .filter(|i| !i.target.direction.upward())
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(down, ["9", "P3", "P4", "P7"]);
    assert_eq!(
        plan.indicator("P4").unwrap().target.direction,
        Direction::Below
    );
}

#[test]
fn each_target_is_quoted_from_the_resolution_with_its_number() {
    let plan = Plan::bundled().unwrap();
    let text = normalized(RESOLUTION_TEXT);
    for ind in &plan.indicators {
        let quote = normalized(&ind.target.text);
        assert!(
            text.contains(&quote),
            "{}: target words not in the resolution: {quote}",
            ind.id
        );
        // The name on a card says what is measured, in the resolution's terms but not
        // copying its slips; the target's own words stay the resolution's, exactly.
        assert!(
            ind.name_vi.chars().next().is_some_and(char::is_uppercase),
            "{}: a name starts with a capital: {}",
            ind.id,
            ind.name_vi
        );
        assert!(
            !ind.name_vi.contains("nông thôn nâng cao"),
            "{}: {}",
            ind.id,
            ind.name_vi
        );
        if ind.target.qualitative {
            assert_eq!(
                ind.target.value, 0.0,
                "{}: only 'none left' is read from words",
                ind.id
            );
            assert!(quote.contains("không còn"), "{}", ind.id);
            continue;
        }
        let numbers: Vec<f64> = quote
            .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .map(|t| t.trim_matches(|c| c == '.' || c == ','))
            .filter(|t| !t.is_empty())
            .filter_map(|t| parse_number(t, Lang::Vi).ok())
            .collect();
        assert!(
            numbers.contains(&ind.target.value),
            "{}: {} not among the numbers {numbers:?} of '{quote}'",
            ind.id,
            ind.target.value
        );
    }
}

#[test]
fn baselines_are_marked_and_sourced() {
    let plan = Plan::bundled().unwrap();
    for ind in &plan.indicators {
        assert_eq!(ind.baseline.year, 2025, "{}", ind.id);
        assert!(!ind.baseline.source_vi.is_empty() && !ind.baseline.source_en.is_empty());
        // No published commune figure exists for any of them: all must carry the mark.
        assert!(
            ind.baseline.illustrative,
            "{} baseline must be marked illustrative",
            ind.id
        );
        if let Some(c) = ind.ceiling {
            assert!(ind.baseline.value <= c);
        }
    }
}

#[test]
fn appendix_items_left_out_say_why() {
    let plan = Plan::bundled().unwrap();
    let text = normalized(RESOLUTION_TEXT);
    let refs: Vec<&str> = plan
        .not_modelled
        .iter()
        .map(|n| n.reference.as_str())
        .collect();
    assert_eq!(
        refs,
        ["P8", "P10", "P11", "P12", "P13", "P14", "P15", "P16", "P17", "P18"]
    );
    for n in &plan.not_modelled {
        assert!(text.contains(&normalized(&n.text)), "{}", n.reference);
        for id in &n.same_as {
            assert!(
                plan.indicator(id).is_some(),
                "{} points at missing {id}",
                n.reference
            );
        }
    }
}

#[test]
fn a_broken_plan_file_is_a_typed_error() {
    assert!(matches!(
        Plan::from_json("{"),
        Err(bac_yen_plan::model::PlanError::Syntax(_))
    ));
    let bad = bac_yen_plan::model::plan::PLAN_JSON.replacen("\"value\": 40,", "\"value\": -40,", 1);
    assert!(matches!(
        Plan::from_json(&bad),
        Err(bac_yen_plan::model::PlanError::Invalid { .. })
    ));
}

#[test]
fn every_indicator_sits_in_exactly_one_group() {
    let plan = bac_yen_plan::model::Plan::bundled().unwrap();
    let mut seen: Vec<usize> = plan
        .groups
        .iter()
        .flat_map(|g| plan.indices_in(g.id))
        .collect();
    seen.sort();
    assert_eq!(seen, (0..plan.indicators.len()).collect::<Vec<_>>());
    let environment: Vec<&str> = plan
        .indices_in(bac_yen_plan::model::Group::Environment)
        .into_iter()
        .map(|k| plan.indicators[k].id.as_str())
        .collect();
    assert_eq!(environment, ["19", "20", "21"]);
}

#[test]
fn the_illustrative_mark_holds_until_the_planner_enters_a_baseline() {
    use bac_yen_plan::model::scenario::Scenario;
    let plan = Plan::bundled().unwrap();
    let s = Scenario::new("a".into(), "A", 0.0);
    let mut list = s.assumptions_for(&plan, &Default::default());
    let i = plan
        .indicators
        .iter()
        .position(|i| i.baseline.illustrative)
        .unwrap();
    assert!(plan.indicators[i].illustrative_under(&list[i]));
    list[i].baseline = Some(123.0);
    assert!(!plan.indicators[i].illustrative_under(&list[i]));
}
