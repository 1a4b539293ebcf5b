//! Reading a plan's quantified targets out of its text: a careful, rule-based reader of
//! Vietnamese planning language (no model, no server). The text is cut into items (a
//! numbered or bulleted target, a clause of a paragraph); in each, every number is read
//! in Vietnamese or English style, numbers that are not targets are left out (dates,
//! document numbers, item numbers, years, counts of targets, last term's results), and
//! what remains is proposed with what it measures, its unit, kind, direction and year.
//! Every proposal keeps the exact byte span of its words, so the planner sees them.
//!
//! One pass over the text, each item read once: linear in the text's length.

/// What a target asks of the series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftKind {
    /// The level reached by the target year ("đạt 98%").
    Level,
    /// Average growth, % a year ("tăng bình quân 9,9%/năm").
    Growth,
    /// Average yearly change of a rate ("giảm bình quân 1,5%/năm"): points a year or a
    /// relative decline, flagged as ambiguous.
    ChangePerYear,
    /// A total over the term ("trong nhiệm kỳ", "giai đoạn 2026-2030").
    Cumulative,
    /// A change against the base year ("tăng 19% so với năm 2025", "tăng thêm 12 bản").
    Change,
    /// The same amount each year ("mỗi năm", "hằng năm").
    Flow,
}

impl DraftKind {
    pub fn key(self) -> &'static str {
        match self {
            DraftKind::Level => "level",
            DraftKind::Growth => "growth",
            DraftKind::ChangePerYear => "change_per_year",
            DraftKind::Cumulative => "cumulative",
            DraftKind::Change => "change",
            DraftKind::Flow => "flow",
        }
    }
}

/// How the target is bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftDirection {
    AtLeast,
    Above,
    AtMost,
    Below,
    About,
    Hold,
    Range,
    /// No word says: the planner chooses.
    Plain,
}

impl DraftDirection {
    pub fn key(self) -> &'static str {
        match self {
            DraftDirection::AtLeast => "at_least",
            DraftDirection::Above => "above",
            DraftDirection::AtMost => "at_most",
            DraftDirection::Below => "below",
            DraftDirection::About => "about",
            DraftDirection::Hold => "hold",
            DraftDirection::Range => "range",
            DraftDirection::Plain => "plain",
        }
    }
}

/// One proposed target.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The number (the low end of a range).
    pub value: f64,
    /// The high end of a range.
    pub high: Option<f64>,
    pub unit: String,
    pub kind: DraftKind,
    pub direction: DraftDirection,
    /// The target year, from the item or the document's term.
    pub year: Option<u16>,
    /// The indicator's words.
    pub name: String,
    /// The exact source words: `text == input[start..end]`.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// How sure the reader is, 0 to 1: lower when the name or the unit had to be guessed.
    pub confidence: f64,
    /// The words allow more than one reading (a yearly decline of a rate, say).
    pub ambiguous: bool,
    /// An earlier proposal (by position) this one may state again in other words (the
    /// appendix repeating the main list): offered unchecked, for the planner to decide.
    pub restates: Option<usize>,
}

/// A number as written: where it is, its value, and the end of its own characters.
#[derive(Debug, Clone, Copy)]
struct Num {
    start: usize,
    end: usize,
    value: f64,
}

/// Reads the number written at `at` (digits with "." and "," marks): Vietnamese style
/// unless the marks say otherwise ("4.500" four thousand five hundred, "9,9" nine point
/// nine; "1,250.5" English).
fn number_at(s: &str, at: usize) -> Option<Num> {
    let bytes = s.as_bytes();
    let mut end = at;
    while end < bytes.len() {
        let b = bytes[end];
        // A mark counts only between digits ("4.500", not the full stop after "45.").
        let mark_between = (b == b'.' || b == b',')
            && end > at
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() || mark_between {
            end += 1;
        } else {
            break;
        }
    }
    if end == at {
        return None;
    }
    let raw = &s[at..end];
    let value = read_marks(raw)?;
    Some(Num {
        start: at,
        end,
        value,
    })
}

