//! The annexes the council receives, as rows: the year-end annex
//! (`STT | Chỉ tiêu | ĐVT | TH năm N-1 | KH năm N | Ước TH năm N | So sánh (%) với KH ·
//! với cùng kỳ | Đánh giá | KH năm N+1 | Ghi chú`) and the six-month annex
//! (`... | KH năm N | TH 6 tháng | So với KH năm (%) | So với cùng kỳ (%) | Ước cả năm`),
//! with the summary lines reports write under them.

use crate::model::basics::number::{format_number, Lang};
use crate::model::plan::facts::{FactSheet, Facts};
use crate::model::plan::year_figures::{FigureKind, YearTarget};
use crate::model::plan::{Indicator, Plan};
use crate::model::projection::project::Period;
use crate::model::projection::target::{target_total, value_decimals};
use crate::model::year::evaluation::{evaluate, Eval, YearResult};
use crate::model::year::midyear::{band, share_of_plan, Band};
use crate::model::year::nature::{comparison, nature, Comparison, Nature};
use crate::model::year::next_target::{proposed, reach_from, reach_words, sums_over_term};

/// The figure in force for a year (the baseline in the base year) and its kind.
pub fn figure_of(
    ind: &Indicator,
    facts: Option<&Facts>,
    year: u16,
) -> Option<(f64, Option<FigureKind>)> {
    if year == ind.baseline.year {
        let v = facts.and_then(|f| f.baseline).unwrap_or(ind.baseline.value);
        return Some((v, None));
    }
    facts?.in_force(year).map(|(e, k)| (e.value, Some(k)))
}

/// The base year's figure is the plan's illustrative one: the commune has entered none.
pub fn base_is_illustrative(ind: &Indicator, facts: Option<&Facts>) -> bool {
    ind.baseline.illustrative && facts.and_then(|f| f.baseline).is_none()
}

/// Next year's target as the annex shows it: the one typed, else the proposal.
#[derive(Debug, Clone, PartialEq)]
pub struct NextTarget {
    pub target: YearTarget,
    pub typed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct YearEndRow {
    pub id: String,
    pub last_year: Option<(f64, Option<FigureKind>)>,
    /// Last year's figure is the plan's illustrative baseline, not the commune's own:
    /// marked † wherever the annex is shown or filed.
    pub last_year_illustrative: bool,
    pub plan: Option<YearTarget>,
    pub figure: Option<(f64, Option<FigureKind>)>,
    pub result: Option<YearResult>,
    pub comparison: Comparison,
    pub next: Option<NextTarget>,
    /// Ghi chú: which figure it is, the running total of a term total, and what a typed
    /// next target means for 2030.
    pub note: String,
}

pub fn year_end_rows(plan: &Plan, sheet: &FactSheet, year: u16, lang: Lang) -> Vec<YearEndRow> {
    let period = Period::of(plan);
    plan.indicators
        .iter()
        .map(|ind| {
            let facts = sheet.get(&ind.id);
            let last_year = year.checked_sub(1).and_then(|y| figure_of(ind, facts, y));
            let plan_target = facts.and_then(|f| f.annual_target(year));
            let figure = figure_of(ind, facts, year).filter(|_| year > ind.baseline.year);
            let result = match (plan_target, figure) {
                (Some(t), Some((v, _))) => Some(evaluate(ind, t, v, last_year.map(|l| l.0))),
                _ => None,
            };
            let next_year = year + 1;
            let next = (next_year <= period.end).then(|| {
                match facts.and_then(|f| f.annual_target(next_year)) {
                    Some(t) => Some(NextTarget {
                        target: t,
                        typed: true,
                    }),
                    None => proposed(ind, facts, &plan.settings, period, next_year).map(|v| {
                        NextTarget {
                            target: YearTarget::Value(v),
                            typed: false,
                        }
                    }),
                }
            });
            let mut note = Vec::new();
            if let Some((_, Some(kind))) = figure {
                note.push(kind_words(kind, lang).to_string());
            }
            if sums_over_term(ind) {
                if let (Some(total), Some(f)) = (target_total(ind, &plan.settings), facts) {
                    let first = if ind.target.includes_base {
                        ind.baseline.year
                    } else {
                        ind.baseline.year + 1
                    };
                    let done: f64 = f.actuals.range(first..=year).map(|(_, v)| v).sum::<f64>()
                        + if ind.target.includes_base {
                            f.baseline.unwrap_or(ind.baseline.value)
                        } else {
                            0.0
                        };
                    let n = |v: f64| format_number(v, value_decimals(ind, v), lang);
                    note.push(lang.pick(
                        format!("lũy kế {first}-{year}: {}/{}", n(done), n(total)),
                        format!("running total {first}-{year}: {} of {}", n(done), n(total)),
                    ));
                }
            }
            if let Some(Some(NextTarget {
                target: YearTarget::Value(v),
                typed: true,
            })) = &next
            {
                let reach = reach_from(ind, facts, &plan.settings, period, next_year, *v);
                note.push(reach_words(ind, &reach, next_year, lang));
            }
            YearEndRow {
                id: ind.id.clone(),
                last_year,
                last_year_illustrative: year.checked_sub(1) == Some(ind.baseline.year)
                    && base_is_illustrative(ind, facts),
                plan: plan_target,
                figure,
                result,
                comparison: comparison(ind),
                next: next.flatten(),
                note: note.join("; "),
            }
        })
        .collect()
}

pub fn kind_words(kind: FigureKind, lang: Lang) -> &'static str {
    match kind {
        FigureKind::Estimate => lang.pick("Ước TH", "Estimate"),
        FigureKind::Confirmed => lang.pick("TH", "Actual"),
    }
}

