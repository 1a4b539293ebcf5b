//! Many plans: the bar that switches between them, makes, deletes, exports and imports
//! them, and the state API behind it. Every change is one undoable step.
//!
//! Imports: plan_from_text, exports.

use leptos::prelude::*;

use crate::edge::{clock, files};
use crate::model::plan::file::{read_plan_file, write_plan_file, ReadPlan, MAX_PLAN_FILE_BYTES};
use crate::model::plan::read_error::ReadError;
use crate::model::work::plan_edit::copy_of;
use crate::model::work::plans::{blank_plan, BUILT_IN};
use crate::model::work::scenario::{unique_name, Scenario};
use crate::model::Plan;
use crate::ui::i18n::{live_text, text, Text};
use crate::ui::saving::APP_VERSION;
use crate::ui::scenarios::report::{Refusal, Report};
use crate::ui::state::{AppState, Notice};

/// Whether the editor panel is open.
#[derive(Clone, Copy)]
pub struct PlanEditorOpen(pub RwSignal<bool>);

/// Whether the plan bar is open: asked for from the header, and always while a plan of
/// the planner's own is shown (so it is never shown without saying which plan it is).
#[derive(Clone, Copy)]
pub struct PlanBarOpen(pub RwSignal<bool>);

/// The header's button for the plans: one button, so the first screen keeps its height.
#[component]
pub fn PlansButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = expect_context::<PlanBarOpen>().0;
    view! {
        <button type="button" data-action="plans" aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)>
            {live_text(state.lang, Text::PlanLabel)}
        </button>
    }
}

impl AppState {
    /// Whether the plan shown is the resolution's own (reactive).
    pub fn plan_is_built_in(&self) -> bool {
        self.workspace.with(|w| w.plan.is_empty())
    }

    /// Every plan as (id, name shown), the built-in one first (reactive).
    pub fn plan_choices(&self) -> Vec<(String, String)> {
        let l = self.lang.get();
        let mut list = vec![(
            BUILT_IN.to_string(),
            self.built_in.with_value(|p| p.name(l)),
        )];
        self.workspace.with(|w| {
            list.extend(w.plans.iter().map(|p| (p.id.clone(), p.plan.name(l))));
        });
        list
    }

    pub fn plan_is_built_in_untracked(&self) -> bool {
        self.workspace.with_untracked(|w| w.plan.is_empty())
    }

    pub fn show_plan(&self, id: &str) {
        let id = id.to_string();
        self.change("plan", move |w, _| w.show_plan(&id));
    }

    /// A plan of one indicator to fill in, shown at once with the editor open.
    pub fn new_plan(&self) {
        let l = self.lang.get_untracked();
        let state = *self;
        self.change("new-plan", move |w, now| {
            let taken: Vec<String> = w.plans.iter().map(|p| p.plan.name(l)).collect();
            let name = unique_name(text(l, Text::NewPlanName), taken.iter().map(|s| s.as_str()));
            let plan = state.built_in.with_value(|b| blank_plan(&name, &name, b));
            let _ = w.add_plan(plan, Default::default(), now);
        });
    }

    /// Deletes the shown plan (never the built-in one) and its scenarios; the notice
    /// offers the undo.
    pub fn delete_plan(&self) {
        let (id, name) = self.workspace.with_untracked(|w| {
            (
                w.plan.clone(),
                self.plan
                    .with_untracked(|p| p.name(self.lang.get_untracked())),
            )
        });
        if id.is_empty() {
            return;
        }
        self.change("delete-plan", move |w, now| {
            w.delete_plan(&id, now);
        });
        self.view.notice.set(Some(Notice::Deleted { name }));
    }

    /// The plan as edited. The built-in plan is never changed: its first edit makes the
    /// planner's own copy (with the commune's figures and copies of its scenarios), and
    /// the edit goes there.
    pub fn edit_plan(&self, next: Plan) -> Result<(), crate::model::PlanError> {
        let state = *self;
        let mut result = Ok(());
        let r = &mut result;
        self.change("plan-edit", |w, now| {
            if w.plan.is_empty() {
                let base = state.built_in.get_value();
                let mut next = next.clone();
                if next.resolution == base.resolution {
                    next.resolution = copy_of(
                        &base,
                        text(crate::model::basics::number::Lang::Vi, Text::CopyWord),
                        text(crate::model::basics::number::Lang::En, Text::CopyWord),
                    )
                    .resolution;
                }
                let mut copy = base.clone();
                copy.resolution = next.resolution.clone();
                let facts = w.facts.clone();
                let Ok(id) = w.add_plan(copy, facts, now) else {
                    return;
                };
                let theirs: Vec<Scenario> = w.scenarios_of(BUILT_IN).cloned().collect();
                for s in theirs {
                    w.scenarios.push(Scenario {
                        id: format!("{}-{id}", s.id),
                        plan: id.clone(),
                        changed_ms: now,
                        ..s
                    });
                }
                w.show_plan(&id);
                state.view.notice.set(Some(Notice::PlanCopied));
                *r = w.replace_plan(&id, next, now);
            } else {
                let id = w.plan.clone();
                *r = w.replace_plan(&id, next, now);
            }
        });
        result
    }

