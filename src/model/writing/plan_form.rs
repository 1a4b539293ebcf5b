//! The plan editor's form as HTML: every field of the plan and of each indicator, with
//! the keys `plan_edit` reads (`data-plan-field`, `data-row`). Shown only; the values
//! typed come back through `plan_edit::edit_plan`.

use crate::model::basics::number::{format_number, Lang};
use crate::model::plan::{Direction, Group, Indicator, Plan, TargetKind};
use crate::model::texts::{text, Text};
use crate::model::work::plan_edit::{EDITOR_KINDS, EDITOR_METHODS};
use crate::model::writing::html::escape;

/// A number as typed back: in the chosen style, with every decimal it has (up to 6).
pub fn editable_number(v: f64, lang: Lang) -> String {
    let d = (0..=6)
        .find(|&d| {
            let f = 10f64.powi(d);
            ((v * f).round() / f - v).abs() <= 1e-9 * v.abs().max(1.0)
        })
        .unwrap_or(6);
    format_number(v, d as usize, lang)
}

fn kind_text(k: TargetKind) -> Text {
    match k {
        TargetKind::Level => Text::KindLevel,
        TargetKind::Rate => Text::KindRate,
        TargetKind::Growth => Text::KindGrowth,
        TargetKind::Change => Text::KindChange,
        TargetKind::Cumulative => Text::KindCumulative,
        TargetKind::TermChange => Text::KindTermChange,
    }
}

fn direction_text(d: Direction) -> Text {
    match d {
        Direction::AtLeast => Text::DirAtLeast,
        Direction::Above => Text::DirAbove,
        Direction::AtMost => Text::DirAtMost,
        Direction::Below => Text::DirBelow,
        Direction::Hold => Text::DirHold,
        Direction::About => Text::DirAbout,
        Direction::Range => Text::DirRange,
    }
}

fn group_text(g: Group) -> Text {
    match g {
        Group::Economy => Text::GroupEconomy,
        Group::Society => Text::GroupSociety,
        Group::Environment => Text::GroupEnvironment,
        Group::Appendix => Text::GroupAppendix,
        Group::Ungrouped => Text::GroupNone,
    }
}

