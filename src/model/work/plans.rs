//! Many plans side by side: the built-in plan of Resolution 32 and the planner's own
//! (a copy for a mid-term review, a yearly plan, another commune's). Each own plan holds
//! its indicators and the commune's figures for it; scenarios name the plan they belong
//! to. Changing a plan never drops a scenario's assumption: one for an indicator that
//! goes away, or whose kind of target changes, is kept aside and comes back with it.

use std::collections::BTreeMap;

use crate::model::plan::assumption::{Assumption, Method};
use crate::model::plan::facts::FactSheet;
use crate::model::plan::Direction;
use crate::model::plan::{
    Baseline, Group, Indicator, Plan, PlanError, Resolution, Target, TargetKind,
};
// Aside and OwnPlan lived here; kept at this path too.
pub use crate::model::work::scenario::Aside;
use crate::model::work::scenario::{Scenario, REFERENCE_ID};
pub use crate::model::work::workspace::OwnPlan;
use crate::model::work::workspace::Workspace;

/// The built-in plan's id, in `Scenario::plan` and `Workspace::plan`.
pub const BUILT_IN: &str = "";

/// A plan of one indicator to start from ("Kế hoạch mới"), on the built-in plan's years.
pub fn blank_plan(name_vi: &str, name_en: &str, like: &Plan) -> Plan {
    Plan {
        schema: like.schema,
        resolution: Resolution {
            number: String::new(),
            adopted: String::new(),
            commune_vi: like.resolution.commune_vi.clone(),
            commune_en: like.resolution.commune_en.clone(),
            title_vi: name_vi.into(),
            title_en: name_en.into(),
            text_file: String::new(),
        },
        base_year: like.base_year,
        horizon: like.horizon,
        settings: like.settings,
        groups: Vec::new(),
        indicators: vec![blank_indicator("1", like.base_year, like.horizon)],
        not_modelled: Vec::new(),
    }
}

/// A new indicator: a level to reach by the horizon, growing 5 %/yr from 100.
pub fn blank_indicator(id: &str, base_year: u16, horizon: u16) -> Indicator {
    Indicator {
        id: id.into(),
        group: Group::Ungrouped,
        name_vi: format!("Chỉ tiêu {id}"),
        name_en: format!("Indicator {id}"),
        unit_vi: String::new(),
        unit_en: String::new(),
        target: Target {
            kind: TargetKind::Level,
            value: 120.0,
            year: horizon,
            direction: Direction::AtLeast,
            text: String::new(),
            qualitative: false,
            each_year: false,
            unit_vi: None,
            unit_en: None,
            includes_base: false,
            high: None,
        },
        ceiling: None,
        integer: false,
        baseline: Baseline {
            value: 100.0,
            year: base_year,
            illustrative: true,
            source_vi: "Giá trị minh họa: chưa nhập số liệu năm gốc.".into(),
            source_en: "Illustrative value: the base-year figure is not entered yet.".into(),
        },
        previous_term: None,
        note_vi: None,
        note_en: None,
        assumption: Assumption {
            method: Method::Compound { rate_pct: 5.0 },
            spread: None,
            baseline: None,
            actuals: BTreeMap::new(),
        },
        readings: Vec::new(),
    }
}

/// An indicator id the plan does not use yet: "2", "3"...
pub fn free_indicator_id(plan: &Plan) -> String {
    (plan.indicators.len() + 1..)
        .map(|k| k.to_string())
        .find(|id| plan.indicator(id).is_none())
        .unwrap_or_default()
}

impl Workspace {
    /// A plan by id: the built-in one for `BUILT_IN`.
    pub fn plan_by_id<'a>(&'a self, built_in: &'a Plan, id: &str) -> Option<&'a Plan> {
        if id == BUILT_IN {
            Some(built_in)
        } else {
            self.own_plan(id).map(|p| &p.plan)
        }
    }

    pub fn own_plan(&self, id: &str) -> Option<&OwnPlan> {
        self.plans.iter().find(|p| p.id == id)
    }

    /// The plan shown (the built-in one when the shown plan is gone).
    pub fn shown_plan<'a>(&'a self, built_in: &'a Plan) -> &'a Plan {
        self.plan_by_id(built_in, &self.plan).unwrap_or(built_in)
    }

    /// The commune's figures for a plan.
    pub fn facts_of(&self, plan: &str) -> &FactSheet {
        match self.plans.iter().find(|p| p.id == plan) {
            Some(p) => &p.facts,
            None => &self.facts,
        }
    }

    pub fn facts_of_mut(&mut self, plan: &str) -> &mut FactSheet {
        match self.plans.iter_mut().find(|p| p.id == plan) {
            Some(p) => &mut p.facts,
            None => &mut self.facts,
        }
    }

    /// The scenarios of one plan, in order.
    pub fn scenarios_of<'a>(&'a self, plan: &'a str) -> impl Iterator<Item = &'a Scenario> {
        self.scenarios.iter().filter(move |s| s.plan == plan)
    }

