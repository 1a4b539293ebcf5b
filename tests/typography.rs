//! Issue 25: one rule where a number meets its unit (no space before a per-cent sign in
//! either language, a space before any other unit), and names read from a text in one
//! language only, shown in that language and marked as untranslated in the other.

use bac_yen_plan::model::draft_plan::{looks_vietnamese, plan_from_drafts, plan_years};
use bac_yen_plan::model::extract::{extract, term};
use bac_yen_plan::model::number::Lang;
use bac_yen_plan::model::reason::{unit_gap, with_unit};
use bac_yen_plan::model::Plan;

#[test]
fn a_number_meets_its_unit_by_one_rule() {
    assert_eq!(with_unit("67,5", "%"), "67,5%");
    assert_eq!(with_unit("12", "% hộ"), "12% hộ");
    assert_eq!(with_unit("9,9", "%/năm"), "9,9%/năm");
    assert_eq!(with_unit("3", "‰"), "3‰");
    assert_eq!(with_unit("4.500", "ha"), "4.500 ha");
    assert_eq!(with_unit("12", ""), "12");
    assert_eq!(unit_gap("%"), "");
    assert_eq!(unit_gap("% dân số"), "");
    assert_eq!(unit_gap("tỷ đồng"), " ");
    assert_eq!(unit_gap(""), "");
}

#[test]
fn every_unit_of_the_plan_follows_the_rule() {
    let plan = Plan::bundled().unwrap();
    for ind in &plan.indicators {
        for lang in [Lang::Vi, Lang::En] {
            for unit in [ind.unit(lang), ind.target_unit(lang)] {
                let shown = with_unit("5", unit);
                assert!(!shown.contains(" %"), "{}: {shown}", ind.id);
                if !unit.is_empty() && !unit.starts_with('%') {
                    assert_eq!(shown, format!("5 {unit}"));
                }
            }
        }
    }
}

#[test]
fn vietnamese_is_told_from_english_by_its_letters() {
    assert!(looks_vietnamese("Tỷ lệ hộ nghèo"));
    assert!(looks_vietnamese("Đường giao thông"));
    assert!(looks_vietnamese("Tổng thu ngân sách"));
    assert!(!looks_vietnamese("Poor households"));
    assert!(!looks_vietnamese("Budget revenue (VND billion), 2030"));
}

#[test]
fn names_read_from_a_vietnamese_text_are_marked_untranslated_in_english() {
    let built_in = Plan::bundled().unwrap();
    let text = bac_yen_plan::model::plan::RESOLUTION_TEXT;
    let drafts: Vec<_> = extract(text).into_iter().take(5).collect();
    let years = plan_years(term(text), &drafts);
    let (plan, problems) = plan_from_drafts(&drafts, years, "Từ văn bản", "", &built_in);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(!plan.indicators.is_empty());
    for ind in &plan.indicators {
        assert!(!ind.untranslated(Lang::Vi), "{}", ind.name_vi);
        assert!(ind.untranslated(Lang::En), "{}", ind.name_vi);
        // Shown, not blank: the name as written.
        assert_eq!(ind.name(Lang::En), ind.name_vi);
    }
    assert!(plan.untranslated(Lang::En));
    assert!(!plan.untranslated(Lang::Vi));
    assert!(plan.name(Lang::En).contains("Từ văn bản"));
    // The built-in plan has both names everywhere: nothing is marked.
    assert!(built_in
        .indicators
        .iter()
        .all(|i| !i.untranslated(Lang::En)));
    assert!(!built_in.untranslated(Lang::En));
}
