//! The council's annexes as written HTML (the year-end screen, the printed report) and
//! as CSV: one grid of cells per annex, written either way, so the screen, the paper and
//! the spreadsheet never disagree.

use crate::model::basics::number::{format_number, Lang};
use crate::model::plan::year_figures::{FigureKind, YearTarget};
use crate::model::plan::{Indicator, Plan};
use crate::model::projection::target::value_decimals;
use crate::model::words::wording::capitalised;
use crate::model::writing::csv::field;
use crate::model::writing::html::escape;
use crate::model::year::annex::{kind_words, MidYearRow, YearEndRow};
use crate::model::year::nature::Comparison;
use crate::model::year::words::{word, YearWord as W};

/// One annex: two header rows (the second under "So sánh (%)"), the numbering row, and
/// one row of cells per indicator with the attributes checks and styles read.
pub struct Grid {
    /// (text, columns spanned, rows spanned) for the first header row.
    pub head: Vec<(String, u8, u8)>,
    pub sub: Vec<String>,
    pub rows: Vec<GridRow>,
    /// Some cell carries † (the plan's illustrative figure): the annex says what it means.
    pub illustrative: bool,
}

pub struct GridRow {
    pub id: String,
    pub cells: Vec<String>,
    /// `data-*` attributes: name, value.
    pub attrs: Vec<(&'static str, String)>,
    /// An input for the six-month figure in this column, if any: (name, value).
    pub input: Option<(usize, String, String)>,
    /// Columns whose figure is the plan's illustrative one. The text stays the number
    /// (CSV and checks read it); the screen adds † by style, the documents in the text.
    pub marked: Vec<usize>,
}

/// What † means, under every annex that carries one (the report's own words).
pub fn illustrative_note(lang: Lang) -> &'static str {
    crate::model::texts::text(lang, crate::model::texts::Text::AnnexIllustrativeNote)
}

fn value(ind: &Indicator, v: f64, lang: Lang) -> String {
    format_number(v, value_decimals(ind, v), lang)
}

fn with_kind(ind: &Indicator, f: Option<(f64, Option<FigureKind>)>, lang: Lang) -> String {
    match f {
        Some((v, Some(FigureKind::Estimate))) => format!(
            "{} ({})",
            value(ind, v, lang),
            kind_words(FigureKind::Estimate, lang)
        ),
        Some((v, _)) => value(ind, v, lang),
        None => String::new(),
    }
}

fn compared(v: Option<f64>, c: Comparison, lang: Lang) -> String {
    match (v, c) {
        (None, _) => String::new(),
        (Some(v), Comparison::Ratio) => format_number(v, 1, lang),
        (Some(v), Comparison::Points) => {
            let sign = if v > 0.0 { "+" } else { "" };
            format!(
                "{sign}{} {}",
                format_number(v, 1, lang),
                word(W::Points, lang)
            )
        }
    }
}

fn target_text(ind: &Indicator, t: Option<YearTarget>, lang: Lang) -> String {
    match t {
        Some(YearTarget::Value(v)) => value(ind, v, lang),
        Some(YearTarget::Trend(t)) => t.word(lang).to_string(),
        None => String::new(),
    }
}

/// A number for a `data-*` attribute: plain, four decimals at most.
fn attr(v: Option<f64>) -> String {
    v.map(|v| ((v * 1e4).round() / 1e4).to_string())
        .unwrap_or_default()
}

fn name_of(ind: &Indicator, lang: Lang) -> String {
    capitalised(ind.name(lang))
}