    /// A plan read from a file, added beside the others and shown.
    pub fn add_read_plan(&self, read: ReadPlan) {
        self.change("import-plan", move |w, now| {
            let _ = w.add_plan_as(&read.id, read.plan, read.facts, now);
        });
    }

    /// Downloads the shown plan with the commune's figures for it.
    pub fn export_plan(&self) {
        let l = self.lang.get_untracked();
        let (text, name) = self.workspace.with_untracked(|w| {
            self.plan.with_untracked(|p| {
                (
                    write_plan_file(
                        &w.plan,
                        p,
                        w.facts_of(&w.plan),
                        APP_VERSION,
                        clock::now_ms(),
                    ),
                    format!(
                        "{}.plan.json",
                        crate::ui::screens::exports::slug(&p.name(l))
                    ),
                )
            })
        });
        let _ = files::download_text(&name, "application/json", &text);
    }
}

/// The report after reading a plan file: what came in, and what could not be used.
pub fn plan_report(state: AppState, text_read: &str, file: &str) -> Report {
    match read_plan_file(text_read) {
        Ok(read) => {
            let report = Report::PlanImported {
                plan: Box::new(read.plan.clone()),
                problems: read.problems.clone(),
            };
            state.add_read_plan(read);
            report
        }
        Err(e) => Report::PlanImportFailed {
            file: file.to_string(),
            why: Refusal::Read(e),
        },
    }
}

#[component]
pub fn PlanBar(report: RwSignal<Option<Report>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let editor = expect_context::<PlanEditorOpen>().0;
    let open = expect_context::<PlanBarOpen>().0;
    let lang = state.lang;
    let shown = move || state.workspace.with(|w| w.plan.clone());
    let import = move |ev: leptos::ev::Event| {
        let Some(file) = files::take_picked_file(&ev) else {
            return;
        };
        let name = file.name();
        if file.size() > MAX_PLAN_FILE_BYTES as f64 {
            let e = ReadError::TooLarge {
                bytes: file.size() as usize,
                limit: MAX_PLAN_FILE_BYTES,
            };
            report.set(Some(Report::PlanImportFailed {
                file: name,
                why: Refusal::Read(e),
            }));
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let r = match files::read_text(&file).await {
                Ok(t) => plan_report(state, &t, &name),
                Err(_) => Report::PlanImportFailed {
                    file: name,
                    why: Refusal::Unreadable,
                },
            };
            report.set(Some(r));
        });
    };
    view! {
        <Show when=move || open.get() || !state.plan_is_built_in()>
        <div class="scenario-row plan-row" data-plan-bar="">
            <label class="plan-pick">
                <span>{live_text(lang, Text::PlanLabel)}</span>
                <select data-input="plan" prop:value=shown on:change=move |ev| state.show_plan(&event_target_value(&ev))>
                    {move || state.plan_choices().into_iter().map(|(id, name)| {
                        let selected = id == shown();
                        view! { <option value=id selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
            </label>
            <button type="button" data-action="new-plan" on:click=move |_| { state.new_plan(); editor.set(true); }>{live_text(lang, Text::NewPlan)}</button>
            <button type="button" data-action="edit-plan" aria-expanded=move || editor.get().to_string()
                on:click=move |_| editor.update(|o| *o = !*o)>{live_text(lang, Text::EditPlan)}</button>
            <button type="button" data-action="delete-plan" disabled=move || state.plan_is_built_in()
                on:click=move |_| state.delete_plan()>{live_text(lang, Text::DeletePlan)}</button>
            <button type="button" data-action="export-plan" on:click=move |_| state.export_plan()>{live_text(lang, Text::ExportPlan)}</button>
            <crate::ui::screens::plan_from_text::PlanFromTextButton />
            <label class="button-like">
                {live_text(lang, Text::ImportPlan)}
                <input type="file" data-input="plan-file" accept=".json,application/json" on:change=import />
            </label>
        </div>
        </Show>
    }
}

/// The plan bar as a module of its own, fetched when first shown (ui::lazy).
#[cfg_attr(
    not(feature = "whole"),
    leptos::wasm_split::wasm_split(plan_bar, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn plan_bar(owner: Owner, report: RwSignal<Option<Report>>) -> crate::ui::lazy::Piece {
    Ok(owner.with(|| view! { <PlanBar report=report /> }.into_any()))
}

pub fn load_bar(owner: Owner, report: RwSignal<Option<Report>>) -> crate::ui::lazy::Loading {
    Box::pin(crate::split_call!(plan_bar(owner, report)))
}
