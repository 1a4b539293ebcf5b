//! "Tạo kế hoạch từ văn bản": the planner pastes a plan's text, the reader
//! (`model::extract`) proposes its targets as rows to confirm, edit or drop, and the kept
//! rows become a plan of the planner's own (`model::draft_plan`). Nothing leaves the
//! browser.
//!
//! Imports: nothing.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::basics::number::{FieldError, Lang};
use crate::model::reader::{extract, term, Draft};
use crate::model::work::draft_plan::{edit_draft, plan_from_drafts, plan_years, DraftEditError};
use crate::model::writing::draft_form::{draft_rows, marked_source};
use crate::model::PlanError;
use crate::ui::i18n::{live_text, text, Text};
use crate::ui::state::AppState;

/// What the screen tells under the drafts, worded when shown.
#[derive(Debug, Clone, PartialEq)]
enum DraftMessage {
    /// A value typed in a draft row was not taken.
    Edit(DraftEditError),
    /// "Create" with no row kept.
    NothingKept,
    /// Rows (numbered from 1) that could not become indicators, and why.
    NotCreated(Vec<(usize, PlanError)>),
}

impl DraftMessage {
    fn words(&self, l: Lang) -> String {
        match self {
            DraftMessage::Edit(DraftEditError::Number(n)) => {
                crate::ui::field::message(FieldError::Number(*n), l)
            }
            DraftMessage::Edit(DraftEditError::UnknownChoice) => l
                .pick(
                    "lựa chọn không có trong danh sách",
                    "not one of the choices",
                )
                .into(),
            DraftMessage::NothingKept => text(l, Text::NothingKept).into(),
            DraftMessage::NotCreated(rows) => rows
                .iter()
                .map(|(row, e)| {
                    format!(
                        "{} {row}: {}",
                        text(l, Text::DraftNotCreated),
                        crate::ui::messages::plan_error(l, e)
                    )
                })
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

/// Whether the screen is open.
#[derive(Clone, Copy)]
pub struct PlanFromTextOpen(pub RwSignal<bool>);

#[component]
pub fn PlanFromTextButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = expect_context::<PlanFromTextOpen>().0;
    view! {
        <button type="button" data-action="plan-from-text" aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)>{live_text(state.lang, Text::PlanFromText)}</button>
    }
}

#[component]
pub fn PlanFromText() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = expect_context::<PlanFromTextOpen>().0;
    let lang = state.lang;
    let area = NodeRef::<leptos::html::Textarea>::new();
    let name = NodeRef::<leptos::html::Input>::new();
    let source = StoredValue::new(String::new());
    let drafts = RwSignal::new(Vec::<Draft>::new());
    let keep = StoredValue::new(Vec::<bool>::new());
    // Drawn on each reading and on a language change; an edit typed in a row stays as
    // typed (the row's own attributes follow it).
    let drawn = RwSignal::new(0u32);
    let read_at_least_once = RwSignal::new(false);
    // Kept as data, worded when shown: the message follows the language switch.
    let message = RwSignal::new(None::<DraftMessage>);
    let read = move |_| {
        let Some(t) = area.get_untracked().map(|a| a.value()) else {
            return;
        };
        let found = extract(&t);
        // A likely restatement of an earlier row is offered unchecked.
        keep.set_value(found.iter().map(|d| d.restates.is_none()).collect());
        source.set_value(t);
        drafts.set(found);
        read_at_least_once.set(true);
        message.set(None);
        drawn.update(|n| *n += 1);
    };
    let rows = move || {
        drawn.track();
        let l = lang.get();
        drafts.with_untracked(|d| keep.with_value(|k| draft_rows(d, k, l)))
    };
    let marked = move || {
        drawn.track();
        drafts.with_untracked(|d| source.with_value(|s| marked_source(s, d)))
    };
    let count = move || drafts.with(Vec::len);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let input = el.dyn_ref::<web_sys::HtmlInputElement>().cloned();
        let select = el.dyn_ref::<web_sys::HtmlSelectElement>().cloned();
        let (Some(field), Some(k)) = (
            el.get_attribute("data-draft-field"),
            el.get_attribute("data-row")
                .and_then(|r| r.parse::<usize>().ok()),
        ) else {
            return;
        };
        if field == "keep" {
            let on = input.as_ref().is_some_and(|i| i.checked());
            keep.update_value(|v| {
                if let Some(x) = v.get_mut(k) {
                    *x = on;
                }
            });
            return;
        }
        let typed = input
            .map(|i| i.value())
            .or_else(|| select.map(|s| s.value()))
            .unwrap_or_default();
        let l = lang.get_untracked();
        let Some(d) = drafts.with_untracked(|v| v.get(k).cloned()) else {
            return;
        };
        match edit_draft(&d, &field, &typed, l) {
            Ok(next) => {
                let _ = el.set_attribute("aria-invalid", "false");
                message.set(None);
                if let Some(row) = el.closest("tr").ok().flatten() {
                    let _ = row.set_attribute("data-value", &next.value.to_string());
                    let _ = row.set_attribute("data-kind", next.kind.key());
                    let _ = row.set_attribute("data-direction", next.direction.key());
                    let _ = row.set_attribute(
                        "data-year",
                        &next.year.map(|y| y.to_string()).unwrap_or_default(),
                    );
                    let _ = row.set_attribute("data-unit", &next.unit);
                }
                drafts.update_untracked(|v| v[k] = next);
            }
            Err(e) => {
                let _ = el.set_attribute("aria-invalid", "true");
                message.set(Some(DraftMessage::Edit(e)));
            }
        }
    };
    let create = move |_| {
        let l = lang.get_untracked();
        let kept: Vec<(usize, Draft)> = drafts.with_untracked(|v| {
            keep.with_value(|k| {
                v.iter()
                    .enumerate()
                    .filter(|(i, _)| k.get(*i).copied().unwrap_or(true))
                    .map(|(i, d)| (i, d.clone()))
                    .collect()
            })
        });
        if kept.is_empty() {
            message.set(Some(DraftMessage::NothingKept));
            return;
        }
        let list: Vec<Draft> = kept.iter().map(|(_, d)| d.clone()).collect();
        let years = source.with_value(|s| plan_years(term(s), &list));
        let typed = name.get_untracked().map(|n| n.value()).unwrap_or_default();
        let title = if typed.trim().is_empty() {
            text(l, Text::DraftPlanDefault).to_string()
        } else {
            typed
        };
        let (plan, problems) = state.built_in.with_value(|b| {
            // The title in the language it was typed in; the other is left empty.
            let (vi, en) = l.pick((title.as_str(), ""), ("", title.as_str()));
            plan_from_drafts(&list, years, vi, en, b)
        });
        let not_created: Vec<(usize, PlanError)> = problems
            .iter()
            .map(|(i, e)| (kept[*i].0 + 1, e.clone()))
            .collect();
        message.set((!not_created.is_empty()).then_some(DraftMessage::NotCreated(not_created)));
        if plan.indicators.is_empty() {
            return;
        }
        state.change("plan-from-text", move |w, now| {
            let _ = w.add_plan(plan, Default::default(), now);
        });
        if problems.is_empty() {
            open.set(false);
        }
    };
    view! {
        <Show when=move || open.get()>
            <section class="plan-editor plan-from-text" data-plan-from-text="" aria-label=live_text(lang, Text::PlanFromText)>
                <h2>{live_text(lang, Text::PlanFromText)}</h2>
                <p class="hint">{live_text(lang, Text::PlanFromTextHint)}</p>
                <textarea node_ref=area class="text-field plan-text" data-input="plan-text" rows="8"></textarea>
                <button type="button" data-action="extract" on:click=read>{live_text(lang, Text::ExtractTargets)}</button>
                <Show when=move || read_at_least_once.get()>
                    <p data-drafts-found=move || count().to_string()>{move || if count() == 0 {
                        text(lang.get(), Text::NoDrafts).to_string()
                    } else {
                        format!("{} {}", count(), text(lang.get(), Text::DraftsFound))
                    }}</p>
                </Show>
                <div class="table-scroll"><table class="drafts" on:change=on_change><tbody inner_html=rows></tbody></table></div>
                <Show when=move || { count() > 0 }>
                    <label class="edit-field"><span>{live_text(lang, Text::DraftPlanName)}</span>
                        <input type="text" class="text-field" node_ref=name data-input="draft-plan-name" /></label>
                    <button type="button" data-action="create-plan-from-text" on:click=create>{live_text(lang, Text::CreatePlan)}</button>
                    <pre class="source-preview" data-source-preview="" inner_html=marked></pre>
                </Show>
                <p class="field-message" role="status" data-draft-message="">{move || message.with(|m| m.as_ref().map(|m| m.words(lang.get()))).unwrap_or_default()}</p>
                <button type="button" class="close" data-action="close-plan-from-text" on:click=move |_| open.set(false)>{live_text(lang, Text::Close)}</button>
            </section>
        </Show>
    }
}

// PlanFromText as a module of its own, fetched when first opened (ui::lazy).
crate::split_screen!(plan_from_text_screen, load, || view! { <PlanFromText /> });
