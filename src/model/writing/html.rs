//! The one place HTML is written as text, and its escaping rule (`escape`): everything
//! from the plan, the planner or a pasted text goes through it before it meets a tag or
//! a quoted attribute. `plan_form` and `draft_form` write their forms with it too.
//!
//! Which way a view renders: a view is Leptos (`view!`) when it reacts cell by cell
//! (a field being typed, a card's verdict, a chart) or carries an event handler of its
//! own. It is written HTML here, set as `inner_html` by one element, when it is a table
//! or list that only shows numbers and is redrawn whole (the report's annex, slide
//! lists, the comparison slide, the facts sheet's rows, the editor's and the
//! plan-from-text forms, whose changes are read back by one handler on the container
//! through their `data-*` keys): one string instead of a tree of view code per cell,
//! which keeps the download small.

use crate::model::basics::number::Lang;
use crate::model::plan::{Indicator, Plan, Settings};
use crate::model::projection::project::Projection;
use crate::model::projection::status::Status;
use crate::model::projection::target::{show_outcome, show_value};
use crate::model::texts::{text, Text};
use crate::model::words::comparison::{better, show_difference, Better};
use crate::model::words::reason::with_unit;
use crate::model::words::wording::{capitalised, target_words, verdict_text};

/// Text made safe to put between tags or in a quoted attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn badge(s: &Status, lang: Lang) -> String {
    format!(
        r#"<span class="badge {}">{}</span>"#,
        s.verdict.key(),
        escape(verdict_text(lang, s.verdict))
    )
}

fn outcome(ind: &Indicator, v: f64, lang: Lang) -> String {
    escape(&with_unit(
        &show_outcome(ind, v, lang),
        ind.target_unit(lang),
    ))
}

fn name(ind: &Indicator, lang: Lang) -> String {
    format!(
        r#"<span class="id">{}</span> {}"#,
        escape(&ind.id),
        escape(&capitalised(ind.name(lang)))
    )
}

/// The annex table's rows: code, name, unit, target, each year's value (known ones
/// `data-kind="actual"`, bold; an illustrative baseline marked †), verdict.
pub fn annex_rows(
    plan: &Plan,
    results: &[(Projection, Status)],
    illustrative: &[bool],
    lang: Lang,
) -> String {
    let mut out = String::new();
    for (k, (ind, (p, s))) in plan.indicators.iter().zip(results).enumerate() {
        out += &format!(
            r#"<tr data-summary-row="{}"><td class="id">{}</td><th scope="row">{}</th><td class="unit-cell">{}</td><td class="target-cell">{}</td>"#,
            escape(&ind.id),
            escape(&ind.id),
            escape(&capitalised(ind.name(lang))),
            escape(ind.unit(lang)),
            escape(&target_words(ind, Some(&plan.settings), lang)),
        );
        for (j, v) in p.values.iter().enumerate() {
            let known = j <= p.start;
            let mark = if j == 0 && illustrative.get(k).copied().unwrap_or(false) {
                "†"
            } else {
                ""
            };
            out += &format!(
                r#"<td class="{}" data-kind="{}">{}{mark}</td>"#,
                if known { "known" } else { "" },
                if known { "actual" } else { "projected" },
                escape(&show_value(ind, *v, lang)),
            );
        }
        out += &format!(
            r#"<td class="verdict">{}</td></tr>"#,
            escape(verdict_text(lang, s.verdict))
        );
    }
    out
}

/// One indicator on a list slide: its name, then its verdict, outcome, target and gap.
pub fn slide_row(ind: &Indicator, s: &Status, settings: &Settings, lang: Lang) -> String {
    format!(
        r#"<li class="slide-row" data-slide-indicator="{}"><span class="row-name">{}</span><span class="row-numbers">{} {}: {} · {}: {} · {}: {}</span></li>"#,
        escape(&ind.id),
        name(ind, lang),
        badge(s, lang),
        escape(&format!(
            "{} {}",
            text(lang, Text::ProjectedIn),
            ind.target.year
        )),
        outcome(ind, s.outcome, lang),
        escape(text(lang, Text::Target)),
        escape(&target_words(ind, Some(settings), lang)),
        escape(text(lang, Text::Gap)),
        escape(&show_difference(ind, s.goal, s.outcome, lang)),
    )
}

/// The comparison slide's rows: for each indicator in `list`, the shown scenario's
/// outcome and verdict, then each compared one's with ▲/▼ against the shown one.
pub fn compare_rows(
    plan: &Plan,
    shown: &[(Projection, Status)],
    compared: &[&[(Projection, Status)]],
    list: &[usize],
    lang: Lang,
) -> String {
    let cell = |ind: &Indicator, o: &Status, mark: Option<Better>| {
        let mark = mark
            .map(|b| {
                format!(
                    r#" <span class="diff {}" data-better="{}">{}</span>"#,
                    b.key(),
                    b.key(),
                    b.symbol()
                )
            })
            .unwrap_or_default();
        format!(
            r#"<td><span class="value">{}</span>{mark}<br>{}</td>"#,
            outcome(ind, o.outcome, lang),
            badge(o, lang)
        )
    };
    let mut out = String::new();
    for &i in list {
        let (Some(ind), Some((_, s))) = (plan.indicators.get(i), shown.get(i)) else {
            continue;
        };
        out += &format!(
            r#"<tr data-slide-indicator="{}"><th scope="row">{}</th>{}"#,
            escape(&ind.id),
            name(ind, lang),
            cell(ind, s, None)
        );
        for c in compared {
            if let Some((_, o)) = c.get(i) {
                out += &cell(ind, o, Some(better(ind, s.outcome, o.outcome)));
            }
        }
        out += "</tr>";
    }
    out
}

/// The commune's sheet: every indicator's 2025 figure and actuals as fields to type in,
/// `data-fact` (indicator id) and `data-year` on each; an empty 2025 field shows the
/// plan's illustrative figure as its placeholder.
pub fn facts_rows(plan: &Plan, facts: &crate::model::plan::facts::FactSheet, lang: Lang) -> String {
    let mut out = String::new();
    for ind in &plan.indicators {
        let f = facts.get(&ind.id);
        out += &format!(
            r#"<tr data-facts-row="{}"><th scope="row">{}</th><td class="unit-cell">{}</td>"#,
            escape(&ind.id),
            name(ind, lang),
            escape(ind.unit(lang))
        );
        for year in plan.base_year..=plan.horizon {
            let value = f.and_then(|f| f.figure(year, plan.base_year));
            let placeholder = if year == plan.base_year && ind.baseline.illustrative {
                format!(
                    "{} ({})",
                    show_value(ind, ind.baseline.value, lang),
                    text(lang, Text::Illustrative)
                )
            } else {
                String::new()
            };
            out += &format!(
                r#"<td><input type="text" inputmode="decimal" class="fact-input" data-fact="{}" data-year="{year}" value="{}" placeholder="{}" aria-label="{} {year}"></td>"#,
                escape(&ind.id),
                escape(&value.map(|v| show_value(ind, v, lang)).unwrap_or_default()),
                escape(&placeholder),
                escape(&ind.id),
            );
        }
        out += "</tr>";
    }
    out
}
