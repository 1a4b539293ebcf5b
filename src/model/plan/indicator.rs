//! One indicator of a plan: its target (kind, direction, value, window), its baseline,
//! its readings of an ambiguous text, and the group it belongs to.

use serde::{Deserialize, Serialize};

use crate::model::basics::number::Lang;

use crate::model::plan::assumption::{Assumption, Limits};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupInfo {
    pub id: Group,
    pub name_vi: String,
    pub name_en: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Economy,
    Society,
    Environment,
    Appendix,
    /// A plan that does not group its indicators (or an indicator outside every group).
    #[default]
    Ungrouped,
}

impl Group {
    pub const ALL: [Group; 5] = [
        Group::Economy,
        Group::Society,
        Group::Environment,
        Group::Appendix,
        Group::Ungrouped,
    ];

    /// The key pages and files use for the group.
    pub fn key(self) -> &'static str {
        match self {
            Group::Economy => "economy",
            Group::Society => "society",
            Group::Environment => "environment",
            Group::Appendix => "appendix",
            Group::Ungrouped => "ungrouped",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    pub id: String,
    #[serde(default)]
    pub group: Group,
    /// The resolution's own words.
    pub name_vi: String,
    pub name_en: String,
    /// Unit of the yearly series (revenue in tỷ đồng even when the target is a growth rate).
    pub unit_vi: String,
    pub unit_en: String,
    pub target: Target,
    /// Natural upper limit of the series (100 for rates); the floor is always 0.
    #[serde(default)]
    pub ceiling: Option<f64>,
    /// Counts of villages, firms, people: shown and judged as whole numbers.
    #[serde(default)]
    pub integer: bool,
    pub baseline: Baseline,
    /// For a target set against the previous term's total (appendix P2).
    #[serde(default)]
    pub previous_term: Option<Baseline>,
    #[serde(default)]
    pub note_vi: Option<String>,
    #[serde(default)]
    pub note_en: Option<String>,
    /// The default assumption (illustrative, like most baselines).
    pub assumption: Assumption,
    /// Where the resolution's words allow more than one reading: the plan's own first,
    /// then the others a planner may switch to (a scenario keeps its choice).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<Reading>,
}

/// One way of reading an ambiguous target: what it changes in the target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    pub id: String,
    pub label_vi: String,
    pub label_en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<TargetKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// The term total counts the base year too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub includes_base: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_vi: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_en: Option<String>,
}

impl Reading {
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.label_vi, &self.label_en)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub kind: TargetKind,
    pub value: f64,
    pub year: u16,
    pub direction: Direction,
    /// The exact words of the resolution that state the target.
    pub text: String,
    /// The number is a reading of words ("cơ bản không còn"), not printed in the text.
    #[serde(default)]
    pub qualitative: bool,
    /// The target must hold in every year from `year` to the horizon.
    #[serde(default)]
    pub each_year: bool,
    /// Unit of the target when it differs from the series' unit and the kind's own.
    #[serde(default)]
    pub unit_vi: Option<String>,
    #[serde(default)]
    pub unit_en: Option<String>,
    /// A term total that counts the base year too (a Party term 2025-2030).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub includes_base: bool,
    /// The high end of a range target (the value is its low end).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    /// The value of the series in the target year.
    Level,
    /// A share in %, capped by the ceiling.
    Rate,
    /// Average annual growth of the series, % per year.
    Growth,
    /// Change of the series in the target year against the base year, %.
    Change,
    /// Sum of the yearly series over the term.
    Cumulative,
    /// Sum over the term against the previous term's total, % change.
    TermChange,
}

impl TargetKind {
    pub const ALL: [TargetKind; 6] = [
        TargetKind::Level,
        TargetKind::Rate,
        TargetKind::Growth,
        TargetKind::Change,
        TargetKind::Cumulative,
        TargetKind::TermChange,
    ];

    pub fn key(self) -> &'static str {
        match self {
            TargetKind::Level => "level",
            TargetKind::Rate => "rate",
            TargetKind::Growth => "growth",
            TargetKind::Change => "change",
            TargetKind::Cumulative => "cumulative",
            TargetKind::TermChange => "term_change",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    AtLeast,
    /// Strictly above ("trên", "hơn").
    Above,
    AtMost,
    /// Strictly below ("xuống dưới 55%").
    Below,
    /// Keep at or above a level already near ("giữ vững", "ổn định").
    Hold,
    /// About the value ("khoảng", "gần"): within `window::ABOUT_SHARE` of it either way.
    About,
    /// Between the value and `Target::high` ("7-8%", "từ 6,5 đến 7,0%").
    Range,
}

impl Direction {
    /// Whether more is better.
    pub fn upward(self) -> bool {
        matches!(
            self,
            Direction::AtLeast | Direction::Above | Direction::Hold
        )
    }

