//! One projection per method, year by year from the latest known value, with physical bounds.

use crate::model::basics::math::Portable;
use crate::model::plan::assumption::{Assumption, Method};
use crate::model::plan::{Indicator, Plan};

/// Values are capped here so no arithmetic downstream (growth rates, sums) can overflow.
pub const MAX_VALUE: f64 = 1e15;

/// The plan period: the base year (2025) and the last projected year (2030).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub base: u16,
    pub end: u16,
}

impl Period {
    pub fn of(plan: &Plan) -> Period {
        Period {
            base: plan.base_year,
            end: plan.horizon,
        }
    }

    /// Number of values in a series: base year included.
    pub fn year_count(self) -> usize {
        usize::from(self.end - self.base) + 1
    }

    pub fn years(self) -> impl Iterator<Item = u16> {
        self.base..=self.end
    }

    pub fn index(self, year: u16) -> Option<usize> {
        (self.base..=self.end)
            .contains(&year)
            .then(|| usize::from(year - self.base))
    }
}

/// The projected path of one indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    pub period: Period,
    /// One value a year, the base year first; whole numbers for counts.
    pub values: Vec<f64>,
    /// Index of the latest value fixed by data (0: the baseline; more: an actual).
    pub start: usize,
}

/// Projects an indicator under an assumption over the plan period.
pub fn project(ind: &Indicator, a: &Assumption, period: Period) -> Projection {
    let mut values = vec![0.0; period.year_count()];
    let start = project_into(ind, a, &a.method, period, &mut values);
    if ind.integer {
        for v in values.iter_mut() {
            *v = v.round();
        }
    }
    Projection {
        period,
        values,
        start,
    }
}

/// Writes the unrounded path into `out` (one slot a year, base year first) and returns the
/// index of the latest known value. `method` may differ from `a.method` (the solver and the
/// Monte Carlo run try other parameters without cloning the assumption).
pub fn project_into(
    ind: &Indicator,
    a: &Assumption,
    method: &Method,
    period: Period,
    out: &mut [f64],
) -> usize {
    let ceiling = ind.ceiling.unwrap_or(MAX_VALUE).min(MAX_VALUE);
    let bound = |v: f64| {
        if v.is_nan() {
            0.0
        } else {
            v.clamp(0.0, ceiling)
        }
    };
    let start = fill_known(ind, a, period, out, &bound);
    let v0 = out[start];
    let target_steps = f64::from(ind.target.year.saturating_sub(period.base).max(1));
    // Growth factors are applied by repeated multiplication: v(k) = v(k-1) * f is the
    // same path as v0 * f^k, with at most one pow per projection instead of one a year.
    let factor = |pct: f64| (1.0 + pct / 100.0).max(0.0);
    let step = match method {
        Method::Compound { rate_pct } => factor(*rate_pct),
        Method::Decline { pct_per_year } => factor(-pct_per_year),
        Method::Saturating { closing_pct, .. } => factor(-closing_pct),
        Method::TotalChange { pct } => factor(*pct).powp(1.0 / target_steps),
        _ => 1.0,
    };
    let mut acc = 1.0;
    for (i, slot) in out.iter_mut().enumerate().skip(start + 1) {
        let k = (i - start) as f64;
        acc *= step;
        *slot = bound(match method {
            // compound:     v(k) = v0 * (1 + r/100)^k
            // decline:      v(k) = v0 * (1 - d/100)^k, each year removes d % of what remains
            // total change: v(k) = v0 * (1 + C/100)^(k/n), n = target year - base year,
            //               so that C % is reached by the target year
            Method::Compound { .. } | Method::Decline { .. } | Method::TotalChange { .. } => {
                v0 * acc
            }
            // v(k) = c - (c - v0) * (1 - q/100)^k: each year closes q % of the gap to c
            Method::Saturating { ceiling: c, .. } => c - (c - v0) * acc,
            // v(k) = v0 + a*k
            Method::Linear { per_year } => v0 + per_year * k,
            // v(k) = v0 + p*k, within 0 and the ceiling
            Method::Points { pp_per_year } => v0 + pp_per_year * k,
            // v(k) = a: the same flow every year, whatever the base year's was
            Method::Steady { per_year } => *per_year,
            Method::Path { points } => path_value(points, period, start, v0, i),
            Method::Forest {
                natural_area_ha,
                planting_ha_per_year,
                lag_years,
                loss_ha_per_year,
                pipeline_ha_per_year,
            } => forest_cover(
                v0,
                period.base,
                period.base + start as u16,
                period.base + i as u16,
                ForestStock {
                    natural_area_ha: *natural_area_ha,
                    planting_ha_per_year: *planting_ha_per_year,
                    lag_years: *lag_years,
                    loss_ha_per_year: *loss_ha_per_year,
                    pipeline_ha_per_year: *pipeline_ha_per_year,
                },
            ),
        });
    }
    start
}

