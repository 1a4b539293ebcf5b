//! The commune's figures in one table (model::facts): every indicator's 2025 figure and
//! actuals, typed in place or pasted from a spreadsheet with a preview first; a paste is
//! one undo step.
//!
//! Imports: nothing.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::projection::target::show_value;
use crate::model::work::edit::figure_rules;
use crate::model::work::paste::{read_paste, PastePreview, PasteProblem};
use crate::model::writing::html;
use crate::ui::i18n::{live_text, text, Text};
use crate::ui::state::AppState;

/// Open or closed: a view of the work, not the work.
#[derive(Clone, Copy)]
pub struct FactsSheetOpen(pub RwSignal<bool>);

#[component]
pub fn FactsSheetButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = expect_context::<FactsSheetOpen>().0;
    view! {
        <button type="button" data-action="facts-sheet" aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)>
            {live_text(state.lang, Text::FactsSheet)}
        </button>
    }
}

/// A problem of the paste in the planner's words.
fn problem_words(state: AppState, p: &PasteProblem) -> String {
    let l = state.lang.get_untracked();
    match p {
        PasteProblem::UnknownIndicator { line, text: t } => {
            format!(
                "{} {line}: {} «{t}»",
                text(l, Text::Line),
                text(l, Text::PasteUnknown)
            )
        }
        PasteProblem::NoYear { line, text: t } => {
            format!(
                "{} {line}: {} «{t}»",
                text(l, Text::Line),
                text(l, Text::PasteNoYear)
            )
        }
        PasteProblem::BadValue {
            line,
            indicator,
            year,
            text: t,
            error,
        } => {
            let id = state.plan.with(|p| {
                p.indicators
                    .get(*indicator)
                    .map(|i| i.id.clone())
                    .unwrap_or_default()
            });
            format!(
                "{} {line}, {id} {year}: «{t}» {}",
                text(l, Text::Line),
                crate::ui::field::message(*error, l)
            )
        }
    }
}

