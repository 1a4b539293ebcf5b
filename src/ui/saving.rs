//! Keeping the workspace in the browser's storage. Every decision is the model's
//! `saver::Saver`; this wires it to time (a save a moment after the last change), the
//! page (at once when hidden or closed, after committing what is still being typed),
//! other tabs (the `storage` event) and the store (`edge::storage`), and shows what it
//! says.

use leptos::prelude::*;
use std::collections::VecDeque;
use std::time::Duration;

use super::i18n::{text, Text};
use super::state::{AppState, Notice};
use crate::edge::{clock, storage};
use crate::model::basics::number::Lang;
use crate::model::safe::record::{LEGACY_LANG_KEY, RECORD_KEY};
pub use crate::model::safe::saver::{Banner, SaveStatus, Why};
use crate::model::safe::saver::{Effect as Do, Event, Saver};
use crate::model::{Plan, Workspace};

/// Saves wait this long after the last change, so a slider drag is one write.
pub const SAVE_DELAY_MS: u64 = 300;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Clone, Copy)]
pub struct Saving {
    pub status: RwSignal<SaveStatus>,
    pub banners: RwSignal<Vec<Banner>>,
    /// Whether the browser promised not to evict the data (None: not asked or no answer).
    pub persistent: RwSignal<Option<bool>>,
    saver: StoredValue<Saver>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

/// What the app starts from, and what the saver said at start.
pub struct Startup {
    pub workspace: Workspace,
    pub lang: Lang,
    saver: Saver,
    effects: Vec<Do>,
}

/// Runs one event through the saver, carrying out the store's effects (read, set aside,
/// write) at once and feeding their results back; returns what is left for the page.
fn drive(saver: &mut Saver, event: Event, plan: &Plan) -> Vec<Do> {
    let now = clock::now_ms();
    let mut page = Vec::new();
    let mut queue: VecDeque<Do> = saver.handle(event, plan, now).into();
    while let Some(effect) = queue.pop_front() {
        let answer = match effect {
            Do::Read => Event::Read(storage::read(RECORD_KEY)),
            Do::SetAside { raw } => Event::SetAside(storage::set_aside(&raw, now)),
            Do::Write { text } => Event::Written(storage::write(RECORD_KEY, &text)),
            other => {
                page.push(other);
                continue;
            }
        };
        for e in saver.handle(answer, plan, now).into_iter().rev() {
            queue.push_front(e);
        }
    }
    page
}

/// Reads what storage holds. Never writes over anything: unreadable data is set aside
/// first, and if that fails the app runs from memory.
pub fn startup(plan: &Plan) -> Startup {
    let mut saver = Saver::new(APP_VERSION);
    let loaded = Event::Loaded {
        stored: storage::read(RECORD_KEY),
        legacy_lang: storage::read(LEGACY_LANG_KEY).ok().flatten(),
    };
    let mut effects = drive(&mut saver, loaded, plan);
    let (mut workspace, mut lang) = (None, None);
    effects.retain(|e| match e {
        Do::Start {
            workspace: w,
            lang: l,
        } => {
            workspace = w.clone();
            lang = *l;
            false
        }
        _ => true,
    });
    let lang = lang.unwrap_or_default();
    let workspace = workspace.unwrap_or_else(|| {
        Workspace::starting(
            clock::fresh_id(),
            text(lang, Text::FirstScenario),
            clock::now_ms(),
        )
    });
    Startup {
        workspace,
        lang,
        saver,
        effects,
    }
}

/// Commits what is still being typed in a field (its `change` event runs as it loses
/// focus), so closing the tab does not lose it.
fn commit_typing() {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let tag = el.tag_name().to_ascii_lowercase();
        if tag == "input" || tag == "textarea" {
            let _ = el.blur();
        }
    }
}

impl Saving {
    /// Wires saving to the app's state: after every change, on hiding, and on other tabs.
    pub fn start(state: AppState, start: Startup) -> Saving {
        let saving = Saving {
            status: RwSignal::new(SaveStatus::Pending),
            banners: RwSignal::new(Vec::new()),
            persistent: RwSignal::new(None),
            saver: StoredValue::new(start.saver),
            timer: StoredValue::new(None),
        };
        saving.apply(state, start.effects);
        Effect::new(move |first: Option<()>| {
            state.workspace.track();
            state.lang.track();
            if first.is_some() {
                saving.send(state, Event::Changed);
            }
        });
        // Leaving: commit what is being typed, then save at once (the saver skips a
        // write when nothing changed since the last one).
        let flush = move || {
            commit_typing();
            saving.save(state);
        };
        let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                flush();
            }
        });
        let leaving = window_event_listener(leptos::ev::pagehide, move |_| flush());
        on_cleanup(move || {
            hidden.remove();
            leaving.remove();
        });
        storage::on_other_tab_change(RECORD_KEY, move |text| {
            let workspace = state.workspace.get_untracked();
            saving.send(state, Event::OtherTab { text, workspace });
        });
        saving
    }

    fn send(self, state: AppState, event: Event) {
        let effects = self
            .saver
            .try_update_value(|s| state.built_in.with_value(|plan| drive(s, event, plan)))
            .unwrap_or_default();
        self.apply(state, effects);
    }

    /// Writes the workspace now: merged first with whatever another tab saved since.
    pub fn save(self, state: AppState) {
        let event = Event::Flush {
            workspace: state.workspace.get_untracked(),
            lang: state.lang.get_untracked(),
        };
        self.send(state, event);
    }

    fn clear_timer(self) {
        if let Some(Some(t)) = self.timer.try_update_value(|t| t.take()) {
            t.clear();
        }
    }

    fn apply(self, state: AppState, effects: Vec<Do>) {
        for effect in effects {
            match effect {
                Do::StartTimer => {
                    self.clear_timer();
                    let handle = set_timeout_with_handle(
                        move || {
                            self.timer.set_value(None);
                            self.save(state);
                        },
                        Duration::from_millis(SAVE_DELAY_MS),
                    );
                    self.timer.set_value(handle.ok());
                }
                Do::CancelTimer => self.clear_timer(),
                // Only a real change of status re-renders it (a slider sends many).
                Do::Status(s) => {
                    if self.status.get_untracked() != s {
                        self.status.set(s);
                    }
                }
                Do::Banner(b) => self.banners.update(|list| list.push(b)),
                Do::Adopt { merged, theirs } => {
                    state.adopt(merged, &theirs);
                    state.view.notice.set(Some(Notice::OtherTabChanged));
                }
                Do::AskPersistence => {
                    let persistent = self.persistent;
                    persistent.set(Some(false));
                    storage::request_persistence(move |granted| persistent.set(Some(granted)));
                }
                // Carried out by `drive`, or only at start.
                Do::Read | Do::SetAside { .. } | Do::Write { .. } | Do::Start { .. } => {}
            }
        }
    }
}