    /// A window (about, a range): judged on both sides (`model::window`).
    pub fn two_sided(self) -> bool {
        matches!(self, Direction::About | Direction::Range)
    }

    /// An outcome equal to the goal (as shown) does not meet it.
    pub fn strict(self) -> bool {
        matches!(self, Direction::Above | Direction::Below)
    }

    pub const ALL: [Direction; 7] = [
        Direction::AtLeast,
        Direction::Above,
        Direction::AtMost,
        Direction::Below,
        Direction::Hold,
        Direction::About,
        Direction::Range,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Direction::AtLeast => "at_least",
            Direction::Above => "above",
            Direction::AtMost => "at_most",
            Direction::Below => "below",
            Direction::Hold => "hold",
            Direction::About => "about",
            Direction::Range => "range",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    pub value: f64,
    pub year: u16,
    /// A plausible value, not a published figure: always shown with its mark.
    pub illustrative: bool,
    pub source_vi: String,
    pub source_en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotModelled {
    #[serde(rename = "ref")]
    pub reference: String,
    pub same_as: Vec<String>,
    pub text: String,
    pub why_vi: String,
    pub why_en: String,
}

impl Indicator {
    /// The name in `lang`; a name given in one language only (a plan read from a
    /// Vietnamese text) is shown in that language, and `untranslated` says so.
    pub fn name(&self, lang: Lang) -> &str {
        let own = lang.pick(&self.name_vi, &self.name_en);
        if own.trim().is_empty() {
            lang.pick(&self.name_en, &self.name_vi)
        } else {
            own
        }
    }

    /// Whether the name shown in `lang` is the other language's, for want of its own:
    /// the interface marks it rather than pass it off as a translation.
    pub fn untranslated(&self, lang: Lang) -> bool {
        lang.pick(&self.name_vi, &self.name_en).trim().is_empty()
            && !lang.pick(&self.name_en, &self.name_vi).trim().is_empty()
    }

    pub fn unit(&self, lang: Lang) -> &str {
        lang.pick(&self.unit_vi, &self.unit_en)
    }

    pub fn note(&self, lang: Lang) -> Option<&str> {
        lang.pick(self.note_vi.as_deref(), self.note_en.as_deref())
    }

    /// The figures an assumption for this indicator is bounded and checked against.
    pub fn limits(&self) -> Limits {
        Limits {
            ceiling: self.ceiling,
            scale: self
                .baseline
                .value
                .abs()
                .max(self.target.value.abs())
                .max(1.0),
            baseline: self.baseline.value,
            baseline_year: self.baseline.year,
            includes_base: self.target.includes_base,
        }
    }

    pub fn reading(&self, id: &str) -> Option<&Reading> {
        self.readings.iter().find(|r| r.id == id)
    }

    /// The target as this reading has it.
    pub fn apply(&mut self, r: &Reading) {
        let t = &mut self.target;
        if let Some(k) = r.kind {
            t.kind = k;
        }
        if let Some(d) = r.direction {
            t.direction = d;
        }
        if let Some(b) = r.includes_base {
            t.includes_base = b;
        }
        if r.unit_vi.is_some() {
            t.unit_vi = r.unit_vi.clone();
            t.unit_en = r.unit_en.clone();
        }
    }

    /// Whether what is shown for this indicator rests on the plan's illustrative baseline:
    /// true until the planner enters the commune's own baseline. Every view that shows a
    /// number derived from the baseline carries the mark while this holds.
    pub fn illustrative_under(&self, a: &Assumption) -> bool {
        self.baseline.illustrative && a.baseline.is_none()
    }

    /// Unit in which the target itself is stated.
    pub fn target_unit(&self, lang: Lang) -> &str {
        if let Some(unit) = lang.pick(&self.target.unit_vi, &self.target.unit_en) {
            return unit;
        }
        match self.target.kind {
            TargetKind::Growth => lang.pick("%/năm", "%/yr"),
            TargetKind::Change | TargetKind::TermChange => "%",
            TargetKind::Cumulative | TargetKind::Level | TargetKind::Rate => self.unit(lang),
        }
    }
}
