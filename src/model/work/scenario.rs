//! Scenarios: named sets of assumptions the planner keeps, and the workspace that holds
//! them. The resolution's own plan is a built-in reference scenario, made from the plan
//! data and never stored.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::model::plan::assumption::{Assumption, AssumptionError, Field};
use crate::model::plan::facts::{agrees, carries_figures, merged, with_facts, FactSheet, Facts};
use crate::model::plan::{Indicator, Plan};
use crate::model::projection::project::Period;
use crate::model::projection::solve::required_parameter;
use crate::model::work::plans::{Aside, OwnPlan};

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
    fn stored(&self, ind: &Indicator) -> Assumption {
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

/// Everything the planner keeps: the scenarios, which one is shown, and when scenarios
/// were deleted (so another tab's copy does not bring a deleted one back).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Workspace {
    pub scenarios: Vec<Scenario>,
    #[serde(default)]
    pub active: String,
    #[serde(default)]
    pub deleted: BTreeMap<String, f64>,
    /// The commune's own figures, shared by every scenario (model::facts).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub facts: FactSheet,
    /// The planner's own plans (model::plans); the built-in plan is not stored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plans: Vec<OwnPlan>,
    /// The plan shown: empty for the built-in plan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub plan: String,
}

impl Workspace {
    /// A first visit: one scenario on the plan's default assumptions.
    pub fn starting(id: String, name: &str, now_ms: f64) -> Workspace {
        Workspace {
            active: id.clone(),
            scenarios: vec![Scenario::new(id, name, now_ms)],
            deleted: BTreeMap::new(),
            facts: FactSheet::new(),
            plans: Vec::new(),
            plan: String::new(),
        }
    }

