//! Scenarios leaving the app and coming back: JSON files and share links. Every reader
//! checks size, type, version and each value, and says what was wrong in terms the UI
//! can put in a planner's words. Nothing read here replaces anything: the caller adds
//! copies.

use serde::{Deserialize, Serialize};

use crate::model::basics::compress::{base64url, compress, decompress, from_base64url, CodecError};
pub use crate::model::plan::read_error::ReadError;
use crate::model::plan::Plan;
use crate::model::safe::record::{load, Loaded};
use crate::model::work::scenario::{Scenario, ScenarioProblem};

/// The `type` every scenario file carries.
pub const FILE_TYPE: &str = "bac-yen-plan/scenarios";
/// The file format this version writes and the newest it reads.
pub const FILE_VERSION: u32 = 1;
/// Larger files are refused before parsing: a scenario is a few kilobytes.
pub const MAX_FILE_BYTES: usize = 2_000_000;
pub const MAX_SCENARIOS_PER_FILE: usize = 500;
/// The share link format this version writes and the newest it reads.
pub const LINK_VERSION: u32 = 1;
pub const MAX_LINK_CHARS: usize = 64_000;
const MAX_LINK_JSON_BYTES: usize = 512_000;

/// Most problem lines listed; the rest are counted.
pub const MAX_PROBLEM_LINES: usize = 20;

/// Of `count` problems: how many to list, and how many to count as "more".
pub fn shown_problems(count: usize) -> (usize, usize) {
    let shown = count.min(MAX_PROBLEM_LINES);
    (shown, count - shown)
}

/// What was read, with every value that could not be used listed by scenario name.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub scenarios: Vec<Scenario>,
    pub problems: Vec<(String, ScenarioProblem)>,
}

#[derive(Serialize, Deserialize)]
struct ScenarioFile {
    #[serde(rename = "type")]
    kind: String,
    version: u32,
    #[serde(default)]
    app_version: String,
    #[serde(default)]
    exported_ms: f64,
    scenarios: Vec<Scenario>,
}

/// Read first, so a wrong or newer file is named as such rather than as a bad field.
#[derive(Deserialize)]
struct Header {
    #[serde(rename = "type", default)]
    kind: Option<String>,
    #[serde(default)]
    version: Option<f64>,
    #[serde(default)]
    schema: Option<serde_json::Value>,
}

fn read_record(text: &str, plan: &Plan) -> Result<Imported, ReadError> {
    match load(Some(text), None, plan) {
        Loaded::Found { record, problems } if !record.workspace.scenarios.is_empty() => {
            Ok(Imported {
                // Each with the record's own figures in it: they read as they did there.
                scenarios: {
                    let facts = &record.workspace.facts;
                    record
                        .workspace
                        .scenarios
                        .into_iter()
                        .map(|s| s.carrying_figures(plan, facts))
                        .collect()
                },
                problems,
            })
        }
        Loaded::Found { .. } | Loaded::Fresh { .. } => Err(ReadError::NoScenarios),
        Loaded::Unreadable { error, .. } => Err(error),
    }
}

pub fn write_file(scenarios: &[Scenario], app_version: &str, now_ms: f64) -> String {
    let file = ScenarioFile {
        kind: FILE_TYPE.into(),
        version: FILE_VERSION,
        app_version: app_version.into(),
        exported_ms: now_ms,
        scenarios: scenarios.to_vec(),
    };
    // Compact, not pretty: a second JSON writer would be a second copy of every
    // serializer in the download.
    serde_json::to_string(&file).unwrap_or_default()
}

