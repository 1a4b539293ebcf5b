//! Every change to the app's state: an assumption, a figure, a reading, the pace, a
//! whole workspace adopted, undo and redo. Each is one undoable step, saved.

use super::{shown_name, AppState, Notice};
use crate::edge::clock;
use crate::model::basics::history::History;
use crate::model::work::scenario::{unique_name, REFERENCE_ID};
use crate::model::{Assumption, Scenario, Workspace};
use crate::ui::i18n::{text, Text};
use leptos::prelude::*;

impl AppState {
    /// A scenario's name as shown: the reference is named in the chosen language.
    pub fn name_of(&self, s: &Scenario) -> String {
        shown_name(self.lang.get(), &s.id, &s.name)
    }

    /// The scenario as it leaves the app (file, link): named in words, even the reference,
    /// with the commune's figures it uses (model::Scenario::carrying_figures).
    pub fn leaving(&self, s: Scenario) -> Scenario {
        let s = Scenario {
            name: self.name_of(&s),
            ..s
        };
        self.facts
            .with_untracked(|f| self.plan.with(|p| s.carrying_figures(p, f)))
    }

    /// Makes one change to the workspace as one undoable step (`what` names the thing
    /// changed, so a slider drag is one step).
    pub fn change(&self, what: &str, f: impl FnOnce(&mut Workspace, f64)) {
        let now = clock::now_ms();
        let before = self.workspace.get_untracked();
        let mut next = before.clone();
        f(&mut next, now);
        if next != before {
            self.history.update_value(|h| h.record(before, what, now));
            self.workspace.set(next);
        }
    }

    /// The scenario to edit: the shown one, or, when the reference is shown, a copy of it
    /// made now (the resolution's own plan is not edited).
    fn editable(&self, w: &mut Workspace, now: f64) -> String {
        if w.active != REFERENCE_ID && w.get(&w.active).is_some() {
            return w.active.clone();
        }
        let lang = self.lang.get_untracked();
        let name = unique_name(
            text(lang, Text::ForkName),
            w.scenarios.iter().map(|s| s.name.as_str()),
        );
        let copy = Scenario {
            id: clock::fresh_id(),
            name: name.clone(),
            created_ms: now,
            changed_ms: now,
            ..self.reference.get_untracked()
        };
        w.add(copy);
        self.view.notice.set(Some(Notice::Forked { name }));
        w.active.clone()
    }

    /// Changes one indicator's assumption; the caller has validated every number. The
    /// 2025 figure and actuals go to the commune's sheet (every scenario sees them) unless
    /// the scenario keeps its own; on the reference, a change of figures alone makes no
    /// copy: the figures are the commune's, not the reference's.
    pub fn edit(&self, index: usize, change: impl FnOnce(&mut Assumption)) {
        let state = *self;
        self.change(&format!("assumption:{index}"), move |w, now| {
            state.plan.with(|plan| {
                let Some(ind) = plan.indicators.get(index) else {
                    return;
                };
                let shown = w
                    .get(&w.active)
                    .cloned()
                    .unwrap_or_else(|| state.reference.get_untracked());
                let facts = w.facts_of(&w.plan);
                let Some(before) = shown.assumptions_for(plan, facts).into_iter().nth(index) else {
                    return;
                };
                let mut a = before.clone();
                change(&mut a);
                let figures_only = a.method == before.method && a.spread == before.spread;
                if shown.is_reference() && figures_only {
                    let plan_id = w.plan.clone();
                    let sheet = w.facts_of_mut(&plan_id);
                    sheet.entry(ind.id.clone()).or_default().absorb(&a, now);
                    return;
                }
                let id = state.editable(w, now);
                w.edit_assumption(plan, &id, index, a, now);
            });
        });
    }

    /// Sets (or clears) one of the commune's figures from the sheet.
    pub fn set_fact(&self, index: usize, year: u16, value: Option<f64>) {
        self.change_facts(&format!("fact:{index}:{year}"), index, move |f, now| {
            f.set_figure(year, now.1, value, now.0)
        });
    }

    /// One change to an indicator's entry in the commune's sheet (a figure of a kind, the
    /// year's target, a six-month figure), as one undoable step. `f` gets the time and
    /// the plan's base year.
    pub fn change_facts(
        &self,
        what: &str,
        index: usize,
        f: impl FnOnce(&mut crate::model::plan::facts::Facts, (f64, u16)),
    ) {
        let state = *self;
        self.change(what, move |w, now| {
            state.plan.with(|plan| {
                let Some(ind) = plan.indicators.get(index) else {
                    return;
                };
                let plan_id = w.plan.clone();
                f(
                    w.facts_of_mut(&plan_id).entry(ind.id.clone()).or_default(),
                    (now, plan.base_year),
                );
            });
        });
    }

    /// Puts a previewed paste into the commune's sheet as one undoable step.
    pub fn apply_paste(&self, figures: Vec<crate::model::work::paste::PastedFigure>) {
        let state = *self;
        self.change("paste", move |w, now| {
            state.plan.with(|plan| {
                let plan_id = w.plan.clone();
                crate::model::work::paste::apply_paste(
                    plan,
                    w.facts_of_mut(&plan_id),
                    &figures,
                    now,
                )
            });
        });
    }

    /// Makes the shown scenario keep its own figures for an indicator, or use the
    /// commune's again.
    pub fn set_own_figures(&self, index: usize, own: bool) {
        let state = *self;
        self.change(&format!("own-figures:{index}"), move |w, now| {
            let id = state.editable(w, now);
            state
                .plan
                .with(|plan| w.set_own_figures(plan, &id, index, own, now));
        });
    }

    /// Reads one indicator's target another way (or the plan's way again).
    pub fn set_reading(&self, index: usize, reading: String) {
        let state = *self;
        self.change(&format!("reading:{index}"), move |w, now| {
            let id = state.editable(w, now);
            state.plan.with(|plan| {
                let (Some(s), Some(ind)) = (w.get_mut(&id), plan.indicators.get(index)) else {
                    return;
                };
                let is_plan_own = ind.readings.first().is_some_and(|r| r.id == reading);
                if is_plan_own {
                    s.readings.remove(&ind.id);
                } else if ind.reading(&reading).is_some() {
                    s.readings.insert(ind.id.clone(), reading);
                }
                s.changed_ms = now;
            });
        });
    }

    pub fn set_pace(&self, pace_pct: f64) {
        let state = *self;
        self.change("pace", move |w, now| {
            let id = state.editable(w, now);
            if let Some(s) = w.get_mut(&id) {
                s.pace_pct = pace_pct;
                s.changed_ms = now;
            }
        });
    }

    /// Takes in another tab's work: `merged` becomes the present, and every undo step
    /// takes in `theirs` too, so undoing never drops what the other tab saved.
    pub fn adopt(&self, merged: Workspace, theirs: &Workspace) {
        self.history
            .update_value(|h| h.rebase(|past| past.merge(theirs)));
        self.workspace.set(merged);
    }

    pub fn undo(&self) {
        self.travel(|h, current| h.undo(current));
    }

    pub fn redo(&self) {
        self.travel(|h, current| h.redo(current));
    }

    /// Moves through the history; what comes back counts as changed now, so another
    /// tab's older copy cannot win over it.
    fn travel(&self, step: impl FnOnce(&mut History<Workspace>, Workspace) -> Option<Workspace>) {
        let current = self.workspace.get_untracked();
        let next = self
            .history
            .try_update_value(|h| step(h, current.clone()))
            .flatten();
        if let Some(mut next) = next {
            next.stamp_changes_against(&current, clock::now_ms());
            self.workspace.set(next);
        }
    }
}
