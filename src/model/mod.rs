//! The planner's model: plain Rust with no web types, tested on the host.
//!
//! Data flows one way: plan + assumptions -> projections -> outcomes -> statuses. The
//! folders are floors, each using only those below it (scripts/house_check.py holds
//! them to their `Imports:` lines): `basics` < `texts` < `plan` < `reader` <
//! `projection` < `words` < `year` < `work` < `safe` < `writing` < `documents`.
//!
//! Imports: nothing.

pub mod basics;
pub mod documents;
pub mod plan;
pub mod projection;
pub mod reader;
pub mod safe;
pub mod scenario;
pub mod texts;
pub mod words;
pub mod work;
pub mod writing;
pub mod year;

pub use plan::assumption::{Assumption, Method, Spread};
pub use plan::{Direction, Group, Indicator, Plan, PlanError, TargetKind};
pub use projection::project::{project, Projection};
pub use projection::solve::{first_year_met, required_parameter, SolveError};
pub use projection::status::{assess, PlanSummary, Status, Verdict};
pub use projection::uncertainty::{monte_carlo, monte_carlo_all, Band, Run};
pub use work::scenario::Scenario;
pub use work::workspace::Workspace;

// The flat paths of the releases before the folders, kept so tests and tools written
// against them (`model::target::is_met`) still read the same items.
pub use basics::{compress, history, math, number, rng};
pub use plan::{assumption, check as plan_check, facts, file as plan_file, read_error};
pub use projection::{project, solve, status, target, uncertainty, window};
pub use reader as extract;
pub use safe::{exchange, record, repair, salvage, save_status, saver, set_aside};
pub use words::{comparison, reason, wording};
pub use work::{draft_plan, edit, paste, plan_edit, plans};

pub use writing::{csv, draft_form, html, plan_form};
