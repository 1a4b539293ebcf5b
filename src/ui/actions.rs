//! Every write to the planner's work, as one state API: each is one undoable step through
//! `AppState::change`, so views only call these and never touch the workspace.

use leptos::prelude::*;

use super::i18n::{text, Text};
use super::state::{AppState, Notice, MAX_COMPARED};
use crate::edge::clock;
use crate::model::work::scenario::{
    clean_text, unique_name, MAX_NAME_CHARS, MAX_NOTE_CHARS, REFERENCE_ID,
};
use crate::model::Scenario;

impl AppState {
    /// A new scenario on the plan's defaults, shown at once.
    pub fn create_scenario(&self) {
        let name = text(self.lang.get_untracked(), Text::NewScenario);
        self.change("create", move |w, now| {
            let name = unique_name(name, w.scenarios.iter().map(|s| s.name.as_str()));
            w.add(Scenario::new(clock::fresh_id(), &name, now));
        });
    }

    /// A copy of the shown scenario (the reference too), named "… (bản sao)".
    pub fn duplicate_scenario(&self) {
        let l = self.lang.get_untracked();
        let source = self.active.get_untracked();
        let base = format!("{} ({})", self.name_of(&source), text(l, Text::CopyWord));
        self.change("duplicate", move |w, now| {
            let name = unique_name(&base, w.scenarios.iter().map(|s| s.name.as_str()));
            w.add(Scenario {
                id: clock::fresh_id(),
                name: clean_text(&name, MAX_NAME_CHARS, false),
                created_ms: now,
                changed_ms: now,
                ..source
            });
        });
    }

    /// Deletes the shown scenario (never the reference), with a notice that undoes it.
    pub fn delete_scenario(&self) {
        let id = self.active_id.get_untracked();
        if id == REFERENCE_ID {
            return;
        }
        let name = self.active.with_untracked(|s| s.name.clone());
        self.change("delete", move |w, now| {
            w.delete(&id, now);
        });
        self.view.notice.set(Some(Notice::Deleted { name }));
    }

    /// Renames the shown scenario; false (and nothing changed) for an empty name.
    pub fn rename_scenario(&self, text: &str) -> bool {
        let name = clean_text(text, MAX_NAME_CHARS, false);
        if name.is_empty() {
            return false;
        }
        let id = self.active_id.get_untracked();
        self.change("name", move |w, now| {
            if let Some(s) = w.get_mut(&id) {
                s.name = name;
                s.changed_ms = now;
            }
        });
        true
    }

    pub fn set_note(&self, text: &str) {
        let note = clean_text(text, MAX_NOTE_CHARS, true);
        let id = self.active_id.get_untracked();
        self.change("note", move |w, now| {
            if let Some(s) = w.get_mut(&id) {
                s.note = note;
                s.changed_ms = now;
            }
        });
    }

    /// Shows another scenario: an undoable step like any other.
    pub fn switch_scenario(&self, id: String) {
        self.change("switch", move |w, _| w.active = id);
    }

    /// Adds or removes a scenario from those compared (at most `MAX_COMPARED`). What is
    /// compared is a view of the work, not the work: not saved, not undone.
    pub fn toggle_compare(&self, id: String, on: bool) {
        self.view.compare.update(|c| {
            c.retain(|k| *k != id);
            if on && c.len() < MAX_COMPARED {
                c.push(id);
            }
        })
    }

    /// Adds copies of scenarios under fresh ids and names not yet taken; never replaces.
    pub fn add_copies(&self, scenarios: Vec<Scenario>) {
        let state = *self;
        self.change("add", move |w, now| {
            for s in scenarios {
                let s = Scenario {
                    name: state.name_of(&s),
                    ..s
                };
                let s = state.plan.with(|p| s.sharing_figures(p, &w.facts));
                // The commune's year it brings, where this commune has none.
                let plan_id = w.plan.clone();
                crate::model::plan::carried::adopt_decisions(
                    w.facts_of_mut(&plan_id),
                    &s.decisions,
                    now,
                );
                let s = Scenario {
                    decisions: Default::default(),
                    ..s
                };
                let name = unique_name(&s.name, w.scenarios.iter().map(|k| k.name.as_str()));
                w.add(Scenario {
                    id: clock::fresh_id(),
                    name,
                    created_ms: now,
                    changed_ms: now,
                    ..s
                });
            }
        });
    }
}
