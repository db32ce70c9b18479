// What only the phone can do for the core: keep the database key, keep three preferences outside
// the database, schedule reminders, hand a file to the share sheet, open a web address, set a
// timer while the app is away, and listen on the phone for dictation (`SpeechPlatform`). The iOS
// app implements it (ios/Groundwork/Platform/); the tests fake it. Nothing here decides anything:
// the core asks, in `AppView.effects`, and `AppModel` carries each request out through this.

import Foundation
import GroundworkCore

public protocol Platform: SpeechPlatform {
    /// Reads the database key from the key store, after a Face ID / Touch ID prompt when
    /// `biometric`, and answers with it (nil when the store has none). May answer later, on any
    /// thread; a prompt he cancelled never answers.
    func loadKey(biometric: Bool, answer: @escaping (Data?) -> Void)
    /// Keeps `key` in the key store, replacing any other key only once the new one is saved and
    /// read back the same. True when that is so; false leaves the old key where it was.
    func storeKey(_ key: Data, biometric: Bool) -> Bool
    /// Deletes the key store's copy (an app lock holds the key now).
    func deleteKey()
    /// Keeps the preferences needed before the database opens.
    func savePreferences(_ preferences: ShellPreferences)
    /// Replaces every pending reminder with these (an empty list cancels them all).
    func scheduleReminders(_ notifications: [ScheduledNotification])
    /// Hands a file (a backup, an export) to the share sheet.
    func shareFile(name: String, mimeType: String, contents: Data)
    /// Opens a web address outside the app.
    func openUrl(_ url: String)
    /// If the app is still away at `at`, sends `Action.lockCheckDue(at:)` to the model then.
    func checkLockAt(_ at: Date)
    /// Deletes every copy written for the share sheet (he is back, the app locked, or it started).
    func deleteSharedFiles()
    /// Says `utterances` in order with an offline voice for `locale` at `rate` times its usual
    /// pace, each followed by its `pauseAfterMs` of silence, all queued at once (speech goes on
    /// with the screen locked), replacing anything being said; tells `reports` as it goes.
    func speak(_ utterances: [Utterance], rate: Float, locale: String, reports: SpeechReports)
    /// Stops speaking now, dropping what is queued; reports nothing more for it.
    func stopSpeaking()
}
