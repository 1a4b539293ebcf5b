//! Next year's target ("KH năm N+1"), proposed from the path to the resolution's target,
//! and whether the 2030 target stays reachable from a value the council types instead.
//!
//! The proposal starts from the latest known figure before that year (confirmed, else
//! estimate, else the 2025 baseline), takes the plan's own method at the parameter that
//! meets the target from there (`solve::required_parameter`), and reads the path in the
//! year; rounded to the indicator's precision towards the target (up where more is
//! better, down where less is), so a target adopted as proposed never falls short of
//! the path. A method with no parameter to solve, or none that reaches the target, falls
//! back to a straight line from the latest figure to the level the target asks for.

use crate::model::basics::number::{format_number, Lang};
use crate::model::plan::assumption::Assumption;
use crate::model::plan::facts::{with_facts, Facts};
use crate::model::plan::year_figures::FigureKind;
use crate::model::plan::{Indicator, Settings, TargetKind};
use crate::model::projection::project::{project, Period};
use crate::model::projection::solve::{required_parameter, SolveError};
use crate::model::projection::target::{is_met, target_level, target_total, value_decimals};
use crate::model::words::reason::parameter_phrase;

/// The latest figure known before `year`: (its year, its value, its kind; None for the
/// baseline).
pub fn latest_known(
    ind: &Indicator,
    facts: Option<&Facts>,
    year: u16,
) -> (u16, f64, Option<FigureKind>) {
    let from_sheet = facts.and_then(|f| {
        f.actuals
            .range(..year)
            .next_back()
            .and_then(|(&y, _)| f.in_force(y).map(|(e, k)| (y, e.value, Some(k))))
    });
    from_sheet.unwrap_or_else(|| {
        let base = facts.and_then(|f| f.baseline).unwrap_or(ind.baseline.value);
        (ind.baseline.year, base, None)
    })
}

/// The plan's assumption on the commune's figures known before `year`.
fn known_before(ind: &Indicator, facts: Option<&Facts>, year: u16) -> Assumption {
    let mut a = with_facts(ind.assumption.clone(), facts);
    a.actuals.retain(|y, _| *y < year);
    a
}

/// A value rounded to the indicator's precision towards the target.
pub fn rounded_towards(ind: &Indicator, value: f64) -> f64 {
    let scale = 10f64.powi(value_decimals(ind, value) as i32);
    let d = ind.target.direction;
    let r = if d.two_sided() {
        (value * scale).round()
    } else if d.upward() {
        (value * scale - 1e-9).ceil()
    } else {
        (value * scale + 1e-9).floor()
    } / scale;
    r.clamp(0.0, ind.ceiling.unwrap_or(f64::INFINITY))
}

/// The proposed target for `year`, or None outside the plan's years.
pub fn proposed(
    ind: &Indicator,
    facts: Option<&Facts>,
    settings: &Settings,
    period: Period,
    year: u16,
) -> Option<f64> {
    let index = period.index(year).filter(|&i| i > 0)?;
    let a = known_before(ind, facts, year);
    let on_path = match required_parameter(ind, &a, settings, period) {
        Ok(p) => project(ind, &a.at_parameter(p), period)
            .values
            .get(index)
            .copied(),
        Err(_) => None,
    };
    let value = on_path.or_else(|| straight_line(ind, facts, settings, period, year))?;
    value.is_finite().then(|| rounded_towards(ind, value))
}

/// From the latest figure to what the target asks in its year, evenly.
fn straight_line(
    ind: &Indicator,
    facts: Option<&Facts>,
    settings: &Settings,
    period: Period,
    year: u16,
) -> Option<f64> {
    let (from, value, _) = latest_known(ind, facts, year);
    let end = ind.target.year.max(year);
    let left = f64::from(end - from);
    if let Some(total) = target_total(ind, settings) {
        // A term total: what is still to do, shared over the years left.
        let done: f64 = facts
            .map(|f| f.actuals.range(..year).map(|(_, v)| v).sum())
            .unwrap_or(0.0);
        let years = f64::from(end.saturating_sub(year) + 1);
        return Some(((total - done) / years).max(0.0));
    }
    let goal = target_level(ind, settings, ind.baseline.value, period)?;
    Some(value + (goal - value) * f64::from(year - from) / left.max(1.0))
}

/// Whether the 2030 target stays reachable once `year` is set at `typed`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reach {
    /// The parameter of the plan's method that meets the target from the typed value;
    /// None when no setting of it can (or there is nothing left to assume).
    pub needed: Option<f64>,
    /// The target is met with the typed value whatever comes after it, or it is the
    /// target year's own value and meets it.
    pub reachable: bool,
    /// The parameter the commune's figures so far show (from the baseline to the latest).
    pub shown: Option<f64>,
    /// Whether keeping that pace after the typed year meets the target.
    pub at_shown_pace: Option<bool>,
}

