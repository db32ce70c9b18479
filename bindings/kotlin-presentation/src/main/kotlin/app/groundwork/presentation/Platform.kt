// What only the phone can do for the core: keep the database key, keep three preferences outside
// the database, schedule reminders, hand a file to the share sheet, open a web address and set a
// timer while the app is away, and listen on the phone for dictation ([SpeechPlatform]). The app module implements `Platform` (android/app/.../platform:
// the Keystore, SharedPreferences, AlarmManager, the share sheet); the tests fake it.
package app.groundwork.presentation

import app.groundwork.core.ShellPreferences
import app.groundwork.core.ScheduledNotification
import app.groundwork.core.Utterance
import java.time.Instant

/** What only the phone can do; the app module implements it, tests fake it. */
interface Platform : SpeechPlatform {
    /**
     * The database key from the key store, or null when it holds none. With `biometric`, after a
     * fingerprint or face prompt: `answer` may then be called later, from any thread, and a
     * cancelled prompt never calls it. The array handed to `answer` is zeroed once the core
     * has it: hand over a copy.
     */
    fun loadKey(biometric: Boolean, answer: (ByteArray?) -> Unit)

    /**
     * Keeps `key`, replacing any other, and reads it back: true only if it reads back the same.
     * `key` is zeroed after the call: keep a copy.
     */
    fun storeKey(key: ByteArray, biometric: Boolean): Boolean

    /** Deletes the key store's copy (an app lock holds the key now). */
    fun deleteKey()

    /** Keeps these outside the database: they are needed before it opens. */
    fun savePreferences(preferences: ShellPreferences)

    /** Replaces every pending reminder with these (an empty list cancels them all). */
    fun scheduleReminders(notifications: List<ScheduledNotification>)

    /** Hands a file (a backup, an export) to the share sheet. */
    fun shareFile(fileName: String, mimeType: String, contents: ByteArray)

    /** Opens a web address outside the app. */
    fun openUrl(url: String)

    /** While away: at `at`, the timer calls `model.send(Action.LockCheckDue(now))`. */
    fun checkLockAt(at: Instant)

    /** Deletes every copy written for the share sheet (he is back, the app locked, or it started). */
    fun deleteSharedFiles()

    /**
     * Says `utterances` in order with an offline voice for `locale` at `rate` times its usual
     * pace, each followed by its `pauseAfterMs` of silence, all queued at once (speech goes on
     * with the screen off), replacing anything being said; tells `reports` as it goes
     * ([ReadAloud.kt]).
     */
    fun speak(utterances: List<Utterance>, rate: Float, locale: String, reports: SpeechReports)

    /** Stops speaking now, dropping what is queued; reports nothing more for it. */
    fun stopSpeaking()
}

/** Keeps the raw 32-byte database key (Android: wrapped by a Keystore key). */
interface KeyStore {
    /** The stored key, or null. */
    fun loadKey(): ByteArray?

    /** Stores the key, replacing any other; `biometric` guards it with fingerprint or face. */
    fun saveKey(key: ByteArray, biometric: Boolean)

    fun deleteKey()
}

/** The three preferences kept outside the database (none holds anything he wrote). */
interface AppPreferences {
    var discreet: Boolean
    var region: String?
    var biometricKey: Boolean
}

/** Hands reminders to the platform's alarms, which replace the pending ones ([NotificationPlan]). */
fun interface NotificationScheduling {
    fun apply(requests: List<NotificationRequest>)
}

/**
 * Saves the key and reads it back, for a [Platform.storeKey] over a [KeyStore]: only the same
 * bytes count as kept, and a store that throws has not kept it.
 */
fun KeyStore.keep(key: ByteArray, biometric: Boolean): Boolean = try {
    saveKey(key, biometric)
    val saved = loadKey()
    val same = saved != null && saved.contentEquals(key)
    saved?.fill(0)
    same
} catch (_: Exception) {
    false
}
