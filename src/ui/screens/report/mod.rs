//! The printed report: an A4 document in the chosen language with a cover (scenario,
//! date, N of M on track), then each indicator with its chart, assumption, projected
//! values, status and baseline source. It opens from a button or by itself when the
//! browser prints (Ctrl+P); the print stylesheet shows only it. Its actions make the
//! documents a commune files from the same figures (`documents`).
//!
//! Imports: documents.

mod summary;
mod year;
mod year_annexes;

pub use year::{provide_year_end, YearEnd};

use leptos::prelude::*;

use crate::model::projection::target::{show_outcome, show_value};
use crate::model::Indicator;
use crate::ui::chart::{ChartCanvas, ChartData, ChartSize};
use crate::ui::i18n::{live_text, projected_label, text, verdict_text, Text};
use crate::ui::screens::documents::{form_when_asked, Asked, DocumentButtons};
use crate::ui::state::AppState;
use crate::ui::words::{capitalised, target_words};

/// Each chart's size in the report, CSS pixels: the width of an A4 page's text.
const CHART: (f64, f64) = (640.0, 210.0);

#[derive(Clone, Copy)]
pub struct Printing {
    pub open: RwSignal<bool>,
    /// Opened by the browser's print, so closed again after it.
    by_print: StoredValue<bool>,
}

impl Printing {
    pub fn show(self) {
        self.open.set(true);
    }

    pub fn close(self) {
        self.open.set(false);
        crate::edge::focus::after_frame("[data-action=\"report\"]");
    }
}

pub fn provide_printing() -> Printing {
    let p = Printing {
        open: RwSignal::new(false),
        by_print: StoredValue::new(false),
    };
    let before = window_event_listener(leptos::ev::beforeprint, move |_| {
        if !p.open.get_untracked() {
            p.by_print.set_value(true);
            p.open.set(true);
        }
    });
    let after = window_event_listener(leptos::ev::afterprint, move |_| {
        if p.by_print.get_value() {
            p.by_print.set_value(false);
            p.open.set(false);
        }
    });
    // Esc closes the report view as it closes presentation mode; focus goes back to the
    // button that opened it.
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        if e.key() == "Escape" && p.open.get_untracked() {
            p.close();
        }
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
        keys.remove();
    });
    provide_context(p);
    p
}

fn today(lang: crate::model::basics::number::Lang) -> String {
    let (day, month, year) = crate::edge::clock::today();
    crate::model::words::wording::document_date("Bắc Yên", day, month, year, lang)
}

#[component]
pub fn ReportButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = expect_context::<Printing>();
    view! {
        <button type="button" data-action="report" on:click=move |_| p.show()>{live_text(state.lang, Text::Report)}</button>
    }
}

#[component]
pub fn ReportView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = expect_context::<Printing>();
    let lang = state.lang;
    let print = move |_| {
        if let Err(e) = window().print() {
            leptos::logging::warn!("print refused: {e:?}");
        }
    };
    let count = state.plan.with(|plan| plan.indicators.len());
    // The Word report and the Excel annexes of the year the year-end screen has chosen.
    let asked = use_context::<YearEnd>().map(|ye| Asked::provide(ye.year.into()));
    // The keyboard goes to the print button each time the view is made (ui::lazy).
    let made = NodeRef::<leptos::html::Div>::new();
    crate::edge::focus::when_made(
        move || made.get().is_some(),
        "[data-report-view] [data-action=\"print\"]",
    );
    view! {
        <Show when=move || p.open.get()>
            <div node_ref=made class="report-view" data-report-view="">
                <div class="report-actions">
                    <button type="button" data-action="print" on:click=print>{live_text(lang, Text::PrintPdf)}</button>
                    {asked.map(|asked| view! { <DocumentButtons asked=asked /> })}
                    <button type="button" data-action="close-report-view" on:click=move |_| p.close()>{live_text(lang, Text::Close)}</button>
                </div>
                {asked.map(form_when_asked)}
                <summary::ReportSummary />
                <year_annexes::YearAnnexes />
                <section class="cover" data-report-cover="">
                    <p class="cover-label">{live_text(lang, Text::ReferenceDocument)}</p>
                    <p class="cover-kicker">{move || state.plan.with(|plan| {
                        let r = &plan.resolution;
                        lang.get().pick(format!("{} · {}", capitalised(&r.commune_vi), r.title_vi), format!("{} · {}", capitalised(&r.commune_en), r.title_en))
                    })}</p>
                    <h1>{live_text(lang, Text::ReportTitle)}</h1>
                    <p class="cover-resolution" data-report-resolution="">{move || state.plan.with(|plan| crate::model::words::wording::resolution_name(&plan.resolution, lang.get()))}</p>
                    <h2 data-report-scenario="">{move || state.name_of(&state.active.get())}</h2>
                    <p class="cover-note">{move || state.active.get().note}</p>
                    <p>{move || today(lang.get())}</p>
                    <p class="cover-summary">
                        <strong>{move || state.summary.get().on_track}</strong>"/"{move || state.summary.get().total}" "{live_text(lang, Text::OnTrackSummary)}
                    </p>
                    <Show when=move || state.pace_pct.get() != 0.0>
                        <p data-report-pace="">{move || format!("{}: {}%", text(lang.get(), Text::PaceOnReport), crate::model::basics::number::format_number(state.pace_pct.get(), 1, lang.get()))}</p>
                    </Show>
                    <p class="cover-note">{live_text(lang, Text::IllustrativeStatement)}</p>
                </section>
                {(0..count).map(|k| view! { <ReportIndicator index=k /> }).collect_view()}
            </div>
        </Show>
    }
}

