//! A plan leaving the app and coming back: one JSON file with the plan and the commune's
//! figures for it (`"type": "bac-yen-plan/plan"`). Read like a scenario file: size, type
//! and version first, then every value checked; a plan that fails a check is refused
//! whole with the reason, never half-read.

use serde::{Deserialize, Serialize};

use crate::model::plan::assumption::{AssumptionError, Field};
use crate::model::plan::facts::{checked, FactSheet};
use crate::model::plan::read_error::ReadError;
use crate::model::plan::Plan;

/// The `type` every plan file carries.
pub const PLAN_FILE_TYPE: &str = "bac-yen-plan/plan";
/// The plan file format this version writes and the newest it reads.
pub const PLAN_FILE_VERSION: u32 = 1;
/// Larger files are refused before parsing (a 500-indicator plan is about 600 kB).
pub const MAX_PLAN_FILE_BYTES: usize = 4_000_000;

#[derive(Serialize, Deserialize)]
struct PlanFile {
    #[serde(rename = "type")]
    kind: String,
    version: u32,
    #[serde(default)]
    app_version: String,
    #[serde(default)]
    exported_ms: f64,
    /// The plan's id where it was made, so share links made there find it here.
    #[serde(default)]
    id: String,
    plan: Plan,
    #[serde(default)]
    facts: FactSheet,
}

#[derive(Deserialize)]
struct Header {
    #[serde(rename = "type", default)]
    kind: Option<String>,
    #[serde(default)]
    version: Option<f64>,
}

/// A plan read from a file, with the figures' values that could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadPlan {
    /// The id it had where it was made (empty in a file of the built-in plan).
    pub id: String,
    pub plan: Plan,
    pub facts: FactSheet,
    pub problems: Vec<(String, Field, AssumptionError)>,
}

pub fn write_plan_file(
    id: &str,
    plan: &Plan,
    facts: &FactSheet,
    app_version: &str,
    now_ms: f64,
) -> String {
    let file = PlanFile {
        id: id.into(),
        kind: PLAN_FILE_TYPE.into(),
        version: PLAN_FILE_VERSION,
        app_version: app_version.into(),
        exported_ms: now_ms,
        plan: plan.clone(),
        facts: facts.clone(),
    };
    serde_json::to_string(&file).unwrap_or_default()
}

pub fn read_plan_file(text: &str) -> Result<ReadPlan, ReadError> {
    let text = ReadError::opened(text, MAX_PLAN_FILE_BYTES)?;
    let header: Header = serde_json::from_str(text).map_err(|e| ReadError::from_json(&e))?;
    if header.kind.as_deref() != Some(PLAN_FILE_TYPE) {
        return Err(ReadError::WrongType {
            found: header.kind.unwrap_or_default().chars().take(60).collect(),
        });
    }
    let version = header.version.unwrap_or(0.0);
    if version > f64::from(PLAN_FILE_VERSION) {
        return Err(ReadError::NewerVersion {
            version: version.min(f64::from(u32::MAX)) as u32,
            supported: PLAN_FILE_VERSION,
        });
    }
    let file: PlanFile = serde_json::from_str(text).map_err(|e| ReadError::from_json(&e))?;
    file.plan.validate().map_err(ReadError::BadPlan)?;
    let (facts, problems) = checked(file.facts, &file.plan);
    Ok(ReadPlan {
        id: file.id,
        plan: file.plan,
        facts,
        problems,
    })
}
