//! The year-end screen: the reporting year, the summary lines, the two annexes (written
//! HTML, model::writing::year_annex), the six-month figures typed in place.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::YearEnd;
use crate::edge::files;
use crate::model::basics::number::FieldError;
use crate::model::work::edit::figure_rules;
use crate::model::writing::year_annex::{grid_csv, grid_html, mid_year_grid, year_end_grid};
use crate::model::year::annex::{mid_year_rows, year_end_rows, year_end_summary};
use crate::model::year::midyear::summary as mid_summary;
use crate::model::year::words::{word, YearWord as W};
use crate::ui::screens::documents::{form_when_asked, Asked, DocumentButtons};
use crate::ui::screens::report::Printing;
use crate::ui::state::AppState;

#[component]
pub fn YearEndView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let ye = expect_context::<YearEnd>();
    let lang = state.lang;
    let years: Vec<u16> = state
        .plan
        .with_untracked(|p| (p.base_year + 1..=p.horizon).collect());
    let rows = Memo::new(move |_| {
        let (y, l) = (ye.year.get(), lang.get());
        state
            .facts
            .with(|f| state.plan.with(|p| year_end_rows(p, f, y, l)))
    });
    let mid = Memo::new(move |_| {
        let y = ye.year.get();
        state
            .facts
            .with(|f| state.plan.with(|p| mid_year_rows(p, f, y)))
    });
    let year_end_html = move || {
        state.plan.with(|p| {
            grid_html(
                &year_end_grid(p, &rows.get(), ye.year.get(), lang.get()),
                "year-end",
                lang.get(),
            )
        })
    };
    let mid_html = move || {
        state.plan.with(|p| {
            grid_html(
                &mid_year_grid(p, &mid.get(), ye.year.get(), lang.get(), true),
                "mid-year",
                lang.get(),
            )
        })
    };
    let summary = move || year_end_summary(&rows.get(), lang.get());
    let bands = move || {
        let b: Vec<_> = mid.get().iter().filter_map(|r| r.band).collect();
        mid_summary(&b, lang.get())
    };
    let error = RwSignal::new(None::<(String, FieldError)>);
    // A six-month figure typed in the annex: read with the indicator's figure rules.
    let typed = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(id) = input
            .get_attribute("data-input")
            .and_then(|n| n.strip_prefix("midyear-").map(str::to_string))
        else {
            return;
        };
        let Some(index) = state
            .plan
            .with_untracked(|p| p.indicators.iter().position(|i| i.id == id))
        else {
            return;
        };
        let rules = state
            .plan
            .with_untracked(|p| figure_rules(&p.indicators[index]));
        let year = ye.year.get_untracked();
        match rules.check_optional(&input.value(), lang.get_untracked()) {
            Ok(v) => {
                error.set(None);
                state.change_facts(
                    &format!("half-year:{index}:{year}"),
                    index,
                    move |f, (now, _)| f.set_half_year(year, v, now),
                );
            }
            Err(e) => error.set(Some((id, e))),
        }
    };
    let download = move |which: &'static str| {
        let (l, y) = (lang.get_untracked(), ye.year.get_untracked());
        let text = state.plan.with_untracked(|p| {
            if which == "year-end" {
                let r = rows.get_untracked();
                let title = format!("{} {y}", word(W::YearEndTitle, l));
                grid_csv(
                    &year_end_grid(p, &r, y, l),
                    &title,
                    &year_end_summary(&r, l),
                    l,
                )
            } else {
                let r = mid.get_untracked();
                let b: Vec<_> = r.iter().filter_map(|r| r.band).collect();
                let title = format!("{} {y}", word(W::MidYearTitle, l));
                grid_csv(
                    &mid_year_grid(p, &r, y, l, false),
                    &title,
                    &mid_summary(&b, l),
                    l,
                )
            }
        });
        let name = format!("{which}-{y}-{}.csv", l.code());
        let _ = files::download_text(&name, "text/csv;charset=utf-8", &text);
    };
    let print = move |_| {
        if let Some(p) = use_context::<Printing>() {
            p.show();
        }
    };
    let pick_year = move |ev: leptos::ev::Event| {
        if let Ok(y) = event_target_value(&ev).parse::<u16>() {
            ye.year.set(y);
        }
    };
    // The documents form, fetched the first time a document is asked for. While the
    // report view is open its own buttons stand for these (one of each on the page).
    let asked = Asked::provide(ye.year.into());
    let printing = expect_context::<Printing>();
    Effect::watch(
        move || printing.open.get(),
        move |open, _, _| {
            if *open {
                asked.kind.set(None);
            }
        },
        false,
    );
    view! {
        <Show when=move || ye.open.get()>
        <section class="year-end panel" data-screen="year-end" aria-label=move || word(W::YearEnd, lang.get())>
            <div class="year-end-head">
                <h2>{move || word(W::YearEnd, lang.get())}</h2>
                <label>{move || word(W::ReportYear, lang.get())}" "
                    <select data-input="report-year" prop:value=move || ye.year.get().to_string()
                        on:change=pick_year>
                        {years.iter().map(|&y| view! { <option value=y.to_string() selected=move || ye.year.get() == y>{y}</option> }).collect_view()}
                    </select>
                </label>
                <button type="button" data-action="year-end-csv" on:click=move |_| download("year-end")>{move || format!("{} ({})", word(W::Csv, lang.get()), word(W::YearEnd, lang.get()).to_lowercase())}</button>
                <button type="button" data-action="mid-year-csv" on:click=move |_| download("mid-year")>{move || format!("{} ({})", word(W::Csv, lang.get()), word(W::HalfYear, lang.get()))}</button>
                <button type="button" data-action="year-end-print" on:click=print>{move || word(W::Print, lang.get())}</button>
                <Show when=move || !printing.open.get()><DocumentButtons asked=asked /></Show>
                <button type="button" data-action="close-year-end" on:click=move |_| ye.open.set(false)>{move || word(W::Close, lang.get())}</button>
            </div>
            {form_when_asked(asked)}
            <h3>{move || format!("{} {}", word(W::YearEndTitle, lang.get()), ye.year.get())}</h3>
            <p class="year-summary" data-year-summary="">{summary}</p>
            <div class="annex-scroll" inner_html=year_end_html></div>
            <p class="hint">{move || word(W::ProposedHint, lang.get())}</p>
            <h3>{move || format!("{} {}", word(W::MidYearTitle, lang.get()), ye.year.get())}</h3>
            <p class="hint">{move || word(W::HalfYearHint, lang.get())}</p>
            <p class="year-summary" data-midyear-summary="">{bands}</p>
            <p class="field-message" role="alert" data-message="midyear">{move || error.get().map(|(id, e)| format!("{id}: {}", crate::ui::field::message(e, lang.get()))).unwrap_or_default()}</p>
            <div class="annex-scroll" on:change=typed inner_html=mid_html></div>
        </section>
        </Show>
    }
}

// The screen as a module of its own, fetched when first opened (ui::lazy).
crate::split_screen!(year_end_screen, load, || view! { <YearEndView /> });
