//! Where unreadable text is kept, and which old copies go: at most `MAX_SET_ASIDE`.

/// Where to set a text aside among the copies already kept: reuse the key of an identical
/// copy, else a new key; and which old copies to remove so at most `MAX_SET_ASIDE` stay
/// (oldest first; the base key counts as oldest).
pub fn set_aside_plan(existing: &[(String, String)], raw: &str, now_ms: f64) -> SetAsidePlan {
    if let Some((key, _)) = existing.iter().find(|(_, text)| text == raw) {
        return SetAsidePlan {
            key: key.clone(),
            write: false,
            remove: Vec::new(),
        };
    }
    let base = crate::model::safe::record::QUARANTINE_KEY;
    // The bare key only for the first copy, so it is always the oldest.
    let mut key = if existing.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{}", now_ms.max(0.0) as u64)
    };
    while existing.iter().any(|(k, _)| *k == key) {
        key.push('x');
    }
    let mut keys: Vec<&String> = existing.iter().map(|(k, _)| k).collect();
    // Oldest first: the base key, then by the time in the key.
    keys.sort_by_key(|k| {
        k.strip_prefix(base)
            .and_then(|t| t.strip_prefix('.'))
            .and_then(|t| t.parse::<u64>().ok())
            .unwrap_or(0)
    });
    let excess = (keys.len() + 1).saturating_sub(MAX_SET_ASIDE);
    SetAsidePlan {
        key,
        write: true,
        remove: keys.into_iter().take(excess).cloned().collect(),
    }
}

/// Most set-aside copies kept in the store.
pub const MAX_SET_ASIDE: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAsidePlan {
    pub key: String,
    /// False when an identical copy is already kept under `key`.
    pub write: bool,
    pub remove: Vec<String>,
}
