//! What the reader proposes: one target with its kind, direction, year and the exact
//! words it was read from.

/// What a target asks of the series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftKind {
    /// The level reached by the target year ("đạt 98%").
    Level,
    /// Average growth, % a year ("tăng bình quân 9,9%/năm").
    Growth,
    /// Average yearly change of a rate ("giảm bình quân 1,5%/năm"): points a year or a
    /// relative decline, flagged as ambiguous.
    ChangePerYear,
    /// A total over the term ("trong nhiệm kỳ", "giai đoạn 2026-2030").
    Cumulative,
    /// A change against the base year ("tăng 19% so với năm 2025", "tăng thêm 12 bản").
    Change,
    /// The same amount each year ("mỗi năm", "hằng năm").
    Flow,
}

impl DraftKind {
    pub fn key(self) -> &'static str {
        match self {
            DraftKind::Level => "level",
            DraftKind::Growth => "growth",
            DraftKind::ChangePerYear => "change_per_year",
            DraftKind::Cumulative => "cumulative",
            DraftKind::Change => "change",
            DraftKind::Flow => "flow",
        }
    }
}

/// How the target is bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftDirection {
    AtLeast,
    Above,
    AtMost,
    Below,
    About,
    Hold,
    Range,
    /// No word says: the planner chooses.
    Plain,
}

impl DraftDirection {
    pub fn key(self) -> &'static str {
        match self {
            DraftDirection::AtLeast => "at_least",
            DraftDirection::Above => "above",
            DraftDirection::AtMost => "at_most",
            DraftDirection::Below => "below",
            DraftDirection::About => "about",
            DraftDirection::Hold => "hold",
            DraftDirection::Range => "range",
            DraftDirection::Plain => "plain",
        }
    }
}

/// One proposed target.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The number (the low end of a range).
    pub value: f64,
    /// The high end of a range.
    pub high: Option<f64>,
    pub unit: String,
    pub kind: DraftKind,
    pub direction: DraftDirection,
    /// The target year, from the item or the document's term.
    pub year: Option<u16>,
    /// The indicator's words.
    pub name: String,
    /// The exact source words: `text == input[start..end]`.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// How sure the reader is, 0 to 1: lower when the name or the unit had to be guessed.
    pub confidence: f64,
    /// The words allow more than one reading (a yearly decline of a rate, say).
    pub ambiguous: bool,
    /// An earlier proposal (by position) this one may state again in other words (the
    /// appendix repeating the main list): offered unchecked, for the planner to decide.
    pub restates: Option<usize>,
}

/// One proposal as a JSON line: value, high, unit, kind, direction, year, name, text,
/// start, end (the `extract` example prints these).
pub fn json_line(d: &Draft) -> String {
    let mut o = serde_json::Map::new();
    o.insert("value".into(), serde_json::json!(d.value));
    if let Some(h) = d.high {
        o.insert("high".into(), serde_json::json!(h));
    }
    o.insert("unit".into(), serde_json::json!(d.unit));
    o.insert("kind".into(), serde_json::json!(d.kind.key()));
    o.insert("direction".into(), serde_json::json!(d.direction.key()));
    o.insert("year".into(), serde_json::json!(d.year));
    o.insert("name".into(), serde_json::json!(d.name));
    o.insert("text".into(), serde_json::json!(d.text));
    o.insert("start".into(), serde_json::json!(d.start));
    o.insert("end".into(), serde_json::json!(d.end));
    serde_json::Value::Object(o).to_string()
}
