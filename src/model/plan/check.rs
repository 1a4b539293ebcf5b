//! Every field of a plan checked before it is used: a plan typed in the editor, read from
//! a file or from storage. The built-in plan passes the same checks.

use crate::model::plan::{Direction, Group, Plan, PlanError, PlanProblem, TargetKind, PLAN_JSON};

/// Most indicators a plan may hold (a commune plan has 20 to 60; 150 is tested).
pub const MAX_INDICATORS: usize = 500;
/// Longest indicator id, in characters ("1", "P9", "tn-2026-3").
pub const MAX_ID_CHARS: usize = 24;
/// Longest name, unit or title, in characters.
pub const MAX_NAME_CHARS: usize = 300;
pub const MAX_UNIT_CHARS: usize = 40;
/// Longest quoted text or note, in characters.
pub const MAX_TEXT_CHARS: usize = 4000;

/// A problem of the plan as a whole, not of one indicator.
pub fn plan_wide(problem: PlanProblem) -> PlanError {
    PlanError::Invalid {
        indicator: String::new(),
        problem,
    }
}

fn within(text: &str, max: usize) -> bool {
    text.chars().count() <= max && !text.chars().any(|c| c.is_control() && c != '\n')
}

/// Whether an id is one a planner can type and a page can carry: letters, digits, '-',
/// '_' or '.', not empty.
pub fn good_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= MAX_ID_CHARS
        && id.chars().all(|c| {
            crate::model::reader::letter(c) || c.is_ascii_digit() || matches!(c, '-' | '_' | '.')
        })
}

/// The checks on every field that the projection does not already make.
pub fn check(plan: &Plan) -> Result<(), PlanError> {
    if plan.indicators.is_empty() {
        return Err(plan_wide(PlanProblem::NoIndicators));
    }
    if !(1900..=2200).contains(&plan.base_year) {
        return Err(plan_wide(PlanProblem::BaseYear));
    }
    if plan.indicators.len() > MAX_INDICATORS {
        return Err(plan_wide(PlanProblem::TooManyIndicators));
    }
    let r = &plan.resolution;
    if r.title_vi.trim().is_empty() && r.title_en.trim().is_empty() {
        return Err(plan_wide(PlanProblem::NoPlanName));
    }
    for t in [
        &r.number,
        &r.title_vi,
        &r.title_en,
        &r.commune_vi,
        &r.commune_en,
    ] {
        if !within(t, MAX_NAME_CHARS) {
            return Err(plan_wide(PlanProblem::PlanNameTooLong));
        }
    }
    let settings = plan.settings.poverty_threshold_pct;
    if !(settings.is_finite() && (0.0..=100.0).contains(&settings)) {
        return Err(plan_wide(PlanProblem::PovertyThreshold));
    }
    for g in &plan.groups {
        if !within(&g.name_vi, MAX_NAME_CHARS) || !within(&g.name_en, MAX_NAME_CHARS) {
            return Err(plan_wide(PlanProblem::GroupNameTooLong));
        }
    }
    for ind in &plan.indicators {
        let bad = |problem: PlanProblem| PlanError::Invalid {
            indicator: ind.id.clone(),
            problem,
        };
        if !good_id(&ind.id) {
            return Err(bad(PlanProblem::BadId));
        }
        if ind.name_vi.trim().is_empty() && ind.name_en.trim().is_empty() {
            return Err(bad(PlanProblem::NoName));
        }
        for t in [&ind.name_vi, &ind.name_en] {
            if !within(t, MAX_NAME_CHARS) {
                return Err(bad(PlanProblem::NameTooLong));
            }
        }
        for t in [&ind.unit_vi, &ind.unit_en] {
            if !within(t, MAX_UNIT_CHARS) {
                return Err(bad(PlanProblem::UnitTooLong));
            }
        }
        let texts = [
            Some(&ind.target.text),
            ind.note_vi.as_ref(),
            ind.note_en.as_ref(),
        ];
        if texts
            .into_iter()
            .flatten()
            .any(|t| !within(t, MAX_TEXT_CHARS))
        {
            return Err(bad(PlanProblem::TextTooLong));
        }
        if ind.group != Group::Ungrouped && !plan.groups.iter().any(|g| g.id == ind.group) {
            return Err(bad(PlanProblem::UnknownGroup));
        }
        if ind.baseline.year != plan.base_year {
            return Err(bad(PlanProblem::BaselineYear));
        }
        let rate_like = ind.target.kind == TargetKind::Rate
            || (ind.target.kind == TargetKind::Level && ind.ceiling.is_some());
        if rate_like {
            let ceiling = ind.ceiling.unwrap_or(100.0);
            if !(0.0..=ceiling).contains(&ind.target.value) {
                return Err(bad(PlanProblem::TargetOutsideCeiling));
            }
        }
        if matches!(ind.target.kind, TargetKind::Level | TargetKind::Cumulative)
            && ind.target.value < 0.0
        {
            return Err(bad(PlanProblem::NegativeTarget));
        }
        if ind.target.kind == TargetKind::Growth && ind.target.value <= -100.0 {
            return Err(bad(PlanProblem::GrowthBelowMinus100));
        }
        if ind.target.direction == Direction::Range
            && !ind
                .target
                .high
                .is_some_and(|h| h.is_finite() && h > ind.target.value)
        {
            return Err(bad(PlanProblem::RangeHigh));
        }
        if ind.target.high.is_some_and(|h| !h.is_finite()) {
            return Err(bad(PlanProblem::NotFinite));
        }
        if let Some(prev) = &ind.previous_term {
            if !(prev.value.is_finite() && prev.value > 0.0) {
                return Err(bad(PlanProblem::PreviousTerm));
            }
        }
    }
    Ok(())
}

