//! Presentation mode for a council session on a projector: full screen when the browser
//! allows it (a clean full-window view when it does not), large type, high contrast, one
//! indicator or one group per slide with its chart, target and status, the assumption
//! slider live, a scenario switcher, a summary slide, keys and presenter clickers to move,
//! and a cursor that hides when idle.

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

use super::card::Card;
use super::chart::{ChartCanvas, ChartSize};
use super::header::{Pace, Summary};
use super::i18n::{live_text, text, verdict_text, Text};
use super::indicator::{chart_data, ParameterField};
use super::scenarios::ScenarioSelect;
use super::state::AppState;
use super::widgets::PngButton;
use super::words::{capitalised, target_words};
use crate::edge::fullscreen;
use crate::model::plan::Group;
use crate::model::Verdict;

/// The cursor hides after this long without moving.
const IDLE_MS: u64 = 2500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    Summary,
    Group(Group),
    Indicator(usize),
}

#[derive(Clone, Copy)]
pub struct Presenting {
    pub on: RwSignal<bool>,
    pub at: RwSignal<usize>,
    /// One group per slide instead of one indicator.
    pub by_group: RwSignal<bool>,
    idle: RwSignal<bool>,
    idle_timer: StoredValue<Option<TimeoutHandle>>,
    /// The browser said no to full screen: presenting in the window.
    pub refused: RwSignal<bool>,
}

impl Presenting {
    pub fn slides(&self, state: AppState) -> Vec<Slide> {
        let mut list = vec![Slide::Summary];
        state.plan.with_value(|plan| {
            if self.by_group.get() {
                list.extend(plan.groups.iter().map(|g| Slide::Group(g.id)));
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
        // The keyboard goes with the slides (the dialog itself), not to the hidden page.
        crate::edge::focus::after_frame("[data-present]");
    }

    pub fn stop(self) {
        self.on.set(false);
        fullscreen::leave();
        crate::edge::focus::after_frame("[data-action=\"present\"]");
    }

    fn go(self, state: AppState, to: isize) {
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
fn in_control(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
}

fn on_key(p: Presenting, state: AppState, e: &web_sys::KeyboardEvent) {
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

#[component]
pub fn Presentation() -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = expect_context::<Presenting>();
    let lang = state.lang;
    let slides = Memo::new(move |_| p.slides(state));
    let slide = Memo::new(move |_| slides.with(|s| s.get(p.at.get()).copied()));
    let count = move || format!("{} / {}", p.at.get() + 1, slides.with(|s| s.len()));
    view! {
        <Show when=move || p.on.get()>
            <div class="present" class:idle=move || p.idle.get() data-present="" tabindex="-1" role="dialog" aria-modal="true"
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
                    Some(Slide::Group(g)) => view! { <GroupSlide group=g /> }.into_any(),
                    Some(Slide::Indicator(_)) => view! { <IndicatorSlide /> }.into_any(),
                }}
            </div>
        </Show>
    }
}

#[component]
fn SummarySlide() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let counts = move || {
        let s = state.summary.get();
        Verdict::ALL
            .iter()
            .filter(|v| s.count(**v) > 0)
            .map(|v| {
                let n = s.count(*v);
                view! { <li class=format!("badge {}", v.key())>{verdict_text(lang.get(), *v)}": "<strong>{n}</strong></li> }
            })
            .collect_view()
    };
    view! {
        <section class="slide summary-slide" data-slide="summary">
            <h1>{live_text(lang, Text::AppTitle)}</h1>
            <h2>{move || state.name_of(&state.active.get())}</h2>
            <div class="big-summary"><Summary /></div>
            <ul class="counts">{counts}</ul>
            <Pace />
        </section>
    }
}

#[component]
fn GroupSlide(group: Group) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let members = state.plan.with_value(|plan| plan.indices_in(group));
    let title = move || {
        state
            .plan
            .with_value(|plan| plan.group_name(group, lang.get()).to_string())
    };
    view! {
        <section class="slide group-slide" data-slide=super::dashboard::group_key(group)>
            <h1>{move || capitalised(&title())}</h1>
            <div class="cards">{members.into_iter().map(|n| view! { <Card index=n /> }).collect_view()}</div>
        </section>
    }
}

#[component]
fn IndicatorSlide() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let sel = state.selection();
    let ind = sel.indicator;
    let result = sel.result;
    let data = chart_data(sel);
    let label = Signal::derive(move || {
        ind.get()
            .map(|i| format!("{} {}", text(lang.get(), Text::ChartLabel), i.id))
            .unwrap_or_default()
    });
    view! {
        <section class="slide indicator-slide" data-slide=move || ind.get().map(|i| i.id).unwrap_or_default()>
            <h1>{move || ind.get().map(|i| format!("{} · {}", i.id, capitalised(i.name(lang.get())))).unwrap_or_default()}</h1>
            <div class="slide-body">
                <ChartCanvas data=data size=ChartSize::Slide label=label name="slide" />
                <dl class="slide-numbers">
                    <dt>{live_text(lang, Text::Target)}</dt>
                    <dd>{move || ind.get().map(|i| format!("{} ({})", target_words(&i, lang.get()), i.target.year)).unwrap_or_default()}</dd>
                    <dt>{move || ind.get().map(|i| super::i18n::projected_label(lang.get(), i.target.year)).unwrap_or_default()}</dt>
                    <dd data-field="slide-projected" data-value=move || result.get().map(|(_, s)| s.outcome.to_string()).unwrap_or_default()>
                        {move || result.get().and_then(|(_, s)| ind.get().map(|i| crate::model::target::show_outcome(&i, s.outcome, lang.get()))).unwrap_or_default()}
                        " "{move || ind.get().map(|i| i.target_unit(lang.get()).to_string()).unwrap_or_default()}
                    </dd>
                    <dt>{live_text(lang, Text::Status)}</dt>
                    <dd><span class=move || format!("badge {}", result.get().map(|(_, s)| s.verdict.key()).unwrap_or(""))>
                        {move || result.get().map(|(_, s)| verdict_text(lang.get(), s.verdict)).unwrap_or_default()}
                    </span></dd>
                </dl>
                <p class="slide-reason" data-reason="">
                    {move || match (ind.get(), result.get()) {
                        (Some(i), Some((_, s))) => crate::model::reason::sentence(&i, &s, lang.get()),
                        _ => String::new(),
                    }}
                </p>
            </div>
            <div class="slide-control">
                <ParameterField sel=sel name="slide-parameter" />
                <PngButton chart="slide" />
            </div>
        </section>
    }
}
