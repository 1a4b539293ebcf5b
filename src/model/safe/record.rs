//! The one record the app keeps in the browser's storage: schema version, app version,
//! when it was saved, and the workspace. Reading it never throws work away: data from an
//! older schema is migrated step by step, data that cannot be read is handed back whole
//! so the caller can set it aside, and data from a newer version is reported, not read.

use serde::{Deserialize, Serialize};

use crate::model::basics::number::Lang;
use crate::model::plan::read_error::ReadError;
use crate::model::plan::Plan;
use crate::model::work::scenario::{ScenarioProblem, REFERENCE_ID};
use crate::model::work::workspace::Workspace;

/// The schema this version writes. Bump it with a migration step and a fixture in
/// `tests/fixtures/storage/` for the version it replaces.
///
/// Schema 3 adds the planner's own plans (`Workspace::plans`, the plan shown, each
/// scenario's plan and the assumptions it keeps aside): nothing to migrate (an older
/// record has none), but the bump keeps an older app, which would drop them on its next
/// save, from reading such a record at all.
pub const SCHEMA: u32 = 3;
pub const RECORD_KEY: &str = "bacyen.record";
/// Where unreadable data is set aside (with the time appended when that key is taken).
pub const QUARANTINE_KEY: &str = "bacyen.quarantine";
/// Schema 0, the first release: it stored only the language, under its own key.
pub const LEGACY_LANG_KEY: &str = "bacyen.lang";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub schema: u32,
    #[serde(default)]
    pub app_version: String,
    #[serde(default)]
    pub saved_ms: f64,
    /// Counts saves by any tab: a tab that finds a revision it has not seen knows another
    /// tab wrote, and merges before writing.
    #[serde(default)]
    pub revision: u64,
    #[serde(default)]
    pub lang: Option<String>,
    pub workspace: Workspace,
}

impl Record {
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn language(&self) -> Option<Lang> {
        self.lang.as_deref().and_then(Lang::from_code)
    }
}

/// What was found in storage.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet (or only the first release's language choice).
    Fresh { lang: Option<Lang> },
    /// A record of the current schema. `problems` lists values that could not be used;
    /// the caller keeps the raw text aside when there are any.
    Found {
        record: Record,
        problems: Vec<(String, ScenarioProblem)>,
    },
    /// Text that cannot be read (or is from a newer version): keep it, never overwrite it
    /// unread.
    Unreadable { raw: String, error: ReadError },
}

#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    schema: Option<f64>,
}

