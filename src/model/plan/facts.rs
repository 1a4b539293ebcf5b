//! The commune's own figures: each indicator's 2025 baseline and the actual values of
//! past years, entered once and used by every scenario (the reference too). A scenario
//! holds assumptions; it may deliberately keep its own figures for an indicator ("what
//! if the 2025 figure is really 45"), and then those are shown with a mark.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::model::plan::assumption::{Assumption, AssumptionError, Field};
use crate::model::plan::Plan;

/// One indicator's figures as the commune entered them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Facts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub actuals: BTreeMap<u16, f64>,
    /// When they were last entered (ms since 1970): the later of two tabs' copies wins.
    #[serde(default)]
    pub changed_ms: f64,
}

/// Every indicator's figures, by indicator id.
pub type FactSheet = BTreeMap<String, Facts>;

impl Facts {
    pub fn is_empty(&self) -> bool {
        self.baseline.is_none() && self.actuals.is_empty()
    }

    /// The figures an assumption carries.
    pub fn of(a: &Assumption, changed_ms: f64) -> Facts {
        Facts {
            baseline: a.baseline,
            actuals: a.actuals.clone(),
            changed_ms,
        }
    }

    /// Whether an assumption carries exactly these figures.
    pub fn same_figures(&self, a: &Assumption) -> bool {
        self.baseline == a.baseline && self.actuals == a.actuals
    }

    /// The figure for one year: the baseline in the base year, else that year's actual.
    pub fn figure(&self, year: u16, base_year: u16) -> Option<f64> {
        if year == base_year {
            self.baseline
        } else {
            self.actuals.get(&year).copied()
        }
    }

    /// Sets (or clears) the figure for one year, dated `now_ms`.
    pub fn set_figure(&mut self, year: u16, base_year: u16, value: Option<f64>, now_ms: f64) {
        if year == base_year {
            self.baseline = value;
        } else if let Some(v) = value {
            self.actuals.insert(year, v);
        } else {
            self.actuals.remove(&year);
        }
        self.changed_ms = now_ms;
    }
}

/// Whether an assumption carries figures of its own (a 2025 figure or actuals).
pub fn carries_figures(a: &Assumption) -> bool {
    a.baseline.is_some() || !a.actuals.is_empty()
}

/// Whether an assumption's figures are the sheet's (none where the sheet has none).
pub fn agrees(facts: Option<&Facts>, a: &Assumption) -> bool {
    match facts {
        Some(f) => f.same_figures(a),
        None => !carries_figures(a),
    }
}

/// An assumption with the commune's figures in place of its own.
pub fn with_facts(mut a: Assumption, facts: Option<&Facts>) -> Assumption {
    a.baseline = facts.and_then(|f| f.baseline);
    a.actuals = facts.map(|f| f.actuals.clone()).unwrap_or_default();
    a
}

/// The sheet with every value checked by the same rules as a scenario's figures: what
/// cannot be used is dropped, value by value, and reported by indicator and field.
pub fn checked(
    sheet: FactSheet,
    plan: &Plan,
) -> (FactSheet, Vec<(String, Field, AssumptionError)>) {
    let mut problems = Vec::new();
    let mut out = FactSheet::new();
    for (id, f) in sheet {
        let Some(ind) = plan.indicator(&id) else {
            // An indicator this plan does not have: kept aside in the sheet, unused, so
            // a plan that brings it back finds its figures.
            out.insert(id, f);
            continue;
        };
        let probe = Assumption {
            baseline: f.baseline,
            actuals: f.actuals.clone(),
            ..ind.assumption.clone()
        };
        let (kept, changed) = probe.repaired(&ind.limits(), &ind.assumption.method);
        problems.extend(changed.into_iter().filter_map(|(field, e)| match field {
            Field::Baseline | Field::Actual(_) => Some((id.clone(), field, e)),
            _ => None,
        }));
        let changed_ms = if f.changed_ms.is_finite() && f.changed_ms >= 0.0 {
            f.changed_ms
        } else {
            0.0
        };
        let facts = Facts {
            baseline: kept.baseline,
            actuals: kept.actuals,
            changed_ms,
        };
        // An emptied entry stays (with its time): another tab's older copy must not
        // bring cleared figures back.
        if !facts.is_empty() || changed_ms > 0.0 {
            out.insert(id, facts);
        }
    }
    (out, problems)
}

/// Two tabs' sheets made one: per indicator the later entry wins.
pub fn merged(mine: &FactSheet, theirs: &FactSheet) -> FactSheet {
    let mut out = mine.clone();
    for (id, f) in theirs {
        match out.get(id) {
            Some(m) if m.changed_ms >= f.changed_ms => {}
            _ => {
                out.insert(id.clone(), f.clone());
            }
        }
    }
    out
}
