//! Characters and numbers as Vietnamese writes them: letters without Unicode's tables,
//! lower case that keeps byte offsets, and numbers in either style of marks.

/// A number as written: where it is, its value, and the end of its own characters.
#[derive(Debug, Clone, Copy)]
pub(super) struct Num {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) value: f64,
}

/// Reads the number written at `at` (digits with "." and "," marks): Vietnamese style
/// unless the marks say otherwise ("4.500" four thousand five hundred, "9,9" nine point
/// nine; "1,250.5" English).
pub(super) fn number_at(s: &str, at: usize) -> Option<Num> {
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
pub(super) fn read_marks(raw: &str) -> Option<f64> {
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
    crate::model::basics::number::decimal(&plain)
        .ok()
        .filter(|v| v.is_finite())
}

/// One letter in lower case, for the letters Vietnamese writes (ASCII, Latin-1 and the
/// Vietnamese letters with marks); any other character stays. The lower case of each is
/// written with as many bytes as the letter, so offsets in lower-cased text are those of
/// the original; and no Unicode case table is added to the download.
pub(super) fn lower_char(c: char) -> char {
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
pub(super) fn letter_or_digit(c: char) -> bool {
    letter(c) || c.is_ascii_digit()
}

/// Lower-case, for matching words (see `lower_char`).
pub(crate) fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// The text between two byte offsets, with runs of white space made one space.
pub(super) fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
