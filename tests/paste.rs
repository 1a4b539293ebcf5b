//! Figures pasted from a spreadsheet: indicators by id or name, years from a header or in
//! order, both number styles, every bad cell named, nothing applied before the preview.

use bac_yen_plan::model::facts::FactSheet;
use bac_yen_plan::model::number::Lang;
use bac_yen_plan::model::paste::{apply_paste, read_paste, PasteProblem};
use bac_yen_plan::model::Plan;

fn plan() -> Plan {
    Plan::bundled().unwrap()
}

fn index(plan: &Plan, id: &str) -> usize {
    plan.indicators.iter().position(|i| i.id == id).unwrap()
}

#[test]
fn rows_copied_from_excel_with_a_header_in_vietnamese_style() {
    let plan = plan();
    let text = "Mã\tChỉ tiêu\tĐVT\t2025\t2026\r\n\
                3a\tTổng lượt khách du lịch\tlượt người\t61.250\t67.400\r\n\
                3b\tTổng doanh thu từ hoạt động du lịch\ttỷ đồng\t41,5\t\r\n";
    let p = read_paste(text, &plan, &FactSheet::new(), Lang::En);
    assert_eq!(
        p.style,
        Some(Lang::Vi),
        "4 digits grouped with a dot and a decimal comma"
    );
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let got: Vec<(usize, u16, f64)> = p
        .figures
        .iter()
        .map(|f| (f.indicator, f.year, f.after))
        .collect();
    assert_eq!(
        got,
        vec![
            (index(&plan, "3a"), 2025, 61250.0),
            (index(&plan, "3a"), 2026, 67400.0),
            (index(&plan, "3b"), 2025, 41.5)
        ]
    );
    let mut facts = FactSheet::new();
    apply_paste(&plan, &mut facts, &p.figures, 9.0);
    assert_eq!(facts["3a"].baseline, Some(61250.0));
    assert_eq!(facts["3a"].actuals.get(&2026), Some(&67400.0));
    assert_eq!(facts["3b"].changed_ms, 9.0);
    // Pasted again: nothing left to change.
    assert!(read_paste(text, &plan, &facts, Lang::Vi).figures.is_empty());
}

#[test]
fn no_header_english_style_names_and_problems() {
    let plan = plan();
    let name = plan.indicators[index(&plan, "2d")].name_en.clone();
    let text = format!(
        "2d\t{name}\t21,250\t22,100\n\
                        zz\tNot in the plan\t5\n\
                        6\t57.5\t120\n\
                        P9\t1\t2\t3\t4\t5\t6\t7\n"
    );
    let p = read_paste(&text, &plan, &FactSheet::new(), Lang::Vi);
    assert_eq!(p.style, Some(Lang::En));
    assert!(p
        .figures
        .iter()
        .any(|f| f.indicator == index(&plan, "2d") && f.year == 2025 && f.after == 21250.0));
    assert!(
        p.problems
            .iter()
            .any(|q| matches!(q, PasteProblem::UnknownIndicator { line: 2, .. })),
        "{:?}",
        p.problems
    );
    assert_eq!(p.problems.len(), 3, "{:?}", p.problems);
    // 120 % is not a share a rate can have: that cell alone is left out.
    assert!(p.problems.iter().any(|q| matches!(
        q,
        PasteProblem::BadValue {
            line: 3,
            year: 2026,
            ..
        }
    )));
    assert!(p
        .figures
        .iter()
        .any(|f| f.indicator == index(&plan, "6") && f.after == 57.5));
    // A seventh value has no year in 2025-2030.
    assert!(p
        .problems
        .iter()
        .any(|q| matches!(q, PasteProblem::NoYear { line: 4, .. })));
}

#[test]
fn any_text_reads_without_panic() {
    let plan = plan();
    for text in [
        "",
        "\t\t\n",
        "2025\t2026",
        "1\t-\t∞\t1e5",
        "3a\t\u{0}\t4.500,5,5",
        "Năm 2025\tNăm 2026\n1\t40\t44",
    ] {
        let _ = read_paste(text, &plan, &FactSheet::new(), Lang::Vi);
    }
}
