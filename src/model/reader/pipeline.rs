//! The reader's one pass: every item read once, each number proposed or left out, the
//! proposals that restate another joined. Linear in the text's length.

use super::draft::{Draft, DraftDirection};
use super::items::{document_year, item_spans, item_year, term_end};
use super::letters::{letter, lower, lower_char, number_at, squeeze};
use super::number::{none_at_all, read_number};
use super::restate::{at_ceiling, may_restate, same_target, SAME_KEY_LOOKS};
use super::vocabulary::{PAST, PAST_HEADINGS};

/// Reads every proposed target in a text.
pub fn extract(s: &str) -> Vec<Draft> {
    let default_year = term_end(s).or_else(|| document_year(s));
    let mut out: Vec<Draft> = Vec::new();
    // Earlier proposals by number and unit, so a restatement is looked for among a few
    // (at most `SAME_KEY_LOOKS`), never among all: the reader stays linear.
    let mut by_key: std::collections::BTreeMap<(u64, String), Vec<usize>> = Default::default();
    // A bullet ("+ Tổng đàn gia súc: 24.000 con") reads under its numbered item's words
    // ("(2) Phấn đấu đến năm 2030, sản lượng ...").
    let mut parent = String::new();
    let mut past = false;
    for (a, b) in item_spans(s) {
        let from = out.len();
        let head = s[a..b].trim_start();
        if head.is_empty() {
            continue;
        }
        let bullet = head.starts_with('+')
            || head.starts_with('-')
            || head.starts_with('•')
            || head.starts_with('–');
        // A page number between a heading and its bullets is not their heading.
        if !bullet && head.chars().filter(|c| letter(*c)).count() >= 3 {
            parent = squeeze(&lower(&s[a..b]));
        }
        // A heading opens a part: one about results already reached ("I. KẾT QUẢ ...")
        // proposes nothing until the next heading.
        let first_line = head.lines().next().unwrap_or("");
        let letters: Vec<char> = first_line.chars().filter(|c| letter(*c)).collect();
        if letters.len() >= 8
            && letters.iter().filter(|c| lower_char(**c) != **c).count() * 10 >= letters.len() * 8
        {
            let h = lower(first_line);
            past = PAST_HEADINGS.iter().any(|w| h.contains(w));
        }
        if past {
            continue;
        }
        let context = if bullet { parent.as_str() } else { "" };
        read_item(s, a, b, default_year, context, &mut out);
        // A target stated again (the appendix repeats the main list) is proposed once.
        let mut k = from;
        while k < out.len() {
            let key = (out[k].value.to_bits(), out[k].unit.clone());
            let earlier = by_key.get(&key).map(Vec::as_slice).unwrap_or(&[]);
            let first = earlier
                .iter()
                .take(SAME_KEY_LOOKS)
                .copied()
                .find(|&j| j < from && same_target(&out[j], &out[k]));
            if let Some(first) = first {
                let again = out.remove(k);
                // "giữ vững 100%" said again: a share already at its ceiling is held.
                if again.direction == DraftDirection::Hold && at_ceiling(&out[first]) {
                    out[first].direction = DraftDirection::Hold;
                }
            } else {
                k += 1;
            }
        }
        for k in from..out.len() {
            let key = (out[k].value.to_bits(), out[k].unit.clone());
            let earlier = by_key.get(&key).map(Vec::as_slice).unwrap_or(&[]);
            out[k].restates = earlier
                .iter()
                .take(SAME_KEY_LOOKS)
                .copied()
                .find(|&j| may_restate(&out[j], &out[k]));
            // "giữ vững 100%" said again: a share already at its ceiling is held.
            if let Some(j) = out[k].restates {
                if out[k].direction == DraftDirection::Hold && at_ceiling(&out[j]) {
                    out[j].direction = DraftDirection::Hold;
                }
            }
        }
        for (j, d) in out.iter().enumerate().skip(from) {
            by_key
                .entry((d.value.to_bits(), d.unit.clone()))
                .or_default()
                .push(j);
        }
    }
    out
}

pub(super) fn read_item(
    s: &str,
    a: usize,
    b: usize,
    default_year: Option<u16>,
    context: &str,
    out: &mut Vec<Draft>,
) {
    let item = &s[a..b];
    let low = lower(item);
    // Phrases are matched on the words with line breaks and runs of spaces made one,
    // after the words of the item a bullet stands under.
    let flat = if context.is_empty() {
        squeeze(&low)
    } else {
        format!("{context} {}", squeeze(&low))
    };
    if PAST.iter().any(|p| flat.contains(p)) || flat.starts_with("lưu:") || flat.contains("- lưu:")
    {
        return;
    }
    let year = item_year(&flat, default_year).or(default_year);
    // Zero written in words: "không còn hộ nghèo", "cơ bản không còn".
    if let Some(at) = low
        .find("không còn")
        .filter(|_| !flat.contains("không còn nhiều"))
    {
        let name_start = at + "không còn".len();
        let name = squeeze(
            item[name_start.min(item.len())..]
                .trim_end_matches(['.', ';', ' ', '\n'])
                .split(',')
                .next()
                .unwrap_or(""),
        );
        if !name.is_empty() {
            let start = a + item.find(|c: char| !c.is_whitespace()).unwrap_or(0);
            let end = a + item.trim_end().len();
            out.push(none_at_all(s, start, end, name, year));
        }
    }
    // "Không để ... yếu kém": none at all.
    if let (Some(at), Some(weak)) = (low.find("không để"), low.find("yếu kém")) {
        if weak > at {
            let name = squeeze(&item[at + "không để".len()..weak + "yếu kém".len()]);
            let start = a + at;
            let end = a + weak + "yếu kém".len();
            out.push(none_at_all(s, start, end, name, year));
        }
    }
    let first_here = out.len();
    let bytes = item.as_bytes();
    let mut i = 0;
    let mut last_end = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit()
            || (i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'/'))
            || (i > 0 && !item.is_char_boundary(i))
        {
            i += 1;
            continue;
        }
        let Some(n) = number_at(item, i) else {
            i += 1;
            continue;
        };
        i = n.end.max(i + 1);
        if n.start < last_end {
            continue;
        }
        if let Some(d) = read_number(s, a, item, &low, &flat, n, year, last_end) {
            last_end = d.end - a;
            i = i.max(last_end);
            out.push(d);
        }
    }
    share_predicates(s, &mut out[first_here..]);
}

/// "100% cơ quan, đơn vị và 85% bản đạt tiêu chí an toàn": what the last of targets
/// joined by "và" must do is said once for all of them; each one's name gets it.
pub(super) fn share_predicates(s: &str, drafts: &mut [Draft]) {
    for k in (1..drafts.len()).rev() {
        let (x, y) = (&drafts[k - 1], &drafts[k]);
        let joined = s.get(x.end..y.end).map(lower).unwrap_or_default();
        if !joined.trim_start().starts_with("và ") {
            continue;
        }
        let low = lower(&y.name);
        let Some(at) = [" đạt ", " được ", " có "]
            .iter()
            .filter_map(|w| low.find(w))
            .min()
        else {
            continue;
        };
        let tail = y.name[at..].to_string();
        if !lower(&x.name).contains(tail.trim()) {
            drafts[k - 1].name.push_str(&tail);
        }
    }
}
