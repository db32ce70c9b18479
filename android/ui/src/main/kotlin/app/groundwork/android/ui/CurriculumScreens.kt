@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// The curriculum's screens: onboarding, the phase map, a module's overview and its completion,
// and the cards home shares with them. Every label, state and reason comes from the core.
package app.groundwork.android.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
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
import app.groundwork.core.Action
import app.groundwork.core.BabyLossScreen
import app.groundwork.core.Destination
import app.groundwork.core.LockChoice
import app.groundwork.core.LockSecret
import app.groundwork.core.OnboardingLock
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.ui.semantics.Role

@Composable
fun OnboardingContent(screen: OnboardingScreen) {
    val send = LocalSend.current
    val shell = LocalText.current
    var region by remember(screen) { mutableStateOf(screen.selectedRegion.orEmpty()) }
    var tracks by remember(screen) { mutableStateOf(screen.tracks.filter { it.selected }.map { it.id }.toSet()) }
    var babyKind by remember(screen) {
        mutableStateOf(screen.babyDateKinds.firstOrNull { it.selected }?.kind ?: BabyDateKind.DUE)
    }
    var babyDay by remember(screen) { mutableStateOf(screen.babyDate?.date) }
    var discreet by remember(screen) { mutableStateOf(screen.discreetMode) }
    var hard by remember(screen) { mutableStateOf(screen.hardRightNow.answeredYes) }
    var lockChoice by remember(screen) { mutableStateOf<LockChoice?>(null) }
    var secret by remember(screen) { mutableStateOf("") }
    val asksDate = screen.tracks.any { it.asksBabyDate && it.id in tracks }

    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(screen.welcome, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        Text(screen.intro)
        Text(screen.privacyNote, style = MaterialTheme.typography.bodySmall)
        for (option in screen.regions) {
            Row(Modifier.fillMaxWidth().heightIn(min = 48.dp).selectable(option.code == region, role = Role.RadioButton) { region = option.code }, verticalAlignment = Alignment.CenterVertically) {
                RadioButton(selected = option.code == region, onClick = null)
                Text(option.name)
            }
        }
        for (track in screen.tracks) {
            Row(
                Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(track.id in tracks, role = Role.Checkbox) { on ->
                    tracks = if (on) tracks + track.id else tracks - track.id
                },
                verticalAlignment = Alignment.CenterVertically,
            ) {
                Checkbox(checked = track.id in tracks, onCheckedChange = null)
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
            DayPickerButton(listOfNotNull(screen.babyDateHint, babyDay?.toString()).joinToString(": ")) { babyDay = it }
        }
        // "Are things hard at home right now?": yes puts "start here" first on home.
        Heading(screen.hardRightNow.question)
        Text(screen.hardRightNow.hint, style = MaterialTheme.typography.bodySmall)
        SingleChoiceSegmentedButtonRow {
            SegmentedButton(selected = hard, onClick = { hard = true }, shape = SegmentedButtonDefaults.itemShape(0, 2)) {
                Text(screen.hardRightNow.yesLabel)
            }
            SegmentedButton(selected = !hard, onClick = { hard = false }, shape = SegmentedButtonDefaults.itemShape(1, 2)) {
                Text(screen.hardRightNow.noLabel)
            }
        }
        Row(Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(discreet, role = Role.Switch) { discreet = it }, verticalAlignment = Alignment.CenterVertically) {
            Text(shell.discreetMode, Modifier.weight(1f))
            Switch(checked = discreet, onCheckedChange = null)
        }
        Text(screen.discreetModeHint, style = MaterialTheme.typography.bodySmall)
        // The lock offer, the first time only.
        screen.lockOffer?.let { offer ->
            Heading(offer.title)
            Text(offer.why)
            Text(offer.advice, style = MaterialTheme.typography.bodySmall)
            for (option in offer.choices) {
                Row(
                    Modifier.fillMaxWidth().heightIn(min = 48.dp).selectable(lockChoice == option.choice, role = Role.RadioButton) { lockChoice = option.choice },
                    verticalAlignment = Alignment.CenterVertically,
                ) {
                    RadioButton(selected = lockChoice == option.choice, onClick = null)
                    Column {
                        Text(option.label)
                        Text(option.detail, style = MaterialTheme.typography.bodySmall)
                    }
                }
            }
            if (lockChoice == LockChoice.PIN || lockChoice == LockChoice.PASSPHRASE) {
                SecretField(
                    label = if (lockChoice == LockChoice.PIN) shell.pin else shell.passphrase,
                    value = secret,
                    numeric = lockChoice == LockChoice.PIN,
                ) { secret = it }
            }
            if (lockChoice == LockChoice.NOT_NOW) Text(offer.notNowMeans, style = MaterialTheme.typography.bodySmall)
        }
        Button(
            onClick = {
                val choices = OnboardingChoices(
                    region = region,
                    trackIds = screen.tracks.map { it.id }.filter { it in tracks },
                    babyDate = if (asksDate) babyDay?.let { BabyDate(babyKind, it) } else null,
                    discreetMode = discreet,
                    thingsAreHard = hard,
                )
                val lock = when (lockChoice) {
                    LockChoice.PIN -> OnboardingLock.Secret(LockSecret.Pin(secret))
                    LockChoice.PASSPHRASE -> OnboardingLock.Secret(LockSecret.Passphrase(secret))
                    LockChoice.BIOMETRIC -> OnboardingLock.Biometric
                    LockChoice.NOT_NOW, null -> OnboardingLock.NotNow
                }
                secret = ""
                send(Action.CompleteOnboarding(choices, lock))
            },
            enabled = screen.lockOffer == null || lockChoice != null,
        ) { Text(shell.continueOnboarding) }
    }
}

@Composable
fun PhaseMapContent(map: PhaseMapScreen) {
    val send = LocalSend.current
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
                ModuleCardView(module) { send(Action.Show(Destination.ModuleOverview(module.id))) }
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
    val send = LocalSend.current
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
            Button(onClick = { send(Action.OpenModule(overview.module.id)) }) { Text(action) }
        }
    }
}

