//! The projection table as CSV that Excel opens with Vietnamese intact: UTF-8 with a
//! byte-order mark, one row per indicator and year. Vietnamese Excel expects `;` between
//! fields and a decimal comma; English Excel `,` and a decimal point.

use super::number::Lang;
use super::plan::Plan;
use super::project::{Period, Projection};
use super::status::{Status, Verdict};

/// The column headings and the words for a verdict, in the chosen language.
pub struct CsvWords<'a> {
    pub header: [&'a str; 11],
    pub known: &'a str,
    pub projected: &'a str,
    pub verdict: &'a dyn Fn(Verdict) -> &'a str,
}

fn separator(lang: Lang) -> char {
    lang.pick(';', ',')
}

/// A number as Excel reads it in that language: no grouping, up to 4 decimals.
pub fn plain_number(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let text = format!("{v:.4}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let text = if text == "-0" { "0" } else { text };
    lang.pick(text.replace('.', ","), text.to_string())
}

/// One field: quoted when it holds the separator, a quote or a line break; text that
/// Excel would run as a formula (= + - @ at the start) gets a leading apostrophe.
pub fn field(text: &str, sep: char) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = if risky {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The whole table for one scenario, byte-order mark first.
pub fn projection_csv(
    plan: &Plan,
    scenario: &str,
    results: &[(Projection, Status)],
    pace_pct: f64,
    lang: Lang,
    words: &CsvWords,
) -> String {
    let sep = separator(lang);
    let mut out = String::from("\u{feff}");
    let line = |out: &mut String, cells: &[String]| {
        let row: Vec<String> = cells.iter().map(|c| field(c, sep)).collect();
        out.push_str(&row.join(&sep.to_string()));
        out.push_str("\r\n");
    };
    line(&mut out, &words.header.map(String::from));
    let period = Period::of(plan);
    for (ind, (p, s)) in plan.indicators.iter().zip(results) {
        for (k, (year, v)) in period.years().zip(&p.values).enumerate() {
            line(
                &mut out,
                &[
                    scenario.to_string(),
                    ind.id.clone(),
                    ind.name(lang).to_string(),
                    ind.unit(lang).to_string(),
                    year.to_string(),
                    // Negative zero and noise below the fourth decimal are not information.
                    plain_number(*v, lang),
                    if k <= p.start {
                        words.known
                    } else {
                        words.projected
                    }
                    .to_string(),
                    plain_number(ind.target.value, lang),
                    ind.target_unit(lang).to_string(),
                    (words.verdict)(s.verdict).to_string(),
                    // The plan-wide pace scales every assumption: a row says what was used.
                    plain_number(pace_pct, lang),
                ],
            );
        }
    }
    out
}
