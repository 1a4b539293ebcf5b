//! The planner's model: plain Rust with no web types, tested on the host.
//!
//! Data flows one way: plan + assumptions -> projections -> outcomes -> statuses.

pub mod assumption;
pub mod comparison;
pub mod compress;
pub mod csv;
pub mod draft_form;
pub mod draft_plan;
pub mod edit;
pub mod exchange;
pub mod extract;
pub mod facts;
pub mod history;
pub mod html;
pub mod math;
pub mod number;
pub mod paste;
pub mod plan;
pub mod plan_check;
pub mod plan_edit;
pub mod plan_file;
pub mod plan_form;
pub mod plans;
pub mod project;
pub mod read_error;
pub mod reason;
pub mod record;
pub mod repair;
pub mod rng;
pub mod salvage;
pub mod save_status;
pub mod saver;
pub mod scenario;
pub mod set_aside;
pub mod solve;
pub mod status;
pub mod target;
pub mod texts;
pub mod uncertainty;
pub mod window;
pub mod wording;

pub use assumption::{Assumption, Method, Spread};
pub use plan::{Direction, Group, Indicator, Plan, PlanError, TargetKind};
pub use project::{project, Projection};
pub use scenario::{Scenario, Workspace};
pub use solve::{first_year_met, required_parameter, SolveError};
pub use status::{assess, PlanSummary, Status, Verdict};
pub use uncertainty::{monte_carlo, monte_carlo_all, Band, Run};