/// "4.500" -> 4500, "9,9" -> 9.9, "86.400" -> 86400, "1.250,5" -> 1250.5,
/// "2,4" -> 2.4, "1,250.5" -> 1250.5 (English), "07" -> 7.
fn read_marks(raw: &str) -> Option<f64> {
    let dots = raw.matches('.').count();
    let commas = raw.matches(',').count();
    let groups_of_three =
        |sep: char| raw.split(sep).skip(1).all(|g| g.len() == 3) && !raw.starts_with(sep);
    let plain = match (dots, commas) {
        (0, 0) => raw.to_string(),
        // Both: the last mark is the decimal one.
        (_, _) if dots > 0 && commas > 0 => {
            let (dec, grp) = if raw.rfind('.') > raw.rfind(',') {
                ('.', ',')
            } else {
                (',', '.')
            };
            let (int, frac) = raw.rsplit_once(dec)?;
            format!("{}.{frac}", int.replace(grp, ""))
        }
        // Dots only: groups of three are thousands (Vietnamese), else a decimal point.
        (_, 0) => {
            if groups_of_three('.') {
                raw.replace('.', "")
            } else if dots == 1 {
                raw.to_string()
            } else {
                return None;
            }
        }
        // Commas only: one comma is the Vietnamese decimal mark unless it groups
        // thousands in a number too big for a decimal reading ("280,000").
        (0, _) => {
            if commas == 1 && !(groups_of_three(',') && raw.len() > 5) {
                raw.replace(',', ".")
            } else if groups_of_three(',') {
                raw.replace(',', "")
            } else {
                return None;
            }
        }
        _ => return None,
    };
    // The app's own decimal reader: the standard library's float parser would add its
    // tables to the download.
    super::number::decimal(&plain)
        .ok()
        .filter(|v| v.is_finite())
}

/// One letter in lower case, for the letters Vietnamese writes (ASCII, Latin-1 and the
/// Vietnamese letters with marks); any other character stays. The lower case of each is
/// written with as many bytes as the letter, so offsets in lower-cased text are those of
/// the original; and no Unicode case table is added to the download.
fn lower_char(c: char) -> char {
    let u = c as u32;
    let to = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 32,
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 | 0x1AF => u + 1,
        0x1EA0..=0x1EF9 if u.is_multiple_of(2) => u + 1,
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
}

/// A letter as Vietnamese writes them (ASCII, Latin-1, Latin Extended and the Vietnamese
/// letters with marks), without the Unicode tables `char::is_alphabetic` brings.
pub fn letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) && c != '×' && c != '÷')
}

/// A letter or a digit (see `letter`).
fn letter_or_digit(c: char) -> bool {
    letter(c) || c.is_ascii_digit()
}

/// Lower-case, for matching words (see `lower_char`).
pub(crate) fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// The text between two byte offsets, with runs of white space made one space.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Units a target is stated in, longest first so "tỷ đồng" wins over "tỷ".
const UNITS: [&str; 44] = [
    "triệu tỷ đồng",
    "nghìn tỷ đồng",
    "tỷ đồng",
    "tỉ đồng",
    "triệu đồng/người/năm",
    "triệu đồng/người",
    "triệu đồng",
    "nghìn đồng",
    "lượt người",
    "lượt khách",
    "lượt",
    "doanh nghiệp",
    "hợp tác xã",
    "người",
    "lao động",
    "hộ",
    "bản",
    "thôn",
    "tổ dân phố",
    "xã",
    "phường",
    "trường",
    "ha",
    "hecta",
    "km",
    "tấn",
    "tạ",
    "con",
    "m3",
    "m²",
    "m2",
    "kwh",
    "giường bệnh",
    "bác sĩ",
    "cơ sở",
    "công trình",
    "sản phẩm",
    "mô hình",
    "câu lạc bộ",
    "tiêu chí",
    "điểm",
    "nhà",
    "học sinh",
    "triệu",
];

/// Words after a number that make it a count of something that is not a target.
const NOT_TARGET_AFTER: [&str; 12] = [
    "chỉ tiêu",
    "đồng chí",
    "ủy viên",
    "uỷ viên",
    "buổi",
    "tháng",
    "ngày",
    "giờ",
    "năm học",
    "lần",
    "nhiệm vụ",
    "nội dung",
];

/// Words right before a number that make it a reference, a date or a category.
const NOT_TARGET_BEFORE: [&str; 23] = [
    "ngày",
    "tháng",
    "số",
    "khóa",
    "khoá",
    "kỳ họp thứ",
    "lần thứ",
    "loại",
    "điều",
    "khoản",
    "mục",
    "giai đoạn",
    "nhiệm kỳ",
    "giá so sánh",
    "chỉ thị",
    "nghị quyết",
    "quyết định",
    "kết luận",
    "thông tư",
    "nghị định",
    "phụ lục",
    "tiểu khu",
    "phiêng ban",
];

/// Clause words that say a number is a result already reached, not a target.
const PAST: [&str; 9] = [
    "đã đạt",
    "đạt được",
    "ước đạt",
    "ước thực hiện",
    "thực hiện được",
    "đã hoàn thành",
    "so với cùng kỳ",
    "nhiệm kỳ qua",
    "nơi nhận",
];

/// A heading's words that open a part about results already reached.
const PAST_HEADINGS: [&str; 3] = ["kết quả", "đánh giá", "tình hình thực hiện"];

