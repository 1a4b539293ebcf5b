//! The indicator view: choose the method, edit the baseline and the assumption (slider and
//! number field in step), enter actual values, see the large chart, the year-by-year table,
//! the rate it would take with a one-click "use it", and the notes.

use leptos::prelude::*;

use super::chart::{charted_as_total, ChartCanvas, ChartData, ChartSize};
use super::field::NumberField;
use super::i18n::{method_name, num, parameter_unit, t, tr, verdict_text, Text};
use super::state::{AppState, Selection};
use super::words::{capitalised, target_words};
use crate::edge::files;
use crate::model::assumption::{Method, Spread};
use crate::model::edit::{methods_for, slider_range, switch_method};
use crate::model::number::Rules;
use crate::model::number::{format_number, FieldError};
use crate::model::project::MAX_VALUE;
use crate::model::reason::{parameter_phrase, sentence};
use crate::model::solve::{required_at_pace, required_path, SolveError};
use crate::model::Assumption;

#[component]
pub fn IndicatorView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let index = state.selected;
    let sel = state.selection();
    let Selection {
        indicator: ind,
        assumption,
        result,
        ..
    } = sel;
    let data = chart_data(sel);
    let chart_label = Signal::derive(move || {
        let (Some(i), Some((p, s))) = (ind.get(), result.get()) else {
            return String::new();
        };
        let l = lang.get();
        let values: Vec<String> = p
            .period
            .years()
            .zip(&p.values)
            .map(|(y, v)| format!("{y}: {}", num(*v, l)))
            .collect();
        format!(
            "{} {}. {}: {}. {}. {}. {}",
            tr(l, Text::ChartLabel),
            i.id,
            tr(l, Text::Target),
            target_words(&i, l),
            values.join("; "),
            verdict_text(l, s.verdict),
            tr(l, Text::TableBelow)
        )
    });
    let edit =
        move |change: Box<dyn FnOnce(&mut Assumption)>| state.edit(index.get_untracked(), change);

    // Baseline field.
    let baseline_value = Signal::derive(move || match (ind.get(), assumption.get()) {
        (Some(i), Some(a)) => a.baseline_for(&i.limits()),
        _ => 0.0,
    });
    let baseline_rules = Signal::derive(move || {
        let i = ind.get();
        Rules {
            min: 0.0,
            max: i.as_ref().and_then(|i| i.ceiling).unwrap_or(MAX_VALUE),
            whole: i.is_some_and(|i| i.integer),
        }
    });
    let baseline_unit = Signal::derive(move || {
        ind.get()
            .map(|i| i.unit(lang.get().is_vi()).to_string())
            .unwrap_or_default()
    });
    // The baseline's slider spans 0 to the ceiling, or to twice the larger of baseline and
    // target; the field takes any valid value beyond it.
    let baseline_slider = Signal::derive(move || match ind.get() {
        Some(i) => {
            let top = i
                .ceiling
                .unwrap_or(2.0 * i.baseline.value.max(i.target.value).max(1.0));
            let top = top.max(baseline_value.get());
            let step = if i.integer || top > 1000.0 { 1.0 } else { 0.1 };
            (0.0, top, step)
        }
        None => (0.0, 1.0, 0.1),
    });

    // What the planner must type (at the plan-wide pace), and what that is in force.
    let required = Memo::new(move |_| {
        let (i, a) = (ind.get()?, assumption.get()?);
        let pace = state.pace_pct.get();
        Some(state.plan.with_value(|plan| {
            required_at_pace(
                &i,
                &a,
                pace,
                &plan.settings,
                crate::model::project::Period::of(plan),
            )
        }))
    });
    let in_force = Memo::new(move |_| result.get().map(|(_, s)| s.required));
    let required_words = move || {
        let l = lang.get();
        let (i, a, (_, s)) = (ind.get()?, assumption.get()?, result.get()?);
        Some(match required.get()? {
            Ok(r) => {
                let mut words = parameter_phrase(&i, &a.method, r, l);
                if state.pace_pct.get() != 0.0 {
                    if let Some(Ok(e)) = in_force.get() {
                        words.push_str(&format!(
                            " ({} {})",
                            tr(l, Text::RequiredInForce),
                            parameter_phrase(&i, &a.method, e, l)
                        ));
                    }
                }
                let (from, to) = (s.required_from, s.required_to);
                if from == to {
                    format!("{words}, {from}")
                } else {
                    format!("{words}, {from}-{to}")
                }
            }
            Err(SolveError::NotParametric) => tr(l, Text::NotParametric).to_string(),
            Err(SolveError::Settled) => tr(l, Text::Settled).to_string(),
            Err(SolveError::Unreachable { .. }) => tr(l, Text::Unreachable).to_string(),
        })
    };
    let use_required = move |_| {
        let (Some(Ok(r)), Some(i), Some(a)) = (
            required.get_untracked(),
            ind.get_untracked(),
            assumption.get_untracked(),
        ) else {
            return;
        };
        // The value written is already for the pace in force: the projection then meets
        // the target, and the notice says what was written.
        edit(Box::new(move |slot| *slot = slot.at_parameter(r)));
        let l = lang.get_untracked();
        state.notice.set(Some(super::state::Notice {
            text: format!(
                "{} {}",
                tr(l, Text::Wrote),
                parameter_phrase(&i, &a.method, r, l)
            ),
            undo: false,
        }));
    };
    let method_options = move || {
        let (Some(i), Some(a)) = (ind.get(), assumption.get()) else {
            return Vec::new();
        };
        methods_for(&i, &a.method)
    };
    let on_method = move |key: String| {
        let (Some(i), Some(a), Some((p, _))) = (
            ind.get_untracked(),
            assumption.get_untracked(),
            result.get_untracked(),
        ) else {
            return;
        };
        let Some(to) = methods_for(&i, &a.method)
            .into_iter()
            .find(|m| m.key() == key)
        else {
            return;
        };
        let next = state
            .plan
            .with_value(|plan| switch_method(plan, &i, &a, to, &p.values));
        edit(Box::new(move |slot| *slot = next));
    };

    view! {
        <section class="indicator-view" aria-labelledby="indicator-title" data-selected=move || ind.get().map(|i| i.id).unwrap_or_default()>
            <header class="indicator-head">
                <h2 id="indicator-title">
                    {move || ind.get().map(|i| format!("{} · {}", i.id, capitalised(i.name(lang.get().is_vi())))).unwrap_or_default()}
                </h2>
                <p class="indicator-target">
                    {t(lang, Text::Target)} ": "
                    <strong>{move || ind.get().map(|i| target_words(&i, lang.get())).unwrap_or_default()}</strong>
                    " · "
                    {move || ind.get().map(|i| i.target.year.to_string()).unwrap_or_default()}
                    " "
                    <span class=move || format!("badge {}", result.get().map(|(_, s)| s.verdict.key()).unwrap_or(""))
                        data-status=move || result.get().map(|(_, s)| s.verdict.key()).unwrap_or("")>
                        {move || result.get().map(|(_, s)| verdict_text(lang.get(), s.verdict)).unwrap_or_default()}
                    </span>
                </p>
                <p class="reason" data-reason="">
                    {move || match (ind.get(), result.get()) {
                        (Some(i), Some((_, s))) => sentence(&i, &s, lang.get()),
                        _ => String::new(),
                    }}
                </p>
            </header>
            <div class="controls">
                <label class="method">
                    {t(lang, Text::Method)}
                    <select data-input="method" on:change=move |ev| on_method(event_target_value(&ev))>
                        {move || {
                            let current = assumption.get().map(|a| a.method.key()).unwrap_or("");
                            method_options()
                                .into_iter()
                                .map(|m| {
                                    let key = m.key();
                                    view! { <option value=key selected=key == current>{method_name(&m, lang.get())}</option> }
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
                <Show when=move || matches!((assumption.get(), ind.get()), (Some(a), Some(i)) if a.uses_baseline(&i.limits()))>
                <NumberField
                    name="baseline"
                    label=Signal::derive(move || {
                        // The illustrative mark goes wherever the baseline appears.
                        let l = lang.get();
                        let marked = ind.get().is_some_and(|i| i.baseline.illustrative)
                            && assumption.get().is_some_and(|a| a.baseline.is_none());
                        if marked {
                            format!("{} ({})", tr(l, Text::BaselineField), tr(l, Text::Illustrative))
                        } else {
                            tr(l, Text::BaselineField).to_string()
                        }
                    })
                    unit=baseline_unit
                    value=baseline_value
                    rules=baseline_rules
                    lang=lang
                    slider=baseline_slider
                    on_change=move |v| edit(Box::new(move |a| a.baseline = Some(v)))
                />
                </Show>
                <ParameterField sel=sel name="parameter" />
                <SpreadField sel=sel />
                <p class="required">
                    {t(lang, Text::RequiredRate)} ": "
                    <strong data-required=move || required.get().and_then(|r| r.ok()).map(|r| r.to_string()).unwrap_or_default()
                        data-required-in-force=move || in_force.get().and_then(|r| r.ok()).map(|r| r.to_string()).unwrap_or_default()>
                        {required_words}
                    </strong>
                    " "
                    <button
                        type="button"
                        data-action="use-required"
                        disabled=move || !matches!(required.get(), Some(Ok(_)))
                        on:click=use_required
                    >
                        {t(lang, Text::UseRequired)}
                    </button>
                </p>
                <Show when=move || state.pace_pct.get() != 0.0>
                    <p class="pace-note" data-pace-note="">{move || format!("{} {} %", tr(lang.get(), Text::PaceInForce), format_number(state.pace_pct.get(), 1, lang.get()))}</p>
                </Show>
            </div>
            <ChartCanvas data=data size=ChartSize::Full label=chart_label name="main" />
            <PngButton chart="main" />
            <ul class="legend" aria-hidden="true">
                <li class="projection">{t(lang, Text::ChartProjection)}</li>
                <li class="target">{t(lang, Text::ChartTarget)}</li>
                <li class="required">{t(lang, Text::ChartRequired)}</li>
                <li class="band">{t(lang, Text::ChartBand)}</li>
                <li class="actual">{t(lang, Text::ChartActual)}</li>
                {move || state.compared.get().into_iter().enumerate().map(|(k, c)| view! {
                    <li class=format!("other other-{k}") data-legend=c.id.clone()>{c.name.clone()}</li>
                }).collect_view()}
            </ul>
            <Readings sel=sel />
            <Facts sel=sel />
            <YearTable sel=sel />
        </section>
    }
}

/// The large chart of the selected indicator, with the band and compared scenarios: in the
/// indicator view and on a presentation slide.
pub fn chart_data(sel: Selection) -> Signal<Option<ChartData>> {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let Selection {
        indicator: ind,
        effective,
        result,
        ..
    } = sel;
    let others = state.compared_projections(state.selected.into());
    Signal::derive(move || {
        let (p, _) = result.get()?;
        let (i, a) = (ind.get()?, effective.get()?);
        let band = state.band.get();
        let others = others.get();
        let others: Vec<&_> = others.iter().collect();
        Some(state.plan.with_value(|plan| {
            ChartData::build(plan, &i, &a, &p, band.as_ref(), &others, lang.get())
        }))
    })
}

/// Downloads the chart drawn on `canvas[data-chart=<chart>]` as a PNG named after the
/// indicator and the scenario.
#[component]
pub fn PngButton(chart: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let download = move |_| {
        let id = state
            .plan
            .with_value(|p| {
                p.indicators
                    .get(state.selected.get_untracked())
                    .map(|i| i.id.clone())
            })
            .unwrap_or_default();
        let scenario = state.name_of(&state.active.get_untracked());
        let name = format!("bac-yen-{id}-{}.png", super::scenarios::slug(&scenario));
        if files::download_chart_png(chart, &name).is_err() {
            leptos::logging::warn!("chart not downloaded");
        }
    };
    view! {
        <button type="button" class="png" data-action="png" on:click=download>{t(lang, Text::Png)}</button>
    }
}

/// The assumption's main parameter as a number field with its slider, in step with each
/// other: in the indicator view and on a presentation slide (`name` tells them apart).
#[component]
pub fn ParameterField(sel: Selection, name: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let Selection {
        indicator: ind,
        assumption,
        result,
        ..
    } = sel;
    let index = state.selected;
    let edit =
        move |change: Box<dyn FnOnce(&mut Assumption)>| state.edit(index.get_untracked(), change);
    // Parameter field.
    let has_parameter = move || {
        assumption
            .get()
            .is_some_and(|a| a.method.parameter().is_some())
    };
    let parameter_value = Signal::derive(move || {
        assumption
            .get()
            .and_then(|a| a.method.parameter())
            .unwrap_or(0.0)
    });
    let parameter_rules = Signal::derive(move || match (ind.get(), assumption.get()) {
        (Some(i), Some(a)) => {
            let (min, max) = a.method.parameter_bounds(&i.limits());
            Rules {
                min,
                max,
                whole: false,
            }
        }
        _ => Rules {
            min: 0.0,
            max: 0.0,
            whole: false,
        },
    });
    let parameter_unit_text = Signal::derive(move || match (ind.get(), assumption.get()) {
        (Some(i), Some(a)) => parameter_unit(&i, &a, lang.get()),
        _ => String::new(),
    });
    // With a plan-wide pace the typed value is not the one used: show both.
    let in_force = move || {
        let pace = state.pace_pct.get();
        if pace == 0.0 {
            return None;
        }
        let (i, typed, used) = (ind.get()?, assumption.get()?, sel.effective.get()?);
        let (t, u) = (typed.method.parameter()?, used.method.parameter()?);
        let l = lang.get();
        let unit = parameter_unit(&i, &typed, l);
        Some(format!(
            "{} → {} {} {} %",
            crate::model::reason::with_unit(&format_number(t, 3, l), &unit),
            crate::model::reason::with_unit(&format_number(u, 3, l), &unit),
            tr(l, Text::WithPace),
            format_number(pace, 1, l)
        ))
    };
    let required = Memo::new(move |_| result.get().map(|(_, s)| s.required));
    let slider = Signal::derive(move || match (ind.get(), assumption.get()) {
        (Some(i), Some(a)) => slider_range(&i, &a, required.get().and_then(|r| r.ok())),
        _ => (0.0, 1.0, 0.1),
    });
    let parameter_label = Signal::derive(move || {
        let l = lang.get();
        assumption
            .get()
            .map(|a| format!("{}: {}", tr(l, Text::Assumption), method_name(&a.method, l)))
            .unwrap_or_default()
    });

    view! {
        <Show when=has_parameter>
            <NumberField
                name=name
                label=parameter_label
                unit=parameter_unit_text
                value=parameter_value
                rules=parameter_rules
                lang=lang
                slider=slider
                decimals=3
                on_change=move |v| edit(Box::new(move |a| *a = a.at_parameter(v)))
            />
            <Show when=move || in_force().is_some()>
                <p class="in-force" data-in-force=name>{move || in_force().unwrap_or_default()}</p>
            </Show>
        </Show>
    }
}

/// The ± width of the uncertainty run around the assumption (a normal spread's standard
/// deviation): the band and "Khả năng đạt" follow it.
#[component]
fn SpreadField(sel: Selection) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let Selection {
        indicator: ind,
        assumption,
        ..
    } = sel;
    let index = state.selected;
    let has_parameter = move || {
        assumption
            .get()
            .is_some_and(|a| a.method.parameter().is_some())
    };
    let width = Signal::derive(move || {
        assumption
            .get()
            .and_then(|a| a.spread)
            .map_or(0.0, |s| s.width())
    });
    let rules = Signal::derive(move || match (ind.get(), assumption.get()) {
        (Some(i), Some(a)) => {
            let (min, max) = a.method.parameter_bounds(&i.limits());
            Rules {
                min: 0.0,
                max: (max - min).max(0.0),
                whole: false,
            }
        }
        _ => Rules {
            min: 0.0,
            max: 0.0,
            whole: false,
        },
    });
    let unit = Signal::derive(move || match (ind.get(), assumption.get()) {
        (Some(i), Some(a)) => parameter_unit(&i, &a, lang.get()),
        _ => String::new(),
    });
    let slider = Signal::derive(move || {
        let p = assumption
            .get()
            .and_then(|a| a.method.parameter())
            .unwrap_or(1.0);
        let top = (p.abs() * 2.0).max(width.get() * 2.0).max(5.0).ceil();
        (0.0, top, if top > 50.0 { 1.0 } else { 0.1 })
    });
    view! {
        <Show when=has_parameter>
            <NumberField
                name="spread"
                label=Signal::derive(move || tr(lang.get(), Text::SpreadField).to_string())
                unit=unit
                value=width
                rules=rules
                lang=lang
                slider=slider
                decimals=3
                on_change=move |w| state.edit(index.get_untracked(), move |a| {
                    a.spread = Some(match a.spread {
                        Some(Spread::Sd { .. }) => Spread::Sd { sd: w },
                        _ => Spread::Around { width: w },
                    });
                })
            />
        </Show>
    }
}

#[component]
fn Facts(sel: Selection) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let ind = sel.indicator;
    let status = Memo::new(move |_| sel.result.with(|r| r.as_ref().map(|x| x.1.clone())));
    let probability = move || state.band.get().map(|b| b.probability_met);
    view! {
        <dl class="facts">
            <dt>{t(lang, Text::FirstYearMet)}</dt>
            <dd data-first-year=move || status.get().and_then(|s| s.first_year_met).map(|y| y.to_string()).unwrap_or_default()>
                {move || match status.get().and_then(|s| s.first_year_met) {
                    Some(y) => y.to_string(),
                    None => tr(lang.get(), Text::NotBy).to_string(),
                }}
            </dd>
            <dt>{t(lang, Text::Probability)}</dt>
            <dd data-probability=move || probability().map(|p| p.to_string()).unwrap_or_default()>
                {move || probability().map(|p| format!("{} %", format_number(p * 100.0, 0, lang.get()))).unwrap_or_default()}
                <span class="unit">{move || format!(" ({} {})", format_number(super::state::DRAWS as f64, 0, lang.get()), tr(lang.get(), Text::Draws))}</span>
            </dd>
            <dt>{t(lang, Text::Source)}</dt>
            <dd>{move || ind.get().map(|i| if lang.get().is_vi() { i.baseline.source_vi } else { i.baseline.source_en }).unwrap_or_default()}</dd>
            <Show when=move || ind.get().and_then(|i| i.note(true).map(str::to_string)).is_some()>
                <dt>{t(lang, Text::Note)}</dt>
                <dd class="note">{move || ind.get().and_then(|i| i.note(lang.get().is_vi()).map(str::to_string)).unwrap_or_default()}</dd>
            </Show>
        </dl>
    }
}

/// Year by year: actual values (editable), the projection, the required path and the
/// band; for a typed path, the planned values too. The chart's text alternative.
/// Rows are built once per indicator; only the numbers in them follow the sliders.
#[component]
fn YearTable(sel: Selection) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let index = state.selected;
    let (ind, assumption, result) = (sel.indicator, sel.assumption, sel.result);
    let is_path = Memo::new(move |_| {
        assumption
            .get()
            .is_some_and(|a| matches!(a.method, Method::Path { .. }))
    });
    let required_path = Memo::new(move |_| {
        let (i, e) = (ind.get()?, sel.effective.get()?);
        state.plan.with_value(|plan| {
            required_path(
                &i,
                &e,
                &plan.settings,
                crate::model::project::Period::of(plan),
            )
        })
    });
    let years: Vec<u16> = state
        .plan
        .with_value(|p| (p.base_year..=p.horizon).collect());
    let caption = move || {
        let l = lang.get();
        let unit = ind
            .get()
            .map(|i| i.unit(l.is_vi()).to_string())
            .unwrap_or_default();
        let total = ind.get().is_some_and(|i| charted_as_total(&i));
        format!(
            "{} ({unit}){}",
            tr(l, Text::YearTable),
            if total {
                tr(l, Text::YearlyNotTotal)
            } else {
                ""
            }
        )
    };
    let cell = move |field: &'static str, value: Box<dyn Fn() -> Option<f64> + Send + Sync>| {
        let value = Signal::derive(value);
        view! {
            <td data-field=field data-value=move || value.get().map(|v| v.to_string()).unwrap_or_default()>
                {move || value.get().map(|v| num(v, lang.get())).unwrap_or_default()}
            </td>
        }
    };
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
                                view! { <YearCell year=year value=actual kind=CellKind::Actual /> }.into_any()
                            } else {
                                view! { <span class="muted">{t(lang, Text::BaselineShort)}</span> }.into_any()
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
                        {cell("projection", Box::new(move || result.with(|r| r.as_ref().map(|(p, _)| p.values[k]))))}
                        {cell("required", Box::new(move || required_path.with(|r| r.as_ref().map(|v| v[k]))))}
                        {cell("p10", Box::new(move || state.band.with(|b| b.as_ref().map(|b| b.p10[k]))))}
                        {cell("p90", Box::new(move || state.band.with(|b| b.as_ref().map(|b| b.p90[k]))))}
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
                    <th scope="col">{t(lang, Text::Year)}</th>
                    <th scope="col">{t(lang, Text::ChartActual)}</th>
                    <Show when=move || is_path.get()><th scope="col">{t(lang, Text::Planned)}</th></Show>
                    <th scope="col">{t(lang, Text::ChartProjection)}</th>
                    <th scope="col">{t(lang, Text::ChartRequired)}</th>
                    <th scope="col">"P10"</th>
                    <th scope="col">"P90"</th>
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
    let index = state.selected.get_untracked();
    let error = RwSignal::new(None::<FieldError>);
    let rules = state
        .plan
        .with_value(|p| {
            p.indicators.get(index).map(|i| Rules {
                min: 0.0,
                max: i.ceiling.unwrap_or(MAX_VALUE),
                whole: i.integer,
            })
        })
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
            CellKind::Actual => tr(lang.get(), Text::ChartActual),
            CellKind::Planned => tr(lang.get(), Text::Planned),
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
        <span class="field-message" role="alert" data-message=name>{move || error.get().map(|e| super::field::message(e, lang.get())).unwrap_or_default()}</span>
    }
}

