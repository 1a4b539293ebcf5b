//! Reading and writing numbers in both styles: what is read, what is refused (with both
//! readings shown where the marks allow two), and that plain decimals read exactly as the
//! standard parser would.

use bac_yen_plan::model::number::*;

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
    assert_eq!(parse_number("1e999", Lang::Vi), Err(NumberError::Exponent));
    assert_eq!(
        parse_number("9999999999999999", Lang::Vi),
        Err(NumberError::TooLarge)
    );
    assert_eq!(
        parse_number("1,2,3", Lang::Vi),
        Err(NumberError::NotANumber)
    );
    assert_eq!(parse_number("NaN", Lang::En), Err(NumberError::NotANumber));
    assert_eq!(parse_number("inf", Lang::En), Err(NumberError::NotANumber));
    assert_eq!(parse_number("--5", Lang::En), Err(NumberError::NotANumber));
    assert_eq!(parse_number("1e", Lang::En), Err(NumberError::Exponent));
    assert_eq!(parse_number(".", Lang::En), Err(NumberError::NotANumber));
}

#[test]
fn refuses_what_could_be_misread() {
    let amb = |d: f64, g: f64| {
        Err(NumberError::Ambiguous {
            decimal: d,
            grouped: g,
        })
    };
    // A leading zero or an empty group before a thousands mark.
    assert_eq!(parse_number("0.125", Lang::Vi), amb(0.125, 125.0));
    assert_eq!(parse_number(".500", Lang::Vi), amb(0.5, 500.0));
    assert_eq!(parse_number("0,125", Lang::En), amb(0.125, 125.0));
    assert_eq!(parse_number(",500", Lang::En), amb(0.5, 500.0));
    assert_eq!(parse_number("1234.567", Lang::Vi), amb(1234.567, 1234567.0));
    // The other style's decimal mark is not the grouping mark: plain decimals.
    assert_eq!(parse_number("0,125", Lang::Vi), Ok(0.125));
    assert_eq!(parse_number("0.125", Lang::En), Ok(0.125));
    assert_eq!(parse_number(".5", Lang::Vi), Ok(0.5));
    // Groups that are not thousands when both marks appear.
    assert_eq!(
        parse_number("1,2.5", Lang::Vi),
        Err(NumberError::NotANumber)
    );
    assert_eq!(
        parse_number("1.2,5", Lang::Vi),
        Err(NumberError::NotANumber)
    );
    assert_eq!(
        parse_number("01.234,5", Lang::Vi),
        Err(NumberError::NotANumber)
    );
    assert_eq!(parse_number("1.234,5", Lang::Vi), Ok(1234.5));
    // Spaces inside, exponents.
    assert_eq!(parse_number("9 9", Lang::Vi), Err(NumberError::NotANumber));
    assert_eq!(parse_number("5e2", Lang::En), Err(NumberError::Exponent));
    assert_eq!(parse_number("-1.250", Lang::Vi), Ok(-1250.0));
    assert_eq!(parse_number("−3,5", Lang::Vi), Ok(-3.5));
}

#[test]
fn reads_what_the_standard_parser_reads() {
    for text in [
        "0",
        "9.9",
        "0.1",
        "0.3",
        "123456.789",
        "-7.25",
        "100",
        "0.000001",
        "999999999999999",
        "98.34",
        "36.8",
    ] {
        assert_eq!(
            parse_number(text, Lang::En),
            Ok(text.parse::<f64>().unwrap()),
            "{text}"
        );
    }
    // Pseudo-random decimals of up to 15 significant digits.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let int = x % 1_000_000_000;
        let frac = (x >> 32) % 1_000_000;
        let places = (x >> 56) % 7;
        let text = if places == 0 {
            format!("{int}")
        } else {
            format!(
                "{int}.{:0width$}",
                frac % 10u64.pow(places as u32),
                width = places as usize
            )
        };
        assert_eq!(
            parse_number(&text, Lang::En),
            Ok(text.parse::<f64>().unwrap()),
            "{text}"
        );
    }
}
