@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// The curriculum's screens: onboarding, the phase map, a module's overview and its completion,
// and the cards home shares with them. Every label, state and reason comes from the core.
package app.groundwork.android.ui

import android.app.DatePickerDialog
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.RadioButton
import androidx.compose.material3.SegmentedButton
import androidx.compose.material3.SegmentedButtonDefaults
import androidx.compose.material3.SingleChoiceSegmentedButtonRow
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontStyle
import androidx.compose.ui.unit.dp
import app.groundwork.core.BabyDate
import app.groundwork.core.BabyDateKind
import app.groundwork.core.CommitmentCard
import app.groundwork.core.DadMoodCheckScreen
import app.groundwork.core.HomeSafetyNotYetScreen
import app.groundwork.core.HomeSafetyQuestion
import app.groundwork.core.ModuleAccess
import app.groundwork.core.ModuleCard
import app.groundwork.core.ModuleCompletionScreen
import app.groundwork.core.ModuleOverviewScreen
import app.groundwork.core.NextStep
import app.groundwork.core.OnboardingChoices
import app.groundwork.core.OnboardingScreen
import app.groundwork.core.PhaseMapScreen
import app.groundwork.core.StepState
import app.groundwork.presentation.DayParser
import app.groundwork.presentation.Route
import java.time.LocalDate

@Composable
fun OnboardingContent(screen: OnboardingScreen) {
    val viewModel = LocalViewModel.current
    val activity = LocalActivity.current
    var region by remember(screen) { mutableStateOf(screen.selectedRegion.orEmpty()) }
    var tracks by remember(screen) { mutableStateOf(screen.tracks.filter { it.selected }.map { it.id }.toSet()) }
    var babyKind by remember(screen) {
        mutableStateOf(screen.babyDateKinds.firstOrNull { it.selected }?.kind ?: BabyDateKind.DUE)
    }
    var babyDay by remember(screen) { mutableStateOf(screen.babyDate?.date?.let(DayParser::date) ?: LocalDate.now()) }
    var discreet by remember(screen) { mutableStateOf(screen.discreetMode) }
    val asksDate = screen.tracks.any { it.asksBabyDate && it.id in tracks }

    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(screen.welcome, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        Text(screen.intro)
        Text(screen.privacyNote, style = MaterialTheme.typography.bodySmall)
        for (option in screen.regions) {
            Row(verticalAlignment = Alignment.CenterVertically) {
                RadioButton(selected = option.code == region, onClick = { region = option.code })
                Text(option.name)
            }
        }
        for (track in screen.tracks) {
            Row(verticalAlignment = Alignment.CenterVertically) {
                Checkbox(checked = track.id in tracks, onCheckedChange = { on -> tracks = if (on) tracks + track.id else tracks - track.id })
                Column {
                    Text(track.title)
                    Text(track.summary, style = MaterialTheme.typography.bodySmall)
                }
            }
        }
        if (asksDate) {
            Text(screen.babyDateQuestion)
            SingleChoiceSegmentedButtonRow {
                screen.babyDateKinds.forEachIndexed { index, option ->
                    SegmentedButton(
                        babyKind == option.kind,
                        { babyKind = option.kind },
                        SegmentedButtonDefaults.itemShape(index, screen.babyDateKinds.size),
                    ) { Text(option.label) }
                }
            }
            OutlinedButton(onClick = {
                DatePickerDialog(activity, { _, y, m, d -> babyDay = LocalDate.of(y, m + 1, d) },
                    babyDay.year, babyDay.monthValue - 1, babyDay.dayOfMonth).show()
            }) { Text("${screen.babyDateHint}: $babyDay") }
        }
        Row(verticalAlignment = Alignment.CenterVertically) {
            Text("Discreet mode", Modifier.weight(1f))
            Switch(checked = discreet, onCheckedChange = { discreet = it })
        }
        Text(screen.discreetModeHint, style = MaterialTheme.typography.bodySmall)
        Button(onClick = {
            val choices = OnboardingChoices(
                region = region,
                trackIds = screen.tracks.map { it.id }.filter { it in tracks },
                babyDate = if (asksDate) BabyDate(babyKind, babyDay.toString()) else null,
                discreetMode = discreet,
            )
            viewModel.act { completeOnboarding(choices) }
        }) { Text("Continue") }
    }
}

@Composable
fun PhaseMapContent(map: PhaseMapScreen) {
    val viewModel = LocalViewModel.current
    LazyColumn(Modifier.padding(horizontal = 16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { Text(map.intro) }
        for (phase in map.phases) {
            item(key = phase.id) {
                Row(Modifier.fillMaxWidth()) {
                    Text(phase.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.weight(1f).semantics { heading() })
                    Text(phase.progressLabel)
                }
                Text(phase.summary, style = MaterialTheme.typography.bodySmall)
                phase.lockedReason?.let { Text(it, fontStyle = FontStyle.Italic) }
            }
            items(phase.modules, key = { "${phase.id}/${it.id}" }) { module ->
                ModuleCardView(module) { viewModel.act { show(Route.ModuleOverview(module.id)) } }
            }
        }
    }
}

@Composable
fun ModuleCardView(module: ModuleCard, onClick: () -> Unit) {
    Card(onClick = onClick, modifier = Modifier.fillMaxWidth()) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(module.title, style = MaterialTheme.typography.titleSmall)
            Text(module.summary, style = MaterialTheme.typography.bodySmall)
            Text(
                listOfNotNull(module.stateLabel, module.minutesLabel, module.weekLabel, module.recommendedLabel).joinToString(" · "),
                style = MaterialTheme.typography.labelSmall,
            )
            when (val access = module.access) {
                ModuleAccess.Open -> Unit
                is ModuleAccess.Locked -> Text(access.reason, style = MaterialTheme.typography.labelSmall)
                is ModuleAccess.AskFirst -> Text(access.reason, style = MaterialTheme.typography.labelSmall)
                is ModuleAccess.Upcoming -> Text(access.label, style = MaterialTheme.typography.labelSmall)
            }
        }
    }
}

