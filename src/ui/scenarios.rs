//! The scenario bar: switch, create, duplicate, rename, note, delete (with undo), undo and
//! redo, compare, and the ways out and in: JSON files, a share link, CSV.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::i18n::{t, tr, verdict_text, Text};
use super::messages;
use super::saving::APP_VERSION;
use super::state::{AppState, Notice, MAX_COMPARED};
use crate::edge::{clock, files, link, offline};
use crate::model::csv::{projection_csv, CsvWords};
use crate::model::exchange::{
    is_link, read_file, read_link, write_file, write_link, Imported, MAX_FILE_BYTES,
};
use crate::model::scenario::{
    clean_text, unique_name, ScenarioProblem, MAX_NAME_CHARS, MAX_NOTE_CHARS, REFERENCE_ID,
};
use crate::model::Scenario;

/// The outcome of an import or a link, in words, until closed.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub ok: bool,
    pub title: String,
    pub lines: Vec<String>,
}

/// A scenario a share link offers, waiting for the planner's yes.
#[derive(Debug, Clone, PartialEq)]
struct Offer {
    scenario: Scenario,
    problems: Vec<ScenarioProblem>,
}

/// A file name from a scenario's name.
pub fn slug(name: &str) -> String {
    let s: String = name
        .chars()
        // Vietnamese letters stay; only what file systems refuse becomes a dash.
        .map(|c| {
            if c.is_control() || " /\\:*?\"<>|#%".contains(c) {
                '-'
            } else {
                c
            }
        })
        .collect();
    let s = s.trim_matches('-').chars().take(40).collect::<String>();
    if s.is_empty() {
        "kich-ban".into()
    } else {
        s
    }
}

/// Adds copies of scenarios under fresh ids and names not yet taken; never replaces.
fn add_copies(state: AppState, scenarios: Vec<Scenario>) {
    state.change("add", move |w, now| {
        for s in scenarios {
            let s = state.named(s);
            let name = unique_name(&s.name, w.scenarios.iter().map(|k| k.name.as_str()));
            w.add(Scenario {
                id: clock::fresh_id(),
                name,
                created_ms: now,
                changed_ms: now,
                ..s
            });
        }
    });
}

fn import_report(state: AppState, imported: &Imported) -> Report {
    let lang = state.lang.get_untracked();
    let n = imported.scenarios.len();
    let title = format!(
        "{} {n} {}",
        tr(lang, Text::Imported),
        tr(lang, Text::ScenariosWord)
    );
    let lines = state
        .plan
        .with_value(|plan| messages::problem_lines(lang, plan, &imported.problems));
    Report {
        ok: true,
        title,
        lines,
    }
}

