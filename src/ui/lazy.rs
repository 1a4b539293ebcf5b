//! Screens fetched the first time they are opened. The first module holds the first
//! screen (cards, indicator view); each other screen is a split point
//! (`#[wasm_split(name, fallible)]` on a function that builds its view) compiled into a
//! module of its own by the post-build hook (scripts/post_build.py, wasm-split). Opening
//! it fetches that module once; a fetch that fails (first visit, connection lost) shows a
//! plain message with a retry button, and nothing the planner typed is touched.
//!
//! A split point takes the page's reactive owner, so the screen it builds finds the same
//! contexts (state, saving, presentation) as if it had been built with the page.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use super::i18n::{live_text, Text};
use super::state::AppState;

/// What a split point gives back: the screen's view, or why its module did not arrive.
pub type Piece = Result<AnyView, SplitLoaderError>;

/// A split point's answer, boxed so that every screen shares one loader.
pub type Loading = Pin<Box<dyn Future<Output = Piece>>>;

/// A screen as a split point of its own: `split_screen!(module, load_fn, || view! {..})`
/// makes `load_fn(owner)`, which fetches `module` the first time and builds the view
/// under `owner`.
#[macro_export]
macro_rules! split_screen {
    ($module:ident, $load:ident, $view:expr) => {
        #[cfg_attr(
            not(feature = "whole"),
            leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)
        )]
        fn $module(owner: leptos::prelude::Owner) -> $crate::ui::lazy::Piece {
            Ok(owner.with(|| leptos::prelude::IntoAny::into_any(($view)())))
        }

        pub fn $load(owner: leptos::prelude::Owner) -> $crate::ui::lazy::Loading {
            Box::pin($crate::split_call!($module(owner)))
        }
    };
}

/// The future of a call to a split point. The `whole` build (wasm-bindgen-test, which
/// runs no split step) keeps every screen in one module: there the point is a plain
/// function and its answer is ready at once.
#[cfg(not(feature = "whole"))]
#[macro_export]
macro_rules! split_call {
    ($call:expr) => {
        $call
    };
}

#[cfg(feature = "whole")]
#[macro_export]
macro_rules! split_call {
    ($call:expr) => {
        async move { $call }
    };
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Waiting,
    Loading,
    Failed,
    Ready,
}

/// The screen `load` builds, fetched the first time `opened` is true; kept once built
/// (the screen itself shows or hides with the same signal).
pub fn when_opened(
    opened: impl Fn() -> bool + Send + Sync + 'static,
    load: impl Fn(Owner) -> Loading + Send + Sync + 'static,
) -> AnyView {
    opened_part(Box::new(opened), std::sync::Arc::new(load))
}

type Loader = std::sync::Arc<dyn Fn(Owner) -> Loading + Send + Sync>;

/// The one body of every `when_opened`: boxed, so each screen adds its signal and its
/// loader to the first module, not another copy of this.
fn opened_part(opened: Box<dyn Fn() -> bool + Send + Sync>, load: Loader) -> AnyView {
    let lang = expect_context::<AppState>().lang;
    let load = StoredValue::new(load);
    let phase = RwSignal::new(Phase::Waiting);
    let slot = StoredValue::new_local(None::<AnyView>);
    let owner = StoredValue::new_local(Owner::current().unwrap_or_default());
    let fetch = move || {
        phase.set(Phase::Loading);
        let owner = owner.get_value();
        wasm_bindgen_futures::spawn_local(async move {
            match (load.get_value())(owner).await {
                Ok(view) => {
                    slot.set_value(Some(view));
                    phase.set(Phase::Ready);
                }
                Err(e) => {
                    leptos::logging::warn!("{e}");
                    phase.set(Phase::Failed);
                }
            }
        });
    };
    let opened = Memo::new(move |_| opened());
    Effect::new(move |_| {
        if opened.get() && phase.get_untracked() == Phase::Waiting {
            fetch();
        }
    });
    let status = move || {
        let p = phase.get();
        (opened.get() && matches!(p, Phase::Loading | Phase::Failed)).then(|| {
            let failed = p == Phase::Failed;
            view! {
                <div class="part-status" role=if failed { "alert" } else { "status" }
                    data-part=if failed { "failed" } else { "loading" }>
                    <p>{live_text(lang, if failed { Text::PartFailed } else { Text::PartLoading })}</p>
                    <Show when=move || failed>
                        <button type="button" data-action="retry-part" on:click=move |_| fetch()>{live_text(lang, Text::Retry)}</button>
                    </Show>
                </div>
            }
        })
    };
    // Built once: `phase` turns Ready once and never changes again.
    let ready = move || {
        (phase.get() == Phase::Ready).then(|| slot.try_update_value(Option::take).flatten())
    };
    view! { {status} {ready} }.into_any()
}

/// Runs `work` once its module has arrived; a failed fetch is reported in `failed`'s
/// words by the caller (an export button, say), never a panic.
pub fn then_run<F>(job: F, failed: impl FnOnce() + 'static)
where
    F: Future<Output = Result<(), SplitLoaderError>> + 'static,
{
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = job.await {
            leptos::logging::warn!("{e}");
            failed();
        }
    });
}
