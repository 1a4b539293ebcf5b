//! Which rule an indicator's yearly figures take.
//!
//! - A **flow** is what the year adds up (revenue collected, tonnes produced, visits,
//!   jobs created, loans made): its six-month figure is half a year's worth, a share of
//!   the year's plan. Term totals (`Cumulative`, `TermChange`) and series in tỷ đồng,
//!   tấn, lượt or "per year" units are flows.
//! - A **level** is where the series stands (a rate in %, a herd, firms operating,
//!   villages meeting a standard): its six-month figure is the level now, judged as it
//!   stands against the year's target.
//! - A series in **%** is compared in percentage points (TH − KH), never as a ratio: 2,5 %
//!   of poor households against a plan of 2 % is "+0,5 điểm", where a ratio of 125 %
//!   would read like an achievement. Every other series is compared as TH / KH × 100.

use crate::model::plan::{Indicator, TargetKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nature {
    Flow,
    Level,
}

/// How two figures of the series are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// TH / KH × 100, in %.
    Ratio,
    /// TH − KH, in percentage points.
    Points,
}

impl Comparison {
    pub fn key(self) -> &'static str {
        match self {
            Comparison::Ratio => "ratio",
            Comparison::Points => "points",
        }
    }

    /// `now` against `base`: None where a ratio has no base (a base of 0).
    pub fn of(self, now: f64, base: f64) -> Option<f64> {
        let v = match self {
            Comparison::Points => now - base,
            Comparison::Ratio if base != 0.0 => now / base * 100.0,
            Comparison::Ratio => return None,
        };
        v.is_finite().then_some(v)
    }
}

pub fn is_percent(ind: &Indicator) -> bool {
    ind.unit_vi.trim_start().starts_with('%')
}

pub fn comparison(ind: &Indicator) -> Comparison {
    if is_percent(ind) {
        Comparison::Points
    } else {
        Comparison::Ratio
    }
}

pub fn nature(ind: &Indicator) -> Nature {
    if matches!(
        ind.target.kind,
        TargetKind::Cumulative | TargetKind::TermChange
    ) {
        return Nature::Flow;
    }
    if is_percent(ind) || ind.target.kind == TargetKind::Rate {
        return Nature::Level;
    }
    let unit = ind.unit_vi.to_lowercase();
    let flow = ["tỷ đồng", "triệu đồng", "tấn", "lượt", "/năm"];
    if flow.iter().any(|f| unit.contains(f)) {
        Nature::Flow
    } else {
        Nature::Level
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::year::built_in as ind;

    #[test]
    fn flows_and_levels_of_the_built_in_plan() {
        // Revenue, output, visits, jobs over the term: flows.
        for id in ["1", "2b", "3a", "3b", "P1", "P2"] {
            assert_eq!(nature(&ind(id)), Nature::Flow, "{id}");
        }
        // Rates, a herd, firms, villages, forest cover: levels.
        for id in ["2d", "4", "9", "10", "11", "21"] {
            assert_eq!(nature(&ind(id)), Nature::Level, "{id}");
        }
    }

    #[test]
    fn a_rate_compares_in_points_and_a_ratio_needs_a_base() {
        assert_eq!(comparison(&ind("10")), Comparison::Points);
        assert_eq!(comparison(&ind("1")), Comparison::Ratio);
        assert_eq!(Comparison::Points.of(2.5, 2.0), Some(0.5));
        assert_eq!(Comparison::Ratio.of(52.0, 50.0), Some(104.0));
        assert_eq!(Comparison::Ratio.of(3.0, 0.0), None);
    }
}
