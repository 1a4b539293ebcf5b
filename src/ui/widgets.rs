//! Small pieces several views share.

use leptos::prelude::*;

use super::i18n::{live_text, Text};
use super::state::AppState;
use crate::edge::files;

/// Downloads the chart drawn on `canvas[data-chart=<chart>]` as a PNG named after the
/// indicator and the scenario.
#[component]
pub fn PngButton(chart: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let download = move |_| {
        let id = state
            .plan
            .with(|p| {
                p.indicators
                    .get(state.view.selected.get_untracked())
                    .map(|i| i.id.clone())
            })
            .unwrap_or_default();
        let scenario = state.name_of(&state.active.get_untracked());
        let name = format!(
            "bac-yen-{id}-{}.png",
            super::screens::exports::slug(&scenario)
        );
        if files::download_chart_png(chart, &name).is_err() {
            leptos::logging::warn!("chart not downloaded");
        }
    };
    view! {
        <button type="button" class="png" data-action="png" on:click=download>{live_text(lang, Text::Png)}</button>
    }
}