#[component]
pub fn FactsSheet() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = expect_context::<FactsSheetOpen>().0;
    let lang = state.lang;
    // Drawn when opened, when the language changes and after a paste; not on each typed
    // figure, so the field being typed in keeps its place and focus.
    let drawn = RwSignal::new(0u32);
    // A figure typed here is already in its field; any other change of the figures (an
    // undo, the indicator view, another tab) draws the table again.
    let typed_here = StoredValue::new(false);
    Effect::new(move |_| {
        state.facts.track();
        if typed_here.get_value() {
            typed_here.set_value(false);
        } else {
            drawn.update(|n| *n += 1);
        }
    });
    let rows = move || {
        drawn.track();
        let l = lang.get();
        state
            .facts
            .with_untracked(|f| state.plan.with(|p| html::facts_rows(p, f, l)))
    };
    // Kept as data, worded when shown: the message follows the language switch.
    let message = RwSignal::new(None::<(String, u16, crate::model::basics::number::FieldError)>);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let (Some(id), Some(year)) = (
            input.get_attribute("data-fact"),
            input
                .get_attribute("data-year")
                .and_then(|y| y.parse::<u16>().ok()),
        ) else {
            return;
        };
        let Some(k) = state
            .plan
            .with(|p| p.indicators.iter().position(|i| i.id == id))
        else {
            return;
        };
        let l = lang.get_untracked();
        let rules = state.plan.with(|p| figure_rules(&p.indicators[k]));
        match rules.check_optional(&input.value(), l) {
            Ok(v) => {
                let _ = input.set_attribute("aria-invalid", "false");
                message.set(None);
                let base_year = state.plan.with(|p| p.base_year);
                let now = state
                    .facts
                    .with_untracked(|f| f.get(&id).and_then(|f| f.figure(year, base_year)));
                if now != v {
                    typed_here.set_value(true);
                    state.set_fact(k, year, v);
                }
                let shown = v
                    .map(|v| state.plan.with(|p| show_value(&p.indicators[k], v, l)))
                    .unwrap_or_default();
                input.set_value(&shown);
            }
            Err(e) => {
                let _ = input.set_attribute("aria-invalid", "true");
                message.set(Some((id, year, e)));
            }
        }
    };
    let pasted = RwSignal::new(String::new());
    let preview = RwSignal::new(None::<PastePreview>);
    let read = move |_| {
        let p = state.facts.with_untracked(|f| {
            state
                .plan
                .with(|plan| read_paste(&pasted.get_untracked(), plan, f, lang.get_untracked()))
        });
        preview.set(Some(p));
    };
    let apply = move |_| {
        if let Some(p) = preview.get_untracked() {
            state.apply_paste(p.figures);
            preview.set(None);
            pasted.set(String::new());
        }
    };
    let changes = move || {
        let l = lang.get();
        preview.get().map(|p| {
            state.plan.with(|plan| {
                p.figures
                    .iter()
                    .filter_map(|f| {
                        let ind = plan.indicators.get(f.indicator)?;
                        let before = f
                            .before
                            .map(|v| show_value(ind, v, l))
                            .unwrap_or_else(|| "—".into());
                        Some(format!(
                            "{} {}: {before} → {}",
                            ind.id,
                            f.year,
                            show_value(ind, f.after, l)
                        ))
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <Show when=move || open.get()>
            <section class="facts-sheet" data-facts-sheet="" aria-labelledby="facts-title">
                <h2 id="facts-title">{live_text(lang, Text::FactsSheet)}</h2>
                <p class="muted">{live_text(lang, Text::FactsSheetHint)}</p>
                <p class="field-message" role="alert" data-facts-message="">{move || message.get().map(|(id, year, e)| format!("{id} {year}: {}", crate::ui::field::message(e, lang.get()))).unwrap_or_default()}</p>
                <div class="table-scroll">
                    <table class="facts-table" on:change=on_change>
                        <thead><tr>
                            <th scope="col">{live_text(lang, Text::CsvIndicator)}</th>
                            <th scope="col">{live_text(lang, Text::UnitShort)}</th>
                            {state.plan.with(|p| (p.base_year..=p.horizon).map(|y| view! { <th scope="col">{y}</th> }).collect_view())}
                        </tr></thead>
                        <tbody inner_html=rows></tbody>
                    </table>
                </div>
                <label class="paste">
                    <span>{live_text(lang, Text::PasteLabel)}</span>
                    <textarea data-input="facts-paste" rows="4" prop:value=move || pasted.get()
                        on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                </label>
                <p>
                    <button type="button" data-action="paste-preview" on:click=read>{live_text(lang, Text::PastePreview)}</button>
                    " "
                    <button type="button" data-action="paste-apply" on:click=apply
                        disabled=move || preview.with(|p| p.as_ref().is_none_or(|p| p.figures.is_empty()))>
                        {live_text(lang, Text::PasteApply)}
                    </button>
                </p>
                <Show when=move || preview.with(Option::is_some)>
                    <div class="paste-preview" data-paste-preview="">
                        <p>{move || format!("{} {}", preview.with(|p| p.as_ref().map_or(0, |p| p.figures.len())), text(lang.get(), Text::PasteWillChange))}</p>
                        <ul>{move || changes().unwrap_or_default().into_iter().map(|c| view! { <li data-paste-change="">{c}</li> }).collect_view()}</ul>
                        <ul class="paste-problems">{move || preview.get().map(|p| p.problems.iter().map(|q| view! { <li data-paste-problem="">{problem_words(state, q)}</li> }).collect_view())}</ul>
                    </div>
                </Show>
            </section>
        </Show>
    }
}

// FactsSheet as a module of its own, fetched when first opened (ui::lazy).
crate::split_screen!(facts_sheet_screen, load, || view! { <FactsSheet /> });
