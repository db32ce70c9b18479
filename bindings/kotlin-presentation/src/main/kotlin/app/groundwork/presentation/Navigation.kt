// Where the person is: a stack of entries, each a route (what to load) and the screen model the
// core returned for it. Composables render `Entry.screen` and nothing else.
package app.groundwork.presentation

import app.groundwork.core.AngerMomentForm
import app.groundwork.core.DadMoodCheckScreen
import app.groundwork.core.DiscreetTexts
import app.groundwork.core.HelpButton
import app.groundwork.core.HelpNowScreen
import app.groundwork.core.CrisisAnswer
import app.groundwork.core.HomeSafetyNotYetScreen
import app.groundwork.core.HomeSafetyQuestion
import app.groundwork.core.HomeScreen
import app.groundwork.core.InsightRange
import app.groundwork.core.LessonStepScreen
import app.groundwork.core.LivingDocument
import app.groundwork.core.LockKind
import app.groundwork.core.LockScreen
import app.groundwork.core.ModuleCompletionScreen
import app.groundwork.core.ModuleOverviewScreen
import app.groundwork.core.OnboardingScreen
import app.groundwork.core.PackPreview
import app.groundwork.core.PhaseMapScreen
import app.groundwork.core.ReceivedRecommendation
import app.groundwork.core.SafetyQuestions
import app.groundwork.core.Situation
import java.time.Instant
import java.util.UUID

/**
 * What to show. Routes that carry a model show it as given (the core returned it from an
 * action); the others are loaded from the core whenever they come to the top.
 */
sealed interface Route {
    data object Home : Route
    data object CheckIn : Route
    data class SafetyQuestionsRoute(val questions: SafetyQuestions) : Route
    data class HelpNow(val situation: Situation?) : Route
    data object AngerMoment : Route
    data object Journal : Route
    data class JournalEditor(val entryId: UUID?) : Route
    data object JournalSearch : Route
    data class Insights(val range: InsightRange) : Route
    data object Documents : Route
    data class Document(val id: String) : Route
    data object Settings : Route
    /** A counsellor's recommendation, with the code or link it was read from (to accept it). */
    data class Recommendation(val recommendation: ReceivedRecommendation, val code: String) : Route

    // The curriculum.
    data object Onboarding : Route
    data object PhaseMap : Route
    data class ModuleOverview(val moduleId: String) : Route

    /** A lesson step, as the core returned it from opening, going on or going back. */
    data class LessonStep(val step: LessonStepScreen) : Route
    data class ModuleCompletion(val completion: ModuleCompletionScreen) : Route

    /** The question asked before exercises done together with a partner open. */
    data class HomeSafetyQuestionRoute(val question: HomeSafetyQuestion) : Route

    /** Why those exercises stay closed for now, with help and what he can do on his own. */
    data class HomeSafetyNotYet(val notYet: HomeSafetyNotYetScreen) : Route

    /** The new dad's short check of his own mood, while home offers it (`HomeScreen.dadMoodCard`). */
    data object DadMoodCheck : Route

    /** What the core answered after he saved words of crisis: the numbers, his plan, in its order. */
    data class CrisisAnswerRoute(val answer: CrisisAnswer) : Route
    /** What a pack file he picked would add and may not change, before it is installed. */
    class InstallPack(val bundle: ByteArray) : Route
}

/** A screen model ready to render, with the little view state that belongs to it. */
sealed interface Screen {
    data class Home(val home: HomeScreen) : Screen
    data class CheckIn(val state: CheckInViewState) : Screen
    data class SafetyQuestionsScreen(val questions: SafetyQuestions) : Screen
    data class HelpNow(val help: HelpNowScreen) : Screen
    data class AngerMoment(val form: AngerMomentForm) : Screen
    data class Journal(val state: JournalListState) : Screen
    data class JournalEditor(val state: JournalEditorState) : Screen
    data class JournalSearch(val state: JournalSearchState) : Screen
    data class Insights(val state: InsightsViewState) : Screen
    /** The list of plans; `help` is the core's button for a screen with no model of its own. */
    data class Documents(val documents: List<LivingDocument>, val help: HelpButton) : Screen
    data class Document(val document: LivingDocument, val help: HelpButton) : Screen
    data class Settings(val state: SettingsState) : Screen
    data class Recommendation(val recommendation: ReceivedRecommendation, val help: HelpButton) : Screen
    data class Onboarding(val onboarding: OnboardingScreen) : Screen
    data class PhaseMap(val map: PhaseMapScreen) : Screen
    data class ModuleOverview(val overview: ModuleOverviewScreen) : Screen
    data class LessonStep(val step: LessonStepScreen) : Screen
    data class ModuleCompletion(val completion: ModuleCompletionScreen) : Screen
    data class HomeSafetyQuestionScreen(val question: HomeSafetyQuestion) : Screen
    data class HomeSafetyNotYet(val notYet: HomeSafetyNotYetScreen) : Screen
    data class DadMoodCheck(val check: DadMoodCheckScreen) : Screen
    data class CrisisAnswerScreen(val answer: CrisisAnswer) : Screen
    data class InstallPack(val preview: PackPreview) : Screen
}

