@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// The anger moment log: short by design, every label from the core's form.
package app.groundwork.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.Slider
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableFloatStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.semantics.stateDescription
import androidx.compose.ui.unit.dp
import app.groundwork.core.DictationField
import app.groundwork.core.Action
import app.groundwork.core.AngerMomentForm
import app.groundwork.core.AngerMomentInput
import kotlin.math.roundToInt

@Composable
fun AngerMomentContent(form: AngerMomentForm) {
    val send = LocalSend.current
    val shell = LocalText.current
    var whatHappened by remember { mutableStateOf("") }
    var intensity by remember { mutableFloatStateOf(5f) }
    var cues by remember { mutableStateOf(listOf<String>()) }
    var thoughts by remember { mutableStateOf("") }
    var whatIDid by remember { mutableStateOf("") }
    var nextTime by remember { mutableStateOf("") }
    var repairNeeded by remember { mutableStateOf(false) }

    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(form.intro)
        Field(form.whatHappenedLabel, whatHappened) { whatHappened = it }
        DictationControls(DictationField.WHAT_HAPPENED, whatHappened) { whatHappened = it }
        Text(form.intensityLabel)
        Slider(
            value = intensity,
            onValueChange = { intensity = it },
            valueRange = 0f..10f,
            steps = 9,
            modifier = Modifier.semantics { stateDescription = shell.outOfTen[intensity.roundToInt()] },
        )
        ChipGroup(form.bodyCues.map { it to it }, cues.toSet()) { cue -> cues = if (cue in cues) cues - cue else cues + cue }
        Field(form.thoughtsLabel, thoughts) { thoughts = it }
        Field(form.whatIDidLabel, whatIDid) { whatIDid = it }
        Field(form.nextTimeLabel, nextTime) { nextTime = it }
        Row(verticalAlignment = Alignment.CenterVertically) {
            Text(form.repairLabel, Modifier.weight(1f))
            Switch(checked = repairNeeded, onCheckedChange = { repairNeeded = it })
        }
        Button(onClick = {
            val input = AngerMomentInput(
                whatHappened = whatHappened,
                intensity = intensity.roundToInt(),
                bodyCues = cues,
                thoughts = thoughts.ifEmpty { null },
                whatIDid = whatIDid.ifEmpty { null },
                nextTime = nextTime.ifEmpty { null },
                repairNeeded = repairNeeded,
                repairDone = false,
            )
            send(Action.RecordAngerMoment(input))
        }) { Text(shell.save) }
    }
}

@Composable
fun Field(label: String, value: String, onChange: (String) -> Unit) {
    PrivateTextField(value = value, onValueChange = onChange, label = label, modifier = Modifier.fillMaxWidth())
}
