//! Figures pasted from a spreadsheet into the commune's sheet: rows copied from Excel
//! (tab-separated), each naming its indicator by id or name, the years from a header row
//! (or 2025, 2026... in order), numbers in Vietnamese or English style. Read into a
//! preview of what would change; nothing is applied until the planner says so.

use crate::model::basics::number::{parse_number, FieldError, Lang};
use crate::model::plan::facts::FactSheet;
use crate::model::plan::Plan;
use crate::model::words::wording::capitalised;
use crate::model::work::edit::figure_rules;

/// One figure the paste would set.
#[derive(Debug, Clone, PartialEq)]
pub struct PastedFigure {
    pub indicator: usize,
    pub year: u16,
    pub before: Option<f64>,
    pub after: f64,
}

/// Why a row or a cell of the paste is left out.
#[derive(Debug, Clone, PartialEq)]
pub enum PasteProblem {
    /// No indicator of the plan by that id or name.
    UnknownIndicator { line: usize, text: String },
    /// A cell that is not a figure the indicator can have.
    BadValue {
        line: usize,
        indicator: usize,
        year: u16,
        text: String,
        error: FieldError,
    },
    /// More values than years.
    NoYear { line: usize, text: String },
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastePreview {
    pub figures: Vec<PastedFigure>,
    pub problems: Vec<PasteProblem>,
    /// The number style the paste was read in.
    pub style: Option<Lang>,
}

/// Which style the numbers are written in: "4.500" or "1.250,5" say Vietnamese,
/// "4,500" or "1,250.5" English; with no sign either way, the interface's language.
fn style_of<'a>(cells: impl Iterator<Item = &'a str>, default: Lang) -> Lang {
    let (mut vi, mut en) = (0, 0);
    for c in cells {
        let c = c.trim();
        if !c.starts_with(|ch: char| ch.is_ascii_digit() || ch == '-') {
            continue;
        }
        let (dots, commas) = (c.matches('.').count(), c.matches(',').count());
        let after = |mark: char| c.rsplit(mark).next().map_or(0, str::len);
        match (dots, commas) {
            (0, 0) => {}
            (d, k) if d > 0 && k > 0 => {
                if c.rfind('.') < c.rfind(',') {
                    vi += 1
                } else {
                    en += 1
                }
            }
            // "4.500.000" groups; "41.5" is a decimal point; "4.500" could be either.
            (d, 0) if d > 1 || after('.') != 3 => {
                if d > 1 {
                    vi += 1
                } else {
                    en += 1
                }
            }
            (0, k) if k > 1 || after(',') != 3 => {
                if k > 1 {
                    en += 1
                } else {
                    vi += 1
                }
            }
            _ => {}
        }
    }
    match vi.cmp(&en) {
        std::cmp::Ordering::Greater => Lang::Vi,
        std::cmp::Ordering::Less => Lang::En,
        std::cmp::Ordering::Equal => default,
    }
}

fn year_of(cell: &str) -> Option<u16> {
    let t = cell.trim();
    let t = t
        .strip_prefix("Năm ")
        .or_else(|| t.strip_prefix("năm "))
        .or_else(|| t.strip_prefix("Year "))
        .unwrap_or(t);
    t.parse::<u16>().ok().filter(|y| (1900..=2100).contains(y))
}

/// Reads a paste against the plan and the sheet as it is.
pub fn read_paste(text: &str, plan: &Plan, facts: &FactSheet, lang: Lang) -> PastePreview {
    let rows: Vec<Vec<&str>> = text
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    let find = |cell: &str| {
        let t = cell.trim();
        plan.indicators.iter().position(|i| {
            i.id.eq_ignore_ascii_case(t)
                || i.name_vi == t
                || i.name_en == t
                || capitalised(&i.name_vi) == t
                || capitalised(&i.name_en) == t
        })
    };
    // The years: from a header row when there is one, else the plan's from its base year.
    let mut years: Option<Vec<Option<u16>>> = None;
    let mut body = Vec::new();
    for (line, cells) in rows.iter().enumerate() {
        let as_years: Vec<Option<u16>> = cells.iter().map(|c| year_of(c)).collect();
        if years.is_none()
            && as_years.iter().flatten().count() >= 1
            && cells.iter().all(|c| find(c).is_none())
        {
            years = Some(as_years);
        } else {
            body.push((line + 1, cells));
        }
    }
    let style = style_of(
        body.iter().flat_map(|(_, cells)| cells.iter().copied()),
        lang,
    );
    let mut out = PastePreview {
        style: Some(style),
        ..PastePreview::default()
    };
    for (line, cells) in body {
        // The indicator is named in the first or the second cell (a code, then a name).
        let Some((at, k)) = cells
            .iter()
            .take(2)
            .enumerate()
            .find_map(|(at, c)| find(c).map(|k| (at, k)))
        else {
            out.problems.push(PasteProblem::UnknownIndicator {
                line,
                text: cells.join(" "),
            });
            continue;
        };
        let ind = &plan.indicators[k];
        let rules = figure_rules(ind);
        // With a header row, each cell's column gives its year and cells under no year
        // (a name, a unit) are labels. Without one, labels after the indicator are
        // skipped and the values are the plan's years in order.
        let numeric = |c: &str| parse_number(c, style).is_ok();
        let placed: Vec<(Option<u16>, &str)> = match &years {
            Some(list) => cells
                .iter()
                .enumerate()
                .skip(at + 1)
                .filter_map(|(col, c)| list.get(col).copied().flatten().map(|y| (Some(y), *c)))
                .collect(),
            None => cells
                .iter()
                .skip(at + 1)
                .skip_while(|c| !c.trim().is_empty() && !numeric(c))
                .enumerate()
                .map(|(d, c)| {
                    let year = u16::try_from(d).ok().map(|d| plan.base_year + d);
                    (year, *c)
                })
                .collect(),
        };
        for (year, cell) in placed {
            if cell.trim().is_empty() {
                continue;
            }
            let Some(year) = year.filter(|y| (plan.base_year..=plan.horizon).contains(y)) else {
                out.problems.push(PasteProblem::NoYear {
                    line,
                    text: cell.to_string(),
                });
                continue;
            };
            match rules.check(cell, style) {
                Ok(v) => {
                    let before = facts
                        .get(&ind.id)
                        .and_then(|f| f.figure(year, plan.base_year));
                    if before != Some(v) {
                        out.figures.push(PastedFigure {
                            indicator: k,
                            year,
                            before,
                            after: v,
                        });
                    }
                }
                Err(error) => out.problems.push(PasteProblem::BadValue {
                    line,
                    indicator: k,
                    year,
                    text: cell.to_string(),
                    error,
                }),
            }
        }
    }
    out
}

/// The sheet with the previewed figures in it, each entry dated `now_ms`.
pub fn apply_paste(plan: &Plan, facts: &mut FactSheet, figures: &[PastedFigure], now_ms: f64) {
    for f in figures {
        let Some(ind) = plan.indicators.get(f.indicator) else {
            continue;
        };
        facts.entry(ind.id.clone()).or_default().set_figure(
            f.year,
            plan.base_year,
            Some(f.after),
            now_ms,
        );
    }
}