pub fn read_file(text: &str, plan: &Plan) -> Result<Imported, ReadError> {
    let text = ReadError::opened(text, MAX_FILE_BYTES)?;
    let header: Header = serde_json::from_str(text).map_err(|e| ReadError::from_json(&e))?;
    match header.kind.as_deref() {
        Some(FILE_TYPE) => {}
        // The app's own stored record (the original a banner offered to download): its
        // scenarios come in as copies like any file's.
        None if header.schema.is_some() => return read_record(text, plan),
        other => {
            return Err(ReadError::WrongType {
                found: other.unwrap_or("").chars().take(60).collect(),
            })
        }
    }
    let version = header.version.unwrap_or(0.0);
    if version > f64::from(FILE_VERSION) {
        return Err(ReadError::NewerVersion {
            version: version.min(f64::from(u32::MAX)) as u32,
            supported: FILE_VERSION,
        });
    }
    // A file whose whole does not read is read scenario by scenario, value by value.
    let (scenarios, mut salvage_problems) = match serde_json::from_str::<ScenarioFile>(text) {
        Ok(file) => (file.scenarios, Vec::new()),
        Err(e) => {
            let value: serde_json::Value =
                serde_json::from_str(text).map_err(|_| ReadError::from_json(&e))?;
            match value.get("scenarios") {
                Some(list) if list.is_array() => crate::model::safe::salvage::scenarios(list, plan),
                _ => return Err(ReadError::from_json(&e)),
            }
        }
    };
    let file = ScenarioFile {
        kind: FILE_TYPE.into(),
        version: FILE_VERSION,
        app_version: String::new(),
        exported_ms: 0.0,
        scenarios,
    };
    if file.scenarios.is_empty() {
        return Err(ReadError::NoScenarios);
    }
    if file.scenarios.len() > MAX_SCENARIOS_PER_FILE {
        return Err(ReadError::TooManyScenarios {
            count: file.scenarios.len(),
            limit: MAX_SCENARIOS_PER_FILE,
        });
    }
    let mut imported = Imported {
        scenarios: Vec::new(),
        problems: std::mem::take(&mut salvage_problems),
    };
    for s in file.scenarios {
        let (s, problems) = s.checked(plan);
        imported
            .problems
            .extend(problems.into_iter().map(|p| (s.name.clone(), p)));
        imported.scenarios.push(s);
    }
    Ok(imported)
}

/// The fragment of a share link (without `#`): `s1.` then the scenario's JSON,
/// compressed and in URL-safe base64. Only what differs from the plan's defaults is in a
/// scenario, and its id and times stay home.
pub fn write_link(s: &Scenario) -> String {
    let bare = Scenario {
        id: String::new(),
        created_ms: 0.0,
        changed_ms: 0.0,
        ..s.clone()
    };
    let json = serde_json::to_string(&bare).unwrap_or_default();
    format!("s{LINK_VERSION}.{}", base64url(&compress(json.as_bytes())))
}

/// Whether a URL fragment is meant as a share link (so a different fragment is ignored,
/// and a damaged link is reported).
pub fn is_link(fragment: &str) -> bool {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    let digits = f
        .strip_prefix('s')
        .map(|r| r.split('.').next().unwrap_or(""));
    digits.is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        && f.contains('.')
}

pub fn read_link(
    fragment: &str,
    plan: &Plan,
) -> Result<(Scenario, Vec<ScenarioProblem>), ReadError> {
    read_link_with(fragment, |_| Some(plan))
}

#[derive(Deserialize)]
struct PlanOf {
    #[serde(default)]
    plan: String,
}

/// A share link read against the plan its scenario names (`plan_of` finds it here): a
/// link for a plan this browser does not have is refused, saying so.
pub fn read_link_with<'a>(
    fragment: &str,
    plan_of: impl Fn(&str) -> Option<&'a Plan>,
) -> Result<(Scenario, Vec<ScenarioProblem>), ReadError> {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    if f.len() > MAX_LINK_CHARS {
        return Err(ReadError::TooLarge {
            bytes: f.len(),
            limit: MAX_LINK_CHARS,
        });
    }
    let (head, payload) = f
        .split_once('.')
        .ok_or(ReadError::BrokenLink(CodecError::Truncated))?;
    let version: u32 = head
        .strip_prefix('s')
        .and_then(|d| d.parse().ok())
        .ok_or(ReadError::BrokenLink(CodecError::BadCharacter))?;
    if version > LINK_VERSION {
        return Err(ReadError::NewerVersion {
            version,
            supported: LINK_VERSION,
        });
    }
    let packed = from_base64url(payload).map_err(ReadError::BrokenLink)?;
    let json = decompress(&packed, MAX_LINK_JSON_BYTES).map_err(ReadError::BrokenLink)?;
    // Through `from_str` like every other reader: `from_slice` would be a second copy of
    // every deserializer in the download.
    let json =
        String::from_utf8(json).map_err(|_| ReadError::BrokenLink(CodecError::BadCharacter))?;
    let plan_id = serde_json::from_str::<PlanOf>(&json)
        .map(|p| p.plan)
        .unwrap_or_default();
    let plan = plan_of(&plan_id).ok_or(ReadError::UnknownPlan)?;
    let (s, mut problems) = match serde_json::from_str::<Scenario>(&json) {
        Ok(s) => (s, Vec::new()),
        // Value by value where the whole does not read.
        Err(e) => serde_json::from_str::<serde_json::Value>(&json)
            .ok()
            .and_then(|v| crate::model::safe::salvage::scenario(&v, plan, 0))
            .ok_or_else(|| ReadError::from_json(&e))?,
    };
    let (s, checked) = s.checked(plan);
    problems.extend(checked);
    Ok((s, problems))
}
