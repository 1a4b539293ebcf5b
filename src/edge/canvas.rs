//! Canvas sizing for crisp charts: plotters-canvas draws at the canvas's backing-store size
//! and ignores devicePixelRatio, so the backing store is sized here to CSS size x ratio and
//! the caller scales fonts and lines by the same ratio.

use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

pub fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
}

/// Sizes the backing store to the given CSS size times the pixel ratio and returns a
/// plotters backend on it with the ratio.
pub fn backend(canvas: &HtmlCanvasElement, css: (f64, f64)) -> Option<(CanvasBackend, f64)> {
    let ratio = device_pixel_ratio();
    let (w, h) = (
        (css.0 * ratio).round() as u32,
        (css.1 * ratio).round() as u32,
    );
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let element: HtmlCanvasElement = canvas.clone().dyn_into().ok()?;
    CanvasBackend::with_canvas_object(element).map(|b| (b, ratio))
}

/// Calls `changed` whenever the device pixel ratio changes (browser zoom, a move to a
/// projector with another density). A media query matches only the current ratio, so it
/// is re-armed with the new ratio after each change.
pub fn watch_pixel_ratio(changed: impl Fn() + 'static) {
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    fn arm(changed: Rc<dyn Fn()>) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let query = format!("(resolution: {}dppx)", device_pixel_ratio());
        let Ok(Some(list)) = window.match_media(&query) else {
            return;
        };
        let again = changed.clone();
        let list_for_cb = list.clone();
        let cb = Closure::once_into_js(move || {
            list_for_cb.set_onchange(None);
            again();
            arm(again.clone());
        });
        list.set_onchange(Some(cb.unchecked_ref()));
    }
    arm(Rc::new(changed));
}

/// Calls `changed` with the canvas's CSS size whenever the browser lays it out at a new
/// size (and once when first laid out), from a ResizeObserver: the size comes with the
/// browser's own layout, never from a read that forces one. A canvas the browser skips
/// (a card scrolled out of view under `content-visibility: auto`) is not reported until
/// it is shown, so it is not drawn until then. Dropping the watch stops it.
pub fn watch_size(
    canvas: &HtmlCanvasElement,
    changed: impl Fn(Option<(f64, f64)>) + 'static,
) -> SizeWatch {
    use wasm_bindgen::closure::Closure;
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // Only the latest entry counts: one element is observed.
        let Some(entry) = entries
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<web_sys::ResizeObserverEntry>().ok())
        else {
            return;
        };
        // Whole CSS pixels, as clientWidth gives them: the backing store is then an exact
        // multiple of the pixel ratio.
        let rect = entry.content_rect();
        let (w, h) = (rect.width().round(), rect.height().round());
        changed((w >= 1.0 && h >= 1.0).then_some((w, h)));
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    if let Some(o) = &observer {
        o.observe(canvas);
    }
    SizeWatch {
        observer,
        _callback: callback,
    }
}

/// A size watch on one canvas: stops when dropped.
pub struct SizeWatch {
    observer: Option<web_sys::ResizeObserver>,
    _callback: wasm_bindgen::closure::Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
    }
}
