//! The page: a header with the plan-wide summary, the plan-wide pace and the language
//! switch; the indicator view beside the dashboard of cards.

use leptos::prelude::*;

use wasm_bindgen::JsCast;

use super::banners::{Banners, FileNote, SaveState};
use super::chart::provide_viewport;
use super::dashboard::Dashboard;
use super::header::{LanguageSwitch, Pace, Summary};
use super::i18n::{live_text, text, Text};
use super::indicator::IndicatorView;
use super::lazy;
use super::saving::{self, Saving};
use super::scenarios::ScenarioBar;
use super::screens::present::{provide_presentation, PresentButton, Presenting};
use super::screens::report::{provide_printing, Printing, ReportButton};
use super::startup::{in_turn, Startup};
use super::state::AppState;
use crate::edge::idle;
use crate::model::basics::number::Lang;
use crate::model::Plan;

#[component]
pub fn App() -> impl IntoView {
    let steps = Startup::provide();
    // The plan, then the planner's stored work, each read in a task of its own, before
    // the page's parts are built (ui::startup): none of it blocks the skeleton's page.
    let arrived = RwSignal::new(false);
    let loaded = StoredValue::new_local(None);
    idle::later(move || {
        let plan = Plan::bundled();
        idle::later(move || {
            let start = plan.map(|plan| {
                let start = saving::startup(&plan);
                (plan, start)
            });
            loaded.set_value(Some(start));
            arrived.set(true);
        });
    });
    move || {
        // Runs once, when the data has arrived.
        if !arrived.get() {
            return None;
        }
        let view = match loaded.try_update_value(Option::take).flatten()? {
            Ok((plan, start)) => open(plan, start),
            Err(e) => view! {
                <main class="fatal" role="alert">
                    <h1>{text(Lang::default(), Text::PlanError)}</h1>
                    <pre>{e.to_string()}</pre>
                </main>
            }
            .into_any(),
        };
        steps.seal();
        Some(view)
    }
}

/// The app on the plan and the planner's work as loaded.
fn open(plan: Plan, start: saving::Startup) -> AnyView {
    let state = AppState::new(plan, start.workspace.clone(), start.lang);
    provide_context(state);
    provide_context(Saving::start(state, start));
    provide_viewport();
    provide_presentation(state);
    provide_printing();
    provide_context(super::screens::facts_sheet::FactsSheetOpen(RwSignal::new(
        false,
    )));
    state
        .plan
        .with_untracked(|p| super::screens::year_end::provide_year_end(p.base_year, p.horizon));
    provide_context(super::screens::plans::PlanEditorOpen(RwSignal::new(false)));
    provide_context(super::screens::plans::PlanBarOpen(RwSignal::new(false)));
    provide_context(super::screens::plan_from_text::PlanFromTextOpen(
        RwSignal::new(false),
    ));
    // Another plan shown: what is compared, filtered or selected belonged to the last one.
    let plan_id = Memo::new(move |_| state.workspace.with(|w| w.plan.clone()));
    Effect::new(move |first: Option<()>| {
        plan_id.with(|_| ());
        if first.is_some() {
            state.view.compare.set(Vec::new());
            state.view.filter_group.set(None);
            state.view.selected.set(0);
        }
    });
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        document().set_title(text(lang, Text::AppTitle));
    });
    let keys = window_event_listener(leptos::ev::keydown, move |e| undo_keys(state, &e));
    on_cleanup(move || keys.remove());
    view! { <Workbench /> }.into_any()
}

/// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on a Mac). In any text box (name,
/// note, a number field, a year cell) the browser's own text undo is left alone: it
/// undoes the typing, not the last committed change.
fn undo_keys(state: AppState, e: &web_sys::KeyboardEvent) {
    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
        return;
    }
    let in_text = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            let tag = el.tag_name().to_ascii_lowercase();
            let typing = tag == "textarea"
                || (tag == "input" && el.get_attribute("type").is_none_or(|t| t == "text"));
            typing || el.class_list().contains("text-field")
        });
    if in_text {
        return;
    }
    match (e.key().to_ascii_lowercase().as_str(), e.shift_key()) {
        ("z", false) => state.undo(),
        ("z", true) | ("y", _) => state.redo(),
        _ => return,
    }
    e.prevent_default();
}

