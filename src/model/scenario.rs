//! `model::scenario` as it was before the workspace had a file of its own
//! (`work::workspace`): the scenario and the workspace at one path, for the tests and
//! tools written against it. Nothing in `src/` uses this path.

pub use super::work::scenario::*;
pub use super::work::workspace::Workspace;
