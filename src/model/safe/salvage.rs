//! Reading what can be read when a record, file or link does not match the expected
//! shape as a whole (a negative revision, a year written "2027.5", a null where a number
//! belongs): each scenario, each indicator and each value is taken on its own, so one
//! bad value costs that value, never the workspace. Every value left out is reported.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

use crate::model::plan::assumption::{Assumption, AssumptionError, Field, Method, Spread};
use crate::model::plan::facts::{FactSheet, Facts};
use crate::model::plan::Plan;
use crate::model::work::scenario::{Scenario, ScenarioProblem};
use crate::model::work::workspace::Workspace;

// Through the text reader, as every other value is read: `from_value` would compile
// every derived reader a second time for `Value`'s deserializer (about 10 KB gzip).
fn typed<T: DeserializeOwned>(v: &Value) -> Option<T> {
    serde_json::from_str(&v.to_string()).ok()
}

fn unreadable(indicator: &str, field: Field) -> ScenarioProblem {
    ScenarioProblem::BadValue {
        indicator: indicator.to_string(),
        field,
        error: AssumptionError::Unreadable,
    }
}

/// One indicator's assumption, value by value. The method falls back to the plan's
/// default when it cannot be read; everything else that can be read is kept.
fn assumption(
    id: &str,
    v: &Value,
    plan: &Plan,
    problems: &mut Vec<ScenarioProblem>,
) -> Option<Assumption> {
    if let Some(a) = typed::<Assumption>(v) {
        return Some(a);
    }
    let default = plan.indicator(id).map(|i| i.assumption.clone());
    let obj = v.as_object()?;
    let method = match obj.get("method").and_then(typed::<Method>) {
        Some(m) => m,
        None => {
            problems.push(unreadable(id, Field::Method));
            default.as_ref()?.method.clone()
        }
    };
    let spread = match obj.get("spread") {
        None | Some(Value::Null) => None,
        Some(s) => typed::<Spread>(s).or_else(|| {
            problems.push(unreadable(id, Field::Spread));
            None
        }),
    };
    let (baseline, actuals) = assumption_figures(id, v, problems);
    Some(Assumption {
        method,
        spread,
        baseline,
        actuals,
    })
}

/// One scenario, field by field. `k` names one that has no readable id.
pub fn scenario(v: &Value, plan: &Plan, k: usize) -> Option<(Scenario, Vec<ScenarioProblem>)> {
    if let Some(s) = typed::<Scenario>(v) {
        return Some((s, Vec::new()));
    }
    let obj = v.as_object()?;
    let mut problems = Vec::new();
    let text = |key: &str| obj.get(key).and_then(Value::as_str).map(str::to_string);
    let number = |key: &str| obj.get(key).and_then(Value::as_f64);
    let mut s = Scenario::new(
        text("id").unwrap_or_else(|| format!("salvaged-{k}")),
        "",
        number("created_ms").unwrap_or(0.0),
    );
    s.name = text("name").unwrap_or_default();
    s.note = text("note").unwrap_or_default();
    s.changed_ms = number("changed_ms").unwrap_or(s.created_ms);
    s.pace_pct = match obj.get("pace_pct") {
        None => 0.0,
        Some(p) => p.as_f64().unwrap_or_else(|| {
            problems.push(ScenarioProblem::BadPace);
            0.0
        }),
    };
    if let Some(list) = obj.get("assumptions").and_then(Value::as_object) {
        for (id, a) in list {
            if let Some(a) = assumption(id, a, plan, &mut problems) {
                s.assumptions.insert(id.clone(), a);
            }
        }
    }
    if let Some(list) = obj.get("own_figures").and_then(Value::as_array) {
        s.own_figures
            .extend(list.iter().filter_map(Value::as_str).map(str::to_string));
    }
    if let Some(list) = obj.get("readings").and_then(Value::as_object) {
        for (id, r) in list {
            if let Some(r) = r.as_str() {
                s.readings.insert(id.clone(), r.to_string());
            }
        }
    }
    Some((s, problems))
}

