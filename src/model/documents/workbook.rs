//! The annexes as an Excel workbook: the year-end, six-month and five-year annexes, one
//! sheet each,
//! with the merged two-row headers and the numbering row, numbers stored as numbers in
//! the indicator's precision, frozen header rows, A4 landscape fitted to the page width
//! with the header rows repeated.

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use crate::model::basics::number::Lang;
use crate::model::documents::DocumentError;
use crate::model::plan::facts::FactSheet;
use crate::model::plan::year_figures::YearTarget;
use crate::model::plan::{Indicator, Plan};
use crate::model::projection::project::Projection;
use crate::model::projection::status::Status;
use crate::model::projection::target::value_decimals;
use crate::model::writing::five_year_annex::five_year_grid;
use crate::model::writing::year_annex::illustrative_note;
use crate::model::writing::year_annex::{mid_year_grid, year_end_grid, Grid};
use crate::model::year::annex::{mid_year_rows, year_end_rows};

fn excel(e: XlsxError) -> DocumentError {
    DocumentError::Excel(e.to_string())
}

/// "#,##0.00" for two decimals: Excel shows it in the reader's own number style.
fn number_format(decimals: usize) -> Format {
    let f = if decimals == 0 {
        "#,##0".to_string()
    } else {
        format!("#,##0.{}", "0".repeat(decimals))
    };
    Format::new()
        .set_num_format(f)
        .set_border(FormatBorder::Thin)
}

/// The same, with a † after the number where it is the plan's illustrative figure: the
/// cell stays a number.
fn number_format_marked(decimals: usize, marked: bool) -> Format {
    let f = number_format(decimals);
    if !marked {
        return f;
    }
    let base = if decimals == 0 {
        "#,##0".to_string()
    } else {
        format!("#,##0.{}", "0".repeat(decimals))
    };
    f.set_num_format(format!("{base}\"†\""))
}

/// The scenario's projections and which baselines are illustrative.
pub type FiveYear<'a> = (&'a [(Projection, Status)], &'a [bool]);

/// A number cell, or the shown text where the annex has no number.
fn value(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    v: Option<f64>,
    decimals: usize,
    text: &str,
    cell: &Format,
) -> Result<(), DocumentError> {
    match v {
        Some(v) => ws.write_number_with_format(row, col, v, &number_format(decimals)),
        None => ws.write_string_with_format(row, col, text, cell),
    }
    .map(|_| ())
    .map_err(excel)
}

/// The header rows and the numbering row of a grid; returns the first data row.
fn headers(ws: &mut Worksheet, grid: &Grid, title: &str) -> Result<u32, DocumentError> {
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin);
    ws.write_string_with_format(0, 0, title, &Format::new().set_bold())
        .map_err(excel)?;
    let two = !grid.sub.is_empty();
    let (mut col, mut sub) = (0u16, grid.sub.iter());
    for (text, span, rows) in &grid.head {
        let last = col + u16::from(*span) - 1;
        if *span > 1 {
            ws.merge_range(1, col, 1, last, text, &head)
                .map_err(excel)?;
            for c in col..=last {
                ws.write_string_with_format(2, c, sub.next().map_or("", |s| s.as_str()), &head)
                    .map_err(excel)?;
            }
        } else if *rows > 1 && two {
            ws.merge_range(1, col, 2, col, text, &head).map_err(excel)?;
        } else {
            ws.write_string_with_format(1, col, text, &head)
                .map_err(excel)?;
        }
        col = last + 1;
    }
    let numbering_row = if two { 3 } else { 2 };
    let italic = Format::new()
        .set_italic()
        .set_align(FormatAlign::Center)
        .set_border(FormatBorder::Thin);
    for c in 0..col {
        ws.write_string_with_format(numbering_row, c, format!("({})", c + 1), &italic)
            .map_err(excel)?;
    }
    ws.set_freeze_panes(numbering_row + 1, 0).map_err(excel)?;
    ws.set_repeat_rows(1, numbering_row).map_err(excel)?;
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_column_width(0, 5).map_err(excel)?;
    ws.set_column_width(1, 48).map_err(excel)?;
    ws.set_column_width(2, 12).map_err(excel)?;
    for c in 3..col {
        ws.set_column_width(c, 13).map_err(excel)?;
    }
    Ok(numbering_row + 1)
}

/// A row's number, name and unit.
fn row_head(
    ws: &mut Worksheet,
    r: u32,
    k: usize,
    c: &[String],
    cell: &Format,
) -> Result<(), DocumentError> {
    ws.write_number_with_format(r, 0, (k + 1) as f64, &number_format(0))
        .map_err(excel)?;
    ws.write_string_with_format(r, 1, &c[1], cell)
        .map_err(excel)?;
    ws.write_string_with_format(r, 2, &c[2], cell)
        .map_err(excel)?;
    Ok(())
}

fn decimals_of(ind: &Indicator, v: Option<f64>) -> usize {
    v.map_or(0, |v| value_decimals(ind, v))
}

