// A phone for the glue tests: it keeps what the core asks it to keep, remembers every call in
// order, and can fail the way a real one does (a key store that cannot keep the key, a
// fingerprint prompt answered later or cancelled).
package app.groundwork.presentation

import app.groundwork.core.Action
import app.groundwork.core.Effect
import app.groundwork.core.ScheduledNotification
import app.groundwork.core.ShellPreferences
import app.groundwork.core.Utterance
import java.time.Instant

class FakePlatform : Platform {
    var key: ByteArray? = null
    var biometric = false
    var preferences = ShellPreferences(discreet = false, region = null, biometricKey = false)

    /** Every call, in order, named as [named] names the effect that asked for it. */
    val calls = mutableListOf<String>()
    val reminders = mutableListOf<List<ScheduledNotification>>()
    val shared = mutableListOf<String>()
    val urls = mutableListOf<String>()
    val timers = mutableListOf<Instant>()

    /** False: the key store says it kept the key, but reading it back finds nothing. */
    var keepsKeys = true

    /** False: a fingerprint or face prompt stays on screen until [answerPrompt] or forever. */
    var answersPromptsAtOnce = true
    private var prompt: (() -> Unit)? = null

    /** The model the timers send to, as the app's alarm does. */
    var model: AppModel? = null

    override fun loadKey(biometric: Boolean, answer: (ByteArray?) -> Unit) {
        calls += "loadKey(biometric=$biometric)"
        val copy = key?.copyOf()
        if (biometric && !answersPromptsAtOnce) prompt = { answer(copy) } else answer(copy)
    }

    /** He looks at the phone: the prompt on screen succeeds. */
    fun answerPrompt() {
        val waiting = checkNotNull(prompt) { "no prompt on screen" }
        prompt = null
        waiting()
    }

    /** He cancels the prompt on screen: nothing is answered. */
    fun cancelPrompt() {
        checkNotNull(prompt) { "no prompt on screen" }
        prompt = null
    }

    override fun storeKey(key: ByteArray, biometric: Boolean): Boolean {
        calls += "storeKey(biometric=$biometric)"
        val kept = KeyStoreInMemory(keepsKeys).keep(key, biometric)
        if (kept) {
            this.key = key.copyOf()
            this.biometric = biometric
        }
        return kept
    }

    override fun deleteKey() {
        calls += "deleteKey"
        key = null
    }

    override fun savePreferences(preferences: ShellPreferences) {
        calls += "savePreferences"
        this.preferences = preferences
    }

    override fun scheduleReminders(notifications: List<ScheduledNotification>) {
        calls += "scheduleReminders"
        reminders += notifications
    }

    override fun shareFile(fileName: String, mimeType: String, contents: ByteArray) {
        calls += "shareFile"
        shared += fileName
    }

    override fun openUrl(url: String) {
        calls += "openUrl"
        urls += url
    }

    override fun checkLockAt(at: Instant) {
        calls += "checkLockAt"
        timers += at
    }

    override fun deleteSharedFiles() {
        calls += "deleteSharedFiles"
    }

    /** What each `speak` was handed, in order. */
    val spoken = mutableListOf<List<Utterance>>()

    /** Where the voice reports for the last `speak`. */
    var reports: SpeechReports? = null

    override fun speak(utterances: List<Utterance>, rate: Float, locale: String, reports: SpeechReports) {
        calls += "speak"
        spoken += utterances
        this.reports = reports
    }

    override fun stopSpeaking() {
        calls += "stopSpeaking"
    }

    /** The locale of the recogniser on this phone; null: none runs on the phone. */
    var recognitionLocale: String? = null

    /** The recogniser listening now, to say words into. */
    var listening: DictationEvents? = null
    val played = mutableListOf<ByteArray>()

    override fun onDeviceRecognitionLocale(): String? = recognitionLocale

    override fun startDictation(locale: String, keepAudio: Boolean, events: DictationEvents) {
        calls += "startDictation($locale, keepAudio=$keepAudio)"
        listening = events
    }

    override fun stopDictation() {
        calls += "stopDictation"
    }

    override fun playRecording(codec: String, audio: ByteArray) {
        calls += "playRecording"
        played += audio
    }

    /** The timer set last goes off at its time. */
    fun fireTimer() {
        val at = timers.removeLast()
        checkNotNull(model) { "no model to send to" }.send(Action.LockCheckDue(at))
    }

    /** A key store that keeps the key, or one that loses what it is given. */
    private class KeyStoreInMemory(private val keeps: Boolean) : KeyStore {
        private var held: ByteArray? = null

        override fun loadKey(): ByteArray? = held?.copyOf()

        override fun saveKey(key: ByteArray, biometric: Boolean) {
            if (keeps) held = key.copyOf()
        }

        override fun deleteKey() {
            held = null
        }
    }

    companion object {
        /** The call an effect asks the platform for, as [calls] records it. */
        fun named(effect: Effect): String? = when (effect) {
            is Effect.LoadKey -> "loadKey(biometric=${effect.biometric})"
            is Effect.StoreKey -> "storeKey(biometric=${effect.biometric})"
            Effect.DeleteKey -> "deleteKey"
            is Effect.SavePreferences -> "savePreferences"
            is Effect.ScheduleReminders -> "scheduleReminders"
            is Effect.ShareFile -> "shareFile"
            is Effect.OpenUrl -> "openUrl"
            is Effect.CheckLockAt -> "checkLockAt"
            Effect.DeleteSharedFiles -> "deleteSharedFiles"
            Effect.Locked -> null
            is Effect.Speak -> "speak"
            Effect.StopSpeaking -> "stopSpeaking"
            is Effect.StartDictation -> "startDictation(${effect.locale}, keepAudio=${effect.keepAudio})"
            Effect.StopDictation -> "stopDictation"
            is Effect.PlayRecording -> "playRecording"
        }
    }
}
