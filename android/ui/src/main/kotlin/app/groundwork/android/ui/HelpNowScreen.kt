@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// Help now: the emergency number first, the situations, what he can do this minute (when the
// situation has first steps), the lines that fit with whether each is open now, his safety plan
// and the pause plan with its safeguards (the pause plan first when the core says so). The same
// before unlock (no plans shown then).
package app.groundwork.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Card
import androidx.compose.material3.DropdownMenu
import androidx.compose.material3.DropdownMenuItem
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.groundwork.core.FirstStepsCard
import app.groundwork.core.HelpLineCard
import app.groundwork.core.HelpNowScreen
import app.groundwork.core.LivingDocument
import app.groundwork.core.PausePlanCard
import app.groundwork.core.PeerGroupsCard
import app.groundwork.core.Action
import app.groundwork.core.Destination

@Composable
fun HelpNowContent(help: HelpNowScreen) {
    val send = LocalSend.current
    val shell = LocalText.current
    var regionsOpen by remember { mutableStateOf(false) }
    LazyColumn(Modifier.padding(horizontal = 16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item {
            Text(help.title, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        }
        help.emergency?.let { item { LineCardView(it) } }
        item {
            help.regionPrompt?.let { Text(it) }
            Box {
                TextButton(onClick = { regionsOpen = true }) { Text(help.region?.name ?: shell.chooseRegion) }
                DropdownMenu(expanded = regionsOpen, onDismissRequest = { regionsOpen = false }) {
                    for (region in help.regions) {
                        DropdownMenuItem(text = { Text(region.name) }, onClick = {
                            regionsOpen = false
                            send(Action.ChooseRegion(region.code))
                        })
                    }
                }
            }
        }
        items(help.situations, key = { it.situation.name }) { option ->
            FilterChip(
                selected = option.selected,
                onClick = { send(Action.ShowHelpNow(option.situation)) },
                label = { Text(option.title) },
                modifier = Modifier.fillMaxWidth(),
            )
        }
        help.situationIntro?.let { item { Text(it) } }
        help.firstSteps?.let { first -> item { FirstStepsView(first) } }
        items(help.lines, key = { it.id }) { LineCardView(it) }
        help.peerGroups?.let { groups -> item { PeerGroupsView(groups) } }
        if (help.pausePlanFirst) {
            item { PausePlanView(help.pausePlan) }
            help.safetyPlan?.let { plan -> item { DocumentText(plan) } }
        } else {
            help.safetyPlan?.let { plan -> item { DocumentText(plan) } }
            item { PausePlanView(help.pausePlan) }
        }
        items(help.planLinks, key = { it.documentId }) { link ->
            TextButton(onClick = { send(Action.OpenPlan(link.documentId)) }) { Text(link.label) }
        }
    }
}

@Composable
private fun FirstStepsView(first: FirstStepsCard) {
    Column(verticalArrangement = Arrangement.spacedBy(6.dp)) {
        Text(first.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
        first.steps.forEachIndexed { index, step -> Text("${index + 1}. $step") }
    }
}

@Composable
private fun PausePlanView(card: PausePlanCard) {
    Column {
        Text(card.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
        for (safeguard in card.safeguards) Text("• $safeguard")
        card.plan?.let { DocumentText(it) }
    }
}

@Composable
internal fun LineCardView(line: HelpLineCard) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            Text(line.name, style = MaterialTheme.typography.titleMedium)
            Text(line.forWhom)
            // Which languages it answers in, when its own page says.
            line.languages?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            Text(
                line.hours,
                style = MaterialTheme.typography.bodySmall,
                // The core says whether the line is open now; closed or unknown reads quieter.
                color = if (line.openNow == true) MaterialTheme.colorScheme.onSurface else MaterialTheme.colorScheme.onSurfaceVariant,
            )
            for (action in line.actions) ContactButton(action)
        }
    }
}

/** Find your people: the groups of his region, each with how to find the nearest one. */
@Composable
internal fun PeerGroupsView(card: PeerGroupsCard) {
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(card.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
        Text(card.intro)
        for (group in card.groups) {
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
                    Text(group.area?.let { "${group.name} ($it)" } ?: group.name, style = MaterialTheme.typography.titleMedium)
                    Text(group.what)
                    Text(group.forWhom)
                    Text(group.find)
                    Text(group.checked, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.onSurfaceVariant)
                    for (action in group.actions) ContactButton(action)
                }
            }
        }
    }
}

/** A living document's answers, read-only. */
@Composable
fun DocumentText(document: LivingDocument) {
    Column(verticalArrangement = Arrangement.spacedBy(6.dp)) {
        Text(document.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
        for (field in document.fields.filter { it.value.isNotEmpty() }) {
            Text(field.label, style = MaterialTheme.typography.labelLarge)
            Text(field.value)
        }
    }
}
