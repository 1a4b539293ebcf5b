//! The council's year: the targets it adopts for next year on the path to 2030, the
//! December evaluation of the year's estimates or confirmed figures, the six-month
//! report, and the annex rows the council receives.
//!
//! `nature` says which rule an indicator takes (a flow summed over the year or a level
//! judged as it stands; a ratio or percentage points), `evaluation` judges a year,
//! `midyear` places a six-month figure in its band, `next_target` proposes next year's
//! target and says whether 2030 stays reachable from a typed one, `annex` builds the rows, `typed` reads a typed target, `words` names it all.
//!
//! Imports: basics, plan, projection, words.

pub mod annex;
pub mod evaluation;
pub mod midyear;
pub mod nature;
pub mod next_target;
pub mod typed;
pub mod words;

/// An indicator of the built-in plan, for the worked cases of this folder's tests.
#[cfg(test)]
pub(crate) fn built_in(id: &str) -> crate::model::plan::Indicator {
    let plan = crate::model::plan::Plan::from_json(crate::model::plan::PLAN_JSON).unwrap();
    plan.indicator(id).unwrap().clone()
}
