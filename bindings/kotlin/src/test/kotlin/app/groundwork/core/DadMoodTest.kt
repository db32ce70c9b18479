package app.groundwork.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.Instant

/**
 * The new dad's mood check, driven through the bindings: offered on home about 13 weeks after
 * the birth; hard answers bring help now at the new-dad lines, easy ones do not.
 */
class DadMoodTest {
    /** 19:30 on 2 March 2026 in Sydney (UTC+11). */
    private fun clock() = TestClock(Instant.parse("2026-03-02T08:30:00Z"), 660)

    /** Opens in `dir` with `clock`, on the new-dad track with a baby born twelve weeks ago. */
    private fun twelveWeeksIn(dir: Path, clock: TestClock): Groundwork {
        val groundwork = Groundwork.openWithTestClock(dir.toString(), generateDatabaseKey(), clock)
        groundwork.completeOnboarding(
            OnboardingChoices(
                region = "AU",
                trackIds = listOf("general", "new-father"),
                babyDate = BabyDate(BabyDateKind.BORN, java.time.LocalDate.of(2025, 12, 8)),
                discreetMode = false,
            ),
        )
        return groundwork
    }

    @Test
    fun `offered at 13 weeks, and a hard answer brings help now at new-dad`(@TempDir dir: Path) {
        clock().use { clock ->
            twelveWeeksIn(dir, clock).use { groundwork ->
                assertNull(groundwork.homeScreen().dadMoodCard, "not before 13 weeks")
                assertInvalidInput("answers") { groundwork.answerDadMoodCheck(listOf(2, 2, 0), null) }
                clock.advanceDays(7u)
                assertNotNull(groundwork.homeScreen().dadMoodCard)
                val check = groundwork.dadMoodCheck()
                assertEquals(listOf("interest", "down", "temper"), check.questions.map { it.id })
                assertEquals(listOf(0, 1, 2, 3), check.questions[0].choices.map { it.value })
                // Bad input is refused and changes nothing.
                assertInvalidInput("answers") { groundwork.answerDadMoodCheck(listOf(2, 2), null) }
                assertInvalidInput("answers") { groundwork.answerDadMoodCheck(listOf(0, 4, 0), null) }
                assertNotNull(groundwork.homeScreen().dadMoodCard)

                val follow = groundwork.answerDadMoodCheck(listOf(2, 1, 0), "en_AU")
                assertTrue(follow.message.contains("common"), follow.message)
                val help = follow.helpNow ?: throw AssertionError("help now after a hard answer")
                assertEquals(Situation.NEW_DAD, help.situation)
                assertEquals("AU", help.region?.code)
                assertEquals("au-panda", help.lines.first().id)
                assertNull(groundwork.homeScreen().dadMoodCard, "answered: offered once")
            }
        }
    }

    @Test
    fun `an easy answer gives credit and no help screen, and not now hides the card`(@TempDir dir: Path) {
        clock().use { clock ->
            twelveWeeksIn(dir.resolve("easy"), clock).use { groundwork ->
                clock.advanceDays(7u)
                val follow = groundwork.answerDadMoodCheck(listOf(1, 1, 1), null)
                assertNull(follow.helpNow)
                assertTrue(follow.next.contains("plan"), follow.next)
            }
        }
        clock().use { clock ->
            twelveWeeksIn(dir.resolve("not-now"), clock).use { groundwork ->
                clock.advanceDays(7u)
                assertNull(groundwork.skipDadMoodCheck().dadMoodCard)
                clock.advanceDays(91u)
                assertNotNull(groundwork.homeScreen().dadMoodCard, "offered again at 26 weeks")
            }
        }
    }
}
