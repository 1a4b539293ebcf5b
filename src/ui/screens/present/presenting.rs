//! What the first screen needs of the presentation: whether it is on, which slide, the
//! keys and the button that opens it. In the first module; the slides are not.

use super::slides::{differing, ON_SUMMARY, ROWS_PER_SLIDE};
use crate::edge::fullscreen;
use crate::model::plan::Group;
use crate::model::projection::status::{needing_attention, slides_for};
use crate::ui::i18n::{live_text, Text};
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// The cursor hides after this long without moving.
pub(super) const IDLE_MS: u64 = 2500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    Summary,
    /// The indicators that need attention, a page of them.
    Attention(usize),
    /// Scenarios side by side, a page of the indicators where they differ.
    Compare(usize),
    /// A group's indicators, a page of them: long groups take several slides.
    Group(Group, usize),
    Indicator(usize),
}

#[derive(Clone, Copy)]
pub struct Presenting {
    pub on: RwSignal<bool>,
    pub at: RwSignal<usize>,
    /// One group per slide instead of one indicator.
    pub by_group: RwSignal<bool>,
    pub(super) idle: RwSignal<bool>,
    idle_timer: StoredValue<Option<TimeoutHandle>>,
    /// The browser said no to full screen: presenting in the window.
    pub refused: RwSignal<bool>,
}

impl Presenting {
    pub fn slides(&self, state: AppState) -> Vec<Slide> {
        // One indicator a slide keeps its order (summary, then 1 to P9): each lagging
        // indicator has its own slide there. By group, the lagging ones are listed first.
        let mut list = vec![Slide::Summary];
        let by_group = self.by_group.get();
        let lagging = state
            .results
            .with(|r| needing_attention(r.iter().map(|(_, s)| s)).len());
        if by_group && lagging > ON_SUMMARY {
            list.extend((0..slides_for(lagging, ROWS_PER_SLIDE)).map(Slide::Attention));
        }
        if !state.compared.with(|c| c.is_empty()) {
            let differing = differing(state).len();
            list.extend((0..slides_for(differing, ROWS_PER_SLIDE)).map(Slide::Compare));
        }
        state.plan.with(|plan| {
            if by_group {
                for g in plan.group_order() {
                    let n = plan.indices_in(g).len();
                    list.extend((0..slides_for(n, ROWS_PER_SLIDE)).map(|k| Slide::Group(g, k)));
                }
            } else {
                list.extend((0..plan.indicators.len()).map(Slide::Indicator));
            }
        });
        list
    }

    pub fn start(self) {
        self.at.set(0);
        self.on.set(true);
        self.refused.set(false);
        let refused = self.refused;
        fullscreen::enter(move |ok| refused.set(!ok));
        self.wake();
    }

    pub fn stop(self) {
        self.on.set(false);
        fullscreen::leave();
        crate::edge::focus::after_frame("[data-action=\"present\"]");
    }

    pub(super) fn go(self, state: AppState, to: isize) {
        let n = self.slides(state).len() as isize;
        self.at.set(to.clamp(0, n - 1) as usize);
    }

    fn wake(self) {
        self.idle.set(false);
        if let Some(Some(t)) = self.idle_timer.try_update_value(|t| t.take()) {
            t.clear();
        }
        let idle = self.idle;
        let handle =
            set_timeout_with_handle(move || idle.set(true), Duration::from_millis(IDLE_MS));
        self.idle_timer.set_value(handle.ok());
    }
}

/// Whether a key press belongs to a form control (typing, a slider's arrows).
pub(super) fn in_control(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
}

pub(super) fn on_key(p: Presenting, state: AppState, e: &web_sys::KeyboardEvent) {
    if e.ctrl_key() || e.meta_key() || e.alt_key() {
        return;
    }
    let key = e.key();
    if !p.on.get_untracked() {
        if (key == "f" || key == "F") && !in_control(e) {
            e.prevent_default();
            p.start();
        }
        return;
    }
    p.wake();
    let at = p.at.get_untracked() as isize;
    // Presenter clickers send PageUp/PageDown: they move slides even from a slider.
    let step = match key.as_str() {
        "Escape" => {
            p.stop();
            return;
        }
        "PageDown" => 1,
        "PageUp" => -1,
        _ if in_control(e) => return,
        "ArrowRight" | "ArrowDown" | " " => 1,
        "ArrowLeft" | "ArrowUp" => -1,
        "Home" => -at,
        "End" => isize::MAX / 2,
        "f" | "F" => {
            if fullscreen::is_on() {
                fullscreen::leave();
            } else {
                let refused = p.refused;
                fullscreen::enter(move |ok| refused.set(!ok));
            }
            return;
        }
        _ => return,
    };
    e.prevent_default();
    p.go(state, at.saturating_add(step));
}

/// Sets up presentation mode: its state, keys, and leaving when full screen ends.
pub fn provide_presentation(state: AppState) -> Presenting {
    let p = Presenting {
        on: RwSignal::new(false),
        at: RwSignal::new(0),
        by_group: RwSignal::new(false),
        idle: RwSignal::new(false),
        idle_timer: StoredValue::new(None),
        refused: RwSignal::new(false),
    };
    let keys = window_event_listener(leptos::ev::keydown, move |e| on_key(p, state, &e));
    // Esc in full screen is taken by the browser, which leaves full screen: leave with it.
    let was_full = StoredValue::new(false);
    let screen = window_event_listener(leptos::ev::fullscreenchange, move |_| {
        let full = fullscreen::is_on();
        if was_full.get_value() && !full && p.on.get_untracked() {
            p.stop();
        }
        was_full.set_value(full);
    });
    let moves = window_event_listener(leptos::ev::mousemove, move |_| {
        if p.on.get_untracked() {
            p.wake();
        }
    });
    on_cleanup(move || {
        keys.remove();
        screen.remove();
        moves.remove();
    });
    // The indicator on the slide is the selected one: the band and the field follow it.
    Effect::new(move |_| {
        if !p.on.get() {
            return;
        }
        if let Some(Slide::Indicator(i)) = p.slides(state).get(p.at.get()) {
            state.view.selected.set(*i);
        }
    });
    provide_context(p);
    p
}

#[component]
pub fn PresentButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = expect_context::<Presenting>();
    view! {
        <button type="button" class="present-button" data-action="present" on:click=move |_| p.start()
            title=live_text(state.lang, Text::PresentHint)>
            {live_text(state.lang, Text::Present)}
        </button>
    }
}
