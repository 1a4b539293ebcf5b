//! The light skeleton index.html paints before the wasm arrives: removed when the app's
//! own first screen is built.

pub fn remove() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("skeleton"))
    {
        el.remove();
    }
}
