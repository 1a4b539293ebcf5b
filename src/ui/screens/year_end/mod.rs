//! The council's year (model::year): the year-end annex of a chosen year (each target
//! judged, compared with the plan and the year before, next year's target proposed or
//! typed) and the six-month annex with its bands, with CSV and the printed report.
//! The button is here, in the first module (the open and year signals are the report's,
//! `report::YearEnd`, which prints the same year's annexes); the screen
//! (`screen`) is fetched the first time it is opened.
//!
//! Imports: report, documents.

mod screen;

pub use screen::load;

use leptos::prelude::*;

use crate::ui::i18n::{live_text, Text};
pub use crate::ui::screens::report::{provide_year_end, YearEnd};
use crate::ui::state::AppState;

#[component]
pub fn YearEndButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = expect_context::<YearEnd>().open;
    view! {
        <button type="button" data-action="year-end" aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)>
            {live_text(state.lang, Text::YearEnd)}
        </button>
    }
}