@Composable
fun ModuleCompletionContent(completion: ModuleCompletionScreen) {
    val send = LocalSend.current
    val shell = LocalText.current
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(completion.headline, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        for (line in completion.whatYouDid) Text("• $line")
        completion.commitment?.let { CommitmentRow(it) }
        for (document in completion.documents) {
            OutlinedButton(onClick = { send(Action.OpenPlan(document.id)) }) { Text(document.title) }
        }
        for (opened in completion.newlyOpened) Text(opened)
        completion.homeSafetyQuestion?.let { question ->
            Text(question.intro)
            Button(onClick = { send(Action.AskHomeSafetyQuestion) }) { Text(question.question) }
        }
        completion.peerGroups?.let { PeerGroupsView(it) }
        NextStepCard(completion.next)
        OutlinedButton(onClick = { send(Action.GoHome) }) { Text(shell.home) }
    }
}

/** The question asked before exercises done together with a partner open, with its answers. */
@Composable
fun HomeSafetyQuestionContent(question: HomeSafetyQuestion) {
    val send = LocalSend.current
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(question.intro)
        Text(question.question, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
        for (choice in question.choices) {
            OutlinedButton(onClick = { send(Action.AnswerHomeSafetyQuestion(choice.answer)) }) { Text(choice.label) }
        }
    }
}

/**
 * The new dad's short check of his own mood: the core's intro and lead-in, each question with its
 * four answers, "Done" once all are answered, and the core's "not now".
 */
@Composable
fun DadMoodCheckContent(check: DadMoodCheckScreen) {
    val send = LocalSend.current
    val shell = LocalText.current
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
            onClick = { send(Action.AnswerDadMoodCheck(check.questions.map { answers.getValue(it.id) })) },
            enabled = complete,
        ) { Text(shell.done) }
        OutlinedButton(onClick = { send(Action.SkipDadMoodCheck) }) { Text(check.notNowLabel) }
    }
}

/** Why exercises done together with a partner stay closed for now: help, and his own work. */
@Composable
fun HomeSafetyNotYetContent(notYet: HomeSafetyNotYetScreen) {
    val send = LocalSend.current
    val shell = LocalText.current
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
                ModuleCardView(module) { send(Action.Show(Destination.ModuleOverview(module.id))) }
            }
        }
        OutlinedButton(onClick = { send(Action.GoHome) }) { Text(shell.home) }
    }
}

/** The one next step, with its button when there is one. */
@Composable
fun NextStepCard(next: NextStep) {
    val send = LocalSend.current
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            Text(next.title, style = MaterialTheme.typography.titleMedium)
            Text(next.detail)
            val action = next.actionLabel
            val moduleId = next.moduleId
            if (action != null && moduleId != null) {
                Button(onClick = { send(Action.OpenModule(moduleId)) }) { Text(action) }
            }
        }
    }
}

/** One of this week's commitments: done, not this time, or open again. */
@Composable
fun CommitmentRow(card: CommitmentCard) {
    val send = LocalSend.current
    Column(verticalArrangement = Arrangement.spacedBy(6.dp)) {
        Text(card.text)
        Text("${card.moduleTitle} · ${card.whenLabel}", style = MaterialTheme.typography.labelSmall)
        SingleChoiceSegmentedButtonRow {
            card.actions.forEachIndexed { index, action ->
                SegmentedButton(
                    selected = action.selected,
                    onClick = { send(Action.SetCommitmentState(card.id, action.state)) },
                    shape = SegmentedButtonDefaults.itemShape(index, card.actions.size),
                ) { Text(action.label) }
            }
        }
    }
}

/** After he said they lost the baby: kind words, what is paused, the loss lines, and home. */
@Composable
fun BabyLossContent(loss: BabyLossScreen) {
    val send = LocalSend.current
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(loss.message)
        Text(loss.paused, style = MaterialTheme.typography.bodySmall)
        Heading(loss.linesTitle)
        loss.helpNow.emergency?.let { LineCardView(it) }
        for (line in loss.helpNow.lines) LineCardView(line)
        Button(onClick = { send(Action.GoHome) }) { Text(loss.doneLabel) }
    }
}
