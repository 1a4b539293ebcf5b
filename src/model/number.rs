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

    pub fn is_vi(self) -> bool {
        self == Lang::Vi
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotANumber,
    /// Parses, but is infinite or beyond any sensible size (1e999).
    TooLarge,
}

/// Reads a number typed in either style. A single "," or "." is a decimal mark ("9,9" and
/// "9.9" are both nine point nine) unless it is followed by exactly three digits and is the
/// language's grouping mark ("4.500" in Vietnamese is four thousand five hundred).
/// With both marks present, the last one is the decimal mark. Spaces and a trailing "%"
/// are ignored.
pub fn parse_number(text: &str, lang: Lang) -> Result<f64, NumberError> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    if cleaned.is_empty() {
        return Err(NumberError::Empty);
    }
    let (group, _) = lang.separators();
    let dots = cleaned.matches('.').count();
    let commas = cleaned.matches(',').count();
    let normal: String = if dots > 0 && commas > 0 {
        let last_dot = cleaned.rfind('.').unwrap_or(0);
        let last_comma = cleaned.rfind(',').unwrap_or(0);
        let (dec, grp) = if last_dot > last_comma {
            ('.', ',')
        } else {
            (',', '.')
        };
        if cleaned.matches(dec).count() > 1 {
            return Err(NumberError::NotANumber);
        }
        cleaned.replace(grp, "").replace(dec, ".")
    } else if dots + commas == 0 {
        cleaned
    } else {
        let mark = if dots > 0 { '.' } else { ',' };
        let count = dots + commas;
        let groups_ok = cleaned
            .split(mark)
            .skip(1)
            .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
        if count > 1 {
            if !groups_ok {
                return Err(NumberError::NotANumber);
            }
            cleaned.replace(mark, "")
        } else if mark == group && groups_ok {
            cleaned.replace(mark, "")
        } else {
            cleaned.replace(mark, ".")
        }
    };
    let valid = normal.bytes().enumerate().all(|(i, b)| {
        b.is_ascii_digit()
            || b == b'.'
            || ((b == b'-' || b == b'+') && i == 0)
            || b == b'e'
            || b == b'E'
            || ((b == b'-' || b == b'+')
                && i > 0
                && matches!(normal.as_bytes()[i - 1], b'e' | b'E'))
    });
    if !valid {
        return Err(NumberError::NotANumber);
    }
    match normal.parse::<f64>() {
        Ok(v) if v.is_finite() && v.abs() < 1e15 => Ok(v),
        Ok(_) => Err(NumberError::TooLarge),
        Err(_) => Err(NumberError::NotANumber),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_in_each_style() {
        assert_eq!(format_number(4500.0, 0, Lang::Vi), "4.500");
        assert_eq!(format_number(4500.0, 0, Lang::En), "4,500");
        assert_eq!(format_number(9.9, 1, Lang::Vi), "9,9");
        assert_eq!(format_number(9.9, 1, Lang::En), "9.9");
        assert_eq!(format_number(280000.0, 0, Lang::Vi), "280.000");
        assert_eq!(format_number(1234567.891, 2, Lang::Vi), "1.234.567,89");
        assert_eq!(format_number(-0.0001, 2, Lang::En), "0");
        assert_eq!(format_number(-12.5, 1, Lang::En), "-12.5");
        assert_eq!(format_number(100.0, 2, Lang::Vi), "100");
    }

    #[test]
    fn reads_both_styles() {
        assert_eq!(parse_number("9,9", Lang::Vi), Ok(9.9));
        assert_eq!(parse_number("9.9", Lang::Vi), Ok(9.9));
        assert_eq!(parse_number("9,9", Lang::En), Ok(9.9));
        assert_eq!(parse_number("4.500", Lang::Vi), Ok(4500.0));
        assert_eq!(parse_number("4,500", Lang::En), Ok(4500.0));
        assert_eq!(parse_number("1.234.567,8", Lang::Vi), Ok(1234567.8));
        assert_eq!(parse_number("1,234,567.8", Lang::Vi), Ok(1234567.8));
        assert_eq!(parse_number(" 98 % ", Lang::Vi), Ok(98.0));
        assert_eq!(parse_number("-5", Lang::En), Ok(-5.0));
    }

    #[test]
    fn refuses_garbage() {
        assert_eq!(parse_number("", Lang::Vi), Err(NumberError::Empty));
        assert_eq!(parse_number("abc", Lang::Vi), Err(NumberError::NotANumber));
        assert_eq!(parse_number("1e999", Lang::Vi), Err(NumberError::TooLarge));
        assert_eq!(
            parse_number("1,2,3", Lang::Vi),
            Err(NumberError::NotANumber)
        );
        assert_eq!(parse_number("NaN", Lang::En), Err(NumberError::NotANumber));
        assert_eq!(parse_number("inf", Lang::En), Err(NumberError::NotANumber));
        assert_eq!(parse_number("--5", Lang::En), Err(NumberError::NotANumber));
    }
}
