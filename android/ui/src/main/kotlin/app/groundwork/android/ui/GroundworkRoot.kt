@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// The top of the Compose tree: it draws the core's AppView and sends what he does as Actions.
// The lock screen, or the screen on top with a top bar (back when the core says there is
// somewhere to go, the core's help button always at its end) and the notice bar. Every screen is
// chosen by the view's phase and screen, never by a rule of its own.
package app.groundwork.android.ui

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.automirrored.filled.ArrowBack
import androidx.compose.material.icons.filled.Close
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import app.groundwork.core.Action
import app.groundwork.core.AppNotice
import app.groundwork.core.AppScreen
import app.groundwork.core.AppView
import app.groundwork.core.HelpButton
import app.groundwork.core.Phase
import app.groundwork.core.ReadAloudView
import app.groundwork.core.ShellText

/** Sends what he did to the core, for every screen below the root. */
val LocalSend = staticCompositionLocalOf<(Action) -> Unit> { {} }

/** The app's own fixed lines (buttons, headings, screen-reader labels), from the core. */
val LocalText = staticCompositionLocalOf<ShellText> { error("GroundworkRoot provides the core's ShellText") }

/** The screens over the screen-level model: what the app module puts in its activity. */
@Composable
fun GroundworkApp(model: ScreenModel, platform: ScreenPlatform) {
    val view by model.view.collectAsState()
    GroundworkRoot(view = view, text = model.text, send = model::send, platform = platform)
}

/** One view of the core, drawn with the core's [text] for the app's own lines; [send] gets every action. */
@Composable
fun GroundworkRoot(view: AppView, text: ShellText, send: (Action) -> Unit, platform: ScreenPlatform = NoScreenPlatform) {
    CompositionLocalProvider(
        LocalSend provides send,
        LocalText provides text,
        LocalScreenPlatform provides platform,
        LocalDictation provides view.dictation,
        LocalRecording provides view.recording,
    ) {
        val helpBeforeUnlock = view.helpBeforeUnlock
        when {
            // Help now opened over the lock screen, from the content alone.
            helpBeforeUnlock != null -> HelpScaffold(
                help = null,
                notice = view.notice,
                readAloud = view.readAloud,
                navigation = {
                    IconButton(onClick = { send(Action.CloseHelpBeforeUnlock) }) {
                        Icon(Icons.Filled.Close, contentDescription = text.close)
                    }
                },
            ) { HelpNowContent(helpBeforeUnlock) }
            else -> PhaseContent(view)
        }
    }
}

@Composable
private fun PhaseContent(view: AppView) {
    val send = LocalSend.current
    val text = LocalText.current
    when (val phase = view.phase) {
        is Phase.Starting -> HelpScaffold(view.help, view.notice) {
            Box(Modifier.fillMaxSize(), contentAlignment = Alignment.Center) { CircularProgressIndicator() }
        }
        // Help is in the top bar on every screen, the lock screen's too.
        // The player too, while a lesson, help now or a guided exercise goes on through the lock.
        is Phase.Locked -> HelpScaffold(view.help ?: phase.lock.screen.help, view.notice, readAloud = view.readAloud) { LockScreen(phase.lock) }
        is Phase.Unavailable -> HelpScaffold(view.help, view.notice) { UnavailableScreen(phase.reason) }
        is Phase.Unlocked -> {
            val screen = view.screen
            if (screen == null) {
                HelpScaffold(view.help, view.notice) {}
                return
            }
            Scaffold(
                topBar = {
                    TopAppBar(
                        title = { TopBarTitle(titleOf(screen, text)) },
                        navigationIcon = {
                            if (view.canGoBack) {
                                IconButton(onClick = { send(Action.Back) }) {
                                    Icon(Icons.AutoMirrored.Filled.ArrowBack, contentDescription = text.back)
                                }
                            }
                        },
                        actions = {
                            TopBarActions(screen)
                            HelpAction(view.help ?: helpOf(screen))
                        },
                    )
                },
                bottomBar = { BottomBars(view.readAloud, view.notice) },
            ) { padding ->
                Surface(Modifier.padding(padding).fillMaxSize()) { ScreenContent(screen) }
            }
        }
    }
}

/** A bar with the help button (and a way out, when given), for the screens around the app's own. */
@Composable
fun HelpScaffold(
    help: HelpButton?,
    notice: AppNotice?,
    navigation: @Composable () -> Unit = {},
    readAloud: ReadAloudView? = null,
    content: @Composable () -> Unit,
) {
    Scaffold(
        topBar = {
            TopAppBar(title = {}, navigationIcon = navigation, actions = { help?.let { HelpAction(it) } })
        },
        bottomBar = { BottomBars(readAloud, notice) },
    ) { padding ->
        Surface(Modifier.padding(padding).fillMaxSize()) { content() }
    }
}

/** Under the screen: "Read to me" where the core offers it, then the notice. */
@Composable
private fun BottomBars(readAloud: ReadAloudView?, notice: AppNotice?) {
    Column {
        readAloud?.let { ReadAloudBar(it) }
        NoticeBar(notice)
    }
}

