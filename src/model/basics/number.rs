//! Reading and writing numbers in Vietnamese style (4.500 ha; 9,9 %) and English style
//! (4,500 ha; 9.9 %).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The one way to choose a wording: the Vietnamese one or the English one.
    pub fn pick<T>(self, vi: T, en: T) -> T {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }

    fn separators(self) -> (char, char) {
        match self {
            Lang::Vi => ('.', ','),
            Lang::En => (',', '.'),
        }
    }
}

/// Formats with `decimals` places, grouping thousands: vi 4.500,5 / en 4,500.5.
/// Trailing zeros after the decimal mark are dropped (9,90 -> 9,9), so counts stay whole.
pub fn format_number(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let (group, decimal) = lang.separators();
    let text = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, f.trim_end_matches('0')),
        None => (text.as_str(), ""),
    };
    let mut out = String::with_capacity(text.len() + 4);
    let negative = value < 0.0 && (int_part.bytes().any(|b| b != b'0') || !frac_part.is_empty());
    if negative {
        out.push('-');
    }
    let digits = int_part.len();
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if !frac_part.is_empty() {
        out.push(decimal);
        out.push_str(frac_part);
    }
    out
}

/// A sensible number of decimals for a value of this size.
pub fn auto_decimals(value: f64) -> usize {
    let a = value.abs();
    if a >= 1000.0 {
        0
    } else if a >= 100.0 {
        1
    } else if a >= 1.0 {
        2
    } else {
        3
    }
}

/// Why a typed number was refused.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberError {
    Empty,
    NotANumber,
    /// Parses, but is infinite or beyond any sensible size.
    TooLarge,
    /// "5e2": exponent notation is not how planners write numbers, and reading it as
    /// 500 would surprise the one who meant something else.
    Exponent,
    /// The marks allow two readings ("0.125" in Vietnamese style: 0,125 or 125); the
    /// planner is shown both and asked to write it plainly.
    Ambiguous {
        decimal: f64,
        grouped: f64,
    },
}

/// Whether `groups` (the integer part split at the grouping mark) are thousands groups:
/// the first 1-3 digits with no leading zero (a lone "0" is no group), the rest exactly 3.
fn thousands_groups<'a>(mut groups: impl Iterator<Item = &'a str>) -> bool {
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    let Some(first) = groups.next() else {
        return false;
    };
    digits(first)
        && first.len() <= 3
        && !first.starts_with('0')
        && groups.all(|g| g.len() == 3 && digits(g))
}

/// Reads a number typed in either style. A single "," or "." is a decimal mark ("9,9" and
/// "9.9" are both nine point nine) unless it is the language's grouping mark followed by
/// exactly three digits ("4.500" in Vietnamese is four thousand five hundred). With both
/// marks, the last one is the decimal mark and the others must group thousands. A
/// trailing "%" is ignored. Refused: spaces inside the number ("9 9"), exponents ("5e2"),
/// malformed groups ("1,2.5"), and marks that allow two readings ("0.125" or ".500" in
/// Vietnamese style, "0,125" in English style), which are shown both ways.
pub fn parse_number(text: &str, lang: Lang) -> Result<f64, NumberError> {
    let trimmed = text.trim();
    let trimmed = trimmed.strip_suffix('%').unwrap_or(trimmed).trim_end();
    let cleaned: String = trimmed
        .chars()
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    if cleaned.is_empty() {
        return Err(NumberError::Empty);
    }
    if cleaned.chars().any(|c| c.is_whitespace() || c == '\u{a0}') {
        return Err(NumberError::NotANumber);
    }
    if cleaned.contains(['e', 'E']) {
        return Err(NumberError::Exponent);
    }
    let (sign, body) = match cleaned.strip_prefix(['-', '+']) {
        Some(rest) => (&cleaned[..1], rest),
        None => ("", cleaned.as_str()),
    };
    let (group, _) = lang.separators();
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let read = |plain: String| decimal(&format!("{sign}{plain}"));
    if dots > 0 && commas > 0 {
        let last_dot = body.rfind('.').unwrap_or(0);
        let last_comma = body.rfind(',').unwrap_or(0);
        let (dec, grp) = if last_dot > last_comma {
            ('.', ',')
        } else {
            (',', '.')
        };
        let Some((int, frac)) = body.rsplit_once(dec) else {
            return Err(NumberError::NotANumber);
        };
        if int.contains(dec) || !thousands_groups(int.split(grp)) {
            return Err(NumberError::NotANumber);
        }
        return read(format!("{}.{frac}", int.replace(grp, "")));
    }
    if dots + commas == 0 {
        return read(body.to_string());
    }
    let mark = if dots > 0 { '.' } else { ',' };
    if dots + commas > 1 {
        // Only grouping can repeat: "1.234.567".
        return if thousands_groups(body.split(mark)) {
            read(body.replace(mark, ""))
        } else {
            Err(NumberError::NotANumber)
        };
    }
    let (int, frac) = body.split_once(mark).unwrap_or((body, ""));
    let three_digits = frac.len() == 3 && frac.bytes().all(|b| b.is_ascii_digit());
    if mark != group || !three_digits {
        return read(format!("{int}.{frac}"));
    }
    if thousands_groups([int].into_iter()) {
        return read(format!("{int}{frac}"));
    }
    // "0.125", ".500", "1234.567" with the grouping mark: a decimal written the other
    // style's way, or a slip. Both readings are shown, neither is taken.
    match (read(format!("{int}.{frac}")), read(format!("{int}{frac}"))) {
        (Ok(decimal), Ok(grouped)) => Err(NumberError::Ambiguous { decimal, grouped }),
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

/// Why a typed value was refused by a field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FieldError {
    Number(NumberError),
    BelowMin(f64),
    AboveMax(f64),
    NotWhole,
}

/// The rules a field's value must keep.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    pub min: f64,
    pub max: f64,
    pub whole: bool,
}

