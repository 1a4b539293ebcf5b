//! The page: header with the language switch and the plan-wide summary, the dashboard,
//! and the selected indicator's chart.

use leptos::prelude::*;

use super::chart::IndicatorChart;
use super::dashboard::Dashboard;
use super::i18n::{tr, Text};
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
            <LanguageSwitch />
        </header>
        <main class="layout">
            <Dashboard />
            <IndicatorChart />
        </main>
    }
}

#[component]
fn Summary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <p class="summary" data-summary="">
            <strong data-value=move || state.summary.get().on_track.to_string()>
                {move || state.summary.get().on_track}
            </strong>
            "/"
            <span data-total=move || state.summary.get().total.to_string()>{move || state.summary.get().total}</span>
            " "
            {move || tr(lang.get(), Text::OnTrackSummary)}
        </p>
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