/// Reading a plan and holding it to its rules live together, so the plan itself needs
/// nothing from here.
impl Plan {
    /// The plan compiled into the app.
    pub fn bundled() -> Result<Plan, PlanError> {
        Plan::from_json(PLAN_JSON)
    }

    pub fn from_json(text: &str) -> Result<Plan, PlanError> {
        let plan: Plan =
            serde_json::from_str(text).map_err(|e| PlanError::Syntax(e.to_string()))?;
        plan.validate()?;
        Ok(plan)
    }

    pub fn validate(&self) -> Result<(), PlanError> {
        check(self)?;
        if self.horizon <= self.base_year || self.horizon - self.base_year > 50 {
            return Err(PlanError::Invalid {
                indicator: "-".into(),
                problem: PlanProblem::Horizon,
            });
        }
        let mut seen = std::collections::HashSet::new();
        for ind in &self.indicators {
            let bad = |problem: PlanProblem| PlanError::Invalid {
                indicator: ind.id.clone(),
                problem,
            };
            if !seen.insert(ind.id.as_str()) {
                return Err(bad(PlanProblem::DuplicateId));
            }
            if !ind.target.value.is_finite() || !ind.baseline.value.is_finite() {
                return Err(bad(PlanProblem::NotFinite));
            }
            if ind.baseline.value < 0.0 {
                return Err(bad(PlanProblem::NegativeBaseline));
            }
            if ind.target.year <= self.base_year || ind.target.year > self.horizon {
                return Err(bad(PlanProblem::TargetYear));
            }
            if let Some(c) = ind.ceiling {
                if !(c > 0.0 && c.is_finite()) || ind.baseline.value > c {
                    return Err(bad(PlanProblem::Ceiling));
                }
            }
            if ind.target.kind == TargetKind::TermChange && ind.previous_term.is_none() {
                return Err(bad(PlanProblem::NoPreviousTerm));
            }
            ind.assumption
                .validate(&ind.limits())
                .map_err(|e| bad(PlanProblem::DefaultAssumption(e)))?;
        }
        Ok(())
    }
}
