//! Undo and redo over snapshots of what the planner edits. A slider dragged across a
//! range is many changes but one step: changes to the same thing in quick succession are
//! coalesced.

/// How long after one change a change to the same thing still joins its step, ms.
pub const COALESCE_MS: f64 = 1000.0;
/// Steps kept; older ones are dropped.
pub const MAX_STEPS: usize = 200;

#[derive(Debug, Clone)]
pub struct History<T> {
    past: Vec<T>,
    future: Vec<T>,
    /// What the last change touched and when, for coalescing.
    last: Option<(String, f64)>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            past: Vec::new(),
            future: Vec::new(),
            last: None,
        }
    }
}

impl<T> History<T> {
    /// Notes a change about to be made: `before` is the state it replaces, `what` names
    /// the thing changed ("parameter:3"), `now_ms` is the time.
    pub fn record(&mut self, before: T, what: &str, now_ms: f64) {
        let joins = matches!(&self.last, Some((w, t)) if w == what && now_ms - t < COALESCE_MS && now_ms >= *t);
        if !joins || self.past.is_empty() {
            self.past.push(before);
            if self.past.len() > MAX_STEPS {
                self.past.remove(0);
            }
        }
        self.future.clear();
        self.last = Some((what.to_string(), now_ms));
    }

    /// The state to go back to, given the state shown now.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let back = self.past.pop()?;
        self.future.push(current);
        self.last = None;
        Some(back)
    }

    pub fn redo(&mut self, current: T) -> Option<T> {
        let forward = self.future.pop()?;
        self.past.push(current);
        self.last = None;
        Some(forward)
    }

    /// Changes every kept state alike: another tab's work merged into the present is
    /// merged into the past and future too, so undo never takes it back out.
    pub fn rebase(&mut self, f: impl Fn(&T) -> T) {
        for s in self.past.iter_mut().chain(self.future.iter_mut()) {
            *s = f(s);
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}
