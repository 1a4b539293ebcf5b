//! What the words around a number name: its unit, and the indicator it measures.

use super::items::item_number;
use super::letters::{letter, letter_or_digit, lower, squeeze};
use super::vocabulary::UNITS;

pub(super) fn ends_with_word(before: &str, word: &str) -> bool {
    before.ends_with(word)
        && before[..before.len() - word.len()]
            .chars()
            .next_back()
            .is_none_or(|c| !letter_or_digit(c))
}

/// The unit right after a number (after "%", "‰" or a unit word), and where it ends.
pub(super) fn unit_after(s: &str, at: usize) -> (String, usize) {
    let rest = &s[at..];
    let trimmed = rest.trim_start();
    let skip = rest.len() - trimmed.len();
    if let Some(r) = trimmed.strip_prefix("%0").or(trimmed.strip_prefix('‰')) {
        let used = trimmed.len() - r.len();
        return ("‰".into(), at + skip + used);
    }
    if let Some(r) = trimmed.strip_prefix('%') {
        let mut end = at + skip + 1;
        let r2 = r.trim_start();
        if r2.starts_with("/năm") {
            end = s.len() - r2.len() + "/năm".len();
            return ("%/năm".into(), end);
        }
        return ("%".into(), end);
    }
    let low = lower(&trimmed.chars().take(40).collect::<String>());
    for u in UNITS {
        if let Some(rest) = low.strip_prefix(u) {
            let after = rest.chars().next();
            if after.is_none_or(|c| !letter_or_digit(c)) {
                // The same number of bytes in the original (lower-casing keeps lengths
                // for these letters).
                let end = at + skip + u.len();
                let unit = if u == "tỉ đồng" {
                    "tỷ đồng"
                } else {
                    u
                };
                // "25 triệu lượt khách": millions of the unit that follows.
                if matches!(u, "triệu" | "nghìn") {
                    let (next, next_end) = unit_after(s, end.min(s.len()));
                    if !next.is_empty() && !next.starts_with('%') {
                        return (format!("{u} {next}"), next_end);
                    }
                }
                return (unit.to_string(), end.min(s.len()));
            }
        }
    }
    (String::new(), at)
}

/// The indicator's words: the item's text before the number, without its bullet, its
/// "Phấn đấu đến năm 2030," and the verb or cue that leads to the number.
pub(super) fn name_before(item: &str) -> String {
    let mut t = squeeze(item);
    // Bullets and item numbers.
    loop {
        let before = t.clone();
        t = t
            .trim_start_matches(['+', '-', '–', '•', ' ', '*'])
            .to_string();
        if t.starts_with('(') {
            if let Some(close) = t.find(')') {
                if t[1..close].chars().all(|c| c.is_ascii_digit()) {
                    t = t[close + 1..].to_string();
                }
            }
        }
        // "8. ", "2.1. ", "a) ", "b. ": the item's own number.
        if item_number(&t) {
            if let Some(sp) = t.find(' ') {
                t = t[sp..].to_string();
            }
        }
        if t == before {
            break;
        }
    }
    // What comes before the last "phấn đấu" (strive) is another sentence's business.
    let low = lower(&t);
    if let Some(at) = low.rfind("phấn đấu") {
        t = t[at + "phấn đấu".len()..].to_string();
    }
    // "đến năm 2030," and the verbs that lead to the measure.
    loop {
        let before = t.clone();
        t = t.trim_start_matches([',', ' ', ':']).to_string();
        let low = lower(&t);
        if low.starts_with("đến năm ") || low.starts_with("trong năm ") || low.starts_with("năm ")
        {
            let cut = t.find(',').map_or(t.len(), |c| c + 1);
            if t[..cut].chars().any(|c| c.is_ascii_digit()) {
                t = t[cut..].to_string();
            }
        }
        for verb in [
            "giảm",
            "tăng",
            "nâng",
            "đưa",
            "có",
            "đạt",
            "hoàn thành",
            "trong nhiệm kỳ",
            "xây dựng,",
            "giữ vững",
            "duy trì",
            "và",
            "hằng năm,",
            "hàng năm,",
            "mỗi năm,",
            "hằng năm",
            "hàng năm",
            "mỗi năm",
        ] {
            let low = lower(&t);
            if low == verb {
                t.clear();
            } else if low.starts_with(verb) && low[verb.len()..].starts_with(' ') {
                t = t[verb.len() + 1..].to_string();
            }
        }
        if t == before {
            break;
        }
    }
    let mut t = t.trim_end_matches([' ', ':', ',', '“', '"']).to_string();
    for tail in [
        "đạt và vượt",
        "tối thiểu",
        "ít nhất",
        "không quá",
        "không dưới",
        "tối đa",
        "khoảng",
        "trên",
        "dưới",
        "hơn",
        "đạt",
        "là",
        "tăng",
        "giảm",
        "lên",
        "xuống",
        "từ",
        "còn",
        "có",
        "gần",
    ] {
        let low = lower(&t);
        if ends_with_word(&low, tail) {
            t.truncate(t.len() - tail.len());
            t = t.trim_end_matches([' ', ':', ',']).to_string();
        }
    }
    t.trim_end_matches([' ', ':', ',']).to_string()
}

/// The words after a number that name what it counts ("100% hồ sơ ... được số hóa"), up
/// to the next number or the end of the clause.
pub(super) fn name_after(rest: &str) -> String {
    let stop = name_after_len(rest);
    let words = squeeze(rest[..stop].trim_start_matches([' ', ':']));
    let low = lower(&words);
    let words = match low.find(", trong đó") {
        Some(k) => words[..k].to_string(),
        None => words,
    };
    words.trim_end_matches(" và").to_string()
}

/// How many bytes of `rest` the words after a number take (so the proposal's source
/// words include them).
pub(super) fn name_after_len(rest: &str) -> usize {
    let stop = rest
        .char_indices()
        .find(|(k, c)| {
            (c.is_ascii_digit() && rest[..*k].trim_end().ends_with(|c: char| letter(c)))
                || *c == '('
        })
        .map_or(rest.len(), |(k, _)| k);
    let words = rest[..stop].trim_end_matches(['.', ';', ' ', '\n', '\r', ',']);
    // A "và" before the next target joins them; it is not this one's word.
    words
        .strip_suffix("và")
        .filter(|w| w.ends_with(char::is_whitespace))
        .map_or(words, str::trim_end)
        .len()
}
