//! The council's annexes in the printed report, after the five-year annex: the year-end
//! and six-month annexes of the year chosen on the year-end screen, when the commune has
//! adopted a target or typed a six-month figure for that year.

use leptos::prelude::*;

use super::year::YearEnd;
use crate::model::writing::year_annex::{grid_html, mid_year_grid, year_end_grid};
use crate::model::year::annex::{mid_year_rows, year_end_rows, year_end_summary};
use crate::model::year::midyear::summary as mid_summary;
use crate::model::year::words::{word, YearWord as W};
use crate::ui::state::AppState;

#[component]
pub fn YearAnnexes() -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(ye) = use_context::<YearEnd>() else {
        return ().into_any();
    };
    let lang = state.lang;
    let any = Memo::new(move |_| {
        let y = ye.year.get();
        state.facts.with(|f| {
            f.values()
                .any(|x| x.annual_target(y).is_some() || x.half_year.contains_key(&y))
        })
    });
    let html = move || {
        let (y, l) = (ye.year.get(), lang.get());
        state.facts.with(|f| {
            state.plan.with(|p| {
                let rows = year_end_rows(p, f, y, l);
                let mid = mid_year_rows(p, f, y);
                let bands: Vec<_> = mid.iter().filter_map(|r| r.band).collect();
                let esc = crate::model::writing::html::escape;
                format!(
                    "<h2>{} {y}</h2><p>{}</p>{}<h2>{} {y}</h2><p>{}</p>{}",
                    esc(word(W::YearEndTitle, l)),
                    esc(&year_end_summary(&rows, l)),
                    grid_html(&year_end_grid(p, &rows, y, l), "report-year-end", l),
                    esc(word(W::MidYearTitle, l)),
                    esc(&mid_summary(&bands, l)),
                    grid_html(&mid_year_grid(p, &mid, y, l, false), "report-mid-year", l),
                )
            })
        })
    };
    view! {
        <Show when=move || any.get()>
            <section class="report-year-annexes" data-report-year-annexes="" inner_html=html></section>
        </Show>
    }
    .into_any()
}
