// The few lines the core has no screen model for yet (the lock screen's replies, "Saved.", a
// restore's result). They live in this one place, word for word the same as the Kotlin
// presentation module's ShellText, so both apps say the same thing and the lines can move into
// the core's models without hunting through views.

import Foundation

public enum ShellText {
    public static let unlock = "Unlock"
    public static let helpNow = "Help now"
    public static let enterPin = "Enter your PIN"
    public static let enterPassphrase = "Enter your passphrase"
    public static let wrongSecret = "That didn't match. Take your time and try again."
    public static let tooSoon = "Too many tries for now. You can try again soon."
    public static let erasedAfterAttempts = "Everything was erased, as you chose in settings."
    public static let saved = "Saved."
    public static let lockSet = "App lock is on."
    public static let lockRemoved = "App lock is off."
    public static let keyMissing = "The key for your data isn't on this device any more."
    public static let unexpected = "Something went wrong. Nothing was changed."
    public static let breatheIn = "Breathe in"
    public static let hold = "Hold"
    public static let breatheOut = "Breathe out"
    public static let breathingReady = "Ready when you are"
    public static let start = "Start"
    public static let stop = "Stop"

    /// "Restored: 12 things added, 3 already here."
    public static func restored(added: UInt32, alreadyHere: UInt32) -> String {
        "Restored: \(added) added, \(alreadyHere) already here."
    }
}
