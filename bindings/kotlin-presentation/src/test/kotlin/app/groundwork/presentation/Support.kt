// Helpers shared by the presentation tests: a person's plain choices where the tests need to get
// past a screen that is not what they are about.
package app.groundwork.presentation

import app.groundwork.core.ExerciseAnswer
import app.groundwork.core.ExerciseView
import app.groundwork.core.OnboardingChoices
import org.junit.jupiter.api.Assertions.assertTrue

/**
 * Finishes onboarding with what the screen pre-selects (the first region and track when none
 * is), as a person tapping straight through would.
 */
fun AppModel.onboardWithDefaults() {
    val screen = state.value.top?.screen
    assertTrue(screen is Screen.Onboarding, "expected onboarding on top, got $screen")
    val onboarding = (screen as Screen.Onboarding).onboarding
    val selected = onboarding.tracks.filter { it.selected }.map { it.id }
    completeOnboarding(
        OnboardingChoices(
            region = onboarding.selectedRegion ?: onboarding.regions.first().code,
            trackIds = selected.ifEmpty { listOf(onboarding.tracks.first().id) },
            babyDate = null,
            discreetMode = false,
        ),
    )
}

/** An answer a person could give to `exercise`: the first option, the lowest number, every breath. */
fun sampleAnswer(exercise: ExerciseView): ExerciseAnswer = when (exercise) {
    is ExerciseView.Reflection -> ExerciseAnswer.Reflection("I noticed my jaw tighten before I spoke.")
    is ExerciseView.Scale -> ExerciseAnswer.Scale(exercise.min)
    is ExerciseView.Choice -> ExerciseAnswer.Choice(0u)
    is ExerciseView.MultiChoice -> ExerciseAnswer.MultiChoice(listOf(0u))
    is ExerciseView.Emotions -> ExerciseAnswer.Emotions(listOf(exercise.words.first().id))
    is ExerciseView.Checklist -> ExerciseAnswer.Checklist(listOf(0u))
    is ExerciseView.Breathing -> ExerciseAnswer.Breathing(exercise.cycles)
    is ExerciseView.BodyScan -> ExerciseAnswer.BodyScan(exercise.regions.size.toUInt())
    is ExerciseView.Plan -> ExerciseAnswer.Plan(mapOf(exercise.fields.first().id to "Say I need twenty minutes, then walk."))
    is ExerciseView.Commitment -> ExerciseAnswer.Commitment(exercise.suggestions.firstOrNull() ?: "Take a walk before dinner.")
}

/** The pack bindings/make-test-pack.sh builds that tries to change Lifeline's number (refused). */
fun changedHelpLinePack(): java.nio.file.Path = java.nio.file.Path.of(
    requireNotNull(System.getProperty("groundwork.test.pack")) {
        "run bindings/kotlin-presentation/run-tests.sh: it builds the test packs"
    },
)

/** The pack built beside it that adds one local service in Australia, "Sam's men's group". */
fun localServicePack(): java.nio.file.Path = changedHelpLinePack().resolveSibling("local-service.gwpack")