/** One screen model, rendered. */
@Composable
fun ScreenContent(screen: AppScreen) {
    when (screen) {
        is AppScreen.Home -> HomeContent(screen.home)
        is AppScreen.CheckIn -> CheckInContent(screen)
        is AppScreen.SafetyQuestions -> SafetyQuestionsContent(screen.questions)
        is AppScreen.HelpNow -> HelpNowContent(screen.help)
        is AppScreen.AngerMoment -> AngerMomentContent(screen.form)
        is AppScreen.Journal -> JournalListContent(screen)
        is AppScreen.JournalEditor -> JournalEditorContent(screen)
        is AppScreen.JournalSearch -> JournalSearchContent(screen)
        is AppScreen.Insights -> InsightsContent(screen)
        is AppScreen.Plans -> DocumentsContent(screen.documents)
        is AppScreen.Plan -> DocumentContent(screen.document)
        is AppScreen.Settings -> SettingsContent(screen.settings)
        is AppScreen.Recommendation -> RecommendationContent(screen.recommendation)
        is AppScreen.Onboarding -> OnboardingContent(screen.onboarding)
        is AppScreen.PhaseMap -> PhaseMapContent(screen.map)
        is AppScreen.ModuleOverview -> ModuleOverviewContent(screen.overview)
        is AppScreen.LessonStep -> LessonStepContent(screen)
        is AppScreen.ModuleCompletion -> ModuleCompletionContent(screen.completion)
        is AppScreen.HomeSafetyQuestion -> HomeSafetyQuestionContent(screen.question)
        is AppScreen.HomeSafetyNotYet -> HomeSafetyNotYetContent(screen.notYet)
        is AppScreen.DadMoodCheck -> DadMoodCheckContent(screen.check)
        is AppScreen.BabyLoss -> BabyLossContent(screen.loss)
        is AppScreen.CrisisAnswer -> CrisisAnswerContent(screen.answer)
        is AppScreen.InstallPack -> InstallPackContent(screen.preview)
    }
}

/** The help button a screen model carries (the view's own is used when it has one). */
fun helpOf(screen: AppScreen): HelpButton = when (screen) {
    is AppScreen.Home -> screen.home.help
    is AppScreen.CheckIn -> screen.form.help
    is AppScreen.SafetyQuestions -> screen.questions.help
    is AppScreen.HelpNow -> screen.help.help
    is AppScreen.AngerMoment -> screen.form.help
    is AppScreen.Journal -> screen.help
    is AppScreen.JournalEditor -> screen.prompts.help
    is AppScreen.JournalSearch -> screen.help
    is AppScreen.Insights -> screen.insights.help
    is AppScreen.Plans -> screen.help
    is AppScreen.Plan -> screen.help
    is AppScreen.Settings -> screen.settings.help
    is AppScreen.Recommendation -> screen.help
    is AppScreen.Onboarding -> screen.onboarding.help
    is AppScreen.PhaseMap -> screen.map.help
    is AppScreen.ModuleOverview -> screen.overview.help
    is AppScreen.LessonStep -> screen.step.help
    is AppScreen.ModuleCompletion -> screen.completion.help
    is AppScreen.HomeSafetyQuestion -> screen.question.help
    is AppScreen.HomeSafetyNotYet -> screen.notYet.help
    is AppScreen.DadMoodCheck -> screen.check.help
    is AppScreen.BabyLoss -> screen.loss.help
    is AppScreen.CrisisAnswer -> screen.answer.help
    is AppScreen.InstallPack -> screen.preview.help
}

/** The top bar's title: the screen model's own heading where it has one, else the core's [text]. */
private fun titleOf(screen: AppScreen, text: ShellText): String = when (screen) {
    is AppScreen.Home -> screen.home.greeting
    is AppScreen.CheckIn -> screen.form.title
    is AppScreen.SafetyQuestions -> ""
    is AppScreen.HelpNow -> screen.help.title
    is AppScreen.AngerMoment -> screen.form.title
    is AppScreen.Journal -> text.journal
    is AppScreen.JournalEditor -> if (screen.entry == null) text.newEntry else text.entry
    is AppScreen.JournalSearch -> text.search
    is AppScreen.Insights -> text.insights
    is AppScreen.Plans -> text.myPlans
    is AppScreen.Plan -> screen.document.title
    is AppScreen.Settings -> text.settings
    is AppScreen.Recommendation -> screen.recommendation.headline
    is AppScreen.Onboarding -> ""
    is AppScreen.PhaseMap -> screen.map.title
    is AppScreen.ModuleOverview -> screen.overview.module.title
    is AppScreen.LessonStep -> screen.step.moduleTitle
    is AppScreen.ModuleCompletion -> screen.completion.moduleTitle
    is AppScreen.HomeSafetyQuestion -> ""
    is AppScreen.HomeSafetyNotYet -> ""
    is AppScreen.DadMoodCheck -> ""
    is AppScreen.BabyLoss -> screen.loss.title
    is AppScreen.CrisisAnswer -> ""
    is AppScreen.InstallPack -> screen.preview.title
}

/**
 * The top bar's title: two lines rather than an ellipsis, as beside help now a long title does
 * not fit one; a title that needs a third line at title size steps down to the smaller title
 * size (still scaled with the phone's text size) rather than lose its last words.
 */
@Composable
private fun TopBarTitle(title: String) {
    val sizes = listOf(MaterialTheme.typography.titleMedium, MaterialTheme.typography.titleSmall)
    var size by remember(title) { mutableIntStateOf(0) }
    Text(
        title,
        maxLines = 2,
        style = sizes[size],
        onTextLayout = { if (it.hasVisualOverflow && size < sizes.lastIndex) size++ },
    )
}
