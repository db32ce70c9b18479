// The few lines about the shell itself rather than anything the core decides: a generic "Saved."
// and "Something went wrong", a key store that lost the key, and the app lock being set or
// removed (the core returns nothing to say for these). Everything else a person sees comes from
// the core's models. The lines live in this one place, word for word the same as the Swift
// presentation target's ShellText, so both apps say the same thing.
package app.groundwork.presentation

object ShellText {
    /** A setting was changed (the core returns nothing to say for it). */
    const val SAVED = "Saved."
    const val LOCK_SET = "App lock is on."
    const val LOCK_REMOVED = "App lock is off."
    /** The Keystore lost the database key: a device problem the core cannot see. */
    const val KEY_MISSING = "The key for your data isn't on this device any more."
    /** Setting or removing the lock could not confirm the key's new home, so the old one stays. */
    const val KEY_NOT_MOVED = "The key for your data could not be moved safely, so it stays where it was. Try again."
    /** An error that is not the core's (the core's own errors carry their own sentence). */
    const val UNEXPECTED = "Something went wrong. Nothing was changed."
}
