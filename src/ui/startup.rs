//! The first screen in steps. The page's heavy parts (the indicator view, the scenario
//! bar, each card) are built one per task while the page is hidden behind the skeleton
//! of index.html; then the page is shown with the cards still folded away (no layout of
//! 37 cards at once), and the cards are unfolded one per task. No step blocks the main
//! thread for long. Every card exists (hidden) before any is visible, so a script that
//! waits for a visible `[data-indicator]` finds all 37, with their numbers.

use leptos::prelude::*;

use crate::edge::{idle, skeleton};

#[derive(Clone, Copy)]
pub struct Startup {
    /// Parts asked for but not yet built.
    waiting: RwSignal<usize>,
    sealed: RwSignal<bool>,
    /// Every part is built: the page is shown and the skeleton removed.
    pub ready: Memo<bool>,
    /// Cards to unfold once the page is shown, in the order they were asked for.
    to_show: StoredValue<Vec<WriteSignal<bool>>>,
}

impl Startup {
    pub fn provide() -> Startup {
        let waiting = RwSignal::new(0usize);
        // Every part is asked for (`seal`): before that, 0 waiting is not "ready".
        let sealed = RwSignal::new(false);
        let ready = Memo::new(move |_| sealed.get() && waiting.get() == 0);
        let to_show = StoredValue::new(Vec::<WriteSignal<bool>>::new());
        Effect::new(move |_| {
            if ready.get() {
                skeleton::remove();
                for show in to_show.get_value() {
                    idle::later(move || show.set(true));
                }
                // Queued after the cards: the offline copy of every module (sw.js) is
                // fetched once the first screen is interactive, never beside it.
                idle::later(crate::edge::offline::register_service_worker);
            }
        });
        let startup = Startup {
            waiting,
            sealed,
            ready,
            to_show,
        };
        provide_context(startup);
        startup
    }

    /// Every part of the first screen is asked for: it is ready once they are built.
    pub fn seal(&self) {
        let sealed = self.sealed;
        // Queued after every part asked for so far, so it runs once they are built.
        idle::later(move || sealed.set(true));
    }

    /// A part built in a later task of its own: the signal turns true when it is its turn.
    /// Once the first screen is up, a part (of a view opened later) is built at once.
    pub fn step(&self) -> ReadSignal<bool> {
        if self.ready.get_untracked() {
            return signal(true).0;
        }
        let (open, set_open) = signal(false);
        let waiting = self.waiting;
        waiting.update(|n| *n += 1);
        idle::later(move || {
            set_open.set(true);
            waiting.update(|n| *n = n.saturating_sub(1));
        });
        open
    }

    /// Whether a card is unfolded: false until its turn after the page is shown.
    pub fn shown(&self) -> ReadSignal<bool> {
        if self.ready.get_untracked() {
            return signal(true).0;
        }
        let (shown, set_shown) = signal(false);
        self.to_show.update_value(|v| v.push(set_shown));
        shown
    }
}

/// A part of the page built in a later task of its own (`Startup::step`).
pub fn in_turn<V: IntoView + 'static>(
    startup: Startup,
    part: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView {
    gated(startup.step(), Box::new(move || part().into_any()))
}

/// One rendering of "a part once its turn comes" for every part: boxed and type-erased,
/// so each part adds only its own code to the wasm, not another copy of this.
fn gated(open: ReadSignal<bool>, part: Box<dyn Fn() -> AnyView + Send + Sync>) -> impl IntoView {
    move || open.get().then(&part)
}
