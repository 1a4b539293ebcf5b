//! Proposals that state one target twice (a list and its summary), found and joined.

use super::draft::Draft;
use super::letters::{letter_or_digit, lower};

/// How many earlier proposals of the same number and unit a new one is compared with.
pub(super) const SAME_KEY_LOOKS: usize = 16;

/// A later proposal that may state an earlier one again: the same number, unit and kind,
/// and most of the shorter name's words (three at least) in the other, beyond the words
/// every name has.
pub(super) fn may_restate(x: &Draft, y: &Draft) -> bool {
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
pub(super) fn at_ceiling(d: &Draft) -> bool {
    d.unit == "%" && d.value == 100.0
}

/// Two proposals of one target: the same number, unit and kind, and names sharing most
/// of their words.
pub(super) fn same_target(x: &Draft, y: &Draft) -> bool {
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
