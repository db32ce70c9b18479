package app.groundwork.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

class CurriculumTest {
    /** A full answer for any exercise, as a person tapping through would give. */
    private fun answerFor(view: ExerciseView): ExerciseAnswer = when (view) {
        is ExerciseView.Reflection -> ExerciseAnswer.Reflection("Quiet week, some good moments.")
        is ExerciseView.Scale -> ExerciseAnswer.Scale(view.min)
        is ExerciseView.Choice -> ExerciseAnswer.Choice(0u)
        is ExerciseView.MultiChoice -> ExerciseAnswer.MultiChoice(listOf(0u))
        is ExerciseView.Emotions -> ExerciseAnswer.Emotions(listOf(view.words.first().id))
        is ExerciseView.Checklist -> ExerciseAnswer.Checklist(listOf(0u))
        is ExerciseView.Breathing -> ExerciseAnswer.Breathing(view.cycles)
        is ExerciseView.BodyScan -> ExerciseAnswer.BodyScan(view.regions.size.toUInt())
        is ExerciseView.Plan -> ExerciseAnswer.Plan(view.fields.associate { it.id to "my ${it.label}" })
        is ExerciseView.Commitment -> ExerciseAnswer.Commitment(view.suggestions.first())
    }

    @Test
    fun `onboarding picks the region from the locale and home offers the first module`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            assertTrue(groundwork.homeScreen().needsOnboarding)
            val screen = groundwork.onboardingScreen("en_NZ")
            assertEquals("NZ", screen.selectedRegion)
            assertTrue(screen.tracks.any { it.id == "new-father" && it.asksBabyDate })
            val home = groundwork.completeOnboarding(
                OnboardingChoices(region = "NZ", trackIds = listOf("general"), babyDate = null, discreetMode = false),
            )
            assertFalse(home.needsOnboarding)
            assertEquals(NextStepKind.START, home.nextStep.kind)
            assertEquals("where-you-are-now", home.nextStep.moduleId)
            assertEquals("Help now", home.help.label)
        }
    }

    @Test
    fun `a module is walked step by step to its completion screen with a commitment on home`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            var step = groundwork.openStep("where-you-are-now")
            assertEquals(0u, step.stepIndex)
            assertTrue(step.blocks.isNotEmpty())
            var done: ModuleCompletionScreen? = null
            while (done == null) {
                val answer = step.exercise?.let { answerFor(it) }
                when (val outcome = groundwork.continueLesson(step.moduleId, step.stepIndex, answer)) {
                    is LessonOutcome.Step -> step = outcome.screen
                    is LessonOutcome.Completed -> done = outcome.screen
                }
            }
            assertNotNull(done.commitment)
            assertEquals(1, groundwork.homeScreen().commitments.size)
            val map = groundwork.phaseMap()
            assertEquals(ModuleState.COMPLETED, map.phases.first().modules.first { it.id == "where-you-are-now" }.state)
        }
    }

    @Test
    fun `wrong answers, unknown modules and locked modules are typed errors that change nothing`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            assertThrows<ApiException.NotFound> { groundwork.openModule("no-such-module") }
            val locked = assertThrows<ApiException.InvalidInput> { groundwork.openModule("gentle-start-up") }
            assertEquals("module_id", locked.field)
            val step = groundwork.openStep("where-you-are-now")
            val wrong = assertThrows<ApiException.InvalidInput> {
                groundwork.saveAnswer(step.moduleId, step.stepIndex, ExerciseAnswer.Scale(3u))
            }
            assertEquals("answer", wrong.field)
            assertEquals(ModuleOpening.Step(step), groundwork.openModule("where-you-are-now"))
        }
    }

    @Test
    fun `a counsellor plan opens its module and the new-dad track follows the due date`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val home = groundwork.recommendModules(listOf("shame-and-guilt"), "Sam", "For Thursday")
            assertEquals(NextStepKind.RECOMMENDED, home.nextStep.kind)
            assertEquals("Recommended by Sam", home.recommendations?.headline)
            groundwork.setTracks(listOf("new-father"))
            val due = java.time.LocalDate.now().plusWeeks(18)
            val later = groundwork.setBabyDate(BabyDate(BabyDateKind.DUE, due))
            val dad = groundwork.phaseMap().phases.first { it.id == "new-dad" }
            assertTrue(dad.modules.any { it.access is ModuleAccess.Upcoming })
            assertTrue(later.phases.all { it.id == "new-dad" })
        }
    }
}