/// Where items break: a bullet or a numbered item at the start of a line, or the end of
/// a sentence or clause.
fn item_spans(s: &str) -> Vec<(usize, usize)> {
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
fn item_number(rest: &str) -> bool {
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
fn term_end(s: &str) -> Option<u16> {
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
fn year_at(s: &str, i: usize) -> Option<u16> {
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
fn item_year(low: &str, document: Option<u16>) -> Option<u16> {
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

fn ends_with_word(before: &str, word: &str) -> bool {
    before.ends_with(word)
        && before[..before.len() - word.len()]
            .chars()
            .next_back()
            .is_none_or(|c| !letter_or_digit(c))
}

/// The unit right after a number (after "%", "‰" or a unit word), and where it ends.
fn unit_after(s: &str, at: usize) -> (String, usize) {
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
fn name_before(item: &str) -> String {
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
fn name_after(rest: &str) -> String {
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
fn name_after_len(rest: &str) -> usize {
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

/// A target of none at all, written in words ("không còn hộ nghèo"): 0, at most. Poor
/// households are counted as a share ("tỷ lệ hộ nghèo"), so that one is 0 %.
fn none_at_all(s: &str, start: usize, end: usize, name: String, year: Option<u16>) -> Draft {
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

/// How many earlier proposals of the same number and unit a new one is compared with.
const SAME_KEY_LOOKS: usize = 16;

/// A later proposal that may state an earlier one again: the same number, unit and kind,
/// and most of the shorter name's words (three at least) in the other, beyond the words
/// every name has.
fn may_restate(x: &Draft, y: &Draft) -> bool {
    if x.value != y.value || x.high != y.high || x.unit != y.unit || x.kind != y.kind {
        return false;
    }
    const FILLER: [&str; 12] = [
        "tỷ", "tỉ", "lệ", "đạt", "đến", "năm", "và", "các", "của", "được", "có", "về",
    ];
    let words = |d: &Draft| -> Vec<String> {
        lower(&d.name)
            .split(|c: char| !letter_or_digit(c))
            .filter(|w| w.chars().count() > 1 && !FILLER.contains(w))
            .filter(|w| !w.bytes().all(|b| b.is_ascii_digit()))
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(x), words(y));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let shared = short.iter().filter(|w| long.contains(w)).count();
    shared >= 3 && shared * 10 >= short.len() * 6
}

/// A share of 100 %: "at least" it and "hold" it are one target.
fn at_ceiling(d: &Draft) -> bool {
    d.unit == "%" && d.value == 100.0
}

/// Two proposals of one target: the same number, unit and kind, and names sharing most
/// of their words.
fn same_target(x: &Draft, y: &Draft) -> bool {
    if x.value != y.value || x.high != y.high || x.unit != y.unit || x.kind != y.kind {
        return false;
    }
    let words = |d: &Draft| -> Vec<String> {
        lower(&d.name)
            .split(|c: char| !letter_or_digit(c))
            .filter(|w| w.chars().count() > 1)
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(x), words(y));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let shared = a.iter().filter(|w| b.contains(w)).count();
    // Most of the shorter name, and near half of the longer: "tỷ lệ cơ quan, đơn vị ...
    // không có ma túy" is not "tỷ lệ cơ quan, doanh nghiệp ... an ninh, trật tự".
    shared * 10 >= a.len().min(b.len()) * 6 && shared * 20 >= a.len().max(b.len()) * 9
}

fn read_item(
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
fn share_predicates(s: &str, drafts: &mut [Draft]) {
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

/// One number of an item: a proposed target, or None when it is not one.
#[allow(clippy::too_many_arguments)]
fn read_number(
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

fn year_value(v: f64) -> Option<u16> {
    (v.fract() == 0.0 && (1990.0..=2100.0).contains(&v)).then_some(v as u16)
}

/// The direction the words give, from the words just before the number, the item, and
/// the words right after ("trở lên").
fn direction_of(before: &str, item: &str, after: &str) -> DraftDirection {
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
fn kind_of(item: &str, unit: &str, before: &str) -> (DraftKind, bool) {
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

/// One proposal as a JSON line: value, high, unit, kind, direction, year, name, text,
/// start, end (the `extract` example prints these).
pub fn json_line(d: &Draft) -> String {
    let mut o = serde_json::Map::new();
    o.insert("value".into(), serde_json::json!(d.value));
    if let Some(h) = d.high {
        o.insert("high".into(), serde_json::json!(h));
    }
    o.insert("unit".into(), serde_json::json!(d.unit));
    o.insert("kind".into(), serde_json::json!(d.kind.key()));
    o.insert("direction".into(), serde_json::json!(d.direction.key()));
    o.insert("year".into(), serde_json::json!(d.year));
    o.insert("name".into(), serde_json::json!(d.name));
    o.insert("text".into(), serde_json::json!(d.text));
    o.insert("start".into(), serde_json::json!(d.start));
    o.insert("end".into(), serde_json::json!(d.end));
    serde_json::Value::Object(o).to_string()
}
