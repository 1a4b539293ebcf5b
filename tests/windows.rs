#![cfg(not(target_arch = "wasm32"))]
//! Targets that ask for a window: "khoảng" (within 5 % either way) and a range ("7-8 %").
//! Worked by hand, then properties: the verdict never contradicts the outcome beside it,
//! the required rate lands in the window, and the chance of landing in it is never more
//! than the chance of either end.

use bac_yen_plan::model::assumption::{Assumption, Method, Spread};
use bac_yen_plan::model::number::Lang;
use bac_yen_plan::model::plan::{Direction, TargetKind};
use bac_yen_plan::model::plans::blank_indicator;
use bac_yen_plan::model::project::{project, Period};
use bac_yen_plan::model::reason::sentence;
use bac_yen_plan::model::solve::required_parameter;
use bac_yen_plan::model::status::{assess, Status};
use bac_yen_plan::model::target::{outcome, show_outcome};
use bac_yen_plan::model::uncertainty::monte_carlo;
use bac_yen_plan::model::window::{bounds, sides};
use bac_yen_plan::model::wording::target_words;
use bac_yen_plan::model::{Indicator, Plan, Run, Verdict};
use proptest::prelude::*;

fn plan() -> Plan {
    Plan::bundled().unwrap()
}

/// 4.500 ha about, from 4.000 ha in 2025, by 2030.
fn about() -> Indicator {
    let mut i = blank_indicator("a", 2025, 2030);
    i.unit_vi = "ha".into();
    i.unit_en = "ha".into();
    i.integer = true;
    i.baseline.value = 4000.0;
    i.target.value = 4500.0;
    i.target.direction = Direction::About;
    i
}

/// Average growth of 7 to 8 %/yr, from 100.
fn range() -> Indicator {
    let mut i = blank_indicator("r", 2025, 2030);
    i.target.kind = TargetKind::Growth;
    i.target.value = 7.0;
    i.target.high = Some(8.0);
    i.target.direction = Direction::Range;
    i
}

fn judge(i: &Indicator, method: Method) -> Status {
    let a = Assumption {
        method,
        ..i.assumption.clone()
    };
    let p = project(i, &a, Period::of(&plan()));
    assess(i, &a, &plan().settings, &p)
}

#[test]
fn about_is_within_five_per_cent_either_way() {
    let i = about();
    assert_eq!(bounds(&i), Some((4275.0, 4725.0)));
    assert_eq!(target_words(&i, None, Lang::Vi), "≈ 4.500 ha (± 5%)");
    // 4.000 growing 2 %/yr: 4.000 × 1,02^5 = 4.416 ha, inside.
    let inside = judge(&i, Method::Compound { rate_pct: 2.0 });
    assert!(inside.met);
    assert_eq!(inside.verdict, Verdict::OnTrack);
    assert_eq!(
        sentence(&i, &inside, Lang::Vi),
        "Dự báo năm 2030: 4.416 ha trong khoảng chỉ tiêu 4.275–4.725 ha."
    );
    // 1 %/yr: 4.204 ha, below the low end: missed, and the rate needed reaches 4.275.
    let below = judge(&i, Method::Compound { rate_pct: 1.0 });
    assert!(!below.met);
    assert_ne!(below.verdict, Verdict::OnTrack);
    assert_ne!(below.verdict, Verdict::Achieved);
    assert_eq!(below.goal, 4275.0);
    assert!(sentence(&i, &below, Lang::Vi)
        .starts_with("Dự báo năm 2030: 4.204 ha < chỉ tiêu 4.275–4.725 ha"));
    let need = below.required.clone().unwrap();
    let reached = judge(&i, Method::Compound { rate_pct: need });
    assert!(reached.met, "{need} %/yr reaches the window");
    // 4 %/yr: 4.867 ha, above the high end: missed too; the rate needed comes down.
    let above = judge(&i, Method::Compound { rate_pct: 4.0 });
    assert!(!above.met);
    assert_eq!(above.goal, 4725.0);
    assert!(sentence(&i, &above, Lang::Vi).contains("4.867 ha > chỉ tiêu 4.275–4.725 ha"));
    let down = above.required.clone().unwrap();
    assert!(down < 4.0 && judge(&i, Method::Compound { rate_pct: down }).met);
}

