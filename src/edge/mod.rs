//! The browser's side effects, each behind one small module.
//!
//! Imports: model.

#[cfg(feature = "bench")]
pub mod bench;
pub mod canvas;
pub mod clock;
pub mod files;
pub mod focus;
pub mod fullscreen;
pub mod idle;
pub mod link;
pub mod offline;
pub mod promise;
pub mod skeleton;
pub mod storage;
