//! The kind of target and its direction, from the words of the item.

use super::draft::{DraftDirection, DraftKind};
use super::names::ends_with_word;

/// The direction the words give, from the words just before the number, the item, and
/// the words right after ("trở lên").
pub(super) fn direction_of(before: &str, item: &str, after: &str) -> DraftDirection {
    let near: String = {
        let chars: Vec<char> = before.chars().collect();
        chars[chars.len().saturating_sub(24)..].iter().collect()
    };
    let has = |w: &str| ends_with_word(near.trim_end(), w) || near.contains(&format!("{w} "));
    if after.trim_start().starts_with("trở lên") {
        return DraftDirection::AtLeast;
    }
    if has("đạt và vượt")
        || has("tối thiểu")
        || has("ít nhất")
        || has("không dưới")
        || has("không thấp hơn")
    {
        return DraftDirection::AtLeast;
    }
    if has("không quá") || has("tối đa") || has("không vượt quá") || has("không vượt")
    {
        return DraftDirection::AtMost;
    }
    if ends_with_word(near.trim_end(), "dưới") {
        return DraftDirection::Below;
    }
    if ends_with_word(near.trim_end(), "trên") || ends_with_word(near.trim_end(), "hơn") {
        return DraftDirection::Above;
    }
    if has("khoảng") || has("gần") || has("xấp xỉ") {
        return DraftDirection::About;
    }
    if [
        "duy trì",
        "giữ vững",
        "giữ ổn định",
        "ổn định ở mức",
        "giữ mức",
    ]
    .iter()
    .any(|w| item.contains(w))
    {
        return DraftDirection::Hold;
    }
    // A level to lower ("giảm tỷ lệ ... còn 15%"): at most that; anything else a plan
    // strives for, at least.
    if item.contains("giảm") && !item.contains("tăng") {
        return DraftDirection::AtMost;
    }
    DraftDirection::AtLeast
}

/// The kind of target the item's words give, and whether they allow two readings.
pub(super) fn kind_of(item: &str, unit: &str, before: &str) -> (DraftKind, bool) {
    let yearly = item.contains("hằng năm")
        || item.contains("hàng năm")
        || item.contains("mỗi năm")
        || unit == "%/năm";
    let average = item.contains("bình quân") || item.contains("trung bình");
    let rises = item.contains("tăng") || item.contains("tốc độ");
    let falls = item.contains("giảm");
    let percent = unit.starts_with('%');
    if percent && yearly && (average || unit == "%/năm") {
        if falls && !rises && item.contains("tỷ lệ") {
            return (DraftKind::ChangePerYear, true);
        }
        if rises || falls {
            return (DraftKind::Growth, false);
        }
    }
    if item.contains("so với năm")
        || item.contains("so với cuối")
        || item.contains("so với nhiệm kỳ")
        || before.ends_with("tăng thêm")
    {
        return (DraftKind::Change, false);
    }
    let term_total = item.contains("tổng")
        && (item.contains("5 năm") || item.contains("giai đoạn 20"))
        && !percent;
    if term_total
        || item.contains("trong nhiệm kỳ")
        || item.contains("cả giai đoạn")
        || item.contains("cả nhiệm kỳ")
        || item.contains("lũy kế")
        || item.contains("cộng dồn")
    {
        return (DraftKind::Cumulative, false);
    }
    if yearly && !percent {
        return (DraftKind::Flow, false);
    }
    if yearly && percent && !average {
        return (DraftKind::Flow, false);
    }
    (DraftKind::Level, false)
}
