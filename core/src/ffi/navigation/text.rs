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

// ----- Saying it instead of typing it -----

/// The microphone button on a form.
pub const DICTATION_LABEL: &str = "Say it instead";
/// Under the button, before he taps it.
pub const DICTATION_HINT: &str = "What you say is turned into text on this phone. Nothing is sent anywhere. You can change it before saving.";
/// While the phone listens.
pub const DICTATION_LISTENING: &str = "Listening. Tap when you're done.";
/// The button that stops listening.
pub const DICTATION_STOP: &str = "Done";
/// Over the words heard, before he saves.
pub const DICTATION_TRANSCRIPT: &str = "Here's what I heard. Change anything you like, then save.";
/// Drops the words heard and listens again.
pub const DICTATION_START_AGAIN: &str = "Start again";
/// Listening did not work; what he typed is kept.
pub const DICTATION_FAILED: &str = "That didn't come through this time. What you typed is still here. You can try again, or type it.";
/// The switch that keeps the audio with a new journal entry.
pub const KEEP_RECORDING_LABEL: &str = "Keep the recording";
/// Under that switch.
pub const KEEP_RECORDING_HINT: &str = "Off unless you turn it on. Kept locked on this phone with this entry, up to five minutes, and deleted with it.";
/// A recording over the limits: the words stay, the audio is not kept.
pub const RECORDING_TOO_LONG: &str =
    "That recording is longer than five minutes, so only the words will be kept.";
/// Plays a kept recording on the entry's screen.
pub const PLAY_RECORDING: &str = "Play the recording";
