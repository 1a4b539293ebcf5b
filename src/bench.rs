//! The engine's speed, measured the same way natively and in the browser: the caller
//! passes its clock (Instant natively, performance.now() in the browser), in milliseconds.

use crate::model::projection::project::{project, Period};
use crate::model::projection::uncertainty::monte_carlo_all;
use crate::model::Plan;

#[derive(Debug, Clone, PartialEq)]
pub struct BenchReport {
    pub indicators: usize,
    /// Median time to project every indicator once, microseconds.
    pub project_all_us: f64,
    /// Median time of 10.000 Monte Carlo draws over every indicator, milliseconds.
    pub monte_carlo_ms: f64,
    pub draws: usize,
    /// A checksum of the Monte Carlo output: the same on every platform for the same seed.
    pub checksum: f64,
}

impl BenchReport {
    pub fn to_json(&self) -> String {
        format!(
            "{{\"indicators\":{},\"project_all_us\":{:.3},\"monte_carlo_ms\":{:.3},\"draws\":{},\"checksum\":{}}}",
            self.indicators, self.project_all_us, self.monte_carlo_ms, self.draws, self.checksum
        )
    }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// Sum of every P10, P50, P90 and probability: a fingerprint of a seeded run.
pub fn checksum(plan: &Plan, draws: usize, seed: u64) -> f64 {
    let bands = monte_carlo_all(
        plan.indicators.iter().map(|i| (i, &i.assumption)),
        &plan.settings,
        Period::of(plan),
        draws,
        seed,
    );
    bands
        .iter()
        .map(|b| b.p10.iter().chain(&b.p50).chain(&b.p90).sum::<f64>() + b.probability_met)
        .sum()
}

pub fn run(plan: &Plan, now_ms: impl Fn() -> f64) -> BenchReport {
    let period = Period::of(plan);
    let draws = 10_000;
    // Projecting everything once takes microseconds: time batches of 1000 to beat the
    // browser's coarse clock, then take the median batch.
    let batch = 1000;
    let mut samples = Vec::new();
    let mut sink = 0.0;
    for _ in 0..15 {
        let t0 = now_ms();
        for _ in 0..batch {
            for ind in &plan.indicators {
                sink += project(ind, &ind.assumption, period).values[5];
            }
        }
        samples.push((now_ms() - t0) * 1000.0 / batch as f64);
    }
    let project_all_us = median(samples);
    let mut mc = Vec::new();
    let mut sum = 0.0;
    for run in 0..11 {
        let t0 = now_ms();
        let c = checksum(plan, draws, 42);
        mc.push(now_ms() - t0);
        if run == 0 {
            sum = c;
        }
    }
    // Keeps the projection loop from being optimised away.
    if sink.is_nan() {
        sum = f64::NAN;
    }
    BenchReport {
        indicators: plan.indicators.len(),
        project_all_us,
        monte_carlo_ms: median(mc),
        draws,
        checksum: sum,
    }
}
