//! The projection table as CSV that Excel opens with Vietnamese intact: UTF-8 with a
//! byte-order mark, one row per indicator and year. Vietnamese Excel expects `;` between
//! fields and a decimal comma; English Excel `,` and a decimal point.

use crate::model::basics::number::Lang;
use crate::model::plan::assumption::Assumption;
use crate::model::plan::Plan;
use crate::model::projection::project::{Period, Projection};
use crate::model::projection::status::Status;
use crate::model::projection::uncertainty::Band;
use crate::model::texts::{text, Text};
use crate::model::words::wording::{
    assumption_words, baseline_source, capitalised, verdict_text, FigureSource,
};

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

/// What one indicator adds to the table: its projection and verdict, the path the target
/// requires, the uncertainty band and the planner's assumption (all under the pace in
/// force).
pub struct CsvIndicator<'a> {
    pub projection: &'a Projection,
    pub status: &'a Status,
    pub required: Option<Vec<f64>>,
    pub band: Option<&'a Band>,
    pub assumption: &'a Assumption,
    /// Where the 2025 figure in use comes from: its source line is in every row.
    pub source: FigureSource,
}

/// The file's name: the scenario's, then the language, so the Vietnamese and English
/// tables of one scenario can sit in one folder.
pub fn file_name(scenario_slug: &str, lang: Lang) -> String {
    format!("{scenario_slug}-{}.csv", lang.code())
}

/// The whole table for one scenario, byte-order mark first: one row per indicator and
/// year, in the chosen language's words.
pub fn projection_csv(
    plan: &Plan,
    scenario: &str,
    rows: &[CsvIndicator],
    pace_pct: f64,
    lang: Lang,
) -> String {
    use Text::*;
    let sep = separator(lang);
    let mut out = String::from("\u{feff}");
    let line = |out: &mut String, cells: &[String]| {
        let row: Vec<String> = cells.iter().map(|c| field(c, sep)).collect();
        out.push_str(&row.join(&sep.to_string()));
        out.push_str("\r\n");
    };
    let header = [
        CsvScenario,
        CsvId,
        CsvIndicator,
        CsvUnit,
        Year,
        CsvValue,
        CsvKind,
        ChartRequired,
        BandLow,
        BandHigh,
        Target,
        CsvTargetUnit,
        Status,
        Assumption,
        CsvPace,
        Source,
    ];
    line(&mut out, &header.map(|t| text(lang, t).to_string()));
    let period = Period::of(plan);
    let value = |v: Option<f64>| v.map(|v| plain_number(v, lang)).unwrap_or_default();
    for (ind, row) in plan.indicators.iter().zip(rows) {
        let (p, s) = (row.projection, row.status);
        let illustrative = ind.illustrative_under(row.assumption);
        let assumption = assumption_words(ind, row.assumption, 0.0, lang);
        let limits = ind.limits();
        let source = baseline_source(ind, row.assumption.baseline_for(&limits), &row.source, lang);
        for (k, (year, v)) in period.years().zip(&p.values).enumerate() {
            // The baseline the planner has not entered is the plan's illustrative one:
            // said so, never "known".
            let kind = if k == 0 && illustrative {
                CsvIllustrative
            } else if k <= p.start {
                CsvKnown
            } else {
                CsvProjected
            };
            line(
                &mut out,
                &[
                    scenario.to_string(),
                    ind.id.clone(),
                    capitalised(ind.name(lang)),
                    ind.unit(lang).to_string(),
                    year.to_string(),
                    // Negative zero and noise below the fourth decimal are not information.
                    plain_number(*v, lang),
                    text(lang, kind).to_string(),
                    value(row.required.as_ref().and_then(|r| r.get(k).copied())),
                    value(row.band.and_then(|b| b.p10.get(k).copied())),
                    value(row.band.and_then(|b| b.p90.get(k).copied())),
                    plain_number(ind.target.value, lang),
                    ind.target_unit(lang).to_string(),
                    verdict_text(lang, s.verdict).to_string(),
                    assumption.clone(),
                    // The plan-wide pace scales every assumption: a row says what was used.
                    plain_number(pace_pct, lang),
                    source.clone(),
                ],
            );
        }
    }
    out
}
