//! The slides: the summary, the indicators needing attention, a comparison, a group's
//! table and one indicator with its chart and live slider.

use crate::model::plan::Group;
use crate::model::projection::status::{needing_attention, slides_for};
use crate::model::projection::target::show_outcome;
use crate::model::words::comparison::{better, Better};
use crate::model::words::reason::with_unit;
use crate::model::words::wording::FigureSource;
use crate::model::writing::html;
use crate::model::Verdict;
use crate::ui::chart::{ChartCanvas, ChartSize};
use crate::ui::header::Summary;
use crate::ui::i18n::{live_text, text, verdict_text, Text};
use crate::ui::indicator::{chart_data, ParameterField};
use crate::ui::legend::ChartLegend;
use crate::ui::state::AppState;
use crate::ui::widgets::PngButton;
use crate::ui::words::{capitalised, target_words};
use leptos::prelude::*;

/// Rows on one slide: at 24 px and more, this many fit a 1024×768 projector.
pub(super) const ROWS_PER_SLIDE: usize = 4;

/// The most urgent indicators named on the summary slide itself.
pub(super) const ON_SUMMARY: usize = 3;

/// The indicators whose outcome or verdict differs between the shown scenario and a
/// compared one: what a comparison slide is about.
pub(super) fn differing(state: AppState) -> Vec<usize> {
    let shown = state.results.get();
    let compared = state.compared.get();
    state.read_plan.with(|plan| {
        plan.indicators
            .iter()
            .enumerate()
            .filter(|(i, ind)| {
                let Some((_, s)) = shown.get(*i) else {
                    return false;
                };
                compared.iter().any(|c| {
                    c.results.get(*i).is_some_and(|(_, o)| {
                        o.verdict != s.verdict || better(ind, s.outcome, o.outcome) != Better::Same
                    })
                })
            })
            .map(|(i, _)| i)
            .collect()
    })
}

/// The page `page` of `list`, ROWS_PER_SLIDE long.
pub(super) fn page_of(list: &[usize], page: usize) -> Vec<usize> {
    list.iter()
        .copied()
        .skip(page * ROWS_PER_SLIDE)
        .take(ROWS_PER_SLIDE)
        .collect()
}

/// "(2/3)" after a title continued over several slides; nothing for one slide.
pub(super) fn page_mark(page: usize, pages: usize) -> String {
    if pages > 1 {
        format!(" ({}/{pages})", page + 1)
    } else {
        String::new()
    }
}

/// Said on every slide whose numbers rest on an illustrative baseline.
#[component]
pub(super) fn IllustrativeMark(#[prop(into)] when: Signal<bool>) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    view! {
        <Show when=move || when.get()>
            <p class="slide-mark" data-slide-illustrative="">{live_text(lang, Text::IllustrativeSlide)}</p>
        </Show>
    }
}

/// The rows of a list slide for these indicators, as the model writes them (model::html).
pub(super) fn rows_html(state: AppState, list: &[usize]) -> String {
    let l = state.lang.get();
    state.results.with(|r| {
        state.read_plan.with(|plan| {
            list.iter()
                .filter_map(|&i| {
                    let ind = plan.indicators.get(i)?;
                    let (_, s) = r.get(i)?;
                    Some(html::slide_row(ind, s, &plan.settings, l))
                })
                .collect()
        })
    })
}

