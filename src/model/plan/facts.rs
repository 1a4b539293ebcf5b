//! The commune's own figures: each indicator's 2025 baseline and the actual values of
//! past years, entered once and used by every scenario (the reference too). A scenario
//! holds assumptions; it may deliberately keep its own figures for an indicator ("what
//! if the 2025 figure is really 45"), and then those are shown with a mark.
//!
//! Beside the figures in force (`actuals`, what every calculation reads) the sheet keeps
//! each year's estimate and confirmed figure with their dates (`figures`), the year's
//! targets the council adopted (`annual_targets`) and the six-month figures
//! (`half_year`): the commune's decisions and reports, like its figures, not a scenario's.
//! Records written before these existed read with them empty: their actuals stand as
//! confirmed figures dated when they were entered, so every projection is unchanged.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::model::plan::assumption::{Assumption, AssumptionError, Field};
use crate::model::plan::year_figures::{Entry, FigureKind, Trend, YearFigures, YearTarget};

const KINDS: [FigureKind; 2] = [FigureKind::Estimate, FigureKind::Confirmed];
use crate::model::plan::Plan;

/// One indicator's figures as the commune entered them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Facts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub actuals: BTreeMap<u16, f64>,
    /// Each year's estimate and confirmed figure, and when each was entered (ms);
    /// `actuals` holds the one in force. Plain year-to-number maps like `actuals`, so
    /// the first module reads and writes them with the code it already has.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub estimates: BTreeMap<u16, f64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub estimates_ms: BTreeMap<u16, f64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub confirmed: BTreeMap<u16, f64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub confirmed_ms: BTreeMap<u16, f64>,
    /// The year's target as adopted ("KH năm N"), by year.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub annual_targets: BTreeMap<u16, f64>,
    /// A year's target that only sets a direction: 1 for "tăng", -1 for "giảm".
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub annual_trends: BTreeMap<u16, f64>,
    /// The figure of the first six months ("TH 6 tháng"), by year.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub half_year: BTreeMap<u16, f64>,
    /// When they were last entered (ms since 1970): the later of two tabs' copies wins.
    #[serde(default)]
    pub changed_ms: f64,
}

/// Every indicator's figures, by indicator id.
pub type FactSheet = BTreeMap<String, Facts>;

impl Facts {
    pub fn is_empty(&self) -> bool {
        self.baseline.is_none()
            && self.actuals.is_empty()
            && self.annual_targets.is_empty()
            && self.annual_trends.is_empty()
            && self.half_year.is_empty()
    }

    /// The figures an assumption carries.
    pub fn of(a: &Assumption, changed_ms: f64) -> Facts {
        Facts {
            baseline: a.baseline,
            actuals: a.actuals.clone(),
            changed_ms,
            ..Facts::default()
        }
    }

    /// These facts with an assumption's figures in force, the rest kept (the kinds and
    /// dates of unchanged years, the annual targets, the six-month figures). A year's
    /// figure changed this way keeps its kind; a new one is an estimate until its year has
    /// closed (`FigureKind::default_for`).
    pub fn absorb(&mut self, a: &Assumption, changed_ms: f64) {
        let now_year = crate::model::basics::calendar::year_of(changed_ms);
        self.baseline = a.baseline;
        for (&year, &v) in &a.actuals {
            if self.actuals.get(&year) != Some(&v) {
                let kind = self
                    .in_force(year)
                    .map_or(FigureKind::default_for(year, now_year), |e| e.1);
                self.set_entry(year, kind, Some(v), changed_ms);
            }
        }
        let gone: Vec<u16> = self
            .actuals
            .keys()
            .filter(|y| !a.actuals.contains_key(y))
            .copied()
            .collect();
        for year in gone {
            self.actuals.remove(&year);
            self.put_kinds(year, YearFigures::default());
        }
        self.changed_ms = changed_ms;
    }

    /// The figure in force for a year (confirmed, else estimate) and its kind. A figure
    /// from before kinds existed stands as confirmed, dated when the sheet last changed.
    pub fn in_force(&self, year: u16) -> Option<(Entry, FigureKind)> {
        let value = *self.actuals.get(&year)?;
        match self.kinds(year).best() {
            Some((e, kind)) if e.value == value => Some((e, kind)),
            Some((e, kind)) => Some((Entry { value, ..e }, kind)),
            None => Some((
                Entry {
                    value,
                    entered_ms: self.changed_ms,
                },
                FigureKind::Confirmed,
            )),
        }
    }

    /// A year's figure of one kind, if entered.
    pub fn entry(&self, year: u16, kind: FigureKind) -> Option<Entry> {
        let f = self.kinds(year);
        if f.is_empty() {
            self.in_force(year).filter(|e| e.1 == kind).map(|e| e.0)
        } else {
            f.get(kind)
        }
    }

    /// A year's estimate and confirmed figure with their dates, as recorded.
    pub fn kinds(&self, year: u16) -> YearFigures {
        let (mut f, y) = (YearFigures::default(), &year);
        for kind in KINDS {
            let (values, times) = self.kind_maps(kind);
            if let Some(&value) = values.get(y) {
                let entered_ms = times.get(y).copied().unwrap_or(self.changed_ms);
                f.set(kind, Some(Entry { value, entered_ms }));
            }
        }
        f
    }

    fn kind_maps(&self, kind: FigureKind) -> (&BTreeMap<u16, f64>, &BTreeMap<u16, f64>) {
        match kind {
            FigureKind::Estimate => (&self.estimates, &self.estimates_ms),
            FigureKind::Confirmed => (&self.confirmed, &self.confirmed_ms),
        }
    }

