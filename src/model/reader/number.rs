//! One number of an item: a proposed target, or nothing when it is not one.

use super::draft::{Draft, DraftDirection, DraftKind};
use super::kind::{direction_of, kind_of};
use super::letters::{letter, lower, number_at, squeeze, Num};
use super::names::{ends_with_word, name_after, name_after_len, name_before, unit_after};
use super::vocabulary::{NOT_TARGET_AFTER, NOT_TARGET_BEFORE};

/// A target of none at all, written in words ("không còn hộ nghèo"): 0, at most. Poor
/// households are counted as a share ("tỷ lệ hộ nghèo"), so that one is 0 %.
pub(super) fn none_at_all(
    s: &str,
    start: usize,
    end: usize,
    name: String,
    year: Option<u16>,
) -> Draft {
    let share = lower(&name).starts_with("hộ nghèo");
    Draft {
        value: 0.0,
        high: None,
        unit: if share { "%".into() } else { String::new() },
        kind: DraftKind::Level,
        direction: DraftDirection::AtMost,
        year,
        name,
        text: s[start..end].to_string(),
        start,
        end,
        confidence: 0.6,
        ambiguous: false,
        restates: None,
    }
}

/// One number of an item: a proposed target, or None when it is not one.
#[allow(clippy::too_many_arguments)]
pub(super) fn read_number(
    s: &str,
    a: usize,
    item: &str,
    low: &str,
    flat: &str,
    n: Num,
    year: Option<u16>,
    name_from: usize,
) -> Option<Draft> {
    let before_raw = squeeze(&low[..n.start]);
    let before = before_raw.as_str();
    // Inside "(năm 2020 là 21%)": an earlier year's figure set beside the target.
    if let Some(open) = before.rfind('(') {
        let inside = &before[open..];
        if !inside.contains(')') && inside.contains("năm ") {
            return None;
        }
    }
    let after_raw = &item[n.end..];
    // Item numbers "(7)", section numbers "1.2." at an item's start.
    if before.ends_with('(') && after_raw.starts_with(')') {
        return None;
    }
    if item[..n.start].trim().is_empty()
        && (after_raw.starts_with(". ") || after_raw.starts_with(')'))
    {
        return None;
    }
    // Dates, document numbers and fractions: "19/12/2025", "32/NQ-HĐND", "05-CT/TU".
    let mut high = None;
    let mut end = n.end;
    let value = n.value;
    if let Some(r) = after_raw.strip_prefix('/') {
        if r.starts_with(|c: char| c.is_ascii_digit()) {
            let d = number_at(item, n.end + 1)?;
            if item[d.end..].starts_with('/') || item[d.end..].starts_with('-') {
                return None; // a date
            }
            // "A/B": A out of B ("45/120 thôn"); a larger A is a date ("18/11").
            if n.value > d.value || n.value == 0.0 {
                return None;
            }
            let (unit, uend) = unit_after(item, d.end);
            if NOT_TARGET_AFTER
                .iter()
                .any(|w| lower(item[uend.max(d.end)..].trim_start()).starts_with(w))
            {
                return None;
            }
            let mut name = name_before(&item[name_from.min(n.start)..n.start]);
            let mut stop = a + uend.max(d.end);
            if name.chars().count() < 4 {
                let rest = &item[uend.max(d.end)..];
                name = name_after(rest);
                stop += name_after_len(rest);
            }
            let start = a + n.start;
            return Some(Draft {
                value: n.value,
                high: None,
                unit: if unit.is_empty() {
                    format!("/{}", squeeze(&item[n.end + 1..d.end]))
                } else {
                    format!("/{} {unit}", squeeze(&item[n.end + 1..d.end]))
                },
                kind: DraftKind::Level,
                direction: direction_of(before, flat, &item[uend..]),
                year,
                name,
                text: s[start..stop].to_string(),
                start,
                end: stop,
                confidence: 0.6,
                ambiguous: false,
                restates: None,
            });
        }
        return None;
    }
    if after_raw.starts_with('-') && after_raw[1..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    if NOT_TARGET_BEFORE.iter().any(|w| ends_with_word(before, w)) {
        return None;
    }
    let (mut unit, mut uend) = unit_after(item, n.end);
    // A range: "7-8%", "từ 2 – 4%/năm", "9% - 9,5%/năm", "từ 6,5 đến 7,0%", "2,4 đến 2,6
    // triệu tỷ đồng".
    let tail = &item[uend.max(n.end)..];
    let t = tail.trim_start();
    let sep = ["-", "–", "—", "đến", "tới"]
        .into_iter()
        .find(|p| t.starts_with(p));
    if let Some(p) = sep {
        let rest = t[p.len()..].trim_start();
        let at = item.len() - rest.len();
        if let Some(h) = number_at(item, at) {
            if h.value > value && (year_value(h.value).is_none() || !unit.is_empty()) {
                let (u2, e2) = unit_after(item, h.end);
                if !u2.is_empty() {
                    unit = u2;
                    uend = e2;
                } else {
                    uend = h.end;
                }
                high = Some(h.value);
                end = uend;
            }
        }
    }
    if high.is_none() {
        end = uend.max(n.end);
    }
    // A bare year is not a target ("năm 2030", "2026-2030").
    if unit.is_empty() && high.is_none() && year_value(value).is_some() {
        return None;
    }
    // A bare number with nothing after it and nothing that reads as a measure.
    let after_unit = lower(&item[end..]);
    let after_unit = after_unit.trim_start();
    if NOT_TARGET_AFTER.iter().any(|w| after_unit.starts_with(w)) {
        return None;
    }
    // "trên một ha" is per hectare: not "above".
    let mut direction = direction_of(before, flat, after_unit);
    if high.is_some() {
        direction = DraftDirection::Range;
    }
    let (kind, ambiguous) = kind_of(flat, &unit, before);
    // A rate of decline or a change is a size to reach: "giảm bình quân 2%/năm" is at
    // least 2 points a year.
    if direction == DraftDirection::AtMost
        && kind != DraftKind::Level
        && !["không quá", "tối đa", "không vượt"]
            .iter()
            .any(|w| before.contains(w))
    {
        direction = DraftDirection::AtLeast;
    }
    // 100 % to keep, or to reach every year, can only be held.
    if unit == "%" && value == 100.0 && high.is_none() && kind == DraftKind::Flow {
        direction = DraftDirection::Hold;
    }
    if unit == "%/năm" && matches!(kind, DraftKind::Growth | DraftKind::ChangePerYear) {
        unit = "%".into();
    }
    // "tỉ" and "tỷ" are one word; "55 triệu" with no "đồng" is millions of đồng.
    if unit == "triệu" {
        unit = "triệu đồng".into();
    }
    // Every target needs a unit or a sign of one: a bare number is a count of years, a
    // page, an item or a place ("5 năm", "bản Phiêng Ban 2").
    if unit.is_empty() && high.is_none() {
        return None;
    }
    if after_unit
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
        .contains("chỉ tiêu")
    {
        return None;
    }
    let mut name = name_before(&item[name_from.min(n.start)..n.start]);
    let mut confidence: f64 = 0.9;
    // Where the source words end: after the unit, or after the words naming it.
    let mut cited = end;
    // "tăng 2% so với nhiệm kỳ 2020-2025": what it is compared with belongs to its words.
    let rest = &item[end..];
    if lower(rest.trim_start()).starts_with("so với") {
        let stop = rest.find([',', ';', '.', '\n']).unwrap_or(rest.len());
        cited = end + rest[..stop].trim_end().len();
    }
    if (2..=2).contains(&name.split_whitespace().count()) && lower(&name) == "tỷ lệ" {
        // "Giữ vững tỷ lệ 100% xã có trạm y tế": "tỷ lệ" alone names nothing.
        name = format!("{name} {}", name_after(&item[end..]));
        cited = end + name_after_len(&item[end..]);
    } else if name.chars().count() < 4 || lower(&name).ends_with(" và") {
        // "100% hồ sơ ... được số hóa": the words after the number name it, up to the
        // next number.
        name = name_after(&item[end..]);
        cited = end + name_after_len(&item[end..]);
        confidence -= 0.2;
    }
    if unit.is_empty() {
        confidence -= 0.3;
    }
    if value == 0.0 && unit.is_empty() {
        return None;
    }
    let stop = a + cited;
    // The source words take in the indicator's words: from the item's first word, or
    // from after the target before it in the same item, so two never overlap.
    let from = name_from.min(n.start);
    let first = item[from..]
        .char_indices()
        .find(|(_, c)| letter(*c) || c.is_ascii_digit())
        .map_or(n.start, |(k, _)| from + k);
    let text_start = a + first.min(n.start);
    Some(Draft {
        value,
        high,
        unit,
        kind,
        direction,
        year,
        name,
        text: s[text_start..stop].to_string(),
        start: text_start,
        end: stop,
        confidence: confidence.clamp(0.0, 1.0),
        ambiguous,
        restates: None,
    })
}

pub(super) fn year_value(v: f64) -> Option<u16> {
    (v.fract() == 0.0 && (1990.0..=2100.0).contains(&v)).then_some(v as u16)
}
