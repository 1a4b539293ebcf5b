//! The screens fetched the first time they are opened, each a folder of its own: none
//! of them is in the first module (ui::lazy, the `wasm_split` points). What the first
//! screen needs of them, the button that opens one or the signal that says it is open,
//! is in the folder's first file and stays in the first module.
//!
//! Imports: state, indicator, scenarios.

pub mod compare;
pub mod documents;
pub mod exports;
pub mod facts_sheet;
pub mod plan_editor;
pub mod plan_from_text;
pub mod plans;
pub mod present;
pub mod report;
pub mod year_end;
