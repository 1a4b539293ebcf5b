//! The presentation itself: the bar, the scenario switcher and the slide shown.

use super::presenting::{Presenting, Slide};
use super::slides::{AttentionSlide, CompareSlide, GroupSlide, IndicatorSlide, SummarySlide};
use crate::ui::i18n::{live_text, Text};
use crate::ui::scenarios::ScenarioSelect;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn Presentation() -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = expect_context::<Presenting>();
    let lang = state.lang;
    let slides = Memo::new(move |_| p.slides(state));
    let slide = Memo::new(move |_| slides.with(|s| s.get(p.at.get()).copied()));
    let count = move || format!("{} / {}", p.at.get() + 1, slides.with(|s| s.len()));
    // The keyboard goes with the slides (the dialog itself), not to the hidden page: each
    // time the dialog is made, also the first time, when its module arrived after the tap.
    let dialog = NodeRef::<leptos::html::Div>::new();
    crate::edge::focus::when_made(move || dialog.get().is_some(), "[data-present]");
    view! {
        <Show when=move || p.on.get()>
            <div node_ref=dialog class="present" class:idle=move || p.idle.get() data-present="" tabindex="-1" role="dialog" aria-modal="true"
                aria-label=live_text(lang, Text::Present)>
                <header class="present-bar">
                    <ScenarioSelect name="slide-scenario" />
                    <label class="present-mode">
                        <input type="checkbox" data-input="by-group" prop:checked=move || p.by_group.get()
                            on:change=move |ev| { p.by_group.set(event_target_checked(&ev)); p.at.set(0); } />
                        {live_text(lang, Text::ByGroup)}
                    </label>
                    <span class="present-count" data-count=count>{count}</span>
                    <button type="button" data-action="prev-slide" on:click=move |_| p.go(state, p.at.get_untracked() as isize - 1)>"◀"</button>
                    <button type="button" data-action="next-slide" on:click=move |_| p.go(state, p.at.get_untracked() as isize + 1)>"▶"</button>
                    <button type="button" data-action="leave-present" on:click=move |_| p.stop()>{live_text(lang, Text::LeavePresent)}</button>
                </header>
                <Show when=move || p.refused.get()>
                    <p class="present-note">{live_text(lang, Text::FullscreenRefused)}</p>
                </Show>
                {move || match slide.get() {
                    Some(Slide::Summary) | None => view! { <SummarySlide /> }.into_any(),
                    Some(Slide::Attention(page)) => view! { <AttentionSlide page=page /> }.into_any(),
                    Some(Slide::Compare(page)) => view! { <CompareSlide page=page /> }.into_any(),
                    Some(Slide::Group(g, page)) => view! { <GroupSlide group=g page=page /> }.into_any(),
                    Some(Slide::Indicator(_)) => view! { <IndicatorSlide /> }.into_any(),
                }}
            </div>
        </Show>
    }
}
