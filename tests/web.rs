//! In headless Chromium (wasm-bindgen-test): the app mounts and lists the plan, and the
//! seeded Monte Carlo run gives bit-for-bit the host's numbers.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn tick(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_lists_every_indicator() {
    bac_yen_plan::ui::mount();
    let doc = web_sys::window().unwrap().document().unwrap();
    // The first screen is built a part a task (ui::startup): wait for the app's own sign
    // that it is up (the skeleton-free page with no card still folded), at most 30 s.
    let up = |doc: &web_sys::Document| {
        doc.query_selector(".workbench:not(.hidden)")
            .ok()
            .flatten()
            .is_some()
            && doc
                .query_selector("[data-indicator].folded")
                .ok()
                .flatten()
                .is_none()
    };
    for _ in 0..1500 {
        if up(&doc) {
            break;
        }
        tick(20).await;
    }
    assert!(up(&doc), "the first screen did not come up within 30 s");
    let rows = doc.query_selector_all("[data-indicator]").unwrap();
    let plan = bac_yen_plan::model::Plan::bundled().unwrap();
    assert_eq!(rows.length() as usize, plan.indicators.len());
    let first = rows
        .item(0)
        .unwrap()
        .dyn_into::<web_sys::Element>()
        .unwrap();
    assert_eq!(first.get_attribute("data-indicator").as_deref(), Some("1"));
    let canvas = doc.query_selector("canvas.chart").unwrap();
    assert!(canvas.is_some(), "the chart canvas is on the page");
}

#[wasm_bindgen_test]
fn the_seeded_run_matches_the_hosts() {
    let plan = bac_yen_plan::model::Plan::bundled().unwrap();
    let sum = bac_yen_plan::bench::checksum(&plan, 1000, 42);
    let pinned: f64 = include_str!("fixtures/monte_carlo_checksum.txt")
        .trim()
        .parse()
        .unwrap();
    assert_eq!(
        sum.to_bits(),
        pinned.to_bits(),
        "browser {sum} vs host fixture {pinned}"
    );
}
