//! Files in and out: a download made from text, and the text of a file the planner picked.

use wasm_bindgen::JsCast;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// The browser would not make or read the file.
    Browser,
}

/// Offers `text` as a download named `name`.
pub fn download_text(name: &str, mime: &str, text: &str) -> Result<(), FileError> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| FileError::Browser)?;
    download_blob(name, &blob)
}

/// Downloads what a URL holds (a `data:` URL of a .docx, say) as a file called `name`:
/// through the link the other downloads use, so no new browser binding is needed.
pub fn download_url(name: &str, url: &str) -> Result<(), FileError> {
    click_download(url, name)
}

/// Starts the download of what `href` points at, saved as `name`.
fn click_download(href: &str, name: &str) -> Result<(), FileError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(FileError::Browser)?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| FileError::Browser)?
        .dyn_into()
        .map_err(|_| FileError::Browser)?;
    a.set_href(href);
    a.set_download(name);
    a.click();
    Ok(())
}

pub fn download_blob(name: &str, blob: &web_sys::Blob) -> Result<(), FileError> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| FileError::Browser)?;
    click_download(&url, name)?;
    // The click has started the download; the URL can go once it is read.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// The first file picked in the file input an event came from, with its name and size (its
/// text comes later). The input is cleared, so picking the same file again works too.
pub fn take_picked_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|list| list.get(0))?;
    input.set_value("");
    Some(file)
}

pub async fn read_text(file: &web_sys::File) -> Result<String, FileError> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| FileError::Browser)?;
    text.as_string().ok_or(FileError::Browser)
}

/// Offers the chart drawn on `canvas[data-chart=<chart>]` as a PNG, at its full pixel size.
pub fn download_chart_png(chart: &str, name: &str) -> Result<(), FileError> {
    let canvas: web_sys::HtmlCanvasElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("canvas[data-chart=\"{chart}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into().ok())
        .ok_or(FileError::Browser)?;
    let url = canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| FileError::Browser)?;
    click_download(&url, name)
}
