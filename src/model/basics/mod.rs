//! The ground floor: numbers in the planner's two languages, dates, arithmetic, random
//! draws, compression and undo history. Nothing here knows
//! what a plan is.
//!
//! Imports: nothing.

pub mod calendar;
pub mod compress;
pub mod history;
pub mod math;
pub mod number;
pub mod rng;