/// Puts the baseline and actuals in place, interpolating between actual years that have a
/// gap, and returns the index of the latest one.
fn fill_known(
    ind: &Indicator,
    a: &Assumption,
    period: Period,
    out: &mut [f64],
    bound: &impl Fn(f64) -> f64,
) -> usize {
    out[0] = bound(a.baseline_for(&ind.limits()));
    let mut last = 0usize;
    for (&year, &v) in a.actuals.range(period.base + 1..=period.end) {
        let Some(i) = period.index(year) else {
            continue;
        };
        let v = bound(v);
        let (from, from_v) = (last, out[last]);
        for (j, slot) in out.iter_mut().enumerate().take(i).skip(from + 1) {
            let t = (j - from) as f64 / (i - from) as f64;
            *slot = from_v + (v - from_v) * t;
        }
        out[i] = v;
        last = i;
    }
    last
}

/// A typed path: straight lines from the latest known value through the typed points,
/// then the last typed value held.
fn path_value(points: &[(u16, f64)], period: Period, start: usize, v0: f64, i: usize) -> f64 {
    let year = period.base + i as u16;
    let start_year = period.base + start as u16;
    let (mut prev_year, mut prev_v) = (start_year, v0);
    let mut sorted: Vec<(u16, f64)> = points
        .iter()
        .copied()
        .filter(|p| p.0 > start_year)
        .collect();
    sorted.sort_by_key(|p| p.0);
    for (py, pv) in sorted {
        if year <= py {
            let t = f64::from(year - prev_year) / f64::from(py - prev_year);
            return prev_v + (pv - prev_v) * t;
        }
        prev_year = py;
        prev_v = pv;
    }
    prev_v
}

/// The parameters of the forest-stock method.
#[derive(Debug, Clone, Copy)]
pub struct ForestStock {
    pub natural_area_ha: f64,
    pub planting_ha_per_year: f64,
    pub lag_years: u8,
    pub loss_ha_per_year: f64,
    pub pipeline_ha_per_year: f64,
}

/// cover(t) = (F(s) + Σ planting(y) for s-lag < y ≤ t-lag − loss·(t−s)) / area · 100
/// where F(s) = cover(s)·area/100 is the forest known at the start year s, and planting(y)
/// is the pipeline rate for years up to the base year and the planned rate after it:
/// planting counts as forest only `lag` years after it is planted.
fn forest_cover(cover_start: f64, base: u16, start: u16, year: u16, f: ForestStock) -> f64 {
    let area = f.natural_area_ha;
    let forest_start = cover_start / 100.0 * area;
    let lag = i32::from(f.lag_years);
    let mut matured = 0.0;
    for planted in (i32::from(start) - lag + 1)..=(i32::from(year) - lag) {
        matured += if planted <= i32::from(base) {
            f.pipeline_ha_per_year
        } else {
            f.planting_ha_per_year
        };
    }
    let lost = f.loss_ha_per_year * f64::from(year - start);
    (forest_start + matured - lost) / area * 100.0
}