pub fn reach_from(
    ind: &Indicator,
    facts: Option<&Facts>,
    settings: &Settings,
    period: Period,
    year: u16,
    typed: f64,
) -> Reach {
    let mut a = known_before(ind, facts, year);
    let shown = shown_parameter(ind, &a, period);
    a.actuals.insert(year, typed);
    let met_at = |p: f64| {
        is_met(
            ind,
            settings,
            &project(ind, &a.at_parameter(p), period).values,
            period,
        )
    };
    let (needed, reachable) = match required_parameter(ind, &a, settings, period) {
        Ok(p) => (Some(p), true),
        Err(SolveError::Settled) => (
            None,
            is_met(ind, settings, &project(ind, &a, period).values, period),
        ),
        Err(_) => (None, false),
    };
    Reach {
        needed,
        reachable,
        shown,
        at_shown_pace: shown.map(met_at),
    }
}

/// The parameter at which the plan's method, from the baseline, lands on the latest
/// figure known: the pace the commune has shown. None before any year's figure.
pub fn shown_parameter(ind: &Indicator, known: &Assumption, period: Period) -> Option<f64> {
    let (&year, &value) = known.actuals.iter().next_back()?;
    let index = period.index(year)?;
    known.method.parameter()?;
    let plain = Assumption {
        actuals: Default::default(),
        ..known.clone()
    };
    let at = |p: f64| {
        project(ind, &plain.at_parameter(p), period)
            .values
            .get(index)
            .copied()
            .unwrap_or(f64::NAN)
    };
    let (mut lo, mut hi) = known.method.parameter_bounds(&ind.limits());
    let (flo, fhi) = (at(lo) - value, at(hi) - value);
    if !(flo.is_finite() && fhi.is_finite()) || flo.signum() == fhi.signum() {
        return None;
    }
    for _ in 0..60 {
        let mid = 0.5 * (lo + hi);
        if (at(mid) - value).signum() == flo.signum() {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some(0.5 * (lo + hi))
}

/// What a typed target means for 2030, in words.
pub fn reach_words(ind: &Indicator, reach: &Reach, year: u16, lang: Lang) -> String {
    let method = &ind.assumption.method;
    let phrase = |p: f64| parameter_phrase(ind, method, p, lang);
    let end = ind.target.year;
    match (reach.reachable, reach.needed) {
        (false, _) => lang.pick(
            format!("Với KH năm {year} này, mục tiêu năm {end} không còn đạt được."),
            format!("With this target for {year}, the {end} target can no longer be reached."),
        ),
        (true, None) => lang.pick(
            format!("Với KH năm {year} này, mục tiêu năm {end} đạt."),
            format!("With this target for {year}, the {end} target is met."),
        ),
        (true, Some(p)) => {
            let need = lang.pick(
                format!("Với KH năm {year} này, mục tiêu năm {end} vẫn đạt được nếu các năm còn lại {}", phrase(p)),
                format!("With this target for {year}, the {end} target is still reachable with {} in the years left", phrase(p)),
            );
            match (reach.shown, reach.at_shown_pace) {
                (Some(s), Some(true)) => lang.pick(
                    format!("{need}; nhịp đã đạt ({}) là đủ.", phrase(s)),
                    format!("{need}; the pace shown so far ({}) is enough.", phrase(s)),
                ),
                (Some(s), _) => lang.pick(
                    format!("{need}; nhịp đã đạt ({}) chưa đủ.", phrase(s)),
                    format!(
                        "{need}; the pace shown so far ({}) is not enough.",
                        phrase(s)
                    ),
                ),
                _ => format!("{need}."),
            }
        }
    }
}

/// "Ước TH năm 2026: 52 tỷ đồng": the figure in force for a year, saying which it is.
pub fn figure_words(
    ind: &Indicator,
    year: u16,
    value: f64,
    kind: Option<FigureKind>,
    lang: Lang,
) -> String {
    let what = match kind {
        Some(FigureKind::Estimate) => lang.pick("Ước TH", "Estimate"),
        Some(FigureKind::Confirmed) => lang.pick("TH", "Actual"),
        None => lang.pick("Số liệu", "Figure"),
    };
    let n = format_number(value, value_decimals(ind, value), lang);
    let unit = ind.unit(lang);
    lang.pick(
        format!("{what} năm {year}: {n} {unit}"),
        format!("{what} {year}: {n} {unit}"),
    )
}

/// Whether the indicator's yearly series adds up to a term total (the annex shows the
/// running total beside the year).
pub fn sums_over_term(ind: &Indicator) -> bool {
    matches!(
        ind.target.kind,
        TargetKind::Cumulative | TargetKind::TermChange
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::Plan;

    fn plan() -> Plan {
        Plan::from_json(crate::model::plan::PLAN_JSON).unwrap()
    }

    #[test]
    fn the_proposal_follows_the_path_from_the_latest_figure() {
        let p = plan();
        let ind = p.indicator("1").unwrap().clone();
        let period = Period::of(&p);
        // Revenue growing 9,9 %/yr from the 2025 baseline: 2026's target is a tenth more.
        let base = ind.baseline.value;
        let v = proposed(&ind, None, &p.settings, period, 2026).unwrap();
        assert!((v - base * 1.099).abs() < 0.011, "{v} vs {}", base * 1.099);
        // Rounded up to two decimals (tỷ đồng), never below the path.
        assert!(v >= base * 1.099 - 1e-9);
        assert_eq!((v * 100.0).round() / 100.0, v);
        // An estimate for 2026 below the path: 2027 must carry more than 9,9 % on it.
        let mut f = Facts::default();
        f.set_entry(2026, FigureKind::Estimate, Some(base), 1.0);
        let v27 = proposed(&ind, Some(&f), &p.settings, period, 2027).unwrap();
        assert!(v27 > base * 1.099, "{v27}");
        let (y, value, kind) = latest_known(&ind, Some(&f), 2027);
        assert_eq!((y, value, kind), (2026, base, Some(FigureKind::Estimate)));
        // The confirmed figure replaces the estimate for the proposal.
        f.set_entry(2026, FigureKind::Confirmed, Some(base * 1.2), 2.0);
        let v27c = proposed(&ind, Some(&f), &p.settings, period, 2027).unwrap();
        let mut only = Facts::default();
        only.set_entry(2026, FigureKind::Estimate, Some(base * 1.2), 1.0);
        let from_it = proposed(&ind, Some(&only), &p.settings, period, 2027).unwrap();
        assert_eq!(v27c, from_it);
        assert!(v27c > v27, "{v27c} > {v27}");
        assert_eq!(
            latest_known(&ind, Some(&f), 2027).2,
            Some(FigureKind::Confirmed)
        );
    }

    #[test]
    fn lower_is_better_rounds_down_and_a_rate_stays_in_bounds() {
        let p = plan();
        let period = Period::of(&p);
        let poor = p.indicator("9").unwrap().clone();
        let v = proposed(&poor, None, &p.settings, period, 2026).unwrap();
        assert!(v < poor.baseline.value && v >= 0.0, "{v}");
        assert_eq!((v * 10.0).round() / 10.0, v, "one decimal for %");
        let cover = p.indicator("10").unwrap().clone();
        let c = proposed(&cover, None, &p.settings, period, 2030).unwrap();
        assert!((98.0..=100.0).contains(&c), "{c}");
    }

    #[test]
    fn a_typed_target_says_whether_2030_stays_reachable() {
        let p = plan();
        let period = Period::of(&p);
        let ind = p.indicator("1").unwrap().clone();
        let base = ind.baseline.value;
        let on_path = proposed(&ind, None, &p.settings, period, 2026).unwrap();
        let r = reach_from(&ind, None, &p.settings, period, 2026, on_path);
        assert!(r.reachable);
        let needed = r.needed.unwrap();
        assert!(needed <= 9.9 + 1e-6, "{needed}");
        // A low 2026 target asks for more in the years left.
        let low = reach_from(&ind, None, &p.settings, period, 2026, base * 0.9);
        assert!(low.needed.unwrap() > 9.9);
        assert!(reach_words(&ind, &low, 2026, Lang::Vi).contains("vẫn đạt được"));
        // With an estimate for 2026 showing 5 %, the pace shown is 5 % and is not enough.
        let mut f = Facts::default();
        f.set_entry(2026, FigureKind::Estimate, Some(base * 1.05), 1.0);
        let r = reach_from(
            &ind,
            Some(&f),
            &p.settings,
            period,
            2027,
            base * 1.05 * 1.05,
        );
        assert!((r.shown.unwrap() - 5.0).abs() < 1e-6, "{:?}", r.shown);
        assert_eq!(r.at_shown_pace, Some(false));
        assert!(reach_words(&ind, &r, 2027, Lang::En).contains("not enough"));
        // A target year's own value that misses: no longer reachable.
        let miss = reach_from(&ind, None, &p.settings, period, 2030, base);
        assert!(!miss.reachable);
        assert!(reach_words(&ind, &miss, 2030, Lang::Vi).contains("không còn"));
    }

    #[test]
    fn a_term_total_proposes_the_years_share() {
        let p = plan();
        let period = Period::of(&p);
        let jobs = p.indicator("P1").unwrap().clone();
        let v = proposed(&jobs, None, &p.settings, period, 2026).unwrap();
        assert!(v > 0.0 && v < jobs.target.value, "{v}");
        assert_eq!(v.fract(), 0.0, "a count of people is whole");
        assert!(sums_over_term(&jobs));
    }

    #[test]
    fn the_figure_says_which_it_is() {
        let p = plan();
        let ind = p.indicator("1").unwrap();
        assert_eq!(
            figure_words(ind, 2026, 52.0, Some(FigureKind::Estimate), Lang::Vi),
            "Ước TH năm 2026: 52 tỷ đồng"
        );
        let en = figure_words(ind, 2026, 52.5, Some(FigureKind::Confirmed), Lang::En);
        assert!(en.starts_with("Actual 2026: 52.5 "), "{en}");
    }
}
