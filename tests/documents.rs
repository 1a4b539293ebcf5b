//! The documents a commune files, on the host: the Word report and the Excel annexes are
//! made from the same rows the app shows, with the parts Nghị định 30 asks for. The
//! files are written to target/documents/ for the LibreOffice check
//! (scripts/documents_check.sh), which converts them with real readers.

use std::io::Read;

use bac_yen_plan::model::basics::number::Lang;
use bac_yen_plan::model::documents::form::{DocumentForm, Signing};
use bac_yen_plan::model::documents::report::{report_docx, ReportInput};
use bac_yen_plan::model::documents::workbook::annexes_xlsx;
use bac_yen_plan::model::facts::FactSheet;
use bac_yen_plan::model::plan::year_figures::{FigureKind, YearTarget};
use bac_yen_plan::model::writing::five_year_annex::five_year_grid;
use bac_yen_plan::model::writing::year_annex::{grid_csv, year_end_grid};
use bac_yen_plan::model::year::annex::{year_end_rows, year_end_summary};
use bac_yen_plan::model::{Plan, Projection, Status};

fn sheet() -> FactSheet {
    let mut s = FactSheet::new();
    let r = s.entry("1".into()).or_default();
    r.set_annual_target(2026, Some(YearTarget::Value(50.0)), 1.0);
    r.set_entry(2026, FigureKind::Estimate, Some(52.0), 2.0);
    r.set_half_year(2026, Some(30.0), 3.0);
    let p = s.entry("10".into()).or_default();
    p.set_annual_target(2026, Some(YearTarget::Value(98.0)), 1.0);
    p.set_entry(2026, FigureKind::Confirmed, Some(97.5), 2.0);
    s
}

fn part(zip_bytes: &[u8], name: &str) -> String {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(zip_bytes)).unwrap();
    let mut f = z.by_name(name).unwrap();
    let mut s = String::new();
    f.read_to_string(&mut s).unwrap();
    s
}

