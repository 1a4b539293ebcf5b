//! Leptos components: signals in, events out, no business logic.
//!
//! Imports: model, edge.

pub mod actions;
pub mod app;
pub mod banners;
pub mod card;
pub mod chart;
pub mod dashboard;
pub mod field;
pub mod header;
pub mod i18n;
pub mod indicator;
pub mod lazy;
pub mod legend;
pub mod messages;
pub mod notice;
pub mod saving;
pub mod scenarios;
pub mod screens;
pub mod startup;
pub mod state;
pub mod welcome;
pub mod widgets;
pub mod words;

/// Mounts the app on the page's body.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
