//! What the view says beside the chart: each reading's verdict, the first year met, the
//! chance of meeting the target, the source and the note.

use leptos::prelude::*;

use crate::model::basics::number::{format_number, Lang};
use crate::ui::i18n::{live_text, text, verdict_text, Text};
use crate::ui::state::{AppState, Selection};

#[component]
pub fn Facts(sel: Selection) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let ind = sel.indicator;
    let status = Memo::new(move |_| sel.result.with(|r| r.as_ref().map(|x| x.1.clone())));
    let probability = move || state.band.get().map(|b| b.probability_met);
    view! {
        <dl class="facts">
            <dt>{live_text(lang, Text::FirstYearMet)}</dt>
            <dd data-first-year=move || status.get().and_then(|s| s.first_year_met).map(|y| y.to_string()).unwrap_or_default()>
                {move || match status.get().and_then(|s| s.first_year_met) {
                    Some(y) => y.to_string(),
                    None => text(lang.get(), Text::NotBy).to_string(),
                }}
            </dd>
            <dt>{live_text(lang, Text::Probability)}</dt>
            <dd data-probability=move || probability().map(|p| p.to_string()).unwrap_or_default()>
                {move || probability().map(|p| format!("{}%", format_number(p * 100.0, 0, lang.get()))).unwrap_or_default()}
                <span class="unit">{move || format!(" ({} {})", format_number(crate::ui::state::DRAWS as f64, 0, lang.get()), text(lang.get(), Text::Draws))}</span>
            </dd>
            <dt>{live_text(lang, Text::Source)}</dt>
            <dd data-source=move || match state.figure_source(state.view.selected.get()) {
                Some((_, crate::model::words::wording::FigureSource::Commune { .. })) => "commune",
                Some((_, crate::model::words::wording::FigureSource::Scenario)) => "scenario",
                _ => "plan",
            }>{move || {
                let (value, source) = state.figure_source(state.view.selected.get())?;
                ind.get().map(|i| crate::model::words::wording::baseline_source(&i, value, &source, lang.get()))
            }}</dd>
            <Show when=move || ind.get().and_then(|i| i.note(Lang::Vi).map(str::to_string)).is_some()>
                <dt>{live_text(lang, Text::Note)}</dt>
                <dd class="note">{move || ind.get().and_then(|i| i.note(lang.get()).map(str::to_string)).unwrap_or_default()}</dd>
            </Show>
        </dl>
    }
}

/// Where the resolution's words allow more than one reading: the choice, and the verdict
/// under each reading for the assumption in force, side by side.
#[component]
pub fn Readings(sel: Selection) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let index = state.view.selected;
    let readings = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.indicators.get(index.get()).map(|i| i.readings.clone()))
            .unwrap_or_default()
    });
    let chosen = Memo::new(move |_| {
        let id = state
            .plan
            .with(|p| p.indicators.get(index.get()).map(|i| i.id.clone()))?;
        state.active.with(|s| s.readings.get(&id).cloned())
    });
    // Each reading's verdict for the same assumption in force.
    let verdicts = Memo::new(move |_| {
        let (Some(a), list) = (sel.effective.get(), readings.get()) else {
            return Vec::new();
        };
        state.plan.with(|plan| {
            let Some(base) = plan.indicators.get(index.get()) else {
                return Vec::new();
            };
            let period = crate::model::projection::project::Period::of(plan);
            list.iter()
                .map(|r| {
                    let mut ind = base.clone();
                    ind.apply(r);
                    let p = crate::model::projection::project::project(&ind, &a, period);
                    let s = crate::model::projection::status::assess(&ind, &a, &plan.settings, &p);
                    (
                        r.clone(),
                        s.verdict,
                        crate::model::words::reason::sentence(&ind, &s, lang.get()),
                    )
                })
                .collect()
        })
    });
    view! {
        <Show when=move || !readings.get().is_empty()>
            <div class="readings" data-readings="">
                <label>
                    {live_text(lang, Text::Reading)}
                    <select data-input="reading" on:change=move |ev| state.set_reading(index.get_untracked(), event_target_value(&ev))>
                        {move || {
                            let current = chosen.get();
                            readings.get().into_iter().enumerate().map(|(k, r)| {
                                let on = current.as_deref().map_or(k == 0, |c| c == r.id);
                                view! { <option value=r.id.clone() selected=on>{r.label(lang.get()).to_string()}</option> }
                            }).collect_view()
                        }}
                    </select>
                </label>
                <ul class="reading-verdicts">
                    {move || verdicts.get().into_iter().map(|(r, v, why)| view! {
                        <li data-reading=r.id.clone() data-status=v.key()>
                            <span class=format!("badge {}", v.key())>{verdict_text(lang.get(), v)}</span>
                            " " {r.label(lang.get()).to_string()} ": " {why}
                        </li>
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
