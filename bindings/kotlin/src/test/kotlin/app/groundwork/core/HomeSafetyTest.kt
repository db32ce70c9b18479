package app.groundwork.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.Instant

/**
 * The question asked before the exercises done together with a partner open: is anyone at home
 * afraid of him? Driven through the bindings on the new-dad track, where the team module
 * ("Co-parenting as a team", week 10) is open twelve weeks after the birth.
 */
class HomeSafetyTest {
    private val team = "co-parenting-as-a-team"

    /** 19:30 on 2 March 2026 in Sydney (UTC+11). */
    private fun clock() = TestClock(Instant.parse("2026-03-02T08:30:00Z"), 660)

    /** Opens in `dir` with `clock`, on the new-dad track with a baby born twelve weeks ago. */
    private fun twelveWeeksIn(dir: Path, clock: TestClock): Groundwork {
        val groundwork = Groundwork.openWithTestClock(dir.toString(), generateDatabaseKey(), clock)
        groundwork.completeOnboarding(
            OnboardingChoices(
                region = "AU",
                trackIds = listOf("new-father"),
                babyDate = BabyDate(BabyDateKind.BORN, java.time.LocalDate.of(2025, 12, 8)),
                discreetMode = false,
            ),
        )
        return groundwork
    }

    private fun question(opening: ModuleOpening): HomeSafetyQuestion =
        (opening as? ModuleOpening.Question)?.screen ?: throw AssertionError("expected the question, got $opening")

    private fun notYet(outcome: HomeSafetyOutcome): HomeSafetyNotYetScreen =
        (outcome as? HomeSafetyOutcome.NotYet)?.screen ?: throw AssertionError("expected not yet, got $outcome")

    @Test
    fun `the team module asks first, and no opens it`(@TempDir dir: Path) {
        clock().use { clock ->
            twelveWeeksIn(dir, clock).use { groundwork ->
                assertTrue(groundwork.moduleOverview(team).module.access is ModuleAccess.AskFirst)
                val asked = question(groundwork.openModule(team))
                assertEquals(team, asked.moduleId)
                assertTrue(asked.question.contains("afraid of you"))
                assertEquals(
                    listOf(HomeSafetyAnswer.YES, HomeSafetyAnswer.NO, HomeSafetyAnswer.NOT_SURE),
                    asked.choices.map { it.answer },
                )
                val outcome = groundwork.answerHomeSafetyQuestion(HomeSafetyAnswer.NO, team, null)
                val open = outcome as? HomeSafetyOutcome.Open ?: throw AssertionError("a no opens: $outcome")
                assertEquals(team, open.next.moduleId)
                assertTrue(groundwork.openModule(team) is ModuleOpening.Step)
                assertEquals(ModuleAccess.Open, groundwork.moduleOverview(team).module.access)
                // Asked once: another answer is refused and changes nothing.
                assertInvalidInput("answer") { groundwork.answerHomeSafetyQuestion(HomeSafetyAnswer.YES, null, null) }
                assertTrue(groundwork.openModule(team) is ModuleOpening.Step)
            }
        }
    }

    @Test
    fun `yes and not sure keep it closed with help for him and what he can do on his own`(@TempDir dir: Path) {
        for ((i, answer) in listOf(HomeSafetyAnswer.YES, HomeSafetyAnswer.NOT_SURE).withIndex()) {
            clock().use { clock ->
                twelveWeeksIn(dir.resolve("answer-$i"), clock).use { groundwork ->
                    val screen = notYet(groundwork.answerHomeSafetyQuestion(answer, team, "en_AU"))
                    assertTrue(screen.message.contains("both of you feel safe"), screen.message)
                    assertEquals(java.time.LocalDate.of(2026, 3, 30), screen.asksAgainOn)
                    assertEquals(Situation.HURT_SOMEONE, screen.helpNow.situation)
                    assertEquals("AU", screen.helpNow.region?.code)
                    assertTrue(screen.helpNow.lines.isNotEmpty())
                    assertTrue(screen.ownWork.isNotEmpty())
                    assertTrue(screen.ownWork.none { it.id == team || it.id == "still-a-team-of-two" })
                    assertTrue(groundwork.moduleOverview(team).module.access is ModuleAccess.Locked)
                    assertNull(groundwork.moduleOverview(team).actionLabel)
                    val again = groundwork.openModule(team) as? ModuleOpening.NotYet
                        ?: throw AssertionError("opening shows why it is closed")
                    assertEquals(screen.message, again.screen.message)
                    assertEquals(ModuleState.NOT_STARTED, groundwork.moduleOverview(team).module.state)
                }
            }
        }
    }

    @Test
    fun `after a yes it waits four weeks, then asks again, and no opens`(@TempDir dir: Path) {
        clock().use { clock ->
            twelveWeeksIn(dir, clock).use { groundwork ->
                notYet(groundwork.answerHomeSafetyQuestion(HomeSafetyAnswer.YES, team, null))
                clock.advanceDays(27u)
                assertTrue(groundwork.openModule(team) is ModuleOpening.NotYet, "27 days later it is still closed")
                assertInvalidInput("answer") { groundwork.answerHomeSafetyQuestion(HomeSafetyAnswer.NO, team, null) }
                clock.advanceDays(1u)
                question(groundwork.openModule(team))
                assertTrue(groundwork.answerHomeSafetyQuestion(HomeSafetyAnswer.NO, team, null) is HomeSafetyOutcome.Open)
                assertTrue(groundwork.openModule(team) is ModuleOpening.Step)
            }
        }
    }
}
