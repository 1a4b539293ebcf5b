//! Text the app writes: HTML for the report, slides and forms (with the one escaping
//! rule, in `html`), CSV for spreadsheets.
//!
//! Imports: basics, texts, plan, reader, projection, words, work.

pub mod csv;
pub mod draft_form;
pub mod html;
pub mod plan_form;
