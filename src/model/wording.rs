//! The words for the model's own categories, in both languages: a verdict, a method. Kept
//! with the model so host tests hold every category to having its words.

use super::assumption::Method;
use super::number::Lang;
use super::status::Verdict;

/// A verdict as the planner reads it.
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
    lang.pick(vi, en)
}

/// A method's name for the planner.
pub fn method_name(m: &Method, lang: Lang) -> &'static str {
    use Method::*;
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
    lang.pick(vi, en)
}
