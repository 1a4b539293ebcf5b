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

/// Resizes the backing store to the canvas's CSS box times the pixel ratio and returns a
/// plotters backend on it with the ratio, or None when the canvas is not laid out yet.
pub fn backend(canvas: &HtmlCanvasElement) -> Option<(CanvasBackend, f64)> {
    let ratio = device_pixel_ratio();
    let css_w = f64::from(canvas.client_width());
    let css_h = f64::from(canvas.client_height());
    if css_w < 1.0 || css_h < 1.0 {
        return None;
    }
    let (w, h) = (
        (css_w * ratio).round() as u32,
        (css_h * ratio).round() as u32,
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
