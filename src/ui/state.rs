//! The app's reactive state: the plan, the planner's assumptions and what is derived from
//! them. Projections, statuses and bands are memos, never stored twice.

use leptos::prelude::*;

use crate::model::number::Lang;
use crate::model::plan::Group;
use crate::model::project::{project, Period, Projection};
use crate::model::status::{assess, PlanSummary, Status};
use crate::model::uncertainty::monte_carlo;
use crate::model::{Assumption, Band, Indicator, Plan, Verdict};

/// Draws of the uncertainty run behind every band.
pub const DRAWS: usize = 10_000;
/// The seed of the uncertainty run: fixed, so a band is the same every time it is shown.
pub const SEED: u64 = 2025;

#[derive(Clone, Copy)]
pub struct AppState {
    pub plan: StoredValue<Plan>,
    pub lang: RwSignal<Lang>,
    /// Index of the indicator shown in the indicator view.
    pub selected: RwSignal<usize>,
    /// One assumption per indicator, in the plan's order, as the planner set it.
    pub assumptions: RwSignal<Vec<Assumption>>,
    /// Plan-wide change of pace, %: -20 is "everything 20 % slower".
    pub pace_pct: RwSignal<f64>,
    pub filter_status: RwSignal<Option<Verdict>>,
    pub filter_group: RwSignal<Option<Group>>,
    /// The assumptions in force: the planner's, at the plan-wide pace.
    pub effective: Memo<Vec<Assumption>>,
    pub results: Memo<Vec<(Projection, Status)>>,
    pub summary: Memo<PlanSummary>,
    /// The uncertainty band of the selected indicator.
    pub band: Memo<Option<Band>>,
}

impl AppState {
    pub fn new(plan: Plan, lang: Lang) -> AppState {
        let assumptions = RwSignal::new(
            plan.indicators
                .iter()
                .map(|i| i.assumption.clone())
                .collect::<Vec<_>>(),
        );
        let plan = StoredValue::new(plan);
        let pace_pct = RwSignal::new(0.0);
        let effective: Memo<Vec<Assumption>> = Memo::new(move |_| {
            let factor = 1.0 + pace_pct.get() / 100.0;
            assumptions.with(|list| {
                plan.with_value(|plan| {
                    plan.indicators
                        .iter()
                        .zip(list)
                        .map(|(i, a)| a.scaled(factor, i))
                        .collect()
                })
            })
        });
        let results: Memo<Vec<(Projection, Status)>> = Memo::new(move |_| {
            effective.with(|list| {
                plan.with_value(|plan| {
                    let period = Period::of(plan);
                    plan.indicators
                        .iter()
                        .zip(list)
                        .map(|(ind, a)| {
                            let p = project(ind, a, period);
                            let s = assess(ind, a, &plan.settings, &p);
                            (p, s)
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
                plan.with_value(|plan| {
                    let ind = plan.indicators.get(i)?;
                    let a = list.get(i)?;
                    Some(monte_carlo(
                        ind,
                        a,
                        &plan.settings,
                        Period::of(plan),
                        DRAWS,
                        SEED,
                        i as u64,
                    ))
                })
            })
        });
        AppState {
            plan,
            lang: RwSignal::new(lang),
            selected,
            assumptions,
            pace_pct,
            filter_status: RwSignal::new(None),
            filter_group: RwSignal::new(None),
            effective,
            results,
            summary,
            band,
        }
    }

    /// Changes one indicator's assumption; the caller has validated every number.
    pub fn edit(&self, index: usize, change: impl FnOnce(&mut Assumption)) {
        self.assumptions.update(|list| {
            if let Some(a) = list.get_mut(index) {
                change(a);
            }
        });
    }

    /// The selected indicator and what is derived for it, made once for the indicator view
    /// and shared by its parts.
    pub fn selection(&self) -> Selection {
        let (state, index) = (*self, self.selected);
        Selection {
            indicator: Memo::new(move |_| {
                state
                    .plan
                    .with_value(|p| p.indicators.get(index.get()).cloned())
            }),
            assumption: Memo::new(move |_| state.assumptions.with(|l| l.get(index.get()).cloned())),
            effective: Memo::new(move |_| state.effective.with(|l| l.get(index.get()).cloned())),
            result: Memo::new(move |_| state.results.with(|r| r.get(index.get()).cloned())),
        }
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
