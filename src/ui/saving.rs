//! Keeping the workspace in the browser's storage: load at start, save a moment after the
//! last change and at once when the page is hidden, read every save back, set aside what
//! cannot be read, and merge what another tab saved instead of writing over it. The
//! decisions are the model's (`record`, `Workspace::merge`); this wires them to time and
//! events.

use leptos::prelude::*;
use std::time::Duration;

use super::i18n::{tr, Text};
use super::state::{AppState, Notice};
use crate::edge::{clock, storage};
use crate::model::exchange::ReadError;
use crate::model::number::Lang;
use crate::model::record::{
    load, Loaded, Record, StoreFailure, LEGACY_LANG_KEY, RECORD_KEY, SCHEMA,
};
use crate::model::scenario::ScenarioProblem;
use crate::model::{Plan, Workspace};

/// Saves wait this long after the last change, so a slider drag is one write.
pub const SAVE_DELAY_MS: u64 = 300;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Saved {
        at_ms: f64,
    },
    Pending,
    /// Work is only in this page: say why, and offer an export.
    NotSaved(Why),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    Full,
    Refused,
    /// Written, but what came back differed.
    Mismatch,
    /// The stored record is from a newer version; it is left as it is.
    Newer {
        version: u32,
    },
    /// Unreadable data could not be set aside, so it is not written over.
    CannotSetAside,
}

impl Why {
    /// Stable name for styles and tests.
    pub fn key(&self) -> &'static str {
        match self {
            Why::Full => "full",
            Why::Refused => "refused",
            Why::Mismatch => "mismatch",
            Why::Newer { .. } => "newer",
            Why::CannotSetAside => "cannot-set-aside",
        }
    }
}

/// Something about stored data the planner should know, until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub enum Banner {
    /// Stored data could not be read; it is kept under `key` (None: could not be kept in
    /// storage, only here) and can be downloaded.
    Unreadable {
        key: Option<String>,
        raw: String,
        error: ReadError,
    },
    /// Some stored values could not be used; the original text is kept aside.
    Repaired {
        key: Option<String>,
        raw: String,
        problems: Vec<(String, ScenarioProblem)>,
    },
}

