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
    let reference = Scenario::reference(&plan, &Default::default(), "");
    let default = Scenario {
        assumptions: Default::default(),
        ..reference.clone()
    };
    let mut n = 0;
    for s in [&default, &reference] {
        let results = assess_list(&plan, &s.assumptions_for(&plan, &Default::default()));
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

mod precision {
    use super::*;
    use bac_yen_plan::model::target::{show_outcome, show_value};
    use proptest::prelude::*;

    fn decimals(s: &str, lang: Lang) -> usize {
        let mark = if lang == Lang::Vi { ',' } else { '.' };
        s.split_once(mark).map_or(0, |(_, f)| f.len())
    }

    proptest! {
        /// Counts (bản, con, người, doanh nghiệp, lượt) are never shown with decimals;
        /// per cent with one at most, tỷ đồng with two at most: in both languages, for
        /// every indicator of the plan and any value.
        #[test]
        fn each_unit_keeps_its_precision(k in 0usize..1000, v in 0.0f64..2_000_000.0, vi in any::<bool>()) {
            let plan = Plan::bundled().expect("bundled plan");
            let ind = &plan.indicators[k % plan.indicators.len()];
            let lang = if vi { Lang::Vi } else { Lang::En };
            let shown = show_value(ind, v, lang);
            let most = if ind.integer {
                0
            } else if ind.unit_vi.starts_with('%') {
                1
            } else if ind.unit_vi.starts_with("tỷ đồng") {
                2
            } else {
                3
            };
            prop_assert!(decimals(&shown, lang) <= most, "{} {}: «{}»", ind.id, ind.unit_vi, shown);
            if ind.integer {
                let outcome = show_outcome(ind, v, lang);
                let in_series_units = matches!(
                    ind.target.kind,
                    bac_yen_plan::model::TargetKind::Level | bac_yen_plan::model::TargetKind::Cumulative
                );
                prop_assert!(!in_series_units || decimals(&outcome, lang) == 0, "{}: «{}»", ind.id, outcome);
            }
        }
    }

    #[test]
    fn a_count_of_seven_and_a_half_villages_is_never_printed() {
        let plan = Plan::bundled().expect("bundled plan");
        let eleven = plan.indicators.iter().find(|i| i.id == "11").expect("11");
        assert_eq!(show_value(eleven, 7.5, Lang::Vi), "8");
        assert_eq!(show_outcome(eleven, 7.4, Lang::Vi), "7");
        let water = plan.indicators.iter().find(|i| i.id == "19").expect("19");
        assert_eq!(show_value(water, 67.53, Lang::Vi), "67,5");
    }
}

#[test]
fn dates_read_as_documents_write_them() {
    use bac_yen_plan::model::wording::document_date;
    assert_eq!(
        document_date("Bắc Yên", 5, 3, 2026, Lang::Vi),
        "Bắc Yên, ngày 05 tháng 3 năm 2026"
    );
    assert_eq!(
        document_date("Bắc Yên", 19, 12, 2025, Lang::Vi),
        "Bắc Yên, ngày 19 tháng 12 năm 2025"
    );
    assert_eq!(
        document_date("Bắc Yên", 1, 2, 2027, Lang::Vi),
        "Bắc Yên, ngày 01 tháng 02 năm 2027"
    );
    assert_eq!(
        document_date("Bắc Yên", 5, 3, 2026, Lang::En),
        "Bắc Yên, 5 March 2026"
    );
}

#[test]
fn the_resolutions_spelling_and_quotation_marks() {
    // The resolution writes hóa, xóa, thủy, ủy (the tone on the main vowel) and “ ”.
    let old_style = ["oá", "oà", "oả", "oã", "oạ", "uý", "uỳ", "uỷ", "uỹ", "uỵ"];
    for &t in Text::ALL {
        for lang in LANGS {
            let s = text(lang, t);
            assert!(!s.contains('«') && !s.contains('»'), "{t:?}: «{s}»");
            assert!(!s.contains('−'), "{t:?}: one minus sign: «{s}»");
            if lang == Lang::Vi {
                for word in s.split(|c: char| !c.is_alphabetic()) {
                    for o in old_style {
                        assert!(!word.ends_with(o), "{t:?}: «{word}» in «{s}»");
                    }
                }
            }
        }
    }
}

#[test]
fn the_plans_notes_read_as_a_document_could_print_them() {
    let plan = Plan::bundled().expect("bundled plan");
    for ind in &plan.indicators {
        let b = &ind.baseline;
        let texts = [
            ind.name_vi.as_str(),
            ind.note_vi.as_deref().unwrap_or(""),
            b.source_vi.as_str(),
        ];
        for s in texts {
            assert!(!spaced_percent(s), "{}: «{s}»", ind.id);
            // Points to clarify are put neutrally, never as a judgement of the text.
            for judging in ["có lẽ", "lỗi soạn thảo", "TT Bắc Yên", "LĐTBXH"] {
                assert!(
                    !s.to_lowercase().contains(&judging.to_lowercase()),
                    "{}: «{judging}» in «{s}»",
                    ind.id
                );
            }
        }
        for s in [ind.name_en.as_str(), b.source_en.as_str()] {
            for awkward in ["Individual-economy", "sub-zone", "TT Bắc Yên"] {
                assert!(!s.contains(awkward), "{}: «{s}»", ind.id);
            }
        }
    }
}

#[test]
fn a_target_reads_with_its_unit_and_the_poverty_threshold_it_is_judged_by() {
    use bac_yen_plan::model::wording::target_words;
    let plan = Plan::bundled().expect("bundled plan");
    let get = |id: &str| plan.indicators.iter().find(|i| i.id == id).expect(id);
    let poverty = target_words(get("9"), Some(&plan.settings), Lang::Vi);
    assert!(poverty.starts_with("≤ 1% hộ"), "{poverty}");
    assert!(poverty.contains("cơ bản không còn"), "{poverty}");
    assert_eq!(
        target_words(get("19"), Some(&plan.settings), Lang::Vi),
        "≥ 50%"
    );
    for ind in &plan.indicators {
        for lang in LANGS {
            let words = target_words(ind, Some(&plan.settings), lang);
            assert!(!spaced_percent(&words), "{}: «{words}»", ind.id);
        }
    }
}

#[test]
fn the_plans_vietnamese_notes_quote_with_the_resolutions_marks() {
    let plan = Plan::bundled().expect("bundled plan");
    for ind in &plan.indicators {
        for s in [
            ind.note_vi.as_deref().unwrap_or(""),
            ind.baseline.source_vi.as_str(),
        ] {
            assert!(!s.contains('"'), "{}: «{s}»", ind.id);
            assert_eq!(
                s.matches('“').count(),
                s.matches('”').count(),
                "{}: «{s}»",
                ind.id
            );
        }
    }
}

#[test]
fn an_actual_reads_against_the_same_period() {
    use bac_yen_plan::model::wording::against_same_period;
    let plan = Plan::bundled().expect("bundled plan");
    let get = |id: &str| plan.indicators.iter().find(|i| i.id == id).expect(id);
    assert_eq!(
        against_same_period(get("2a"), 4515.0, 4300.0, Lang::Vi).as_deref(),
        Some("+5% so với cùng kỳ")
    );
    assert_eq!(
        against_same_period(get("19"), 40.5, 38.0, Lang::Vi).as_deref(),
        Some("+2,5 điểm phần trăm so với cùng kỳ")
    );
    assert_eq!(
        against_same_period(get("19"), 36.0, 38.0, Lang::En).as_deref(),
        Some("-2 pp on the year before")
    );
    assert_eq!(against_same_period(get("2a"), 10.0, 0.0, Lang::Vi), None);
}

#[test]
fn the_resolution_is_named_in_full() {
    use bac_yen_plan::model::wording::resolution_name;
    let plan = Plan::bundled().expect("bundled plan");
    let vi = resolution_name(&plan.resolution, Lang::Vi);
    assert_eq!(
        vi,
        "Nghị quyết số 32/NQ-HĐND ngày 19/12/2025 của HĐND xã Bắc Yên"
    );
    // The subtitle names it the same way.
    assert!(text(Lang::Vi, Text::AppSubtitle).starts_with(&vi));
    assert_eq!(
        resolution_name(&plan.resolution, Lang::En),
        "Resolution No. 32/NQ-HĐND of 19/12/2025 of the People's Council of Bắc Yên commune"
    );
    // A plan of the planner's own, with no number or date: named by its title and place.
    let own = bac_yen_plan::model::plans::blank_plan("Kế hoạch năm 2026", "Plan for 2026", &plan);
    assert_eq!(
        resolution_name(&own.resolution, Lang::Vi),
        "Kế hoạch năm 2026 · xã Bắc Yên"
    );
    assert_eq!(
        resolution_name(&own.resolution, Lang::En),
        "Plan for 2026 · Bắc Yên commune"
    );
}

#[test]
fn the_outcome_reads_as_a_share_of_the_plan_where_that_means_something() {
    use bac_yen_plan::model::wording::share_of_plan;
    let plan = Plan::bundled().expect("bundled plan");
    let get = |id: &str| plan.indicators.iter().find(|i| i.id == id).expect(id);
    // 19: at least 50% clean water; a projection of 48,2 is 96,4% of the plan.
    assert_eq!(
        share_of_plan(get("19"), 48.2, Lang::Vi).as_deref(),
        Some("Ước đạt 96,4% KH")
    );
    assert_eq!(
        share_of_plan(get("19"), 48.2, Lang::En).as_deref(),
        Some("96.4% of the plan")
    );
    // A growth rate (1), a "below" (P4) and "none left" (9) have no share.
    assert_eq!(share_of_plan(get("1"), 8.0, Lang::Vi), None);
    assert_eq!(share_of_plan(get("P4"), 50.0, Lang::Vi), None);
    assert_eq!(share_of_plan(get("9"), 0.5, Lang::Vi), None);
}

#[test]
fn names_the_app_gave_follow_the_language_and_typed_names_stay() {
    use bac_yen_plan::model::wording::scenario_name;
    assert_eq!(scenario_name("New scenario", Lang::Vi), "Kịch bản mới");
    assert_eq!(
        scenario_name("Kịch bản mới (3)", Lang::En),
        "New scenario (3)"
    );
    assert_eq!(scenario_name("Kịch bản 1", Lang::En), "Scenario 1");
    assert_eq!(
        scenario_name("Trial copy of the plan", Lang::Vi),
        "Thử từ kế hoạch gốc"
    );
    // Typed by the planner: theirs, in any language.
    assert_eq!(
        scenario_name("New scenario for the council", Lang::Vi),
        "New scenario for the council"
    );
    assert_eq!(
        scenario_name("Kịch bản mới (x)", Lang::En),
        "Kịch bản mới (x)"
    );
    assert_eq!(scenario_name("Phương án cao", Lang::En), "Phương án cao");
}

#[test]
fn the_2025_figure_has_one_source_line_whoever_entered_it() {
    use bac_yen_plan::model::wording::{assumption_words, baseline_source, FigureSource};
    let plan = Plan::bundled().unwrap();
    let ind = plan.indicator("1").unwrap();
    let commune = FigureSource::Commune {
        entered: "30/11/2026".into(),
    };
    assert_eq!(
        baseline_source(ind, 52.0, &commune, Lang::Vi),
        "Năm 2025: 52 tỷ đồng. Số liệu của xã, nhập ngày 30/11/2026."
    );
    assert!(
        baseline_source(ind, 45.0, &FigureSource::Scenario, Lang::En)
            .ends_with("This scenario's own figure.")
    );
    let plan_line = baseline_source(ind, ind.baseline.value, &FigureSource::Plan, Lang::Vi);
    assert!(plan_line.contains(&ind.baseline.source_vi), "{plan_line}");
    // The assumption's words no longer repeat a 2025 figure.
    let mut a = ind.assumption.clone();
    a.baseline = Some(52.0);
    assert!(!assumption_words(ind, &a, 0.0, Lang::Vi).contains("52"));
}

#[test]
fn the_skeletons_first_use_words_are_the_apps() {
    // index.html paints the first-use panel before the wasm arrives (the page's largest
    // text, so its first paint is the LCP): the same words as ui/welcome.rs, or the panel
    // would change under the reader's eyes.
    let page = include_str!("../index.html");
    for t in [
        Text::WelcomeTitle,
        Text::WelcomeIllustrative,
        Text::WelcomeStepFigures,
        Text::WelcomeStepTry,
    ] {
        assert!(
            page.contains(text(Lang::Vi, t)),
            "{t:?} differs in index.html"
        );
    }
}
