//! Every indicator by group: target, 2025 baseline (with its illustrative mark), the
//! projected outcome and the status. Each row and number carries machine-readable data
//! attributes so tests never parse formatted text.

use leptos::prelude::*;

use super::i18n::{num, tr, verdict_text, Text};
use super::state::AppState;
use crate::model::number::Lang;
use crate::model::plan::{Direction, Group, Indicator};

const GROUPS: [Group; 4] = [
    Group::Economy,
    Group::Society,
    Group::Environment,
    Group::Appendix,
];

/// "≥ 4.500 ha", "< 55 %", "≈ 0": the target as a planner reads it.
pub fn target_words(ind: &Indicator, lang: Lang) -> String {
    let sign = match ind.target.direction {
        Direction::AtLeast => "≥",
        Direction::AtMost => "≤",
        Direction::Below => "<",
        Direction::Hold => "=",
    };
    let value = if ind.target.qualitative {
        "≈ 0".to_string()
    } else {
        format!("{sign} {}", num(ind.target.value, lang))
    };
    format!("{value} {}", ind.target_unit(lang.is_vi()))
}

/// First letter upper-case: the resolution's words often start mid-sentence.
pub fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[component]
pub fn Dashboard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let groups = GROUPS
        .iter()
        .map(|&group| {
            let rows: Vec<usize> = state.plan.with_value(|p| {
                p.indicators
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| i.group == group)
                    .map(|(n, _)| n)
                    .collect()
            });
            let title = move || {
                state
                    .plan
                    .with_value(|p| p.group_name(group, lang.get().is_vi()).to_string())
            };
            view! {
                <tbody data-group=format!("{group:?}").to_lowercase()>
                    <tr class="group-row">
                        <th colspan="5" scope="colgroup">{title}</th>
                    </tr>
                    {rows.into_iter().map(|n| view! { <Row index=n /> }).collect_view()}
                </tbody>
            }
        })
        .collect_view();
    view! {
        <section class="dashboard" aria-labelledby="dash-title">
            <h2 id="dash-title" class="visually-hidden">{move || tr(lang.get(), Text::Indicator)}</h2>
            <table class="indicators">
                <thead>
                    <tr>
                        <th scope="col">{move || tr(lang.get(), Text::Indicator)}</th>
                        <th scope="col">{move || tr(lang.get(), Text::Target)}</th>
                        <th scope="col">{move || tr(lang.get(), Text::Baseline)}</th>
                        <th scope="col">{move || tr(lang.get(), Text::Projected)}</th>
                        <th scope="col">{move || tr(lang.get(), Text::Status)}</th>
                    </tr>
                </thead>
                {groups}
            </table>
        </section>
    }
}

#[component]
fn Row(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let ind = state.plan.with_value(|p| p.indicators[index].clone());
    let id = ind.id.clone();
    let ind = StoredValue::new(ind);
    let status = Memo::new(move |_| state.results.with(|r| r.get(index).map(|(_, s)| s.clone())));
    let baseline = Memo::new(move |_| {
        state.assumptions.with(|list| {
            list.get(index)
                .map(|a| ind.with_value(|i| a.baseline_for(i)))
        })
    });
    let illustrative = move || {
        ind.with_value(|i| i.baseline.illustrative)
            && state
                .assumptions
                .with(|list| list.get(index).is_some_and(|a| a.baseline.is_none()))
    };
    let verdict_key = move || {
        status
            .get()
            .map(|s| s.verdict.key())
            .unwrap_or("unassessable")
    };
    view! {
        <tr
            data-indicator=id.clone()
            class="indicator-row"
            class:selected=move || state.selected.get() == index
            tabindex="0"
            aria-selected=move || (state.selected.get() == index).to_string()
            on:click=move |_| state.selected.set(index)
            on:keydown=move |ev| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    state.selected.set(index);
                }
            }
        >
            <th scope="row" class="name">
                <span class="id">{id.clone()}</span>
                {move || ind.with_value(|i| capitalised(i.name(lang.get().is_vi())))}
            </th>
            <td class="target" data-value=ind.with_value(|i| i.target.value.to_string())>
                {move || ind.with_value(|i| target_words(i, lang.get()))}
            </td>
            <td class="baseline" data-value=move || baseline.get().map(|b| b.to_string()).unwrap_or_default()>
                {move || baseline.get().map(|b| num(b, lang.get())).unwrap_or_default()}
                " "
                <span class="unit">{move || ind.with_value(|i| i.unit(lang.get().is_vi()).to_string())}</span>
                <Show when=illustrative>
                    <span class="illustrative" title=move || tr(lang.get(), Text::IllustrativeHint)>
                        {move || tr(lang.get(), Text::Illustrative)}
                    </span>
                </Show>
            </td>
            <td class="projected" data-value=move || status.get().map(|s| s.outcome.to_string()).unwrap_or_default()>
                {move || status.get().map(|s| num(s.outcome, lang.get())).unwrap_or_default()}
                " "
                <span class="unit">{move || ind.with_value(|i| i.target_unit(lang.get().is_vi()).to_string())}</span>
            </td>
            <td class="status" data-status=verdict_key>
                <span class=move || format!("badge {}", verdict_key())>
                    {move || status.get().map(|s| verdict_text(lang.get(), s.verdict)).unwrap_or_default()}
                </span>
            </td>
        </tr>
    }
}