/// Scenarios from a JSON array, each on its own; one that is not even an object is
/// reported and left out.
pub fn scenarios(v: &Value, plan: &Plan) -> (Vec<Scenario>, Vec<(String, ScenarioProblem)>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (k, item) in v
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or(&[])
        .iter()
        .enumerate()
    {
        match scenario(item, plan, k) {
            Some((s, found)) => {
                problems.extend(found.into_iter().map(|p| (s.name.clone(), p)));
                out.push(s);
            }
            None => problems.push((format!("#{}", k + 1), ScenarioProblem::Unreadable)),
        }
    }
    (out, problems)
}

/// The commune's figures, value by value: a bad one costs that value only.
fn facts(v: &Value, problems: &mut Vec<(String, ScenarioProblem)>) -> FactSheet {
    let mut out = FactSheet::new();
    for (id, f) in v.as_object().into_iter().flatten() {
        let mut found = Vec::new();
        let a = assumption_figures(id, f, &mut found);
        problems.extend(found.into_iter().map(|p| (String::new(), p)));
        let changed_ms = f.get("changed_ms").and_then(Value::as_f64).unwrap_or(0.0);
        out.insert(
            id.clone(),
            Facts {
                baseline: a.0,
                actuals: a.1,
                estimates: decisions(f, "estimates"),
                estimates_ms: decisions(f, "estimates_ms"),
                confirmed: decisions(f, "confirmed"),
                confirmed_ms: decisions(f, "confirmed_ms"),
                annual_targets: decisions(f, "annual_targets"),
                annual_trends: decisions(f, "annual_trends"),
                half_year: decisions(f, "half_year"),
                changed_ms,
            },
        );
    }
    out
}

/// One of the sheet's maps by year (kinds and dates, adopted targets, six-month
/// figures), read whole or not at all: `facts::checked` then holds each value to its rules.
fn decisions(v: &Value, key: &str) -> BTreeMap<u16, f64> {
    v.get(key).and_then(typed).unwrap_or_default()
}

/// A 2025 figure and actuals read value by value (a scenario's or the commune's).
fn assumption_figures(
    id: &str,
    v: &Value,
    problems: &mut Vec<ScenarioProblem>,
) -> (Option<f64>, BTreeMap<u16, f64>) {
    let baseline = match v.get("baseline") {
        None => None,
        Some(b) => b.as_f64().or_else(|| {
            problems.push(unreadable(id, Field::Baseline));
            None
        }),
    };
    let mut actuals = BTreeMap::new();
    if let Some(list) = v.get("actuals").and_then(Value::as_object) {
        for (year, value) in list {
            match (year.parse::<u16>(), value.as_f64()) {
                (Ok(y), Some(x)) => {
                    actuals.insert(y, x);
                }
                (Ok(y), None) => problems.push(unreadable(id, Field::Actual(y))),
                (Err(_), _) => problems.push(unreadable(id, Field::Actual(0))),
            }
        }
    }
    (baseline, actuals)
}

/// A stored workspace, field by field.
pub fn workspace(
    v: &Map<String, Value>,
    plan: &Plan,
) -> (Workspace, Vec<(String, ScenarioProblem)>) {
    let (scenarios, problems) = v
        .get("scenarios")
        .map(|s| scenarios(s, plan))
        .unwrap_or_default();
    let deleted = v
        .get("deleted")
        .and_then(Value::as_object)
        .map(|d| {
            d.iter()
                .filter_map(|(id, t)| t.as_f64().map(|t| (id.clone(), t)))
                .collect()
        })
        .unwrap_or_default();
    let mut problems = problems;
    let facts = v
        .get("facts")
        .map(|f| facts(f, &mut problems))
        .unwrap_or_default();
    let workspace = Workspace {
        facts,
        scenarios,
        active: v
            .get("active")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        deleted,
        plans: v
            .get("plans")
            .and_then(Value::as_array)
            .map(|list| {
                list.iter()
                    .filter_map(|p| {
                        // Through the text reader the plan file and the record use: reading
                        // a plan from a `Value` would be a second copy of its whole reader
                        // in the download.
                        let read = serde_json::from_str::<crate::model::work::plans::OwnPlan>(
                            &p.to_string(),
                        )
                        .ok();
                        if read.is_none() {
                            problems.push((String::new(), ScenarioProblem::BadPlan));
                        }
                        read
                    })
                    .collect()
            })
            .unwrap_or_default(),
        plan: v
            .get("plan")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
    };
    (workspace, problems)
}
