//! What the model says about its numbers, in the council's wording: verdicts, reasons,
//! comparisons between scenarios.
//!
//! Imports: basics, texts, plan, projection.

pub mod comparison;
pub mod reason;
pub mod wording;
