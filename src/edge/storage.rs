//! localStorage through gloo-storage. Only small preferences live here for now; a read
//! that fails (storage refused, bad data) falls back to the default, a write that fails is
//! reported to the caller as a typed error.

use gloo_storage::{LocalStorage, Storage};

use crate::model::number::Lang;

const LANG_KEY: &str = "bacyen.lang";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser refused or the store is full; the app keeps working from memory.
    Refused(String),
}

pub fn load_lang() -> Option<Lang> {
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|code| Lang::from_code(&code))
}

pub fn save_lang(lang: Lang) -> Result<(), StorageError> {
    LocalStorage::set(LANG_KEY, lang.code()).map_err(|e| StorageError::Refused(e.to_string()))
}