/**
 * The help now button the core put on this screen. Every screen has one, drawn in the same place
 * (the top bar); its words, the situation it opens help at and the emergency number are the
 * core's.
 */
val Screen.helpButton: HelpButton
    get() = when (this) {
        is Screen.Home -> home.help
        is Screen.CheckIn -> state.form.help
        is Screen.SafetyQuestionsScreen -> questions.help
        is Screen.HelpNow -> help.help
        is Screen.AngerMoment -> form.help
        is Screen.Journal -> state.help
        is Screen.JournalEditor -> state.prompts.help
        is Screen.JournalSearch -> state.help
        is Screen.Insights -> state.screen.help
        is Screen.Documents -> help
        is Screen.Document -> help
        is Screen.Settings -> state.help
        is Screen.Recommendation -> help
        is Screen.Onboarding -> onboarding.help
        is Screen.PhaseMap -> map.help
        is Screen.ModuleOverview -> overview.help
        is Screen.LessonStep -> step.help
        is Screen.ModuleCompletion -> completion.help
        is Screen.HomeSafetyQuestionScreen -> question.help
        is Screen.HomeSafetyNotYet -> notYet.help
        is Screen.DadMoodCheck -> check.help
        is Screen.CrisisAnswerScreen -> answer.help
        is Screen.InstallPack -> preview.help
    }

/** One place in the stack; `id` is stable while the screen model inside is refreshed. */
data class Entry(val id: Int, val route: Route, val screen: Screen)

/** Where the app is as a whole. */
sealed interface AppPhase {
    /** Before `start()`. */
    data object Starting : AppPhase

    /** The database is closed; the lock screen shows (help now stays reachable). */
    data class Locked(val lock: LockScreenState) : AppPhase

    /** The database is open; [AppState.stack] holds what to show. */
    data object Unlocked : AppPhase

    /** The key on this device does not open the database; the sentence says why. */
    data class Unavailable(val reason: String, val help: HelpButton) : AppPhase
}

/** What the lock screen shows. */
data class LockScreenState(
    /** PIN (number pad) or passphrase (keyboard); null when a tap (and BiometricPrompt) unlocks. */
    val kind: LockKind?,
    val retryAfter: Instant?,
    val attemptsLeftBeforeErase: UInt?,
    val message: String?,
    /** The app name and quick-hide texts, neutral in discreet mode. */
    val texts: DiscreetTexts,
    /** The core's title, prompt and button labels for this lock (help now among them). */
    val screen: LockScreen,
)

/** A line over the current screen. */
sealed interface Notice {
    data class Message(val text: String) : Notice

    /** The core's sentence for what went wrong (never anything he wrote). */
    data class Error(val text: String) : Notice
}

/** Everything the app renders, in one value. */
data class AppState(
    val phase: AppPhase = AppPhase.Starting,
    val stack: List<Entry> = emptyList(),
    val notice: Notice? = null,
    /** Help now opened from the lock screen (from the content alone, no database). */
    val helpBeforeUnlock: HelpNowScreen? = null,
    /** True for the session in which the database was created. */
    val firstRun: Boolean = false,
) {
    val top: Entry? get() = stack.lastOrNull()

    /**
     * The help now button of what is on screen: the top screen's, the lock screen's, or help
     * now's own while it shows before unlock. Null only before `start()`.
     */
    val help: HelpButton?
        get() = helpBeforeUnlock?.help ?: when (phase) {
            AppPhase.Starting -> null
            is AppPhase.Locked -> phase.lock.screen.help
            AppPhase.Unlocked -> top?.screen?.helpButton
            is AppPhase.Unavailable -> phase.help
        }
}
