//! What went wrong with a file, a link or stored data, in words a planner understands,
//! in Vietnamese and English.

use super::i18n::{num, text, Text};
use crate::model::basics::compress::CodecError;
use crate::model::basics::number::Lang;
use crate::model::plan::assumption::AssumptionError;
use crate::model::plan::{PlanError, PlanProblem};
use crate::model::safe::exchange::ReadError;
use crate::model::safe::saver::Why;
use crate::model::work::scenario::{ScenarioProblem, MAX_NAME_CHARS, MAX_NOTE_CHARS};
use crate::model::Plan;

pub fn read_error(lang: Lang, e: &ReadError) -> String {
    match e {
        ReadError::TooLarge { bytes, limit } => lang.pick(format!("Quá lớn: {} byte, tối đa {} byte.", num(*bytes as f64, lang), num(*limit as f64, lang)),
            format!("Too large: {} bytes, at most {}.", num(*bytes as f64, lang), num(*limit as f64, lang)),
        ),
        ReadError::NotJson { line, column } => lang.pick(format!("Không phải tệp kịch bản: nội dung hỏng hoặc bị cắt ở dòng {line}, cột {column}."),
            format!("Not a scenario file: the text is damaged or cut off at line {line}, column {column}."),
        ),
        // The parser's detail is in English: only the English sentence carries it.
        ReadError::Shape { line, column, detail } => lang.pick(format!("Tệp có cấu trúc không đúng ở dòng {line}, cột {column}."),
            format!("The file is not laid out as expected at line {line}, column {column} ({detail})."),
        ),
        ReadError::WrongType { found } if found.is_empty() => lang.pick("Đây không phải tệp kịch bản của ứng dụng này.".into(),
            "This is not a scenario file of this app.".into(),
        ),
        ReadError::WrongType { found } => lang.pick(format!("Đây là tệp loại “{found}”, không phải tệp kịch bản của ứng dụng này."),
            format!("This is a “{found}” file, not a scenario file of this app."),
        ),
        ReadError::NewerVersion { version, supported } => lang.pick(format!("Tệp do phiên bản mới hơn của ứng dụng tạo ra (định dạng {version}; phiên bản này đọc đến {supported}). Hãy mở bằng phiên bản mới."),
            format!("Made by a newer version of the app (format {version}; this one reads up to {supported}). Open it with the newer version."),
        ),
        ReadError::NoScenarios => lang.pick("Tệp không có kịch bản nào.".into(),
            "The file holds no scenarios.".into(),
        ),
        ReadError::TooManyScenarios { count, limit } => lang.pick(format!("Tệp có {count} kịch bản, tối đa {limit}."),
            format!("The file holds {count} scenarios, at most {limit}."),
        ),
        ReadError::BrokenLink(c) => {
            let why: String = match c {
                CodecError::BadCharacter => lang.pick("có ký tự lạ".into(), "it has characters a link cannot".into()),
                CodecError::TooLarge => lang.pick("nội dung quá lớn".into(), "its content is too large".into()),
                _ => lang.pick("bị cắt ngắn hoặc bị sửa".into(), "it was cut short or changed".into()),
            };
            lang.pick(format!("Liên kết chia sẻ bị hỏng ({why}). Hãy xin lại liên kết đầy đủ."),
                format!("The share link is damaged ({why}). Ask for the full link again."),
            )
        }
        ReadError::UnknownPlan => lang.pick("Liên kết này thuộc một kế hoạch riêng của người gửi, chưa có trong trình duyệt này. Hãy nhập tệp kế hoạch người gửi kèm theo (nút “Nhập tệp kế hoạch”), rồi mở lại liên kết.".into(),
            "This link belongs to a plan of the sender's that this browser does not have. Import the plan file they sent with it (“Import plan file”), then open the link again.".into(),
        ),
        ReadError::BadPlan(e) => lang.pick(format!("Tệp kế hoạch không dùng được: {}.", plan_error(lang, e)),
            format!("The plan file cannot be used: {}.", plan_error(lang, e)),
        ),
    }
}

/// What is wrong with a plan, naming the indicator.
pub fn plan_error(lang: Lang, e: &PlanError) -> String {
    match e {
        PlanError::Syntax(_) => lang.pick(
            "nội dung không đọc được".into(),
            "its text does not read".into(),
        ),
        PlanError::Invalid { indicator, problem } if indicator.is_empty() || indicator == "-" => {
            plan_problem(lang, problem)
        }
        PlanError::Invalid { indicator, problem } => lang.pick(
            format!("chỉ tiêu “{indicator}”: {}", plan_problem(lang, problem)),
            format!("indicator “{indicator}”: {}", plan_problem(lang, problem)),
        ),
    }
}

