//! Projection and judgement: a method carried to 2030, the target and its window, the
//! solver for the rate it would take, the uncertainty band and the verdict.
//!
//! Imports: basics, plan.

pub mod project;
pub mod solve;
pub mod status;
pub mod target;
pub mod uncertainty;
pub mod window;
