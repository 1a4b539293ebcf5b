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
//!
//! Imports: nothing.

mod start;

pub use crate::model::safe::save_status::{
    newer_app, Banner, Effect, Event, SaveStatus, Why, WriteFailure,
};
pub use crate::model::safe::set_aside::{set_aside_plan, SetAsidePlan, MAX_SET_ASIDE};

use crate::model::basics::number::Lang;
use crate::model::plan::read_error::ReadError;
use crate::model::plan::Plan;
use crate::model::safe::record::{load, Loaded, Record, StoreFailure, SCHEMA};
use crate::model::work::workspace::Workspace;

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
