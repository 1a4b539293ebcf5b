//! The council's own words (issue 17): every verdict and method has its words in both
//! languages, the verdicts read as UBND reports write them, the plan-wide adjustment has
//! one name, and no Vietnamese string puts a space before % (the resolution writes
//! "70%"), including every reason sentence the plan's indicators produce.

use bac_yen_plan::model::edit::methods_for;
use bac_yen_plan::model::number::Lang;
use bac_yen_plan::model::reason::sentence;
use bac_yen_plan::model::scenario::Scenario;
use bac_yen_plan::model::status::assess_list;
use bac_yen_plan::model::texts::{text, Text};
use bac_yen_plan::model::wording::{method_name, verdict_text};
use bac_yen_plan::model::{Plan, Verdict};

const LANGS: [Lang; 2] = [Lang::Vi, Lang::En];

/// A space (of any kind) right before a per-cent sign: "70 %" where "70%" belongs.
fn spaced_percent(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars
        .windows(2)
        .any(|w| w[0].is_whitespace() && w[1] == '%')
}

#[test]
fn verdicts_read_as_ubnd_reports_write_them() {
    let vi = |v| verdict_text(Lang::Vi, v);
    assert_eq!(vi(Verdict::Achieved), "Đã đạt");
    assert_eq!(vi(Verdict::Missed), "Không đạt");
    assert_eq!(vi(Verdict::OnTrack), "Có khả năng đạt");
    assert_eq!(vi(Verdict::Accelerate), "Cần đẩy nhanh tiến độ");
    assert_eq!(vi(Verdict::Limited), "Khó đạt");
    assert_eq!(vi(Verdict::Deteriorating), "Diễn biến ngược");
    assert_eq!(vi(Verdict::Unassessable), "Chưa đủ cơ sở đánh giá");
    for lang in LANGS {
        let words: Vec<&str> = Verdict::ALL
            .iter()
            .map(|&v| verdict_text(lang, v))
            .collect();
        for (i, w) in words.iter().enumerate() {
            assert!(!w.trim().is_empty(), "{lang:?} verdict {i} has no words");
            assert!(!words[..i].contains(w), "{lang:?}: two verdicts read «{w}»");
        }
    }
    // The header counts what it says it counts.
    assert_eq!(
        text(Lang::Vi, Text::OnTrackSummary),
        "chỉ tiêu đã đạt hoặc có khả năng đạt"
    );
}

#[test]
fn every_method_and_text_has_both_languages_and_no_space_before_percent() {
    let plan = Plan::bundled().expect("bundled plan");
    let mut checked = 0;
    for ind in &plan.indicators {
        for m in methods_for(ind, &ind.assumption.method) {
            for lang in LANGS {
                let name = method_name(&m, lang);
                assert!(
                    !name.trim().is_empty(),
                    "{} {lang:?}: a method without a name",
                    ind.id
                );
                assert!(!spaced_percent(name), "{lang:?}: «{name}»");
                checked += 1;
            }
        }
    }
    for &t in Text::ALL {
        for lang in LANGS {
            let s = text(lang, t);
            assert!(!s.trim().is_empty(), "{t:?} has no {lang:?} words");
            assert!(!spaced_percent(s), "{t:?} {lang:?}: «{s}»");
            checked += 1;
        }
    }
    assert!(checked > 200, "only {checked} strings checked");
}

#[test]
fn the_plan_wide_adjustment_has_one_name_and_jargon_is_gone() {
    for &t in Text::ALL {
        let s = text(Lang::Vi, t).to_lowercase();
        for old in ["tốc độ chung", "nhịp độ chung", "đúng hướng", "p10", "chép"] {
            // "sao chép" is the plain word; a bare "chép" is not.
            if old == "chép" && !s.contains("chép") {
                continue;
            }
            if old == "chép" {
                assert!(
                    s.contains("sao chép"),
                    "{t:?}: «{s}» says «chép» without «sao»"
                );
                continue;
            }
            assert!(!s.contains(old), "{t:?}: «{s}» still says «{old}»");
        }
        if s.contains("điều chỉnh") {
            assert!(s.contains("hệ số điều chỉnh chung"), "{t:?}: «{s}»");
        }
    }
    assert_eq!(text(Lang::Vi, Text::Pace), "Hệ số điều chỉnh chung (%)");
    assert_eq!(
        text(Lang::Vi, Text::ChartBand),
        "Khoảng dao động (80% khả năng)"
    );
    assert_eq!(text(Lang::Vi, Text::BaselineField), "Số liệu năm 2025");
}

#[test]
fn reason_sentences_put_no_space_before_percent() {
    let plan = Plan::bundled().expect("bundled plan");
    let reference = Scenario::reference(&plan, "");
    let default = Scenario {
        assumptions: Default::default(),
        ..reference.clone()
    };
    let mut n = 0;
    for s in [&default, &reference] {
        let results = assess_list(&plan, &s.assumptions_for(&plan));
        for (ind, (_, status)) in plan.indicators.iter().zip(&results) {
            for lang in LANGS {
                let line = sentence(ind, status, lang);
                assert!(!spaced_percent(&line), "{} {lang:?}: «{line}»", ind.id);
                n += 1;
            }
        }
    }
    assert_eq!(n, 2 * 2 * plan.indicators.len());
}
