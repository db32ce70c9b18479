// "Read to me": what the voice tells the core as it speaks. The core keeps the position, the speed
// and the player bar; the platform only speaks what `Effect.Speak` hands it and reports back.
package app.groundwork.presentation

import app.groundwork.core.Action

/** What the voice reports, from any thread, for the `Speak` it was handed last. */
interface SpeechReports {
    /** The utterance with this `index` was said (and its silence kept). */
    fun sentenceSpoken(index: UInt)

    /** The last utterance was said. */
    fun finished()

    /** No offline voice speaks the language: nothing was said. */
    fun unavailable()
}

/** Reports that go to the core as actions. */
internal fun AppModel.speechReports(): SpeechReports = object : SpeechReports {
    override fun sentenceSpoken(index: UInt) = send(Action.SentenceSpoken(index))

    override fun finished() = send(Action.SpeechFinished)

    override fun unavailable() = send(Action.SpeechUnavailable)
}