/// Where the resolution's words allow more than one reading: the choice, and the verdict
/// under each reading for the assumption in force, side by side.
#[component]
fn Readings(sel: Selection) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let index = state.selected;
    let readings = Memo::new(move |_| {
        state
            .plan
            .with_value(|p| p.indicators.get(index.get()).map(|i| i.readings.clone()))
            .unwrap_or_default()
    });
    let chosen = Memo::new(move |_| {
        let id = state
            .plan
            .with_value(|p| p.indicators.get(index.get()).map(|i| i.id.clone()))?;
        state.active.with(|s| s.readings.get(&id).cloned())
    });
    // Each reading's verdict for the same assumption in force.
    let verdicts = Memo::new(move |_| {
        let (Some(a), list) = (sel.effective.get(), readings.get()) else {
            return Vec::new();
        };
        state.plan.with_value(|plan| {
            let Some(base) = plan.indicators.get(index.get()) else {
                return Vec::new();
            };
            let period = crate::model::project::Period::of(plan);
            list.iter()
                .map(|r| {
                    let mut ind = base.clone();
                    ind.apply(r);
                    let p = crate::model::project::project(&ind, &a, period);
                    let s = crate::model::status::assess(&ind, &a, &plan.settings, &p);
                    (
                        r.clone(),
                        s.verdict,
                        crate::model::reason::sentence(&ind, &s, lang.get()),
                    )
                })
                .collect()
        })
    });
    view! {
        <Show when=move || !readings.get().is_empty()>
            <div class="readings" data-readings="">
                <label>
                    {t(lang, Text::Reading)}
                    <select data-input="reading" on:change=move |ev| state.set_reading(index.get_untracked(), event_target_value(&ev))>
                        {move || {
                            let current = chosen.get();
                            readings.get().into_iter().enumerate().map(|(k, r)| {
                                let on = current.as_deref().map_or(k == 0, |c| c == r.id);
                                view! { <option value=r.id.clone() selected=on>{r.label(lang.get().is_vi()).to_string()}</option> }
                            }).collect_view()
                        }}
                    </select>
                </label>
                <ul class="reading-verdicts">
                    {move || verdicts.get().into_iter().map(|(r, v, why)| view! {
                        <li data-reading=r.id.clone() data-status=v.key()>
                            <span class=format!("badge {}", v.key())>{verdict_text(lang.get(), v)}</span>
                            " " {r.label(lang.get().is_vi()).to_string()} ": " {why}
                        </li>
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