fn plan_problem(lang: Lang, p: &PlanProblem) -> String {
    use PlanProblem as P;
    let (vi, en): (&str, &str) = match p {
        P::Horizon => (
            "năm cuối phải sau năm gốc từ 1 đến 50 năm",
            "the last year must be 1 to 50 years after the base year",
        ),
        P::BaseYear => (
            "năm gốc phải từ 1900 đến 2200",
            "the base year must be 1900 to 2200",
        ),
        P::TooManyIndicators => (
            "kế hoạch có tối đa 500 chỉ tiêu",
            "a plan holds at most 500 indicators",
        ),
        P::NoIndicators => (
            "kế hoạch cần ít nhất một chỉ tiêu",
            "a plan needs at least one indicator",
        ),
        P::NoPlanName => ("kế hoạch cần có tên", "the plan needs a name"),
        P::PlanNameTooLong => (
            "tên hoặc số hiệu kế hoạch dài quá 300 ký tự",
            "a name or number of the plan is longer than 300 characters",
        ),
        P::PovertyThreshold => (
            "ngưỡng hộ nghèo phải từ 0 đến 100%",
            "the poverty threshold must be 0 to 100%",
        ),
        P::GroupNameTooLong => (
            "tên nhóm dài quá 300 ký tự",
            "a group name is longer than 300 characters",
        ),
        P::DuplicateId => (
            "mã chỉ tiêu trùng với một chỉ tiêu khác",
            "the code is already used by another indicator",
        ),
        P::BadId => (
            "mã chỉ tiêu phải có 1 đến 24 chữ, số, “-”, “_” hoặc “.”",
            "the code must be 1 to 24 letters, digits, “-”, “_” or “.”",
        ),
        P::NoName => ("chỉ tiêu cần có tên", "the indicator needs a name"),
        P::NameTooLong => (
            "tên dài quá 300 ký tự",
            "the name is longer than 300 characters",
        ),
        P::UnitTooLong => (
            "đơn vị dài quá 40 ký tự",
            "the unit is longer than 40 characters",
        ),
        P::TextTooLong => (
            "trích dẫn hoặc ghi chú dài quá 4.000 ký tự",
            "the quoted text or note is longer than 4,000 characters",
        ),
        P::UnknownGroup => (
            "nhóm không có trong kế hoạch",
            "the group is not one of the plan's",
        ),
        P::BaselineYear => (
            "số liệu gốc phải là của năm gốc",
            "the baseline must be of the base year",
        ),
        P::NotFinite => (
            "chỉ tiêu và số liệu gốc phải là số",
            "the target and the baseline must be numbers",
        ),
        P::NegativeBaseline => (
            "số liệu gốc không được âm",
            "the baseline cannot be negative",
        ),
        P::TargetYear => (
            "năm đạt chỉ tiêu phải nằm trong kỳ kế hoạch",
            "the target year must fall within the plan's years",
        ),
        P::Ceiling => (
            "mức trần phải dương và không dưới số liệu gốc",
            "the ceiling must be positive and not below the baseline",
        ),
        P::TargetOutsideCeiling => (
            "chỉ tiêu phải từ 0 đến mức trần (100% với tỷ lệ)",
            "the target must lie between 0 and the ceiling (100% for a rate)",
        ),
        P::NegativeTarget => (
            "mức hoặc tổng không được âm",
            "a level or a total cannot be negative",
        ),
        P::GrowthBelowMinus100 => (
            "tốc độ tăng phải lớn hơn -100%/năm",
            "a growth rate must be above -100%/yr",
        ),
        P::NoPreviousTerm => (
            "chỉ tiêu so với nhiệm kỳ trước cần tổng của nhiệm kỳ trước",
            "a target against the previous term needs that term's total",
        ),
        P::RangeHigh => (
            "mức trên của khoảng phải lớn hơn mức chỉ tiêu",
            "the high end of a range must be above its value",
        ),
        P::PreviousTerm => (
            "tổng nhiệm kỳ trước phải dương",
            "the previous term's total must be positive",
        ),
        P::DefaultAssumption(e) => {
            return lang.pick(
                format!("giả định mặc định: {}", assumption_error(lang, e)),
                format!("default assumption: {}", assumption_error(lang, e)),
            )
        }
    };
    lang.pick(vi, en).to_string()
}