/// "18/20 chỉ tiêu đạt và vượt kế hoạch (17 vượt, 1 đạt); 2 chỉ tiêu không đạt."
pub fn year_end_summary(rows: &[YearEndRow], lang: Lang) -> String {
    let evals: Vec<Eval> = rows
        .iter()
        .filter_map(|r| r.result.map(|x| x.eval))
        .collect();
    let n = evals.len();
    if n == 0 {
        return lang
            .pick(
                "Chưa có chỉ tiêu nào có cả kế hoạch năm và số thực hiện.",
                "No indicator has both a target for the year and a figure yet.",
            )
            .into();
    }
    let count = |e: Eval| evals.iter().filter(|x| **x == e).count();
    let reached = evals.iter().filter(|e| e.reached()).count();
    let parts: Vec<String> = [Eval::Exceeded, Eval::Met, Eval::Direction]
        .iter()
        .filter(|e| count(**e) > 0)
        .map(|e| format!("{} {}", count(*e), e.word(lang).to_lowercase()))
        .collect();
    let missed = count(Eval::Missed);
    let waiting = rows
        .iter()
        .filter(|r| r.plan.is_some() && r.figure.is_none())
        .count();
    let mut s = lang.pick(
        format!("{reached}/{n} chỉ tiêu đạt và vượt kế hoạch"),
        format!("{reached}/{n} indicators met or exceeded the plan"),
    );
    if !parts.is_empty() {
        s.push_str(&format!(" ({})", parts.join(", ")));
    }
    if missed > 0 {
        s.push_str(&lang.pick(
            format!("; {missed} chỉ tiêu không đạt"),
            format!("; {missed} missed"),
        ));
    }
    if waiting > 0 {
        s.push_str(&lang.pick(
            format!("; {waiting} chỉ tiêu chưa có số liệu"),
            format!("; {waiting} without a figure yet"),
        ));
    }
    s.push('.');
    s
}

#[derive(Debug, Clone, PartialEq)]
pub struct MidYearRow {
    pub id: String,
    pub nature: Nature,
    pub plan: Option<f64>,
    pub half: Option<f64>,
    /// Share of the year's plan reached, in %.
    pub share: Option<f64>,
    /// Against the first six months of the year before.
    pub vs_last_year: Option<f64>,
    pub comparison: Comparison,
    /// The estimate for the whole year, where entered.
    pub full_year: Option<(f64, Option<FigureKind>)>,
    pub band: Option<Band>,
}

