// What he sees straight after saving words the crisis check found: the core's heading and
// message for the situation, then its parts in the order given (the numbers first when it is
// urgent, his own plan or a few steps), and the way back to what he was doing. Every word and
// the order are the core's; this draws them.
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
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.groundwork.core.Action
import app.groundwork.core.AnswerPart
import app.groundwork.core.CrisisAnswer
import app.groundwork.core.FollowUpCard
import app.groundwork.core.PlanLink

@Composable
fun CrisisAnswerContent(answer: CrisisAnswer) {
    val send = LocalSend.current
    Column(
        Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        Text(answer.title, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        Text(answer.message, style = MaterialTheme.typography.bodyLarge)
        for (part in answer.parts) AnswerPartView(part)
        Button(onClick = { send(Action.ShowHelpNow(answer.situation)) }, modifier = Modifier.fillMaxWidth()) {
            Text(answer.moreHelpLabel)
        }
        OutlinedButton(onClick = { send(Action.CloseCrisisAnswer) }, modifier = Modifier.fillMaxWidth()) {
            Text(answer.doneLabel)
        }
    }
}

@Composable
private fun AnswerPartView(part: AnswerPart) {
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        when (part) {
            is AnswerPart.Calls -> {
                Text(part.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
                for (line in part.lines) LineCardView(line)
            }
            is AnswerPart.Plan -> Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
                    Text(part.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
                    for (item in part.items) {
                        Text(item.label, style = MaterialTheme.typography.labelLarge)
                        Text(item.text)
                    }
                    PlanLinkButton(part.link)
                }
            }
            is AnswerPart.Steps -> {
                Text(part.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
                part.steps.forEachIndexed { index, step -> Text("${index + 1}. $step") }
                part.link?.let { PlanLinkButton(it) }
            }
        }
    }
}

@Composable
private fun PlanLinkButton(link: PlanLink) {
    val send = LocalSend.current
    TextButton(onClick = { send(Action.OpenPlan(link.documentId)) }) { Text(link.label) }
}

/** Home's quiet question after something heavy: the core's answers, and the way to turn it off. */
@Composable
fun FollowUpCardView(card: FollowUpCard) {
    val send = LocalSend.current
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(card.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
            Text(card.question)
            for (choice in card.choices) {
                OutlinedButton(onClick = { send(Action.AnswerFollowUp(choice.answer)) }, modifier = Modifier.fillMaxWidth()) {
                    Text(choice.label)
                }
            }
            TextButton(onClick = { send(Action.SetCrisisFollowUp(false)) }) { Text(card.turnOffLabel) }
        }
    }
}