fn assumption_error(lang: Lang, e: &AssumptionError) -> String {
    match e {
        AssumptionError::NotFinite => lang.pick(
            "thiếu số hoặc số vô hạn".into(),
            "a number is missing or infinite".into(),
        ),
        AssumptionError::Unreadable => lang.pick(
            "giá trị không đọc được (không phải số hoặc sai dạng)".into(),
            "the value could not be read (not a number, or the wrong shape)".into(),
        ),
        AssumptionError::OutOfRange { min, max } => lang.pick(
            format!(
                "giả định phải nằm trong khoảng {} đến {}",
                num(*min, lang),
                num(*max, lang)
            ),
            format!(
                "the assumption must lie between {} and {}",
                num(*min, lang),
                num(*max, lang)
            ),
        ),
        AssumptionError::Unphysical { value } => lang.pick(
            format!(
                "giá trị {} nhỏ hơn 0 hoặc vượt mức tối đa",
                num(*value, lang)
            ),
            format!(
                "the value {} is below zero or above the maximum",
                num(*value, lang)
            ),
        ),
        AssumptionError::YearOutsidePlan { year } => lang.pick(
            format!("năm {year} nằm ngoài kỳ kế hoạch"),
            format!("{year} is outside the plan period"),
        ),
        AssumptionError::BadSpread => lang.pick(
            "khoảng dao động không hợp lệ".into(),
            "the range is not valid".into(),
        ),
    }
}

/// Which value of an assumption, in words.
fn field_name(lang: Lang, field: crate::model::plan::assumption::Field) -> String {
    use crate::model::plan::assumption::Field::*;
    match field {
        Method => lang.pick("phương pháp dự báo".into(), "projection method".into()),
        Parameter => lang.pick("giả định".into(), "assumption".into()),
        Baseline => lang.pick("số liệu năm 2025".into(), "2025 figure".into()),
        Actual(y) => lang.pick(format!("số thực hiện năm {y}"), format!("actual for {y}")),
        AnnualTarget(y) => lang.pick(format!("kế hoạch năm {y}"), format!("target for {y}")),
        HalfYear(y) => lang.pick(
            format!("số 6 tháng năm {y}"),
            format!("six-month figure for {y}"),
        ),
        PathPoint(y) => lang.pick(
            format!("lộ trình năm {y}"),
            format!("planned value for {y}"),
        ),
        PathLength => lang.pick(
            "lộ trình quá nhiều điểm".into(),
            "too many planned values".into(),
        ),
        Spread => lang.pick("khoảng dao động".into(), "uncertainty range".into()),
    }
}

/// Problems as lines, at most `MAX_PROBLEM_LINES`, then how many more there are: a
/// hand-made file with 100.000 bad values must not become 100.000 list items.
pub fn problem_lines(
    lang: Lang,
    plan: &Plan,
    problems: &[(String, ScenarioProblem)],
) -> Vec<String> {
    let (shown, more) = crate::model::safe::exchange::shown_problems(problems.len());
    let mut lines: Vec<String> = problems[..shown]
        .iter()
        .map(|(n, p)| problem(lang, plan, n, p))
        .collect();
    if more > 0 {
        let more = num(more as f64, lang);
        lines.push(lang.pick(
            format!("… và {more} vấn đề khác."),
            format!("… and {more} more."),
        ));
    }
    lines
}

/// Figures of a plan file that could not be used, as lines.
pub fn fact_problem_lines(
    lang: Lang,
    plan: &Plan,
    problems: &[(
        String,
        crate::model::plan::assumption::Field,
        AssumptionError,
    )],
) -> Vec<String> {
    let named: Vec<(String, ScenarioProblem)> = problems
        .iter()
        .map(|(indicator, field, error)| {
            (
                text(lang, Text::FactsSheet).to_string(),
                ScenarioProblem::BadValue {
                    indicator: indicator.clone(),
                    field: *field,
                    error: error.clone(),
                },
            )
        })
        .collect();
    problem_lines(lang, plan, &named)
}

/// Old set-aside copies removed to keep the store from filling.
pub fn pruned(lang: Lang, count: usize) -> String {
    lang.pick(format!("Đã xóa {count} bản cất riêng cũ nhất để bộ nhớ không đầy (giữ tối đa {} bản).", crate::model::safe::saver::MAX_SET_ASIDE),
        format!("Removed the {count} oldest set-aside copies so storage does not fill up (at most {} are kept).", crate::model::safe::saver::MAX_SET_ASIDE),
    )
}

