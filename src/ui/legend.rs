//! What a large chart's lines mean and what its vertical axis counts: in the indicator
//! view and, large, on a slide (a projected chart must say its unit and its lines).

use leptos::prelude::*;

use super::i18n::{live_text, text, Text};
use super::state::AppState;
use crate::model::Indicator;

/// Each compared scenario's marker, as the chart draws it (ui::chart).
const MARKERS: [&str; 3] = ["□", "×", "△"];

#[component]
pub fn ChartLegend(indicator: Memo<Option<Indicator>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let unit = move || {
        let l = lang.get();
        indicator
            .get()
            .map(|i| format!("{}: {}", text(l, Text::AxisUnit), i.unit(l)))
            .unwrap_or_default()
    };
    view! {
        <p class="axis-unit" data-axis-unit="">{unit}</p>
        <ul class="legend" aria-hidden="true">
            <li class="projection">{live_text(lang, Text::ChartProjection)}</li>
            <li class="target">{live_text(lang, Text::ChartTarget)}</li>
            <li class="required">{live_text(lang, Text::ChartRequired)}</li>
            <li class="band">{live_text(lang, Text::ChartBand)}</li>
            <li class="actual">{live_text(lang, Text::ChartActual)}</li>
            {move || state.compared.get().into_iter().enumerate().map(|(k, c)| view! {
                <li class=format!("other other-{k}") data-legend=c.id.clone()>
                    <span class="marker">{MARKERS[k % MARKERS.len()]}</span>" "{c.name.clone()}
                </li>
            }).collect_view()}
        </ul>
    }
}
