//! The interface's words in Vietnamese (first) and English.

use leptos::prelude::{Get, RwSignal};

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
    ReferenceName,
    ReferenceHint,
    FirstScenario,
    ForkName,
    Forked,
    NewScenario,
    Reading,
    ProjectedIn,
    WithPace,
    Wrote,
    RequiredInForce,
    SpreadField,
    PaceOnReport,
    Duplicate,
    CopyWord,
    Delete,
    Deleted,
    Undo,
    Redo,
    UndoKeys,
    RedoKeys,
    Scenarios,
    Scenario,
    ScenarioName,
    ScenarioNote,
    NameNeeded,
    ExportOne,
    ExportAll,
    Import,
    Imported,
    ScenariosWord,
    ImportFailed,
    FileUnreadable,
    ShareLink,
    Characters,
    Copy,
    Copied,
    CopyByHand,
    ExportCsv,
    LinkOffer,
    LinkAddsCopy,
    ChangedIndicators,
    AddScenario,
    Dismiss,
    LinkFailed,
    Close,
    CompareWith,
    CompareTitle,
    Difference,
    CsvScenario,
    CsvId,
    CsvIndicator,
    CsvUnit,
    CsvValue,
    CsvKind,
    CsvTargetUnit,
    CsvKnown,
    CsvProjected,
    CsvPace,
    SavedAt,
    Saving,
    Persistent,
    NotPersistent,
    OtherTabChanged,
    StoredUnreadable,
    StoredRepaired,
    KeptUnder,
    KeptInPage,
    DownloadOriginal,
    Created,
    Changed,
    Present,
    PresentHint,
    LeavePresent,
    ByGroup,
    FullscreenRefused,
    Png,
    Report,
    ReportTitle,
    PrintPdf,
    FileMode,
    FileModeHint,
}

