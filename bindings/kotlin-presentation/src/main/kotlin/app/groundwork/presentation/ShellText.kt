// The few lines that are about the shell itself rather than anything the core decides: generic
// confirmations and failures around the key store, the app lock being set or removed, and the
// breathing exercise's labels. Everything else a person sees comes from the core's models. The
// lines live in this one place, word for word the same as the Swift presentation target's
// ShellText, so both apps say the same thing.
package app.groundwork.presentation

object ShellText {
    /** A setting was changed (the core returns nothing to say for it). */
    const val SAVED = "Saved."
    const val LOCK_SET = "App lock is on."
    const val LOCK_REMOVED = "App lock is off."
    /** The Keystore lost the database key: a device problem the core cannot see. */
    const val KEY_MISSING = "The key for your data isn't on this device any more."
    /** An error that is not the core's (the core's own errors carry their own sentence). */
    const val UNEXPECTED = "Something went wrong. Nothing was changed."
    const val BREATHE_IN = "Breathe in"
    const val HOLD = "Hold"
    const val BREATHE_OUT = "Breathe out"
    const val BREATHING_READY = "Ready when you are"
    const val START = "Start"
    const val STOP = "Stop"
}
