//! The five-year annex as a grid, for the documents a commune files: each indicator's
//! target, its values from the base year to the horizon under the scenario in view, and
//! the verdict. The same cells as the report's annex on screen (`html::annex_rows`),
//! with the plan's illustrative baselines marked (`GridRow::marked`).

use crate::model::basics::number::Lang;
use crate::model::plan::Plan;
use crate::model::projection::project::Projection;
use crate::model::projection::status::Status;
use crate::model::projection::target::show_value;
use crate::model::words::wording::{capitalised, target_words, verdict_text};
use crate::model::writing::year_annex::{Grid, GridRow};

/// The grid: one header row, then a row per indicator; `illustrative[k]` marks the k-th
/// indicator's base-year value as the plan's illustrative one.
pub fn five_year_grid(
    plan: &Plan,
    results: &[(Projection, Status)],
    illustrative: &[bool],
    lang: Lang,
) -> Grid {
    let mut head = vec![
        (lang.pick("STT", "No.").to_string(), 1, 1),
        (lang.pick("Chỉ tiêu", "Indicator").to_string(), 1, 1),
        (lang.pick("ĐVT", "Unit").to_string(), 1, 1),
        (
            lang.pick("Mục tiêu NQ đến 2030", "Resolution's target")
                .to_string(),
            1,
            1,
        ),
    ];
    head.extend((plan.base_year..=plan.horizon).map(|y| (y.to_string(), 1, 1)));
    head.push((
        lang.pick("Đánh giá khả năng đạt", "Outlook").to_string(),
        1,
        1,
    ));
    let rows = plan
        .indicators
        .iter()
        .zip(results)
        .enumerate()
        .map(|(k, (ind, (p, st)))| {
            let mut cells = vec![
                (k + 1).to_string(),
                capitalised(ind.name(lang)),
                ind.unit(lang).to_string(),
                target_words(ind, Some(&plan.settings), lang),
            ];
            cells.extend(p.values.iter().map(|v| show_value(ind, *v, lang)));
            cells.push(verdict_text(lang, st.verdict).to_string());
            GridRow {
                id: ind.id.clone(),
                cells,
                attrs: Vec::new(),
                input: None,
                marked: if illustrative.get(k).copied().unwrap_or(false) {
                    vec![4]
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    Grid {
        head,
        sub: Vec::new(),
        rows,
        illustrative: illustrative.iter().any(|m| *m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::status::assess_list;

    #[test]
    fn a_row_per_indicator_with_its_years_and_the_illustrative_mark() {
        let plan = Plan::bundled().unwrap();
        let a: Vec<_> = plan
            .indicators
            .iter()
            .map(|i| i.assumption.clone())
            .collect();
        let results = assess_list(&plan, &a);
        let marks: Vec<bool> = plan
            .indicators
            .iter()
            .zip(&a)
            .map(|(i, a)| i.illustrative_under(a))
            .collect();
        let g = five_year_grid(&plan, &results, &marks, Lang::Vi);
        let years = usize::from(plan.horizon - plan.base_year) + 1;
        assert_eq!(g.head.len(), 5 + years);
        assert_eq!(g.rows.len(), plan.indicators.len());
        for ((row, m), (p, _)) in g.rows.iter().zip(&marks).zip(&results) {
            assert_eq!(row.cells.len(), 5 + years);
            assert_eq!(row.marked == [4], *m, "{}", row.cells[4]);
            assert!(
                row.cells.iter().all(|c| !c.contains('†')),
                "the text stays the number"
            );
            assert_eq!(p.values.len(), years);
        }
        assert!(
            marks.iter().any(|m| *m),
            "the bundled plan has illustrative figures"
        );
        assert_eq!(g.rows[0].cells[0], "1");
    }
}
