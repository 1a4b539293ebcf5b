//! The report's first page: one table in the layout of the data annex a People's Council
//! receives (indicator, unit, target, 2025, each year, verdict), actual values marked apart
//! from projections and illustrative baselines marked.

use leptos::prelude::*;

use crate::ui::i18n::{live_text, Text};
use crate::ui::state::AppState;

#[component]
pub fn ReportSummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let years: Vec<u16> = state.plan.with(|p| (p.base_year..=p.horizon).collect());
    let head = years
        .iter()
        .map(|y| view! { <th scope="col">{*y}</th> })
        .collect_view();
    let rows = move || {
        let marks: Vec<bool> = (0..state.read_plan.with(|p| p.indicators.len()))
            .map(|k| state.illustrative(k))
            .collect();
        state.results.with(|results| {
            state.read_plan.with(|plan| {
                crate::model::writing::html::annex_rows(plan, results, &marks, lang.get())
            })
        })
    };
    view! {
        <section class="report-summary" data-report-summary="">
            <h1>{live_text(lang, Text::SummaryTableTitle)}</h1>
            <p class="summary-meta">
                {move || state.plan.with(|plan| crate::model::words::wording::resolution_name(&plan.resolution, lang.get()))}
                " · "{move || state.name_of(&state.active.get())}
            </p>
            <table class="annex">
                <thead>
                    <tr>
                        <th scope="col">{live_text(lang, Text::Code)}</th>
                        <th scope="col">{live_text(lang, Text::CsvIndicator)}</th>
                        <th scope="col">{live_text(lang, Text::UnitShort)}</th>
                        <th scope="col">{live_text(lang, Text::Target)}</th>
                        {head}
                        <th scope="col">{live_text(lang, Text::Status)}</th>
                    </tr>
                </thead>
                <tbody inner_html=rows></tbody>
            </table>
            <p class="annex-note">{live_text(lang, Text::AnnexKnownNote)}</p>
            <Show when=move || state.any_illustrative()>
                <p class="annex-note" data-annex-illustrative="">{live_text(lang, Text::AnnexIllustrativeNote)}</p>
            </Show>
        </section>
    }
}
