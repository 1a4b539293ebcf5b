//! Full screen for presenting. Browsers allow it only after a click or a key press, and
//! say no by rejecting a promise: the answer is handed back, never left as an error in
//! the console.

use super::promise;

pub fn is_on() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| promise::property(&d, "fullscreenElement"))
        .is_some()
}

/// Asks for full screen on the whole page; `done` hears whether the browser agreed.
pub fn enter(done: impl FnOnce(bool) + 'static) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    match root.and_then(|r| promise::call(&r, "requestFullscreen", None)) {
        Some(p) => promise::settle(p, move |answer| done(answer.is_ok())),
        None => done(false),
    }
}

pub fn leave() {
    if !is_on() {
        return;
    }
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(p) = document.and_then(|d| promise::call(&d, "exitFullscreen", None)) {
        // Leaving can only fail if full screen already ended; nothing to tell.
        promise::settle(p, |_| {});
    }
}
