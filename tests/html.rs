//! The HTML the model writes for show-only tables: every name escaped, the hooks tests and
//! styles rely on, actual values set apart, the illustrative mark.

use bac_yen_plan::model::facts::{FactSheet, Facts};
use bac_yen_plan::model::html::{annex_rows, compare_rows, escape, slide_row};
use bac_yen_plan::model::number::Lang;
use bac_yen_plan::model::scenario::Scenario;
use bac_yen_plan::model::status::assess_list;
use bac_yen_plan::model::Plan;

#[test]
fn text_is_escaped_for_tags_and_attributes() {
    assert_eq!(
        escape(r#"<img src=x onerror="a('b')"> & co"#),
        "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co"
    );
    assert_eq!(escape("Kịch bản 1"), "Kịch bản 1");
}

#[test]
fn the_annex_has_a_row_per_indicator_with_actuals_and_the_mark() {
    let plan = Plan::bundled().unwrap();
    let s = Scenario::new("a".into(), "A", 0.0);
    // The commune entered 2026's actual for indicator 1.
    let mut facts = FactSheet::new();
    facts.insert(
        "1".into(),
        Facts {
            actuals: [(2026, 44.0)].into_iter().collect(),
            ..Facts::default()
        },
    );
    let results = assess_list(&plan, &s.assumptions_for(&plan, &facts));
    let marks: Vec<bool> = (0..plan.indicators.len()).map(|k| k % 2 == 0).collect();
    let html = annex_rows(&plan, &results, &marks, Lang::Vi);
    assert_eq!(html.matches("<tr data-summary-row=").count(), 37);
    // Baseline and the 2026 actual of indicator 1 are known; the rest projected.
    let first = &html[..html.find("</tr>").unwrap()];
    assert_eq!(first.matches(r#"data-kind="actual""#).count(), 2, "{first}");
    assert_eq!(first.matches(r#"data-kind="projected""#).count(), 4);
    assert!(
        first.contains(">40†</td>") && first.contains(">44</td>"),
        "{first}"
    );
    assert_eq!(html.matches('†').count(), 19, "marked where asked");
    assert!(
        first.contains("Tốc độ tăng"),
        "names keep their capital letter"
    );
}

#[test]
fn slide_rows_and_compare_rows_carry_their_hooks() {
    let plan = Plan::bundled().unwrap();
    let a = Scenario::new("a".into(), "A", 0.0);
    let shown = assess_list(&plan, &a.assumptions_for(&plan, &Default::default()));
    let i = plan.indicators.iter().position(|i| i.id == "9").unwrap();
    let row = slide_row(&plan.indicators[i], &shown[i].1, &plan.settings, Lang::Vi);
    assert!(
        row.starts_with(r#"<li class="slide-row" data-slide-indicator="9">"#),
        "{row}"
    );
    assert!(row.contains("Chênh lệch: "), "{row}");
    let mut b = a.clone();
    let mut list = b.assumptions_for(&plan, &Default::default());
    let p = list[i].method.parameter().unwrap();
    list[i].method = list[i].method.with_parameter(p / 2.0);
    b.set_assumption(&plan, i, list[i].clone());
    let other = assess_list(&plan, &b.assumptions_for(&plan, &Default::default()));
    let rows = compare_rows(&plan, &shown, &[other.as_slice()], &[i], Lang::Vi);
    assert!(rows.contains(r#"data-slide-indicator="9""#));
    // Poverty falling more slowly is worse.
    assert!(rows.contains(r#"data-better="worse""#), "{rows}");
}