    /// Shows a plan, and its first scenario (its reference when it has none).
    pub fn show_plan(&mut self, id: &str) {
        if id != BUILT_IN && self.own_plan(id).is_none() {
            return;
        }
        self.plan = id.to_string();
        let shown_here = self.get(&self.active).is_some_and(|s| s.plan == id);
        if !shown_here {
            let first = self.scenarios_of(id).next().map(|s| s.id.clone());
            self.active = first.unwrap_or_else(|| REFERENCE_ID.into());
        }
    }

    /// A plan id no plan, scenario or deletion uses.
    pub fn free_plan_id(&self, now_ms: f64) -> String {
        let mut id = format!("k{}", (now_ms.max(0.0) as u64) % 1_000_000_000_000);
        while self.own_plan(&id).is_some()
            || self.get(&id).is_some()
            || self.deleted.contains_key(&id)
        {
            id.push('x');
        }
        id
    }

    /// Adds a plan (checked) and shows it.
    pub fn add_plan(
        &mut self,
        plan: Plan,
        facts: FactSheet,
        now_ms: f64,
    ) -> Result<String, PlanError> {
        self.add_plan_as("", plan, facts, now_ms)
    }

    /// Adds a plan under the id it had where it was made when that id is free here (so
    /// share links made there find it), else under a new one.
    pub fn add_plan_as(
        &mut self,
        wanted: &str,
        plan: Plan,
        facts: FactSheet,
        now_ms: f64,
    ) -> Result<String, PlanError> {
        plan.validate()?;
        let free = crate::model::plan::check::good_id(wanted)
            && self.own_plan(wanted).is_none()
            && self.get(wanted).is_none()
            && !self.deleted.contains_key(wanted);
        let id = if free {
            wanted.to_string()
        } else {
            self.free_plan_id(now_ms)
        };
        self.plans.push(OwnPlan {
            id: id.clone(),
            changed_ms: now_ms,
            plan,
            facts,
        });
        self.show_plan(&id);
        Ok(id)
    }

    /// Deletes an own plan and its scenarios (one undo brings them back); the built-in
    /// plan is shown if it was this one.
    pub fn delete_plan(&mut self, id: &str, now_ms: f64) -> bool {
        let Some(at) = self.plans.iter().position(|p| p.id == id) else {
            return false;
        };
        self.plans.remove(at);
        self.deleted.insert(id.to_string(), now_ms);
        let gone: Vec<String> = self.scenarios_of(id).map(|s| s.id.clone()).collect();
        for s in gone {
            self.scenarios.retain(|k| k.id != s);
            self.deleted.insert(s, now_ms);
        }
        if self.plan == id {
            self.plan = BUILT_IN.into();
            self.active = REFERENCE_ID.into();
            self.show_plan(BUILT_IN);
        }
        true
    }

    /// An own plan as edited: checked whole first (nothing changes when it fails), then
    /// each of its scenarios' assumptions for indicators that went away or changed kind
    /// set aside, and those set aside for indicators back in their kind restored.
    pub fn replace_plan(&mut self, id: &str, new: Plan, now_ms: f64) -> Result<(), PlanError> {
        new.validate()?;
        let Some(own) = self.plans.iter_mut().find(|p| p.id == id) else {
            return Ok(());
        };
        let old = std::mem::replace(&mut own.plan, new);
        own.changed_ms = now_ms;
        let new = &own.plan;
        for s in self.scenarios.iter_mut().filter(|s| s.plan == id) {
            if s.fit_to(&old, new) {
                s.changed_ms = now_ms;
            }
        }
        Ok(())
    }

    /// How many assumptions the plan's scenarios keep aside.
    pub fn aside_count(&self, plan: &str) -> usize {
        self.scenarios_of(plan).map(|s| s.aside.len()).sum()
    }
}

impl Scenario {
    /// The scenario fitted to its plan changed from `old` to `new`: true when anything
    /// moved aside or came back.
    pub fn fit_to(&mut self, old: &Plan, new: &Plan) -> bool {
        let mut moved = false;
        let kind_in = |plan: &Plan, id: &str| plan.indicator(id).map(|i| i.target.kind);
        let gone: Vec<String> = self
            .assumptions
            .keys()
            .filter(|id| kind_in(new, id).is_none() || kind_in(new, id) != kind_in(old, id))
            .cloned()
            .collect();
        for id in gone {
            if let Some(a) = self.assumptions.remove(&id) {
                let kind = kind_in(old, &id).unwrap_or(TargetKind::Level);
                self.aside.insert(
                    id.clone(),
                    Aside {
                        kind,
                        assumption: a,
                    },
                );
                self.own_figures.remove(&id);
                moved = true;
            }
        }
        let back: Vec<String> = self
            .aside
            .iter()
            .filter(|(id, a)| {
                kind_in(new, id) == Some(a.kind) && !self.assumptions.contains_key(*id)
            })
            .map(|(id, _)| id.clone())
            .collect();
        for id in back {
            if let Some(a) = self.aside.remove(&id) {
                self.assumptions.insert(id, a.assumption);
                moved = true;
            }
        }
        self.readings
            .retain(|id, r| new.indicator(id).is_some_and(|i| i.reading(r).is_some()));
        moved
    }
}