impl Rules {
    /// The number a field's text stands for, if it keeps the rules.
    pub fn check(self, text: &str, lang: Lang) -> Result<f64, FieldError> {
        let v = parse_number(text, lang).map_err(FieldError::Number)?;
        if v < self.min {
            Err(FieldError::BelowMin(self.min))
        } else if v > self.max {
            Err(FieldError::AboveMax(self.max))
        } else if self.whole && v.fract() != 0.0 {
            Err(FieldError::NotWhole)
        } else {
            Ok(v)
        }
    }

    /// An optional value (a year's actual): empty text clears it.
    pub fn check_optional(self, text: &str, lang: Lang) -> Result<Option<f64>, FieldError> {
        if text.trim().is_empty() {
            Ok(None)
        } else {
            self.check(text, lang).map(Some)
        }
    }
}

/// Reads `[+-]digits[.digits][e[+-]digits]` exactly as the standard library would for
/// the numbers people type (up to 15 significant digits and small exponents: one exact
/// multiplication or division by a power of ten is correctly rounded), without the
/// standard parser, whose tables would add about 8 KB to the browser download.
pub(crate) fn decimal(text: &str) -> Result<f64, NumberError> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let mut mantissa: u64 = 0;
    let mut digits = 0u32; // significant digits kept in `mantissa`
    let mut scale: i64 = 0; // power of ten to apply to `mantissa`
    let mut seen_digit = false;
    let mut seen_point = false;
    while i < bytes.len() {
        match bytes[i] {
            d @ b'0'..=b'9' => {
                seen_digit = true;
                if digits < 19 {
                    if mantissa > 0 || d != b'0' {
                        digits += 1;
                    }
                    mantissa = mantissa * 10 + u64::from(d - b'0');
                    if seen_point {
                        scale -= 1;
                    }
                } else if !seen_point {
                    scale += 1; // digits beyond what u64 holds only move the magnitude
                }
            }
            b'.' if !seen_point => seen_point = true,
            b'e' | b'E' => break,
            _ => return Err(NumberError::NotANumber),
        }
        i += 1;
    }
    if !seen_digit {
        return Err(NumberError::NotANumber);
    }
    if i < bytes.len() {
        // Exponent.
        i += 1;
        let mut exp_negative = false;
        if let Some(sign @ (b'-' | b'+')) = bytes.get(i) {
            exp_negative = *sign == b'-';
            i += 1;
        }
        if i >= bytes.len() {
            return Err(NumberError::NotANumber);
        }
        let mut exp: i64 = 0;
        for &b in &bytes[i..] {
            if !b.is_ascii_digit() {
                return Err(NumberError::NotANumber);
            }
            exp = (exp * 10 + i64::from(b - b'0')).min(100_000);
        }
        scale += if exp_negative { -exp } else { exp };
    }
    let pow10 = |k: i64| {
        let mut p = 1.0f64;
        for _ in 0..k.min(400) {
            p *= 10.0;
        }
        p
    };
    let m = mantissa as f64;
    let value = if scale >= 0 {
        m * pow10(scale)
    } else {
        m / pow10(-scale)
    };
    let value = if negative { -value } else { value };
    if !value.is_finite() || value.abs() >= 1e15 {
        Err(NumberError::TooLarge)
    } else {
        Ok(value)
    }
}