#[component]
fn Workbench() -> impl IntoView {
    let state = expect_context::<AppState>();
    let presenting = expect_context::<Presenting>();
    let printing = expect_context::<Printing>();
    let startup = expect_context::<Startup>();
    // Unfolded first once the page is shown, then the cards.
    let indicator_shown = startup.shown();
    // Screens fetched the first time they are opened (ui::lazy).
    let editor_open = expect_context::<super::screens::plans::PlanEditorOpen>().0;
    let from_text_open = expect_context::<super::screens::plan_from_text::PlanFromTextOpen>().0;
    let facts_open = expect_context::<super::screens::facts_sheet::FactsSheetOpen>().0;
    let year_end_open = expect_context::<super::screens::year_end::YearEnd>().open;
    // On a phone the header's tools and the scenario bar fold behind one button, so the
    // count and the first cards are the first screen (style/main.css); wider screens
    // always show them.
    let menu = PhoneMenu(RwSignal::new(false));
    provide_context(menu);
    // Built in this order, one part a task, while hidden (ui::startup).
    view! {
        <div class="workbench" class:menu-open=move || menu.0.get() class:hidden=move || !startup.ready.get() || presenting.on.get() || printing.open.get()>
        {in_turn(startup, || view! { <TopBar /> })}
        {in_turn(startup, || view! { <Banners /> })}
        {in_turn(startup, || view! { <ScenarioBar /> })}
        {lazy::when_opened(move || editor_open.get(), super::screens::plan_editor::load)}
        {lazy::when_opened(move || from_text_open.get(), super::screens::plan_from_text::load)}
        // Built anew when the plan's list of indicators changes (another plan, one added
        // or removed): each part lists the indicators once when built.
        {move || {
            // Read, not only tracked: a memo that is never read is never recomputed.
            state.shape.with(|_| ());
            view! {
                {lazy::when_opened(move || facts_open.get(), super::screens::facts_sheet::load)}
                {lazy::when_opened(move || year_end_open.get(), super::screens::year_end::load)}
                {lazy::when_opened(move || state.compared.with(|c| !c.is_empty()), super::screens::compare::load)}
                <main class="layout">
                    {in_turn(startup, move || view! { <IndicatorView shown=indicator_shown /> })}
                    <Dashboard />
                </main>
            }
        }}
        </div>
        {move || {
            // Read, not only tracked: a memo that is never read is never recomputed.
            state.shape.with(|_| ());
            view! {
                {lazy::when_opened(move || presenting.on.get(), super::screens::present::load)}
                {lazy::when_opened(move || printing.open.get(), super::screens::report::load)}
            }
        }}
    }
}

/// Whether a phone shows the header's tools and the scenario bar.
#[derive(Clone, Copy)]
pub struct PhoneMenu(pub RwSignal<bool>);

/// The page's header: the plan-wide summary and pace, saving, the file, presenting and
/// printing, the language.
/// The phone's one button for the tools (hidden on wider screens).
#[component]
fn MenuButton() -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let open = expect_context::<PhoneMenu>().0;
    view! {
        <button type="button" class="menu-toggle" data-action="menu" aria-expanded=move || open.get().to_string()
            title=live_text(lang, Text::MenuHint) on:click=move |_| open.update(|o| *o = !*o)>{live_text(lang, Text::Menu)}</button>
    }
}

#[component]
fn TopBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let startup = expect_context::<Startup>();
    view! {
        // Two groups: on wider screens both are laid out as one row (display: contents);
        // a phone keeps the first at the top and moves the tools below the cards until
        // the menu button brings them up (style/main.css).
        <header class="top">
            <div class="top-main">
            <div class="titles">
                <h1>{live_text(lang, Text::AppTitle)}</h1>
                <p class="subtitle" data-plan-name="">{move || if state.plan_is_built_in() {
                    text(lang.get(), Text::AppSubtitle).to_string()
                } else {
                    state.plan.with(|p| p.name(lang.get()))
                }}</p>
                <Show when=move || !state.plan_is_built_in() && state.plan.with(|p| p.untranslated(lang.get()))>
                    <span class="untranslated" data-untranslated="plan">{live_text(lang, Text::Untranslated)}</span>
                </Show>
            </div>
            {in_turn(startup, || view! { <Summary /> })}
            // The big count rests on invented baselines until the commune's are entered.
            <Show when=move || state.any_illustrative()>
                <span class="illustrative summary-mark" data-summary-illustrative="" data-illustrative-count=move || state.illustrative_count().to_string()
                    title=live_text(lang, Text::IllustrativeHint)>
                    {move || format!("{}/{} {}", state.illustrative_count(), state.summary.get().total, text(lang.get(), Text::StillIllustrative))}
                </span>
            </Show>
            <MenuButton />
            </div>
            <div class="top-tools">
            {in_turn(startup, || view! { <Pace /> })}
            <SaveState />
            <FileNote />
            <div class="top-actions">
                <PresentButton />
                <ReportButton />
                <super::screens::facts_sheet::FactsSheetButton />
                <super::screens::year_end::YearEndButton />
                <super::screens::plans::PlansButton />
            </div>
            <LanguageSwitch />
            </div>
        </header>
    }
}
