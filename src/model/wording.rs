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
        Verdict::OnTrack => ("Có khả năng đạt", "Likely to be met"),
        Verdict::Accelerate => ("Cần đẩy nhanh tiến độ", "Needs to speed up"),
        Verdict::Limited => ("Khó đạt", "Hard to meet"),
        Verdict::Deteriorating => ("Diễn biến ngược", "Moving away"),
        Verdict::Unassessable => ("Chưa đủ cơ sở đánh giá", "Not enough to assess"),
    };
    lang.pick(vi, en)
}

/// A method's name for the planner.
pub fn method_name(m: &Method, lang: Lang) -> &'static str {
    use Method::*;
    let (vi, en) = match m {
        Compound { .. } => (
            "Tăng trưởng bình quân (%/năm)",
            "Average annual growth (%/yr)",
        ),
        Linear { .. } => ("Tăng/giảm đều mỗi năm", "Linear change per year"),
        Points { .. } => ("Tăng điểm phần trăm mỗi năm", "Percentage points per year"),
        Decline { .. } => (
            "Giảm dần theo tỷ lệ (% phần còn lại/năm)",
            "Relative decline (% of what remains/yr)",
        ),
        Saturating { .. } => ("Tiến dần tới mức trần", "Saturating approach to a ceiling"),
        Path { .. } => ("Lộ trình tự nhập", "Planned path (typed)"),
        Steady { .. } => (
            "Lượng mỗi năm, cộng dồn cả kỳ",
            "A yearly amount, summed over the term",
        ),
        TotalChange { .. } => ("Tăng so với năm 2025 (%)", "Change against 2025 (%)"),
        Forest { .. } => (
            "Trồng rừng (tính sau thời gian thành rừng)",
            "Forest planting (counts after maturing)",
        ),
    };
    lang.pick(vi, en)
}
