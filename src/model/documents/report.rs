//! The year's report as a Word file in the form of Nghị định 30/2020/NĐ-CP: A4 portrait,
//! margins 20/20/30/15 mm, Times New Roman 14 pt justified with a 1,27 cm first-line
//! indent and 6 pt after each paragraph, page numbers centred at the top from page 2;
//! the header block as a borderless two-column table; title, subject, body, signature
//! and "Nơi nhận"; then the year-end annex in a landscape section of its own, numbered
//! from 1, with its two header rows and the numbering row.

use docx_rs::{
    AlignmentType, Docx, Header, LineSpacing, PageMargin, PageNum, PageNumType,
    PageOrientationType, PageSize, Paragraph, Run, RunFonts, Section, SpecialIndentType, Table,
    TableCell, TableRow, WidthType,
};

use crate::model::basics::number::Lang;
use crate::model::documents::form::{
    date_line, issuer, number_line, recipient_lines, short_date, signature_lines, signer_name,
    DocumentForm,
};
use crate::model::documents::word_table::{grid_table, repeat_header_rows};
use crate::model::documents::workbook::FiveYear;
use crate::model::documents::DocumentError;
use crate::model::plan::facts::FactSheet;
use crate::model::plan::{Group, Plan};
use crate::model::words::wording::verdict_text;
use crate::model::writing::five_year_annex::five_year_grid;
use crate::model::writing::year_annex::illustrative_note;
use crate::model::writing::year_annex::year_end_grid;
use crate::model::year::annex::{year_end_rows, year_end_summary};

/// Twentieths of a point: 1 mm is 56,7.
const fn mm(v: i32) -> i32 {
    v * 567 / 10
}
const A4: (u32, u32) = (11906, 16838);
const FONT: &str = "Times New Roman";

/// What the report is about.
pub struct ReportInput<'a> {
    pub plan: &'a Plan,
    pub sheet: &'a FactSheet,
    pub year: u16,
    pub form: &'a DocumentForm,
    /// The five-year assessment under the scenario in view (projections, verdicts, and
    /// which baselines are illustrative): its lines in the body and its own annex; None
    /// leaves both out.
    pub five_year: Option<FiveYear<'a>>,
    /// "N/M chỉ tiêu có khả năng hoàn thành" under the scenario, or empty.
    pub outlook_summary: String,
    /// The planner's notes (the scenario's note), printed as they are.
    pub notes: String,
    /// Some figures rest on the plan's illustrative baselines.
    pub illustrative: bool,
}

fn run(text: &str, size: usize) -> Run {
    Run::new().add_text(text).size(size * 2)
}

fn centred(r: Run) -> Paragraph {
    Paragraph::new().add_run(r).align(AlignmentType::Center)
}

fn rule() -> Paragraph {
    centred(run("________________", 13)).line_spacing(LineSpacing::new().after(60))
}

fn body(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(text, 14))
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(720)), None, None)
        .line_spacing(LineSpacing::new().after(120))
}

fn heading(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(text, 14).bold())
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(720)), None, None)
        .line_spacing(LineSpacing::new().after(120))
}

fn plain_cell(paragraphs: Vec<Paragraph>, width: usize) -> TableCell {
    let mut c = TableCell::new()
        .width(width, WidthType::Dxa)
        .clear_all_border();
    for p in paragraphs {
        c = c.add_paragraph(p);
    }
    c
}

/// The header block: the issuing body on the left, the national motto on the right.
fn header_block(input: &ReportInput, place: &str, body_name: &str) -> Table {
    let left = vec![
        centred(run("ỦY BAN NHÂN DÂN", 13).bold()),
        centred(run(body_name, 13).bold()),
        rule(),
        centred(run(&number_line(input.form.number), 13)),
    ];
    let right = vec![
        centred(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12).bold()),
        centred(run("Độc lập - Tự do - Hạnh phúc", 13).bold()),
        rule(),
        centred(run(&date_line(place, input.form.date), 13).italic()),
    ];
    Table::without_borders(vec![TableRow::new(vec![
        plain_cell(left, 3600),
        plain_cell(right, 5600),
    ])])
    .set_grid(vec![3600, 5600])
    .width(9200, WidthType::Dxa)
}

fn group_title(g: Group) -> &'static str {
    match g {
        Group::Economy => "Về kinh tế",
        Group::Society => "Về văn hóa - xã hội",
        Group::Environment => "Về môi trường",
        Group::Appendix => "Các chỉ tiêu khác",
        Group::Ungrouped => "Các chỉ tiêu",
    }
}