/// Switches the shown scenario: in the bar and on presentation slides.
#[component]
pub fn ScenarioSelect(name: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let active_id = state.active_id;
    let switch = move |id: String| state.workspace.update(|w| w.active = id);
    view! {
                <label class="scenario-pick">
                    <span>{t(lang, Text::Scenario)}</span>
                    <select data-input=name on:change=move |ev| switch(event_target_value(&ev))>
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
    let offer = RwSignal::new(None::<Offer>);
    let share = RwSignal::new(None::<String>);
    let copied = RwSignal::new(None::<bool>);

    // A share link in the address: offer its scenario as a copy, once.
    let fragment = link::fragment();
    if is_link(&fragment) {
        match state.plan.with_value(|plan| read_link(&fragment, plan)) {
            Ok((scenario, problems)) => offer.set(Some(Offer { scenario, problems })),
            Err(e) => report.set(Some(Report {
                ok: false,
                title: tr(lang.get_untracked(), Text::LinkFailed).into(),
                lines: vec![messages::read_error(lang.get_untracked(), &e)],
            })),
        }
        link::clear_fragment();
    }

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

    let create = move |_| {
        let name = tr(lang.get_untracked(), Text::NewScenario);
        state.change("create", move |w, now| {
            let name = unique_name(name, w.scenarios.iter().map(|s| s.name.as_str()));
            w.add(Scenario::new(clock::fresh_id(), &name, now));
        });
    };
    let duplicate = move |_| {
        let l = lang.get_untracked();
        let source = state.active.get_untracked();
        let base = format!("{} ({})", state.name_of(&source), tr(l, Text::CopyWord));
        state.change("duplicate", move |w, now| {
            let name = unique_name(&base, w.scenarios.iter().map(|s| s.name.as_str()));
            w.add(Scenario {
                id: clock::fresh_id(),
                name: clean_text(&name, MAX_NAME_CHARS, false),
                created_ms: now,
                changed_ms: now,
                ..source
            });
        });
    };
    let delete = move |_| {
        let id = active_id.get_untracked();
        if id == REFERENCE_ID {
            return;
        }
        let name = state.active.with_untracked(|s| s.name.clone());
        state.change("delete", move |w, now| {
            w.delete(&id, now);
        });
        state.notice.set(Some(Notice {
            text: format!("{} «{name}»", tr(lang.get_untracked(), Text::Deleted)),
            undo: true,
        }));
    };
    let rename = move |text: String| {
        let name = clean_text(&text, MAX_NAME_CHARS, false);
        if name.is_empty() {
            report.set(Some(Report {
                ok: false,
                title: tr(lang.get_untracked(), Text::NameNeeded).into(),
                lines: Vec::new(),
            }));
            return;
        }
        let id = active_id.get_untracked();
        state.change("name", move |w, now| {
            if let Some(s) = w.get_mut(&id) {
                s.name = name;
                s.changed_ms = now;
            }
        });
    };
    let set_note = move |text: String| {
        let note = clean_text(&text, MAX_NOTE_CHARS, true);
        let id = active_id.get_untracked();
        state.change("note", move |w, now| {
            if let Some(s) = w.get_mut(&id) {
                s.note = note;
                s.changed_ms = now;
            }
        });
    };

    let export = move |everything: bool| {
        let list: Vec<Scenario> = if everything {
            state.workspace.with_untracked(|w| w.scenarios.clone())
        } else {
            vec![state.active.get_untracked()]
        };
        let list: Vec<Scenario> = list.into_iter().map(|s| state.named(s)).collect();
        let name = if everything {
            "bac-yen-kich-ban.json".to_string()
        } else {
            format!("{}.json", slug(&state.name_of(&list[0])))
        };
        let text = write_file(&list, APP_VERSION, clock::now_ms());
        let _ = files::download_text(&name, "application/json", &text);
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = files::picked_file(&input) else {
            return;
        };
        // Picking the same file again must work too.
        input.set_value("");
        let l = lang.get_untracked();
        let title = format!("{} «{}»", tr(l, Text::ImportFailed), file.name());
        if file.size() > MAX_FILE_BYTES as f64 {
            let e = crate::model::exchange::ReadError::TooLarge {
                bytes: file.size() as usize,
                limit: MAX_FILE_BYTES,
            };
            report.set(Some(Report {
                ok: false,
                title,
                lines: vec![messages::read_error(l, &e)],
            }));
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(text) = files::read_text(&file).await else {
                report.set(Some(Report {
                    ok: false,
                    title,
                    lines: vec![tr(l, Text::FileUnreadable).into()],
                }));
                return;
            };
            match state.plan.with_value(|plan| read_file(&text, plan)) {
                Ok(imported) => {
                    report.set(Some(import_report(state, &imported)));
                    add_copies(state, imported.scenarios);
                }
                Err(e) => report.set(Some(Report {
                    ok: false,
                    title,
                    lines: vec![messages::read_error(l, &e)],
                })),
            }
        });
    };
    let make_link = move |_| {
        let s = state.named(state.active.get_untracked());
        share.set(Some(link::share_url(&write_link(&s))));
        copied.set(None);
    };
    let copy_link = move |_| {
        if let Some(url) = share.get_untracked() {
            link::copy(&url, move |ok| copied.set(Some(ok)));
        }
    };
    let csv = move |_| {
        let l = lang.get_untracked();
        let name = state.name_of(&state.active.get_untracked());
        let verdict = move |v| verdict_text(l, v);
        let words = CsvWords {
            header: [
                tr(l, Text::CsvScenario),
                tr(l, Text::CsvId),
                tr(l, Text::CsvIndicator),
                tr(l, Text::CsvUnit),
                tr(l, Text::Year),
                tr(l, Text::CsvValue),
                tr(l, Text::CsvKind),
                tr(l, Text::Target),
                tr(l, Text::CsvTargetUnit),
                tr(l, Text::Status),
                tr(l, Text::CsvPace),
            ],
            known: tr(l, Text::CsvKnown),
            projected: tr(l, Text::CsvProjected),
            verdict: &verdict,
        };
        let text = state.results.with_untracked(|r| {
            state.plan.with_value(|plan| {
                projection_csv(plan, &name, r, state.pace_pct.get_untracked(), l, &words)
            })
        });
        let _ = files::download_text(
            &format!("{}.csv", slug(&name)),
            "text/csv;charset=utf-8",
            &text,
        );
    };
    let accept_offer = move |_| {
        if let Some(o) = offer.get_untracked() {
            add_copies(state, vec![o.scenario]);
        }
        offer.set(None);
    };
    let toggle_compare = move |id: String, on: bool| {
        state.compare.update(|c| {
            c.retain(|k| *k != id);
            if on && c.len() < MAX_COMPARED {
                c.push(id);
            }
        })
    };

    view! {
        <section class="scenarios" aria-label=t(lang, Text::Scenarios)>
            <div class="scenario-row">
                <ScenarioSelect name="scenario" />
                <button type="button" data-action="new" on:click=create>{t(lang, Text::NewScenario)}</button>
                <button type="button" data-action="duplicate" on:click=duplicate>{t(lang, Text::Duplicate)}</button>
                <button type="button" data-action="delete" on:click=delete disabled=is_reference>{t(lang, Text::Delete)}</button>
                <span class="sep"></span>
                <button type="button" data-action="undo" on:click=move |_| state.undo() disabled=move || !can_undo.get()
                    title=t(lang, Text::UndoKeys)>{t(lang, Text::Undo)}</button>
                <button type="button" data-action="redo" on:click=move |_| state.redo() disabled=move || !can_redo.get()
                    title=t(lang, Text::RedoKeys)>{t(lang, Text::Redo)}</button>
            </div>
            <Show when=is_reference>
                <p class="reference-note">{t(lang, Text::ReferenceHint)}</p>
            </Show>
            <Show when=move || !is_reference()>
                <div class="scenario-row">
                    <label class="scenario-name">
                        <span>{t(lang, Text::ScenarioName)}</span>
                        <input type="text" class="text-field" data-input="scenario-name" maxlength=MAX_NAME_CHARS.to_string()
                            prop:value=move || state.active.with(|s| s.name.clone())
                            on:change=move |ev| rename(event_target_value(&ev)) />
                    </label>
                    <label class="scenario-note">
                        <span>{t(lang, Text::ScenarioNote)}</span>
                        <textarea class="text-field" data-input="scenario-note" rows="1" maxlength=MAX_NOTE_CHARS.to_string()
                            prop:value=move || state.active.with(|s| s.note.clone())
                            on:change=move |ev| set_note(event_target_value(&ev))></textarea>
                    </label>
                    <span class="scenario-times" data-times="">{move || state.active.with(|s| format!(
                        "{} {} · {} {}",
                        tr(lang.get(), Text::Created), clock::date_time(s.created_ms),
                        tr(lang.get(), Text::Changed), clock::date_time(s.changed_ms),
                    ))}</span>
                </div>
            </Show>
            <div class="scenario-row files">
                <button type="button" data-action="export-one" on:click=move |_| export(false)>{t(lang, Text::ExportOne)}</button>
                <button type="button" data-action="export-all" on:click=move |_| export(true)>{t(lang, Text::ExportAll)}</button>
                <label class="button-like">
                    {t(lang, Text::Import)}
                    <input type="file" data-input="import" accept=".json,application/json" on:change=import />
                </label>
                <button type="button" data-action="share" on:click=make_link>{t(lang, Text::ShareLink)}</button>
                <button type="button" data-action="csv" on:click=csv>{t(lang, Text::ExportCsv)}</button>
            </div>
            {move || share.get().map(|url| {
                let len = url.len();
                view! {
                    <div class="share" data-share="">
                        <input type="text" readonly data-field="share-link" prop:value=url.clone() on:focus=|ev| {
                            if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { i.select(); }
                        } />
                        <span class="share-length" data-value=len.to_string()>{move || format!("{len} {}", tr(lang.get(), Text::Characters))}</span>
                        <button type="button" data-action="copy-link" on:click=copy_link>{t(lang, Text::Copy)}</button>
                        <span class="copied">{move || copied.get().map(|ok| tr(lang.get(), if ok { Text::Copied } else { Text::CopyByHand }))}</span>
                        <button type="button" class="close" on:click=move |_| share.set(None)>"×"</button>
                        <Show when=offline::from_file>
                            <p class="file-note" data-share-file-note="">{t(lang, Text::FileModeHint)}</p>
                        </Show>
                    </div>
                }
            })}
            <details class="compare-pick">
                <summary>{t(lang, Text::CompareWith)}</summary>
                <For each=move || state.choices.get() key=|c| c.clone() let((id, name))>
                    {
                        let (mine, shown, toggled) = (id.clone(), id.clone(), id.clone());
                        let checked = Memo::new(move |_| state.compare.with(|c| c.contains(&mine)));
                        view! {
                            <label class="compare-option" class:hidden=move || active_id.get() == shown>
                                <input type="checkbox" data-compare=id
                                    prop:checked=move || checked.get()
                                    disabled=move || !checked.get() && state.compare.with(|c| c.len() >= MAX_COMPARED)
                                    on:change=move |ev| toggle_compare(toggled.clone(), event_target_checked(&ev)) />
                                {name}
                            </label>
                        }
                    }
                </For>
            </details>
            {move || offer.get().map(|o| {
                let name = o.scenario.name.clone();
                let n = o.scenario.assumptions.len();
                let named: Vec<_> = o.problems.iter().map(|p| (name.clone(), p.clone())).collect();
                let problems: Vec<String> = state.plan.with_value(|plan| messages::problem_lines(lang.get(), plan, &named));
                view! {
                    <div class="dialog" role="dialog" aria-modal="false" data-dialog="link">
                        <p><strong>{t(lang, Text::LinkOffer)}</strong>" «"{name.clone()}"» "
                            {move || format!("({n} {})", tr(lang.get(), Text::ChangedIndicators))}</p>
                        <p>{t(lang, Text::LinkAddsCopy)}</p>
                        <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                        <button type="button" data-action="accept-link" on:click=accept_offer>{t(lang, Text::AddScenario)}</button>
                        <button type="button" data-action="dismiss-link" on:click=move |_| offer.set(None)>{t(lang, Text::Dismiss)}</button>
                    </div>
                }
            })}
            {move || report.get().map(|r| view! {
                <div class="report" class:failed=!r.ok role="alert" data-report=if r.ok { "ok" } else { "failed" }>
                    <p><strong>{r.title}</strong></p>
                    <ul>{r.lines.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    <button type="button" class="close" data-action="close-report" on:click=move |_| report.set(None)>{t(lang, Text::Close)}</button>
                </div>
            })}
        </section>
    }
}
