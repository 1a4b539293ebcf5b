//! Working offline: the service worker for visits over the network, and telling when the
//! app was opened from a file on disk (where storage belongs to that file).

use wasm_bindgen::JsCast;

/// Whether the page was opened from disk (the single-file build on a USB stick).
pub fn from_file() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
}

/// Registers `sw.js` where browsers allow service workers (http on 127.0.0.1, https).
/// A refusal is not an error for the planner: the app still works online.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let secure = js_sys::Reflect::get(&window, &"isSecureContext".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if from_file() || !secure {
        return;
    }
    let container = js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into()).ok();
    let register = container
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &"register".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (Some(container), Some(register)) = (container, register) {
        if let Ok(promise) = register.call1(&container, &"sw.js".into()) {
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
                        leptos::logging::warn!("offline copy not installed: {e:?}");
                    }
                });
            }
        }
    }
}
