//! Reading a plan's quantified targets out of its text: a careful, rule-based reader of
//! Vietnamese planning language (no model, no server). The text is cut into items (a
//! numbered or bulleted target, a clause of a paragraph); in each, every number is read
//! in Vietnamese or English style, numbers that are not targets are left out (dates,
//! document numbers, item numbers, years, counts of targets, last term's results), and
//! what remains is proposed with what it measures, its unit, kind, direction and year.
//! Every proposal keeps the exact byte span of its words, so the planner sees them.
//!
//! One pass over the text, each item read once: linear in the text's length.
//!
//! The stages, each its own file: `letters` and `vocabulary` (what a character, a number
//! and a word are), `items` (the text cut up), `names`, `kind` and `number` (one number
//! read), `restate` (one target stated twice), `pipeline` (the pass), `draft` (its result).
//!
//! Imports: basics.

mod draft;
mod items;
mod kind;
mod letters;
mod names;
mod number;
mod pipeline;
mod restate;
mod vocabulary;

pub use draft::{json_line, Draft, DraftDirection, DraftKind};
pub use items::{document_year, term};
pub use letters::letter;
pub(crate) use letters::lower;
pub use pipeline::extract;