fn attrs(field: &str, row: Option<usize>) -> String {
    match row {
        Some(k) => format!(r#"data-plan-field="{field}" data-row="{k}""#),
        None => format!(r#"data-plan-field="{field}""#),
    }
}

fn input(label: &str, field: &str, row: Option<usize>, value: &str, wide: bool) -> String {
    format!(
        r#"<label class="{}"><span>{}</span><input type="text" class="text-field" {} value="{}"></label>"#,
        if wide { "edit-wide" } else { "edit-field" },
        escape(label),
        attrs(field, row),
        escape(value)
    )
}

fn check(label: &str, field: &str, row: usize, on: bool) -> String {
    format!(
        r#"<label class="edit-check"><input type="checkbox" {}{}> <span>{}</span></label>"#,
        attrs(field, Some(row)),
        if on { " checked" } else { "" },
        escape(label)
    )
}

fn select(
    label: &str,
    field: &str,
    row: usize,
    options: &[(String, String)],
    current: &str,
) -> String {
    let opts: String = options
        .iter()
        .map(|(key, name)| {
            format!(
                r#"<option value="{}"{}>{}</option>"#,
                escape(key),
                if key == current { " selected" } else { "" },
                escape(name)
            )
        })
        .collect();
    format!(
        r#"<label class="edit-field"><span>{}</span><select {}>{opts}</select></label>"#,
        escape(label),
        attrs(field, Some(row))
    )
}

/// The plan's own fields.
pub fn plan_fields(plan: &Plan, lang: Lang) -> String {
    let r = &plan.resolution;
    let t = |w| text(lang, w);
    [
        input(t(Text::FieldTitleVi), "title_vi", None, &r.title_vi, true),
        input(t(Text::FieldTitleEn), "title_en", None, &r.title_en, true),
        input(t(Text::FieldNumber), "number", None, &r.number, false),
        input(
            t(Text::FieldCommuneVi),
            "commune_vi",
            None,
            &r.commune_vi,
            false,
        ),
        input(
            t(Text::FieldCommuneEn),
            "commune_en",
            None,
            &r.commune_en,
            false,
        ),
        input(
            t(Text::FieldBaseYear),
            "base_year",
            None,
            &plan.base_year.to_string(),
            false,
        ),
        input(
            t(Text::FieldHorizon),
            "horizon",
            None,
            &plan.horizon.to_string(),
            false,
        ),
    ]
    .concat()
}

/// One indicator's fields, folded under its code and name (open when `open`).
pub fn indicator_fields(ind: &Indicator, k: usize, lang: Lang, open: bool) -> String {
    let t = |w| text(lang, w);
    let num = |v: f64| editable_number(v, lang);
    let mut kinds: Vec<TargetKind> = EDITOR_KINDS.to_vec();
    if !kinds.contains(&ind.target.kind) {
        kinds.push(ind.target.kind);
    }
    let kinds: Vec<(String, String)> = kinds
        .into_iter()
        .map(|k| (k.key().to_string(), t(kind_text(k)).to_string()))
        .collect();
    let dirs: Vec<(String, String)> = Direction::ALL
        .into_iter()
        .map(|d| (d.key().to_string(), t(direction_text(d)).to_string()))
        .collect();
    let groups: Vec<(String, String)> = Group::ALL
        .into_iter()
        .map(|g| (g.key().to_string(), t(group_text(g)).to_string()))
        .collect();
    let current = &ind.assumption.method;
    let mut methods: Vec<(String, String)> = EDITOR_METHODS
        .iter()
        .filter(|m| **m != "points" || ind.ceiling.is_some())
        .filter_map(|key| {
            let m = crate::model::work::edit::methods_for(ind, current)
                .into_iter()
                .find(|m| m.key() == *key)?;
            Some((
                key.to_string(),
                crate::model::words::wording::method_name(&m, lang).to_string(),
            ))
        })
        .collect();
    if !methods.iter().any(|(k, _)| k == current.key()) {
        methods.push((
            current.key().to_string(),
            crate::model::words::wording::method_name(current, lang).to_string(),
        ));
    }
    let row = Some(k);
    let fields = [
        input(t(Text::Code), "id", row, &ind.id, false),
        input(t(Text::FieldNameVi), "name_vi", row, &ind.name_vi, true),
        input(t(Text::FieldNameEn), "name_en", row, &ind.name_en, true),
        input(t(Text::FieldUnitVi), "unit_vi", row, &ind.unit_vi, false),
        input(t(Text::FieldUnitEn), "unit_en", row, &ind.unit_en, false),
        select(t(Text::Group), "group", k, &groups, ind.group.key()),
        select(t(Text::FieldKind), "kind", k, &kinds, ind.target.kind.key()),
        select(
            t(Text::FieldDirection),
            "direction",
            k,
            &dirs,
            ind.target.direction.key(),
        ),
        input(
            t(Text::FieldValue),
            "value",
            row,
            &num(ind.target.value),
            false,
        ),
        input(
            t(Text::FieldHigh),
            "high",
            row,
            &ind.target.high.map(num).unwrap_or_default(),
            false,
        ),
        input(
            t(Text::FieldYear),
            "year",
            row,
            &ind.target.year.to_string(),
            false,
        ),
        check(t(Text::FieldEachYear), "each_year", k, ind.target.each_year),
        input(
            t(Text::FieldCeiling),
            "ceiling",
            row,
            &ind.ceiling.map(num).unwrap_or_default(),
            false,
        ),
        check(t(Text::FieldInteger), "integer", k, ind.integer),
        input(
            t(Text::FieldBaseline),
            "baseline",
            row,
            &num(ind.baseline.value),
            false,
        ),
        check(
            t(Text::FieldIllustrative),
            "illustrative",
            k,
            ind.baseline.illustrative,
        ),
        select(t(Text::Method), "method", k, &methods, current.key()),
        input(
            t(Text::FieldParameter),
            "parameter",
            row,
            &current.parameter().map(num).unwrap_or_default(),
            false,
        ),
        input(
            t(Text::FieldSpread),
            "spread",
            row,
            &ind.assumption
                .spread
                .map(|s| num(s.width()))
                .unwrap_or_default(),
            false,
        ),
        input(t(Text::FieldText), "text", row, &ind.target.text, true),
        input(
            t(Text::FieldNoteVi),
            "note_vi",
            row,
            ind.note_vi.as_deref().unwrap_or(""),
            true,
        ),
        input(
            t(Text::FieldNoteEn),
            "note_en",
            row,
            ind.note_en.as_deref().unwrap_or(""),
            true,
        ),
    ]
    .concat();
    format!(
        r#"<details class="edit-indicator" data-edit-indicator="{}" data-row="{k}"{}><summary>{}. {} · {}</summary><div class="edit-grid">{fields}</div><button type="button" data-action="remove-indicator" data-row="{k}">{}</button></details>"#,
        escape(&ind.id),
        if open { " open" } else { "" },
        k + 1,
        escape(&ind.id),
        escape(ind.name(lang)),
        escape(t(Text::RemoveIndicator)),
    )
}

/// Every indicator's fields; `open` is the row to show unfolded.
pub fn indicator_forms(plan: &Plan, lang: Lang, open: Option<usize>) -> String {
    plan.indicators
        .iter()
        .enumerate()
        .map(|(k, ind)| {
            indicator_fields(ind, k, lang, open == Some(k) || plan.indicators.len() <= 3)
        })
        .collect()
}
