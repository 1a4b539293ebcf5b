//! Presentation mode for a council session on a projector: full screen when the browser
//! allows it (a clean full-window view when it does not), large type, high contrast, one
//! indicator or one group per slide with its chart, target and status, the assumption
//! slider live, a scenario switcher, a summary slide, keys and presenter clickers to move,
//! and a cursor that hides when idle.
//!
//! Imports: nothing.

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

use crate::edge::fullscreen;
use crate::model::plan::Group;
use crate::model::projection::status::{needing_attention, slides_for};
use crate::model::projection::target::show_outcome;
use crate::model::words::comparison::{better, Better};
use crate::model::words::reason::with_unit;
use crate::model::words::wording::FigureSource;
use crate::model::writing::html;
use crate::model::Verdict;
use crate::ui::chart::{ChartCanvas, ChartSize};
use crate::ui::header::Summary;
use crate::ui::i18n::{live_text, text, verdict_text, Text};
use crate::ui::indicator::{chart_data, ParameterField};
use crate::ui::legend::ChartLegend;
use crate::ui::scenarios::ScenarioSelect;
use crate::ui::state::AppState;
use crate::ui::widgets::PngButton;
use crate::ui::words::{capitalised, target_words};

/// The cursor hides after this long without moving.
const IDLE_MS: u64 = 2500;

/// Rows on one slide: at 24 px and more, this many fit a 1024×768 projector.
const ROWS_PER_SLIDE: usize = 4;
/// The most urgent indicators named on the summary slide itself.
const ON_SUMMARY: usize = 3;

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
    idle: RwSignal<bool>,
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

/// The indicators whose outcome or verdict differs between the shown scenario and a
/// compared one: what a comparison slide is about.
fn differing(state: AppState) -> Vec<usize> {
    let shown = state.results.get();
    let compared = state.compared.get();
    state.read_plan.with(|plan| {
        plan.indicators
            .iter()
            .enumerate()
            .filter(|(i, ind)| {
                let Some((_, s)) = shown.get(*i) else {
                    return false;
                };
                compared.iter().any(|c| {
                    c.results.get(*i).is_some_and(|(_, o)| {
                        o.verdict != s.verdict || better(ind, s.outcome, o.outcome) != Better::Same
                    })
                })
            })
            .map(|(i, _)| i)
            .collect()
    })
}

/// The page `page` of `list`, ROWS_PER_SLIDE long.
fn page_of(list: &[usize], page: usize) -> Vec<usize> {
    list.iter()
        .copied()
        .skip(page * ROWS_PER_SLIDE)
        .take(ROWS_PER_SLIDE)
        .collect()
}

/// "(2/3)" after a title continued over several slides; nothing for one slide.
fn page_mark(page: usize, pages: usize) -> String {
    if pages > 1 {
        format!(" ({}/{pages})", page + 1)
    } else {
        String::new()
    }
}

/// Said on every slide whose numbers rest on an illustrative baseline.
#[component]
fn IllustrativeMark(#[prop(into)] when: Signal<bool>) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    view! {
        <Show when=move || when.get()>
            <p class="slide-mark" data-slide-illustrative="">{live_text(lang, Text::IllustrativeSlide)}</p>
        </Show>
    }
}