pub fn year_end_grid(plan: &Plan, rows: &[YearEndRow], year: u16, lang: Lang) -> Grid {
    let head = vec![
        (word(W::No, lang).to_string(), 1, 2),
        (word(W::Indicator, lang).to_string(), 1, 2),
        (word(W::Unit, lang).to_string(), 1, 2),
        (
            lang.pick(
                format!("TH năm {}", year - 1),
                format!("Actual {}", year - 1),
            ),
            1,
            2,
        ),
        (
            lang.pick(format!("KH năm {year}"), format!("Target {year}")),
            1,
            2,
        ),
        (
            lang.pick(format!("Ước TH năm {year}"), format!("Estimate {year}")),
            1,
            2,
        ),
        (word(W::Compare, lang).to_string(), 2, 1),
        (word(W::Evaluation, lang).to_string(), 1, 2),
        (
            lang.pick(
                format!("KH năm {}", year + 1),
                format!("Target {}", year + 1),
            ),
            1,
            2,
        ),
        (word(W::Note, lang).to_string(), 1, 2),
    ];
    let sub = vec![
        word(W::WithPlan, lang).to_string(),
        word(W::WithLastYear, lang).to_string(),
    ];
    let lines = plan
        .indicators
        .iter()
        .zip(rows)
        .enumerate()
        .map(|(k, (ind, r))| {
            let next = r.next.as_ref().map(|n| n.target);
            let next_attr = match next {
                Some(YearTarget::Value(v)) => attr(Some(v)),
                Some(YearTarget::Trend(t)) => t.key().to_string(),
                None => String::new(),
            };
            let next_text = match &r.next {
                Some(n) if !n.typed => format!(
                    "{} ({})",
                    target_text(ind, next, lang),
                    word(W::Proposed, lang).to_lowercase()
                ),
                _ => target_text(ind, next, lang),
            };
            GridRow {
                id: ind.id.clone(),
                cells: vec![
                    (k + 1).to_string(),
                    name_of(ind, lang),
                    ind.unit(lang).to_string(),
                    with_kind(ind, r.last_year, lang),
                    target_text(ind, r.plan, lang),
                    with_kind(ind, r.figure, lang),
                    compared(r.result.and_then(|x| x.vs_plan), r.comparison, lang),
                    compared(r.result.and_then(|x| x.vs_last_year), r.comparison, lang),
                    r.result
                        .map(|x| x.eval.word(lang).to_string())
                        .unwrap_or_default(),
                    next_text,
                    r.note.clone(),
                ],
                attrs: vec![
                    ("annex-row", ind.id.clone()),
                    (
                        "eval",
                        r.result.map(|x| x.eval.key()).unwrap_or("").to_string(),
                    ),
                    ("pct-plan", attr(r.result.and_then(|x| x.vs_plan))),
                    ("pct-last-year", attr(r.result.and_then(|x| x.vs_last_year))),
                    ("next-target", next_attr),
                    ("compare", r.comparison.key().to_string()),
                    (
                        "figure-kind",
                        r.figure
                            .and_then(|f| f.1)
                            .map(|k| k.key())
                            .unwrap_or("")
                            .to_string(),
                    ),
                ],
                input: None,
                marked: if r.last_year_illustrative {
                    vec![3]
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    Grid {
        head,
        sub,
        rows: lines,
        illustrative: rows.iter().any(|r| r.last_year_illustrative),
    }
}

pub fn mid_year_grid(
    plan: &Plan,
    rows: &[MidYearRow],
    year: u16,
    lang: Lang,
    inputs: bool,
) -> Grid {
    let head = vec![
        (word(W::No, lang).to_string(), 1, 1),
        (word(W::Indicator, lang).to_string(), 1, 1),
        (word(W::Unit, lang).to_string(), 1, 1),
        (
            lang.pick(format!("KH năm {year}"), format!("Target {year}")),
            1,
            1,
        ),
        (word(W::HalfYear, lang).to_string(), 1, 1),
        (word(W::ShareOfPlan, lang).to_string(), 1, 1),
        (word(W::HalfVsLastYear, lang).to_string(), 1, 1),
        (word(W::FullYear, lang).to_string(), 1, 1),
    ];
    let lines = plan
        .indicators
        .iter()
        .zip(rows)
        .enumerate()
        .map(|(k, (ind, r))| {
            let half = r.half.map(|v| value(ind, v, lang)).unwrap_or_default();
            let band = r.band.map(|b| b.key()).unwrap_or("");
            GridRow {
                id: ind.id.clone(),
                cells: vec![
                    (k + 1).to_string(),
                    name_of(ind, lang),
                    ind.unit(lang).to_string(),
                    r.plan.map(|v| value(ind, v, lang)).unwrap_or_default(),
                    half.clone(),
                    r.share
                        .map(|v| format_number(v, 1, lang))
                        .unwrap_or_default(),
                    compared(r.vs_last_year, r.comparison, lang),
                    with_kind(ind, r.full_year, lang),
                ],
                attrs: vec![
                    ("midyear-row", ind.id.clone()),
                    ("band", band.to_string()),
                    ("share", attr(r.share)),
                    (
                        "nature",
                        match r.nature {
                            crate::model::year::nature::Nature::Flow => "flow".into(),
                            crate::model::year::nature::Nature::Level => "level".into(),
                        },
                    ),
                ],
                input: inputs.then(|| (4, format!("midyear-{}", ind.id), half)),
                marked: Vec::new(),
            }
        })
        .collect();
    Grid {
        head,
        sub: Vec::new(),
        rows: lines,
        illustrative: false,
    }
}

/// The grid as an HTML table, with the numbering row (1), (2), ... under the headers.
pub fn grid_html(grid: &Grid, name: &str, lang: Lang) -> String {
    let mut out = format!(
        "<table class=\"annex year-annex\" data-annex=\"{}\"><thead><tr>",
        escape(name)
    );
    for (t, cols, rows) in &grid.head {
        out.push_str(&format!(
            "<th scope=\"col\" colspan=\"{cols}\" rowspan=\"{rows}\">{}</th>",
            escape(t)
        ));
    }
    out.push_str("</tr>");
    if !grid.sub.is_empty() {
        out.push_str("<tr>");
        for t in &grid.sub {
            out.push_str(&format!("<th scope=\"col\">{}</th>", escape(t)));
        }
        out.push_str("</tr>");
    }
    let columns: usize = grid.head.iter().map(|h| usize::from(h.1)).sum();
    out.push_str("<tr class=\"numbering\">");
    for k in 1..=columns {
        out.push_str(&format!("<td>({k})</td>"));
    }
    out.push_str("</tr></thead><tbody>");
    for r in &grid.rows {
        out.push_str("<tr");
        for (k, v) in &r.attrs {
            out.push_str(&format!(" data-{k}=\"{}\"", escape(v)));
        }
        out.push('>');
        for (k, c) in r.cells.iter().enumerate() {
            match &r.input {
                Some((col, name, v)) if *col == k => out.push_str(&format!(
                    "<td><input type=\"text\" inputmode=\"decimal\" class=\"year-input\" data-input=\"{}\" value=\"{}\" aria-label=\"{}\"></td>",
                    escape(name),
                    escape(v),
                    escape(&r.cells[1]),
                )),
                _ if r.marked.contains(&k) => out.push_str(&format!(
                    "<td class=\"illustrative\" data-illustrative=\"\">{}</td>",
                    escape(c)
                )),
                _ => out.push_str(&format!("<td>{}</td>", escape(c))),
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    if grid.illustrative {
        out.push_str(&format!(
            "<p class=\"annex-note\" data-annex-illustrative=\"\">{}</p>",
            escape(illustrative_note(lang))
        ));
    }
    out
}

/// The grid as CSV (UTF-8 with a byte-order mark, the language's separator), the
/// header rows and the numbering row first, then the summary line.
pub fn grid_csv(grid: &Grid, title: &str, summary: &str, lang: Lang) -> String {
    let sep = lang.pick(';', ',');
    let mut out = String::from("\u{feff}");
    let line = |out: &mut String, cells: &[String]| {
        let row: Vec<String> = cells.iter().map(|c| field(c, sep)).collect();
        out.push_str(&row.join(&sep.to_string()));
        out.push_str("\r\n");
    };
    line(&mut out, &[title.to_string()]);
    let mut top = Vec::new();
    let mut second = Vec::new();
    let mut sub = grid.sub.iter();
    for (t, cols, _) in &grid.head {
        top.push(t.clone());
        if *cols > 1 {
            for k in 0..*cols {
                if k > 0 {
                    top.push(String::new());
                }
                second.push(sub.next().cloned().unwrap_or_default());
            }
        } else {
            second.push(String::new());
        }
    }
    line(&mut out, &top);
    if !grid.sub.is_empty() {
        line(&mut out, &second);
    }
    let numbering: Vec<String> = (1..=top.len()).map(|k| format!("({k})")).collect();
    line(&mut out, &numbering);
    for r in &grid.rows {
        line(&mut out, &r.cells);
    }
    line(&mut out, &[summary.to_string()]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::facts::FactSheet;
    use crate::model::year::annex::{mid_year_rows, year_end_rows, year_end_summary};

    fn sheet() -> FactSheet {
        let mut s = FactSheet::new();
        let r = s.entry("1".into()).or_default();
        r.set_annual_target(2026, Some(YearTarget::Value(50.0)), 1.0);
        r.set_entry(2026, FigureKind::Estimate, Some(52.0), 2.0);
        r.set_half_year(2026, Some(30.0), 3.0);
        s
    }

    #[test]
    fn the_year_end_annex_in_html_and_csv_in_both_languages() {
        let plan = Plan::from_json(crate::model::plan::PLAN_JSON).unwrap();
        for lang in [Lang::Vi, Lang::En] {
            let rows = year_end_rows(&plan, &sheet(), 2026, lang);
            let grid = year_end_grid(&plan, &rows, 2026, lang);
            let html = grid_html(&grid, "year-end", lang);
            // The plan's illustrative 2025 figures are marked, and the annex says so.
            assert!(
                html.contains("<td class=\"illustrative\" data-illustrative=\"\">40</td>")
                    && html.contains("data-annex-illustrative")
            );
            assert!(
                html.contains("data-annex-row=\"1\" data-eval=\"exceeded\" data-pct-plan=\"104\""),
                "{html}"
            );
            assert!(
                html.contains("<td>(11)</td>") && !html.contains("(12)"),
                "eleven columns numbered"
            );
            let csv = grid_csv(&grid, "t", &year_end_summary(&rows, lang), lang);
            let sep = lang.pick(';', ',');
            let header = csv.lines().nth(1).unwrap();
            assert_eq!(header.split(sep).count(), 11, "{header}");
            let first = csv
                .lines()
                .find(|l| l.starts_with(&format!("1{sep}")))
                .unwrap();
            assert!(first.contains(lang.pick("Vượt", "Exceeded")), "{first}");
            assert!(first.contains(&format!("{sep}104{sep}130{sep}")), "{first}");
            assert!(
                first.contains(lang.pick("52 (Ước TH)", "52 (Estimate)")),
                "{first}"
            );
        }
    }

    #[test]
    fn the_mid_year_annex_carries_its_band_and_an_input() {
        let plan = Plan::from_json(crate::model::plan::PLAN_JSON).unwrap();
        let rows = mid_year_rows(&plan, &sheet(), 2026);
        let html = grid_html(
            &mid_year_grid(&plan, &rows, 2026, Lang::Vi, true),
            "mid-year",
            Lang::Vi,
        );
        assert!(
            html.contains("data-midyear-row=\"1\" data-band=\"50\""),
            "{html}"
        );
        assert!(html.contains("data-input=\"midyear-1\" value=\"30\""));
        let printed = grid_html(
            &mid_year_grid(&plan, &rows, 2026, Lang::Vi, false),
            "mid-year",
            Lang::Vi,
        );
        assert!(!printed.contains("<input"));
    }
}
