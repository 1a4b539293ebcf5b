//! Reading a scenario file in: size first, then every value; the scenarios come in as
//! copies, and what could not be used is listed.

use leptos::prelude::*;

use super::{Refusal, Report};
use crate::edge::files;
use crate::model::safe::exchange::{read_file, ReadError, MAX_FILE_BYTES};
use crate::ui::i18n::{live_text, Text};
use crate::ui::state::AppState;

#[component]
pub fn ImportButton(report: RwSignal<Option<Report>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let import = move |ev: leptos::ev::Event| {
        let Some(file) = files::take_picked_file(&ev) else {
            return;
        };
        let name = file.name();
        let failed = move |why: Refusal| {
            report.set(Some(Report::ImportFailed {
                file: name.clone(),
                why,
            }))
        };
        if file.size() > MAX_FILE_BYTES as f64 {
            let e = ReadError::TooLarge {
                bytes: file.size() as usize,
                limit: MAX_FILE_BYTES,
            };
            return failed(Refusal::Read(e));
        }
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(text) = files::read_text(&file).await else {
                return failed(Refusal::Unreadable);
            };
            match state.plan.with(|plan| read_file(&text, plan)) {
                Ok(imported) => {
                    report.set(Some(Report::Imported {
                        count: imported.scenarios.len(),
                        problems: imported.problems,
                    }));
                    state.add_copies(imported.scenarios);
                }
                Err(e) => failed(Refusal::Read(e)),
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
