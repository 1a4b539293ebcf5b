//! The scenario bar: switch, create, duplicate, rename, note, delete (with undo), undo and
//! redo, compare, and the ways out and in: JSON files, a share link, CSV. Every write goes
//! through the state API (`ui/actions.rs`); every file through `ui/exports.rs`.
//!
//! One idea a file: `import` (reading a file in), `link` (the share box and a link's
//! offer), `compare_pick` (which scenarios to compare).
//!
//! Imports: state, screens.

mod compare_pick;
mod import;
pub mod link;
pub mod report;

use leptos::prelude::*;

use super::i18n::{live_text, text, Text};
use super::screens::exports::{self, export_scenarios};
use super::state::AppState;
use crate::edge::clock;
use crate::model::work::scenario::{MAX_NAME_CHARS, MAX_NOTE_CHARS, REFERENCE_ID};
use compare_pick::ComparePick;
use import::ImportButton;
use link::{LinkOffer, ShareBox};

pub use report::{Refusal, Report};

/// Switches the shown scenario: in the bar and on presentation slides.
#[component]
pub fn ScenarioSelect(name: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let active_id = state.active_id;
    view! {
                <label class="scenario-pick">
                    <span>{live_text(lang, Text::Scenario)}</span>
                    <select data-input=name on:change=move |ev| state.switch_scenario(event_target_value(&ev))>
                        <For each=move || state.choices.get() key=|c| c.clone() let((id, name))>
                            {
                                let value = id.clone();
                                view! {
                                    <option value=value selected=move || active_id.get() == id>{name}</option>
                                }
                            }
                        </For>
                    </select>
                </label>
    }
}

#[component]
pub fn ScenarioBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let report = RwSignal::new(None::<Report>);
    let share = RwSignal::new(None::<String>);
    let plan_bar = expect_context::<super::screens::plans::PlanBarOpen>().0;
    let active_id = state.active_id;
    let is_reference = move || active_id.get() == REFERENCE_ID;
    let can_undo = Memo::new(move |_| {
        state.workspace.track();
        state.history.with_value(|h| h.can_undo())
    });
    let can_redo = Memo::new(move |_| {
        state.workspace.track();
        state.history.with_value(|h| h.can_redo())
    });
    let rename = move |typed: String| {
        if !state.rename_scenario(&typed) {
            report.set(Some(Report::NameNeeded));
        }
    };
    // On a phone the name, note, files and comparison fold away behind one button, so the
    // cards come first (style/main.css); on a wider screen they are always shown.
    let tools = RwSignal::new(false);
    view! {
        <section class="scenarios" class:tools-open=move || tools.get() aria-label=live_text(lang, Text::Scenarios)>
            {super::lazy::when_opened(
                move || plan_bar.get() || !state.plan_is_built_in(),
                move |owner| super::screens::plans::load_bar(owner, report),
            )}
            <div class="scenario-row">
                <ScenarioSelect name="scenario" />
                <button type="button" data-action="new" on:click=move |_| state.create_scenario()>{live_text(lang, Text::NewScenario)}</button>
                <button type="button" data-action="duplicate" on:click=move |_| state.duplicate_scenario()>{live_text(lang, Text::Duplicate)}</button>
                <button type="button" data-action="delete" on:click=move |_| state.delete_scenario() disabled=is_reference>{live_text(lang, Text::Delete)}</button>
                <span class="sep"></span>
                <button type="button" data-action="undo" on:click=move |_| state.undo() disabled=move || !can_undo.get()
                    title=live_text(lang, Text::UndoKeys)>{live_text(lang, Text::Undo)}</button>
                <button type="button" data-action="redo" on:click=move |_| state.redo() disabled=move || !can_redo.get()
                    title=live_text(lang, Text::RedoKeys)>{live_text(lang, Text::Redo)}</button>
            </div>
            <button type="button" class="tools-toggle" data-action="scenario-tools" aria-expanded=move || tools.get().to_string()
                on:click=move |_| tools.update(|t| *t = !*t)>{live_text(lang, Text::ScenarioTools)}</button>
            <Show when=is_reference>
                <p class="reference-note">{live_text(lang, Text::ReferenceHint)}</p>
            </Show>
            <Show when=move || !is_reference()>
                <div class="scenario-row scenario-more">
                    <label class="scenario-name">
                        <span>{live_text(lang, Text::ScenarioName)}</span>
                        <input type="text" class="text-field" data-input="scenario-name" maxlength=MAX_NAME_CHARS.to_string()
                            prop:value=move || state.active.with(|s| state.name_of(s))
                            on:change=move |ev| rename(event_target_value(&ev)) />
                    </label>
                    <label class="scenario-note">
                        <span>{live_text(lang, Text::ScenarioNote)}</span>
                        <textarea class="text-field" data-input="scenario-note" rows="1" maxlength=MAX_NOTE_CHARS.to_string()
                            prop:value=move || state.active.with(|s| s.note.clone())
                            on:change=move |ev| state.set_note(&event_target_value(&ev))></textarea>
                    </label>
                    <span class="scenario-times" data-times="">{move || state.active.with(|s| format!(
                        "{} {} · {} {}",
                        text(lang.get(), Text::Created), clock::date_time(s.created_ms),
                        text(lang.get(), Text::Changed), clock::date_time(s.changed_ms),
                    ))}</span>
                </div>
            </Show>
            <div class="scenario-row files scenario-more">
                <button type="button" data-action="export-one" on:click=move |_| export_scenarios(state, false)>{live_text(lang, Text::ExportOne)}</button>
                <button type="button" data-action="export-all" on:click=move |_| export_scenarios(state, true)>{live_text(lang, Text::ExportAll)}</button>
                <ImportButton report=report />
                <button type="button" data-action="share" on:click=move |_| exports::share(state, share)>{live_text(lang, Text::ShareLink)}</button>
                <button type="button" data-action="csv" on:click=move |_| exports::csv(state)>{live_text(lang, Text::ExportCsv)}</button>
            </div>
            <ShareBox share=share />
            <div class="scenario-more"><ComparePick /></div>
            <LinkOffer report=report />
            {move || report.get().map(|r| {
                // Worded here, at display time: the words follow the language switch.
                let l = lang.get();
                let ok = r.ok();
                let lines = state.plan.with(|plan| r.lines(l, plan));
                view! {
                <div class="report" class:failed=!ok role="alert" data-report=if ok { "ok" } else { "failed" }>
                    <p><strong>{r.title(l)}</strong></p>
                    <ul>{lines.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    <button type="button" class="close" data-action="close-report" on:click=move |_| report.set(None)>{live_text(lang, Text::Close)}</button>
                </div>
                }
            })}
        </section>
    }
}
