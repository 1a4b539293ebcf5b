//! The page address: the share link's fragment in, a share URL out, and the clipboard.

pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Removes the fragment without reloading or adding a history step, so a reload does not
/// offer the same shared scenario again.
pub fn clear_fragment() {
    let Some(w) = web_sys::window() else { return };
    let (Ok(path), Ok(search), Ok(history)) =
        (w.location().pathname(), w.location().search(), w.history())
    else {
        return;
    };
    let _ = history.replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&format!("{path}{search}")),
    );
}

/// This page's address with `fragment` after `#`.
pub fn share_url(fragment: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = base.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// Puts text on the clipboard where the browser allows it; `done` hears whether it did.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else {
        return done(false);
    };
    let answer = w.navigator().clipboard().write_text(text);
    super::promise::settle(answer, move |r| done(r.is_ok()));
}
