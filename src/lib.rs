//! Planning simulator for the 2026-2030 socio-economic plan of xã Bắc Yên.
//!
//! `model` is the pure core (no web types); `edge` holds the browser's side effects, each
//! behind one small module; `ui` wires signals to the model.

pub mod bench;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod edge;
#[cfg(target_arch = "wasm32")]
pub mod ui;
