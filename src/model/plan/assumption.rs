//! What the planner assumes for one indicator: a projection method with its parameter,
//! an optional range for the uncertainty run, an optional own baseline, and actual values
//! for years already past.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How an indicator moves from one year to the next. Each method has one main parameter
/// (the slider); the formulas are in `project.rs`.
// Externally tagged ({"compound": {"rate_pct": 8}}): serde reads it without buffering,
// which keeps the browser download small (internal tags and `flatten` cost ~30 KB of wasm).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Compound growth, % per year.
    Compound { rate_pct: f64 },
    /// Linear change, units per year.
    Linear { per_year: f64 },
    /// Percentage-point change per year, held within 0 and the ceiling.
    Points { pp_per_year: f64 },
    /// Relative decline: % of the remaining value removed each year.
    Decline { pct_per_year: f64 },
    /// Saturating approach: each year closes this % of the gap to the ceiling.
    Saturating { ceiling: f64, closing_pct: f64 },
    /// Values typed for some years; the years between are interpolated.
    Path { points: Vec<(u16, f64)> },
    /// The same yearly flow every year (new jobs a year).
    Steady { per_year: f64 },
    /// Total change by the target year against the base, % (spread evenly as compound growth).
    TotalChange { pct: f64 },
    /// Forest cover as a stock: planting counts as forest after `lag_years`.
    Forest {
        natural_area_ha: f64,
        /// New planting per year from the first plan year (the slider).
        planting_ha_per_year: f64,
        lag_years: u8,
        loss_ha_per_year: f64,
        /// Planting per year before the plan started, maturing during it.
        pipeline_ha_per_year: f64,
    },
}

/// How uncertain the main parameter is, for the Monte Carlo run. Every spread is centred
/// on the parameter in force, so the band follows the planner's assumption.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Spread {
    /// Uniformly within ± `width` of the parameter ({"around": {"width": 3}}).
    Around { width: f64 },
    /// Normally distributed around the parameter ({"normal": {"sd": 2}}).
    #[serde(rename = "normal")]
    Sd { sd: f64 },
    /// Written by earlier versions: a range low-high. Read as ± half its width around the
    /// parameter in force (a fixed range would ignore the planner's assumption).
    Range { low: f64, high: f64 },
}

/// A spread as the draws use it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Centred {
    Uniform(f64),
    Normal(f64),
}

impl Spread {
    /// The spread as a centred distribution: uniform ± a half-width, or normal with an sd.
    pub fn centred(self) -> Centred {
        match self {
            Spread::Around { width } => Centred::Uniform(width.abs()),
            Spread::Range { low, high } => Centred::Uniform(((high - low) / 2.0).abs()),
            Spread::Sd { sd } => Centred::Normal(sd.abs()),
        }
    }

    /// The ± width a planner edits (for a normal spread, its standard deviation).
    pub fn width(self) -> f64 {
        match self.centred() {
            Centred::Uniform(w) | Centred::Normal(w) => w,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assumption {
    pub method: Method,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spread: Option<Spread>,
    /// The planner's own 2025 baseline; the plan's is used when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    /// Actual values entered for years already past.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub actuals: BTreeMap<u16, f64>,
}

/// Why an assumption cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum AssumptionError {
    NotFinite,
    /// The parameter lies outside what the method can mean.
    OutOfRange {
        min: f64,
        max: f64,
    },
    /// A negative baseline or actual, or one above the ceiling.
    Unphysical {
        value: f64,
    },
    YearOutsidePlan {
        year: u16,
    },
    BadSpread,
    /// Not a number where one belongs, or not in a shape this version reads.
    Unreadable,
}

impl std::fmt::Display for AssumptionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AssumptionError::NotFinite => write!(f, "a number is missing or infinite"),
            AssumptionError::OutOfRange { min, max } => {
                write!(f, "the parameter must lie between {min} and {max}")
            }
            AssumptionError::Unphysical { value } => {
                write!(f, "{value} is below zero or above the ceiling")
            }
            AssumptionError::YearOutsidePlan { year } => {
                write!(f, "{year} is outside the plan period")
            }
            AssumptionError::BadSpread => {
                write!(f, "the range is not a valid low-high pair or deviation")
            }
            AssumptionError::Unreadable => write!(f, "the value could not be read"),
        }
    }
}

/// What an assumption is bounded and checked against: the indicator's own figures, as a
/// small value (so this module needs nothing of the plan's).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Natural upper limit of the series (100 for rates); the floor is always 0.
    pub ceiling: Option<f64>,
    /// The larger of the baseline and the target (at least 1): linear bounds scale with it.
    pub scale: f64,
    /// The plan's own 2025 figure and its year.
    pub baseline: f64,
    pub baseline_year: u16,
    /// The term total counts the base year (then the baseline matters to a flow).
    pub includes_base: bool,
}

/// Most typed path points kept: one a year is all a plan period can use; a longer list
/// (a hand-made link or file) is cut, and the cut is reported.
pub const MAX_PATH_POINTS: usize = 60;

/// One value of an assumption, for saying which one could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Method,
    Parameter,
    Baseline,
    Actual(u16),
    /// The year's target the council adopted ("KH năm").
    AnnualTarget(u16),
    /// The figure of the first six months.
    HalfYear(u16),
    PathPoint(u16),
    /// Path points beyond `MAX_PATH_POINTS`.
    PathLength,
    Spread,
}

/// The kind of number a method's parameter is, so the UI can label and bound it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParameterKind {
    PercentPerYear,
    UnitsPerYear,
    PointsPerYear,
    PercentOfGap,
    Percent,
    HectaresPerYear,
}

