//! Scenarios: named sets of assumptions the planner keeps, and the workspace that holds
//! them. The resolution's own plan is a built-in reference scenario, made from the plan
//! data and never stored.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::model::plan::assumption::{Assumption, AssumptionError, Field};
use crate::model::plan::facts::{agrees, carries_figures, with_facts, FactSheet};
use crate::model::plan::TargetKind;
use crate::model::plan::{Indicator, Plan};
use crate::model::projection::project::Period;
use crate::model::projection::solve::required_parameter;

/// The id of the built-in reference scenario (every indicator on its required path).
pub const REFERENCE_ID: &str = "plan";
/// Longest scenario name, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub note: String,
    /// Milliseconds since 1970, as the browser counts them.
    #[serde(default)]
    pub created_ms: f64,
    #[serde(default)]
    pub changed_ms: f64,
    /// Plan-wide change of pace, %.
    #[serde(default)]
    pub pace_pct: f64,
    /// By indicator id, so a scenario survives indicators being added to the plan.
    /// Indicators missing here follow the plan's default assumption.
    #[serde(default)]
    pub assumptions: BTreeMap<String, Assumption>,
    /// How the scenario reads targets whose words allow more than one reading: indicator
    /// id -> reading id. Absent: the plan's own reading.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub readings: BTreeMap<String, String>,
    /// Indicators for which this scenario keeps its own 2025 figure and actuals instead
    /// of the commune's (model::facts): a deliberate "what if", marked wherever shown.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub own_figures: BTreeSet<String>,
    /// The plan it belongs to: empty for the built-in plan (model::plans).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub plan: String,
    /// Assumptions for indicators its plan no longer has in that form, kept to come back.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub aside: BTreeMap<String, Aside>,
    /// Only in a file or link: the commune's year it was made with (the year's targets,
    /// each figure's kind and date, six-month figures), adopted on arrival where the
    /// commune here has none (`facts::adopt_decisions`); never stored with the scenario.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub decisions: FactSheet,
}

/// A file's or link's commune's year held to the sheet's rules (`facts::checked`): each
/// bad value dropped and reported, indicators this plan lacks left out.
fn checked_decisions(
    decisions: FactSheet,
    plan: &Plan,
    problems: &mut Vec<ScenarioProblem>,
) -> FactSheet {
    // Kinds are checked against the figure they stand for. Built by insertion: a
    // `collect` into a map would add a sort of its own to the first module.
    let mut probe = FactSheet::new();
    for (id, mut f) in decisions {
        if plan.indicator(&id).is_none() {
            continue;
        }
        f.baseline = None;
        f.actuals.clear();
        let years: Vec<u16> = f
            .estimates
            .keys()
            .chain(f.confirmed.keys())
            .copied()
            .collect();
        for y in years {
            if let Some(b) = f.kinds(y).best() {
                f.actuals.insert(y, b.0.value);
            }
        }
        probe.insert(id, f);
    }
    let (mut kept, bad) = crate::model::plan::facts::checked(probe, plan);
    problems.extend(
        bad.into_iter()
            .map(|(indicator, field, error)| ScenarioProblem::BadValue {
                indicator,
                field,
                error,
            }),
    );
    kept.retain(|_, f| match f.decisions() {
        Some(d) => {
            *f = d;
            true
        }
        None => false,
    });
    kept
}

/// Something in a scenario that could not be used as it was, in terms a planner can be
/// told about; the UI puts it in words.
#[derive(Debug, Clone, PartialEq)]
pub enum ScenarioProblem {
    EmptyName,
    NameTooLong,
    NoteTooLong,
    UnknownIndicator {
        id: String,
    },
    /// One value of one indicator's assumption could not be used: that value alone was
    /// taken out or brought within bounds.
    BadValue {
        indicator: String,
        field: Field,
        error: AssumptionError,
    },
    BadPace,
    UnknownReading {
        indicator: String,
    },
    /// A scenario that is not even an object: left out.
    Unreadable,
    /// A plan of the planner's that could not be read or checked: left out with its
    /// scenarios (the record itself is kept aside).
    BadPlan,
    /// A scenario whose plan is not here: left out.
    UnknownPlan,
    /// A value of the stored record itself (its revision count, say) that could not be
    /// read and was reset.
    RecordValue {
        field: String,
    },
}

/// Text a person typed, made safe to keep: no control characters (line breaks stay in
/// notes), no surrounding spaces, at most `max` characters.
pub fn clean_text(text: &str, max: usize, keep_newlines: bool) -> String {
    text.chars()
        .filter(|c| !c.is_control() || (keep_newlines && *c == '\n'))
        .collect::<String>()
        .trim()
        .chars()
        .take(max)
        .collect()
}

