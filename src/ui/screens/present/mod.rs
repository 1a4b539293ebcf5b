//! Presentation mode for a council session on a projector: full screen when the browser
//! allows it (a clean full-window view when it does not), large type, high contrast, one
//! indicator or one group per slide with its chart, target and status, the assumption
//! slider live, a scenario switcher, a summary slide, keys and presenter clickers to move,
//! and a cursor that hides when idle.
//!
//! `presenting` is in the first module (the state, the keys, the button); `show` and
//! `slides` are fetched when the presentation is first opened.
//!
//! Imports: nothing.

use leptos::prelude::*;

pub mod presenting;
mod show;
mod slides;

pub use presenting::{provide_presentation, PresentButton, Presenting, Slide};

// Presentation as a module of its own, fetched when first opened (ui::lazy).
crate::split_screen!(present_screen, load, || view! { <show::Presentation /> });
