//! The interface's words in Vietnamese (first) and English.

use crate::model::number::{auto_decimals, format_number, Lang};
use crate::model::Verdict;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    AppTitle,
    AppSubtitle,
    Indicator,
    Target,
    Baseline,
    Projected,
    Status,
    Illustrative,
    IllustrativeHint,
    LanguageLabel,
    OnTrackSummary,
    ChartProjection,
    ChartTarget,
    ChartRequired,
    ChartBand,
    ChartActual,
    ChartLabel,
    RequiredRate,
    FirstYearMet,
    NotBy,
    Probability,
    Source,
    Note,
    NotParametric,
    Settled,
    Unreachable,
    PlanError,
}

pub fn tr(lang: Lang, text: Text) -> &'static str {
    use Text::*;
    let (vi, en) = match text {
        AppTitle => ("Mô phỏng kế hoạch 2026-2030 · xã Bắc Yên", "Plan simulator 2026-2030 · Bắc Yên commune"),
        AppSubtitle => (
            "Nghị quyết 32/NQ-HĐND ngày 19/12/2025: thử các giả định tốc độ tăng, xem dự báo đến 2030 và mức cần đạt.",
            "Resolution 32/NQ-HĐND of 19/12/2025: try growth assumptions, see the projection to 2030 and what it takes.",
        ),
        Indicator => ("Chỉ tiêu", "Indicator"),
        Target => ("Mục tiêu", "Target"),
        Baseline => ("Năm 2025", "2025 baseline"),
        Projected => ("Dự báo 2030", "Projected 2030"),
        Status => ("Đánh giá", "Status"),
        Illustrative => ("minh họa", "illustrative"),
        IllustrativeHint => (
            "Số minh họa, không phải số liệu công bố: hãy nhập số thực tế của xã.",
            "An illustrative value, not a published figure: enter the commune's real one.",
        ),
        LanguageLabel => ("Ngôn ngữ", "Language"),
        OnTrackSummary => ("chỉ tiêu đúng hướng", "targets on track"),
        ChartProjection => ("Dự báo", "Projection"),
        ChartTarget => ("Mục tiêu", "Target"),
        ChartRequired => ("Lộ trình cần đạt", "Required path"),
        ChartBand => ("Khoảng P10-P90", "P10-P90 range"),
        ChartActual => ("Số thực tế", "Actual"),
        ChartLabel => ("Biểu đồ dự báo", "Projection chart"),
        RequiredRate => ("Mức cần đạt", "Required"),
        FirstYearMet => ("Đạt mục tiêu từ năm", "Target met from"),
        NotBy => ("chưa đạt đến 2030", "not by 2030"),
        Probability => ("Khả năng đạt", "Chance of meeting"),
        Source => ("Nguồn số liệu", "Source"),
        Note => ("Lưu ý", "Note"),
        NotParametric => ("lộ trình tự nhập: không có tham số để tính", "typed path: no parameter to solve"),
        Settled => ("đã có số thực tế đến năm mục tiêu", "actuals already cover the target year"),
        Unreachable => ("không đạt được bằng phương pháp này", "cannot be reached with this method"),
        PlanError => ("Không đọc được dữ liệu kế hoạch", "The plan data could not be read"),
    };
    if lang.is_vi() {
        vi
    } else {
        en
    }
}

pub fn verdict_text(lang: Lang, v: Verdict) -> &'static str {
    let (vi, en) = match v {
        Verdict::Achieved => ("Đã đạt", "Achieved"),
        Verdict::OnTrack => ("Đúng hướng", "On track"),
        Verdict::Accelerate => ("Cần tăng tốc", "Needs acceleration"),
        Verdict::Limited => ("Tiến bộ hạn chế", "Limited progress"),
        Verdict::Deteriorating => ("Đi ngược mục tiêu", "Moving away"),
        Verdict::Unassessable => ("Chưa đánh giá được", "Cannot assess"),
    };
    if lang.is_vi() {
        vi
    } else {
        en
    }
}

/// A value in the chosen style with a sensible number of decimals.
pub fn num(value: f64, lang: Lang) -> String {
    format_number(value, auto_decimals(value), lang)
}
