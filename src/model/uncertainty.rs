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

/// Draws the main parameter `draws` times from the assumption's spread (uniform between
/// low and high, or normal with the given standard deviation, kept within the method's
/// bounds), projects each, and summarises. Without a spread every draw is the same.
/// `seed` and `stream` fix the random numbers: the same pair gives the same band.
pub fn monte_carlo(
    ind: &Indicator,
    a: &Assumption,
    settings: &Settings,
    period: Period,
    draws: usize,
    seed: u64,
    stream: u64,
) -> Band {
    let draws = draws.max(1);
    let len = period.len();
    let mut rng = Rng::stream(seed, stream);
    let mut path = vec![0.0; len];
    // Year-major columns so each year's quantiles are taken over one contiguous slice.
    let mut columns = vec![0.0; len * draws];
    let mut met = 0usize;
    let centre = a.method.parameter();
    let (min, max) = a.method.parameter_bounds(ind);
    for d in 0..draws {
        let method = match (centre, a.spread) {
            (Some(_), Some(Spread::Range { low, high })) => {
                let p = low + (high - low) * rng.uniform();
                a.method.with_parameter(p.clamp(min, max))
            }
            (Some(c), Some(Spread::Sd { sd })) => {
                a.method.with_parameter((c + sd * rng.normal()).clamp(min, max))
            }
            _ => a.method.clone(),
        };
        project_into(ind, a, &method, period, &mut path);
        if ind.integer {
            path.iter_mut().for_each(|v| *v = v.round());
        }
        if is_met(ind, settings, &path, period) {
            met += 1;
        }
        for (y, v) in path.iter().enumerate() {
            columns[y * draws + d] = *v;
        }
    }
    let rank = |q: f64| ((q * (draws - 1) as f64) + 0.5).floor() as usize;
    let (i10, i50, i90) = (rank(0.1), rank(0.5), rank(0.9));
    let mut band = Band {
        p10: Vec::with_capacity(len),
        p50: Vec::with_capacity(len),
        p90: Vec::with_capacity(len),
        probability_met: met as f64 / draws as f64,
        draws,
    };
    for col in columns.chunks_mut(draws) {
        // total_cmp: values are never NaN (projection clamps), and this cannot panic anyway.
        band.p50.push(*col.select_nth_unstable_by(i50, f64::total_cmp).1);
        band.p10.push(*col[..=i50].select_nth_unstable_by(i10, f64::total_cmp).1);
        band.p90.push(*col[i50..].select_nth_unstable_by(i90 - i50, f64::total_cmp).1);
    }
    band
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
