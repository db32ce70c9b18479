@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// Living documents (safety plan, pause plan, values, warning signs, dad plan, team plan) and a
// counsellor's recommendation.
package app.groundwork.android.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.groundwork.core.LivingDocument
import app.groundwork.core.ReceivedRecommendation
import app.groundwork.core.Action
import app.groundwork.core.Destination

@Composable
fun DocumentsContent(documents: List<LivingDocument>) {
    val send = LocalSend.current
    LazyColumn(Modifier.padding(horizontal = 16.dp)) {
        items(documents, key = { it.id }) { document ->
            Text(
                document.title,
                style = MaterialTheme.typography.titleMedium,
                modifier = Modifier.fillMaxWidth().clickable { send(Action.Show(Destination.Plan(document.id))) }
                    .padding(vertical = 16.dp),
            )
            HorizontalDivider()
        }
    }
}

@Composable
fun DocumentContent(document: LivingDocument) {
    val send = LocalSend.current
    val shell = LocalText.current
    var values by remember(document) { mutableStateOf(mapOf<String, String>()) }
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        for (field in document.fields) {
            PrivateTextField(
                value = values[field.id] ?: field.value,
                onValueChange = { values = values + (field.id to it) },
                label = field.label,
                supportingText = field.hint,
                modifier = Modifier.fillMaxWidth(),
            )
        }
        Button(onClick = { val changed = values; send(Action.SaveDocument(changed)) }, enabled = values.isNotEmpty()) {
            Text(shell.save)
        }
    }
}

@Composable
fun RecommendationContent(recommendation: ReceivedRecommendation) {
    val send = LocalSend.current
    val shell = LocalText.current
    Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(recommendation.headline, style = MaterialTheme.typography.titleLarge)
        recommendation.note?.let { Text(it) }
        for (title in recommendation.moduleTitles) Text("• $title")
        Button(onClick = { send(Action.AcceptRecommendation) }) { Text(shell.addToMyPlan) }
        OutlinedButton(onClick = { send(Action.Back) }) { Text(shell.notNow) }
    }
}
