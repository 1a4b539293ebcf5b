//! One outcome against another: the difference at the outcomes' own precision with the
//! unit, and "better" read in the target's direction (less is better for poverty).

use bac_yen_plan::model::comparison::{better, show_difference, Better};
use bac_yen_plan::model::number::Lang;
use bac_yen_plan::model::status::Verdict;
use bac_yen_plan::model::Plan;

#[test]
fn better_follows_the_targets_direction() {
    let plan = Plan::bundled().unwrap();
    let revenue = plan.indicator("3b").unwrap(); // at least 196 tỷ đồng
    let poverty = plan.indicator("9").unwrap(); // at most 0 %
    let malnutrition = plan.indicator("P7").unwrap(); // below 11 %
    assert_eq!(better(revenue, 150.0, 180.0), Better::Better);
    assert_eq!(better(revenue, 180.0, 150.0), Better::Worse);
    assert_eq!(better(poverty, 4.0, 2.5), Better::Better);
    assert_eq!(better(poverty, 2.5, 4.0), Better::Worse);
    assert_eq!(better(malnutrition, 12.0, 10.0), Better::Better);
    // Within what is shown (one decimal for a rate), two outcomes are the same.
    assert_eq!(better(poverty, 2.51, 2.53), Better::Same);
}

#[test]
fn a_difference_has_a_sign_a_unit_and_the_outcomes_precision() {
    let plan = Plan::bundled().unwrap();
    let revenue = plan.indicator("3b").unwrap();
    let poverty = plan.indicator("9").unwrap();
    let visits = plan.indicator("3a").unwrap();
    assert_eq!(
        show_difference(revenue, 150.0, 151.5, Lang::Vi),
        "+1,5 tỷ đồng"
    );
    assert_eq!(show_difference(poverty, 4.0, 2.5, Lang::Vi), "-1,5% hộ");
    assert_eq!(
        show_difference(visits, 250_000.0, 280_000.0, Lang::Vi),
        "+30.000 lượt người"
    );
    assert_eq!(
        show_difference(visits, 250_000.0, 280_000.0, Lang::En),
        "+30,000 visits"
    );
    // A tiny difference reads as none, never "+0,073" next to whole numbers.
    let d = show_difference(visits, 250_000.0, 250_000.073, Lang::Vi);
    assert_eq!(d, "0 lượt người");
}

#[test]
fn attention_puts_the_worst_first_and_leaves_out_what_is_on_track() {
    let ranked: Vec<Verdict> = {
        let mut v: Vec<Verdict> = Verdict::ALL
            .iter()
            .copied()
            .filter(|v| v.attention_rank().is_some())
            .collect();
        v.sort_by_key(|v| v.attention_rank());
        v
    };
    assert_eq!(
        ranked,
        vec![
            Verdict::Missed,
            Verdict::Deteriorating,
            Verdict::Limited,
            Verdict::Accelerate
        ]
    );
    assert!(Verdict::OnTrack.attention_rank().is_none());
    assert!(Verdict::Achieved.attention_rank().is_none());
    assert!(Verdict::Unassessable.attention_rank().is_none());
}

#[test]
fn the_attention_list_is_every_lagging_indicator_worst_first() {
    use bac_yen_plan::model::scenario::Scenario;
    use bac_yen_plan::model::status::{assess_list, needing_attention, slides_for};
    let plan = Plan::bundled().unwrap();
    let s = Scenario::new("a".into(), "A", 0.0);
    let statuses: Vec<_> = assess_list(&plan, &s.assumptions_for(&plan, &Default::default()))
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    let list = needing_attention(&statuses);
    let lagging = statuses
        .iter()
        .filter(|s| s.verdict.attention_rank().is_some())
        .count();
    assert_eq!(list.len(), lagging);
    assert!(
        !list.is_empty(),
        "the illustrative plan has lagging indicators"
    );
    let ranks: Vec<u8> = list
        .iter()
        .map(|i| statuses[*i].verdict.attention_rank().unwrap())
        .collect();
    assert!(
        ranks.windows(2).all(|w| w[0] <= w[1]),
        "worst first: {ranks:?}"
    );
    assert_eq!(slides_for(0, 5), 1);
    assert_eq!(slides_for(5, 5), 1);
    assert_eq!(slides_for(11, 5), 3);
}
