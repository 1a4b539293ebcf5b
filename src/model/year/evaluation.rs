//! The December evaluation of one year against the year's target, as reports word it.
//!
//! With TH the year's figure in force (confirmed, else estimate) and KH the year's target,
//! and "equal" meaning within half a unit of the last decimal shown (`target::tolerance_for`):
//! - where more is better: **Vượt** when TH is above KH, **Đạt** when equal, else
//!   **Không đạt**;
//! - where less is better (poor households, malnutrition): **Vượt** when TH is below KH,
//!   **Đạt** when equal, else **Không đạt**; against a zero target nothing can be below
//!   it, so TH of 0 is **Đạt**;
//! - a target "about" a value (khoảng) is **Đạt** within its 5 % window, else **Không đạt**;
//! - a target that only sets a direction ("tăng", "giảm") is **Đúng hướng** when TH moved
//!   that way from the year before (by more than the tolerance), else **Không đạt**;
//! - a term total's year is judged like any flow: the year's figure against the year's
//!   share; the running total is shown beside it (`annex`).
//!
//! "So sánh (%)": with the plan TH / KH × 100 and with the year before TH N / TH N-1 ×
//! 100, or in percentage points for a series in % (`nature`); none against a zero base.

pub use crate::model::plan::year_figures::{Trend, YearTarget};
use crate::model::plan::{Direction, Indicator};
use crate::model::projection::target::tolerance_for;
use crate::model::year::nature::comparison;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eval {
    Exceeded,
    Met,
    Missed,
    Direction,
}

impl Eval {
    /// The key of `data-eval`.
    pub fn key(self) -> &'static str {
        match self {
            Eval::Exceeded => "exceeded",
            Eval::Met => "met",
            Eval::Missed => "missed",
            Eval::Direction => "direction",
        }
    }

    pub fn word(self, lang: crate::model::basics::number::Lang) -> &'static str {
        match self {
            Eval::Exceeded => lang.pick("Vượt", "Exceeded"),
            Eval::Met => lang.pick("Đạt", "Met"),
            Eval::Missed => lang.pick("Không đạt", "Missed"),
            Eval::Direction => lang.pick("Đúng hướng", "On course"),
        }
    }

    /// Met or better: counted as "đạt và vượt".
    pub fn reached(self) -> bool {
        !matches!(self, Eval::Missed)
    }
}

/// The year's judgement and comparisons.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearResult {
    pub eval: Eval,
    /// With the plan: TH / KH × 100, or TH − KH in points.
    pub vs_plan: Option<f64>,
    /// With the year before: TH N / TH N-1 × 100, or the difference in points.
    pub vs_last_year: Option<f64>,
}

