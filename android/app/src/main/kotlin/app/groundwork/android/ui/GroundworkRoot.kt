@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// The top of the Compose tree: the lock screen, or the top entry of the app model's stack with a
// top bar (the core's help button always at its end), predictive back and the notice bar. Every screen is chosen by the screen model on
// top, never by a rule of its own.
package app.groundwork.android.ui

import androidx.activity.compose.BackHandler
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.automirrored.filled.ArrowBack
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.ModalBottomSheet
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.getValue
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import app.groundwork.android.AppViewModel
import app.groundwork.android.MainActivity
import app.groundwork.presentation.AppPhase
import app.groundwork.presentation.Screen
import app.groundwork.presentation.helpButton

/** The view model and activity, for every screen below the root. */
val LocalViewModel = staticCompositionLocalOf<AppViewModel> { error("no AppViewModel") }
val LocalActivity = staticCompositionLocalOf<MainActivity> { error("no MainActivity") }

@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun GroundworkRoot(viewModel: AppViewModel, activity: MainActivity) {
    val state by viewModel.state.collectAsStateWithLifecycle()
    CompositionLocalProvider(LocalViewModel provides viewModel, LocalActivity provides activity) {
        when (val phase = state.phase) {
            AppPhase.Starting -> Box(Modifier.fillMaxSize(), contentAlignment = Alignment.Center) {
                CircularProgressIndicator()
            }
            // Help is in the top bar on every screen, the lock screen's too, from the model.
            is AppPhase.Locked -> HelpScaffold(state.help) { LockScreen(phase.lock) }
            is AppPhase.Unavailable -> HelpScaffold(state.help) { UnavailableScreen(phase.reason) }
            AppPhase.Unlocked -> {
                val top = state.top ?: return@CompositionLocalProvider
                // Predictive back: the system animates back to the screen below.
                BackHandler(enabled = state.stack.size > 1) { viewModel.act { back() } }
                Scaffold(
                    topBar = {
                        TopAppBar(
                            title = { Text(titleOf(top.screen)) },
                            navigationIcon = {
                                if (state.stack.size > 1) {
                                    IconButton(onClick = { viewModel.act { back() } }) {
                                        Icon(Icons.AutoMirrored.Filled.ArrowBack, contentDescription = "Back")
                                    }
                                }
                            },
                            actions = {
                                TopBarActions(top.screen)
                                HelpAction(top.screen.helpButton)
                            },
                        )
                    },
                    bottomBar = { NoticeBar(state.notice) },
                ) { padding ->
                    Box(Modifier.padding(padding)) { ScreenContent(top.screen) }
                }
            }
        }
        val help = state.helpBeforeUnlock
        if (help != null) {
            ModalBottomSheet(onDismissRequest = { viewModel.act { closeHelpBeforeUnlock() } }) {
                HelpNowContent(help)
            }
        }
    }
}

/** One screen model, rendered. */
@Composable
fun ScreenContent(screen: Screen) {
    when (screen) {
        is Screen.Home -> HomeContent(screen.home)
        is Screen.CheckIn -> CheckInContent(screen.state)
        is Screen.SafetyQuestionsScreen -> SafetyQuestionsContent(screen.questions)
        is Screen.HelpNow -> HelpNowContent(screen.help)
        is Screen.AngerMoment -> AngerMomentContent(screen.form)
        is Screen.Journal -> JournalListContent(screen.state)
        is Screen.JournalEditor -> JournalEditorContent(screen.state)
        is Screen.JournalSearch -> JournalSearchContent(screen.state)
        is Screen.Insights -> InsightsContent(screen.state)
        is Screen.Documents -> DocumentsContent(screen.documents)
        is Screen.Document -> DocumentContent(screen.document)
        is Screen.Settings -> SettingsContent(screen.state)
        is Screen.Recommendation -> RecommendationContent(screen.recommendation)
        is Screen.Onboarding -> OnboardingContent(screen.onboarding)
        is Screen.PhaseMap -> PhaseMapContent(screen.map)
        is Screen.ModuleOverview -> ModuleOverviewContent(screen.overview)
        is Screen.LessonStep -> LessonStepContent(screen.step)
        is Screen.ModuleCompletion -> ModuleCompletionContent(screen.completion)
        is Screen.HomeSafetyQuestionScreen -> HomeSafetyQuestionContent(screen.question)
        is Screen.HomeSafetyNotYet -> HomeSafetyNotYetContent(screen.notYet)
        is Screen.DadMoodCheck -> DadMoodCheckContent(screen.check)
        is Screen.CrisisAnswerScreen -> CrisisAnswerContent(screen.answer)
        is Screen.InstallPack -> InstallPackContent(screen.preview)
    }
}

/** The top bar's title: the screen model's own heading where it has one. */
private fun titleOf(screen: Screen): String = when (screen) {
    is Screen.Home -> screen.home.greeting
    is Screen.CheckIn -> "Check in"
    is Screen.SafetyQuestionsScreen -> ""
    is Screen.HelpNow -> screen.help.title
    is Screen.AngerMoment -> screen.form.title
    is Screen.Journal -> "Journal"
    is Screen.JournalEditor -> if (screen.state.entry == null) "New entry" else "Entry"
    is Screen.JournalSearch -> "Search"
    is Screen.Insights -> "Insights"
    is Screen.Documents -> "My plans"
    is Screen.Document -> screen.document.title
    is Screen.Settings -> "Settings"
    is Screen.Recommendation -> screen.recommendation.headline
    is Screen.Onboarding -> ""
    is Screen.PhaseMap -> screen.map.title
    is Screen.ModuleOverview -> screen.overview.module.title
    is Screen.LessonStep -> screen.step.moduleTitle
    is Screen.ModuleCompletion -> screen.completion.moduleTitle
    is Screen.HomeSafetyQuestionScreen -> ""
    is Screen.HomeSafetyNotYet -> ""
    is Screen.DadMoodCheck -> ""
    is Screen.CrisisAnswerScreen -> ""
    is Screen.InstallPack -> screen.preview.title
}