    pub fn get(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Scenario> {
        self.scenarios.iter_mut().find(|s| s.id == id)
    }

    /// Adds a scenario and shows it.
    pub fn add(&mut self, mut s: Scenario) {
        s.plan = self.plan.clone();
        self.active = s.id.clone();
        self.scenarios.push(s);
    }

    /// Deletes a scenario (never the reference, which is not stored); the next one is shown.
    pub fn delete(&mut self, id: &str, now_ms: f64) -> Option<Scenario> {
        let at = self.scenarios.iter().position(|s| s.id == id)?;
        let gone = self.scenarios.remove(at);
        self.deleted.insert(gone.id.clone(), now_ms);
        if self.active == id {
            // The one before it in the same plan, else the first, else the reference.
            let same: Vec<&Scenario> = self.scenarios_of(&gone.plan).collect();
            let before = self.scenarios[..at.min(self.scenarios.len())]
                .iter()
                .rev()
                .find(|s| s.plan == gone.plan);
            self.active = before
                .or(same.first().copied())
                .map(|s| s.id.clone())
                .unwrap_or_else(|| REFERENCE_ID.into());
        }
        Some(gone)
    }

    /// After undo brings back an older copy, every scenario that differs from what is
    /// shown now counts as changed now: another tab's copy must not win over the undo.
    pub fn stamp_changes_against(&mut self, current: &Workspace, now_ms: f64) {
        stamp_facts(&mut self.facts, &current.facts, now_ms);
        for p in &mut self.plans {
            let now = current.own_plan(&p.id);
            if now.is_none_or(|c| c.plan != p.plan) {
                p.changed_ms = now_ms;
            }
            let empty = FactSheet::new();
            stamp_facts(&mut p.facts, now.map_or(&empty, |c| &c.facts), now_ms);
        }
        for s in &mut self.scenarios {
            if current.get(&s.id).is_none_or(|c| !c.same_content(s)) {
                s.changed_ms = now_ms;
            }
        }
    }

    /// Two copies of the workspace (this tab's and another's) made one without losing
    /// either's newer work: per scenario the later change wins; a deletion wins over
    /// changes made before it; scenarios only one side has are kept.
    pub fn merge(&self, theirs: &Workspace) -> Workspace {
        let mut deleted = self.deleted.clone();
        for (id, &t) in &theirs.deleted {
            let e = deleted.entry(id.clone()).or_insert(t);
            *e = e.max(t);
        }
        let mut scenarios: Vec<Scenario> = Vec::new();
        for s in self.scenarios.iter().chain(&theirs.scenarios) {
            match scenarios.iter_mut().find(|k| k.id == s.id) {
                Some(k) if s.changed_ms > k.changed_ms => *k = s.clone(),
                Some(_) => {}
                None => scenarios.push(s.clone()),
            }
        }
        scenarios.retain(|s| deleted.get(&s.id).is_none_or(|&t| s.changed_ms > t));
        // Plans the same way; their figures merge indicator by indicator.
        let mut plans: Vec<OwnPlan> = Vec::new();
        for p in self.plans.iter().chain(&theirs.plans) {
            match plans.iter_mut().find(|k| k.id == p.id) {
                Some(k) => {
                    let facts = merged(&k.facts, &p.facts);
                    if p.changed_ms > k.changed_ms {
                        *k = p.clone();
                    }
                    k.facts = facts;
                }
                None => plans.push(p.clone()),
            }
        }
        plans.retain(|p| deleted.get(&p.id).is_none_or(|&t| p.changed_ms > t));
        // A scenario whose plan is gone goes with it.
        scenarios.retain(|s| s.plan.is_empty() || plans.iter().any(|p| p.id == s.plan));
        let plan = if plans.iter().any(|p| p.id == self.plan) {
            self.plan.clone()
        } else {
            String::new()
        };
        let here = |id: &str| scenarios.iter().any(|s| s.id == id && s.plan == plan);
        let active = if self.active == REFERENCE_ID || here(&self.active) {
            self.active.clone()
        } else {
            scenarios
                .iter()
                .find(|s| s.plan == plan)
                .map(|s| s.id.clone())
                .unwrap_or_else(|| REFERENCE_ID.into())
        };
        Workspace {
            scenarios,
            active,
            deleted,
            facts: merged(&self.facts, &theirs.facts),
            plans,
            plan,
        }
    }

    /// One indicator's assumption as edited in a scenario: its figures go to the commune's
    /// sheet (every scenario sees them), the rest to the scenario, unless the scenario
    /// keeps its own figures for that indicator.
    pub fn edit_assumption(
        &mut self,
        plan: &Plan,
        scenario: &str,
        index: usize,
        a: Assumption,
        now_ms: f64,
    ) {
        let Some(ind) = plan.indicators.get(index) else {
            return;
        };
        let Some(plan_id) = self.get(scenario).map(|s| s.plan.clone()) else {
            return;
        };
        let owns = self.get(scenario).is_some_and(|s| s.owns_figures(&ind.id));
        if !owns {
            let facts = self.facts_of_mut(&plan_id);
            if !agrees(facts.get(&ind.id), &a) {
                facts.insert(ind.id.clone(), Facts::of(&a, now_ms));
            }
        }
        let Some(s) = self.scenarios.iter_mut().find(|s| s.id == scenario) else {
            return;
        };
        if owns {
            s.set_assumption(plan, index, a);
        } else {
            s.set_assumption(plan, index, with_facts(a, None));
        }
        s.changed_ms = now_ms;
    }

    /// Makes a scenario keep its own figures for an indicator (starting from the commune's)
    /// or use the commune's again (its own are then dropped: one undo brings them back).
    pub fn set_own_figures(
        &mut self,
        plan: &Plan,
        scenario: &str,
        index: usize,
        own: bool,
        now_ms: f64,
    ) {
        let Some(ind) = plan.indicators.get(index) else {
            return;
        };
        let plan_id = self
            .get(scenario)
            .map(|s| s.plan.clone())
            .unwrap_or_default();
        let facts = self.facts_of(&plan_id).get(&ind.id).cloned();
        let Some(s) = self.scenarios.iter_mut().find(|s| s.id == scenario) else {
            return;
        };
        let a = s.stored(ind);
        if own {
            s.own_figures.insert(ind.id.clone());
            s.set_assumption(plan, index, with_facts(a, facts.as_ref()));
        } else {
            s.own_figures.remove(&ind.id);
            s.set_assumption(plan, index, with_facts(a, None));
        }
        s.changed_ms = now_ms;
    }

    /// Schema 1 kept the figures in each scenario. The shown scenario's become the
    /// commune's; every other scenario whose figures differ keeps them as its own, so no
    /// number typed is lost and every projection stays what it was.
    pub fn move_figures_to_facts(&mut self, plan: &Plan, now_ms: f64) {
        let source = self.get(&self.active).cloned();
        for ind in &plan.indicators {
            let from = source.as_ref().and_then(|s| s.assumptions.get(&ind.id));
            if let Some(a) = from.filter(|a| carries_figures(a)) {
                self.facts.insert(ind.id.clone(), Facts::of(a, now_ms));
            }
        }
        let facts = self.facts.clone();
        for s in &mut self.scenarios {
            for (k, ind) in plan.indicators.iter().enumerate() {
                let a = s.stored(ind);
                if agrees(facts.get(&ind.id), &a) {
                    s.set_assumption(plan, k, with_facts(a, None));
                } else {
                    s.own_figures.insert(ind.id.clone());
                }
            }
        }
    }
}

/// After an undo: figures that differ from what is shown now count as entered now, and
/// figures the undo removes stay removed when another tab's copy is merged.
fn stamp_facts(mine: &mut FactSheet, current: &FactSheet, now_ms: f64) {
    for (id, f) in mine.iter_mut() {
        if current.get(id) != Some(f) {
            f.changed_ms = now_ms;
        }
    }
    for id in current.keys() {
        mine.entry(id.clone()).or_insert(Facts {
            changed_ms: now_ms,
            ..Facts::default()
        });
    }
}
