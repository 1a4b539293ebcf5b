//! Repairing what cannot be used, one value at a time, and checking with the same rules:
//! a stored record, a file or a link loses a bad value, never the rest.

use crate::model::plan::assumption::{
    Assumption, AssumptionError, Field, Limits, Method, Spread, MAX_PATH_POINTS,
};

impl Assumption {
    /// The assumption with every value that cannot be used taken out or brought within
    /// bounds, one value at a time: a bad actual drops that year only, a bad baseline
    /// falls back to the plan's, a parameter out of range is brought to the nearest
    /// bound, never the whole assumption lost; a method whose own figures are broken
    /// falls back to `default` (the plan's). Says which values it changed.
    pub fn repaired(
        mut self,
        limits: &Limits,
        default: &Method,
    ) -> (Assumption, Vec<(Field, AssumptionError)>) {
        let mut changed = Vec::new();
        let ceiling = limits.ceiling.unwrap_or(f64::INFINITY);
        let physical = |v: f64| -> Result<(), AssumptionError> {
            if !v.is_finite() {
                Err(AssumptionError::NotFinite)
            } else if v < 0.0 || v > ceiling {
                Err(AssumptionError::Unphysical { value: v })
            } else {
                Ok(())
            }
        };
        let in_plan = |year: u16| year > limits.baseline_year && year <= 2100;
        if let Some(Err(e)) = self.baseline.map(physical) {
            changed.push((Field::Baseline, e));
            self.baseline = None;
        }
        let actuals = std::mem::take(&mut self.actuals);
        for (year, v) in actuals {
            match physical(v) {
                Err(e) => changed.push((Field::Actual(year), e)),
                Ok(()) if !in_plan(year) => changed.push((
                    Field::Actual(year),
                    AssumptionError::YearOutsidePlan { year },
                )),
                Ok(()) => {
                    self.actuals.insert(year, v);
                }
            }
        }
        // The method's own figures first: a broken forest or ceiling falls back whole.
        let method_ok = match &self.method {
            Method::Saturating { ceiling: c, .. } => c.is_finite() && *c > 0.0 && *c <= ceiling,
            Method::Forest {
                natural_area_ha,
                lag_years,
                loss_ha_per_year,
                pipeline_ha_per_year,
                ..
            } => {
                natural_area_ha.is_finite()
                    && *natural_area_ha > 0.0
                    && *lag_years <= 20
                    && loss_ha_per_year.is_finite()
                    && *loss_ha_per_year >= 0.0
                    && pipeline_ha_per_year.is_finite()
                    && *pipeline_ha_per_year >= 0.0
            }
            _ => true,
        };
        if !method_ok {
            changed.push((
                Field::Method,
                AssumptionError::OutOfRange {
                    min: 0.0,
                    max: ceiling,
                },
            ));
            self.method = default.clone();
        }
        if let Some(p) = self.method.parameter() {
            let (min, max) = self.method.parameter_bounds(limits);
            if !p.is_finite() {
                changed.push((Field::Parameter, AssumptionError::NotFinite));
                let fallback = default
                    .parameter()
                    .filter(|_| default.key() == self.method.key())
                    .unwrap_or(0.0);
                self.method = self.method.with_parameter(fallback.clamp(min, max));
            } else if p < min || p > max {
                changed.push((Field::Parameter, AssumptionError::OutOfRange { min, max }));
                self.method = self.method.with_parameter(p.clamp(min, max));
            }
        }
        if let Method::Path { points } = &mut self.method {
            let mut kept: Vec<(u16, f64)> = Vec::new();
            for &(year, v) in points.iter() {
                let problem = physical(v)
                    .err()
                    .or((!in_plan(year)).then_some(AssumptionError::YearOutsidePlan { year }));
                match problem {
                    Some(e) => changed.push((Field::PathPoint(year), e)),
                    // One value a year: the last one typed for a year wins.
                    None => {
                        kept.retain(|p| p.0 != year);
                        kept.push((year, v));
                    }
                }
            }
            kept.sort_by_key(|p| p.0);
            let valid = points.len()
                - changed
                    .iter()
                    .filter(|c| matches!(c.0, Field::PathPoint(_)))
                    .count();
            if kept.len() > MAX_PATH_POINTS || kept.len() < valid {
                // More than one value for a year, or more values than any plan needs.
                kept.truncate(MAX_PATH_POINTS);
                changed.push((
                    Field::PathLength,
                    AssumptionError::OutOfRange {
                        min: 0.0,
                        max: MAX_PATH_POINTS as f64,
                    },
                ));
            }
            *points = kept;
        }
        let spread_ok = match self.spread {
            Some(Spread::Range { low, high }) => low.is_finite() && high.is_finite() && low <= high,
            Some(Spread::Sd { sd: w }) | Some(Spread::Around { width: w }) => {
                w.is_finite() && w >= 0.0
            }
            None => true,
        };
        if !spread_ok {
            changed.push((Field::Spread, AssumptionError::BadSpread));
            self.spread = None;
        }
        (self, changed)
    }

    /// Checks every number against what the method and indicator allow: the first value
    /// `repaired` would have to change. One set of rules for reading and for checking, so
    /// nothing the app accepts is refused when read back.
    pub fn validate(&self, limits: &Limits) -> Result<(), AssumptionError> {
        match self
            .clone()
            .repaired(limits, &self.method)
            .1
            .into_iter()
            .next()
        {
            Some((_, e)) => Err(e),
            None => Ok(()),
        }
    }
}
