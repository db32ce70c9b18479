// Saying it instead of typing it, the platform's part: a speech recogniser that runs on the phone
// (never a server one), its words and failures sent to the core as they come, the recording when
// he chose to keep it, and playing a kept recording back. What shows and what is saved is the
// core's (`AppView.dictation`, `AppView.recording`).
package app.groundwork.presentation

import app.groundwork.core.Action
import app.groundwork.core.RecordingInput

/** What the recogniser tells the app; each may be called from any thread. */
interface DictationEvents {
    /** Everything heard since listening started; `isFinal` once it has stopped. */
    fun heard(text: String, isFinal: Boolean)

    /** Listening could not start or broke off (no permission, no speech, the recogniser failed). */
    fun failed()

    /** The recording, after listening stopped, when `keepAudio` asked for it. */
    fun recorded(codec: String, durationMs: Long, audio: ByteArray)
}

/** Speech recognition on the phone: the part of [Platform] dictation needs. */
interface SpeechPlatform {
    /**
     * The locale of a recogniser that runs on this phone with no server (Android 12+:
     * `SpeechRecognizer.isOnDeviceRecognitionAvailable`), or null: then no microphone shows.
     */
    fun onDeviceRecognitionLocale(): String?

    /**
     * Starts the on-device recogniser for `locale` (asking for the microphone permission now, the
     * first time he taps); with `keepAudio`, records too.
     */
    fun startDictation(locale: String, keepAudio: Boolean, events: DictationEvents)

    /** Stops listening; the last words follow through [DictationEvents.heard] with `isFinal`. */
    fun stopDictation()

    /** Plays a kept recording. */
    fun playRecording(codec: String, audio: ByteArray)
}

/** Tells the core whether recognition runs on this phone, and for which locale. */
internal fun AppModel.recognitionReport(platform: SpeechPlatform): Action {
    val locale = runCatching { platform.onDeviceRecognitionLocale() }.getOrNull()
    return Action.RecognitionAvailable(onDevice = locale != null, locale = locale ?: "")
}

/** The recogniser's events, each sent to the core as an action. */
internal fun AppModel.dictationEvents(): DictationEvents = object : DictationEvents {
    override fun heard(text: String, isFinal: Boolean) = send(Action.DictationText(text, isFinal))

    override fun failed() = send(Action.DictationFailed)

    override fun recorded(codec: String, durationMs: Long, audio: ByteArray) {
        val ms = durationMs.coerceIn(0, UInt.MAX_VALUE.toLong()).toUInt()
        send(Action.RecordingReady(RecordingInput(codec, ms, audio)))
    }
}
