//! Seeded Monte Carlo over the assumption's range: per year P10, P50 and P90, and the
//! probability of meeting the target.

use super::assumption::{Assumption, Spread};
use super::plan::{Indicator, Settings};
use super::project::{project_into, Period};
use super::rng::Rng;
use super::target::is_met;

/// The uncertainty band of one indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
    /// Share of draws that meet the target, 0 to 1.
    pub probability_met: f64,
    pub draws: usize,
}

/// The parameter values of a run: `draws` values from the assumption's spread (uniform
/// between low and high, or normal with the given standard deviation), kept within the
/// method's bounds, in the order drawn. `seed` and `stream` fix them.
pub fn parameter_draws(
    ind: &Indicator,
    a: &Assumption,
    draws: usize,
    seed: u64,
    stream: u64,
) -> Vec<f64> {
    let mut rng = Rng::stream(seed, stream);
    let (min, max) = a.method.parameter_bounds(ind);
    let n = draws.max(1);
    match (a.method.parameter(), a.spread) {
        (Some(_), Some(Spread::Range { low, high })) => (0..n)
            .map(|_| (low + (high - low) * rng.uniform()).clamp(min, max))
            .collect(),
        (Some(c), Some(Spread::Sd { sd })) => (0..n)
            .map(|_| (c + sd * rng.normal()).clamp(min, max))
            .collect(),
        (Some(c), None) => vec![c.clamp(min, max); n],
        (None, _) => vec![0.0; n],
    }
}

/// Monte Carlo over the main parameter: per year P10, P50 and P90 and the share of draws
/// that meet the target. Without a spread every draw is the same.
///
/// Every method is monotone in its parameter, year by year (a property test checks it), so
/// the k-th smallest value of a year is the projection at the k-th smallest parameter (or
/// the k-th largest, for a method that falls as its parameter grows), and "meets the
/// target" switches at most once as the parameter grows. So the band takes three
/// projections at the parameter's quantiles, and the probability one bisection down to
/// adjacent floating-point numbers followed by a count: exactly the numbers a projection of
/// every draw gives (a property test compares the two), at a fraction of the cost, which
/// is what lets the band follow a slider live.
pub fn monte_carlo(
    ind: &Indicator,
    a: &Assumption,
    settings: &Settings,
    period: Period,
    draws: usize,
    seed: u64,
    stream: u64,
) -> Band {
    let mut params = parameter_draws(ind, a, draws, seed, stream);
    let n = params.len();
    let mut path = vec![0.0; period.len()];
    let project_at = |p: f64, out: &mut Vec<f64>| {
        project_into(ind, a, &a.method.with_parameter(p), period, out);
        if ind.integer {
            out.iter_mut().for_each(|v| *v = v.round());
        }
    };
    let mut met_at = |p: f64| {
        project_at(p, &mut path);
        is_met(ind, settings, &path, period)
    };
    let (min, max) = params
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &p| {
            (lo.min(p), hi.max(p))
        });
    let (met_min, met_max) = (met_at(min), met_at(max));
    let met = if met_min == met_max {
        if met_min {
            n
        } else {
            0
        }
    } else {
        // Narrow [lo, hi] until no float lies between: every draw <= lo then behaves as
        // `min` does and every draw >= hi as `max` does.
        let (mut lo, mut hi) = (min, max);
        for _ in 0..2000 {
            let mid = lo + (hi - lo) / 2.0;
            if mid <= lo || mid >= hi {
                break;
            }
            if met_at(mid) == met_min {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let mut met = 0;
        for &p in &params {
            let m = if p <= lo {
                met_min
            } else if p >= hi {
                met_max
            } else {
                met_at(p)
            };
            met += usize::from(m);
        }
        met
    };
    let rank = |q: f64| ((q * (n - 1) as f64) + 0.5).floor() as usize;
    let (i10, i50, i90) = (rank(0.1), rank(0.5), rank(0.9));
    // Draws are finite (clamped), so the plain comparison orders them totally.
    let order = |x: &f64, y: &f64| x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal);
    let q50 = *params.select_nth_unstable_by(i50, order).1;
    // After that split, the 10th percentile lies left of the median, the 90th right of it.
    let q10 = *params[..=i50].select_nth_unstable_by(i10, order).1;
    let q90 = *params[i50..].select_nth_unstable_by(i90 - i50, order).1;
    let start_value = {
        let s = project_into(ind, a, &a.method, period, &mut path);
        path[s]
    };
    let (lo, hi) = if a.method.increasing(start_value) {
        (q10, q90)
    } else {
        (q90, q10)
    };
    let band_at = |p: f64| {
        let mut out = vec![0.0; period.len()];
        project_at(p, &mut out);
        out
    };
    Band {
        p10: band_at(lo),
        p50: band_at(q50),
        p90: band_at(hi),
        probability_met: met as f64 / n as f64,
        draws: n,
    }
}

/// Runs every indicator with its assumption; indicator `i` uses stream `i`.
pub fn monte_carlo_all<'a>(
    items: impl IntoIterator<Item = (&'a Indicator, &'a Assumption)>,
    settings: &Settings,
    period: Period,
    draws: usize,
    seed: u64,
) -> Vec<Band> {
    items
        .into_iter()
        .enumerate()
        .map(|(i, (ind, a))| monte_carlo(ind, a, settings, period, draws, seed, i as u64))
        .collect()
}