pub fn mid_year_rows(plan: &Plan, sheet: &FactSheet, year: u16) -> Vec<MidYearRow> {
    plan.indicators
        .iter()
        .map(|ind| {
            let facts = sheet.get(&ind.id);
            let plan_value = facts.and_then(|f| f.annual_targets.get(&year).copied());
            let half = facts.and_then(|f| f.half_year.get(&year).copied());
            let before = facts.and_then(|f| f.half_year.get(&(year - 1)).copied());
            let cmp = comparison(ind);
            MidYearRow {
                id: ind.id.clone(),
                nature: nature(ind),
                plan: plan_value,
                half,
                share: half.zip(plan_value).map(|(h, p)| share_of_plan(ind, h, p)),
                vs_last_year: half.zip(before).and_then(|(h, b)| cmp.of(h, b)),
                comparison: cmp,
                full_year: figure_of(ind, facts, year).filter(|_| year > ind.baseline.year),
                band: half.zip(plan_value).map(|(h, p)| band(ind, h, p)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        Plan::from_json(crate::model::plan::PLAN_JSON).unwrap()
    }

    #[test]
    fn the_year_end_rows_and_summary() {
        let p = plan();
        let mut sheet = FactSheet::new();
        let r = sheet.entry("1".into()).or_default();
        r.set_annual_target(2026, Some(YearTarget::Value(50.0)), 1.0);
        r.set_entry(2026, FigureKind::Estimate, Some(52.0), 2.0);
        let poor = sheet.entry("9".into()).or_default();
        poor.set_annual_target(2026, Some(YearTarget::Value(2.0)), 1.0);
        poor.set_entry(2026, FigureKind::Estimate, Some(2.5), 2.0);
        let jobs = sheet.entry("P1".into()).or_default();
        jobs.set_annual_target(2026, Some(YearTarget::Value(429.0)), 1.0);
        jobs.set_entry(2026, FigureKind::Confirmed, Some(450.0), 2.0);
        jobs.set_annual_target(2027, Some(YearTarget::Value(300.0)), 3.0);
        let rows = year_end_rows(&p, &sheet, 2026, Lang::Vi);
        let row = |id: &str| rows.iter().find(|r| r.id == id).unwrap();
        assert_eq!(row("1").result.unwrap().eval, Eval::Exceeded);
        assert_eq!(row("1").result.unwrap().vs_plan, Some(104.0));
        assert!(row("1").note.starts_with("Ước TH"));
        assert!(
            !row("1").next.as_ref().unwrap().typed,
            "a proposal for 2027"
        );
        assert_eq!(row("9").result.unwrap().eval, Eval::Missed);
        assert_eq!(row("9").result.unwrap().vs_plan, Some(0.5));
        let j = row("P1");
        assert_eq!(j.result.unwrap().eval, Eval::Exceeded);
        assert!(j.note.contains("lũy kế 2026-2026: 450/2.145"), "{}", j.note);
        assert!(j.next.as_ref().unwrap().typed);
        assert!(
            j.note.contains("2030"),
            "a typed target says what it means: {}",
            j.note
        );
        assert_eq!(row("10").result, None);
        assert_eq!(
            year_end_summary(&rows, Lang::Vi),
            "2/3 chỉ tiêu đạt và vượt kế hoạch (2 vượt); 1 chỉ tiêu không đạt."
        );
        assert_eq!(
            year_end_summary(&rows, Lang::En),
            "2/3 indicators met or exceeded the plan (2 exceeded); 1 missed."
        );
        // 2030 has no next year in the plan.
        assert!(year_end_rows(&p, &sheet, 2030, Lang::Vi)
            .iter()
            .all(|r| r.next.is_none()));
    }

    #[test]
    fn last_year_is_marked_illustrative_until_the_commune_enters_its_own() {
        let p = plan();
        let ind = p
            .indicators
            .iter()
            .find(|i| i.baseline.illustrative)
            .unwrap();
        let mut sheet = FactSheet::new();
        let marked = |sheet: &FactSheet, year| {
            year_end_rows(&p, sheet, year, Lang::Vi)
                .into_iter()
                .find(|r| r.id == ind.id)
                .unwrap()
                .last_year_illustrative
        };
        assert!(
            marked(&sheet, 2026),
            "the plan's 2025 figure is illustrative"
        );
        assert!(
            !marked(&sheet, 2027),
            "2026 is the commune's figure, or none"
        );
        sheet.entry(ind.id.clone()).or_default().baseline = Some(ind.baseline.value + 1.0);
        assert!(!marked(&sheet, 2026), "the commune's own 2025 figure");
        let official = p.indicators.iter().find(|i| !i.baseline.illustrative);
        if let Some(o) = official {
            assert!(
                !year_end_rows(&p, &FactSheet::new(), 2026, Lang::Vi)
                    .into_iter()
                    .find(|r| r.id == o.id)
                    .unwrap()
                    .last_year_illustrative
            );
        }
    }

    #[test]
    fn the_mid_year_rows() {
        let p = plan();
        let mut sheet = FactSheet::new();
        let r = sheet.entry("1".into()).or_default();
        r.set_annual_target(2027, Some(YearTarget::Value(60.0)), 1.0);
        r.set_half_year(2027, Some(33.0), 1.0);
        r.set_half_year(2026, Some(30.0), 1.0);
        let rows = mid_year_rows(&p, &sheet, 2027);
        let row = rows.iter().find(|r| r.id == "1").unwrap();
        assert_eq!(row.band, Some(Band::Fifty));
        assert!((row.share.unwrap() - 55.0).abs() < 1e-9);
        assert!((row.vs_last_year.unwrap() - 110.0).abs() < 1e-9);
        assert_eq!(row.nature, Nature::Flow);
        assert!(rows
            .iter()
            .filter(|r| r.id != "1")
            .all(|r| r.band.is_none()));
    }
}
