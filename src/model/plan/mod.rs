//! The plan as data: indicators, targets and baselines parsed from `seeds/plan.json`.
//!
//! The file is compiled into the binary so the app works offline from a single file,
//! and parsed once at start-up; a malformed file is a typed error, never a panic.
//! `document` holds the plan as a whole, `indicator` one indicator and its target,
//! `check` reads a plan and holds it to its rules, `problem` says what it breaks;
//! `assumption`, `facts` (the commune's own figures), `year_figures` (a year's estimate
//! and confirmed figure), `carried` (the commune's year in a file or link) and `file` (a
//! plan file) sit beside them.
//!
//! Imports: basics, texts, reader.

pub mod assumption;
pub mod carried;
pub mod check;
pub mod document;
pub mod facts;
pub mod file;
pub mod indicator;
pub mod problem;
pub mod read_error;
pub mod year_figures;

pub use document::{Plan, Resolution, Settings, PLAN_JSON, RESOLUTION_TEXT};
pub use indicator::{
    Baseline, Direction, Group, GroupInfo, Indicator, NotModelled, Reading, Target, TargetKind,
};
pub use problem::{PlanError, PlanProblem};
