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
pub fn parameter_draws(ind: &Indicator, a: &Assumption, draws: usize, seed: u64, stream: u64) -> Vec<f64> {
    let mut rng = Rng::stream(seed, stream);
    let (min, max) = a.method.parameter_bounds(ind);
    let centre = a.method.parameter();
    (0..draws.max(1))
        .map(|_| {
            match (centre, a.spread) {
                (Some(_), Some(Spread::Range { low, high })) => low + (high - low) * rng.uniform(),
                (Some(c), Some(Spread::Sd { sd })) => c + sd * rng.normal(),
                (Some(c), None) => c,
                (None, _) => 0.0,
            }
            .clamp(min, max)
        })
        .collect()
}

/// Monte Carlo over the main parameter: per year P10, P50, P90 and the share of draws
/// that meet the target. Without a spread every draw is the same.
///
/// Every method is monotone in its parameter, year by year (a property test checks it), so
/// the k-th smallest value of a year is the projection at the k-th smallest parameter (or
/// the k-th largest, for a method that falls as its parameter grows), and "meets the
/// target" switches at most once along the sorted draws. Sorting the draws therefore gives
/// the band from three projections and the probability from a binary search, exactly the
/// numbers a projection of every draw would give (a test compares the two) at a fraction
/// of the cost, which is what lets the band follow a slider live.
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
    params.sort_unstable_by(f64::total_cmp);
    let n = params.len();
    let mut path = vec![0.0; period.len()];
    let project_at = |p: f64, out: &mut Vec<f64>| {
        project_into(ind, a, &a.method.with_parameter(p), period, out);
        if ind.integer {
            out.iter_mut().for_each(|v| *v = v.round());
        }
    };
    let mut met_at = |i: usize| {
        project_at(params[i], &mut path);
        is_met(ind, settings, &path, period)
    };
    let (first, last) = (met_at(0), met_at(n - 1));
    let met = if first == last {
        if first {
            n
        } else {
            0
        }
    } else {
        // Find the first index whose "met" differs from draw 0's.
        let (mut lo, mut hi) = (0usize, n - 1);
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if met_at(mid) == first {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        if first {
            hi
        } else {
            n - hi
        }
    };
    let rank = |q: f64| ((q * (n - 1) as f64) + 0.5).floor() as usize;
    let start_value = {
        let s = project_into(ind, a, &a.method, period, &mut path);
        path[s]
    };
    let (lo, hi) = if a.method.increasing(start_value) {
        (params[rank(0.1)], params[rank(0.9)])
    } else {
        (params[rank(0.9)], params[rank(0.1)])
    };
    let band_at = |p: f64| {
        let mut out = vec![0.0; period.len()];
        project_at(p, &mut out);
        out
    };
    Band {
        p10: band_at(lo),
        p50: band_at(params[rank(0.5)]),
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
