//! The reporting year the year-end screen has chosen, shared with the printed report.

use leptos::prelude::*;

/// The year-end screen: open or closed, and the reporting year chosen there, whose
/// annexes the report prints after the five-year annex.
#[derive(Clone, Copy)]
pub struct YearEnd {
    pub open: RwSignal<bool>,
    pub year: RwSignal<u16>,
}

/// The year a December report is about: this year, within the plan's years.
pub fn provide_year_end(base: u16, horizon: u16) {
    let now = crate::edge::clock::today().2;
    let year = u16::try_from(now)
        .unwrap_or(base + 1)
        .clamp(base + 1, horizon);
    provide_context(YearEnd {
        open: RwSignal::new(false),
        year: RwSignal::new(year),
    });
}
