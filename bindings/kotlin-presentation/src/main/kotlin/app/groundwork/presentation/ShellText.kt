// The few lines the core has no screen model for yet (the lock screen's replies, "Saved.", a
// restore's result). They live in this one place, word for word the same as the Swift
// presentation target's ShellText, so both apps say the same thing and the lines can move into
// the core's models without hunting through views.
package app.groundwork.presentation

object ShellText {
    const val UNLOCK = "Unlock"
    const val HELP_NOW = "Help now"
    const val ENTER_PIN = "Enter your PIN"
    const val ENTER_PASSPHRASE = "Enter your passphrase"
    const val WRONG_SECRET = "That didn't match. Take your time and try again."
    const val TOO_SOON = "Too many tries for now. You can try again soon."
    const val ERASED_AFTER_ATTEMPTS = "Everything was erased, as you chose in settings."
    const val SAVED = "Saved."
    const val LOCK_SET = "App lock is on."
    const val LOCK_REMOVED = "App lock is off."
    const val KEY_MISSING = "The key for your data isn't on this device any more."
    const val UNEXPECTED = "Something went wrong. Nothing was changed."
    const val BREATHE_IN = "Breathe in"
    const val HOLD = "Hold"
    const val BREATHE_OUT = "Breathe out"
    const val BREATHING_READY = "Ready when you are"
    const val START = "Start"
    const val STOP = "Stop"

    fun restored(added: UInt, alreadyHere: UInt) = "Restored: $added added, $alreadyHere already here."
}
