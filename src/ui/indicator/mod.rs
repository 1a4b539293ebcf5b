//! The indicator view: choose the method, edit the baseline and the assumption (slider and
//! number field in step), enter actual values, see the large chart, the year-by-year table,
//! the rate it would take with a one-click "use it", and the notes.
//!
//! One idea a file: `parameter` (the assumption and its spread), `facts` (readings, chance,
//! source, note), `year_table` (year by year, fetched once the first screen has
//! settled) and `year_cells` (its editable cells: figures with their kind, the year's
//! target).
//!
//! Imports: state.

mod facts;
mod parameter;
mod year_cells;
mod year_table;

pub use parameter::ParameterField;

use super::legend::ChartLegend;
use super::widgets::PngButton;
use facts::{Facts, Readings};
use parameter::SpreadField;

use leptos::prelude::*;

use super::chart::{ChartCanvas, ChartData, ChartSize};
use super::field::NumberField;
use super::i18n::{live_text, method_name, text, verdict_text, Text};
use super::startup::{in_turn, Startup};
use super::state::{AppState, Selection};
use super::words::{capitalised, target_words};
use crate::model::basics::number::{format_number, Rules};
use crate::model::projection::solve::{required_at_pace, SolveError};
use crate::model::words::reason::{parameter_phrase, sentence};
use crate::model::work::edit::{baseline_slider, figure_rules, methods_for, switch_method};
use crate::model::Assumption;

