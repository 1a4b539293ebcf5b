//! The engine benchmark, callable from the page (`window.wasmBindings.bench_engine()`),
//! timed with performance.now(). Playwright calls it in headless Chromium.

use wasm_bindgen::prelude::*;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Runs the engine benchmark and returns its report as JSON.
#[wasm_bindgen]
pub fn bench_engine() -> String {
    match crate::model::Plan::bundled() {
        Ok(plan) => crate::bench::run(&plan, now_ms).to_json(),
        // The message has no quotes or backslashes to escape: plain words from PlanError.
        Err(e) => format!(
            "{{\"error\":\"{}\"}}",
            e.to_string().replace(['"', '\\'], "'")
        ),
    }
}

/// The checksum of a seeded Monte Carlo run, to compare with the host's.
#[wasm_bindgen]
pub fn monte_carlo_checksum(draws: usize, seed: u32) -> f64 {
    crate::model::Plan::bundled()
        .map(|plan| crate::bench::checksum(&plan, draws, u64::from(seed)))
        .unwrap_or(f64::NAN)
}
