@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// The check-in: a point on the mood meter grid, words from the pack and his own, the optional
// questions and a note; then the two safety questions when the core asks them. Labels and limits
// come from the core; what he saves goes to it as one action, and it answers with what follows.
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
import app.groundwork.core.DictationField
import app.groundwork.core.Action
import app.groundwork.core.AppScreen
import app.groundwork.core.CheckInInput
import app.groundwork.core.MeterCell
import app.groundwork.core.MeterGrid
import app.groundwork.core.SafetyQuestions
import kotlin.math.roundToInt
import kotlin.math.sign

@Composable
fun CheckInContent(screen: AppScreen.CheckIn) {
    val send = LocalSend.current
    val shell = LocalText.current
    val form = screen.form
    // What he has entered so far: in memory only, until he saves.
    var point by remember(screen.form) { mutableStateOf<Pair<Int, Int>?>(null) }
    var emotions by remember(screen.form) { mutableStateOf(listOf<String>()) }
    var ownWords by remember(screen.form) { mutableStateOf("") }
    var anger by remember(screen.form) { mutableStateOf<Int?>(null) }
    var stress by remember(screen.form) { mutableStateOf<Int?>(null) }
    var hoursSlept by remember(screen.form) { mutableStateOf<Double?>(null) }
    var tags by remember(screen.form) { mutableStateOf(listOf<String>()) }
    var note by remember(screen.form) { mutableStateOf("") }
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        Text(form.title, style = MaterialTheme.typography.titleLarge)
        MoodMeter(screen.grid, point) { p, e -> point = p to e }
        for (group in screen.wordGroups) {
            ChipGroup(
                items = group.words.map { it.id to it.word },
                selected = emotions.toSet(),
                onToggle = { id ->
                    emotions = when {
                        id in emotions -> emotions - id
                        emotions.size < form.maxEmotions.toInt() -> emotions + id
                        else -> emotions
                    }
                },
            )
        }
        PrivateTextField(
            value = ownWords,
            onValueChange = { ownWords = it },
            label = shell.ownWordsField,
            modifier = Modifier.fillMaxWidth(),
        )
        OptionalScale(form.angerLabel, anger) { anger = it }
        OptionalScale(form.stressLabel, stress) { stress = it }
        OptionalHours(form.sleepLabel, hoursSlept) { hoursSlept = it }
        ChipGroup(
            items = form.suggestedTags.map { it to it },
            selected = tags.toSet(),
            onToggle = { tag -> tags = if (tag in tags) tags - tag else tags + tag },
        )
        PrivateTextField(
            value = note,
            onValueChange = { note = it },
            label = form.notePlaceholder,
            minLines = 3,
            modifier = Modifier.fillMaxWidth(),
        )
        DictationControls(DictationField.CHECK_IN_NOTE, note) { note = it }
        Button(
            onClick = {
                val (pleasantness, energy) = point ?: return@Button
                send(
                    Action.SubmitCheckIn(
                        CheckInInput(
                            pleasantness = pleasantness,
                            energy = energy,
                            emotions = emotions,
                            // The core sorts his own words (known ones become the pack's).
                            ownWords = ownWords.split(",").map { it.trim() }.filter { it.isNotEmpty() },
                            anger = anger,
                            stress = stress,
                            hoursSlept = hoursSlept,
                            tags = tags,
                            note = note.ifBlank { null },
                        ),
                    ),
                )
            },
            enabled = point != null,
        ) {
            Text(shell.saveCheckIn)
        }
    }
}

/** The mood meter: tap a cell to place yourself; pleasantness left to right, energy bottom to top. */
@Composable
private fun MoodMeter(grid: MeterGrid, point: Pair<Int, Int>?, onPick: (Int, Int) -> Unit) {
    val shell = LocalText.current
    Column(verticalArrangement = Arrangement.spacedBy(2.dp)) {
        Text(shell.moreEnergy, style = MaterialTheme.typography.labelSmall)
        for ((r, row) in grid.rows.withIndex()) {
            Row(horizontalArrangement = Arrangement.spacedBy(2.dp)) {
                for ((c, cell) in row.cells.withIndex()) {
                    val picked = point == cell.pleasantness to cell.energy
                    Box(
                        Modifier
                            .weight(1f)
                            .aspectRatio(1f)
                            .background(meterColor(cell).copy(alpha = if (picked) 1f else 0.35f))
                            .then(if (picked) Modifier.border(2.dp, MaterialTheme.colorScheme.onSurface) else Modifier)
                            .clickable(role = Role.Button) { onPick(cell.pleasantness, cell.energy) }
                            .semantics {
                                contentDescription = shell.moodMeterCells[r][c]
                                stateDescription = cell.words.joinToString { it.word }
                                selected = picked
                            },
                    )
                }
            }
        }
        Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.SpaceBetween) {
            Text(shell.unpleasant, style = MaterialTheme.typography.labelSmall)
            Text(shell.pleasant, style = MaterialTheme.typography.labelSmall)
        }
    }
}

/** The meter's four colours by the side of each axis the cell is on (the centre lines grey). */
/** The meter's colours from the theme (`MoodColors`), by the quadrant the core says the cell is in. */
@Composable
private fun meterColor(cell: MeterCell): Color =
    MoodColors.of(cell.quadrant)?.fill ?: MaterialTheme.colorScheme.outlineVariant

@Composable
private fun OptionalScale(label: String, value: Int?, onChange: (Int?) -> Unit) {
    val shell = LocalText.current
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
                modifier = Modifier.semantics { stateDescription = shell.outOfTen[value] },
            )
        }
    }
}

@Composable
private fun OptionalHours(label: String, value: Double?, onChange: (Double?) -> Unit) {
    val shell = LocalText.current
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
                modifier = Modifier.semantics { stateDescription = shell.hoursSlept[(value * 2).roundToInt()] },
            )
        }
    }
}

/** The two optional questions after a hard check-in, in the core's words. */
@Composable
fun SafetyQuestionsContent(questions: SafetyQuestions) {
    val send = LocalSend.current
    val shell = LocalText.current
    var selfHarm by remember { mutableStateOf<Boolean?>(null) }
    var hurtSomeone by remember { mutableStateOf<Boolean?>(null) }
    Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(16.dp)) {
        Text(questions.intro)
        YesNo(questions.selfHarm, questions.yesLabel, questions.noLabel, selfHarm) { selfHarm = it }
        YesNo(questions.hurtSomeone, questions.yesLabel, questions.noLabel, hurtSomeone) { hurtSomeone = it }
        Button(onClick = { send(Action.AnswerSafetyQuestions(selfHarm, hurtSomeone)) }) { Text(shell.done) }
        OutlinedButton(onClick = { send(Action.AnswerSafetyQuestions(null, null)) }) { Text(questions.skipLabel) }
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
