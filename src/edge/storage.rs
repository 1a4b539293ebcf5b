//! localStorage: read, write with read-back, set aside, and hear other tabs. Every call
//! reports failure as a type; nothing here decides what to keep (that is the model's
//! `record` module and the saving component).

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

use super::promise;

use crate::model::record::{classify_failure, StoreFailure, QUARANTINE_KEY};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The write failed: full, or refused.
    Failed(StoreFailure),
    /// The write went through but reading it back gave something else.
    ReadBackMismatch,
}

/// The store, if the browser lets this page have one. gloo-storage's own accessor panics
/// when storage is disabled, so it is only reached once the browser has said yes.
fn store() -> Result<web_sys::Storage, StoreError> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(LocalStorage::raw()),
        _ => Err(StoreError::Failed(StoreFailure::Refused)),
    }
}

fn failure(e: &JsValue) -> StoreError {
    let name = js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let code = js_sys::Reflect::get(e, &"code".into())
        .ok()
        .and_then(|v| v.as_f64());
    StoreError::Failed(classify_failure(&name, code))
}

pub fn available() -> bool {
    store().is_ok()
}

pub fn read(key: &str) -> Result<Option<String>, StoreError> {
    store()?.get_item(key).map_err(|e| failure(&e))
}

/// Writes and reads back: a save is only reported as done when it is there.
pub fn write(key: &str, value: &str) -> Result<(), StoreError> {
    let s = store()?;
    s.set_item(key, value).map_err(|e| failure(&e))?;
    match s.get_item(key) {
        Ok(Some(back)) if back == value => Ok(()),
        _ => Err(StoreError::ReadBackMismatch),
    }
}

/// Sets unreadable text aside under its own key, never over another set-aside copy.
/// Returns the key used.
pub fn quarantine(raw: &str, now_ms: f64) -> Result<String, StoreError> {
    let taken = |k: &str| matches!(read(k), Ok(Some(v)) if v != raw);
    let key = if taken(QUARANTINE_KEY) {
        format!("{QUARANTINE_KEY}.{}", now_ms as u64)
    } else {
        QUARANTINE_KEY.to_string()
    };
    write(&key, raw)?;
    Ok(key)
}

/// Calls `f` with the new text whenever another tab changes `key`.
pub fn on_other_tab_change(key: &'static str, f: impl Fn(Option<String>) + 'static) {
    let handle = leptos::prelude::window_event_listener(
        leptos::ev::storage,
        move |e: web_sys::StorageEvent| {
            if e.key().as_deref() == Some(key) {
                f(e.new_value());
            }
        },
    );
    // Lives as long as the page.
    std::mem::forget(handle);
}

/// Asks the browser not to evict this site's storage under pressure. The answer comes
/// later; `done` hears whether it was granted.
pub fn request_persistence(done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let storage = promise::property(&window.navigator(), "storage");
    if let Some(p) = storage.and_then(|s| promise::call(&s, "persist", None)) {
        promise::settle(p, move |answer| {
            done(answer.ok().and_then(|v| v.as_bool()).unwrap_or(false))
        });
    }
}
