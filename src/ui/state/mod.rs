//! The app's reactive state: the plan, the planner's assumptions and what is derived from
//! them. Projections, statuses and bands are memos, never stored twice.
//!
//! `changes` holds every change to it, `reads` what the views read of it.
//!
//! Imports: nothing.

mod changes;
mod reads;

use leptos::prelude::*;

use crate::model::basics::history::History;
use crate::model::basics::number::Lang;
use crate::model::plan::facts::FactSheet;
use crate::model::plan::Group;
use crate::model::projection::project::{Period, Projection};
use crate::model::projection::status::{assess_list, PlanSummary, Status};
use crate::model::projection::uncertainty::monte_carlo;
use crate::model::work::scenario::{at_pace, REFERENCE_ID};
use crate::model::{Assumption, Band, Indicator, Plan, Run, Scenario, Verdict, Workspace};
use crate::ui::i18n::{text, Text};

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

pub use crate::ui::notice::Notice;

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
