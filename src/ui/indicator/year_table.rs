//! Year by year: each year's figure (an estimate or the confirmed one, with its date),
//! the year's target the council adopted (proposed from the path to 2030 until typed),
//! the projection, the plan's path, the band. Fetched once the first screen has
//! settled (ui::lazy): the cards and chart do not wait for it.

use leptos::prelude::*;

use super::year_cells::{AnnualTargetCell, FigureCell, PlannedCell};
use crate::model::plan::assumption::Method;
use crate::model::projection::solve::required_path;
use crate::model::projection::target::show_value;
use crate::model::words::wording::against_same_period;
use crate::model::year::words::{word, YearWord};
use crate::ui::chart::charted_as_total;
use crate::ui::i18n::{live_text, text, Text};
use crate::ui::state::{AppState, Selection};

/// Year by year: actual values (editable), the projection, the required path and the
/// band; for a typed path, the planned values too. The chart's text alternative.
/// Rows are built once per indicator; only the numbers in them follow the sliders.
#[component]
pub fn YearTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let sel = expect_context::<Selection>();
    let lang = state.lang;
    let index = state.view.selected;
    let (ind, assumption, result) = (sel.indicator, sel.assumption, sel.result);
    let is_path = Memo::new(move |_| {
        assumption
            .get()
            .is_some_and(|a| matches!(a.method, Method::Path { .. }))
    });
    let required_path = Memo::new(move |_| {
        let (i, e) = (ind.get()?, sel.effective.get()?);
        state.plan.with(|plan| {
            required_path(
                &i,
                &e,
                &plan.settings,
                crate::model::projection::project::Period::of(plan),
            )
        })
    });
    let years: Vec<u16> = state.plan.with(|p| (p.base_year..=p.horizon).collect());
    let caption = move || {
        let l = lang.get();
        let unit = ind.get().map(|i| i.unit(l).to_string()).unwrap_or_default();
        let total = ind.get().is_some_and(|i| charted_as_total(&i));
        format!(
            "{} ({unit}){}",
            text(l, Text::YearTable),
            if total {
                text(l, Text::YearlyNotTotal)
            } else {
                ""
            }
        )
    };
    let cell = move |field: &'static str, value: Box<dyn Fn() -> Option<f64> + Send + Sync>| {
        let value = Signal::derive(value);
        view! {
            <td data-field=field data-value=move || value.get().map(|v| v.to_string()).unwrap_or_default()>
                {move || value.get().and_then(|v| ind.with(|i| i.as_ref().map(|i| show_value(i, v, lang.get())))).unwrap_or_default()}
            </td>
        }
    };
    // A column for each compared scenario: its projection beside this one's.
    let others = state.compared_projections(index.into());
    let rows = move || {
        // Re-created only when another indicator is selected (the editable cells belong to it).
        let _ = index.get();
        years
            .iter()
            .enumerate()
            .map(|(k, &year)| {
                let editable = k > 0;
                let actual = Signal::derive(move || assumption.with(|a| a.as_ref().and_then(|a| a.actuals.get(&year).copied())));
                view! {
                    <tr data-year=year.to_string()>
                        <th scope="row">{year.to_string()}</th>
                        <td>
                            {if editable {
                                // Once there is an actual: how it compares with the year before.
                                let same_period = move || {
                                    let now = actual.get()?;
                                    let before = result.with(|r| r.as_ref().and_then(|(p, _)| (k - 1 <= p.start).then(|| p.values[k - 1])))?;
                                    ind.with(|i| i.as_ref().and_then(|i| against_same_period(i, now, before, lang.get())))
                                };
                                view! {
                                    <FigureCell year=year />
                                    <small class="same-period" data-same-period=year.to_string()>{same_period}</small>
                                }.into_any()
                            } else {
                                view! { <span class="muted">{live_text(lang, Text::BaselineShort)}</span> }.into_any()
                            }}
                        </td>
                        <Show when=move || is_path.get()>
                            <td>
                                {if editable {
                                    view! { <PlannedCell year=year /> }.into_any()
                                } else {
                                    ().into_any()
                                }}
                            </td>
                        </Show>
                        <td>{editable.then(|| view! { <AnnualTargetCell year=year /> })}</td>
                        {cell("projection", Box::new(move || result.with(|r| r.as_ref().and_then(|(p, _)| p.values.get(k).copied()))))}
                        {cell("required", Box::new(move || required_path.with(|r| r.as_ref().and_then(|v| v.get(k).copied()))))}
                        {cell("p10", Box::new(move || state.band.with(|b| b.as_ref().and_then(|b| b.p10.get(k).copied()))))}
                        {cell("p90", Box::new(move || state.band.with(|b| b.as_ref().and_then(|b| b.p90.get(k).copied()))))}
                        {move || others.get().iter().enumerate().map(|(j, p)| {
                            let v = p.values.get(k).copied();
                            view! {
                                <td data-field=format!("compared-{j}") data-value=v.map(|v| v.to_string()).unwrap_or_default()>
                                    {v.and_then(|v| ind.with(|i| i.as_ref().map(|i| show_value(i, v, lang.get())))).unwrap_or_default()}
                                </td>
                            }
                        }).collect_view()}
                    </tr>
                }
            })
            .collect_view()
    };
    // The latest figure the projection starts from, saying which it is.
    let latest = move || {
        let i = ind.get()?;
        let l = lang.get();
        let (year, value, kind) = state
            .facts
            .with(|f| crate::model::year::next_target::latest_known(&i, f.get(&i.id), u16::MAX));
        let kind = kind.filter(|_| !state.owns_figures(index.get()))?;
        Some(crate::model::year::next_target::figure_words(
            &i,
            year,
            value,
            Some(kind),
            l,
        ))
    };
    view! {
        <p class="latest-figure" data-latest-figure="">{latest}</p>
        <table class="years" data-table="years">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{live_text(lang, Text::Year)}</th>
                    <th scope="col">{live_text(lang, Text::ChartActual)}</th>
                    <Show when=move || is_path.get()><th scope="col">{live_text(lang, Text::Planned)}</th></Show>
                    <th scope="col">{move || word(YearWord::AnnualTarget, lang.get())}</th>
                    <th scope="col">{live_text(lang, Text::ChartProjection)}</th>
                    <th scope="col">{live_text(lang, Text::ChartRequired)}</th>
                    <th scope="col">{live_text(lang, Text::BandLow)}</th>
                    <th scope="col">{live_text(lang, Text::BandHigh)}</th>
                    {move || state.compared.get().into_iter().map(|c| view! {
                        <th scope="col" data-compared-column=c.id.clone()>{c.name.clone()}</th>
                    }).collect_view()}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

// The year table as a module of its own, fetched once the first screen has settled.
crate::split_screen!(year_table_piece, load, || view! { <YearTable /> });
