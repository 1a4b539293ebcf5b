//! localStorage: read, write with read-back, set aside, and hear other tabs. Every call
//! reports failure as a type; nothing here decides what to keep (that is the model's
//! `saver` module, which also decides where a copy is set aside and which old copies go).

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

use super::promise;

use crate::model::safe::record::{classify_failure, StoreFailure, QUARANTINE_KEY};
use crate::model::safe::saver::{set_aside_plan, WriteFailure};

/// The store, if the browser lets this page have one. gloo-storage's own accessor panics
/// when storage is disabled, so it is only reached once the browser has said yes.
fn store() -> Result<web_sys::Storage, StoreFailure> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(LocalStorage::raw()),
        _ => Err(StoreFailure::Refused),
    }
}

fn failure(e: &JsValue) -> StoreFailure {
    let name = js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let code = js_sys::Reflect::get(e, &"code".into())
        .ok()
        .and_then(|v| v.as_f64());
    classify_failure(&name, code)
}

pub fn read(key: &str) -> Result<Option<String>, StoreFailure> {
    store()?.get_item(key).map_err(|e| failure(&e))
}

/// Writes and reads back: a save is only reported as done when it is there.
pub fn write(key: &str, value: &str) -> Result<(), WriteFailure> {
    let s = store().map_err(WriteFailure::Store)?;
    s.set_item(key, value)
        .map_err(|e| WriteFailure::Store(failure(&e)))?;
    match s.get_item(key) {
        Ok(Some(back)) if back == value => Ok(()),
        _ => Err(WriteFailure::ReadBackMismatch),
    }
}

/// The set-aside copies kept now: (key, text).
fn set_aside_copies(s: &web_sys::Storage) -> Vec<(String, String)> {
    let count = s.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(QUARANTINE_KEY))
        .filter_map(|k| s.get_item(&k).ok().flatten().map(|t| (k, t)))
        .collect()
}

/// Sets text aside where the model's plan says: never over another copy, once only, and
/// at most `MAX_SET_ASIDE` copies (the oldest removed after the new one is in). Returns
/// the key used and how many old copies were removed.
pub fn set_aside(raw: &str, now_ms: f64) -> Result<(String, usize), StoreFailure> {
    let s = store()?;
    let plan = set_aside_plan(&set_aside_copies(&s), raw, now_ms);
    if plan.write {
        match write(&plan.key, raw) {
            Ok(()) => {}
            Err(WriteFailure::Store(f)) => return Err(f),
            Err(WriteFailure::ReadBackMismatch) => return Err(StoreFailure::Refused),
        }
    }
    for key in &plan.remove {
        LocalStorage::delete(key);
    }
    Ok((plan.key, plan.remove.len()))
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
