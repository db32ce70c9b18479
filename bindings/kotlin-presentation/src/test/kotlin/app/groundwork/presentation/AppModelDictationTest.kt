// The dictation glue, against the real core: the model reports the phone's on-device recogniser
// once per launch, starts and stops it when the core asks, sends its words and failures back and
// hands a kept recording over. What shows and what is saved is the core's, tested in
// tests/tests/journey_dictation.rs; these tests prove the platform's part.
package app.groundwork.presentation

import app.groundwork.core.Action
import app.groundwork.core.AppNavigator
import app.groundwork.core.AppScreen
import app.groundwork.core.Destination
import app.groundwork.core.DictationField
import app.groundwork.core.DictationState
import app.groundwork.core.JournalEntryInput
import app.groundwork.core.OnboardingChoices
import app.groundwork.core.OnboardingLock
import app.groundwork.core.TestClock
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.Instant

class AppModelDictationTest {
    @TempDir
    lateinit var dir: Path

    private val clock = TestClock(Instant.parse("2026-03-01T08:30:00Z"), 660)
    private val platform = FakePlatform()

    @AfterEach
    fun closeClock() = clock.close()

    private fun started(): AppModel {
        val navigator = AppNavigator.withTestClock(dir.toString(), platform.preferences, "en_AU", clock)
        return AppModel(navigator, platform).apply {
            send(Action.Start)
            send(
                Action.CompleteOnboarding(
                    OnboardingChoices("AU", listOf("general"), null, false, false),
                    OnboardingLock.NotNow,
                ),
            )
        }
    }

    private val AppModel.state: DictationState? get() = view.value.dictation?.state

    private fun AppModel.newEntry() = send(Action.Show(Destination.NewJournalEntry))

    @Test
    fun `with no recogniser on the phone no microphone shows`() {
        platform.recognitionLocale = null
        val model = started()
        model.newEntry()
        assertNull(model.view.value.dictation)
    }

    @Test
    fun `listening, the transcript shown, edited and saved, through the fake recogniser`() {
        platform.recognitionLocale = "en-AU"
        val model = started()
        model.newEntry()
        assertEquals(DictationField.JOURNAL_BODY, model.view.value.dictation?.field)
        assertEquals(DictationState.Ready, model.state)

        model.send(Action.StartDictation("Rough day."))
        assertEquals("startDictation(en-AU, keepAudio=false)", platform.calls.last())
        val listening = checkNotNull(platform.listening)
        listening.heard("I kept", isFinal = false)
        assertEquals(DictationState.Listening("Rough day. I kept"), model.state)

        model.send(Action.StopDictation)
        assertEquals("stopDictation", platform.calls.last())
        listening.heard("I kept my cool", isFinal = true)
        assertEquals(DictationState.Transcript("Rough day. I kept my cool"), model.state)

        model.send(Action.EditTranscript("Rough day. I kept my cool."))
        val text = (model.state as DictationState.Transcript).text
        model.send(Action.SaveJournalEntry(JournalEntryInput(text, emptyList(), null)))
        assertNull(model.view.value.dictation, "off the form once saved")
        model.send(Action.Show(Destination.Journal))
        val list = model.view.value.screen as AppScreen.Journal
        assertEquals(listOf("Rough day. I kept my cool."), list.items.map { it.preview })
    }

    @Test
    fun `a failure from the recogniser keeps what he typed`() {
        platform.recognitionLocale = "en-AU"
        val model = started()
        model.send(Action.Show(Destination.CheckIn))
        model.send(Action.StartDictation("Tired"))
        checkNotNull(platform.listening).failed()
        val failed = model.state
        assertTrue(failed is DictationState.Failed, "got $failed")
        assertEquals("Tired", (failed as DictationState.Failed).text)
    }

    @Test
    fun `words of crisis said aloud bring the crisis answer`() {
        platform.recognitionLocale = "en-AU"
        val model = started()
        model.newEntry()
        model.send(Action.StartDictation(""))
        platform.listening!!.heard("I want to kill myself tonight", isFinal = true)
        val text = (model.state as DictationState.Transcript).text
        model.send(Action.SaveJournalEntry(JournalEntryInput(text, emptyList(), null)))
        assertTrue(model.view.value.screen is AppScreen.CrisisAnswer, "got ${model.view.value.screen}")
    }

    @Test
    fun `a recording he chose to keep is handed over, saved and played back`() {
        platform.recognitionLocale = "en-AU"
        val model = started()
        model.newEntry()
        model.send(Action.SetKeepRecording(true))
        model.send(Action.StartDictation(""))
        assertEquals("startDictation(en-AU, keepAudio=true)", platform.calls.last())
        val listening = platform.listening!!
        listening.heard("With my voice", isFinal = true)
        val audio = ByteArray(1_000) { 3 }
        listening.recorded("audio/mp4", 12_000, audio)
        assertEquals(true, model.view.value.dictation?.keepRecording?.held)
        model.send(Action.SaveJournalEntry(JournalEntryInput("With my voice", emptyList(), null)))

        model.send(Action.Show(Destination.Journal))
        val id = (model.view.value.screen as AppScreen.Journal).items.single().id
        model.send(Action.Show(Destination.JournalEntry(id)))
        assertEquals(12u, model.view.value.recording?.seconds)
        model.send(Action.PlayRecording)
        assertEquals("playRecording", platform.calls.last())
        assertArrayEquals(audio, platform.played.single())
    }
}
