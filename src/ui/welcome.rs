//! The first look: one panel that says plainly what is illustrative and what to do first
//! (enter the commune's own 2025 figures, then try assumptions). Shown until dismissed,
//! and only while some baseline is still illustrative.

use leptos::prelude::*;

use super::i18n::{live_text, Text};
use super::state::AppState;
use crate::edge::{focus, storage};

/// Set once the planner has dismissed the panel; a store that cannot be written only
/// means the panel shows again next time.
const DISMISSED_KEY: &str = "bacyen.welcome-dismissed";

#[component]
pub fn Welcome() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let dismissed = RwSignal::new(matches!(storage::read(DISMISSED_KEY), Ok(Some(_))));
    let dismiss = move |_| {
        dismissed.set(true);
        let _ = storage::write(DISMISSED_KEY, "1");
        focus::after_frame("[data-open]");
    };
    // The first indicator still on an illustrative baseline, opened at its baseline field.
    let start = move |_| {
        let first = state.read_plan.with(|p| p.indicators.len());
        if let Some(i) = (0..first).find(|i| state.illustrative(*i)) {
            state.view.selected.set(i);
            state.view.opened.set(true);
            focus::after_frame(".indicator-view [data-input=\"baseline\"]");
        }
    };
    // On a phone the panel is one line that opens (style/main.css); wider screens show it whole.
    let more = RwSignal::new(false);
    view! {
        <Show when=move || !dismissed.get() && state.any_illustrative()>
            <section class="welcome" class:open=move || more.get() data-welcome="" aria-labelledby="welcome-title">
                <button type="button" class="welcome-line" data-action="welcome-more" aria-expanded=move || more.get().to_string()
                    on:click=move |_| more.set(true)>
                    <strong>{live_text(lang, Text::WelcomeTitle)}</strong>" · "{live_text(lang, Text::WelcomeMore)}" ›"
                </button>
                <h2 id="welcome-title">{live_text(lang, Text::WelcomeTitle)}</h2>
                <p>{live_text(lang, Text::WelcomeIllustrative)}</p>
                <ol>
                    <li>{live_text(lang, Text::WelcomeStepFigures)}</li>
                    <li>{live_text(lang, Text::WelcomeStepTry)}</li>
                </ol>
                <p class="welcome-actions">
                    <button type="button" class="primary" data-action="start-figures" on:click=start>{live_text(lang, Text::WelcomeStart)}</button>
                    <button type="button" data-action="dismiss-welcome" on:click=dismiss>{live_text(lang, Text::WelcomeDismiss)}</button>
                </p>
            </section>
        </Show>
    }
}