/// Reads what storage holds: the record's raw text and the first release's language key.
pub fn load(raw: Option<&str>, legacy_lang: Option<&str>, plan: &Plan) -> Loaded {
    let Some(raw) = raw else {
        // Schema 0 -> 1: gloo-storage wrote the language as a JSON string ("\"en\"").
        let lang = legacy_lang
            .and_then(|t| serde_json::from_str::<String>(t).ok())
            .and_then(|c| Lang::from_code(&c));
        return Loaded::Fresh { lang };
    };
    let unreadable = |error| Loaded::Unreadable {
        raw: raw.to_string(),
        error,
    };
    let header: Header = match serde_json::from_str(raw) {
        Ok(h) => h,
        Err(e) => return unreadable(ReadError::from_json(&e)),
    };
    let schema = match header.schema {
        Some(s) if s >= 1.0 && s.fract() == 0.0 => s,
        _ => {
            return unreadable(ReadError::Shape {
                line: 1,
                column: 1,
                detail: "no schema version".into(),
            })
        }
    };
    if schema > f64::from(SCHEMA) {
        return unreadable(ReadError::NewerVersion {
            version: schema.min(f64::from(u32::MAX)) as u32,
            supported: SCHEMA,
        });
    }
    // Schema 1 is the first with a record; later schemas add their steps here, each one
    // turning version n into n + 1, so every old record walks the same path.
    let mut problems = Vec::new();
    let mut record: Record = match serde_json::from_str(raw) {
        Ok(r) => r,
        Err(e) => match salvaged(raw, plan) {
            Some((r, found)) => {
                problems = found;
                r
            }
            None => return unreadable(ReadError::from_json(&e)),
        },
    };
    // Schema 1 -> 2: the figures move from the scenarios to the commune's sheet.
    if schema < 2.0 {
        let at = record.saved_ms;
        record.workspace.move_figures_to_facts(plan, at);
    }
    record.schema = SCHEMA;
    let (facts, bad) =
        crate::model::plan::facts::checked(std::mem::take(&mut record.workspace.facts), plan);
    record.workspace.facts = facts;
    problems.extend(bad.into_iter().map(|(indicator, field, error)| {
        (
            String::new(),
            ScenarioProblem::BadValue {
                indicator,
                field,
                error,
            },
        )
    }));
    // The planner's own plans: each checked whole, its figures value by value. One that
    // fails is left out with its scenarios, and reported (the caller keeps the raw text).
    let own = std::mem::take(&mut record.workspace.plans);
    for mut p in own {
        let clash = p.id.is_empty() || record.workspace.own_plan(&p.id).is_some();
        if clash || p.plan.validate().is_err() {
            problems.push((p.plan.name(Lang::Vi), ScenarioProblem::BadPlan));
            continue;
        }
        let (facts, bad) =
            crate::model::plan::facts::checked(std::mem::take(&mut p.facts), &p.plan);
        p.facts = facts;
        problems.extend(bad.into_iter().map(|(indicator, field, error)| {
            (
                p.plan.name(Lang::Vi),
                ScenarioProblem::BadValue {
                    indicator,
                    field,
                    error,
                },
            )
        }));
        record.workspace.plans.push(p);
    }
    if record.workspace.own_plan(&record.workspace.plan).is_none() {
        record.workspace.plan = String::new();
    }
    let scenarios = std::mem::take(&mut record.workspace.scenarios);
    for mut s in scenarios {
        let Some(its_plan) = record.workspace.plan_by_id(plan, &s.plan).cloned() else {
            problems.push((s.name.clone(), ScenarioProblem::UnknownPlan));
            continue;
        };
        if s.id.is_empty() || s.id == REFERENCE_ID || record.workspace.get(&s.id).is_some() {
            // An id clash would make two scenarios one; keep both under fresh ids.
            s.id = format!("{}-{}", s.id, record.workspace.scenarios.len());
            while record.workspace.get(&s.id).is_some() {
                s.id.push('x');
            }
        }
        let before = s.clone();
        let (s, found) = s.checked(&its_plan);
        // A "problem" whose repair changes nothing (an empty name stays empty) is no
        // repair: nothing is set aside for it, so it cannot fill the store load by load.
        if s != before {
            problems.extend(found.into_iter().map(|p| (s.name.clone(), p)));
        }
        record.workspace.scenarios.push(s);
    }
    // The shown scenario must be one of the shown plan's.
    let shown = record.workspace.plan.clone();
    let active = &record.workspace.active;
    let here = record
        .workspace
        .get(active)
        .is_some_and(|s| s.plan == shown);
    if active != REFERENCE_ID && !here {
        record.workspace.active = String::new();
        record.workspace.show_plan(&shown);
    }
    Loaded::Found { record, problems }
}

/// A record whose whole does not read (a negative revision, one bad year), read part by
/// part: None when it is not a record at all.
fn salvaged(raw: &str, plan: &Plan) -> Option<(Record, Vec<(String, ScenarioProblem)>)> {
    let value: serde_json::Value = serde_json::from_str(raw).ok()?;
    let obj = value.as_object()?;
    let ws = obj.get("workspace")?.as_object()?;
    let (workspace, mut problems) = crate::model::safe::salvage::workspace(ws, plan);
    let mut number = |key: &str, ok: fn(&serde_json::Value) -> bool| {
        let v = obj.get(key);
        if v.is_some_and(|v| !ok(v)) {
            problems.push((
                String::new(),
                ScenarioProblem::RecordValue { field: key.into() },
            ));
        }
        v.filter(|v| ok(v)).cloned()
    };
    let revision = number("revision", |v| v.as_u64().is_some()).and_then(|v| v.as_u64());
    let saved_ms = number("saved_ms", |v| v.as_f64().is_some()).and_then(|v| v.as_f64());
    let record = Record {
        schema: SCHEMA,
        app_version: obj
            .get("app_version")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .into(),
        saved_ms: saved_ms.unwrap_or(0.0),
        revision: revision.unwrap_or(0),
        lang: obj.get("lang").and_then(|v| v.as_str()).map(str::to_string),
        workspace,
    };
    Some((record, problems))
}

/// Why the browser would not store something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreFailure {
    /// The store is full.
    Full,
    /// Storage is switched off, refused (private mode) or failed otherwise.
    Refused,
}

/// Names a failed write by the error's name and legacy code: Chrome says
/// `QuotaExceededError` (code 22), Firefox `NS_ERROR_DOM_QUOTA_REACHED` (code 1014), old
/// Safari `QUOTA_EXCEEDED_ERR` (code 22).
pub fn classify_failure(name: &str, code: Option<f64>) -> StoreFailure {
    let full_name = matches!(
        name,
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" | "QUOTA_EXCEEDED_ERR"
    );
    if full_name || matches!(code, Some(c) if c == 22.0 || c == 1014.0) {
        StoreFailure::Full
    } else {
        StoreFailure::Refused
    }
}
