//! The commune's year travelling with a scenario (a file, a share link): what of an
//! indicator's facts is the council's (targets, kinds and dates, six-month figures), and
//! how it is taken in where it arrives without replacing anything.

use crate::model::plan::facts::{FactSheet, Facts};

impl Facts {
    /// What of these facts is the commune's year (targets, kinds and dates, six-month
    /// figures), to travel with a scenario; None if there is none.
    pub fn decisions(&self) -> Option<Facts> {
        let d = Facts {
            estimates: self.estimates.clone(),
            estimates_ms: self.estimates_ms.clone(),
            confirmed: self.confirmed.clone(),
            confirmed_ms: self.confirmed_ms.clone(),
            annual_targets: self.annual_targets.clone(),
            annual_trends: self.annual_trends.clone(),
            half_year: self.half_year.clone(),
            changed_ms: self.changed_ms,
            ..Facts::default()
        };
        (!(d.estimates.is_empty()
            && d.confirmed.is_empty()
            && d.annual_targets.is_empty()
            && d.annual_trends.is_empty()
            && d.half_year.is_empty()))
        .then_some(d)
    }
}

/// A file's or link's commune's year taken into this sheet where it has nothing for that
/// indicator and year: a year's target, a six-month figure, and a figure's kinds where
/// the figure in force here is the same number. Nothing here is replaced.
pub fn adopt_decisions(sheet: &mut FactSheet, decisions: &FactSheet, now_ms: f64) {
    for (id, d) in decisions {
        let f = sheet.entry(id.clone()).or_default();
        let before = f.clone();
        for (&y, &v) in &d.annual_targets {
            if f.annual_target(y).is_none() {
                f.annual_targets.insert(y, v);
            }
        }
        for (&y, &t) in &d.annual_trends {
            if f.annual_target(y).is_none() {
                f.annual_trends.insert(y, t);
            }
        }
        for (&y, &v) in &d.half_year {
            f.half_year.entry(y).or_insert(v);
        }
        for &y in d.estimates.keys().chain(d.confirmed.keys()) {
            let kinds = d.kinds(y);
            let same = kinds.best().map(|b| b.0.value) == f.actuals.get(&y).copied();
            if same && f.kinds(y).is_empty() {
                f.put_kinds(y, kinds);
            }
        }
        if *f != before {
            f.changed_ms = now_ms;
        }
    }
    sheet.retain(|_, f| !f.is_empty() || f.changed_ms > 0.0);
}
