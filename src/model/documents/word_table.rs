//! An annex grid (`writing::year_annex::Grid`) as a Word table: its header rows (a cell
//! spanning columns has its sub-headings in the second row, the others span both rows),
//! the numbering row (1), (2)..., a row per indicator, 11 pt, no row split across pages,
//! and the header rows repeated at the top of every page the table runs onto.

use docx_rs::{
    AlignmentType, HeightRule, Paragraph, Run, Table, TableCell, TableRow, VMergeType, WidthType,
};

use crate::model::writing::year_annex::Grid;

/// One cell, 11 pt, with its borders.
fn cell(text: &str, width: usize, bold: bool, left: bool) -> TableCell {
    let r = Run::new().add_text(text).size(22);
    let r = if bold { r.bold() } else { r };
    let p = Paragraph::new().add_run(r).align(if left {
        AlignmentType::Left
    } else {
        AlignmentType::Center
    });
    TableCell::new()
        .width(width, WidthType::Dxa)
        .add_paragraph(p)
}

/// What docx-rs 0.4 writes for a header row's mark: a height rule of "auto" (the row as
/// tall as its text, as without it), which `repeat_header_rows` turns into
/// `<w:tblHeader />`, an element docx-rs cannot write.
const HEADER_MARK: &str = r#"<w:trHeight w:val="0" w:hRule="auto" />"#;

fn header_row(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells)
        .cant_split()
        .row_height(0.0)
        .height_rule(HeightRule::Auto)
}

/// The grid as a table with the given column widths (twentieths of a point); the
/// columns in `left` are aligned left (names, notes), the others centred.
pub fn grid_table(grid: &Grid, widths: &[usize], left: &[usize]) -> Table {
    let mut top = Vec::new();
    let mut second = Vec::new();
    let mut col = 0;
    let two_rows = !grid.sub.is_empty();
    let mut sub = grid.sub.iter();
    for (text, span, rows_spanned) in &grid.head {
        let span = usize::from(*span);
        let width: usize = widths[col..(col + span).min(widths.len())].iter().sum();
        let c = cell(text, width, true, false);
        if span > 1 {
            top.push(c.grid_span(span));
            for k in 0..span {
                let t = sub.next().map_or("", String::as_str);
                second.push(cell(t, widths[col + k], true, false));
            }
        } else if two_rows && *rows_spanned > 1 {
            top.push(c.vertical_merge(VMergeType::Restart));
            second.push(cell("", width, true, false).vertical_merge(VMergeType::Continue));
        } else {
            top.push(c);
            second.push(cell("", width, true, false));
        }
        col += span;
    }
    let numbering = (1..=widths.len())
        .map(|k| cell(&format!("({k})"), widths[k - 1], false, false))
        .collect();
    let mut rows = vec![header_row(top)];
    if two_rows {
        rows.push(header_row(second));
    }
    rows.push(header_row(numbering));
    for r in &grid.rows {
        let cells = r
            .cells
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(k, (c, w))| {
                // A filed document shows the mark in its text, as the screen does by style.
                let text = if r.marked.contains(&k) {
                    format!("{c}†")
                } else {
                    c.clone()
                };
                cell(&text, *w, false, left.contains(&k))
            })
            .collect();
        rows.push(TableRow::new(cells).cant_split());
    }
    Table::new(rows)
        .set_grid(widths.to_vec())
        .width(widths.iter().sum(), WidthType::Dxa)
}

/// The built document with every header row marked to repeat (see `HEADER_MARK`). The
/// element sits in `<w:trPr>`, whose children may come in any order.
pub fn repeat_header_rows(document: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(document)
        .replace(HEADER_MARK, "<w:tblHeader />")
        .into_bytes()
}