impl Method {
    /// The slider's value; a typed path has none.
    pub fn parameter(&self) -> Option<f64> {
        Some(match self {
            Method::Compound { rate_pct } => *rate_pct,
            Method::Linear { per_year } | Method::Steady { per_year } => *per_year,
            Method::Points { pp_per_year } => *pp_per_year,
            Method::Decline { pct_per_year } => *pct_per_year,
            Method::Saturating { closing_pct, .. } => *closing_pct,
            Method::TotalChange { pct } => *pct,
            Method::Forest {
                planting_ha_per_year,
                ..
            } => *planting_ha_per_year,
            Method::Path { .. } => return None,
        })
    }

    /// The same method with another main parameter.
    pub fn with_parameter(&self, p: f64) -> Method {
        let mut m = self.clone();
        match &mut m {
            Method::Compound { rate_pct } => *rate_pct = p,
            Method::Linear { per_year } | Method::Steady { per_year } => *per_year = p,
            Method::Points { pp_per_year } => *pp_per_year = p,
            Method::Decline { pct_per_year } => *pct_per_year = p,
            Method::Saturating { closing_pct, .. } => *closing_pct = p,
            Method::TotalChange { pct } => *pct = p,
            Method::Forest {
                planting_ha_per_year,
                ..
            } => *planting_ha_per_year = p,
            Method::Path { .. } => {}
        }
        m
    }

    pub fn parameter_kind(&self) -> ParameterKind {
        match self {
            Method::Compound { .. } | Method::Decline { .. } => ParameterKind::PercentPerYear,
            Method::Linear { .. } | Method::Steady { .. } | Method::Path { .. } => {
                ParameterKind::UnitsPerYear
            }
            Method::Points { .. } => ParameterKind::PointsPerYear,
            Method::Saturating { .. } => ParameterKind::PercentOfGap,
            Method::TotalChange { .. } => ParameterKind::Percent,
            Method::Forest { .. } => ParameterKind::HectaresPerYear,
        }
    }

    /// The values the main parameter may take. Beyond them the method stops meaning
    /// anything physical (a decline of more than 100 % a year, say).
    pub fn parameter_bounds(&self, limits: &Limits) -> (f64, f64) {
        let scale = limits.scale;
        match self {
            Method::Compound { .. } => (-100.0, 1000.0),
            Method::Linear { .. } => (-100.0 * scale, 100.0 * scale),
            Method::Steady { .. } => (0.0, 100.0 * scale),
            Method::Points { .. } => (-100.0, 100.0),
            Method::Decline { .. } => (-100.0, 100.0),
            Method::Saturating { .. } => (-100.0, 100.0),
            Method::TotalChange { .. } => (-100.0, 10_000.0),
            Method::Forest {
                natural_area_ha, ..
            } => (0.0, *natural_area_ha),
            Method::Path { .. } => (0.0, 0.0),
        }
    }

    /// Whether a larger parameter gives larger values from this start value: a faster
    /// decline gives smaller ones, and so does a faster approach to a ceiling from above.
    pub fn increasing(&self, start: f64) -> bool {
        match self {
            Method::Decline { .. } => false,
            Method::Saturating { ceiling, .. } => start <= *ceiling,
            _ => true,
        }
    }

    /// Stable name used in files and links.
    pub fn key(&self) -> &'static str {
        match self {
            Method::Compound { .. } => "compound",
            Method::Linear { .. } => "linear",
            Method::Points { .. } => "points",
            Method::Decline { .. } => "decline",
            Method::Saturating { .. } => "saturating",
            Method::Path { .. } => "path",
            Method::Steady { .. } => "steady",
            Method::TotalChange { .. } => "total_change",
            Method::Forest { .. } => "forest",
        }
    }
}

impl Assumption {
    /// The same assumption with its progress scaled: `factor` 0,8 is "everything 20 %
    /// slower" (growth rates, yearly changes, declines, planting, all times 0,8). Its
    /// spread moves with it. A typed path is left as typed.
    pub fn scaled(&self, factor: f64, limits: &Limits) -> Assumption {
        let Some(p) = self.method.parameter() else {
            return self.clone();
        };
        if factor == 1.0 || !factor.is_finite() {
            return self.clone();
        }
        let (min, max) = self.method.parameter_bounds(limits);
        let scale = |v: f64| (v * factor).clamp(min, max);
        Assumption {
            method: self.method.with_parameter(scale(p)),
            spread: self.spread.map(|s| match s {
                Spread::Range { low, high } => {
                    let (a, b) = (scale(low), scale(high));
                    Spread::Range {
                        low: a.min(b),
                        high: a.max(b),
                    }
                }
                Spread::Sd { sd } => Spread::Sd {
                    sd: (sd * factor).abs(),
                },
                Spread::Around { width } => Spread::Around {
                    width: (width * factor).abs(),
                },
            }),
            ..self.clone()
        }
    }

    /// The same assumption with another main parameter. A legacy range moves with the
    /// parameter (a centred spread needs nothing).
    pub fn at_parameter(&self, p: f64) -> Assumption {
        let old = self.method.parameter().unwrap_or(p);
        Assumption {
            method: self.method.with_parameter(p),
            spread: self.spread.map(|s| match s {
                Spread::Range { low, high } => Spread::Range {
                    low: low + (p - old),
                    high: high + (p - old),
                },
                other => other,
            }),
            ..self.clone()
        }
    }

    /// Whether the 2025 baseline changes anything judged: a steady yearly flow ignores it,
    /// unless the term total counts the base year (the field is otherwise not shown).
    pub fn uses_baseline(&self, limits: &Limits) -> bool {
        !matches!(self.method, Method::Steady { .. }) || limits.includes_base
    }

    /// The baseline in force: the planner's own, or the plan's.
    pub fn baseline_for(&self, limits: &Limits) -> f64 {
        self.baseline.unwrap_or(limits.baseline)
    }
}
