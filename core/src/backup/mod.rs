//! Work in progress for issue 7; see `issues show 7`.
