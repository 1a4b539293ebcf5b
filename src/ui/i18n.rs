//! The interface's words in Vietnamese (first) and English.

use crate::model::number::{auto_decimals, format_number, Lang};
use crate::model::Verdict;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    AppTitle,
    AppSubtitle,
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
    Gap,
    Dashboard,
    Filter,
    All,
    Group,
    Method,
    BaselineField,
    Assumption,
    UseRequired,
    PaceInForce,
    Pace,
    PaceHint,
    TableBelow,
    Draws,
    YearTable,
    YearlyNotTotal,
    Year,
    Planned,
    BaselineShort,
}

pub fn tr(lang: Lang, text: Text) -> &'static str {
    use Text::*;
    let (vi, en) = match text {
        AppTitle => ("Mô phỏng kế hoạch 2026-2030 · xã Bắc Yên", "Plan simulator 2026-2030 · Bắc Yên commune"),
        AppSubtitle => (
            "Nghị quyết 32/NQ-HĐND ngày 19/12/2025: thử các giả định tốc độ tăng, xem dự báo đến 2030 và mức cần đạt.",
            "Resolution 32/NQ-HĐND of 19/12/2025: try growth assumptions, see the projection to 2030 and what it takes.",
        ),
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
        Gap => ("Chênh lệch", "Gap"),
        Dashboard => ("Bảng chỉ tiêu", "Dashboard"),
        Filter => ("Lọc", "Filter"),
        All => ("Tất cả", "All"),
        Group => ("Nhóm", "Group"),
        Method => ("Phương pháp dự báo", "Projection method"),
        BaselineField => ("Số năm 2025", "2025 baseline"),
        Assumption => ("Giả định", "Assumption"),
        UseRequired => ("Dùng mức cần đạt", "Use the required rate"),
        PaceInForce => ("Đang áp dụng tốc độ chung", "Plan-wide pace in force"),
        Pace => ("Tốc độ chung", "Plan-wide pace"),
        PaceHint => (
            "Nhân mọi giả định với cùng một hệ số: −20 % là mọi chỉ tiêu chậm hơn 20 %.",
            "Scales every assumption together: −20 % means everything 20 % slower.",
        ),
        TableBelow => ("Số liệu từng năm ở bảng bên dưới", "Year-by-year figures in the table below"),
        Draws => ("lần mô phỏng", "draws"),
        YearTable => ("Từng năm", "Year by year"),
        YearlyNotTotal => (": số từng năm, biểu đồ cộng dồn", ": yearly values; the chart shows the running total"),
        Year => ("Năm", "Year"),
        Planned => ("Kế hoạch", "Planned"),
        BaselineShort => ("số gốc", "baseline"),
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

/// A method's name for the planner.
pub fn method_name(m: &crate::model::Method, lang: Lang) -> &'static str {
    use crate::model::Method::*;
    let (vi, en) = match m {
        Compound { .. } => ("Tăng đều theo %/năm", "Compound growth, %/yr"),
        Linear { .. } => ("Tăng/giảm đều mỗi năm", "Linear change per year"),
        Points { .. } => ("Tăng điểm % mỗi năm", "Percentage points per year"),
        Decline { .. } => (
            "Giảm theo % phần còn lại",
            "Relative decline, % of what remains",
        ),
        Saturating { .. } => ("Tiến dần tới mức trần", "Saturating approach to a ceiling"),
        Path { .. } => ("Lộ trình tự nhập", "Planned path (typed)"),
        Steady { .. } => ("Mỗi năm một lượng như nhau", "The same amount every year"),
        TotalChange { .. } => ("Tăng so với năm 2025, %", "Change against 2025, %"),
        Forest { .. } => (
            "Trồng rừng (tính sau thời gian thành rừng)",
            "Forest planting (counts after maturing)",
        ),
    };
    if lang.is_vi() {
        vi
    } else {
        en
    }
}

/// The unit of a method's main parameter.
pub fn parameter_unit(a: &crate::model::Assumption, lang: Lang) -> &'static str {
    use crate::model::assumption::ParameterKind::*;
    let (vi, en) = match a.method.parameter_kind() {
        PercentPerYear => ("%/năm", "%/yr"),
        UnitsPerYear => ("/năm", "/yr"),
        PointsPerYear => ("điểm %/năm", "pp/yr"),
        PercentOfGap => ("% khoảng cách/năm", "% of gap/yr"),
        Percent => ("%", "%"),
        HectaresPerYear => ("ha/năm", "ha/yr"),
    };
    if lang.is_vi() {
        vi
    } else {
        en
    }
}
