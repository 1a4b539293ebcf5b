//! Reading a scenario file in: size first, then every value; the scenarios come in as
//! copies, and what could not be used is listed.

use leptos::prelude::*;

use super::Report;
use crate::edge::files;
use crate::model::exchange::{read_file, Imported, ReadError, MAX_FILE_BYTES};
use crate::ui::i18n::{live_text, text, Text};
use crate::ui::messages;
use crate::ui::state::AppState;

fn import_report(state: AppState, imported: &Imported) -> Report {
    let lang = state.lang.get_untracked();
    let n = imported.scenarios.len();
    let title = format!(
        "{} {n} {}",
        text(lang, Text::Imported),
        text(lang, Text::ScenariosWord)
    );
    let lines = state
        .plan
        .with(|plan| messages::problem_lines(lang, plan, &imported.problems));
    Report {
        ok: true,
        title,
        lines,
    }
}

#[component]
pub fn ImportButton(report: RwSignal<Option<Report>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let import = move |ev: leptos::ev::Event| {
        let Some(file) = files::take_picked_file(&ev) else {
            return;
        };
        let l = lang.get_untracked();
        let title = format!("{} «{}»", text(l, Text::ImportFailed), file.name());
        let failed = move |lines: Vec<String>| {
            report.set(Some(Report {
                ok: false,
                title: title.clone(),
                lines,
            }))
        };
        if file.size() > MAX_FILE_BYTES as f64 {
            let e = ReadError::TooLarge {
                bytes: file.size() as usize,
                limit: MAX_FILE_BYTES,
            };
            return failed(vec![messages::read_error(l, &e)]);
        }
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(text) = files::read_text(&file).await else {
                return failed(vec![text(l, Text::FileUnreadable).into()]);
            };
            match state.plan.with(|plan| read_file(&text, plan)) {
                Ok(imported) => {
                    report.set(Some(import_report(state, &imported)));
                    state.add_copies(imported.scenarios);
                }
                Err(e) => failed(vec![messages::read_error(l, &e)]),
            }
        });
    };
    view! {
        <label class="button-like">
            {live_text(lang, Text::Import)}
            <input type="file" data-input="import" accept=".json,application/json" on:change=import />
        </label>
    }
}
