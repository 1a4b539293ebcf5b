//! The text cut into items (a numbered or bulleted target, a clause), and the years the
//! document and each item speak of.

use super::letters::{letter, lower};

/// Where items break: a bullet or a numbered item at the start of a line, or the end of
/// a sentence or clause.
pub(super) fn item_spans(s: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let cut_here = match b {
            b';' => Some(i + 1),
            b'.' => {
                // A full stop: followed by white space (not "4.500"), not an item's
                // own number ("1.2." or "a.").
                let next_space = bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace());
                let short_before = s[start..i].trim().chars().count() <= 4;
                (next_space && !short_before).then_some(i + 1)
            }
            b'\n' => {
                // A new line starting a bullet or a numbered item.
                let rest = s[i + 1..].trim_start();
                let starts_item = rest.starts_with('+')
                    || rest.starts_with("- ")
                    || rest.starts_with('–')
                    || rest.starts_with('•')
                    || rest.starts_with('(') && rest[1..].starts_with(|c: char| c.is_ascii_digit())
                    || item_number(rest);
                starts_item.then_some(i)
            }
            _ => None,
        };
        if let Some(cut) = cut_here {
            if cut > start {
                spans.push((start, cut));
            }
            start = cut;
        }
        i += 1;
    }
    if start < s.len() {
        spans.push((start, s.len()));
    }
    spans
}

/// "1. ", "2.1. ", "a) ", "b. ": an item's own number at the start of a line.
pub(super) fn item_number(rest: &str) -> bool {
    let head: String = rest.chars().take(8).collect();
    let mut chars = head.chars().peekable();
    let mut saw = false;
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() || c == '.' {
            saw |= c.is_ascii_digit();
            chars.next();
        } else {
            break;
        }
    }
    if saw {
        return head.contains(". ") || head.contains(") ");
    }
    let mut it = head.chars();
    matches!((it.next(), it.next()), (Some(l), Some('.' | ')')) if letter(l))
}

/// The document's term: the period named most often ("2026-2030", "2026 - 2030").
pub(super) fn term_end(s: &str) -> Option<u16> {
    term(s).map(|t| t.1)
}

/// The document's term as its first and last year ("2026-2030" -> (2026, 2030)).
pub fn term(s: &str) -> Option<(u16, u16)> {
    let mut counts: Vec<(u16, u16, usize)> = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        if let Some(a) = year_at(s, i) {
            let mut j = i + 4;
            while j < bytes.len() && (bytes[j] == b' ') {
                j += 1;
            }
            let dash = s[j..].chars().next();
            if matches!(dash, Some('-' | '–' | '—')) {
                let mut k = j + dash.map_or(1, char::len_utf8);
                while k < bytes.len() && bytes[k] == b' ' {
                    k += 1;
                }
                if let Some(b) = year_at(s, k).filter(|b| *b > a && b - a <= 10) {
                    match counts.iter_mut().find(|c| c.0 == a && c.1 == b) {
                        Some(c) => c.2 += 1,
                        None => counts.push((a, b, 1)),
                    }
                }
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    counts.iter().max_by_key(|c| (c.2, c.1)).map(|c| (c.0, c.1))
}

/// A year 1990 to 2100 written at `i` with no digit either side.
pub(super) fn year_at(s: &str, i: usize) -> Option<u16> {
    let bytes = s.as_bytes();
    let four = bytes.get(i..i + 4)?;
    if !four.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if i > 0 && bytes[i - 1].is_ascii_digit() {
        return None;
    }
    if bytes.get(i + 4).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let y: u16 = s.get(i..i + 4)?.parse().ok()?;
    (1990..=2100).contains(&y).then_some(y)
}

/// The year an item names as its target year: "đến năm 2030", "vào năm 2028" always; a
/// bare "năm 2026" only when it is not before the document's own year ("năm 2020 là
/// 21%" is the past), and never the year compared with ("so với năm 2025").
pub(super) fn item_year(low: &str, document: Option<u16>) -> Option<u16> {
    for cue in ["đến năm ", "vào năm ", "trong năm "] {
        if let Some(at) = low.find(cue) {
            if let Some(y) = year_at(low, at + cue.len()) {
                return Some(y);
            }
        }
    }
    let mut best = None;
    let mut from = 0;
    while let Some(k) = low[from..].find("năm ") {
        let at = from + k;
        from = at + "năm ".len();
        if low[..at].ends_with("so với ") {
            continue;
        }
        if let Some(y) = year_at(low, from) {
            if document.is_none_or(|d| y >= d) {
                best = best.max(Some(y));
            }
        }
    }
    best
}

/// The year a document without a term is about: its title's "kế hoạch ... năm 2026", or
/// its first "đến năm 2030".
pub fn document_year(s: &str) -> Option<u16> {
    let low = lower(&s.chars().take(4000).collect::<String>());
    if let Some(k) = low.find("kế hoạch") {
        let window: String = low[k..].chars().take(120).collect();
        if let Some(n) = window.find("năm ") {
            if let Some(y) = year_at(&window, n + "năm ".len()) {
                return Some(y);
            }
        }
    }
    let k = low.find("đến năm ")?;
    year_at(&low, k + "đến năm ".len())
}