/// Judges the year's figure `now` against its target, with `before` the figure of the
/// year before where known.
pub fn evaluate(ind: &Indicator, target: YearTarget, now: f64, before: Option<f64>) -> YearResult {
    let cmp = comparison(ind);
    let vs_last_year = before.and_then(|b| cmp.of(now, b));
    match target {
        YearTarget::Trend(trend) => {
            let moved = before.is_some_and(|b| {
                let tol = tolerance_for(ind, b);
                match trend {
                    Trend::Up => now > b + tol,
                    Trend::Down => now < b - tol,
                }
            });
            YearResult {
                eval: if moved { Eval::Direction } else { Eval::Missed },
                vs_plan: None,
                vs_last_year,
            }
        }
        YearTarget::Value(goal) => {
            let tol = tolerance_for(ind, goal);
            let d = ind.target.direction;
            let eval = if d == Direction::About {
                let window = tol.max(goal.abs() * crate::model::projection::target::ABOUT_SHARE);
                if (now - goal).abs() <= window {
                    Eval::Met
                } else {
                    Eval::Missed
                }
            } else {
                // Signed so that a positive gap is always the better side.
                let gap = if d.upward() || d == Direction::Range {
                    now - goal
                } else {
                    goal - now
                };
                if gap > tol {
                    Eval::Exceeded
                } else if gap >= -tol {
                    Eval::Met
                } else {
                    Eval::Missed
                }
            };
            YearResult {
                eval,
                vs_plan: cmp.of(now, goal),
                vs_last_year,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::year::built_in as ind;

    fn eval(id: &str, goal: f64, now: f64) -> Eval {
        evaluate(&ind(id), YearTarget::Value(goal), now, None).eval
    }

    #[test]
    fn more_is_better_each_word() {
        // Revenue (tỷ đồng, two decimals shown): 52 against 50 exceeds, 50,004 meets.
        assert_eq!(eval("1", 50.0, 52.0), Eval::Exceeded);
        assert_eq!(eval("1", 50.0, 50.004), Eval::Met);
        assert_eq!(eval("1", 50.0, 49.996), Eval::Met);
        assert_eq!(eval("1", 50.0, 49.0), Eval::Missed);
        let r = evaluate(&ind("1"), YearTarget::Value(50.0), 52.0, Some(40.0));
        assert_eq!(r.vs_plan, Some(104.0));
        assert_eq!(r.vs_last_year, Some(130.0));
    }

    #[test]
    fn less_is_better_and_a_zero_target() {
        // Malnutrition below 11 %: 10 is better than a plan of 10,5.
        assert_eq!(eval("P7", 10.5, 10.0), Eval::Exceeded);
        assert_eq!(eval("P7", 10.5, 10.5), Eval::Met);
        assert_eq!(eval("P7", 10.5, 11.2), Eval::Missed);
        // Officials below standard, a plan of 0 people: 0 meets (none can be below it).
        assert_eq!(eval("P3", 0.0, 0.0), Eval::Met);
        assert_eq!(eval("P3", 0.0, 1.0), Eval::Missed);
        let r = evaluate(&ind("P3"), YearTarget::Value(0.0), 0.0, Some(2.0));
        assert_eq!(r.vs_plan, None, "no ratio against a plan of 0");
        assert_eq!(r.vs_last_year, Some(0.0));
    }

    #[test]
    fn a_rate_in_percent_compares_in_points() {
        // Poor households 2,5 % against a plan of 2 %: missed, +0,5 points (not 125 %).
        let r = evaluate(&ind("9"), YearTarget::Value(2.0), 2.5, Some(4.0));
        assert_eq!(r.eval, Eval::Missed);
        assert_eq!(r.vs_plan, Some(0.5));
        assert_eq!(r.vs_last_year, Some(-1.5));
        // Health insurance 97,5 % against 98 %: missed by 0,5 points; 98,04 shows as 98,0.
        assert_eq!(eval("10", 98.0, 97.5), Eval::Missed);
        assert_eq!(eval("10", 98.0, 98.04), Eval::Met);
        assert_eq!(eval("10", 98.0, 98.2), Eval::Exceeded);
    }

    #[test]
    fn a_direction_only_target() {
        let up = |now, before| evaluate(&ind("4"), YearTarget::Trend(Trend::Up), now, before).eval;
        assert_eq!(up(30.0, Some(28.0)), Eval::Direction);
        assert_eq!(up(28.0, Some(28.0)), Eval::Missed);
        assert_eq!(
            up(30.0, None),
            Eval::Missed,
            "no year before: no direction seen"
        );
        let down = evaluate(&ind("9"), YearTarget::Trend(Trend::Down), 3.0, Some(4.0));
        assert_eq!((down.eval, down.vs_plan), (Eval::Direction, None));
        assert_eq!(Trend::read(" Giảm "), Some(Trend::Down));
        assert_eq!(Trend::read("increase"), Some(Trend::Up));
        assert_eq!(Trend::read("12"), None);
    }

    #[test]
    fn a_term_totals_year_is_judged_as_its_share() {
        // New jobs (2.145 over the term): 450 in the year against a plan of 429.
        assert_eq!(eval("P1", 429.0, 450.0), Eval::Exceeded);
        assert_eq!(eval("P1", 429.0, 400.0), Eval::Missed);
        assert!(Eval::Exceeded.reached() && Eval::Direction.reached() && !Eval::Missed.reached());
    }
}
