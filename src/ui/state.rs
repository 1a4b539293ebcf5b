//! The app's reactive state: the plan, the planner's assumptions and what is derived from
//! them. Projections and statuses are memos, never stored twice.

use leptos::prelude::*;

use crate::model::number::Lang;
use crate::model::project::{project, Period, Projection};
use crate::model::status::{assess, PlanSummary, Status};
use crate::model::{monte_carlo, Assumption, Band, Plan};

/// Draws of the uncertainty run behind every band.
pub const DRAWS: usize = 10_000;
/// The seed of the uncertainty run: fixed, so a band is the same every time it is shown.
pub const SEED: u64 = 2025;

#[derive(Clone, Copy)]
pub struct AppState {
    pub plan: StoredValue<Plan>,
    pub lang: RwSignal<Lang>,
    /// Index of the indicator shown in the detail panel.
    pub selected: RwSignal<usize>,
    /// One assumption per indicator, in the plan's order.
    pub assumptions: RwSignal<Vec<Assumption>>,
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
        let results: Memo<Vec<(Projection, Status)>> = Memo::new(move |_| {
            assumptions.with(|list| {
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
            assumptions.with(|list| {
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
            results,
            summary,
            band,
        }
    }
}
