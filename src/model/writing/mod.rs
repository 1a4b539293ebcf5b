//! Text the app writes: HTML for the report, slides and forms (with the one escaping
//! rule, in `html`), CSV for spreadsheets, and the council's annexes both ways
//! (`year_annex`).
//!
//! Imports: basics, texts, plan, reader, projection, words, year, work.

pub mod csv;
pub mod draft_form;
pub mod five_year_annex;
pub mod html;
pub mod plan_form;
pub mod year_annex;