impl Scenario {
    /// A scenario that follows the plan's default assumptions.
    pub fn new(id: String, name: &str, now_ms: f64) -> Scenario {
        Scenario {
            id,
            name: clean_text(name, MAX_NAME_CHARS, false),
            note: String::new(),
            created_ms: now_ms,
            changed_ms: now_ms,
            pace_pct: 0.0,
            own_figures: BTreeSet::new(),
            plan: String::new(),
            aside: BTreeMap::new(),
            decisions: FactSheet::new(),
            assumptions: BTreeMap::new(),
            readings: BTreeMap::new(),
        }
    }

    /// The built-in reference: every indicator on the path that meets its target exactly
    /// (the plan's default where no single rate can, a typed path say).
    pub fn reference(plan: &Plan, facts: &FactSheet, name: &str) -> Scenario {
        let period = Period::of(plan);
        let assumptions = plan
            .indicators
            .iter()
            .map(|ind| {
                // On the commune's own figures when there are any: the plan's path starts
                // where the commune really is.
                let a = with_facts(ind.assumption.clone(), facts.get(&ind.id));
                let on_path = match required_parameter(ind, &a, &plan.settings, period) {
                    Ok(p) => Assumption {
                        method: a.method.with_parameter(p),
                        ..ind.assumption.clone()
                    },
                    Err(_) => ind.assumption.clone(),
                };
                (ind.id.clone(), on_path)
            })
            .collect();
        Scenario {
            assumptions,
            ..Scenario::new(REFERENCE_ID.into(), name, 0.0)
        }
    }

    pub fn is_reference(&self) -> bool {
        self.id == REFERENCE_ID
    }

    /// One assumption per indicator in the plan's order: the scenario's own, or the plan's
    /// default where it has none, on the commune's figures (`facts`) unless the scenario
    /// keeps its own for that indicator.
    pub fn assumptions_for(&self, plan: &Plan, facts: &FactSheet) -> Vec<Assumption> {
        plan.indicators
            .iter()
            .map(|i| {
                let a = self.stored(i);
                if self.own_figures.contains(&i.id) {
                    a
                } else {
                    with_facts(a, facts.get(&i.id))
                }
            })
            .collect()
    }

    /// The assumptions in force: as `assumptions_for`, at the scenario's plan-wide pace.
    pub fn in_force(&self, plan: &Plan, facts: &FactSheet) -> Vec<Assumption> {
        at_pace(plan, &self.assumptions_for(plan, facts), self.pace_pct)
    }

    /// The scenario as it leaves the app (a file, a link): the commune's figures it uses
    /// written into it as its own, so whoever opens it sees the same numbers.
    pub fn carrying_figures(mut self, plan: &Plan, facts: &FactSheet) -> Scenario {
        for (k, ind) in plan.indicators.iter().enumerate() {
            let Some(f) = facts.get(&ind.id).filter(|f| !f.is_empty()) else {
                continue;
            };
            if let Some(d) = f.decisions() {
                self.decisions.insert(ind.id.clone(), d);
            }
            if self.own_figures.contains(&ind.id) {
                continue;
            }
            let a = self.stored(ind);
            self.own_figures.insert(ind.id.clone());
            self.set_assumption(plan, k, with_facts(a, Some(f)));
        }
        self
    }

    /// A scenario arriving here (a file, a link): figures it carries that equal the
    /// commune's here are shared again; different ones stay its own, marked.
    pub fn sharing_figures(mut self, plan: &Plan, facts: &FactSheet) -> Scenario {
        for (k, ind) in plan.indicators.iter().enumerate() {
            if !self.own_figures.contains(&ind.id) {
                // An older app's file: its figures are in the assumption itself.
                if !self.assumptions.get(&ind.id).is_some_and(carries_figures) {
                    continue;
                }
                self.own_figures.insert(ind.id.clone());
            }
            let a = self.stored(ind);
            if agrees(facts.get(&ind.id), &a) {
                self.own_figures.remove(&ind.id);
                self.set_assumption(plan, k, with_facts(a, None));
            }
        }
        self
    }

    /// The scenario's own assumption for an indicator, or the plan's default.
    pub(crate) fn stored(&self, ind: &Indicator) -> Assumption {
        self.assumptions
            .get(&ind.id)
            .cloned()
            .unwrap_or_else(|| ind.assumption.clone())
    }

    /// Whether this scenario keeps its own figures for an indicator.
    pub fn owns_figures(&self, id: &str) -> bool {
        self.own_figures.contains(id)
    }

