//! Calling browser methods that answer with a promise and may be missing altogether
//! (`navigator.storage.persist`, `serviceWorker.register`, `requestFullscreen`): one way
//! to call them, and one way to hear the answer, so a refusal never becomes an uncaught
//! error in the console.

use wasm_bindgen::{JsCast, JsValue};

/// `target[method](arg)`, if the browser has that method and it gives a promise.
pub fn call(target: &JsValue, method: &str, arg: Option<&JsValue>) -> Option<js_sys::Promise> {
    let f = js_sys::Reflect::get(target, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let result = match arg {
        Some(a) => f.call1(target, a),
        None => f.call0(target),
    };
    result.ok()?.dyn_into::<js_sys::Promise>().ok()
}

/// Waits for the promise and hands `done` its value, or its rejection.
pub fn settle(promise: js_sys::Promise, done: impl FnOnce(Result<JsValue, JsValue>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await);
    });
}

/// A property of a browser object, if it is there.
pub fn property(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}
