//! The plan as a whole: the resolution it comes from, its settings and groups, and its
//! indicators in order; the plan compiled into the app.

use serde::{Deserialize, Serialize};

use crate::model::basics::number::Lang;

use crate::model::plan::indicator::{Group, GroupInfo, Indicator, NotModelled};

/// The plan data file shipped with the app.
pub const PLAN_JSON: &str = include_str!("../../../seeds/plan.json");
/// The resolution's text, for showing and for checking targets against it.
pub const RESOLUTION_TEXT: &str = include_str!("../../../seeds/resolution-32-NQ-HDND-2025.txt");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub schema: u32,
    pub resolution: Resolution,
    pub base_year: u16,
    pub horizon: u16,
    pub settings: Settings,
    pub groups: Vec<GroupInfo>,
    pub indicators: Vec<Indicator>,
    /// Appendix items that repeat a main indicator or carry no number, with the reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_modelled: Vec<NotModelled>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resolution {
    pub number: String,
    pub adopted: String,
    pub commune_vi: String,
    pub commune_en: String,
    pub title_vi: String,
    pub title_en: String,
    #[serde(default)]
    pub text_file: String,
}

/// Plan-wide settings a planner may change.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// "Basically no poor households" has no number: a rate at or below this counts as zero.
    pub poverty_threshold_pct: f64,
}

impl Plan {
    /// The plan as a scenario reads its ambiguous targets (indicator id -> reading id);
    /// an unknown choice leaves the plan's own reading.
    pub fn read_as(&self, choices: &std::collections::BTreeMap<String, String>) -> Plan {
        let mut plan = self.clone();
        if choices.is_empty() {
            return plan;
        }
        for ind in plan.indicators.iter_mut() {
            if let Some(r) = choices.get(&ind.id).and_then(|c| ind.reading(c)).cloned() {
                ind.apply(&r);
            }
        }
        plan
    }

    /// The plan's groups in order: those it names, then any its indicators use without
    /// naming (an ungrouped indicator), so no indicator is ever left off a page.
    pub fn group_order(&self) -> Vec<Group> {
        let mut out: Vec<Group> = self.groups.iter().map(|g| g.id).collect();
        for ind in &self.indicators {
            if !out.contains(&ind.group) {
                out.push(ind.group);
            }
        }
        out.retain(|g| self.indicators.iter().any(|i| i.group == *g));
        out
    }

    /// The plan's name as a planner calls it ("Kế hoạch ... 2026-2030 (32/NQ-HĐND)").
    pub fn name(&self, lang: Lang) -> String {
        let r = &self.resolution;
        let own = lang.pick(&r.title_vi, &r.title_en);
        // A title given in one language only is shown in that one (see Indicator::name).
        let title = if own.trim().is_empty() {
            lang.pick(&r.title_en, &r.title_vi)
        } else {
            own
        };
        if r.number.is_empty() {
            title.to_string()
        } else {
            format!("{title} ({})", r.number)
        }
    }

    /// Whether the plan's title shown in `lang` is the other language's.
    pub fn untranslated(&self, lang: Lang) -> bool {
        let r = &self.resolution;
        lang.pick(&r.title_vi, &r.title_en).trim().is_empty()
            && !lang.pick(&r.title_en, &r.title_vi).trim().is_empty()
    }

    /// Positions of the group's indicators, in the plan's order.
    pub fn indices_in(&self, group: Group) -> Vec<usize> {
        self.indicators
            .iter()
            .enumerate()
            .filter(|(_, i)| i.group == group)
            .map(|(k, _)| k)
            .collect()
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn group_name(&self, group: Group, lang: Lang) -> &str {
        self.groups
            .iter()
            .find(|g| g.id == group)
            .map(|g| lang.pick(g.name_vi.as_str(), g.name_en.as_str()))
            .filter(|n| !n.is_empty())
            // Indicators outside every named group still get a heading and a filter name.
            .unwrap_or_else(|| {
                crate::model::texts::text(lang, crate::model::texts::Text::GroupNone)
            })
    }
}