/// The five-year annex: each indicator's target, its values 2025-2030 (known ones
/// bold, an illustrative baseline marked †), and the verdict, under the scenario in view.
fn five_year_sheet(
    wb: &mut Workbook,
    plan: &Plan,
    five: FiveYear,
    lang: Lang,
) -> Result<(), DocumentError> {
    let (results, illustrative) = five;
    let cell = Format::new().set_text_wrap().set_border(FormatBorder::Thin);
    let grid = five_year_grid(plan, results, illustrative, lang);
    let ws = wb
        .add_worksheet()
        .set_name(lang.pick("5 năm", "Five years"))
        .map_err(excel)?;
    let title = lang.pick(
        "Phụ lục: Dự báo thực hiện các chỉ tiêu đến năm 2030",
        "Annex: the targets to 2030",
    );
    let first = headers(ws, &grid, title)?;
    ws.set_column_width(3, 30).map_err(excel)?;
    for (k, ((ind, (p, _)), line)) in plan
        .indicators
        .iter()
        .zip(results)
        .zip(&grid.rows)
        .enumerate()
    {
        let r = first + k as u32;
        let c = &line.cells;
        row_head(ws, r, k, c, &cell)?;
        ws.write_string_with_format(r, 3, &c[3], &cell)
            .map_err(excel)?;
        for (j, v) in p.values.iter().enumerate() {
            let marked = j == 0 && illustrative.get(k).copied().unwrap_or(false);
            let f = number_format_marked(value_decimals(ind, *v), marked);
            let f = if j <= p.start { f.set_bold() } else { f };
            ws.write_number_with_format(r, 4 + j as u16, *v, &f)
                .map_err(excel)?;
        }
        let last = c.len() - 1;
        ws.write_string_with_format(r, last as u16, &c[last], &cell)
            .map_err(excel)?;
    }
    if illustrative.iter().any(|m| *m) {
        legend(ws, first + results.len() as u32 + 1, lang)?;
    }
    Ok(())
}

/// The line under a sheet that says what † means.
fn legend(ws: &mut Worksheet, row: u32, lang: Lang) -> Result<(), DocumentError> {
    ws.write_string(row, 1, illustrative_note(lang))
        .map(|_| ())
        .map_err(excel)
}

/// The year-end and six-month annexes of `year`, and the five-year annex under the
/// scenario in view where `five_year` is given, as the bytes of an .xlsx file.
pub fn annexes_xlsx(
    plan: &Plan,
    sheet: &FactSheet,
    year: u16,
    five_year: Option<FiveYear>,
    lang: Lang,
) -> Result<Vec<u8>, DocumentError> {
    let mut wb = Workbook::new();
    let cell = Format::new().set_text_wrap().set_border(FormatBorder::Thin);
    let rows = year_end_rows(plan, sheet, year, lang);
    let grid = year_end_grid(plan, &rows, year, lang);
    let ws = wb
        .add_worksheet()
        .set_name(lang.pick(format!("Cuối năm {year}"), format!("Year-end {year}")))
        .map_err(excel)?;
    let title =
        crate::model::year::words::word(crate::model::year::words::YearWord::YearEndTitle, lang);
    let first = headers(ws, &grid, &format!("{title} {year}"))?;
    for (k, ((ind, row), line)) in plan
        .indicators
        .iter()
        .zip(&rows)
        .zip(&grid.rows)
        .enumerate()
    {
        let c = &line.cells;
        let r = first + k as u32;
        row_head(ws, r, k, c, &cell)?;
        let last = row.last_year.map(|x| x.0);
        match last {
            Some(v) if row.last_year_illustrative => ws
                .write_number_with_format(
                    r,
                    3,
                    v,
                    &number_format_marked(decimals_of(ind, last), true),
                )
                .map(|_| ())
                .map_err(excel)?,
            _ => value(ws, r, 3, last, decimals_of(ind, last), &c[3], &cell)?,
        }
        let plan_v = match row.plan {
            Some(YearTarget::Value(v)) => Some(v),
            _ => None,
        };
        value(ws, r, 4, plan_v, decimals_of(ind, plan_v), &c[4], &cell)?;
        let fig = row.figure.map(|x| x.0);
        value(ws, r, 5, fig, decimals_of(ind, fig), &c[5], &cell)?;
        value(
            ws,
            r,
            6,
            row.result.and_then(|x| x.vs_plan),
            1,
            &c[6],
            &cell,
        )?;
        value(
            ws,
            r,
            7,
            row.result.and_then(|x| x.vs_last_year),
            1,
            &c[7],
            &cell,
        )?;
        ws.write_string_with_format(r, 8, &c[8], &cell)
            .map_err(excel)?;
        let next = match row.next.as_ref().map(|n| n.target) {
            Some(YearTarget::Value(v)) => Some(v),
            _ => None,
        };
        value(ws, r, 9, next, decimals_of(ind, next), &c[9], &cell)?;
        ws.write_string_with_format(r, 10, &c[10], &cell)
            .map_err(excel)?;
    }
    if rows.iter().any(|r| r.last_year_illustrative) {
        legend(ws, first + rows.len() as u32 + 1, lang)?;
    }
    let mid = mid_year_rows(plan, sheet, year);
    let grid = mid_year_grid(plan, &mid, year, lang, false);
    let ws = wb
        .add_worksheet()
        .set_name(lang.pick(format!("6 tháng {year}"), format!("Six months {year}")))
        .map_err(excel)?;
    let title =
        crate::model::year::words::word(crate::model::year::words::YearWord::MidYearTitle, lang);
    let first = headers(ws, &grid, &format!("{title} {year}"))?;
    for (k, ((ind, row), line)) in plan.indicators.iter().zip(&mid).zip(&grid.rows).enumerate() {
        let c = &line.cells;
        let r = first + k as u32;
        row_head(ws, r, k, c, &cell)?;
        value(ws, r, 3, row.plan, decimals_of(ind, row.plan), &c[3], &cell)?;
        value(ws, r, 4, row.half, decimals_of(ind, row.half), &c[4], &cell)?;
        value(ws, r, 5, row.share, 1, &c[5], &cell)?;
        value(ws, r, 6, row.vs_last_year, 1, &c[6], &cell)?;
        let full = row.full_year.map(|x| x.0);
        value(ws, r, 7, full, decimals_of(ind, full), &c[7], &cell)?;
    }
    if let Some(five) = five_year {
        five_year_sheet(&mut wb, plan, five, lang)?;
    }
    wb.save_to_buffer().map_err(excel)
}
