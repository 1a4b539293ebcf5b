//! The app's reactive state: the plan, the planner's assumptions and what is derived from
//! them. Projections, statuses and bands are memos, never stored twice.

use leptos::prelude::*;

use super::i18n::{text, Text};
use crate::edge::clock;
use crate::model::basics::history::History;
use crate::model::basics::number::Lang;
use crate::model::plan::facts::{FactSheet, Facts};
use crate::model::plan::Group;
use crate::model::projection::project::{Period, Projection};
use crate::model::projection::status::{assess_list, PlanSummary, Status};
use crate::model::projection::uncertainty::monte_carlo;
use crate::model::words::wording::FigureSource;
use crate::model::work::scenario::{at_pace, unique_name, REFERENCE_ID};
use crate::model::{Assumption, Band, Indicator, Plan, Run, Scenario, Verdict, Workspace};

/// Draws of the uncertainty run behind every band.
pub const DRAWS: usize = 10_000;
/// The seed of the uncertainty run: fixed, so a band is the same every time it is shown.
pub const SEED: u64 = 2025;

/// What one compared scenario gives: its name as shown and, per indicator, its projection and
/// status at its own assumptions (at its own pace).
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    pub id: String,
    pub name: String,
    pub results: Vec<(Projection, Status)>,
}

pub use super::notice::Notice;

/// What the planner is looking at, not their work: never saved, never undone.
#[derive(Clone, Copy)]
pub struct ViewState {
    /// Index of the indicator shown in the indicator view.
    pub selected: RwSignal<usize>,
    /// Ids of the scenarios shown beside the active one.
    pub compare: RwSignal<Vec<String>>,
    pub notice: RwSignal<Option<Notice>>,
    pub filter_status: RwSignal<Option<Verdict>>,
    pub filter_group: RwSignal<Option<Group>>,
    /// On a phone the indicator view is a screen of its own over the cards: open or not.
    pub opened: RwSignal<bool>,
}

/// What lists on the page are built from: the plan's id, each indicator's id and group,
/// and the plan's first and last year.
pub type PlanShape = (String, Vec<(String, Group)>, (u16, u16));

/// Most scenarios compared with the one shown (four in all).
pub const MAX_COMPARED: usize = 3;

#[derive(Clone, Copy)]
pub struct AppState {
    /// The plan compiled in (Resolution 32): loading and checking stored work use it.
    pub built_in: StoredValue<Plan>,
    /// The plan shown (the built-in one or one of the planner's), as adopted: ids, groups,
    /// defaults.
    pub plan: Memo<Plan>,
    /// What the page's lists are built from: the shown plan's id, its indicators' ids and
    /// groups. Parts that list indicators are built anew only when this changes.
    pub shape: Memo<PlanShape>,
    /// The plan as the shown scenario reads its ambiguous targets: every number shown
    /// is judged against this one.
    pub read_plan: Memo<Plan>,
    pub lang: RwSignal<Lang>,
    /// What the planner is looking at, apart from the work itself.
    pub view: ViewState,
    /// The planner's scenarios and which one is shown: what is saved and undone.
    pub workspace: RwSignal<Workspace>,
    pub history: StoredValue<History<Workspace>>,
    /// The resolution's own plan, every indicator on its required path from the commune's
    /// figures; never stored.
    pub reference: Memo<Scenario>,
    /// The commune's own figures, shared by every scenario (model::facts).
    pub facts: Memo<FactSheet>,
    pub active: Memo<Scenario>,
    pub active_id: Memo<String>,
    /// Every scenario as (id, name shown), the reference first: for pickers, which then
    /// do not re-render while assumptions change.
    pub choices: Memo<Vec<(String, String)>>,
    /// One assumption per indicator, in the plan's order, as the shown scenario sets it.
    pub assumptions: Memo<Vec<Assumption>>,
    /// Plan-wide change of pace, %: -20 is "everything 20 % slower".
    pub pace_pct: Memo<f64>,
    pub compared: Memo<Vec<Compared>>,
    /// The assumptions in force: the planner's, at the plan-wide pace.
    pub effective: Memo<Vec<Assumption>>,
    pub results: Memo<Vec<(Projection, Status)>>,
    pub summary: Memo<PlanSummary>,
    /// The uncertainty band of the selected indicator.
    pub band: Memo<Option<Band>>,
}

/// A scenario's name as shown: the reference is named in the chosen language, and a
/// scenario without a name (only a hand-edited file or store has none) never shows as an
/// empty choice.
fn shown_name(lang: Lang, id: &str, name: &str) -> String {
    if id == REFERENCE_ID {
        text(lang, Text::ReferenceName).to_string()
    } else if name.is_empty() {
        text(lang, Text::NewScenario).to_string()
    } else {
        crate::model::words::wording::scenario_name(name, lang)
    }
}