/// The assumption in words (model::wording), for the shown scenario at its pace.
fn assumption_words(state: AppState, ind: &Indicator, k: usize) -> String {
    let l = state.lang.get();
    let pace = state.pace_pct.get();
    state.assumptions.with(|list| {
        list.get(k)
            .map(|a| crate::model::words::wording::assumption_words(ind, a, pace, l))
            .unwrap_or_default()
    })
}

#[component]
fn ReportIndicator(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    // As the scenario reads it: a switched reading changes the target shown and judged.
    let ind = state.indicator_at(index);
    let result = state.result(index);
    let data =
        Signal::derive(move || {
            let (p, _) = result.get()?;
            let a = state.effective.with(|l| l.get(index).cloned())?;
            Some(state.read_plan.with(|plan| {
                ind.with(|i| ChartData::build(plan, i, &a, &p, None, &[], lang.get()))
            }))
        });
    let id = ind.with_untracked(|i| i.id.clone());
    view! {
        <article class="report-indicator" data-report-indicator=id.clone()>
            <h2>{move || ind.with(|i| format!("{} · {}", i.id, capitalised(i.name(lang.get()))))}</h2>
            <ChartCanvas data=data size=ChartSize::Full label=Signal::derive(move || ind.with(|i| i.id.clone())) name=format!("report-{id}") fixed=CHART />
            <dl class="report-facts">
                <dt>{live_text(lang, Text::Target)}</dt>
                <dd>{move || ind.with(|i| format!("{} ({})", target_words(i, lang.get()), i.target.year))}</dd>
                <dt>{live_text(lang, Text::Assumption)}</dt>
                <dd>{move || ind.with(|i| assumption_words(state, i, index))}</dd>
                <dt>{move || projected_label(lang.get(), ind.with(|i| i.target.year))}</dt>
                <dd>{move || result.get().map(|(_, s)| ind.with(|i| crate::model::words::reason::with_unit(&show_outcome(i, s.outcome, lang.get()), i.target_unit(lang.get())))).unwrap_or_default()}</dd>
                <dt>{live_text(lang, Text::Status)}</dt>
                <dd data-report-status=move || result.get().map(|(_, s)| s.verdict.key()).unwrap_or("")>
                    {move || result.get().map(|(_, s)| verdict_text(lang.get(), s.verdict)).unwrap_or_default()}
                    <br />
                    <span class="reason" data-reason="">{move || result.get().map(|(_, s)| ind.with(|i| crate::model::words::reason::sentence(i, &s, lang.get()))).unwrap_or_default()}</span>
                </dd>
                <dt>{live_text(lang, Text::Source)}</dt>
                <dd data-report-source="">{move || {
                    let (value, source) = state.figure_source(index)?;
                    Some(ind.with(|i| crate::model::words::wording::baseline_source(i, value, &source, lang.get())))
                }}</dd>
            </dl>
            <table class="report-years">
                <tr>{move || result.get().map(|(p, _)| p.period.years().map(|y| view! { <th>{y}</th> }).collect_view())}</tr>
                <tr>{move || result.get().map(|(p, _)| p.values.iter().enumerate().map(|(j, v)| {
                    let known = j <= p.start;
                    view! { <td class:known=known data-kind=if known { "actual" } else { "projected" }>{ind.with(|i| show_value(i, *v, lang.get()))}</td> }
                }).collect_view())}</tr>
            </table>
        </article>
    }
}

// ReportView as a module of its own, fetched when first opened (ui::lazy).
crate::split_screen!(report_screen, load, || view! { <ReportView /> });
