//! Saving's protocol and what it tells the planner: the events the shell feeds the
//! saver, the effects it returns, the status in the header, why work is not saved, and
//! the banners about stored data.

use crate::model::basics::number::Lang;
use crate::model::plan::read_error::ReadError;
use crate::model::safe::record::StoreFailure;
use crate::model::work::scenario::ScenarioProblem;
use crate::model::work::workspace::Workspace;

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
    pub fn stops_writing(&self) -> bool {
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
