//! The page: a header with the plan-wide summary, the plan-wide pace and the language
//! switch; the indicator view beside the dashboard of cards.

use leptos::prelude::*;

use super::chart::provide_viewport;
use super::dashboard::Dashboard;
use super::field::{NumberField, Rules};
use super::i18n::{tr, Text};
use super::indicator::IndicatorView;
use super::state::AppState;
use crate::edge::storage;
use crate::model::number::Lang;
use crate::model::Plan;

#[component]
pub fn App() -> impl IntoView {
    let lang = storage::load_lang().unwrap_or_default();
    match Plan::bundled() {
        Ok(plan) => {
            let state = AppState::new(plan, lang);
            provide_context(state);
            provide_viewport();
            Effect::new(move |_| {
                let lang = state.lang.get();
                if let Some(html) = document().document_element() {
                    let _ = html.set_attribute("lang", lang.code());
                }
                document().set_title(tr(lang, Text::AppTitle));
                // Not remembered is not fatal: the choice still holds for this visit.
                let _ = storage::save_lang(lang);
            });
            view! { <Workbench /> }.into_any()
        }
        Err(e) => view! {
            <main class="fatal" role="alert">
                <h1>{tr(lang, Text::PlanError)}</h1>
                <pre>{e.to_string()}</pre>
            </main>
        }
        .into_any(),
    }
}

#[component]
fn Workbench() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <header class="top">
            <div class="titles">
                <h1>{move || tr(lang.get(), Text::AppTitle)}</h1>
                <p class="subtitle">{move || tr(lang.get(), Text::AppSubtitle)}</p>
            </div>
            <Summary />
            <Pace />
            <LanguageSwitch />
        </header>
        <main class="layout">
            <IndicatorView />
            <Dashboard />
        </main>
    }
}

#[component]
fn Summary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <p class="summary" data-summary="" aria-live="polite">
            <strong data-value=move || state.summary.get().on_track.to_string()>{move || state.summary.get().on_track}</strong>
            "/"
            <span data-total=move || state.summary.get().total.to_string()>{move || state.summary.get().total}</span>
            " "
            {move || tr(lang.get(), Text::OnTrackSummary)}
        </p>
    }
}

#[component]
fn Pace() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <div class="pace" title=move || tr(lang.get(), Text::PaceHint)>
            <NumberField
                name="pace"
                label=Signal::derive(move || tr(lang.get(), Text::Pace).to_string())
                unit=Signal::derive(|| "%".to_string())
                value=Signal::derive(move || state.pace_pct.get())
                rules=Signal::derive(|| Rules { min: -100.0, max: 100.0, whole: false })
                lang=lang
                slider=Signal::derive(|| (-50.0, 50.0, 1.0))
                decimals=1
                on_change=move |v| state.pace_pct.set(v)
            />
        </div>
    }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
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
        <div class="lang-switch" role="group" aria-label=move || tr(lang.get(), Text::LanguageLabel)>
            {button(Lang::Vi, "Tiếng Việt")}
            {button(Lang::En, "English")}
        </div>
    }
}