@Composable
fun ModuleOverviewContent(overview: ModuleOverviewScreen) {
    val viewModel = LocalViewModel.current
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(overview.phaseTitle, style = MaterialTheme.typography.labelLarge)
        ModuleCardView(overview.module) {}
        overview.counsellorNote?.let { Text(it, fontStyle = FontStyle.Italic) }
        for (step in overview.steps) {
            val mark = when (step.state) {
                StepState.NOT_STARTED -> "○"
                StepState.IN_PROGRESS -> "◐"
                StepState.COMPLETED -> "●"
            }
            Text("$mark ${step.title}")
        }
        overview.actionLabel?.let { action ->
            Button(onClick = { viewModel.act { openModule(overview.module.id) } }) { Text(action) }
        }
    }
}

@Composable
fun ModuleCompletionContent(completion: ModuleCompletionScreen) {
    val viewModel = LocalViewModel.current
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(completion.headline, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        for (line in completion.whatYouDid) Text("• $line")
        completion.commitment?.let { CommitmentRow(it) }
        for (document in completion.documents) {
            OutlinedButton(onClick = { viewModel.act { show(Route.Document(document.id)) } }) { Text(document.title) }
        }
        for (opened in completion.newlyOpened) Text(opened)
        completion.homeSafetyQuestion?.let { question ->
            Text(question.intro)
            Button(onClick = { viewModel.act { askHomeSafetyQuestion() } }) { Text(question.question) }
        }
        completion.peerGroups?.let { PeerGroupsView(it) }
        NextStepCard(completion.next)
        OutlinedButton(onClick = { viewModel.act { goHome() } }) { Text("Home") }
    }
}

/** The question asked before exercises done together with a partner open, with its answers. */
@Composable
fun HomeSafetyQuestionContent(question: HomeSafetyQuestion) {
    val viewModel = LocalViewModel.current
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(question.intro)
        Text(question.question, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
        for (choice in question.choices) {
            OutlinedButton(onClick = { viewModel.act { answerHomeSafetyQuestion(choice.answer) } }) { Text(choice.label) }
        }
    }
}

/**
 * The new dad's short check of his own mood: the core's intro and lead-in, each question with its
 * four answers, "Done" once all are answered, and the core's "not now".
 */
@Composable
fun DadMoodCheckContent(check: DadMoodCheckScreen) {
    val viewModel = LocalViewModel.current
    var answers by remember(check) { mutableStateOf(mapOf<String, Int>()) }
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(check.intro)
        Text(check.stem, style = MaterialTheme.typography.bodySmall)
        for (question in check.questions) {
            Text(question.text, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
            for (choice in question.choices) {
                val pick = { answers = answers + (question.id to choice.value) }
                Row(
                    Modifier.fillMaxWidth().clickable(onClick = pick),
                    verticalAlignment = Alignment.CenterVertically,
                ) {
                    RadioButton(selected = answers[question.id] == choice.value, onClick = pick)
                    Text(choice.label)
                }
            }
        }
        val complete = check.questions.all { it.id in answers }
        Button(
            onClick = { viewModel.act { answerDadMoodCheck(check.questions.map { answers.getValue(it.id) }) } },
            enabled = complete,
        ) { Text("Done") }
        OutlinedButton(onClick = { viewModel.act { skipDadMoodCheck() } }) { Text(check.notNowLabel) }
    }
}

/** Why exercises done together with a partner stay closed for now: help, and his own work. */
@Composable
fun HomeSafetyNotYetContent(notYet: HomeSafetyNotYetScreen) {
    val viewModel = LocalViewModel.current
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(notYet.message)
        Text(notYet.askAgain, style = MaterialTheme.typography.bodySmall)
        notYet.helpNow.emergency?.let { LineCardView(it) }
        notYet.helpNow.situationIntro?.let { Text(it) }
        for (line in notYet.helpNow.lines) LineCardView(line)
        if (notYet.ownWork.isNotEmpty()) {
            Text(notYet.ownWorkTitle, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
            for (module in notYet.ownWork) {
                ModuleCardView(module) { viewModel.act { show(Route.ModuleOverview(module.id)) } }
            }
        }
        OutlinedButton(onClick = { viewModel.act { goHome() } }) { Text("Home") }
    }
}

/** The one next step, with its button when there is one. */
@Composable
fun NextStepCard(next: NextStep) {
    val viewModel = LocalViewModel.current
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            Text(next.title, style = MaterialTheme.typography.titleMedium)
            Text(next.detail)
            val action = next.actionLabel
            val moduleId = next.moduleId
            if (action != null && moduleId != null) {
                Button(onClick = { viewModel.act { openModule(moduleId) } }) { Text(action) }
            }
        }
    }
}

/** One of this week's commitments: done, not this time, or open again. */
@Composable
fun CommitmentRow(card: CommitmentCard) {
    val viewModel = LocalViewModel.current
    Column(verticalArrangement = Arrangement.spacedBy(6.dp)) {
        Text(card.text)
        Text("${card.moduleTitle} · ${card.whenLabel}", style = MaterialTheme.typography.labelSmall)
        SingleChoiceSegmentedButtonRow {
            card.actions.forEachIndexed { index, action ->
                SegmentedButton(
                    selected = action.selected,
                    onClick = { viewModel.act { setCommitmentState(card.id, action.state) } },
                    shape = SegmentedButtonDefaults.itemShape(index, card.actions.size),
                ) { Text(action.label) }
            }
        }
    }
}
