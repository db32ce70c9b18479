// "Read to me" through the glue, against the real core: a tap reaches the platform's voice as one
// `speak` with every sentence, the voice's reports go back to the core, and leaving the screen
// reaches the voice as `stopSpeaking`. The player's rules themselves are the core's
// (tests/tests/read_aloud.rs).
package app.groundwork.presentation

import app.groundwork.core.Action
import app.groundwork.core.AppNavigator
import app.groundwork.core.AppNotice
import app.groundwork.core.OnboardingChoices
import app.groundwork.core.OnboardingLock
import app.groundwork.core.TestClock
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.Instant

class ReadAloudModelTest {
    @TempDir
    lateinit var dir: Path

    private val clock = TestClock(Instant.parse("2026-03-01T08:30:00Z"), 660)
    private val platform = FakePlatform()

    @AfterEach
    fun closeClock() = clock.close()

    /** Onboarded, on help now, past the headphones hint: reading. */
    private fun reading(): AppModel {
        val navigator = AppNavigator.withTestClock(dir.toString(), platform.preferences, "en_AU", clock)
        val model = AppModel(navigator, platform).also { platform.model = it }
        model.send(Action.Start)
        model.send(
            Action.CompleteOnboarding(
                OnboardingChoices("AU", listOf("general"), null, discreetMode = true, thingsAreHard = false),
                OnboardingLock.NotNow,
            ),
        )
        model.send(Action.ShowHelpNow(null))
        assertTrue("speak" !in platform.calls, "nothing is spoken before he taps")
        model.send(Action.ReadAloud)
        assertNotNull(model.view.value.readAloud?.hint, "the headphones hint first")
        assertTrue("speak" !in platform.calls)
        model.send(Action.ReadAloud)
        return model
    }

    @Test
    fun `a tap hands the platform every sentence at once and its reports move the core's position`() {
        val model = reading()
        assertEquals(1, platform.calls.count { it == "speak" })
        val utterances = platform.spoken.last()
        assertTrue(utterances.size > 3, "help now is several sentences")
        assertEquals(utterances.indices.map { it.toUInt() }, utterances.map { it.index })

        val reports = checkNotNull(platform.reports)
        reports.sentenceSpoken(0u)
        reports.sentenceSpoken(1u)
        val bar = checkNotNull(model.view.value.readAloud?.player)
        assertEquals("Sentence 3 of ${utterances.size}", bar.positionLabel)

        model.send(Action.PauseReading)
        assertEquals("stopSpeaking", platform.calls.last())
        model.send(Action.ResumeReading)
        assertEquals(2u, platform.spoken.last().first().index, "on from where it paused")

        reports.finished()
        assertNull(model.view.value.readAloud?.player)
    }

    @Test
    fun `leaving the screen stops the voice and no voice for the language is said`() {
        val model = reading()
        model.send(Action.Back)
        assertEquals("stopSpeaking", platform.calls.last())

        model.send(Action.ShowHelpNow(null))
        model.send(Action.ReadAloud)
        checkNotNull(platform.reports).unavailable()
        val notice = model.view.value.notice
        assertTrue(notice is AppNotice.Error && notice.text.contains("offline"), "$notice")
        assertNull(model.view.value.readAloud?.player)
    }
}
