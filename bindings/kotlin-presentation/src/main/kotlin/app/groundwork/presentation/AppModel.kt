// The app over the core's navigation (`AppNavigator`): it sends what happened, publishes the view
// the core answered with and carries out the effects the core asked for, in order, through the
// platform. Where he is, what comes next, what a screen shows and when the app locks are all the
// core's; nothing here decides anything about him.
//
// `send` is synchronous and may touch the disk (unlocking takes a second on purpose): the Android
// ViewModel calls it on Dispatchers.IO.
package app.groundwork.presentation

import app.groundwork.core.Action
import app.groundwork.core.AppNavigator
import app.groundwork.core.AppView
import app.groundwork.core.Effect
import app.groundwork.core.ShellText
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import java.util.concurrent.atomic.AtomicReference

class AppModel(private val navigator: AppNavigator, private val platform: Platform) {
    private val current = MutableStateFlow(navigator.view())

    /** What to draw: the core's view, as it answered the last action. */
    val view: StateFlow<AppView> = current.asStateFlow()

    /** The app's own fixed lines (buttons, headings, screen-reader labels), in the core's words. */
    val text: ShellText = navigator.shellText()

    /**
     * Sends what happened, publishes the view and carries out its effects in order. A key the
     * platform loaded or stored is answered straight away (`KeyLoaded`, `KeyStored`); a key that
     * needs a fingerprint or face prompt is answered when the prompt succeeds.
     */
    @Synchronized
    fun send(action: Action) {
        var next: Action? = action
        while (next != null) {
            val view = navigator.send(next)
            (next as? Action.KeyLoaded)?.key?.fill(0)
            current.value = view
            next = carryOut(view.effects)
            // Once per launch: whether recognition runs on this phone (no microphone if not).
            if (next == null && action is Action.Start && !reported) {
                reported = true
                next = recognitionReport(platform)
            }
        }
    }

    /** Whether recognition was reported this launch. */
    private var reported = false

    /** Carries out `effects` in order; returns the answer the core waits for, if any. */
    private fun carryOut(effects: List<Effect>): Action? {
        var reply: Action? = null
        for (effect in effects) {
            when (effect) {
                is Effect.LoadKey -> reply = loadKey(effect.biometric)
                is Effect.StoreKey -> {
                    val kept = attempt(false) { platform.storeKey(effect.key, effect.biometric) }
                    effect.key.fill(0)
                    reply = Action.KeyStored(kept)
                }
                Effect.DeleteKey -> attempt(Unit) { platform.deleteKey() }
                is Effect.SavePreferences -> attempt(Unit) { platform.savePreferences(effect.preferences) }
                is Effect.ScheduleReminders -> attempt(Unit) { platform.scheduleReminders(effect.notifications) }
                is Effect.ShareFile -> attempt(Unit) {
                    platform.shareFile(effect.fileName, effect.mimeType, effect.contents)
                }
                is Effect.OpenUrl -> attempt(Unit) { platform.openUrl(effect.url) }
                is Effect.CheckLockAt -> attempt(Unit) { platform.checkLockAt(effect.at) }
                Effect.DeleteSharedFiles -> attempt(Unit) { platform.deleteSharedFiles() }
                // The core's view already holds nothing from the database; this keeps nothing else.
                Effect.Locked -> Unit
                is Effect.Speak -> attempt(Unit) {
                    platform.speak(effect.utterances, effect.rate, effect.locale, speechReports())
                }
                Effect.StopSpeaking -> attempt(Unit) { platform.stopSpeaking() }
                is Effect.StartDictation -> attempt(Unit) {
                    platform.startDictation(effect.locale, effect.keepAudio, dictationEvents())
                }
                Effect.StopDictation -> attempt(Unit) { platform.stopDictation() }
                is Effect.PlayRecording -> attempt(Unit) { platform.playRecording(effect.codec, effect.audio) }
            }
        }
        return reply
    }

    /**
     * Asks the platform for the key. An answer given during the call is returned, to be sent once
     * the other effects are done; one given later (after a prompt) is sent then. Only the first
     * answer counts; a cancelled prompt never answers and leaves the lock screen as it is.
     */
    private fun loadKey(biometric: Boolean): Action? {
        val slot = AtomicReference<Any?>(WAITING)
        val answered = java.util.concurrent.atomic.AtomicBoolean(false)
        val answer = { key: ByteArray? ->
            if (answered.compareAndSet(false, true)) {
                val reply = Action.KeyLoaded(key)
                if (!slot.compareAndSet(WAITING, reply)) send(reply)
            }
        }
        try {
            platform.loadKey(biometric, answer)
        } catch (_: Exception) {
            answer(null)
        }
        return slot.getAndSet(LATE) as? Action
    }

    /** A platform that fails does what `fallback` says; the core's view says the rest. */
    private inline fun <T> attempt(fallback: T, call: () -> T): T = try {
        call()
    } catch (_: Exception) {
        fallback
    }

    private companion object {
        /** No answer yet, during the platform's call. */
        val WAITING = Any()

        /** The call returned unanswered: an answer now is sent on its own. */
        val LATE = Any()
    }
}
