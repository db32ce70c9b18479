@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// Home: the greeting (in the top bar), the check-in card, the journal, the quiet safety card when
// there is one, and the way to every other screen.
package app.groundwork.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.unit.dp
import app.groundwork.core.HomeScreen
import app.groundwork.core.InsightRange
import app.groundwork.presentation.Route

@Composable
fun HomeContent(home: HomeScreen) {
    val viewModel = LocalViewModel.current
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        home.safetyCard?.let { card ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    Text(card.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
                    Text(card.message)
                    Button(onClick = { viewModel.act { acceptHelp(card.situation) } }) { Text(card.actionLabel) }
                }
            }
        }
        home.followUpCard?.let { FollowUpCardView(it) }
        home.dadMoodCard?.let { card ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    Text(card.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
                    Text(card.message)
                    Button(onClick = { viewModel.act { openDadMoodCheck() } }) { Text(card.startLabel) }
                    OutlinedButton(onClick = { viewModel.act { skipDadMoodCheck() } }) { Text(card.notNowLabel) }
                }
            }
        }
        home.peerGroupsCard?.let { card ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    Text(card.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
                    Text(card.message)
                    PeerGroupsView(card.groups)
                    OutlinedButton(onClick = { viewModel.act { dismissPeerGroupsCard() } }) { Text(card.dismissLabel) }
                }
            }
        }
        NextStepCard(home.nextStep)
        OutlinedButton(onClick = { viewModel.act { show(Route.PhaseMap) } }, modifier = Modifier.fillMaxWidth()) {
            Text("Your path")
        }
        home.recommendations?.let { recommended ->
            Text(recommended.headline, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
            recommended.note?.let { Text(it) }
            for (module in recommended.modules) {
                ModuleCardView(module) { viewModel.act { show(Route.ModuleOverview(module.id)) } }
            }
        }
        if (home.commitments.isNotEmpty()) {
            Text("This week", style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
            for (card in home.commitments) CommitmentRow(card)
        }
        Card(onClick = { viewModel.act { show(Route.CheckIn) } }, modifier = Modifier.fillMaxWidth()) {
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
                onClick = { viewModel.act { openShortcut(shortcut.destination) } },
                modifier = Modifier.fillMaxWidth().semantics { contentDescription = "${shortcut.label}. ${shortcut.hint}" },
            ) {
                Column(Modifier.fillMaxWidth()) {
                    Text(shortcut.label, style = MaterialTheme.typography.titleSmall)
                    Text(shortcut.hint, style = MaterialTheme.typography.bodySmall)
                }
            }
        }
        for (phase in home.phases) {
            Text("${phase.title}: ${phase.completed} / ${phase.total}")
        }
    }
}
