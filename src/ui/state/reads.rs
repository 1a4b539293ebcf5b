//! What the views read of the app's state: the selection, one indicator, its figures
//! and their source, and the memos of its projection and status.

use super::{AppState, Selection};
use crate::edge::clock;
use crate::model::projection::project::Projection;
use crate::model::projection::status::Status;
use crate::model::words::wording::FigureSource;
use crate::model::Indicator;
use leptos::prelude::*;

impl AppState {
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
