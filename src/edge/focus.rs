//! Moving the keyboard's focus to an element the next view shows: after the frame that
//! builds or unhides it, since a hidden element cannot take focus.

use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector` once the next frame is drawn; nothing
/// happens when there is none (the view was closed meanwhile).
pub fn after_frame(selector: &'static str) {
    after_frame_owned(selector.to_string());
}

/// As `after_frame`, for a selector built at run time (a card's own id).
pub fn after_frame_owned(selector: String) {
    leptos::prelude::request_animation_frame(move || {
        let found = leptos::prelude::document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = found {
            let _ = el.focus();
        }
    });
}

/// Focuses `selector` after the frame each time `made` turns true: a dialog's element
/// made by a `Show`, also the first time, when its module arrived after the tap that
/// opened it (ui::lazy), so focus never depends on how fast the module came.
pub fn when_made(made: impl Fn() -> bool + 'static, selector: &'static str) {
    leptos::prelude::Effect::new(move |_| {
        if made() {
            after_frame(selector);
        }
    });
}
