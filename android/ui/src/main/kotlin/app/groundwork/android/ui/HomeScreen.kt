@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// Home: the greeting (in the top bar), "start here" after he said things are hard, the quiet
// cards (safety, how are you now, the dad mood check, the baby, find your people, the lock
// reminder), the next step, the week's commitments and the week's review, the check-in card and
// the way to every other screen. Which cards show, and in what words, is the core's.
package app.groundwork.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.groundwork.core.Action
import app.groundwork.core.BabyArrivalAnswer
import app.groundwork.core.BabyCard
import app.groundwork.core.Destination
import app.groundwork.core.HomeScreen
import app.groundwork.core.StartHereItemKind
import app.groundwork.core.StartHerePath
import app.groundwork.core.WeekReviewCard

@Composable
fun HomeContent(home: HomeScreen) {
    val send = LocalSend.current
    val shell = LocalText.current
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        home.startHere?.let { StartHereCard(it) }
        home.safetyCard?.let { card ->
            HomeCard(card.title) {
                Text(card.message)
                Button(onClick = { send(Action.ShowHelpNow(card.situation)) }) { Text(card.actionLabel) }
            }
        }
        home.followUpCard?.let { FollowUpCardView(it) }
        home.babyCard?.let { BabyCardView(it) }
        home.dadMoodCard?.let { card ->
            HomeCard(card.title) {
                Text(card.message)
                Button(onClick = { send(Action.OpenDadMoodCheck) }) { Text(card.startLabel) }
                OutlinedButton(onClick = { send(Action.SkipDadMoodCheck) }) { Text(card.notNowLabel) }
            }
        }
        home.weekReview?.let { WeekReviewCardView(it) }
        NextStepCard(home.nextStep)
        OutlinedButton(onClick = { send(Action.Show(Destination.PhaseMap)) }, modifier = Modifier.fillMaxWidth()) {
            Text(shell.yourPath)
        }
        home.recommendations?.let { recommended ->
            Heading(recommended.headline)
            recommended.note?.let { Text(it) }
            for (module in recommended.modules) {
                ModuleCardView(module) { send(Action.Show(Destination.ModuleOverview(module.id))) }
            }
        }
        if (home.commitments.isNotEmpty()) {
            Heading(shell.thisWeek)
            for (card in home.commitments) CommitmentRow(card)
        }
        Card(onClick = { send(Action.Show(Destination.CheckIn)) }, modifier = Modifier.fillMaxWidth()) {
            Column(Modifier.padding(16.dp)) {
                Text(home.checkInPrompt, style = MaterialTheme.typography.titleMedium)
                home.lastCheckIn?.let { last ->
                    Text("${last.whenLabel}: ${last.words.ifEmpty { listOf(last.quadrantLabel) }.joinToString()}")
                }
            }
        }
        // The everyday places, in the core's order and words.
        for (shortcut in home.shortcuts) {
            OutlinedButton(
                onClick = { send(Action.OpenShortcut(shortcut.destination)) },
                modifier = Modifier.fillMaxWidth().semantics { contentDescription = "${shortcut.label}. ${shortcut.hint}" },
            ) {
                Column(Modifier.fillMaxWidth()) {
                    Text(shortcut.label, style = MaterialTheme.typography.titleSmall)
                    Text(shortcut.hint, style = MaterialTheme.typography.bodySmall)
                }
            }
        }
        home.peerGroupsCard?.let { card ->
            HomeCard(card.title) {
                Text(card.message)
                PeerGroupsView(card.groups)
            }
        }
        home.lockReminder?.let { card ->
            HomeCard(null) {
                Text(card.text)
                TextButton(onClick = { send(Action.Show(Destination.Settings)) }, modifier = Modifier.heightIn(min = MIN_TOUCH)) {
                    Text(card.actionLabel)
                }
            }
        }
        for (phase in home.phases) {
            Text("${phase.title}: ${phase.completed} / ${phase.total}")
        }
    }
}

/** A card on home: a heading (when it has one) over its content. */
@Composable
fun HomeCard(title: String?, content: @Composable () -> Unit) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            title?.let { Heading(it) }
            content()
        }
    }
}

/** "Start here if things are heated": the pause plan and his safety plan, each one tap away. */
@Composable
private fun StartHereCard(path: StartHerePath) {
    val send = LocalSend.current
    HomeCard(path.title) {
        Text(path.summary)
        Text(path.progressLabel, style = MaterialTheme.typography.labelMedium)
        for (item in path.items) {
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                Text(item.title, style = MaterialTheme.typography.titleSmall)
                Text(item.detail, style = MaterialTheme.typography.bodySmall)
                Text(
                    listOfNotNull(item.stateLabel, item.minutesLabel).joinToString(" · "),
                    style = MaterialTheme.typography.labelSmall,
                )
                OutlinedButton(onClick = {
                    when (item.kind) {
                        StartHereItemKind.MODULE -> send(Action.OpenModule(item.id))
                        StartHereItemKind.PLAN -> send(Action.OpenPlan(item.id))
                    }
                }) { Text(item.actionLabel) }
            }
        }
    }
}

/** The week's end: how did the commitment go? */
@Composable
private fun WeekReviewCardView(card: WeekReviewCard) {
    val send = LocalSend.current
    HomeCard(card.title) {
        Text(card.question)
        Text(card.hint, style = MaterialTheme.typography.bodySmall)
        for (choice in card.choices) {
            OutlinedButton(
                onClick = { send(Action.AnswerWeekReview(card.commitmentId, choice.outcome)) },
                modifier = Modifier.fillMaxWidth(),
            ) { Text(choice.label) }
        }
    }
}

/** The baby's stage, and once the due date has passed, "Has your baby arrived?". */
@Composable
private fun BabyCardView(card: BabyCard) {
    val send = LocalSend.current
    HomeCard(null) {
        Text(card.stage, style = MaterialTheme.typography.titleSmall)
        card.question?.let { question ->
            Heading(question.title)
            Text(question.message)
            DayPickerButton(question.arrivedLabel, Modifier.fillMaxWidth()) { day ->
                send(Action.AnswerBabyArrival(BabyArrivalAnswer.Arrived(day)))
            }
            Text(question.bornOnQuestion, style = MaterialTheme.typography.bodySmall)
            OutlinedButton(onClick = { send(Action.AnswerBabyArrival(BabyArrivalAnswer.NotYet)) }, modifier = Modifier.fillMaxWidth()) {
                Text(question.notYetLabel)
            }
            TextButton(onClick = { send(Action.AnswerBabyArrival(BabyArrivalAnswer.Lost)) }, modifier = Modifier.fillMaxWidth()) {
                Text(question.lostLabel)
            }
        }
    }
}
