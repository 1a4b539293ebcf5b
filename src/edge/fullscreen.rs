//! Full screen for presenting. Browsers allow it only after a click or a key press, and
//! say no by rejecting a promise: the answer is handed back, never left as an error in
//! the console.

use wasm_bindgen::{JsCast, JsValue};

fn call(target: &JsValue, method: &str) -> Option<js_sys::Promise> {
    let f = js_sys::Reflect::get(target, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    f.call0(target).ok()?.dyn_into::<js_sys::Promise>().ok()
}

pub fn is_on() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| js_sys::Reflect::get(&d, &"fullscreenElement".into()).ok())
        .is_some_and(|e| !e.is_null() && !e.is_undefined())
}

/// Asks for full screen on the whole page; `done` hears whether the browser agreed.
pub fn enter(done: impl FnOnce(bool) + 'static) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    let Some(promise) = root.and_then(|r| call(&r, "requestFullscreen")) else {
        return done(false);
    };
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

pub fn leave() {
    if !is_on() {
        return;
    }
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(promise) = document.and_then(|d| call(&d, "exitFullscreen")) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}