impl AppState {
    pub fn new(plan: Plan, workspace: Workspace, lang: Lang) -> AppState {
        let built_in = StoredValue::new(plan);
        let workspace = RwSignal::new(workspace);
        let plan = Memo::new(move |_| {
            workspace.with(|w| built_in.with_value(|b| w.shown_plan(b).clone()))
        });
        let shape = Memo::new(move |_| {
            let id = workspace.with(|w| w.plan.clone());
            plan.with(|p| {
                let list = p
                    .indicators
                    .iter()
                    .map(|i| (i.id.clone(), i.group))
                    .collect();
                (id, list, (p.base_year, p.horizon))
            })
        });
        // Its own memo: a slider moving an assumption leaves the figures, and so the
        // reference's paths, as they are.
        let facts = Memo::new(move |_| workspace.with(|w| w.facts_of(&w.plan).clone()));
        let reference =
            Memo::new(move |_| facts.with(|f| plan.with(|p| Scenario::reference(p, f, ""))));
        let active = Memo::new(move |_| {
            workspace.with(|w| w.get(&w.active).cloned().unwrap_or_else(|| reference.get()))
        });
        let assumptions = Memo::new(move |_| {
            facts.with(|f| active.with(|s| plan.with(|plan| s.assumptions_for(plan, f))))
        });
        let readings = Memo::new(move |_| active.with(|s| s.readings.clone()));
        let read_plan = Memo::new(move |_| readings.with(|r| plan.with(|p| p.read_as(r))));
        let pace_pct = Memo::new(move |_| active.with(|s| s.pace_pct));
        let effective: Memo<Vec<Assumption>> = Memo::new(move |_| {
            let pace = pace_pct.get();
            assumptions.with(|list| plan.with(|plan| at_pace(plan, list, pace)))
        });
        let results = Memo::new(move |_| {
            effective.with(|list| read_plan.with(|plan| assess_list(plan, list)))
        });
        let active_id = Memo::new(move |_| active.with(|s| s.id.clone()));
        let lang = RwSignal::new(lang);
        let choices = Memo::new(move |_| {
            let l = lang.get();
            let mut list = vec![(REFERENCE_ID.to_string(), shown_name(l, REFERENCE_ID, ""))];
            workspace.with(|w| {
                list.extend(
                    w.scenarios_of(&w.plan)
                        .map(|s| (s.id.clone(), shown_name(l, &s.id, &s.name))),
                )
            });
            list
        });
        let compare = RwSignal::new(Vec::<String>::new());
        // The compared scenarios themselves, apart from their evaluation: editing the shown
        // scenario leaves them equal, so the projections below are not redone per slider step.
        let compared_scenarios = Memo::new(move |_| {
            let ids = compare.get();
            let shown = active_id.get();
            workspace.with(|w| {
                ids.iter()
                    .filter(|id| **id != shown)
                    .filter_map(|id| {
                        if id == REFERENCE_ID {
                            Some(reference.get())
                        } else {
                            // Only the shown plan's: a scenario of another plan has
                            // other indicators.
                            w.get(id).filter(|s| s.plan == w.plan).cloned()
                        }
                    })
                    .collect::<Vec<_>>()
            })
        });
        let compared = Memo::new(move |_| {
            let l = lang.get();
            compared_scenarios.with(|list| {
                plan.with(|plan| {
                    list.iter()
                        .map(|s| {
                            let read = plan.read_as(&s.readings);
                            Compared {
                                id: s.id.clone(),
                                name: shown_name(l, &s.id, &s.name),
                                results: facts.with(|f| assess_list(&read, &s.in_force(&read, f))),
                            }
                        })
                        .collect()
                })
            })
        });
        let summary = Memo::new(move |_| {
            results.with(|r| PlanSummary::of(r.iter().map(|(_, s)| &s.verdict)))
        });
        let selected = RwSignal::new(0usize);
        let band = Memo::new(move |_| {
            let i = selected.get();
            effective.with(|list| {
                read_plan.with(|plan| {
                    let ind = plan.indicators.get(i)?;
                    let a = list.get(i)?;
                    let run = Run {
                        draws: DRAWS,
                        seed: SEED,
                        stream: i as u64,
                    };
                    Some(monte_carlo(ind, a, &plan.settings, Period::of(plan), run))
                })
            })
        });
        AppState {
            built_in,
            plan,
            shape,
            read_plan,
            lang,
            view: ViewState {
                selected,
                compare,
                notice: RwSignal::new(None),
                filter_status: RwSignal::new(None),
                filter_group: RwSignal::new(None),
                opened: RwSignal::new(false),
            },
            workspace,
            history: StoredValue::new(History::default()),
            reference,
            facts,
            active,
            active_id,
            choices,
            assumptions,
            pace_pct,
            compared,
            effective,
            results,
            summary,
            band,
        }
    }

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
                    w.facts_of_mut(&plan_id)
                        .insert(ind.id.clone(), Facts::of(&a, now));
                    return;
                }
                let id = state.editable(w, now);
                w.edit_assumption(plan, &id, index, a, now);
            });
        });
    }

    /// Sets (or clears) one of the commune's figures from the sheet.
    pub fn set_fact(&self, index: usize, year: u16, value: Option<f64>) {
        let state = *self;
        self.change(&format!("fact:{index}:{year}"), move |w, now| {
            state.plan.with(|plan| {
                let Some(ind) = plan.indicators.get(index) else {
                    return;
                };
                let plan_id = w.plan.clone();
                w.facts_of_mut(&plan_id)
                    .entry(ind.id.clone())
                    .or_default()
                    .set_figure(year, plan.base_year, value, now);
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

    /// The selected indicator and what is derived for it, made once for the indicator view
    /// and shared by its parts.
    pub fn selection(&self) -> Selection {
        let (state, index) = (*self, self.view.selected);
        Selection {
            indicator: Memo::new(move |_| {
                state
                    .read_plan
                    .with(|p| p.indicators.get(index.get()).cloned())
            }),
            assumption: Memo::new(move |_| state.assumptions.with(|l| l.get(index.get()).cloned())),
            effective: Memo::new(move |_| state.effective.with(|l| l.get(index.get()).cloned())),
            result: Memo::new(move |_| state.results.with(|r| r.get(index.get()).cloned())),
        }
    }

    /// The indicator at a position, as the shown scenario reads it. While another plan
    /// replaces this one, the old parts still hear the new plan once before they go: they
    /// keep what they showed rather than index past the end.
    pub fn indicator_at(&self, index: usize) -> Memo<Indicator> {
        let read_plan = self.read_plan;
        Memo::new(move |prev: Option<&Indicator>| {
            read_plan.with(|p| {
                p.indicators
                    .get(index)
                    .or(prev)
                    .or(p.indicators.first())
                    .cloned()
                    .unwrap_or_else(|| {
                        crate::model::work::plans::blank_indicator("1", p.base_year, p.horizon)
                    })
            })
        })
    }

    /// One indicator's projections under the compared scenarios.
    /// Whether an indicator's numbers rest on an illustrative baseline (reactive).
    pub fn illustrative(&self, index: usize) -> bool {
        let a = self.assumptions.with(|l| l.get(index).cloned());
        self.read_plan.with(|p| {
            p.indicators
                .get(index)
                .zip(a)
                .is_some_and(|(i, a)| i.illustrative_under(&a))
        })
    }

    /// Whether the shown scenario keeps its own figures for an indicator (reactive).
    pub fn owns_figures(&self, index: usize) -> bool {
        let id = self
            .plan
            .with(|p| p.indicators.get(index).map(|i| i.id.clone()));
        id.is_some_and(|id| self.active.with(|s| s.owns_figures(&id)))
    }

    /// The 2025 figure in use for an indicator and where it comes from (reactive).
    pub fn figure_source(&self, index: usize) -> Option<(f64, FigureSource)> {
        let a = self.assumptions.with(|l| l.get(index).cloned())?;
        let (value, id) = self.read_plan.with(|p| {
            p.indicators
                .get(index)
                .map(|i| (a.baseline_for(&i.limits()), i.id.clone()))
        })?;
        let source = if self.owns_figures(index) {
            FigureSource::Scenario
        } else {
            match self.facts.with(|f| {
                f.get(&id)
                    .filter(|f| f.baseline.is_some())
                    .map(|f| f.changed_ms)
            }) {
                Some(ms) => FigureSource::Commune {
                    entered: clock::date(ms),
                },
                None => FigureSource::Plan,
            }
        };
        Some((value, source))
    }

    /// How many indicators still rest on an illustrative baseline (reactive).
    pub fn illustrative_count(&self) -> usize {
        self.assumptions.with(|l| {
            self.read_plan.with(|p| {
                p.indicators
                    .iter()
                    .zip(l)
                    .filter(|(i, a)| i.illustrative_under(a))
                    .count()
            })
        })
    }

    /// Whether any indicator's numbers rest on an illustrative baseline (reactive).
    pub fn any_illustrative(&self) -> bool {
        self.illustrative_count() > 0
    }

    pub fn compared_projections(&self, index: Signal<usize>) -> Memo<Vec<Projection>> {
        let compared = self.compared;
        Memo::new(move |_| {
            let i = index.get();
            compared.with(|c| {
                c.iter()
                    .filter_map(|c| c.results.get(i).map(|(p, _)| p.clone()))
                    .collect()
            })
        })
    }

    /// The projection and status of one indicator, as its own memo so a card only
    /// re-renders when its own numbers change.
    pub fn result(&self, index: usize) -> Memo<Option<(Projection, Status)>> {
        let results = self.results;
        Memo::new(move |_| results.with(|r| r.get(index).cloned()))
    }
}

/// The selected indicator, the planner's assumption for it, the assumption in force (at
/// the plan-wide pace) and its projection and status.
#[derive(Clone, Copy)]
pub struct Selection {
    pub indicator: Memo<Option<Indicator>>,
    pub assumption: Memo<Option<Assumption>>,
    pub effective: Memo<Option<Assumption>>,
    pub result: Memo<Option<(Projection, Status)>>,
}
