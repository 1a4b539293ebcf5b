//! The planner's work: scenarios and the workspace, the commune's own plans, editing an
//! assumption or a plan, pasted figures, and drafts read from a resolution's text.
//!
//! Imports: basics, texts, plan, projection, reader, words.

pub mod draft_plan;
pub mod edit;
pub mod paste;
pub mod plan_edit;
pub mod plans;
pub mod scenario;
pub mod workspace;
