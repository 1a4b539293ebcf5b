//! Scenarios side by side: each indicator's outcome by the target year and its status under
//! the shown scenario and each compared one, with the difference from the shown one.
//!
//! Imports: nothing.

use leptos::prelude::*;

use crate::model::basics::number::Lang;
use crate::model::projection::target::show_outcome;
use crate::model::words::comparison::{better, show_difference};
use crate::model::words::reason::with_unit;
use crate::model::Indicator;
use crate::ui::i18n::{live_text, text, verdict_text, Text};
use crate::ui::state::AppState;
use crate::ui::words::{capitalised, target_words};

/// An outcome with the target's unit, as the cards show it.
fn outcome(ind: &Indicator, v: f64, lang: Lang) -> String {
    with_unit(&show_outcome(ind, v, lang), ind.target_unit(lang))
}

#[component]
pub fn CompareTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let rows = move || {
        let l = lang.get();
        let compared = state.compared.get();
        let shown = state.results.get();
        state.plan.with(|plan| {
            plan.indicators
                .iter()
                .zip(&shown)
                .enumerate()
                .map(|(i, (ind, (_, s)))| {
                    let others = compared
                        .iter()
                        .filter_map(|c| c.results.get(i))
                        .map(|(_, o)| {
                            let diff = o.outcome - s.outcome;
                            let b = better(ind, s.outcome, o.outcome);
                            view! {
                                <td data-value=o.outcome.to_string()>{outcome(ind, o.outcome, l)}</td>
                                <td><span class=format!("badge {}", o.verdict.key())>{verdict_text(l, o.verdict)}</span></td>
                                <td class=format!("diff {}", b.key()) data-diff=diff.to_string() data-better=b.key()>
                                    <span aria-hidden="true">{b.symbol()}</span>" "{show_difference(ind, s.outcome, o.outcome, l)}
                                </td>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr data-row=ind.id.clone()>
                            <th scope="row"><span class="id">{ind.id.clone()}</span>" "{capitalised(ind.name(l))}</th>
                            <td>{target_words(ind, l)}</td>
                            <td data-value=s.outcome.to_string()>{outcome(ind, s.outcome, l)}</td>
                            <td><span class=format!("badge {}", s.verdict.key())>{verdict_text(l, s.verdict)}</span></td>
                            {others}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || !state.compared.with(|c| c.is_empty())>
            <section class="compare" data-compare-table="">
                <h2>{live_text(lang, Text::CompareTitle)}</h2>
                <div class="table-scroll">
                    <table>
                        <thead>
                            <tr>
                                <th rowspan="2">{live_text(lang, Text::CsvIndicator)}</th>
                                <th rowspan="2">{live_text(lang, Text::Target)}</th>
                                <th colspan="2" class="shown">{move || state.name_of(&state.active.get())}</th>
                                {move || state.compared.get().into_iter().map(|c| view! {
                                    <th colspan="3" data-scenario=c.id.clone()>{c.name.clone()}</th>
                                }).collect_view()}
                            </tr>
                            <tr>
                                <th>{live_text(lang, Text::Projected)}</th>
                                <th>{live_text(lang, Text::Status)}</th>
                                {move || {
                                    let l = lang.get();
                                    // One meaning per word: the difference is against the shown scenario, named.
                                    let against = format!("{} {}", text(l, Text::Against), state.name_of(&state.active.get()));
                                    state.compared.get().into_iter().map(|_| view! {
                                        <th>{text(l, Text::Projected)}</th>
                                        <th>{text(l, Text::Status)}</th>
                                        <th data-against="">{against.clone()}</th>
                                    }).collect_view()
                                }}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        </Show>
    }
}

// CompareTable as a module of its own, fetched when first opened (ui::lazy).
crate::split_screen!(compare_screen, load, || view! { <CompareTable /> });
