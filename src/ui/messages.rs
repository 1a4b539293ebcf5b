//! What went wrong with a file, a link or stored data, in words a planner understands,
//! in Vietnamese and English.

use super::i18n::num;
use crate::model::assumption::AssumptionError;
use crate::model::compress::CodecError;
use crate::model::exchange::ReadError;
use crate::model::number::Lang;
use crate::model::saver::Why;
use crate::model::scenario::{ScenarioProblem, MAX_NAME_CHARS, MAX_NOTE_CHARS};
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
    }
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
fn field_name(lang: Lang, field: crate::model::assumption::Field) -> String {
    use crate::model::assumption::Field::*;
    match field {
        Method => lang.pick("phương pháp dự báo".into(), "projection method".into()),
        Parameter => lang.pick("giả định".into(), "assumption".into()),
        Baseline => lang.pick("số liệu năm 2025".into(), "2025 figure".into()),
        Actual(y) => lang.pick(format!("số thực hiện năm {y}"), format!("actual for {y}")),
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
    let (shown, more) = crate::model::exchange::shown_problems(problems.len());
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

/// Old set-aside copies removed to keep the store from filling.
pub fn pruned(lang: Lang, count: usize) -> String {
    lang.pick(format!("Đã xóa {count} bản cất riêng cũ nhất để bộ nhớ không đầy (giữ tối đa {} bản).", crate::model::saver::MAX_SET_ASIDE),
        format!("Removed the {count} oldest set-aside copies so storage does not fill up (at most {} are kept).", crate::model::saver::MAX_SET_ASIDE),
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