/// A text that follows the language switch. Every label goes through this one closure
/// type, so Leptos compiles its rendering once instead of once per label (each distinct
/// closure costs a copy in the download).
pub fn t(
    lang: RwSignal<Lang>,
    text: Text,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || tr(lang.get(), text)
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
        ProjectedIn => ("Dự báo năm", "Projected"),
        Reading => ("Cách hiểu chỉ tiêu", "Reading of the target"),
        WithPace => ("với tốc độ chung", "at the plan-wide pace of"),
        Wrote => ("Đã ghi vào ô giả định:", "Written into the assumption:"),
        RequiredInForce => ("tức là", "that is"),
        SpreadField => ("Khoảng dao động ±", "Uncertainty ±"),
        PaceOnReport => ("Tốc độ chung (nhân mọi giả định)", "Plan-wide pace (scales every assumption)"),
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
        ReferenceName => ("Kế hoạch theo Nghị quyết 32", "Plan as resolved (Resolution 32)"),
        ReferenceHint => ("Kế hoạch gốc: mỗi chỉ tiêu được đặt đúng mức cần đạt, nên theo cách dựng thì mọi chỉ tiêu đều đạt; đây là lộ trình để so sánh, không phải dự báo. Không sửa được: khi thay đổi một giả định, một bản sao được tạo để thử.", "The resolution's own plan: each indicator is set at the rate that meets its target, so by construction every target is met; it is the path to compare against, not a forecast. It cannot be edited: changing an assumption makes a copy to try things on."),
        FirstScenario => ("Kịch bản 1", "Scenario 1"),
        ForkName => ("Thử từ kế hoạch gốc", "Trial from the plan"),
        Forked => ("Kế hoạch gốc không sửa được; đã tạo kịch bản", "The plan itself is not edited; made the scenario"),
        NewScenario => ("Kịch bản mới", "New scenario"),
        Duplicate => ("Nhân bản", "Duplicate"),
        CopyWord => ("bản sao", "copy"),
        Delete => ("Xoá", "Delete"),
        Deleted => ("Đã xoá kịch bản", "Deleted the scenario"),
        Undo => ("↶ Hoàn tác", "↶ Undo"),
        Redo => ("↷ Làm lại", "↷ Redo"),
        UndoKeys => ("Ctrl+Z", "Ctrl+Z"),
        RedoKeys => ("Ctrl+Shift+Z hoặc Ctrl+Y", "Ctrl+Shift+Z or Ctrl+Y"),
        Scenarios => ("Kịch bản", "Scenarios"),
        Scenario => ("Kịch bản", "Scenario"),
        ScenarioName => ("Tên", "Name"),
        ScenarioNote => ("Ghi chú", "Note"),
        NameNeeded => ("Tên kịch bản không được để trống; giữ tên cũ.", "A scenario needs a name; the old one is kept."),
        ExportOne => ("Xuất kịch bản (JSON)", "Export scenario (JSON)"),
        ExportAll => ("Xuất tất cả (JSON)", "Export all (JSON)"),
        Import => ("Nhập tệp…", "Import file…"),
        Imported => ("Đã thêm", "Added"),
        ScenariosWord => ("kịch bản (bản sao, không thay thế kịch bản nào)", "scenarios (as copies; nothing replaced)"),
        ImportFailed => ("Không nhập được tệp", "Could not import"),
        FileUnreadable => ("Trình duyệt không đọc được tệp này.", "The browser could not read this file."),
        ShareLink => ("Liên kết chia sẻ", "Share link"),
        Characters => ("ký tự", "characters"),
        Copy => ("Chép", "Copy"),
        Copied => ("Đã chép.", "Copied."),
        CopyByHand => ("Hãy chọn và chép thủ công.", "Select and copy it by hand."),
        ExportCsv => ("Bảng dự báo (CSV)", "Projection table (CSV)"),
        LinkOffer => ("Liên kết chia sẻ một kịch bản:", "A share link brings a scenario:"),
        LinkAddsCopy => ("Kịch bản sẽ được thêm như một bản mới; không kịch bản nào bị thay thế.", "It is added as a new scenario; none is replaced."),
        ChangedIndicators => ("chỉ tiêu khác mặc định", "indicators differ from the defaults"),
        AddScenario => ("Thêm kịch bản", "Add the scenario"),
        Dismiss => ("Bỏ qua", "Dismiss"),
        LinkFailed => ("Không mở được liên kết chia sẻ", "The share link could not be opened"),
        Close => ("Đóng", "Close"),
        CompareWith => ("So sánh với (tối đa 3)", "Compare with (up to 3)"),
        CompareTitle => ("So sánh kịch bản: kết quả đến năm mục tiêu", "Scenarios compared: outcome by the target year"),
        Difference => ("Chênh lệch", "Difference"),
        CsvScenario => ("Kịch bản", "Scenario"),
        CsvId => ("Mã", "Id"),
        CsvIndicator => ("Chỉ tiêu", "Indicator"),
        CsvUnit => ("Đơn vị", "Unit"),
        CsvValue => ("Giá trị", "Value"),
        CsvKind => ("Loại", "Kind"),
        CsvTargetUnit => ("Đơn vị mục tiêu", "Target unit"),
        CsvKnown => ("số liệu", "known"),
        CsvProjected => ("dự báo", "projected"),
        CsvPace => ("Tốc độ chung (%)", "Plan-wide pace (%)"),
        SavedAt => ("Đã lưu lúc", "Saved at"),
        Saving => ("Đang lưu…", "Saving…"),
        Persistent => ("Trình duyệt đã hứa giữ dữ liệu này lâu dài.", "The browser promised to keep this data."),
        NotPersistent => ("Trình duyệt có thể xoá dữ liệu khi thiếu chỗ: hãy xuất tệp định kỳ.", "The browser may clear this data when short of space: export a file now and then."),
        OtherTabChanged => ("Đã cập nhật thay đổi từ một thẻ khác.", "Changes from another tab were taken in."),
        StoredUnreadable => ("Dữ liệu đã lưu không đọc được. Không có gì bị xoá.", "Saved data could not be read. Nothing was deleted."),
        StoredRepaired => ("Một số giá trị đã lưu không dùng được; bản gốc được giữ lại.", "Some saved values could not be used; the original is kept."),
        KeptUnder => ("Bản gốc được giữ trong bộ nhớ trình duyệt, khoá", "The original is kept in the browser's storage under the key"),
        KeptInPage => ("Không cất được bản gốc vào bộ nhớ trình duyệt: hãy tải về ngay.", "The original could not be kept in the browser's storage: download it now."),
        DownloadOriginal => ("Tải bản gốc", "Download the original"),
        Created => ("Tạo", "Created"),
        Changed => ("sửa", "changed"),
        Present => ("Trình chiếu (F)", "Present (F)"),
        PresentHint => ("Toàn màn hình cho phiên họp: mũi tên hoặc PageUp/PageDown để chuyển trang, Esc để thoát.", "Full screen for a session: arrows or PageUp/PageDown move between slides, Esc leaves."),
        LeavePresent => ("Thoát (Esc)", "Leave (Esc)"),
        ByGroup => ("Mỗi trang một nhóm", "One group per slide"),
        FullscreenRefused => ("Trình duyệt không cho toàn màn hình: đang trình chiếu trong cửa sổ (F11 để toàn màn hình).", "The browser did not allow full screen: presenting in the window (F11 for full screen)."),
        Png => ("Tải ảnh PNG", "Download PNG"),
        Report => ("Báo cáo in (A4)", "Printable report (A4)"),
        ReportTitle => ("Báo cáo dự báo các chỉ tiêu kế hoạch 2026-2030", "Projection report on the 2026-2030 plan targets"),
        PrintPdf => ("In / Lưu PDF", "Print / Save as PDF"),
        FileMode => ("Đang mở từ tệp trên máy", "Opened from a file on this computer"),
        FileModeHint => ("Công việc được lưu trong trình duyệt của máy này, không nằm trong tệp: chép tệp sang máy khác không mang theo kịch bản, hãy xuất tệp JSON. Liên kết chia sẻ chỉ mở được trên máy có cùng tệp ở cùng chỗ.", "Work is saved in this computer's browser, not inside the file: copying the file to another computer does not carry the scenarios, export a JSON file. Share links only open on a computer with the same file in the same place."),
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
        Verdict::Missed => ("Không đạt", "Missed"),
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

/// "Dự báo năm 2026": the label of an outcome names the year it is for (a yearly target
/// dated 2026 is shown for 2026, not under a 2030 label).
pub fn projected_label(lang: Lang, year: u16) -> String {
    format!("{} {year}", tr(lang, Text::ProjectedIn))
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

/// The unit of a method's main parameter for an indicator ("người/năm", never "/năm").
pub fn parameter_unit(
    ind: &crate::model::Indicator,
    a: &crate::model::Assumption,
    lang: Lang,
) -> String {
    crate::model::reason::parameter_unit(ind, &a.method, lang)
}
