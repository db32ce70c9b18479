// The few lines about the shell itself rather than anything the core decides: a generic "Saved."
// and "Something went wrong", a key store that lost the key, and the app lock being set or
// removed (the core returns nothing to say for these). Everything else a person sees comes from
// the core's models. The lines live in this one place, word for word the same as the Kotlin
// presentation module's ShellText, so both apps say the same thing.

import Foundation

public enum ShellText {
    /// A setting was changed (the core returns nothing to say for it).
    public static let saved = "Saved."
    public static let lockSet = "App lock is on."
    public static let lockRemoved = "App lock is off."
    /// The Keychain lost the database key: a device problem the core cannot see.
    public static let keyMissing = "The key for your data isn't on this device any more."
    /// Setting or removing the lock could not confirm the key's new home, so the old one stays.
    public static let keyNotMoved = "The key for your data could not be moved safely, so it stays where it was. Try again."
    /// An error that is not the core's (the core's own errors carry their own sentence).
    public static let unexpected = "Something went wrong. Nothing was changed."
}
