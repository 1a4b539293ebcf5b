//! The plan-from-text screen's tables as HTML: the pasted text with each proposed
//! target's source words marked, and one editable row per proposal with the keys the
//! screen reads back (`data-draft-field`, `data-row`). Shown only.

use crate::model::basics::number::{format_number, Lang};
use crate::model::reader::{Draft, DraftDirection, DraftKind};
use crate::model::texts::{text, Text};
use crate::model::work::draft_plan::{DRAFT_DIRECTIONS, DRAFT_KINDS};
use crate::model::writing::html::escape;
use crate::model::writing::plan_form::editable_number;

/// The text with each draft's words in a `<mark>` (drafts in order, not overlapping).
pub fn marked_source(source: &str, drafts: &[Draft]) -> String {
    let mut out = String::with_capacity(source.len() + drafts.len() * 32);
    let mut at = 0;
    for (k, d) in drafts.iter().enumerate() {
        if d.start < at
            || d.end > source.len()
            || !source.is_char_boundary(d.start)
            || !source.is_char_boundary(d.end)
        {
            continue;
        }
        out += &escape(&source[at..d.start]);
        out += &format!(
            r#"<mark data-mark="{k}">{}</mark>"#,
            escape(&source[d.start..d.end])
        );
        at = d.end;
    }
    out += &escape(&source[at..]);
    out
}

fn kind_text(k: DraftKind) -> Text {
    match k {
        DraftKind::Level => Text::KindLevel,
        DraftKind::Growth => Text::KindGrowth,
        DraftKind::ChangePerYear => Text::KindChangePerYear,
        DraftKind::Cumulative => Text::KindCumulative,
        DraftKind::Change => Text::KindChange,
        DraftKind::Flow => Text::KindFlow,
    }
}

fn direction_text(d: DraftDirection) -> Text {
    match d {
        DraftDirection::AtLeast => Text::DirAtLeast,
        DraftDirection::Above => Text::DirAbove,
        DraftDirection::AtMost => Text::DirAtMost,
        DraftDirection::Below => Text::DirBelow,
        DraftDirection::About => Text::DirAbout,
        DraftDirection::Hold => Text::DirHold,
        DraftDirection::Range => Text::DirRange,
        DraftDirection::Plain => Text::DirPlain,
    }
}

fn options<T: Copy + PartialEq>(
    all: &[T],
    current: T,
    key: fn(T) -> &'static str,
    name: impl Fn(T) -> String,
) -> String {
    all.iter()
        .map(|&x| {
            format!(
                r#"<option value="{}"{}>{}</option>"#,
                key(x),
                if x == current { " selected" } else { "" },
                escape(&name(x))
            )
        })
        .collect()
}

/// One row per draft: keep, name, value, high end, unit, kind, direction, year, and how
/// sure the reader is.
pub fn draft_rows(drafts: &[Draft], keep: &[bool], lang: Lang) -> String {
    let mut out = String::new();
    for (k, d) in drafts.iter().enumerate() {
        let input = |field: &str, value: &str, class: &str| {
            format!(
                r#"<td><input type="text" class="text-field {class}" data-draft-field="{field}" data-row="{k}" value="{}" aria-label="{field} {}"></td>"#,
                escape(value),
                k + 1
            )
        };
        let kinds = options(&DRAFT_KINDS, d.kind, DraftKind::key, |x| {
            text(lang, kind_text(x)).to_string()
        });
        let dirs = options(&DRAFT_DIRECTIONS, d.direction, DraftDirection::key, |x| {
            text(lang, direction_text(x)).to_string()
        });
        let confidence = format!("{}%", format_number(d.confidence * 100.0, 0, lang));
        let mut doubt = if d.ambiguous {
            format!(
                r#" <span class="ambiguous" data-ambiguous="">({})</span>"#,
                escape(text(lang, Text::Ambiguous))
            )
        } else {
            String::new()
        };
        if let Some(j) = d.restates {
            doubt += &format!(
                r#" <span class="ambiguous" data-restates="{}">({} {})</span>"#,
                j + 1,
                escape(text(lang, Text::MayRestate)),
                j + 1
            );
        }
        out += &format!(
            r#"<tr data-draft="" data-row="{k}" data-value="{}" data-kind="{}" data-direction="{}" data-year="{}" data-unit="{}"><td><input type="checkbox" data-draft-field="keep" data-row="{k}"{} aria-label="{} {}"></td>{}{}{}{}<td><select data-draft-field="kind" data-row="{k}">{kinds}</select></td><td><select data-draft-field="direction" data-row="{k}">{dirs}</select></td>{}<td class="confidence">{confidence}{doubt}</td></tr>"#,
            d.value,
            d.kind.key(),
            d.direction.key(),
            d.year.map(|y| y.to_string()).unwrap_or_default(),
            escape(&d.unit),
            if keep.get(k).copied().unwrap_or(true) {
                " checked"
            } else {
                ""
            },
            escape(text(lang, Text::DraftKeep)),
            k + 1,
            input("name", &d.name, "draft-name"),
            input("value", &editable_number(d.value, lang), "draft-number"),
            input(
                "high",
                &d.high.map(|h| editable_number(h, lang)).unwrap_or_default(),
                "draft-number"
            ),
            input("unit", &d.unit, "draft-unit"),
            input(
                "year",
                &d.year.map(|y| y.to_string()).unwrap_or_default(),
                "draft-year"
            ),
        );
    }
    out
}
