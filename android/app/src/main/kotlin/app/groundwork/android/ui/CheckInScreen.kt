@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// The check-in: a point on the mood meter grid, words from the pack and his own, the optional
// questions and a note; then the two safety questions when the core asks them. Labels and limits
// come from the core; the app model decides nothing either, it routes what the core returns.
package app.groundwork.android.ui

import androidx.compose.foundation.background
import androidx.compose.foundation.border
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.aspectRatio
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.SegmentedButton
import androidx.compose.material3.SegmentedButtonDefaults
import androidx.compose.material3.SingleChoiceSegmentedButtonRow
import androidx.compose.material3.Slider
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.selected
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.semantics.stateDescription
import androidx.compose.ui.unit.dp
import app.groundwork.core.SafetyQuestions
import app.groundwork.presentation.CheckInDraft
import app.groundwork.presentation.CheckInViewState
import app.groundwork.presentation.MoodMeterGrid
import kotlin.math.roundToInt
import kotlin.math.sign

@Composable
fun CheckInContent(state: CheckInViewState) {
    val viewModel = LocalViewModel.current
    var draft by remember(state) { mutableStateOf(CheckInDraft()) }
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        Text(state.form.title, style = MaterialTheme.typography.titleLarge)
        MoodMeter(state.grid, draft) { p, e -> draft = draft.copy(pleasantness = p, energy = e) }
        for (group in state.wordGroups) {
            ChipGroup(
                items = group.words.map { it.id to it.word },
                selected = draft.emotions.toSet(),
                onToggle = { draft = draft.toggle(it, state.form.maxEmotions) },
            )
        }
        PrivateTextField(
            value = draft.ownWordsText,
            onValueChange = { draft = draft.copy(ownWordsText = it) },
            label = "Your own words, separated by commas",
            modifier = Modifier.fillMaxWidth(),
        )
        OptionalScale(state.form.angerLabel, draft.anger) { draft = draft.copy(anger = it) }
        OptionalScale(state.form.stressLabel, draft.stress) { draft = draft.copy(stress = it) }
        OptionalHours(state.form.sleepLabel, draft.hoursSlept) { draft = draft.copy(hoursSlept = it) }
        ChipGroup(
            items = state.form.suggestedTags.map { it to it },
            selected = draft.tags.toSet(),
            onToggle = { draft = draft.toggleTag(it) },
        )
        PrivateTextField(
            value = draft.note,
            onValueChange = { draft = draft.copy(note = it) },
            label = state.form.notePlaceholder,
            minLines = 3,
            modifier = Modifier.fillMaxWidth(),
        )
        Button(onClick = { val submitted = draft; viewModel.act { submitCheckIn(submitted) } }) {
            Text("Save check-in")
        }
    }
}

/** The mood meter: tap a cell to place yourself; pleasantness left to right, energy bottom to top. */
@Composable
private fun MoodMeter(grid: MoodMeterGrid, draft: CheckInDraft, onPick: (Int, Int) -> Unit) {
    Column(verticalArrangement = Arrangement.spacedBy(2.dp)) {
        Text("More energy", style = MaterialTheme.typography.labelSmall)
        for (row in grid.rows) {
            Row(horizontalArrangement = Arrangement.spacedBy(2.dp)) {
                for (cell in row.cells) {
                    val picked = cell.pleasantness == draft.pleasantness && cell.energy == draft.energy
                    Box(
                        Modifier
                            .weight(1f)
                            .aspectRatio(1f)
                            .background(meterColor(cell).copy(alpha = if (picked) 1f else 0.35f))
                            .then(if (picked) Modifier.border(2.dp, MaterialTheme.colorScheme.onSurface) else Modifier)
                            .clickable(role = Role.Button) { onPick(cell.pleasantness, cell.energy) }
                            .semantics {
                                contentDescription = "Pleasantness ${cell.pleasantness}, energy ${cell.energy}"
                                stateDescription = cell.words.joinToString { it.word }
                                selected = picked
                            },
                    )
                }
            }
        }
        Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.SpaceBetween) {
            Text("Unpleasant", style = MaterialTheme.typography.labelSmall)
            Text("Pleasant", style = MaterialTheme.typography.labelSmall)
        }
    }
}

/** The meter's four colours by the side of each axis the cell is on (the centre lines grey). */
private fun meterColor(cell: MoodMeterGrid.Cell): Color = when (cell.pleasantness.sign to cell.energy.sign) {
    -1 to 1 -> Color(0xFFD84343)
    1 to 1 -> Color(0xFFE8C547)
    -1 to -1 -> Color(0xFF4A78C9)
    1 to -1 -> Color(0xFF4FA56B)
    else -> Color.Gray
}

@Composable
private fun OptionalScale(label: String, value: Int?, onChange: (Int?) -> Unit) {
    Column {
        Row(verticalAlignment = Alignment.CenterVertically) {
            Text(label, Modifier.weight(1f))
            Switch(checked = value != null, onCheckedChange = { onChange(if (it) 0 else null) })
        }
        if (value != null) {
            Slider(
                value = value.toFloat(),
                onValueChange = { onChange(it.roundToInt()) },
                valueRange = 0f..10f,
                steps = 9,
                modifier = Modifier.semantics { stateDescription = "$value of 10" },
            )
        }
    }
}

@Composable
private fun OptionalHours(label: String, value: Double?, onChange: (Double?) -> Unit) {
    Column {
        Row(verticalAlignment = Alignment.CenterVertically) {
            Text(label, Modifier.weight(1f))
            Switch(checked = value != null, onCheckedChange = { onChange(if (it) 7.0 else null) })
        }
        if (value != null) {
            Slider(
                value = value.toFloat(),
                onValueChange = { onChange((it * 2).roundToInt() / 2.0) },
                valueRange = 0f..16f,
                steps = 31,
                modifier = Modifier.semantics { stateDescription = "$value hours" },
            )
        }
    }
}

/** The two optional questions after a hard check-in, in the core's words. */
@Composable
fun SafetyQuestionsContent(questions: SafetyQuestions) {
    val viewModel = LocalViewModel.current
    var selfHarm by remember { mutableStateOf<Boolean?>(null) }
    var hurtSomeone by remember { mutableStateOf<Boolean?>(null) }
    Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(16.dp)) {
        Text(questions.intro)
        YesNo(questions.selfHarm, questions.yesLabel, questions.noLabel, selfHarm) { selfHarm = it }
        YesNo(questions.hurtSomeone, questions.yesLabel, questions.noLabel, hurtSomeone) { hurtSomeone = it }
        Button(onClick = { viewModel.act { answerSafetyQuestions(selfHarm, hurtSomeone) } }) { Text("Done") }
        OutlinedButton(onClick = { viewModel.act { answerSafetyQuestions(null, null) } }) { Text(questions.skipLabel) }
    }
}

@Composable
private fun YesNo(question: String, yes: String, no: String, answer: Boolean?, onAnswer: (Boolean) -> Unit) {
    Text(question, style = MaterialTheme.typography.titleMedium)
    SingleChoiceSegmentedButtonRow {
        SegmentedButton(selected = answer == true, onClick = { onAnswer(true) }, shape = SegmentedButtonDefaults.itemShape(0, 2)) {
            Text(yes)
        }
        SegmentedButton(selected = answer == false, onClick = { onAnswer(false) }, shape = SegmentedButtonDefaults.itemShape(1, 2)) {
            Text(no)
        }
    }
}