#[derive(Clone, Copy)]
pub struct Saving {
    pub status: RwSignal<SaveStatus>,
    pub banners: RwSignal<Vec<Banner>>,
    /// Whether the browser promised not to evict the data (None: not asked or no answer).
    pub persistent: RwSignal<Option<bool>>,
    /// The text this tab last wrote, to tell its own writes from another tab's.
    last_written: StoredValue<Option<String>>,
    revision: StoredValue<u64>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

/// What the app starts from.
pub struct Startup {
    pub workspace: Workspace,
    pub lang: Lang,
    status: SaveStatus,
    banners: Vec<Banner>,
    last_written: Option<String>,
    revision: u64,
}

fn failed(e: storage::StoreError) -> Why {
    match e {
        storage::StoreError::Failed(StoreFailure::Full) => Why::Full,
        storage::StoreError::Failed(StoreFailure::Refused) => Why::Refused,
        storage::StoreError::ReadBackMismatch => Why::Mismatch,
    }
}

/// Reads what storage holds. Never writes over anything: unreadable data is copied aside
/// first, and if that fails the app runs from memory.
pub fn startup(plan: &Plan) -> Startup {
    let now = clock::now_ms();
    let fresh =
        |lang: Lang| Workspace::starting(clock::fresh_id(), tr(lang, Text::FirstScenario), now);
    let raw = match storage::read(RECORD_KEY) {
        Ok(raw) => raw,
        Err(e) => {
            return Startup {
                workspace: fresh(Lang::default()),
                lang: Lang::default(),
                status: SaveStatus::NotSaved(failed(e)),
                banners: Vec::new(),
                last_written: None,
                revision: 0,
            }
        }
    };
    let legacy = storage::read(LEGACY_LANG_KEY).ok().flatten();
    let mut start = Startup {
        workspace: Workspace::default(),
        lang: Lang::default(),
        status: SaveStatus::Pending,
        banners: Vec::new(),
        last_written: None,
        revision: 0,
    };
    match load(raw.as_deref(), legacy.as_deref(), plan) {
        Loaded::Fresh { lang } => {
            start.lang = lang.unwrap_or_default();
            start.workspace = fresh(start.lang);
        }
        Loaded::Found {
            record, problems, ..
        } => {
            start.lang = record.language().unwrap_or_default();
            start.revision = record.revision;
            start.workspace = record.workspace;
            let raw = raw.unwrap_or_default();
            if problems.is_empty() {
                start.last_written = Some(raw);
                start.status = SaveStatus::Saved {
                    at_ms: record.saved_ms,
                };
            } else {
                let key = storage::quarantine(&raw, now).ok();
                if key.is_none() {
                    start.status = SaveStatus::NotSaved(Why::CannotSetAside);
                }
                start.banners.push(Banner::Repaired { key, raw, problems });
            }
        }
        Loaded::Unreadable { raw, error } => {
            start.workspace = fresh(start.lang);
            if let ReadError::NewerVersion { version, .. } = error {
                start.status = SaveStatus::NotSaved(Why::Newer { version });
            } else {
                let key = storage::quarantine(&raw, now).ok();
                if key.is_none() {
                    start.status = SaveStatus::NotSaved(Why::CannotSetAside);
                }
                start.banners.push(Banner::Unreadable { key, raw, error });
            }
        }
    }
    start
}

impl Saving {
    /// Wires saving to the app's state: after every change, on hiding, and on other tabs.
    pub fn start(state: AppState, start: Startup) -> Saving {
        let saving = Saving {
            status: RwSignal::new(start.status),
            banners: RwSignal::new(start.banners),
            persistent: RwSignal::new(None),
            last_written: StoredValue::new(start.last_written),
            revision: StoredValue::new(start.revision),
            timer: StoredValue::new(None),
        };
        Effect::new(move |first: Option<()>| {
            state.workspace.track();
            state.lang.track();
            if first.is_some() || saving.last_written.with_value(|w| w.is_none()) {
                saving.schedule(state);
            }
        });
        let flush = move || {
            if saving.timer.with_value(|t| t.is_some()) {
                saving.save(state);
            }
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
        storage::on_other_tab_change(RECORD_KEY, move |text| saving.other_tab(state, text));
        saving
    }

    /// Only a real change of status re-renders it (a slider sends many changes).
    fn set_status(self, s: SaveStatus) {
        if self.status.get_untracked() != s {
            self.status.set(s);
        }
    }

    fn schedule(self, state: AppState) {
        if matches!(
            self.status.get_untracked(),
            SaveStatus::NotSaved(Why::Newer { .. } | Why::Refused)
        ) {
            return;
        }
        self.set_status(SaveStatus::Pending);
        if let Some(Some(t)) = self.timer.try_update_value(|t| t.take()) {
            t.clear();
        }
        let handle = set_timeout_with_handle(
            move || self.save(state),
            Duration::from_millis(SAVE_DELAY_MS),
        );
        self.timer.set_value(handle.ok());
    }

    /// Writes the workspace now: merged first with whatever another tab saved since.
    pub fn save(self, state: AppState) {
        if let Some(Some(t)) = self.timer.try_update_value(|t| t.take()) {
            t.clear();
        }
        if matches!(
            self.status.get_untracked(),
            SaveStatus::NotSaved(Why::Newer { .. } | Why::Refused)
        ) {
            return;
        }
        let now = clock::now_ms();
        let stored = match storage::read(RECORD_KEY) {
            Ok(s) => s,
            Err(e) => return self.set_status(SaveStatus::NotSaved(failed(e))),
        };
        if let Some(raw) =
            stored.filter(|s| self.last_written.with_value(|w| w.as_ref() != Some(s)))
        {
            match state.plan.with_value(|plan| load(Some(&raw), None, plan)) {
                Loaded::Found { record, .. } => {
                    self.adopt(state, &record.workspace);
                    self.revision
                        .update_value(|r| *r = (*r).max(record.revision));
                }
                Loaded::Unreadable {
                    error: ReadError::NewerVersion { version, .. },
                    ..
                } => {
                    return self
                        .status
                        .set(SaveStatus::NotSaved(Why::Newer { version }))
                }
                Loaded::Unreadable { raw, error } => match storage::quarantine(&raw, now) {
                    Ok(key) => self.banners.update(|b| {
                        b.push(Banner::Unreadable {
                            key: Some(key),
                            raw,
                            error,
                        })
                    }),
                    Err(_) => {
                        return self.set_status(SaveStatus::NotSaved(Why::CannotSetAside));
                    }
                },
                Loaded::Fresh { .. } => {}
            }
        }
        let record = Record {
            schema: SCHEMA,
            app_version: APP_VERSION.into(),
            saved_ms: now,
            revision: self.revision.get_value() + 1,
            lang: Some(state.lang.get_untracked().code().into()),
            workspace: state.workspace.get_untracked(),
        };
        let text = record.encode();
        match storage::write(RECORD_KEY, &text) {
            Ok(()) => {
                self.revision.set_value(record.revision);
                self.last_written.set_value(Some(text));
                self.set_status(SaveStatus::Saved { at_ms: now });
                if self.persistent.get_untracked().is_none() {
                    let persistent = self.persistent;
                    persistent.set(Some(false));
                    storage::request_persistence(move |granted| persistent.set(Some(granted)));
                }
            }
            Err(e) => self.set_status(SaveStatus::NotSaved(failed(e))),
        }
    }

    /// Takes in another tab's workspace: its newer work joins this tab's, nothing of this
    /// tab's newer work is dropped.
    fn adopt(self, state: AppState, theirs: &Workspace) {
        let mine = state.workspace.get_untracked();
        let merged = mine.merge(theirs);
        if merged != mine {
            state.workspace.set(merged);
            state.notice.set(Some(Notice {
                text: tr(state.lang.get_untracked(), Text::OtherTabChanged).to_string(),
                undo: false,
            }));
        }
    }

    fn other_tab(self, state: AppState, text: Option<String>) {
        let Some(raw) = text else { return };
        if self.last_written.with_value(|w| w.as_ref() == Some(&raw)) {
            return;
        }
        match state.plan.with_value(|plan| load(Some(&raw), None, plan)) {
            Loaded::Found { record, .. } => {
                self.revision
                    .update_value(|r| *r = (*r).max(record.revision));
                self.last_written.set_value(Some(raw));
                let before = state.workspace.get_untracked();
                self.adopt(state, &record.workspace);
                // This tab had work the other lacked: write the union back.
                if before.merge(&record.workspace) != record.workspace {
                    self.schedule(state);
                }
            }
            Loaded::Unreadable {
                error: ReadError::NewerVersion { version, .. },
                ..
            } => self
                .status
                .set(SaveStatus::NotSaved(Why::Newer { version })),
            // Unreadable text is set aside by the next save, which finds it.
            _ => self.schedule(state),
        }
    }
}
