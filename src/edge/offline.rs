//! Working offline: the service worker for visits over the network, and telling when the
//! app was opened from a file on disk (where storage belongs to that file).

use super::promise;

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
    let secure = promise::property(&window, "isSecureContext")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if from_file() || !secure {
        return;
    }
    let container = promise::property(&window.navigator(), "serviceWorker");
    if let Some(p) = container.and_then(|c| promise::call(&c, "register", Some(&"sw.js".into()))) {
        promise::settle(p, |answer| {
            if let Err(e) = answer {
                leptos::logging::warn!("offline copy not installed: {e:?}");
            }
        });
    }
}
