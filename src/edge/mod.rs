//! The browser's side effects, each behind one small module.

pub mod bench;
pub mod canvas;
pub mod storage;