#[test]
fn a_range_of_growth_rates() {
    let i = range();
    assert_eq!(bounds(&i), Some((7.0, 8.0)));
    assert_eq!(target_words(&i, None, Lang::Vi), "7–8%/năm");
    assert!(judge(&i, Method::Compound { rate_pct: 7.5 }).met);
    assert!(
        judge(&i, Method::Compound { rate_pct: 7.0 }).met,
        "the ends count"
    );
    assert!(
        judge(&i, Method::Compound { rate_pct: 8.0 }).met,
        "the ends count"
    );
    let slow = judge(&i, Method::Compound { rate_pct: 6.0 });
    assert!(!slow.met);
    assert_eq!(slow.required.clone().unwrap(), 7.0);
    let fast = judge(&i, Method::Compound { rate_pct: 9.5 });
    assert!(!fast.met);
    assert_eq!(fast.required.clone().unwrap(), 8.0);
    assert!(sentence(&i, &fast, Lang::En).contains("9.5%/yr > target 7–8%/yr"));
}

#[test]
fn the_chance_of_the_window_is_the_chance_of_both_ends() {
    let i = range();
    let a = Assumption {
        method: Method::Compound { rate_pct: 7.5 },
        spread: Some(Spread::Around { width: 1.0 }),
        ..i.assumption.clone()
    };
    let run = Run {
        draws: 10_000,
        seed: 7,
        stream: 0,
    };
    let settings = plan().settings;
    let period = Period::of(&plan());
    let both = monte_carlo(&i, &a, &settings, period, run).probability_met;
    let (lo, hi) = sides(&i).unwrap();
    let p_lo = monte_carlo(&lo, &a, &settings, period, run).probability_met;
    let p_hi = monte_carlo(&hi, &a, &settings, period, run).probability_met;
    // Uniform 6,5 to 8,5: half the draws in 7 to 8.
    assert!((both - 0.5).abs() < 0.02, "{both}");
    assert!(both <= p_lo.min(p_hi));
    assert!((both - (p_lo + p_hi - 1.0)).abs() < 1e-12);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The verdict and the outcome shown beside it agree: met exactly when the outcome,
    /// as shown, lies in the window; and the rate offered always lands in it.
    #[test]
    fn the_verdict_never_contradicts_the_window(rate in -5.0f64..15.0, about_target in any::<bool>()) {
        let i = if about_target { about() } else { range() };
        let s = judge(&i, Method::Compound { rate_pct: rate });
        let (lo, hi) = bounds(&i).unwrap();
        let shown = |v: f64| show_outcome(&i, v, Lang::En).replace(',', "").parse::<f64>().unwrap();
        let a = Assumption { method: Method::Compound { rate_pct: rate }, ..i.assumption.clone() };
        let mut values = project(&i, &a, Period::of(&plan())).values;
        if i.integer { values.iter_mut().for_each(|v| *v = v.round()); }
        let o = shown(outcome(&i, &values, Period::of(&plan())));
        let inside = o >= shown(lo) && o <= shown(hi);
        prop_assert_eq!(s.met, inside, "outcome {} window {}-{}", o, lo, hi);
        if let Ok(p) = s.required.clone() {
            prop_assert!(judge(&i, Method::Compound { rate_pct: p }).met, "rate {}", p);
        }
        let direct = required_parameter(&i, &a, &plan().settings, Period::of(&plan()));
        prop_assert_eq!(direct, s.required);
    }
}

#[test]
fn nearer_the_window_is_better_in_a_comparison() {
    use bac_yen_plan::model::comparison::{better, Better};
    let i = range();
    assert_eq!(better(&i, 6.0, 6.5), Better::Better);
    assert_eq!(better(&i, 9.0, 8.5), Better::Better);
    assert_eq!(better(&i, 7.2, 7.8), Better::Same, "both inside");
    assert_eq!(better(&i, 7.5, 9.0), Better::Worse);
}
