//! Where the planner learns what happened to their work: the save status, banners for
//! stored data that could not be read (with the original to download), and short notices
//! with an undo.

use leptos::prelude::*;

use super::i18n::{live_text, text, Text};
use super::messages;
use super::saving::{Banner, SaveStatus, Saving};
use super::state::AppState;
use crate::edge::{clock, files, offline};

#[component]
pub fn SaveState() -> impl IntoView {
    let state = expect_context::<AppState>();
    let saving = expect_context::<Saving>();
    let lang = state.lang;
    let export_all = move |_| super::screens::exports::export_scenarios(state, true);
    view! {
        {move || match saving.status.get() {
            SaveStatus::Saved { at_ms } => view! {
                <p class="save-state" data-save="saved" title=move || match saving.persistent.get() {
                    Some(true) => text(lang.get(), Text::Persistent),
                    _ => text(lang.get(), Text::NotPersistent),
                }>{move || format!("{} {}", text(lang.get(), Text::SavedAt), clock::time_of_day(at_ms))}</p>
            }.into_any(),
            SaveStatus::Pending => view! {
                <p class="save-state" data-save="pending">{live_text(lang, Text::Saving)}</p>
            }.into_any(),
            SaveStatus::NotSaved(why) => {
                let key = why.key();
                view! {
                    <div class="banner warning" role="alert" data-save="not-saved" data-why=key>
                        <p>{move || messages::not_saved(lang.get(), &why)}</p>
                        <button type="button" data-action="export-all-now" on:click=export_all>{live_text(lang, Text::ExportAll)}</button>
                    </div>
                }.into_any()
            }
        }}
    }
}

#[component]
pub fn Banners() -> impl IntoView {
    let state = expect_context::<AppState>();
    let saving = expect_context::<Saving>();
    let lang = state.lang;
    let dismiss = move |i: usize| {
        saving.banners.update(|b| {
            if i < b.len() {
                b.remove(i);
            }
        })
    };
    view! {
        {move || saving.banners.get().into_iter().enumerate().map(|(i, b)| {
            let (raw, key, lines) = match &b {
                Banner::Unreadable { key, raw, error } => (raw.clone(), key.clone(), vec![messages::read_error(lang.get(), error)]),
                Banner::Repaired { key, raw, problems } => (raw.clone(), key.clone(), state.plan.with(|plan| {
                    messages::problem_lines(lang.get(), plan, problems)
                })),
                Banner::Pruned { count } => {
                    let count = *count;
                    return view! {
                        <div class="banner warning" role="status" data-banner="pruned">
                            <p>{move || messages::pruned(lang.get(), count)}</p>
                            <button type="button" class="close" on:click=move |_| dismiss(i)>{live_text(lang, Text::Close)}</button>
                        </div>
                    }.into_any();
                }
            };
            let title = match &b {
                Banner::Repaired { .. } => Text::StoredRepaired,
                _ => Text::StoredUnreadable,
            };
            let download = move |_| {
                let name = format!("bac-yen-du-lieu-goc-{}.txt", clock::now_ms() as u64);
                let _ = files::download_text(&name, "text/plain;charset=utf-8", &raw);
            };
            view! {
                <div class="banner error" role="alert" data-banner="stored">
                    <p><strong>{move || text(lang.get(), title)}</strong></p>
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <p>{move || match &key {
                        Some(k) => format!("{} «{k}».", text(lang.get(), Text::KeptUnder)),
                        None => text(lang.get(), Text::KeptInPage).to_string(),
                    }}</p>
                    <button type="button" data-action="download-raw" on:click=download>{live_text(lang, Text::DownloadOriginal)}</button>
                    <button type="button" class="close" on:click=move |_| dismiss(i)>{live_text(lang, Text::Close)}</button>
                </div>
            }.into_any()
        }).collect_view()}
        {move || state.view.notice.get().map(|n| {
            let undo = n.undoable();
            // Worded when shown, so it follows the language switch.
            let words = move || state.plan.with(|plan| n.words(lang.get(), plan));
            view! {
            <div class="notice" role="status" data-notice="">
                <span>{words}</span>
                <Show when=move || undo>
                    <button type="button" data-action="notice-undo" on:click=move |_| { state.undo(); state.view.notice.set(None); }>
                        {live_text(lang, Text::Undo)}
                    </button>
                </Show>
                <button type="button" class="close" on:click=move |_| state.view.notice.set(None)>"×"</button>
            </div>
            }
        })}
    }
}

/// Opened from a file on disk: storage belongs to that file in this browser, and a share
/// link points at this computer. Said once, in the header.
#[component]
pub fn FileNote() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=offline::from_file>
            <p class="file-note" data-file-note="" title=live_text(state.lang, Text::FileModeHint)>{live_text(state.lang, Text::FileMode)}</p>
        </Show>
    }
}
