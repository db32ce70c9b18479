// "Read to me" on Android: the platform's TextToSpeech with an offline voice only. The core hands
// over every sentence at once (`Effect.Speak`); they are queued together, each followed by its
// silence (`playSilentUtterance`, the core's timing for guided exercises), so the engine goes on
// speaking with the screen off. Progress goes back to the core through `SpeechReports`.
//
// Offline only: a voice is used only when `Voice.isNetworkConnectionRequired` is false and the
// engine does not say its data is missing (`KEY_FEATURE_NOT_INSTALLED`); the request never sets
// `KEY_FEATURE_NETWORK_SYNTHESIS`. With no such voice for the pack's language nothing is said and
// the core is told (`unavailable`): never a network voice instead.
package app.groundwork.android.platform

import android.content.Context
import android.os.Bundle
import android.speech.tts.TextToSpeech
import android.speech.tts.UtteranceProgressListener
import android.speech.tts.Voice
import app.groundwork.core.Utterance
import app.groundwork.presentation.SpeechReports
import java.util.Locale
import java.util.concurrent.atomic.AtomicInteger

class ReadAloudVoice(private val context: Context) {
    private var engine: TextToSpeech? = null
    private var ready: Boolean? = null
    private val waiting = mutableListOf<(TextToSpeech?) -> Unit>()

    /** Each `speak` gets a number; reports from an earlier one are dropped. */
    private val generation = AtomicInteger(0)

    @Synchronized
    private fun withEngine(then: (TextToSpeech?) -> Unit) {
        when (ready) {
            true -> then(engine)
            false -> then(null)
            null -> {
                waiting += then
                if (engine == null) {
                    engine = TextToSpeech(context.applicationContext) { status -> started(status == TextToSpeech.SUCCESS) }
                }
            }
        }
    }

    @Synchronized
    private fun started(ok: Boolean) {
        ready = ok
        val all = waiting.toList()
        waiting.clear()
        all.forEach { it(if (ok) engine else null) }
    }

    fun speak(utterances: List<Utterance>, rate: Float, locale: String, reports: SpeechReports) {
        val mine = generation.incrementAndGet()
        if (utterances.isEmpty()) return reports.finished()
        withEngine { tts ->
            if (mine != generation.get()) return@withEngine
            val voice = tts?.let { offlineVoice(it, locale) }
            if (tts == null || voice == null) return@withEngine reports.unavailable()
            tts.setVoice(voice)
            tts.setSpeechRate(rate)
            // An utterance counts as spoken once its silence is over too.
            val ends = utterances.associate { u -> endId(mine, u) to u.index }
            val last = endId(mine, utterances.last())
            tts.setOnUtteranceProgressListener(object : UtteranceProgressListener() {
                override fun onStart(utteranceId: String) = Unit

                override fun onDone(utteranceId: String) {
                    if (mine != generation.get()) return
                    ends[utteranceId]?.let { reports.sentenceSpoken(it) }
                    if (utteranceId == last) reports.finished()
                }

                @Deprecated("Deprecated in Java")
                override fun onError(utteranceId: String) {
                    if (mine == generation.get()) reports.unavailable()
                }
            })
            utterances.forEachIndexed { i, u ->
                val mode = if (i == 0) TextToSpeech.QUEUE_FLUSH else TextToSpeech.QUEUE_ADD
                // No KEY_FEATURE_NETWORK_SYNTHESIS, ever: the text stays on the phone.
                tts.speak(u.text, mode, Bundle(), "$mine:${u.index}")
                if (u.pauseAfterMs > 0u) {
                    tts.playSilentUtterance(u.pauseAfterMs.toLong(), TextToSpeech.QUEUE_ADD, "$mine:${u.index}:pause")
                }
            }
        }
    }

    fun stop() {
        generation.incrementAndGet()
        engine?.takeIf { ready == true }?.stop()
    }

    private fun endId(mine: Int, u: Utterance) = if (u.pauseAfterMs > 0u) "$mine:${u.index}:pause" else "$mine:${u.index}"

    /** An installed voice for the language that needs no network: the exact locale first, then the best quality. */
    private fun offlineVoice(tts: TextToSpeech, locale: String): Voice? {
        val wanted = Locale.forLanguageTag(locale.replace('_', '-'))
        return runCatching { tts.voices }.getOrNull().orEmpty()
            .filter { v ->
                v.locale.language == wanted.language &&
                    !v.isNetworkConnectionRequired &&
                    TextToSpeech.Engine.KEY_FEATURE_NOT_INSTALLED !in v.features.orEmpty()
            }
            .sortedWith(compareBy<Voice>({ if (it.locale.country == wanted.country) 0 else 1 }, { -it.quality }))
            .firstOrNull()
    }
}
