//! Year by year: actual values (editable), the projection, the plan's path, the band.

use leptos::prelude::*;

use crate::model::basics::number::{FieldError, Rules};
use crate::model::plan::assumption::Method;
use crate::model::projection::project::MAX_VALUE;
use crate::model::projection::solve::required_path;
use crate::model::projection::target::show_value;
use crate::model::words::wording::against_same_period;
use crate::model::work::edit::figure_rules;
use crate::ui::chart::charted_as_total;
use crate::ui::i18n::{live_text, num, text, Text};
use crate::ui::state::{AppState, Selection};

/// Year by year: actual values (editable), the projection, the required path and the
/// band; for a typed path, the planned values too. The chart's text alternative.
/// Rows are built once per indicator; only the numbers in them follow the sliders.
#[component]
pub fn YearTable(sel: Selection) -> impl IntoView {
    let state = expect_context::<AppState>();
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
                let planned = Signal::derive(move || {
                    assumption.with(|a| match a.as_ref().map(|a| &a.method) {
                        Some(Method::Path { points }) => points.iter().find(|p| p.0 == year).map(|p| p.1),
                        _ => None,
                    })
                });
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
                                    <YearCell year=year value=actual kind=CellKind::Actual />
                                    <small class="same-period" data-same-period=year.to_string()>{same_period}</small>
                                }.into_any()
                            } else {
                                view! { <span class="muted">{live_text(lang, Text::BaselineShort)}</span> }.into_any()
                            }}
                        </td>
                        <Show when=move || is_path.get()>
                            <td>
                                {if editable {
                                    view! { <YearCell year=year value=planned kind=CellKind::Planned /> }.into_any()
                                } else {
                                    ().into_any()
                                }}
                            </td>
                        </Show>
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
    view! {
        <table class="years" data-table="years">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{live_text(lang, Text::Year)}</th>
                    <th scope="col">{live_text(lang, Text::ChartActual)}</th>
                    <Show when=move || is_path.get()><th scope="col">{live_text(lang, Text::Planned)}</th></Show>
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CellKind {
    Actual,
    Planned,
}

/// An editable year value: empty clears it; anything invalid shows a message and changes
/// nothing. Its text follows the value in force (undo, redo, another scenario, another
/// tab, an import, the language), and shows it in the language's style after a commit.
#[component]
fn YearCell(year: u16, value: Signal<Option<f64>>, kind: CellKind) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let index = state.view.selected.get_untracked();
    let error = RwSignal::new(None::<FieldError>);
    let rules = state
        .plan
        .with(|p| p.indicators.get(index).map(figure_rules))
        .unwrap_or(Rules {
            min: 0.0,
            max: MAX_VALUE,
            whole: false,
        });
    let name = match kind {
        CellKind::Actual => format!("actual-{year}"),
        CellKind::Planned => format!("planned-{year}"),
    };
    let label = move || {
        let what = match kind {
            CellKind::Actual => text(lang.get(), Text::ChartActual),
            CellKind::Planned => text(lang.get(), Text::Planned),
        };
        format!("{what} {year}")
    };
    let shown = move |v: Option<f64>, l| v.map(|v| num(v, l)).unwrap_or_default();
    let text = RwSignal::new(shown(value.get_untracked(), lang.get_untracked()));
    // The value in force changed elsewhere: the cell says so (unless its text already
    // stands for that value, so typing is never interrupted).
    Effect::new(move |_| {
        let (v, l) = (value.get(), lang.get());
        let same = rules
            .check_optional(&text.get_untracked(), l)
            .is_ok_and(|t| t == v);
        if !same {
            text.set(shown(v, l));
            error.set(None);
        }
    });
    let commit = move |raw: String| {
        let l = lang.get_untracked();
        match rules.check_optional(&raw, l) {
            Ok(v) => {
                error.set(None);
                text.set(shown(v, l));
                state.edit(index, move |a| match kind {
                    CellKind::Actual => {
                        match v {
                            Some(v) => a.actuals.insert(year, v),
                            None => a.actuals.remove(&year),
                        };
                    }
                    CellKind::Planned => {
                        if let Method::Path { points } = &mut a.method {
                            points.retain(|p| p.0 != year);
                            if let Some(v) = v {
                                points.push((year, v));
                                points.sort_by_key(|p| p.0);
                            }
                        }
                    }
                });
            }
            Err(e) => {
                text.set(raw);
                error.set(Some(e));
            }
        }
    };
    view! {
        <input
            type="text"
            inputmode="decimal"
            class="year-input"
            data-input=name.clone()
            data-value=move || value.get().map(|v| v.to_string()).unwrap_or_default()
            aria-label=label
            aria-invalid=move || error.get().is_some().to_string()
            prop:value=move || text.get()
            on:change=move |ev| commit(event_target_value(&ev))
        />
        <span class="field-message" role="alert" data-message=name>{move || error.get().map(|e| crate::ui::field::message(e, lang.get())).unwrap_or_default()}</span>
    }
}