    /// Sets one indicator's assumption, keeping only what differs from the plan's default
    /// so files and links stay small.
    pub fn set_assumption(&mut self, plan: &Plan, index: usize, a: Assumption) {
        let Some(ind) = plan.indicators.get(index) else {
            return;
        };
        if a == ind.assumption {
            self.assumptions.remove(&ind.id);
        } else {
            self.assumptions.insert(ind.id.clone(), a);
        }
    }

    /// The same scenario with every value checked against the plan. What cannot be used is
    /// dropped (an assumption falls back to the plan's default) and reported, never kept
    /// silently and never a reason to lose the rest.
    pub fn checked(mut self, plan: &Plan) -> (Scenario, Vec<ScenarioProblem>) {
        let mut problems = Vec::new();
        let name = clean_text(&self.name, usize::MAX, false);
        if name.is_empty() {
            problems.push(ScenarioProblem::EmptyName);
        } else if name.chars().count() > MAX_NAME_CHARS {
            problems.push(ScenarioProblem::NameTooLong);
        }
        self.name = clean_text(&name, MAX_NAME_CHARS, false);
        let note = clean_text(&self.note, usize::MAX, true);
        if note.chars().count() > MAX_NOTE_CHARS {
            problems.push(ScenarioProblem::NoteTooLong);
        }
        self.note = clean_text(&note, MAX_NOTE_CHARS, true);
        if !(self.pace_pct.is_finite() && (-100.0..=100.0).contains(&self.pace_pct)) {
            problems.push(ScenarioProblem::BadPace);
            self.pace_pct = 0.0;
        }
        for t in [&mut self.created_ms, &mut self.changed_ms] {
            if !t.is_finite() || *t < 0.0 {
                *t = 0.0;
            }
        }
        let assumptions = std::mem::take(&mut self.assumptions);
        for (id, a) in assumptions {
            match plan.indicator(&id) {
                None => problems.push(ScenarioProblem::UnknownIndicator { id }),
                Some(ind) => {
                    let (a, changed) = a.repaired(&ind.limits(), &ind.assumption.method);
                    problems.extend(changed.into_iter().map(|(field, error)| {
                        ScenarioProblem::BadValue {
                            indicator: id.clone(),
                            field,
                            error,
                        }
                    }));
                    self.assumptions.insert(id, a);
                }
            }
        }
        // Figures in an assumption are this scenario's own (an older app's file, a record
        // edited by hand): they are used, marked, never silently ignored.
        for (id, a) in &self.assumptions {
            if carries_figures(a) {
                self.own_figures.insert(id.clone());
            }
        }
        self.own_figures.retain(|id| plan.indicator(id).is_some());
        let readings = std::mem::take(&mut self.readings);
        for (id, r) in readings {
            if plan.indicator(&id).is_some_and(|i| i.reading(&r).is_some()) {
                self.readings.insert(id, r);
            } else {
                problems.push(ScenarioProblem::UnknownReading { indicator: id });
            }
        }
        self.decisions =
            checked_decisions(std::mem::take(&mut self.decisions), plan, &mut problems);
        (self, problems)
    }

    /// Whether two scenarios hold the same work, whenever each was changed.
    pub fn same_content(&self, other: &Scenario) -> bool {
        self.name == other.name
            && self.note == other.note
            && self.pace_pct == other.pace_pct
            && self.assumptions == other.assumptions
            && self.readings == other.readings
            && self.own_figures == other.own_figures
            && self.plan == other.plan
            && self.aside == other.aside
    }
}

/// Every assumption scaled by the plan-wide pace: -20 % is "everything 20 % slower".
pub fn at_pace(plan: &Plan, list: &[Assumption], pace_pct: f64) -> Vec<Assumption> {
    let factor = 1.0 + pace_pct / 100.0;
    plan.indicators
        .iter()
        .zip(list)
        .map(|(i, a)| a.scaled(factor, &i.limits()))
        .collect()
}

/// A name not yet taken: "Name", else "Name (2)", "Name (3)"...
pub fn unique_name<'a>(wanted: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let base = clean_text(wanted, MAX_NAME_CHARS - 6, false);
    let free = |n: &str| !taken.clone().any(|t| t == n);
    if free(&base) {
        return base;
    }
    (2..)
        .map(|k| format!("{base} ({k})"))
        .find(|n| free(n))
        .unwrap_or(base)
}

/// A scenario's assumption for an indicator the plan no longer has in that form: the
/// kind of target it was made for, so it comes back when the kind does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Aside {
    pub kind: TargetKind,
    pub assumption: Assumption,
}