/// The rows of a list slide for these indicators, as the model writes them (model::html).
fn rows_html(state: AppState, list: &[usize]) -> String {
    let l = state.lang.get();
    state.results.with(|r| {
        state.read_plan.with(|plan| {
            list.iter()
                .filter_map(|&i| {
                    let ind = plan.indicators.get(i)?;
                    let (_, s) = r.get(i)?;
                    Some(html::slide_row(ind, s, &plan.settings, l))
                })
                .collect()
        })
    })
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
    let lagging = Memo::new(move |_| {
        state
            .results
            .with(|r| needing_attention(r.iter().map(|(_, s)| s)))
    });
    let more = move || {
        let n = lagging.with(|l| l.len().saturating_sub(ON_SUMMARY));
        (n > 0).then(|| {
            format!(
                "{} {n} {}",
                text(lang.get(), Text::AndMore),
                text(lang.get(), Text::IndicatorsWord)
            )
        })
    };
    // With scenarios compared: each one's count beside the shown one's.
    let comparison = move || {
        let l = lang.get();
        let compared = state.compared.get();
        if compared.is_empty() {
            return None;
        }
        let shown = state.summary.get();
        let mut rows = vec![(state.name_of(&state.active.get()), shown)];
        rows.extend(compared.iter().map(|c| {
            (
                c.name.clone(),
                crate::model::projection::status::PlanSummary::of(
                    c.results.iter().map(|(_, s)| &s.verdict),
                ),
            )
        }));
        Some(view! {
            <table class="slide-compare" data-summary-compare="">
                <tbody>
                    {rows.into_iter().map(|(name, s)| view! {
                        <tr><th scope="row">{name}</th><td><strong>{s.on_track}</strong>"/"{s.total}" "{text(l, Text::OnTrackShort)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    };
    view! {
        <section class="slide summary-slide" data-slide="summary">
            // Another commune's plan is presented under its own name, not Bắc Yên's.
            <h1>{move || if state.plan_is_built_in() {
                text(lang.get(), Text::AppTitle).to_string()
            } else {
                state.plan.with(|p| p.name(lang.get()))
            }}</h1>
            <IllustrativeMark when=Signal::derive(move || state.any_illustrative()) />
            <div class="summary-columns">
                <div>
                    <h2>{move || state.name_of(&state.active.get())}</h2>
                    <p class="slide-note" data-slide-note="">{move || state.active.get().note}</p>
                    <div class="big-summary"><Summary /></div>
                    <ul class="counts">{counts}</ul>
                    {comparison}
                </div>
                <div>
                    <h2>{live_text(lang, Text::NeedsAttention)}</h2>
                    <ul class="slide-rows" data-attention-list="" inner_html=move || {
                        let top: Vec<usize> = lagging.get().into_iter().take(ON_SUMMARY).collect();
                        rows_html(state, &top)
                    }></ul>
                    <p class="slide-more">{more}</p>
                </div>
            </div>
        </section>
    }
}

#[component]
fn AttentionSlide(page: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let lagging = Memo::new(move |_| {
        state
            .results
            .with(|r| needing_attention(r.iter().map(|(_, s)| s)))
    });
    let pages = move || slides_for(lagging.with(|l| l.len()), ROWS_PER_SLIDE);
    view! {
        <section class="slide list-slide" data-slide=format!("attention-{}", page + 1)>
            <h1>{move || format!("{}{}", text(lang.get(), Text::NeedsAttention), page_mark(page, pages()))}</h1>
            <IllustrativeMark when=Signal::derive(move || lagging.with(|l| page_of(l, page).iter().any(|i| state.illustrative(*i)))) />
            <ul class="slide-rows" inner_html=move || rows_html(state, &page_of(&lagging.get(), page))></ul>
        </section>
    }
}

/// Two to four scenarios side by side on the indicators where they differ.
#[component]
fn CompareSlide(page: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let rows = Memo::new(move |_| differing(state));
    let pages = move || slides_for(rows.with(|r| r.len()), ROWS_PER_SLIDE);
    let head = move || {
        let mut names = vec![state.name_of(&state.active.get())];
        names.extend(state.compared.get().into_iter().map(|c| c.name));
        names
            .into_iter()
            .map(|n| view! { <th scope="col">{n}</th> })
            .collect_view()
    };
    let body = move || {
        let compared = state.compared.get();
        let lists: Vec<&[_]> = compared.iter().map(|c| c.results.as_slice()).collect();
        state.results.with(|shown| {
            state.read_plan.with(|plan| {
                html::compare_rows(plan, shown, &lists, &page_of(&rows.get(), page), lang.get())
            })
        })
    };
    view! {
        <section class="slide compare-slide" data-slide=format!("compare-{}", page + 1)>
            <h1>{move || format!("{}{}", text(lang.get(), Text::CompareTitle), page_mark(page, pages()))}</h1>
            <IllustrativeMark when=Signal::derive(move || state.any_illustrative()) />
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p>{live_text(lang, Text::NoDifference)}</p> }>
                <table class="slide-table">
                    <thead><tr><th scope="col">{live_text(lang, Text::CsvIndicator)}</th>{head}</tr></thead>
                    <tbody inner_html=body></tbody>
                </table>
            </Show>
        </section>
    }
}

#[component]
fn GroupSlide(group: Group, page: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let members = state.plan.with(|plan| plan.indices_in(group));
    let pages = slides_for(members.len(), ROWS_PER_SLIDE);
    let shown = page_of(&members, page);
    let marked = shown.clone();
    let title = move || {
        state
            .plan
            .with(|plan| plan.group_name(group, lang.get()).to_string())
    };
    let key = crate::ui::dashboard::group_key(group);
    // The first slide of a group keeps the group's own key; the next ones are numbered.
    let slide_key = if page == 0 {
        key.to_string()
    } else {
        format!("{key}-{}", page + 1)
    };
    view! {
        <section class="slide group-slide list-slide" data-slide=slide_key>
            <h1>{move || format!("{}{}", capitalised(&title()), page_mark(page, pages))}</h1>
            <IllustrativeMark when=Signal::derive(move || marked.iter().any(|i| state.illustrative(*i))) />
            <ul class="slide-rows" inner_html=move || rows_html(state, &shown)></ul>
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
            <IllustrativeMark when=Signal::derive(move || state.illustrative(state.view.selected.get())) />
            <div class="slide-body">
                <div class="slide-chart">
                    <ChartCanvas data=data size=ChartSize::Slide label=label name="slide" />
                    <ChartLegend indicator=ind />
                </div>
                <dl class="slide-numbers">
                    <dt>{live_text(lang, Text::Target)}</dt>
                    <dd>{move || ind.get().map(|i| format!("{} ({})", target_words(&i, lang.get()), i.target.year)).unwrap_or_default()}</dd>
                    <dt>{move || ind.get().map(|i| crate::ui::i18n::projected_label(lang.get(), i.target.year)).unwrap_or_default()}</dt>
                    <dd data-field="slide-projected" data-value=move || result.get().map(|(_, s)| s.outcome.to_string()).unwrap_or_default()>
                        {move || result.get().and_then(|(_, s)| ind.get().map(|i| with_unit(&show_outcome(&i, s.outcome, lang.get()), i.target_unit(lang.get())))).unwrap_or_default()}
                    </dd>
                    // The commune's (or the scenario's own) 2025 figure says whose it is; an
                    // illustrative one is said by the slide's mark.
                    <Show when=move || matches!(state.figure_source(state.view.selected.get()), Some((_, src)) if src != FigureSource::Plan)>
                        <dt>{live_text(lang, Text::Source)}</dt>
                        <dd class="slide-source" data-slide-source="">{move || {
                            let (value, source) = state.figure_source(state.view.selected.get())?;
                            ind.get().map(|i| crate::model::words::wording::baseline_source(&i, value, &source, lang.get()))
                        }}</dd>
                    </Show>
                    <dt>{live_text(lang, Text::Status)}</dt>
                    <dd><span class=move || format!("badge {}", result.get().map(|(_, s)| s.verdict.key()).unwrap_or(""))>
                        {move || result.get().map(|(_, s)| verdict_text(lang.get(), s.verdict)).unwrap_or_default()}
                    </span></dd>
                </dl>
                <p class="slide-reason" data-reason="">
                    {move || match (ind.get(), result.get()) {
                        (Some(i), Some((_, s))) => crate::model::words::reason::sentence(&i, &s, lang.get()),
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

// Presentation as a module of its own, fetched when first opened (ui::lazy).
crate::split_screen!(present_screen, load, || view! { <Presentation /> });
