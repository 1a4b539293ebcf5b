//! Saving as a state machine: every decision about the browser's store, with no browser
//! in it. The shell feeds it events (loaded, changed, flush, what the store holds, a set
//! aside or a write done, another tab wrote) and carries out the effects it returns, in
//! order, feeding each result back as the next event. Host tests drive any sequence.
//!
//! What it guarantees:
//! - text it has not read, or could not read, is never written over: unreadable text is
//!   set aside first, and when that fails nothing more is written (`CannotSetAside`);
//! - a record from a newer schema or a newer app version is left alone: an older tab
//!   would drop what it does not know;
//! - another tab's work is merged in before every write, never written over;
//! - the same unreadable text is set aside once, not once per load or save.

use super::number::Lang;
use super::plan::Plan;
use super::read_error::ReadError;
use super::record::{load, Loaded, Record, StoreFailure, SCHEMA};
use super::scenario::{ScenarioProblem, Workspace};

/// How the planner's work stands.
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
    /// The stored record is from a newer schema; it is left as it is.
    Newer {
        version: u32,
    },
    /// The stored record was written by a newer version of the app (another tab, updated
    /// first): this older page does not write over what it may not understand.
    NewerApp {
        version: String,
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
            Why::NewerApp { .. } => "newer-app",
            Why::CannotSetAside => "cannot-set-aside",
        }
    }

    /// Whether no later write may be tried (the others may pass next time).
    fn stops_writing(&self) -> bool {
        !matches!(self, Why::Full | Why::Mismatch)
    }
}

/// Something about stored data the planner should know, until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub enum Banner {
    /// Stored data could not be read; it is kept under `key` (None: could not be kept in
    /// storage, only in this page) and can be downloaded.
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
    /// Old set-aside copies were removed to keep at most `MAX_SET_ASIDE`.
    Pruned { count: usize },
}

/// Why a write did not land.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteFailure {
    Store(StoreFailure),
    /// The write went through but reading it back gave something else.
    ReadBackMismatch,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// What the store held at start (or why it could not be read).
    Loaded {
        stored: Result<Option<String>, StoreFailure>,
        legacy_lang: Option<String>,
    },
    /// The workspace or the language changed.
    Changed,
    /// Save now: the delay after the last change ran out, or the page is being hidden.
    Flush {
        workspace: Workspace,
        lang: Lang,
    },
    /// What the store holds now (asked for by `Effect::Read`).
    Read(Result<Option<String>, StoreFailure>),
    /// The key the text was set aside under, and how many old copies were pruned.
    SetAside(Result<(String, usize), StoreFailure>),
    Written(Result<(), WriteFailure>),
    /// Another tab wrote the record (None: it was removed). `workspace` is this tab's.
    OtherTab {
        text: Option<String>,
        workspace: Workspace,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Start from this (None: a first visit; the shell makes a fresh workspace).
    Start {
        workspace: Option<Workspace>,
        lang: Option<Lang>,
    },
    /// (Re)start the delay before saving.
    StartTimer,
    CancelTimer,
    /// Read the record's key, answer with `Event::Read`.
    Read,
    /// Keep this text under a set-aside key, answer with `Event::SetAside`.
    SetAside {
        raw: String,
    },
    /// Write the record, read it back, answer with `Event::Written`.
    Write {
        text: String,
    },
    Status(SaveStatus),
    Banner(Banner),
    /// Take in `merged`: another tab's work (`theirs`) merged with this tab's.
    Adopt {
        merged: Workspace,
        theirs: Workspace,
    },
    /// Ask the browser to keep the data (after the first save).
    AskPersistence,
}

