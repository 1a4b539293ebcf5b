//! Seeded Monte Carlo over a spread centred on the assumption in force: per year P10, P50 and P90, and the
//! probability of meeting the target.

use crate::model::basics::rng::Rng;
use crate::model::plan::assumption::{Assumption, Centred, Spread};
use crate::model::plan::{Indicator, Settings};
use crate::model::projection::project::{project_into, Period};
use crate::model::projection::target::is_met;

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

/// Which draws a run takes: how many, and the seed and stream that fix them (one stream
/// per indicator, so indicators draw independently from one seed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub draws: usize,
    pub seed: u64,
    pub stream: u64,
}

/// The parameter values of a run: `draws` values spread around the parameter in force
/// (uniform within ± the width, or normal with the given standard deviation), kept within
/// the method's bounds. Draws come in mirrored pairs (c + d, c − d), so the spread is
/// centred on the assumption: the median draw is the planner's own value and the middle
/// of the band is the projection itself. `seed` and `stream` fix them.
pub fn parameter_draws(ind: &Indicator, a: &Assumption, run: Run) -> Vec<f64> {
    let mut out = Vec::new();
    parameter_draws_into(ind, a, run, &mut out);
    out
}

/// As `parameter_draws`, into a buffer the caller keeps: fresh memory for every run costs
/// more than the draws themselves (page faults natively, memory growth in wasm).
pub fn parameter_draws_into(ind: &Indicator, a: &Assumption, run: Run, out: &mut Vec<f64>) {
    let mut rng = Rng::stream(run.seed, run.stream);
    let (min, max) = a.method.parameter_bounds(&ind.limits());
    let n = run.draws.max(1);
    out.clear();
    let Some(c) = a.method.parameter() else {
        out.resize(n, 0.0);
        return;
    };
    let mut deviation: Box<dyn FnMut() -> f64> = match a.spread.map(Spread::centred) {
        Some(Centred::Uniform(w)) => Box::new(move || w * (2.0 * rng.uniform() - 1.0)),
        Some(Centred::Normal(sd)) => Box::new(move || sd * rng.normal()),
        None => Box::new(|| 0.0),
    };
    while out.len() < n {
        let d = deviation();
        out.push((c + d).clamp(min, max));
        if out.len() < n {
            out.push((c - d).clamp(min, max));
        }
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
    run: Run,
) -> Band {
    monte_carlo_with(ind, a, settings, period, run, &mut Vec::new())
}

/// As `monte_carlo`, drawing into `scratch` so repeated runs reuse one buffer.
pub fn monte_carlo_with(
    ind: &Indicator,
    a: &Assumption,
    settings: &Settings,
    period: Period,
    run: Run,
    scratch: &mut Vec<f64>,
) -> Band {
    // In a window means meeting both ends; no value misses both, so the chance of both
    // is P(low end) + P(high end) - 1. The draws and the band are the same either way.
    if let Some((lo, hi)) = crate::model::projection::window::sides(ind) {
        let low = monte_carlo_with(&lo, a, settings, period, run, scratch);
        let high = monte_carlo_with(&hi, a, settings, period, run, scratch);
        return Band {
            probability_met: (low.probability_met + high.probability_met - 1.0).clamp(0.0, 1.0),
            ..low
        };
    }
    let mut path = vec![0.0; period.year_count()];
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
    // Where "met" switches is found before drawing, within the interval every draw falls
    // in, down to adjacent floating-point numbers [lo, hi]: a draw <= lo then behaves as
    // the interval's low end does, a draw >= hi as its high end, and none falls between
    // but by the rarest chance, which is projected as it is.
    let (bound_lo, bound_hi) = draw_interval(ind, a);
    let (met_lo, met_hi) = (met_at(bound_lo), met_at(bound_hi));
    let (mut lo, mut hi) = (bound_lo, bound_hi);
    if met_lo != met_hi {
        for _ in 0..2000 {
            let mid = lo + (hi - lo) / 2.0;
            if mid <= lo || mid >= hi {
                break;
            }
            if met_at(mid) == met_lo {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }
    parameter_draws_into(ind, a, run, scratch);
    let params = scratch.as_mut_slice();
    let n = params.len();
    let met = if met_lo == met_hi {
        if met_lo {
            n
        } else {
            0
        }
    } else {
        let mut met = 0;
        for &p in params.iter() {
            let m = if p <= lo {
                met_lo
            } else if p >= hi {
                met_hi
            } else {
                met_at(p)
            };
            met += usize::from(m);
        }
        met
    };
    let rank = |q: f64| ((q * (n - 1) as f64) + 0.5).floor() as usize;
    let [q10, q50, q90] = order_statistics(
        params,
        bound_lo,
        bound_hi,
        [rank(0.1), rank(0.5), rank(0.9)],
    );
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
        let mut out = vec![0.0; period.year_count()];
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
    let mut scratch = Vec::with_capacity(draws);
    items
        .into_iter()
        .enumerate()
        .map(|(i, (ind, a))| {
            let run = Run {
                draws,
                seed,
                stream: i as u64,
            };
            monte_carlo_with(ind, a, settings, period, run, &mut scratch)
        })
        .collect()
}

/// The interval every draw of the assumption falls in.
fn draw_interval(ind: &Indicator, a: &Assumption) -> (f64, f64) {
    let (min, max) = a.method.parameter_bounds(&ind.limits());
    let Some(c) = a.method.parameter() else {
        return (0.0, 0.0);
    };
    match a.spread.map(Spread::centred) {
        Some(Centred::Uniform(w)) => ((c - w).clamp(min, max), (c + w).clamp(min, max)),
        Some(Centred::Normal(_)) => (min, max),
        None => (c.clamp(min, max), c.clamp(min, max)),
    }
}

/// The k-th smallest values of `values` (all within [lo, hi]) for three ranks, exactly.
/// One counting pass sorts the values into buckets by size, which tells which bucket holds
/// each rank; a second pass gathers those buckets' few values, and a selection among them
/// finishes. Cheaper than selecting in the whole array, which is what keeps 10.000 draws
/// over every indicator quick in the browser.
fn order_statistics(values: &[f64], lo: f64, hi: f64, ranks: [usize; 3]) -> [f64; 3] {
    const BUCKETS: usize = 2048;
    let order = |x: &f64, y: &f64| x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal);
    if values.is_empty() {
        return [0.0; 3];
    }
    let width = hi - lo;
    if !(width > 0.0 && width.is_finite()) {
        // A single value, or an interval too odd to bucket: select directly.
        let mut v = values.to_vec();
        return ranks.map(|k| *v.select_nth_unstable_by(k.min(values.len() - 1), order).1);
    }
    let scale = BUCKETS as f64 / width;
    // The same expression in both passes, and monotone in the value: bucket order is
    // value order.
    let bucket = |v: f64| (((v - lo) * scale) as usize).min(BUCKETS - 1);
    let mut counts = vec![0u32; BUCKETS];
    for &v in values {
        counts[bucket(v)] += 1;
    }
    // For each rank: its bucket and its rank within that bucket.
    let mut wanted = [(0usize, 0usize); 3];
    for (w, &k) in wanted.iter_mut().zip(&ranks) {
        let k = k.min(values.len() - 1);
        let mut below = 0usize;
        for (b, &c) in counts.iter().enumerate() {
            if below + c as usize > k {
                *w = (b, k - below);
                break;
            }
            below += c as usize;
        }
    }
    let mut gathered: [Vec<f64>; 3] = Default::default();
    for &v in values {
        let b = bucket(v);
        for (g, w) in gathered.iter_mut().zip(&wanted) {
            if w.0 == b {
                g.push(v);
            }
        }
    }
    let mut out = [0.0; 3];
    for ((o, g), w) in out.iter_mut().zip(gathered.iter_mut()).zip(&wanted) {
        let k = w.1.min(g.len().saturating_sub(1));
        *o = *g.select_nth_unstable_by(k, order).1;
    }
    out
}