    /// Records a year's estimate and confirmed figure (an empty one clears the year's).
    pub(crate) fn put_kinds(&mut self, year: u16, f: YearFigures) {
        for kind in KINDS {
            let (values, times) = match kind {
                FigureKind::Estimate => (&mut self.estimates, &mut self.estimates_ms),
                FigureKind::Confirmed => (&mut self.confirmed, &mut self.confirmed_ms),
            };
            set_or_clear(values, year, f.get(kind).map(|e| e.value));
            set_or_clear(times, year, f.get(kind).map(|e| e.entered_ms));
        }
    }

    /// Sets (or clears) a year's figure of one kind; the figure in force follows.
    pub fn set_entry(&mut self, year: u16, kind: FigureKind, value: Option<f64>, now_ms: f64) {
        let mut f = self.kinds(year);
        if f.is_empty() {
            // A figure from before kinds existed becomes an entry of its own first.
            if let Some((e, k)) = self.in_force(year) {
                f.set(k, Some(e));
            }
        }
        f.set(
            kind,
            value.map(|value| Entry {
                value,
                entered_ms: now_ms,
            }),
        );
        set_or_clear(&mut self.actuals, year, f.best().map(|b| b.0.value));
        self.put_kinds(year, f);
        self.changed_ms = now_ms;
    }

    /// The year's adopted target, a number or a direction.
    pub fn annual_target(&self, year: u16) -> Option<YearTarget> {
        self.annual_targets
            .get(&year)
            .map(|&v| YearTarget::Value(v))
            .or_else(|| {
                self.annual_trends
                    .get(&year)
                    .map(|&t| YearTarget::Trend(Trend::of_sign(t)))
            })
    }

    /// Sets (or clears) the year's adopted target.
    pub fn set_annual_target(&mut self, year: u16, target: Option<YearTarget>, now_ms: f64) {
        self.annual_targets.remove(&year);
        self.annual_trends.remove(&year);
        match target {
            Some(YearTarget::Value(v)) => {
                self.annual_targets.insert(year, v);
            }
            Some(YearTarget::Trend(t)) => {
                self.annual_trends.insert(year, t.sign());
            }
            None => {}
        }
        self.changed_ms = now_ms;
    }

    /// Sets (or clears) the six-month figure.
    pub fn set_half_year(&mut self, year: u16, value: Option<f64>, now_ms: f64) {
        set_or_clear(&mut self.half_year, year, value);
        self.changed_ms = now_ms;
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

    /// Sets (or clears) the figure for one year, dated `now_ms`: of the kind the year's
    /// figure in force has, or `kind` for a new one.
    pub fn set_figure(&mut self, year: u16, base_year: u16, value: Option<f64>, now_ms: f64) {
        if year == base_year {
            self.baseline = value;
            self.changed_ms = now_ms;
        } else {
            let now_year = crate::model::basics::calendar::year_of(now_ms);
            let kind = self
                .in_force(year)
                .map_or(FigureKind::default_for(year, now_year), |e| e.1);
            self.set_entry(year, kind, value, now_ms);
        }
    }
}

fn set_or_clear(map: &mut BTreeMap<u16, f64>, year: u16, value: Option<f64>) {
    match value {
        Some(v) => map.insert(year, v),
        None => map.remove(&year),
    };
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
        let limits = ind.limits();
        let year_ok = |y: &u16| *y > limits.baseline_year && *y <= 2100;
        let value_ok =
            |v: f64| v.is_finite() && v >= 0.0 && v <= limits.ceiling.unwrap_or(f64::INFINITY);
        let mut keep = |map: BTreeMap<u16, f64>, field: fn(u16) -> Field| {
            let mut out = BTreeMap::new();
            for (y, v) in map {
                if !year_ok(&y) {
                    problems.push((
                        id.clone(),
                        field(y),
                        AssumptionError::YearOutsidePlan { year: y },
                    ));
                } else if !value_ok(v) {
                    problems.push((
                        id.clone(),
                        field(y),
                        AssumptionError::Unphysical { value: v },
                    ));
                } else {
                    out.insert(y, v);
                }
            }
            out
        };
        let annual_targets = keep(f.annual_targets, Field::AnnualTarget);
        let half_year = keep(f.half_year, Field::HalfYear);
        // Kinds and dates only for figures still in force; a damaged one is dropped (its
        // value in force stands, read as confirmed).
        let mut kinds = Facts {
            estimates: f.estimates,
            estimates_ms: f.estimates_ms,
            confirmed: f.confirmed,
            confirmed_ms: f.confirmed_ms,
            changed_ms,
            ..Facts::default()
        };
        let years: Vec<u16> = kinds
            .estimates
            .keys()
            .chain(kinds.confirmed.keys())
            .copied()
            .collect();
        for y in years {
            let k = kinds.kinds(y);
            let fine =
                |x: Option<Entry>| x.is_none_or(|x| value_ok(x.value) && x.entered_ms.is_finite());
            if !(kept.actuals.contains_key(&y) && fine(k.estimate) && fine(k.confirmed)) {
                kinds.put_kinds(y, YearFigures::default());
            }
        }
        let facts = Facts {
            baseline: kept.baseline,
            actuals: kept.actuals,
            estimates: kinds.estimates,
            estimates_ms: kinds.estimates_ms,
            confirmed: kinds.confirmed,
            confirmed_ms: kinds.confirmed_ms,
            annual_targets,
            annual_trends: {
                let mut t = f.annual_trends;
                t.retain(|y, v| year_ok(y) && (*v == 1.0 || *v == -1.0));
                t
            },
            half_year,
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
