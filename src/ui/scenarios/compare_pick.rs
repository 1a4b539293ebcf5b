//! Which scenarios to compare with the shown one (up to `MAX_COMPARED`).

use leptos::prelude::*;

use crate::ui::i18n::{live_text, Text};
use crate::ui::state::{AppState, MAX_COMPARED};

#[component]
pub fn ComparePick() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let active_id = state.active_id;
    view! {
        <details class="compare-pick">
            <summary>{live_text(lang, Text::CompareWith)}</summary>
            <For each=move || state.choices.get() key=|c| c.clone() let((id, name))>
                {
                    let (mine, shown, toggled) = (id.clone(), id.clone(), id.clone());
                    let checked = Memo::new(move |_| state.view.compare.with(|c| c.contains(&mine)));
                    view! {
                        <label class="compare-option" class:hidden=move || active_id.get() == shown>
                            <input type="checkbox" data-compare=id
                                prop:checked=move || checked.get()
                                disabled=move || !checked.get() && state.view.compare.with(|c| c.len() >= MAX_COMPARED)
                                on:change=move |ev| state.toggle_compare(toggled.clone(), event_target_checked(&ev)) />
                            {name}
                        </label>
                    }
                }
            </For>
        </details>
    }
}
