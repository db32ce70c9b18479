//! The few lines about the app itself that no capability returns: a generic "Saved.", the lock
//! being set or removed, and the key store losing or refusing the key.

/// A setting was changed.
pub const SAVED: &str = "Saved.";
/// An app lock was set.
pub const LOCK_SET: &str = "App lock is on.";
/// The app lock was removed.
pub const LOCK_REMOVED: &str = "App lock is off.";
/// The key store has no key for a database that exists.
pub const KEY_MISSING: &str = "The key for your data isn't on this device any more.";
/// The key store could not confirm the key's new home, so its old home stays.
pub const KEY_NOT_MOVED: &str =
    "The key for your data could not be moved safely, so it stays where it was. Try again.";
/// The key store could not keep a new key, so nothing was created.
pub const KEY_NOT_KEPT: &str =
    "This phone could not keep the key for your data, so nothing was set up. Try again.";
