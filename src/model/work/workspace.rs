//! The workspace: every scenario, the plans of the commune's own, which is open, and
//! how two copies of it (another tab, a file) are merged.

use crate::model::plan::assumption::Assumption;
use crate::model::plan::facts::{agrees, carries_figures, merged, with_facts, FactSheet, Facts};
use crate::model::plan::Plan;
use crate::model::work::scenario::{Scenario, REFERENCE_ID};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
                facts.entry(ind.id.clone()).or_default().absorb(&a, now_ms);
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

/// A plan the planner made or imported, with the commune's figures for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnPlan {
    pub id: String,
    #[serde(default)]
    pub changed_ms: f64,
    pub plan: Plan,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub facts: FactSheet,
}