fn out_dir() -> std::path::PathBuf {
    let d = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/documents");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The plan's own assumptions assessed, and which baselines are illustrative under them.
fn five_year(plan: &Plan) -> (Vec<(Projection, Status)>, Vec<bool>) {
    let assumptions: Vec<_> = plan
        .indicators
        .iter()
        .map(|i| i.assumption.clone())
        .collect();
    let results = bac_yen_plan::model::status::assess_list(plan, &assumptions);
    let marks = plan
        .indicators
        .iter()
        .zip(&assumptions)
        .map(|(i, a)| i.illustrative_under(a))
        .collect();
    (results, marks)
}

#[test]
fn the_word_report_has_the_parts_nghi_dinh_30_asks_for() {
    let plan = Plan::bundled().unwrap();
    let (results, marks) = five_year(&plan);
    let form = DocumentForm {
        number: Some(5),
        date: Some((9, 12, 2026)),
        signer: "Nguyễn Văn A".into(),
        signing: Signing::Chairman,
        recipients: vec!["TT Đảng ủy xã".into(), "TT HĐND xã".into()],
    };
    let input = ReportInput {
        plan: &plan,
        sheet: &sheet(),
        year: 2026,
        form: &form,
        five_year: Some((&results, &marks)),
        outlook_summary: String::new(),
        notes: String::new(),
        illustrative: true,
    };
    let bytes = report_docx(&input).unwrap();
    // The app's own CSV of the five-year annex, for the LibreOffice check of both files.
    std::fs::write(
        out_dir().join("five-year-vi.csv"),
        grid_csv(
            &five_year_grid(&plan, &results, &marks, Lang::Vi),
            "Phụ lục",
            "",
            Lang::Vi,
        ),
    )
    .unwrap();
    std::fs::write(
        out_dir().join("bao-cao-danh-gia-2026-xa-bac-yen.docx"),
        &bytes,
    )
    .unwrap();
    let xml = part(&bytes, "word/document.xml");
    for line in [
        "ỦY BAN NHÂN DÂN",
        "XÃ BẮC YÊN",
        "Số: 05/BC-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bắc Yên, ngày 09 tháng 12 năm 2026",
        "BÁO CÁO",
        "TM. ỦY BAN NHÂN DÂN",
        "Nguyễn Văn A",
        "Nơi nhận:",
        "- TT HĐND xã;",
        "- Lưu: VT.",
        "Phụ lục",
        "(Kèm theo Báo cáo số 05/BC-UBND ngày 09/12/2026 của UBND xã Bắc Yên)",
        "1/2 chỉ tiêu đạt và vượt kế hoạch",
        "số minh họa",
    ] {
        assert!(xml.contains(line), "missing {line}");
    }
    // A4 portrait with the margins, then the landscape annex; Times New Roman; 14 pt.
    assert!(
        xml.contains(r#"<w:pgSz w:w="11906" w:h="16838""#),
        "A4 portrait"
    );
    assert!(
        xml.contains(r#"w:w="16838" w:h="11906""#) && xml.contains("landscape"),
        "landscape annex"
    );
    assert!(
        xml.contains(r#"w:left="1701""#)
            && xml.contains(r#"w:right="850""#)
            && xml.contains(r#"w:top="1134""#)
    );
    assert!(
        xml.contains("w:titlePg"),
        "no page number on the first page"
    );
    let styles = part(&bytes, "word/styles.xml");
    assert!(
        styles.contains("Times New Roman") && styles.contains(r#"<w:sz w:val="28""#),
        "{}",
        &styles[..300.min(styles.len())]
    );
    // The year-end annex's two header rows and its numbering row repeat on every page
    // it takes; the five-year annex's header row and numbering row too.
    assert_eq!(
        xml.matches("<w:tblHeader />").count(),
        5,
        "3 + 2 header rows"
    );
    assert!(!xml.contains(r#"w:hRule="auto""#), "every mark replaced");
    for line in [
        "Phụ lục I",
        "Phụ lục II",
        "ĐÁNH GIÁ KHẢ NĂNG THỰC HIỆN CÁC CHỈ TIÊU ĐẾN NĂM 2030",
        "Mục tiêu NQ đến 2030",
        "† Số liệu năm 2025 minh họa",
        "được đánh dấu †",
    ] {
        assert!(xml.contains(line), "missing {line}");
    }
    // The annex's numbering row and both figures as the app shows them.
    assert!(xml.contains("(11)") && xml.contains("52 (Ước TH)") && xml.contains("97,5"));
}

#[test]
fn the_workbook_stores_numbers_as_numbers_with_merged_headers() {
    let plan = Plan::bundled().unwrap();
    let (results, marks) = five_year(&plan);
    let bytes = annexes_xlsx(&plan, &sheet(), 2026, Some((&results, &marks)), Lang::Vi).unwrap();
    // The app's own CSV of the same annex, for the cell-by-cell check with LibreOffice.
    let rows = year_end_rows(&plan, &sheet(), 2026, Lang::Vi);
    let csv = grid_csv(
        &year_end_grid(&plan, &rows, 2026, Lang::Vi),
        "Phụ lục",
        &year_end_summary(&rows, Lang::Vi),
        Lang::Vi,
    );
    std::fs::write(out_dir().join("year-end-2026-vi.csv"), csv).unwrap();
    std::fs::write(out_dir().join("phu-luc-2026-xa-bac-yen.xlsx"), &bytes).unwrap();
    let s1 = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        s1.contains("<mergeCell ref=\"G2:H2\"/>"),
        "So sánh spans two columns"
    );
    assert!(s1.contains("<pane ySplit=\"4\""), "header rows frozen");
    assert!(
        s1.contains("<v>52</v>") && s1.contains("<v>104</v>"),
        "numbers as numbers"
    );
    assert!(s1.contains("orientation=\"landscape\"") && s1.contains("paperSize=\"9\""));
    let book = part(&bytes, "xl/workbook.xml");
    assert!(
        book.contains("_xlnm.Print_Titles"),
        "header rows repeated on every page"
    );
    let s2 = part(&bytes, "xl/worksheets/sheet2.xml");
    assert!(s2.contains("<v>30</v>"), "the six-month figure");
    let s3 = part(&bytes, "xl/worksheets/sheet3.xml");
    assert!(
        s3.contains("<v>40</v>"),
        "the five-year annex starts from the 2025 figure"
    );
    assert!(book.contains("5 năm"));
    // An illustrative figure stays a number, shown with its † as on screen; the sheet
    // says what † means.
    let styles = part(&bytes, "xl/styles.xml");
    assert!(
        styles.contains("&quot;†&quot;") || styles.contains("\"†\""),
        "{styles}"
    );
    assert!(s1.contains("minh họa") || part(&bytes, "xl/sharedStrings.xml").contains("† Số liệu"));
}
