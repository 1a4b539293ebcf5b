//! Keeping work safe: the stored record and its schema, the saver's state machine, the
//! save status shown, salvage and repair of a damaged record, what is set aside, and the
//! exchange through files and links.
//!
//! Imports: basics, plan, projection, work.

pub mod exchange;
pub mod record;
pub mod repair;
pub mod salvage;
pub mod save_status;
pub mod saver;
pub mod set_aside;
