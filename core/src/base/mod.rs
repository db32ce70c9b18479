//! The foundation every capability stands on: errors, the lived day, the clock, keys, region
//! codes, input rules, reading stored rows, the words the core writes in his language (`text`),
//! and the custom types that cross the FFI. It knows no capability
//! and nothing above it; `store/` stands on it alone.

pub mod clock;
pub mod days;
pub mod error;
pub mod ffi_types;
pub mod keys;
pub mod region;
pub(crate) mod rows;
pub mod text;
pub(crate) mod validate;
