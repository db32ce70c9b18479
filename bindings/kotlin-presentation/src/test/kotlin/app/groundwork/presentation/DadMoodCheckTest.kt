// The new dad's mood check in the app model, on a test clock: home shows the core's card about
// 13 weeks after the birth, the card opens the check, a hard answer ends at help now at the
// new-dad lines, an easy one goes home with the core's words, and "not now" takes the card away.
package app.groundwork.presentation

import app.groundwork.core.BabyDate
import app.groundwork.core.BabyDateKind
import app.groundwork.core.Groundwork
import app.groundwork.core.OnboardingChoices
import app.groundwork.core.Situation
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

class DadMoodCheckTest {
    @TempDir
    lateinit var dir: Path

    /** 19:30 on 2 March 2026 in Sydney (UTC+11), 12 weeks after a birth on 8 December 2025. */
    private val clock = TestClock(Instant.parse("2026-03-02T08:30:00Z"), 660)

    @AfterEach
    fun closeClock() = clock.close()

    /** A new dad's app, onboarded 12 weeks after the birth, then a week on: 13 weeks. */
    private fun thirteenWeeksIn(): AppModel {
        val model = AppModel(
            dir.toString(), InMemoryKeyStore(), InMemoryPreferences(), RecordingScheduler(), deviceLocale = "en_AU",
            openCore = { path, key -> Groundwork.openWithTestClock(path, key, clock) },
        )
        model.start()
        model.completeOnboarding(
            OnboardingChoices(
                region = "AU",
                trackIds = listOf("general", "new-father"),
                babyDate = BabyDate(BabyDateKind.BORN, "2025-12-08"),
                discreetMode = false,
            ),
        )
        assertNull(home(model).dadMoodCard, "not before 13 weeks")
        clock.advanceDays(7u)
        model.reloadTop()
        return model
    }

    private fun home(model: AppModel) = (model.state.value.stack.first().screen as Screen.Home).home

    @Test
    fun `at 13 weeks home shows the card, it opens the check and a hard answer ends at help now at new-dad`() {
        val model = thirteenWeeksIn()
        val card = home(model).dadMoodCard
        assertNotNull(card, "home offers the check")
        assertTrue(card!!.startLabel.isNotEmpty() && card.notNowLabel.isNotEmpty(), "the core's two buttons")

        model.openDadMoodCheck()
        val top = model.state.value.top
        assertEquals(Route.DadMoodCheck, top?.route)
        val check = (top?.screen as Screen.DadMoodCheck).check
        assertEquals(listOf("interest", "down", "temper"), check.questions.map { it.id })
        assertEquals(listOf(0, 1, 2, 3), check.questions.first().choices.map { it.value })
        assertEquals(Situation.NEW_DAD, model.help?.situation, "help on the check opens at new-dad")
        assertEquals("000", model.help?.emergencyNumber)

        model.answerDadMoodCheck(listOf(2, 1, 0))
        val after = model.state.value.top
        assertTrue(after?.screen is Screen.HelpNow, "a hard answer ends at help now, not ${after?.screen}")
        assertEquals(Route.HelpNow(Situation.NEW_DAD), after?.route)
        assertEquals(Situation.NEW_DAD, (after?.screen as Screen.HelpNow).help.situation)
        assertEquals(2, model.state.value.stack.size, "help now takes the check's place")
        val notice = model.state.value.notice
        assertTrue(notice is Notice.Message && notice.text.contains("common"), "the core's words: $notice")

        model.back()
        assertNull(home(model).dadMoodCard, "answered: offered once")
    }

    @Test
    fun `an easy answer goes home with the core's words`() {
        val model = thirteenWeeksIn()
        model.openDadMoodCheck()
        model.answerDadMoodCheck(listOf(1, 1, 1))
        assertEquals(1, model.state.value.stack.size, "home")
        assertNull(home(model).dadMoodCard)
        val notice = model.state.value.notice
        assertTrue(notice is Notice.Message && notice.text.isNotEmpty(), "the core's words: $notice")
    }

    @Test
    fun `bad answers are refused with the core's sentence and the check stays`() {
        val model = thirteenWeeksIn()
        model.openDadMoodCheck()
        model.answerDadMoodCheck(listOf(2, 2))
        assertTrue(model.state.value.notice is Notice.Error)
        assertEquals(Route.DadMoodCheck, model.state.value.top?.route)
        assertNotNull(home(model).dadMoodCard)
    }

    @Test
    fun `not now removes the card until 26 weeks`() {
        val model = thirteenWeeksIn()
        assertNotNull(home(model).dadMoodCard)
        model.skipDadMoodCheck()
        assertEquals(1, model.state.value.stack.size)
        assertNull(home(model).dadMoodCard, "not now: the card is gone")

        model.openDadMoodCheck()
        assertTrue(model.state.value.notice is Notice.Error, "no check to open now")
        assertEquals(1, model.state.value.stack.size)

        clock.advanceDays(91u)
        model.reloadTop()
        assertNotNull(home(model).dadMoodCard, "offered again at 26 weeks")
    }
}
