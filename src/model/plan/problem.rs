//! What a plan can break: the typed errors of reading and checking it.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum PlanError {
    /// The JSON did not parse.
    Syntax(String),
    /// Parsed, but a value makes no sense for the model.
    Invalid {
        indicator: String,
        problem: PlanProblem,
    },
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::Syntax(e) => write!(f, "plan file does not parse: {e}"),
            PlanError::Invalid { indicator, problem } => {
                write!(f, "indicator {indicator}: {problem}")
            }
        }
    }
}

impl std::error::Error for PlanError {}

/// What a plan's value breaks; the UI puts it in the planner's words.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanProblem {
    Horizon,
    BaseYear,
    TooManyIndicators,
    NoIndicators,
    NoPlanName,
    PlanNameTooLong,
    PovertyThreshold,
    GroupNameTooLong,
    DuplicateId,
    BadId,
    NoName,
    NameTooLong,
    UnitTooLong,
    TextTooLong,
    UnknownGroup,
    BaselineYear,
    NotFinite,
    NegativeBaseline,
    TargetYear,
    Ceiling,
    TargetOutsideCeiling,
    NegativeTarget,
    GrowthBelowMinus100,
    NoPreviousTerm,
    PreviousTerm,
    DefaultAssumption(crate::model::plan::assumption::AssumptionError),
    /// A range whose high end is missing or not above its low end.
    RangeHigh,
}

impl fmt::Display for PlanProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanProblem::DefaultAssumption(e) => write!(f, "default assumption: {e}"),
            other => write!(f, "{other:?}"),
        }
    }
}
