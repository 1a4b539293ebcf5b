//! The header's plan-wide pieces, shared by the workbench and the presentation: the
//! summary count, the plan-wide pace and the language switch.

use leptos::prelude::*;

use super::field::NumberField;
use super::i18n::{live_text, text, Text};
use super::state::AppState;
use crate::model::basics::number::{Lang, Rules};

#[component]
pub fn Summary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <p class="summary" data-summary="" aria-live="polite">
            <strong data-value=move || state.summary.get().on_track.to_string()>{move || state.summary.get().on_track}</strong>
            "/"
            <span data-total=move || state.summary.get().total.to_string()>{move || state.summary.get().total}</span>
            " "
            {live_text(lang, Text::OnTrackSummary)}
        </p>
    }
}

#[component]
pub fn Pace() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <div class="pace" title=live_text(lang, Text::PaceHint)>
            <NumberField
                name="pace"
                label=Signal::derive(move || text(lang.get(), Text::Pace).to_string())
                unit=Signal::derive(|| "%".to_string())
                value=Signal::derive(move || state.pace_pct.get())
                rules=Signal::derive(|| Rules { min: -100.0, max: 100.0, whole: false })
                lang=lang
                slider=Signal::derive(|| (-50.0, 50.0, 1.0))
                decimals=1
                on_change=move |v| state.set_pace(v)
            />
        </div>
    }
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let button = move |code: Lang, label: &'static str| {
        view! {
            <button
                type="button"
                data-lang=code.code()
                aria-pressed=move || (lang.get() == code).to_string()
                class:active=move || lang.get() == code
                on:click=move |_| lang.set(code)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=live_text(lang, Text::LanguageLabel)>
            {button(Lang::Vi, "Tiếng Việt")}
            {button(Lang::En, "English")}
        </div>
    }
}
