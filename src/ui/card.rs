//! One indicator as a card on the dashboard: a small chart, the projected outcome against
//! the target, the gap and the status. Numbers carry `data-value` for tests.

use leptos::prelude::*;

use super::chart::{ChartCanvas, ChartData, ChartSize};
use super::i18n::{live_text, projected_label, text, verdict_text, Text};
use super::state::AppState;
use super::words::{capitalised, target_words};
use crate::model::projection::target::{show_outcome, show_value};
use crate::model::words::reason::unit_gap;

#[component]
pub fn Card(
    index: usize,
    /// False while the first screen is still unfolding its cards (ui::startup); a slide's
    /// card has none and is shown at once.
    #[prop(optional)]
    shown: Option<ReadSignal<bool>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    // As the scenario reads it: a switched reading changes the target shown and judged.
    let ind = state.indicator_at(index);
    let id = ind.with_untracked(|i| i.id.clone());
    let result = state.result(index);
    let status = Memo::new(move |_| result.get().map(|(_, s)| s));
    let baseline = Memo::new(move |_| {
        state.assumptions.with(|l| {
            l.get(index)
                .map(|a| ind.with(|i| a.baseline_for(&i.limits())))
        })
    });
    let illustrative = move || state.illustrative(index);
    // Memos all the way: a slider moving another indicator must not redraw this card.
    let effective = Memo::new(move |_| state.effective.with(|l| l.get(index).cloned()));
    let others = state.compared_projections(Signal::stored(index));
    let data = Memo::new(move |_| {
        let (p, _) = result.get()?;
        let a = effective.get()?;
        let others = others.get();
        let others: Vec<&_> = others.iter().collect();
        Some(state.read_plan.with(|plan| {
            ind.with(|i| ChartData::build(plan, i, &a, &p, None, &others, lang.get()))
        }))
    });
    let verdict_key = move || {
        status
            .get()
            .map(|s| s.verdict.key())
            .unwrap_or("unassessable")
    };
    let visible = move || {
        let by_status = state
            .view
            .filter_status
            .get()
            .is_none_or(|v| status.get().is_some_and(|s| s.verdict == v));
        let by_group = state
            .view
            .filter_group
            .get()
            .is_none_or(|g| ind.with(|i| i.group == g));
        by_status && by_group
    };
    let name = move || ind.with(|i| capitalised(i.name(lang.get())));
    // The sentence with the numbers behind the verdict: built once per change, shown twice
    // (as the badge's tooltip and as the line under it).
    let reason = Memo::new(move |_| {
        let s = status.get()?;
        Some(ind.with(|i| crate::model::words::reason::sentence(i, &s, lang.get())))
    });
    // A verdict a known year decides: which figure it rests on ("Ước TH năm 2030: 8 bản"),
    // beside the reason (whose wording other checks read).
    let figure_line = Memo::new(move |_| {
        let s = status.get()?;
        let crate::model::projection::status::Reason::Known { year, .. } = s.reason else {
            return None;
        };
        ind.with(|i| {
            if state.active.with(|a| a.owns_figures(&i.id)) {
                return None;
            }
            let (e, kind) = state
                .facts
                .with(|f| f.get(&i.id).and_then(|x| x.in_force(year)))?;
            Some(crate::model::year::next_target::figure_words(
                i,
                year,
                e.value,
                Some(kind),
                lang.get(),
            ))
        })
    });
    let chart_label = move || {
        let l = lang.get();
        format!(
            "{} {}: {} {}, {} {}",
            text(l, Text::ChartLabel),
            ind.with(|i| i.id.clone()),
            projected_label(l, ind.with(|i| i.target.year)),
            status
                .get()
                .map(|s| ind.with(|i| show_outcome(i, s.outcome, l)))
                .unwrap_or_default(),
            text(l, Text::Target),
            ind.with(|i| target_words(i, l)),
        )
    };
    view! {
        <article
            class="card"
            data-indicator=id.clone()
            class:selected=move || state.view.selected.get() == index
            class:hidden=move || !visible()
            class:folded=move || shown.is_some_and(|s| !s.get())
            data-status=verdict_key
        >
            <h3>
                <button
                    type="button"
                    class="card-open"
                    data-open=id.clone()
                    aria-pressed=move || (state.view.selected.get() == index).to_string()
                    on:click=move |ev| {
                        state.view.selected.set(index);
                        state.view.opened.set(true);
                        // Opened from the keyboard (a click with no pointer): the keyboard
                        // goes on to the view's first field, not 24 Shift+Tabs away.
                        if ev.detail() == 0 {
                            crate::edge::focus::after_frame(".indicator-view [data-input=\"method\"]");
                        }
                    }
                >
                    <span class="id">{id.clone()}</span>
                    {name}
                    <Show when=move || ind.with(|i| i.untranslated(lang.get()))>
                        " "<span class="untranslated" data-untranslated="">{live_text(lang, Text::Untranslated)}</span>
                    </Show>
                </button>
            </h3>
            <ChartCanvas data=data size=ChartSize::Mini label=Signal::derive(chart_label) name=id.clone() />
            <dl class="card-numbers">
                <dt>{move || projected_label(lang.get(), ind.with(|i| i.target.year))}</dt>
                <dd data-field="projected" data-value=move || status.get().map(|s| s.outcome.to_string()).unwrap_or_default()>
                    {move || status.get().map(|s| ind.with(|i| show_outcome(i, s.outcome, lang.get()))).unwrap_or_default()}
                    {move || ind.with(|i| unit_gap(i.target_unit(lang.get())))}
                    <span class="unit">{move || ind.with(|i| i.target_unit(lang.get()).to_string())}</span>
                </dd>
                <dt>{live_text(lang, Text::Target)}</dt>
                <dd data-field="target" data-value=ind.with(|i| i.target.value.to_string())>
                    {move || ind.with(|i| target_words(i, lang.get()))}
                </dd>
                <dt>{live_text(lang, Text::Gap)}</dt>
                <dd data-field="gap" data-value=move || status.get().map(|s| (s.outcome - s.goal).to_string()).unwrap_or_default()>
                    {move || status.get().map(|s| {
                        let gap = s.outcome - s.goal;
                        format!("{}{}", if gap > 0.0 { "+" } else { "" }, ind.with(|i| show_outcome(i, gap, lang.get())))
                    }).unwrap_or_default()}
                </dd>
                <dt>{live_text(lang, Text::Baseline)}</dt>
                <dd data-field="baseline" data-value=move || baseline.get().map(|b| b.to_string()).unwrap_or_default()>
                    {move || baseline.get().map(|b| ind.with(|i| show_value(i, b, lang.get()))).unwrap_or_default()}
                    {move || ind.with(|i| unit_gap(i.unit(lang.get())))}
                    <span class="unit">{move || ind.with(|i| i.unit(lang.get()).to_string())}</span>
                    <Show when=move || state.owns_figures(index)>
                        <span class="own-mark" data-own-figures="" title=live_text(lang, Text::OwnFiguresHint)>
                            {live_text(lang, Text::OwnFiguresMark)}
                        </span>
                    </Show>
                    <Show when=illustrative>
                        <span class="illustrative" title=live_text(lang, Text::IllustrativeHint)>
                            {live_text(lang, Text::Illustrative)}
                        </span>
                    </Show>
                </dd>
            </dl>
            <p class="card-status">
                <span class=move || format!("badge {}", verdict_key()) title=move || reason.get().unwrap_or_default()>
                    {move || status.get().map(|s| verdict_text(lang.get(), s.verdict)).unwrap_or_default()}
                </span>
            </p>
            <p class="card-reason" data-reason="">{move || reason.get().unwrap_or_default()}</p>
            <Show when=move || figure_line.get().is_some()>
                <p class="card-figure" data-figure-line="">{move || figure_line.get().unwrap_or_default()}</p>
            </Show>
        </article>
    }
}
