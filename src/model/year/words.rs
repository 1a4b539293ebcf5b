//! The words of the council's-year screens and annexes, in both languages. Kept here
//! rather than in the interface's table (`model::texts`), which the first screen loads:
//! only the modules fetched with these screens carry them.

use crate::model::basics::number::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearWord {
    Kind,
    Estimate,
    Confirmed,
    AnnualTarget,
    Proposed,
    Entered,
    YearEnd,
    YearEndTitle,
    MidYearTitle,
    ReportYear,
    No,
    Indicator,
    Unit,
    Compare,
    WithPlan,
    WithLastYear,
    Evaluation,
    Note,
    HalfYear,
    ShareOfPlan,
    HalfVsLastYear,
    FullYear,
    Points,
    Csv,
    Print,
    Close,
    HalfYearHint,
    ProposedHint,
}

pub fn word(w: YearWord, lang: Lang) -> &'static str {
    use YearWord::*;
    let (vi, en) = match w {
        Kind => ("Loại số", "Kind"),
        Estimate => ("Ước TH", "Estimate"),
        Confirmed => ("TH (chính thức)", "Confirmed"),
        AnnualTarget => ("KH năm", "Year's target"),
        Proposed => ("Đề xuất", "Proposed"),
        Entered => ("nhập ngày", "entered"),
        YearEnd => ("Đánh giá cuối năm", "Year-end evaluation"),
        YearEndTitle => ("Phụ lục: Kết quả thực hiện các chỉ tiêu năm", "Annex: results against the year's targets"),
        MidYearTitle => ("Phụ lục: Kết quả thực hiện 6 tháng đầu năm", "Annex: results of the first six months"),
        ReportYear => ("Năm báo cáo", "Reporting year"),
        No => ("STT", "No."),
        Indicator => ("Chỉ tiêu", "Indicator"),
        Unit => ("ĐVT", "Unit"),
        Compare => ("So sánh (%)", "Comparison (%)"),
        WithPlan => ("với KH", "with plan"),
        WithLastYear => ("với cùng kỳ", "with last year"),
        Evaluation => ("Đánh giá", "Evaluation"),
        Note => ("Ghi chú", "Note"),
        HalfYear => ("TH 6 tháng", "First 6 months"),
        ShareOfPlan => ("So với KH năm (%)", "Of the year's plan (%)"),
        HalfVsLastYear => ("So với cùng kỳ (%)", "On the same period (%)"),
        FullYear => ("Ước cả năm", "Full-year estimate"),
        Points => ("điểm %", "pp"),
        Csv => ("Tải CSV", "Download CSV"),
        Print => ("In / PDF", "Print / PDF"),
        Close => ("Đóng", "Close"),
        HalfYearHint => (
            "Nhập số 6 tháng (15/12 năm trước đến 14/6) để xếp mức đạt. Chỉ tiêu dạng dòng (thu, sản lượng, lượt khách) so phần đã làm được với KH cả năm; chỉ tiêu dạng mức (tỷ lệ, số bản, đàn gia súc) so mức hiện tại.",
            "Enter the six-month figure (15/12 of the year before to 14/6) to place it in a band. Flows (revenue, output, visits) compare what was done with the year's plan; levels (rates, villages, herds) compare where they stand now.",
        ),
        ProposedHint => (
            "KH năm N+1 đề xuất theo lộ trình đến mục tiêu 2030, tính từ số mới nhất; gõ số khác vào ô KH năm của chỉ tiêu để thay.",
            "Next year's target as proposed on the path to the 2030 target from the latest figure; type another value in the indicator's year's target field to replace it.",
        ),
    };
    lang.pick(vi, en)
}