#[component]
pub(super) fn SummarySlide() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let counts = move || {
        let s = state.summary.get();
        Verdict::ALL
            .iter()
            .filter(|v| s.count(**v) > 0)
            .map(|v| {
                let n = s.count(*v);
                view! { <li class=format!("badge {}", v.key())>{verdict_text(lang.get(), *v)}": "<strong>{n}</strong></li> }
            })
            .collect_view()
    };
    let lagging = Memo::new(move |_| {
        state
            .results
            .with(|r| needing_attention(r.iter().map(|(_, s)| s)))
    });
    let more = move || {
        let n = lagging.with(|l| l.len().saturating_sub(ON_SUMMARY));
        (n > 0).then(|| {
            format!(
                "{} {n} {}",
                text(lang.get(), Text::AndMore),
                text(lang.get(), Text::IndicatorsWord)
            )
        })
    };
    // With scenarios compared: each one's count beside the shown one's.
    let comparison = move || {
        let l = lang.get();
        let compared = state.compared.get();
        if compared.is_empty() {
            return None;
        }
        let shown = state.summary.get();
        let mut rows = vec![(state.name_of(&state.active.get()), shown)];
        rows.extend(compared.iter().map(|c| {
            (
                c.name.clone(),
                crate::model::projection::status::PlanSummary::of(
                    c.results.iter().map(|(_, s)| &s.verdict),
                ),
            )
        }));
        Some(view! {
            <table class="slide-compare" data-summary-compare="">
                <tbody>
                    {rows.into_iter().map(|(name, s)| view! {
                        <tr><th scope="row">{name}</th><td><strong>{s.on_track}</strong>"/"{s.total}" "{text(l, Text::OnTrackShort)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    };
    view! {
        <section class="slide summary-slide" data-slide="summary">
            // Another commune's plan is presented under its own name, not Bắc Yên's.
            <h1>{move || if state.plan_is_built_in() {
                text(lang.get(), Text::AppTitle).to_string()
            } else {
                state.plan.with(|p| p.name(lang.get()))
            }}</h1>
            <IllustrativeMark when=Signal::derive(move || state.any_illustrative()) />
            <div class="summary-columns">
                <div>
                    <h2>{move || state.name_of(&state.active.get())}</h2>
                    <p class="slide-note" data-slide-note="">{move || state.active.get().note}</p>
                    <div class="big-summary"><Summary /></div>
                    <ul class="counts">{counts}</ul>
                    {comparison}
                </div>
                <div>
                    <h2>{live_text(lang, Text::NeedsAttention)}</h2>
                    <ul class="slide-rows" data-attention-list="" inner_html=move || {
                        let top: Vec<usize> = lagging.get().into_iter().take(ON_SUMMARY).collect();
                        rows_html(state, &top)
                    }></ul>
                    <p class="slide-more">{more}</p>
                </div>
            </div>
        </section>
    }
}

#[component]
pub(super) fn AttentionSlide(page: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let lagging = Memo::new(move |_| {
        state
            .results
            .with(|r| needing_attention(r.iter().map(|(_, s)| s)))
    });
    let pages = move || slides_for(lagging.with(|l| l.len()), ROWS_PER_SLIDE);
    view! {
        <section class="slide list-slide" data-slide=format!("attention-{}", page + 1)>
            <h1>{move || format!("{}{}", text(lang.get(), Text::NeedsAttention), page_mark(page, pages()))}</h1>
            <IllustrativeMark when=Signal::derive(move || lagging.with(|l| page_of(l, page).iter().any(|i| state.illustrative(*i)))) />
            <ul class="slide-rows" inner_html=move || rows_html(state, &page_of(&lagging.get(), page))></ul>
        </section>
    }
}

/// Two to four scenarios side by side on the indicators where they differ.
#[component]
pub(super) fn CompareSlide(page: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let rows = Memo::new(move |_| differing(state));
    let pages = move || slides_for(rows.with(|r| r.len()), ROWS_PER_SLIDE);
    let head = move || {
        let mut names = vec![state.name_of(&state.active.get())];
        names.extend(state.compared.get().into_iter().map(|c| c.name));
        names
            .into_iter()
            .map(|n| view! { <th scope="col">{n}</th> })
            .collect_view()
    };
    let body = move || {
        let compared = state.compared.get();
        let lists: Vec<&[_]> = compared.iter().map(|c| c.results.as_slice()).collect();
        state.results.with(|shown| {
            state.read_plan.with(|plan| {
                html::compare_rows(plan, shown, &lists, &page_of(&rows.get(), page), lang.get())
            })
        })
    };
    view! {
        <section class="slide compare-slide" data-slide=format!("compare-{}", page + 1)>
            <h1>{move || format!("{}{}", text(lang.get(), Text::CompareTitle), page_mark(page, pages()))}</h1>
            <IllustrativeMark when=Signal::derive(move || state.any_illustrative()) />
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p>{live_text(lang, Text::NoDifference)}</p> }>
                <table class="slide-table">
                    <thead><tr><th scope="col">{live_text(lang, Text::CsvIndicator)}</th>{head}</tr></thead>
                    <tbody inner_html=body></tbody>
                </table>
            </Show>
        </section>
    }
}

#[component]
pub(super) fn GroupSlide(group: Group, page: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let members = state.plan.with(|plan| plan.indices_in(group));
    let pages = slides_for(members.len(), ROWS_PER_SLIDE);
    let shown = page_of(&members, page);
    let marked = shown.clone();
    let title = move || {
        state
            .plan
            .with(|plan| plan.group_name(group, lang.get()).to_string())
    };
    let key = crate::ui::dashboard::group_key(group);
    // The first slide of a group keeps the group's own key; the next ones are numbered.
    let slide_key = if page == 0 {
        key.to_string()
    } else {
        format!("{key}-{}", page + 1)
    };
    view! {
        <section class="slide group-slide list-slide" data-slide=slide_key>
            <h1>{move || format!("{}{}", capitalised(&title()), page_mark(page, pages))}</h1>
            <IllustrativeMark when=Signal::derive(move || marked.iter().any(|i| state.illustrative(*i))) />
            <ul class="slide-rows" inner_html=move || rows_html(state, &shown)></ul>
        </section>
    }
}

#[component]
pub(super) fn IndicatorSlide() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let sel = state.selection();
    let ind = sel.indicator;
    let result = sel.result;
    let data = chart_data(sel);
    let label = Signal::derive(move || {
        ind.get()
            .map(|i| format!("{} {}", text(lang.get(), Text::ChartLabel), i.id))
            .unwrap_or_default()
    });
    view! {
        <section class="slide indicator-slide" data-slide=move || ind.get().map(|i| i.id).unwrap_or_default()>
            <h1>{move || ind.get().map(|i| format!("{} · {}", i.id, capitalised(i.name(lang.get())))).unwrap_or_default()}</h1>
            <IllustrativeMark when=Signal::derive(move || state.illustrative(state.view.selected.get())) />
            <div class="slide-body">
                <div class="slide-chart">
                    <ChartCanvas data=data size=ChartSize::Slide label=label name="slide" />
                    <ChartLegend indicator=ind />
                </div>
                <dl class="slide-numbers">
                    <dt>{live_text(lang, Text::Target)}</dt>
                    <dd>{move || ind.get().map(|i| format!("{} ({})", target_words(&i, lang.get()), i.target.year)).unwrap_or_default()}</dd>
                    <dt>{move || ind.get().map(|i| crate::ui::i18n::projected_label(lang.get(), i.target.year)).unwrap_or_default()}</dt>
                    <dd data-field="slide-projected" data-value=move || result.get().map(|(_, s)| s.outcome.to_string()).unwrap_or_default()>
                        {move || result.get().and_then(|(_, s)| ind.get().map(|i| with_unit(&show_outcome(&i, s.outcome, lang.get()), i.target_unit(lang.get())))).unwrap_or_default()}
                    </dd>
                    // The commune's (or the scenario's own) 2025 figure says whose it is; an
                    // illustrative one is said by the slide's mark.
                    <Show when=move || matches!(state.figure_source(state.view.selected.get()), Some((_, src)) if src != FigureSource::Plan)>
                        <dt>{live_text(lang, Text::Source)}</dt>
                        <dd class="slide-source" data-slide-source="">{move || {
                            let (value, source) = state.figure_source(state.view.selected.get())?;
                            ind.get().map(|i| crate::model::words::wording::baseline_source(&i, value, &source, lang.get()))
                        }}</dd>
                    </Show>
                    <dt>{live_text(lang, Text::Status)}</dt>
                    <dd><span class=move || format!("badge {}", result.get().map(|(_, s)| s.verdict.key()).unwrap_or(""))>
                        {move || result.get().map(|(_, s)| verdict_text(lang.get(), s.verdict)).unwrap_or_default()}
                    </span></dd>
                </dl>
                <p class="slide-reason" data-reason="">
                    {move || match (ind.get(), result.get()) {
                        (Some(i), Some((_, s))) => crate::model::words::reason::sentence(&i, &s, lang.get()),
                        _ => String::new(),
                    }}
                </p>
            </div>
            <div class="slide-control">
                <ParameterField sel=sel name="slide-parameter" />
                <PngButton chart="slide" />
            </div>
        </section>
    }
}
