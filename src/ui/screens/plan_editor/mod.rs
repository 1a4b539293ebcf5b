//! The plan editor: the plan's fields and each indicator's, written as HTML by
//! `model::plan_form` and read back through `model::plan_edit` on every change. A value
//! that fails a check is marked with the reason; the plan stays as it was.
//!
//! Imports: plans.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::basics::number::{FieldError, Lang};
use crate::model::work::plan_edit::{add_indicator, edit_plan, remove_indicator, EditError};
use crate::model::writing::plan_form::{indicator_forms, plan_fields};
use crate::model::Plan;
use crate::ui::i18n::{live_text, text, Text};
use crate::ui::screens::plans::PlanEditorOpen;
use crate::ui::state::AppState;

fn edit_error(lang: Lang, e: &EditError) -> String {
    match e {
        EditError::Number(n) => crate::ui::field::message(FieldError::Number(*n), lang),
        EditError::Plan(p) => crate::ui::messages::plan_error(lang, p),
        EditError::UnknownChoice | EditError::NoSuchIndicator => lang
            .pick(
                "lựa chọn không có trong danh sách",
                "not one of the choices",
            )
            .into(),
    }
}

#[component]
pub fn PlanEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = expect_context::<PlanEditorOpen>().0;
    let lang = state.lang;
    // Drawn when opened, on a language change and after a change that alters other
    // fields (a select, an added or removed row); not on each typed value, so the field
    // being typed in keeps its place and focus.
    let drawn = RwSignal::new(0u32);
    let unfold = StoredValue::new(None::<usize>);
    let typed_here = StoredValue::new(false);
    Effect::new(move |_| {
        state.plan.with(|_| ());
        if typed_here.get_value() {
            typed_here.set_value(false);
        } else {
            drawn.update(|n| *n += 1);
        }
    });
    // Kept as data, worded when shown: the message follows the language switch.
    let message = RwSignal::new(None::<EditError>);
    let fields = move || {
        drawn.track();
        let l = lang.get();
        state.plan.with_untracked(|p| plan_fields(p, l))
    };
    let forms = move || {
        drawn.track();
        let l = lang.get();
        state
            .plan
            .with_untracked(|p| indicator_forms(p, l, unfold.get_value()))
    };
    let apply = move |next: Plan, redraw: bool| -> bool {
        match state.edit_plan(next) {
            Ok(()) => {
                message.set(None);
                if !redraw {
                    typed_here.set_value(true);
                }
                true
            }
            Err(e) => {
                message.set(Some(EditError::Plan(e)));
                false
            }
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let Some(field) = el.get_attribute("data-plan-field") else {
            return;
        };
        let row = el
            .get_attribute("data-row")
            .and_then(|r| r.parse::<usize>().ok());
        let (value, typed) = if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            if i.type_() == "checkbox" {
                (i.checked().to_string(), false)
            } else {
                (i.value(), true)
            }
        } else if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
            (s.value(), false)
        } else {
            return;
        };
        let l = lang.get_untracked();
        let next = state
            .plan
            .with_untracked(|p| edit_plan(p, row, &field, &value, l));
        match next {
            Ok(next) => {
                unfold.set_value(row);
                let ok = apply(next, !typed || state.plan_is_built_in_untracked());
                let _ = el.set_attribute("aria-invalid", if ok { "false" } else { "true" });
            }
            Err(e) => {
                let _ = el.set_attribute("aria-invalid", "true");
                message.set(Some(e));
            }
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let action = el.get_attribute("data-action");
        let row = el
            .get_attribute("data-row")
            .and_then(|r| r.parse::<usize>().ok());
        let next = match (action.as_deref(), row) {
            (Some("remove-indicator"), Some(k)) => {
                state.plan.with_untracked(|p| remove_indicator(p, k))
            }
            _ => return,
        };
        match next {
            Ok(next) => {
                unfold.set_value(None);
                apply(next, true);
            }
            Err(e) => message.set(Some(e)),
        }
    };
    let add = move |_| {
        let next = state.plan.with_untracked(add_indicator);
        let n = next.indicators.len();
        unfold.set_value(Some(n - 1));
        apply(next, true);
    };
    let aside = move || state.workspace.with(|w| w.aside_count(&w.plan));
    view! {
        <Show when=move || open.get()>
            <section class="plan-editor" data-plan-editor="" aria-label=live_text(lang, Text::PlanEditor)>
                <h2>{live_text(lang, Text::PlanEditor)}</h2>
                <p class="hint">{live_text(lang, Text::PlanEditorHint)}</p>
                <div on:change=on_change on:click=on_click>
                    <div class="edit-grid plan-fields" inner_html=fields></div>
                    <div class="edit-indicators" inner_html=forms></div>
                </div>
                <button type="button" data-action="add-indicator" on:click=add>{live_text(lang, Text::AddIndicator)}</button>
                <p class="field-message" role="status" data-plan-message="">{move || message.with(|m| m.as_ref().map(|e| edit_error(lang.get(), e))).unwrap_or_default()}</p>
                <Show when=move || { aside() > 0 }>
                    <p class="aside-note" data-aside=move || aside().to_string()>{move || format!("{} {}", aside(), text(lang.get(), Text::AsideNote))}</p>
                </Show>
                <button type="button" class="close" data-action="close-plan-editor" on:click=move |_| open.set(false)>{live_text(lang, Text::Close)}</button>
            </section>
        </Show>
    }
}

// The plan editor as a module of its own, fetched when first opened (ui::lazy).
crate::split_screen!(plan_editor, load, || view! { <PlanEditor /> });
