//! The report's first page: one table in the layout of the data annex a People's Council
//! receives (indicator, unit, target, 2025, each year, verdict), actual values marked apart
//! from projections and illustrative baselines marked.

use leptos::prelude::*;

use super::i18n::{live_text, verdict_text, Text};
use super::state::AppState;
use super::words::{capitalised, target_words};
use crate::model::target::show_value;

#[component]
pub fn ReportSummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let years: Vec<u16> = state
        .plan
        .with_value(|p| (p.base_year..=p.horizon).collect());
    let head = years
        .iter()
        .map(|y| view! { <th scope="col">{*y}</th> })
        .collect_view();
    let rows = move || {
        let l = lang.get();
        let results = state.results.get();
        state.read_plan.with(|plan| {
            plan.indicators
                .iter()
                .zip(&results)
                .enumerate()
                .map(|(k, (ind, (p, s)))| {
                    let marked = state.illustrative(k);
                    let cells = p
                        .values
                        .iter()
                        .enumerate()
                        .map(|(j, v)| {
                            // Known values (the baseline, entered actuals) set apart from
                            // projections: bold, and named so in the note under the table.
                            let known = j <= p.start;
                            let mark = if j == 0 && marked { "†" } else { "" };
                            view! {
                                <td class:known=known data-kind=if known { "actual" } else { "projected" }>
                                    {show_value(ind, *v, l)}{mark}
                                </td>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr data-summary-row=ind.id.clone()>
                            <td class="id">{ind.id.clone()}</td>
                            <th scope="row">{capitalised(ind.name(l))}</th>
                            <td class="unit-cell">{ind.unit(l).to_string()}</td>
                            <td class="target-cell">{target_words(ind, l)}</td>
                            {cells}
                            <td class="verdict">{verdict_text(l, s.verdict)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="report-summary" data-report-summary="">
            <h1>{live_text(lang, Text::SummaryTableTitle)}</h1>
            <p class="summary-meta">
                {move || state.plan.with_value(|plan| crate::model::wording::resolution_name(&plan.resolution, lang.get()))}
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
                <tbody>{rows}</tbody>
            </table>
            <p class="annex-note">{live_text(lang, Text::AnnexKnownNote)}</p>
            <Show when=move || state.any_illustrative()>
                <p class="annex-note" data-annex-illustrative="">{live_text(lang, Text::AnnexIllustrativeNote)}</p>
            </Show>
        </section>
    }
}