/// Whether `theirs` names a newer app version than `ours` ("0.2.0" > "0.1.9").
pub fn newer_app(theirs: &str, ours: &str) -> bool {
    let parts = |v: &str| -> Vec<u64> { v.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    parts(theirs) > parts(ours)
}

/// What the machine is waiting for.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Idle,
    /// At start: setting aside what was found, then (maybe) writing the repair.
    StartAside {
        banner: Banner,
        write_after: bool,
    },
    /// A save: the workspace to write, waiting for the store's current text.
    Reading {
        workspace: Workspace,
        lang: Lang,
    },
    /// A save: unreadable text found in the store is being set aside first.
    SaveAside {
        workspace: Workspace,
        lang: Lang,
        raw: String,
        error: ReadError,
    },
    Writing {
        text: String,
        revision: u64,
        content: (Workspace, Lang),
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Saver {
    app_version: String,
    /// The text this tab last wrote or read: its own, not another tab's.
    seen: Option<String>,
    revision: u64,
    /// Set once nothing more may be written.
    stopped: Option<Why>,
    step: Step,
    asked_persistence: bool,
    /// Texts already set aside by this page (never copied twice).
    set_aside: Vec<String>,
    /// What the last write that landed held: a flush with nothing new writes nothing.
    written: Option<(Workspace, Lang)>,
    saved_at: f64,
    now_ms: f64,
}

impl Saver {
    pub fn new(app_version: &str) -> Saver {
        Saver {
            app_version: app_version.into(),
            seen: None,
            revision: 0,
            stopped: None,
            step: Step::Idle,
            asked_persistence: false,
            set_aside: Vec::new(),
            written: None,
            saved_at: 0.0,
            now_ms: 0.0,
        }
    }

    /// Whether writing has stopped for good, and why.
    pub fn stopped(&self) -> Option<&Why> {
        self.stopped.as_ref()
    }

    /// Whether a save is under way (the shell keeps feeding it results).
    pub fn busy(&self) -> bool {
        self.step != Step::Idle
    }

    fn stop(&mut self, why: Why, out: &mut Vec<Effect>) {
        self.stopped = Some(why.clone());
        self.step = Step::Idle;
        out.push(Effect::CancelTimer);
        out.push(Effect::Status(SaveStatus::NotSaved(why)));
    }

    fn set_aside(&mut self, raw: &str, out: &mut Vec<Effect>) -> bool {
        if self.set_aside.iter().any(|s| s == raw) {
            return false;
        }
        out.push(Effect::SetAside { raw: raw.into() });
        true
    }

    /// Handles one event at time `now_ms` and returns what the shell must do, in order.
    pub fn handle(&mut self, event: Event, plan: &Plan, now_ms: f64) -> Vec<Effect> {
        self.now_ms = now_ms;
        let mut out = Vec::new();
        match event {
            Event::Loaded {
                stored,
                legacy_lang,
            } => self.loaded(stored, legacy_lang, plan, &mut out),
            Event::Changed => {
                if self.stopped.is_none() {
                    out.push(Effect::Status(SaveStatus::Pending));
                    out.push(Effect::StartTimer);
                }
            }
            Event::Flush { workspace, lang } => {
                let unchanged = self
                    .written
                    .as_ref()
                    .is_some_and(|(w, l)| *w == workspace && *l == lang);
                if unchanged && self.stopped.is_none() && self.step == Step::Idle {
                    out.push(Effect::CancelTimer);
                    out.push(Effect::Status(SaveStatus::Saved {
                        at_ms: self.saved_at,
                    }));
                } else if self.stopped.is_none() && self.step == Step::Idle {
                    out.push(Effect::CancelTimer);
                    self.step = Step::Reading { workspace, lang };
                    out.push(Effect::Read);
                }
            }
            Event::Read(result) => self.read(result, plan, &mut out),
            Event::SetAside(result) => self.set_aside_done(result, &mut out),
            Event::Written(result) => self.written(result, &mut out),
            Event::OtherTab { text, workspace } => self.other_tab(text, workspace, plan, &mut out),
        }
        out
    }

    fn loaded(
        &mut self,
        stored: Result<Option<String>, StoreFailure>,
        legacy_lang: Option<String>,
        plan: &Plan,
        out: &mut Vec<Effect>,
    ) {
        let raw = match stored {
            Ok(raw) => raw,
            Err(f) => {
                out.push(Effect::Start {
                    workspace: None,
                    lang: None,
                });
                let why = match f {
                    StoreFailure::Full => Why::Full,
                    StoreFailure::Refused => Why::Refused,
                };
                return self.stop(why, out);
            }
        };
        match load(raw.as_deref(), legacy_lang.as_deref(), plan) {
            Loaded::Fresh { lang } => {
                out.push(Effect::Start {
                    workspace: None,
                    lang,
                });
                out.push(Effect::Status(SaveStatus::Pending));
                out.push(Effect::StartTimer);
            }
            Loaded::Found { record, problems } => {
                let raw = raw.unwrap_or_default();
                // What is in the store is this tab's starting point, not a foreign text.
                self.seen = Some(raw.clone());
                self.revision = record.revision;
                let newer = newer_app(&record.app_version, &self.app_version);
                let lang = record.language();
                out.push(Effect::Start {
                    workspace: Some(record.workspace),
                    lang,
                });
                if newer {
                    return self.stop(
                        Why::NewerApp {
                            version: record.app_version,
                        },
                        out,
                    );
                }
                if problems.is_empty() {
                    out.push(Effect::Status(SaveStatus::Saved {
                        at_ms: record.saved_ms,
                    }));
                } else {
                    let banner = Banner::Repaired {
                        key: None,
                        raw: raw.clone(),
                        problems,
                    };
                    self.step = Step::StartAside {
                        banner,
                        write_after: true,
                    };
                    out.push(Effect::SetAside { raw });
                }
            }
            Loaded::Unreadable { raw, error } => {
                self.seen = Some(raw.clone());
                out.push(Effect::Start {
                    workspace: None,
                    lang: None,
                });
                if let ReadError::NewerVersion { version, .. } = error {
                    return self.stop(Why::Newer { version }, out);
                }
                self.step = Step::StartAside {
                    banner: Banner::Unreadable {
                        key: None,
                        raw: raw.clone(),
                        error,
                    },
                    write_after: true,
                };
                out.push(Effect::SetAside { raw });
            }
        }
    }

    fn read(
        &mut self,
        result: Result<Option<String>, StoreFailure>,
        plan: &Plan,
        out: &mut Vec<Effect>,
    ) {
        let Step::Reading { workspace, lang } = std::mem::replace(&mut self.step, Step::Idle)
        else {
            return;
        };
        let stored = match result {
            Ok(s) => s,
            Err(StoreFailure::Full) => {
                return out.push(Effect::Status(SaveStatus::NotSaved(Why::Full)));
            }
            Err(StoreFailure::Refused) => return self.stop(Why::Refused, out),
        };
        let foreign = stored.filter(|s| self.seen.as_ref() != Some(s));
        let Some(raw) = foreign else {
            return self.write(workspace, lang, out);
        };
        match load(Some(&raw), None, plan) {
            Loaded::Found { record, .. } => {
                if let Some((merged, _)) = self.take_in(raw, record, &workspace, out) {
                    self.write(merged, lang, out);
                }
            }
            Loaded::Unreadable {
                error: ReadError::NewerVersion { version, .. },
                raw,
            } => {
                self.seen = Some(raw);
                self.stop(Why::Newer { version }, out);
            }
            Loaded::Unreadable { raw, error } => {
                if self.set_aside(&raw, out) {
                    self.step = Step::SaveAside {
                        workspace,
                        lang,
                        raw,
                        error,
                    };
                } else {
                    // Already kept by this page: safe to write over.
                    self.write(workspace, lang, out);
                }
            }
            Loaded::Fresh { .. } => self.write(workspace, lang, out),
        }
    }

    /// Another tab's readable record, found in the store or heard of: stop if a newer app
    /// wrote it, else merge it with this tab's workspace (telling the page when that
    /// changes anything). Returns the union and whether it holds work the record lacks.
    fn take_in(
        &mut self,
        raw: String,
        record: Record,
        workspace: &Workspace,
        out: &mut Vec<Effect>,
    ) -> Option<(Workspace, bool)> {
        self.seen = Some(raw);
        if newer_app(&record.app_version, &self.app_version) {
            self.stop(
                Why::NewerApp {
                    version: record.app_version,
                },
                out,
            );
            return None;
        }
        self.revision = self.revision.max(record.revision);
        let merged = workspace.merge(&record.workspace);
        let union_is_new = merged != record.workspace;
        if merged != *workspace {
            out.push(Effect::Adopt {
                merged: merged.clone(),
                theirs: record.workspace,
            });
        }
        Some((merged, union_is_new))
    }

    fn write(&mut self, workspace: Workspace, lang: Lang, out: &mut Vec<Effect>) {
        let record = Record {
            schema: SCHEMA,
            app_version: self.app_version.clone(),
            saved_ms: self.now_ms,
            revision: self.revision + 1,
            lang: Some(lang.code().into()),
            workspace,
        };
        let text = record.encode();
        self.step = Step::Writing {
            text: text.clone(),
            revision: record.revision,
            content: (record.workspace, lang),
        };
        out.push(Effect::Write { text });
    }

    fn set_aside_done(
        &mut self,
        result: Result<(String, usize), StoreFailure>,
        out: &mut Vec<Effect>,
    ) {
        match std::mem::replace(&mut self.step, Step::Idle) {
            Step::StartAside {
                mut banner,
                write_after,
            } => {
                let raw = match &banner {
                    Banner::Unreadable { raw, .. } | Banner::Repaired { raw, .. } => raw.clone(),
                    Banner::Pruned { .. } => String::new(),
                };
                match result {
                    Ok((key, pruned)) => {
                        self.set_aside.push(raw);
                        if let Banner::Unreadable { key: k, .. } | Banner::Repaired { key: k, .. } =
                            &mut banner
                        {
                            *k = Some(key);
                        }
                        out.push(Effect::Banner(banner));
                        if pruned > 0 {
                            out.push(Effect::Banner(Banner::Pruned { count: pruned }));
                        }
                        if write_after {
                            out.push(Effect::Status(SaveStatus::Pending));
                            out.push(Effect::StartTimer);
                        }
                    }
                    Err(_) => {
                        out.push(Effect::Banner(banner));
                        self.stop(Why::CannotSetAside, out);
                    }
                }
            }
            Step::SaveAside {
                workspace,
                lang,
                raw,
                error,
            } => match result {
                Ok((key, pruned)) => {
                    self.set_aside.push(raw.clone());
                    out.push(Effect::Banner(Banner::Unreadable {
                        key: Some(key),
                        raw,
                        error,
                    }));
                    if pruned > 0 {
                        out.push(Effect::Banner(Banner::Pruned { count: pruned }));
                    }
                    self.write(workspace, lang, out);
                }
                Err(_) => {
                    out.push(Effect::Banner(Banner::Unreadable {
                        key: None,
                        raw,
                        error,
                    }));
                    self.stop(Why::CannotSetAside, out);
                }
            },
            other => self.step = other,
        }
    }

    fn written(&mut self, result: Result<(), WriteFailure>, out: &mut Vec<Effect>) {
        let Step::Writing {
            text,
            revision,
            content,
        } = std::mem::replace(&mut self.step, Step::Idle)
        else {
            return;
        };
        match result {
            Ok(()) => {
                self.seen = Some(text);
                self.written = Some(content);
                self.saved_at = self.now_ms;
                self.revision = revision;
                out.push(Effect::Status(SaveStatus::Saved { at_ms: self.now_ms }));
                if !self.asked_persistence {
                    self.asked_persistence = true;
                    out.push(Effect::AskPersistence);
                }
            }
            Err(WriteFailure::ReadBackMismatch) => {
                out.push(Effect::Status(SaveStatus::NotSaved(Why::Mismatch)))
            }
            Err(WriteFailure::Store(StoreFailure::Full)) => {
                out.push(Effect::Status(SaveStatus::NotSaved(Why::Full)))
            }
            Err(WriteFailure::Store(StoreFailure::Refused)) => self.stop(Why::Refused, out),
        }
    }

    fn other_tab(
        &mut self,
        text: Option<String>,
        workspace: Workspace,
        plan: &Plan,
        out: &mut Vec<Effect>,
    ) {
        let Some(raw) = text else { return };
        if self.seen.as_ref() == Some(&raw) || self.stopped.as_ref().is_some_and(Why::stops_writing)
        {
            return;
        }
        match load(Some(&raw), None, plan) {
            Loaded::Found { record, .. } => {
                let Some((_, union_is_new)) = self.take_in(raw, record, &workspace, out) else {
                    return;
                };
                // This tab had work the other lacked: write the union back.
                if union_is_new {
                    out.push(Effect::Status(SaveStatus::Pending));
                    out.push(Effect::StartTimer);
                }
            }
            Loaded::Unreadable {
                error: ReadError::NewerVersion { version, .. },
                ..
            } => {
                self.seen = Some(raw);
                self.stop(Why::Newer { version }, out);
            }
            // Unreadable text is set aside by the next save, which finds it.
            _ => {
                out.push(Effect::Status(SaveStatus::Pending));
                out.push(Effect::StartTimer);
            }
        }
    }
}

/// Where to set a text aside among the copies already kept: reuse the key of an identical
/// copy, else a new key; and which old copies to remove so at most `MAX_SET_ASIDE` stay
/// (oldest first; the base key counts as oldest).
pub fn set_aside_plan(existing: &[(String, String)], raw: &str, now_ms: f64) -> SetAsidePlan {
    if let Some((key, _)) = existing.iter().find(|(_, text)| text == raw) {
        return SetAsidePlan {
            key: key.clone(),
            write: false,
            remove: Vec::new(),
        };
    }
    let base = super::record::QUARANTINE_KEY;
    // The bare key only for the first copy, so it is always the oldest.
    let mut key = if existing.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{}", now_ms.max(0.0) as u64)
    };
    while existing.iter().any(|(k, _)| *k == key) {
        key.push('x');
    }
    let mut keys: Vec<&String> = existing.iter().map(|(k, _)| k).collect();
    // Oldest first: the base key, then by the time in the key.
    keys.sort_by_key(|k| {
        k.strip_prefix(base)
            .and_then(|t| t.strip_prefix('.'))
            .and_then(|t| t.parse::<u64>().ok())
            .unwrap_or(0)
    });
    let excess = (keys.len() + 1).saturating_sub(MAX_SET_ASIDE);
    SetAsidePlan {
        key,
        write: true,
        remove: keys.into_iter().take(excess).cloned().collect(),
    }
}

/// Most set-aside copies kept in the store.
pub const MAX_SET_ASIDE: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAsidePlan {
    pub key: String,
    /// False when an identical copy is already kept under `key`.
    pub write: bool,
    pub remove: Vec<String>,
}