/// Top and bottom 20 mm, right 15 mm, the left as given (30 mm for the text, 20 mm for
/// the landscape annex), header and footer 10 mm from the edge.
fn margins(left_mm: i32) -> PageMargin {
    PageMargin::new()
        .top(mm(20))
        .bottom(mm(20))
        .left(mm(left_mm))
        .right(mm(15))
        .header(mm(10))
        .footer(mm(10))
}

fn page_number_header() -> Header {
    Header::new().add_paragraph(
        Paragraph::new()
            .add_page_num(PageNum::new())
            .align(AlignmentType::Center),
    )
}

/// The report as the bytes of a .docx file.
pub fn report_docx(input: &ReportInput) -> Result<Vec<u8>, DocumentError> {
    let (body_name, place) = issuer(&input.plan.resolution.commune_vi);
    let year = input.year;
    let rows = year_end_rows(input.plan, input.sheet, year, Lang::Vi);
    let mut main = Section::new()
        .page_size(PageSize::new().size(A4.0, A4.1))
        .page_margin(margins(30))
        .title_pg()
        .header(page_number_header())
        .first_header(Header::new())
        .add_table(header_block(input, &place, &body_name))
        .add_paragraph(Paragraph::new())
        .add_paragraph(centred(run("BÁO CÁO", 14).bold()))
        .add_paragraph(centred(
            run(
                &format!("Kết quả thực hiện các chỉ tiêu kinh tế - xã hội năm {year} và khả năng đạt các mục tiêu đến năm 2030"),
                14,
            )
            .bold(),
        ))
        .add_paragraph(rule());
    if input.illustrative {
        main = main.add_paragraph(body(
            "Một số số liệu năm 2025 trong báo cáo này là số minh họa, chưa phải số liệu chính thức của xã; các số đó được đánh dấu † và cần được thay bằng số liệu chính thức trước khi ban hành.",
        ));
    }
    main = main
        .add_paragraph(heading(&format!(
            "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM {year}"
        )))
        .add_paragraph(body(&year_end_summary(&rows, Lang::Vi)));
    let grid = year_end_grid(input.plan, &rows, year, Lang::Vi);
    for (k, g) in input.plan.group_order().into_iter().enumerate() {
        let lines: Vec<String> = input
            .plan
            .indicators
            .iter()
            .zip(&grid.rows)
            .zip(&rows)
            .filter(|((ind, _), r)| ind.group == g && r.figure.is_some())
            .map(|((ind, line), r)| {
                let c = &line.cells;
                // "…: Ước TH 52 tỷ đồng (KH 50 tỷ đồng), so với KH 104%, vượt".
                let unit = ind.unit(Lang::Vi);
                let (value, kind) = r.figure.map_or((0.0, None), |f| (f.0, f.1));
                let what = kind.map_or("", |k| crate::model::year::annex::kind_words(k, Lang::Vi));
                let shown = crate::model::projection::target::show_value(ind, value, Lang::Vi);
                let mut s = format!("{}: {what} {shown} {unit}", c[1]);
                if r.plan.is_some() {
                    s.push_str(&format!(" (KH {} {unit})", c[4]));
                }
                match (r.comparison, c[6].is_empty()) {
                    (_, true) => {}
                    (crate::model::year::nature::Comparison::Ratio, false) => {
                        s.push_str(&format!(", bằng {}% kế hoạch", c[6]))
                    }
                    (crate::model::year::nature::Comparison::Points, false) => {
                        s.push_str(&format!(", so với kế hoạch {}", c[6]))
                    }
                }
                if !c[8].is_empty() {
                    s.push_str(&format!(", {}", c[8].to_lowercase()));
                }
                s
            })
            .collect();
        if !lines.is_empty() {
            main = main.add_paragraph(body(&format!(
                "{}. {}: {}.",
                k + 1,
                group_title(g),
                lines.join("; ")
            )));
        }
    }
    if let Some((results, _)) = input.five_year {
        main = main.add_paragraph(heading("II. KHẢ NĂNG ĐẠT CÁC MỤC TIÊU ĐẾN NĂM 2030"));
        if !input.outlook_summary.is_empty() {
            main = main.add_paragraph(body(&input.outlook_summary));
        }
        for (ind, (_, st)) in input.plan.indicators.iter().zip(results) {
            let words = verdict_text(Lang::Vi, st.verdict);
            main = main.add_paragraph(body(&format!("- {}: {words}.", ind.name(Lang::Vi))));
        }
    }
    if !input.notes.trim().is_empty() {
        main = main.add_paragraph(body(input.notes.trim()));
    }
    // Signature on the right, recipients on the left.
    let [tm, title] = signature_lines(input.form.signing);
    let mut left = vec![Paragraph::new().add_run(run("Nơi nhận:", 12).bold().italic())];
    left.extend(
        recipient_lines(input.form)
            .iter()
            .map(|l| Paragraph::new().add_run(run(l, 11))),
    );
    let right = vec![
        centred(run(tm, 13).bold()),
        centred(run(title, 13).bold()),
        Paragraph::new(),
        Paragraph::new(),
        Paragraph::new(),
        centred(run(&signer_name(input.form), 13).bold()),
    ];
    main = main.add_paragraph(Paragraph::new()).add_table(
        Table::without_borders(vec![TableRow::new(vec![
            plain_cell(left, 4600),
            plain_cell(right, 4600),
        ])])
        .set_grid(vec![4600, 4600])
        .width(9200, WidthType::Dxa),
    );
    let number = match input.form.number {
        Some(n) => format!("{n:02}"),
        None => "...".into(),
    };
    let fonts = RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT);
    let doc = Docx::new()
        .default_fonts(fonts)
        .default_size(28)
        .add_section(main)
        // The annex: landscape, its own page numbers from 1.
        .page_size(A4.1, A4.0)
        .page_orient(PageOrientationType::Landscape)
        .page_margin(margins(20))
        .page_num_type(PageNumType::new().start(1))
        .header(page_number_header());
    let commune = input
        .plan
        .resolution
        .commune_vi
        .split(',')
        .next()
        .unwrap_or("")
        .trim();
    let attached = format!(
        "(Kèm theo Báo cáo số {number}/BC-UBND ngày {} của UBND {commune})",
        short_date(input.form.date)
    );
    // Numbered I, II only when there are two.
    let (first, second) = match input.five_year {
        Some(_) => ("Phụ lục I", "Phụ lục II"),
        None => ("Phụ lục", ""),
    };
    let widths = [
        650, 3450, 1300, 1000, 1000, 1100, 900, 900, 1000, 1100, 2300,
    ];
    let mut doc = annex(
        doc,
        [
            first,
            &format!("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM {year}"),
            &attached,
        ],
        grid_table(&grid, &widths, &[1, 10]),
        grid.illustrative,
        false,
    );
    if let Some((results, marks)) = input.five_year {
        let grid = five_year_grid(input.plan, results, marks, Lang::Vi);
        let years = grid.head.len() - 5;
        // The years share 6.000 twips (1.000 each for 2025-2030).
        let mut widths = vec![650, 3200, 1300, 2300];
        widths.extend(std::iter::repeat_n(6000 / years.max(1), years));
        widths.push(1400);
        doc = annex(
            doc,
            [
                second,
                &format!(
                    "ĐÁNH GIÁ KHẢ NĂNG THỰC HIỆN CÁC CHỈ TIÊU ĐẾN NĂM {}",
                    input.plan.horizon
                ),
                &attached,
            ],
            grid_table(&grid, &widths, &[1, 3]),
            grid.illustrative,
            true,
        );
    }
    let mut xml = doc.build();
    xml.document = repeat_header_rows(&xml.document);
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out)
        .map_err(|e| DocumentError::Word(e.to_string()))?;
    Ok(out.into_inner())
}

/// An annex in the landscape section: its heading lines (number, title in capitals, the
/// italic "Kèm theo" line), its table, and what † means where a figure carries one.
fn annex(doc: Docx, lines: [&str; 3], table: Table, illustrative: bool, new_page: bool) -> Docx {
    let [number, title, attached] = lines;
    let doc = doc
        .add_paragraph(centred(run(number, 14).bold()).page_break_before(new_page))
        .add_paragraph(centred(run(title, 14).bold()))
        .add_paragraph(centred(run(attached, 13).italic()))
        .add_table(table);
    if illustrative {
        doc.add_paragraph(Paragraph::new().add_run(run(illustrative_note(Lang::Vi), 12).italic()))
    } else {
        doc
    }
}