#[component]
pub fn IndicatorView(
    /// False until the first screen unfolds it (ui::startup).
    shown: ReadSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let startup = expect_context::<Startup>();
    let lang = state.lang;
    let index = state.view.selected;
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
            .map(|(y, v)| {
                format!(
                    "{y}: {}",
                    crate::model::projection::target::show_value(&i, *v, l)
                )
            })
            .collect();
        format!(
            "{} {}. {}: {}. {}. {}. {}",
            text(l, Text::ChartLabel),
            i.id,
            text(l, Text::Target),
            target_words(&i, l),
            values.join("; "),
            verdict_text(l, s.verdict),
            text(l, Text::TableBelow)
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
        ind.get().map_or(
            Rules {
                min: 0.0,
                max: 0.0,
                whole: false,
            },
            |i| figure_rules(&i),
        )
    });
    let baseline_unit = Signal::derive(move || {
        ind.get()
            .map(|i| i.unit(lang.get()).to_string())
            .unwrap_or_default()
    });
    // The baseline's slider spans 0 to the ceiling, or to twice the larger of baseline and
    // target; the field takes any valid value beyond it.
    let baseline_slider = Signal::derive(move || match ind.get() {
        Some(i) => baseline_slider(&i, baseline_value.get()),
        None => (0.0, 1.0, 0.1),
    });

    // What the planner must type (at the plan-wide pace), and what that is in force.
    let required = Memo::new(move |_| {
        let (i, a) = (ind.get()?, assumption.get()?);
        let pace = state.pace_pct.get();
        Some(state.plan.with(|plan| {
            required_at_pace(
                &i,
                &a,
                pace,
                &plan.settings,
                crate::model::projection::project::Period::of(plan),
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
                            text(l, Text::RequiredInForce),
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
            Err(SolveError::NotParametric) => text(l, Text::NotParametric).to_string(),
            Err(SolveError::Settled) => text(l, Text::Settled).to_string(),
            Err(SolveError::Unreachable { .. }) => text(l, Text::Unreachable).to_string(),
        })
    };
    let use_required = move |_| {
        let (Some(Ok(r)), Some(a)) = (required.get_untracked(), assumption.get_untracked()) else {
            return;
        };
        // The value written is already for the pace in force: the projection then meets
        // the target, and the notice says what was written.
        edit(Box::new(move |slot| *slot = slot.at_parameter(r)));
        state.view.notice.set(Some(super::state::Notice::Wrote {
            indicator: index.get_untracked(),
            method: a.method,
            value: r,
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
            .with(|plan| switch_method(plan, &i, &a, to, &p.values));
        edit(Box::new(move |slot| *slot = next));
    };

    view! {
        <section class="indicator-view" class:folded=move || !shown.get() class:open=move || state.view.opened.get() aria-labelledby="indicator-title" data-selected=move || ind.get().map(|i| i.id).unwrap_or_default()>
            <header class="indicator-head">
                // Shown on a phone only, where the view covers the cards (style/main.css).
                <button type="button" class="sheet-back" data-action="close-indicator" on:click=move |_| {
                    state.view.opened.set(false);
                    if let Some(i) = ind.get_untracked() {
                        crate::edge::focus::after_frame_owned(format!("[data-open=\"{}\"]", i.id));
                    }
                }>{live_text(lang, Text::BackToCards)}</button>
                <h2 id="indicator-title">
                    {move || ind.get().map(|i| format!("{} · {}", i.id, capitalised(i.name(lang.get())))).unwrap_or_default()}
                    <Show when=move || ind.get().is_some_and(|i| i.untranslated(lang.get()))>
                        " "<span class="untranslated" data-untranslated="">{live_text(lang, Text::Untranslated)}</span>
                    </Show>
                </h2>
                <p class="indicator-target">
                    {live_text(lang, Text::Target)} ": "
                    <strong>{move || ind.get().map(|i| target_words(&i, lang.get())).unwrap_or_default()}</strong>
                    " · "
                    {move || ind.get().map(|i| i.target.year.to_string()).unwrap_or_default()}
                    " "
                    <span class=move || format!("badge {}", result.get().map(|(_, s)| s.verdict.key()).unwrap_or(""))
                        data-status=move || result.get().map(|(_, s)| s.verdict.key()).unwrap_or("")>
                        {move || result.get().map(|(_, s)| verdict_text(lang.get(), s.verdict)).unwrap_or_default()}
                    </span>
                    " "
                    <span class="share-of-plan" data-share-of-plan="">
                        {move || match (ind.get(), result.get()) {
                            (Some(i), Some((_, s))) => crate::model::words::wording::share_of_plan(&i, s.outcome, lang.get()).unwrap_or_default(),
                            _ => String::new(),
                        }}
                    </span>
                </p>
                <p class="reason" data-reason="">
                    {move || match (ind.get(), result.get()) {
                        (Some(i), Some((_, s))) => sentence(&i, &s, lang.get()),
                        _ => String::new(),
                    }}
                </p>
            </header>
            // The chart (and the band it draws) in a task of its own on the first screen; right under
            // the title, so it is above the fold on an office laptop.
            {in_turn(startup, move || view! {
                <ChartCanvas data=data size=ChartSize::Full label=chart_label name="main" />
                <PngButton chart="main" />
                <ChartLegend indicator=ind />
            })}
            <div class="controls">
                <label class="method">
                    {live_text(lang, Text::Method)}
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
                        let marked = matches!((ind.get(), assumption.get()), (Some(i), Some(a)) if i.illustrative_under(&a));
                        if state.owns_figures(index.get()) {
                            format!("{} ({})", text(l, Text::BaselineField), text(l, Text::OwnFiguresMark))
                        } else if marked {
                            format!("{} ({})", text(l, Text::BaselineField), text(l, Text::Illustrative))
                        } else {
                            text(l, Text::BaselineField).to_string()
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
                // The commune's figures are shared by every scenario; this one may keep its own.
                <Show when=move || !state.active.with(|s| s.is_reference())>
                    <label class="own-figures" title=live_text(lang, Text::OwnFiguresHint)>
                        <input type="checkbox" data-input="own-figures" prop:checked=move || state.owns_figures(index.get())
                            on:change=move |ev| state.set_own_figures(index.get_untracked(), event_target_checked(&ev)) />
                        " "{live_text(lang, Text::OwnFigures)}
                    </label>
                </Show>
                {in_turn(startup, move || view! { <ParameterField sel=sel name="parameter" /> })}
                {in_turn(startup, move || view! { <SpreadField sel=sel /> })}
                <p class="required">
                    {live_text(lang, Text::RequiredRate)} ": "
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
                        {live_text(lang, Text::UseRequired)}
                    </button>
                </p>
                <Show when=move || state.pace_pct.get() != 0.0>
                    <p class="pace-note" data-pace-note="">{move || format!("{} {}%", text(lang.get(), Text::PaceInForce), format_number(state.pace_pct.get(), 1, lang.get()))}</p>
                </Show>
            </div>
            {in_turn(startup, move || view! { <Readings sel=sel /> })}
            {in_turn(startup, move || view! { <Facts sel=sel /> })}
            {provide_context(sel)}
            {in_turn(startup, move || crate::ui::lazy::when_opened(|| true, year_table::load))}
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
    let others = state.compared_projections(state.view.selected.into());
    Signal::derive(move || {
        let (p, _) = result.get()?;
        let (i, a) = (ind.get()?, effective.get()?);
        let band = state.band.get();
        let others = others.get();
        let others: Vec<&_> = others.iter().collect();
        Some(
            state.plan.with(|plan| {
                ChartData::build(plan, &i, &a, &p, band.as_ref(), &others, lang.get())
            }),
        )
    })
}