/// One problem with one scenario, naming the scenario and the indicator.
pub fn problem(lang: Lang, plan: &Plan, scenario: &str, p: &ScenarioProblem) -> String {
    let indicator = |id: &str| {
        plan.indicator(id)
            .map(|i| format!("{id} ({})", i.name(lang)))
            .unwrap_or_else(|| id.to_string())
    };
    let what = match p {
        ScenarioProblem::EmptyName => lang.pick("không có tên; đã đặt tên mới".into(),
            "had no name; it was given one".into(),
        ),
        ScenarioProblem::NameTooLong => lang.pick(format!("tên dài quá {MAX_NAME_CHARS} ký tự; đã cắt bớt"),
            format!("name longer than {MAX_NAME_CHARS} characters; shortened"),
        ),
        ScenarioProblem::NoteTooLong => lang.pick(format!("ghi chú dài quá {MAX_NOTE_CHARS} ký tự; đã cắt bớt"),
            format!("note longer than {MAX_NOTE_CHARS} characters; shortened"),
        ),
        ScenarioProblem::UnknownIndicator { id } => lang.pick(format!("chỉ tiêu “{id}” không có trong kế hoạch; bỏ qua"),
            format!("indicator “{id}” is not in the plan; left out"),
        ),
        ScenarioProblem::BadValue {
            indicator: id,
            field,
            error,
        } => lang.pick(format!(
                "chỉ tiêu {}, {}: {}; chỉ giá trị này được bỏ hoặc đưa về giới hạn, các giá trị khác được giữ",
                indicator(id),
                field_name(lang, *field),
                assumption_error(lang, error)
            ),
            format!(
                "indicator {}, {}: {}; only this value was taken out or brought within bounds, the rest is kept",
                indicator(id),
                field_name(lang, *field),
                assumption_error(lang, error)
            ),
        ),
        ScenarioProblem::UnknownReading { indicator: id } => lang.pick(format!(
                "chỉ tiêu {}: cách hiểu không có trong kế hoạch; dùng cách hiểu của kế hoạch",
                indicator(id)
            ),
            format!(
                "indicator {}: a reading the plan does not have; the plan's reading is used",
                indicator(id)
            ),
        ),
        ScenarioProblem::Unreadable => lang.pick("không đọc được kịch bản này; bỏ qua".into(),
            "this scenario could not be read; left out".into(),
        ),
        ScenarioProblem::RecordValue { field } => lang.pick(format!("giá trị chung “{field}” của dữ liệu không đọc được; đã đặt lại"),
            format!("the record's own value “{field}” could not be read; it was reset"),
        ),
        ScenarioProblem::BadPlan => lang.pick("kế hoạch riêng này không đọc được hoặc không hợp lệ; đã để riêng cùng các kịch bản của nó".into(),
            "this plan of yours could not be read or checked; it was set aside with its scenarios".into(),
        ),
        ScenarioProblem::UnknownPlan => lang.pick("kịch bản thuộc một kế hoạch không còn ở đây; đã để riêng".into(),
            "the scenario belongs to a plan that is not here; set aside".into(),
        ),
        ScenarioProblem::BadPace => lang.pick("hệ số điều chỉnh chung không hợp lệ; đặt về 0%".into(),
            "the plan-wide adjustment was not valid; set to 0%".into(),
        ),
    };
    format!("“{scenario}”: {what}.")
}

pub fn not_saved(lang: Lang, why: &Why) -> String {
    match why {
        Why::Full => lang.pick("Bộ nhớ của trình duyệt đã đầy: thay đổi chưa được lưu, chỉ còn trong trang này. Hãy xuất tệp để giữ lại.".into(),
            "The browser's storage is full: changes are not saved, they are only in this page. Export a file to keep them.".into(),
        ),
        Why::Refused => lang.pick("Trình duyệt không cho lưu (chế độ ẩn danh hoặc đã tắt lưu trữ): công việc chỉ còn trong trang này. Hãy xuất tệp để giữ lại.".into(),
            "The browser does not allow saving (private mode or storage switched off): work is only in this page. Export a file to keep it.".into(),
        ),
        Why::Mismatch => lang.pick("Đã lưu nhưng đọc lại không khớp: có thể bộ nhớ bị lỗi. Hãy xuất tệp để giữ lại.".into(),
            "Saved, but reading it back gave something else: storage may be failing. Export a file to keep your work.".into(),
        ),
        Why::Newer { version } => lang.pick(format!("Dữ liệu đã lưu thuộc một phiên bản mới hơn (định dạng {version}); phiên bản này không ghi đè lên. Thay đổi ở đây chưa được lưu: hãy xuất tệp."),
            format!("The saved data belongs to a newer version (format {version}); this version will not write over it. Changes here are not saved: export a file."),
        ),
        Why::NewerApp { version } => lang.pick(format!("Dữ liệu đã lưu do phiên bản mới hơn của ứng dụng ({version}) ghi, có thể ở một thẻ khác; trang này không ghi đè lên. Hãy tải lại trang để dùng phiên bản mới."),
            format!("The saved data was written by a newer version of the app ({version}), perhaps in another tab; this page will not write over it. Reload the page to use the newer version."),
        ),
        Why::CannotSetAside => lang.pick("Dữ liệu đã lưu không đọc được và không thể cất riêng, nên không bị ghi đè. Thay đổi ở đây chưa được lưu: hãy tải bản gốc và xuất tệp.".into(),
            "The saved data cannot be read and cannot be set aside, so it is not written over. Changes here are not saved: download the original and export a file.".into(),
        ),
    }
}
