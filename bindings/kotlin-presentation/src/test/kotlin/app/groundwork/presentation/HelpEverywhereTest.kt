// Help now one tap away on every screen: the app model walks every route it can show, and each
// has the core's help button (its label, its emergency number) in the same place; the button
// opens help now where the core says, with no rule about the person here.
package app.groundwork.presentation

import app.groundwork.core.AngerMomentInput
import app.groundwork.core.BabyDate
import app.groundwork.core.BabyDateKind
import app.groundwork.core.HelpButton
import app.groundwork.core.HomeSafetyAnswer
import app.groundwork.core.InsightRange
import app.groundwork.core.OnboardingChoices
import app.groundwork.core.Situation
import app.groundwork.core.createRecommendationCode
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import kotlin.reflect.KClass

class HelpEverywhereTest {
    @TempDir
    lateinit var dir: Path

    private val keys = InMemoryKeyStore()
    private val preferences = InMemoryPreferences()

    private fun model() = AppModel(dir.toString(), keys, preferences, RecordingScheduler(), deviceLocale = "en_AU")

    /** Every route the app model can show, checked off as the walk reaches it. */
    private val seen = mutableSetOf<KClass<out Route>>()

    /** The top route's help: the core's words and the emergency number of his region (AU). */
    private fun AppModel.assertHelpOnTop(): HelpButton {
        val top = state.value.top
        assertNotNull(top, "a screen is showing")
        val help = state.value.help
        assertNotNull(help, "${top!!.route} has help")
        assertEquals(top.screen.helpButton, help, "the app model's help is the top screen's")
        assertEquals("Help now", help!!.label, "${top.route}: the core's label")
        assertTrue(help.accessibilityLabel.isNotEmpty(), "${top.route}: read out")
        assertEquals("000", help.emergencyNumber, "${top.route}: his region's emergency number")
        assertEquals(help, this.help)
        seen += top.route::class
        return help
    }

    private fun AppModel.showAndCheck(route: Route): HelpButton {
        show(route)
        assertEquals(route, state.value.top?.route, "the core refused: ${state.value.notice}")
        return assertHelpOnTop()
    }

    @Test
    fun `every route the app model can show has the core's help button in the same place`() {
        val model = model().also { it.start() }
        assertTrue(model.state.value.top?.screen is Screen.Onboarding)
        model.assertHelpOnTop() // the region guessed from the device (en_AU) gives the number
        model.completeOnboarding(
            OnboardingChoices(region = "AU", trackIds = listOf("general", "new-father"), babyDate = null, discreetMode = false),
        )
        model.assertHelpOnTop()
        model.showAndCheck(Route.Onboarding)
        model.goHome()

        model.showAndCheck(Route.CheckIn)
        model.submitCheckIn(CheckInDraft(pleasantness = -5, energy = 4, anger = 9))
        assertTrue(model.state.value.top?.screen is Screen.SafetyQuestionsScreen)
        model.assertHelpOnTop()
        model.goHome()

        model.showAndCheck(Route.HelpNow(null))
        model.showAndCheck(Route.AngerMoment)
        model.recordAngerMoment(AngerMomentInput(whatHappened = "Argued", intensity = 9, whatIDid = "Shoved her into the wall"))
        assertTrue(model.state.value.top?.screen is Screen.CrisisAnswerScreen)
        assertEquals(Situation.HURT_SOMEONE, model.assertHelpOnTop().situation)
        model.goHome()
        model.showAndCheck(Route.Journal)
        model.showAndCheck(Route.JournalEditor(null))
        model.showAndCheck(Route.JournalSearch)
        model.searchJournal("walk")
        model.assertHelpOnTop()
        model.showAndCheck(Route.Insights(InsightRange.MONTH))
        model.showAndCheck(Route.Documents)
        model.showAndCheck(Route.Document("pause-plan"))
        model.saveDocument(emptyMap())
        model.assertHelpOnTop()
        model.showAndCheck(Route.Settings)
        model.previewPack(java.nio.file.Files.readAllBytes(localServicePack()))
        assertTrue(model.state.value.top?.screen is Screen.InstallPack, "${model.state.value.notice}")
        model.assertHelpOnTop()
        model.goHome()

        val recommendation = createRecommendationCode(listOf("the-pause-plan"), "Sam", null)
        model.openCode(recommendation.code)
        model.assertHelpOnTop()
        model.goHome()

        model.showAndCheck(Route.PhaseMap)
        val moduleId = (model.state.value.stack.first().screen as Screen.Home).home.nextStep.moduleId!!
        model.showAndCheck(Route.ModuleOverview(moduleId))
        model.openModule(moduleId)
        repeat(40) {
            val step = (model.state.value.top?.screen as? Screen.LessonStep)?.step ?: return@repeat
            model.assertHelpOnTop()
            model.continueLesson(step.exercise?.let(::sampleAnswer))
        }
        assertTrue(model.state.value.top?.screen is Screen.ModuleCompletion)
        model.assertHelpOnTop()
        model.goHome()

        // The team module of the new-dad track, twelve weeks after the birth: the home safety
        // question, then why it stays closed.
        model.completeOnboarding(
            OnboardingChoices(
                region = "AU",
                trackIds = listOf("new-father"),
                babyDate = BabyDate(BabyDateKind.BORN, java.time.LocalDate.now().minusWeeks(12).toString()),
                discreetMode = false,
            ),
        )
        model.openModule("co-parenting-as-a-team")
        assertTrue(model.state.value.top?.screen is Screen.HomeSafetyQuestionScreen)
        model.assertHelpOnTop()
        model.answerHomeSafetyQuestion(HomeSafetyAnswer.NOT_SURE)
        assertTrue(model.state.value.top?.screen is Screen.HomeSafetyNotYet)
        assertEquals(Situation.HURT_SOMEONE, model.assertHelpOnTop().situation)
        model.goHome()

        // Thirteen weeks and a couple of days after the birth: the new dad's mood check.
        model.completeOnboarding(
            OnboardingChoices(
                region = "AU",
                trackIds = listOf("new-father"),
                babyDate = BabyDate(BabyDateKind.BORN, java.time.LocalDate.now().minusDays(93).toString()),
                discreetMode = false,
            ),
        )
        assertNotNull((model.state.value.top?.screen as Screen.Home).home.dadMoodCard, "home offers the check")
        assertEquals(Situation.NEW_DAD, model.showAndCheck(Route.DadMoodCheck).situation)

        val every = setOf(
            Route.Home::class, Route.CheckIn::class, Route.SafetyQuestionsRoute::class, Route.HelpNow::class,
            Route.AngerMoment::class, Route.Journal::class, Route.JournalEditor::class, Route.JournalSearch::class,
            Route.Insights::class, Route.Documents::class, Route.Document::class, Route.Settings::class,
            Route.Recommendation::class, Route.Onboarding::class, Route.PhaseMap::class, Route.ModuleOverview::class,
            Route.LessonStep::class, Route.ModuleCompletion::class, Route.HomeSafetyQuestionRoute::class,
            Route.HomeSafetyNotYet::class, Route.DadMoodCheck::class, Route.CrisisAnswerRoute::class,
            Route.InstallPack::class,
        )
        assertEquals(every, seen, "every route was walked")

        // Locked: the lock screen's help, with the remembered region's number.
        model.lock()
        val locked = model.help
        assertEquals("Help now", locked?.label)
        assertEquals("000", locked?.emergencyNumber)
        model.openHelp()
        val before = model.state.value.helpBeforeUnlock
        assertNotNull(before, "help now opens before unlock")
        assertEquals("000", model.help?.emergencyNumber)
    }

    @Test
    fun `openHelp from the anger moment form opens help now at hurt-someone`() {
        val model = model().also {
            it.start()
            it.onboardWithDefaults()
        }
        model.show(Route.AngerMoment)
        assertEquals(Situation.HURT_SOMEONE, model.help?.situation, "the core's situation for this screen")
        model.openHelp()
        val top = model.state.value.top
        assertEquals(Route.HelpNow(Situation.HURT_SOMEONE), top?.route)
        val help = (top?.screen as Screen.HelpNow).help
        assertEquals(Situation.HURT_SOMEONE, help.situation)
        assertTrue(help.firstSteps != null, "what he can do this minute comes first")

        model.openHelp()
        assertEquals(3, model.state.value.stack.size, "help now's own button leaves it where it is")

        model.goHome()
        model.openHelp()
        assertEquals(Route.HelpNow(null), model.state.value.top?.route, "home opens the general list")
    }
}
