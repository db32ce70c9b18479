@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// A lesson step: the text blocks, then the exercise, one small renderer per kind. What he has
// entered goes to the core as a draft a moment after he stops, and with Continue; the core
// answers with the next step or the module's completion. The breathing timeline and the emotion
// picker's rows are the core's layout.
package app.groundwork.android.ui

import androidx.compose.animation.core.animateFloatAsState
import androidx.compose.animation.core.tween
import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.ui.semantics.Role
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.FilterChip
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.scale
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.SpanStyle
import androidx.compose.ui.text.buildAnnotatedString
import androidx.compose.ui.text.font.FontStyle
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextDecoration
import androidx.compose.ui.text.withStyle
import androidx.compose.ui.unit.dp
import app.groundwork.core.DictationField
import app.groundwork.core.TimedExerciseLabels
import app.groundwork.core.ContentBlock
import app.groundwork.core.ExerciseAnswer
import app.groundwork.core.ExerciseView
import app.groundwork.core.LessonStepScreen
import app.groundwork.core.TextSpan
import app.groundwork.core.Action
import app.groundwork.core.AppScreen
import app.groundwork.core.BreathingTimeline
import app.groundwork.core.EmotionPickerRow
import kotlinx.coroutines.delay

@Composable
fun LessonStepContent(screen: AppScreen.LessonStep) {
    val send = LocalSend.current
    val shell = LocalText.current
    val step = screen.step
    // A new step starts from its own answer; a saved draft of this one changes nothing here.
    var answer by remember(step.moduleId, step.stepIndex) { mutableStateOf(step.answer) }
    // Keep a half-done answer where he left it: saved a moment after he stops typing, and only
    // to this step.
    LaunchedEffect(answer) {
        val draft = answer ?: return@LaunchedEffect
        if (draft == step.answer) return@LaunchedEffect
        delay(1000)
        send(Action.SaveAnswer(draft, step.moduleId, step.stepIndex))
    }
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        Text(step.progressLabel, style = MaterialTheme.typography.labelMedium)
        Text(step.title, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        for (block in step.blocks) ContentBlockView(block)
        step.exercise?.let { exercise ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp)) { ExerciseRenderer(exercise, screen.breathing, screen.emotionRows, answer) { answer = it } }
            }
        }
        Row(Modifier.fillMaxWidth()) {
            if (step.canGoBack) {
                TextButton(onClick = { send(Action.GoToStep(step.stepIndex - 1u)) }) { Text(shell.back) }
            }
            Spacer(Modifier.weight(1f))
            Button(
                onClick = { val given = answer; send(Action.ContinueLesson(given)) },
                enabled = step.canContinue || answer != null,
            ) { Text(step.continueLabel) }
        }
    }
}

/** A paragraph, list or quote, with its styled spans; links become buttons under it. */
@Composable
private fun ContentBlockView(block: ContentBlock) {
    when (block) {
        is ContentBlock.Paragraph -> Spans(block.spans)
        is ContentBlock.ItemList -> Column(verticalArrangement = Arrangement.spacedBy(6.dp)) {
            block.items.forEachIndexed { index, item ->
                Row {
                    Text(if (block.ordered) "${index + 1}. " else "•  ")
                    Spans(item.spans)
                }
            }
        }
        is ContentBlock.Quote -> Box(Modifier.padding(start = 12.dp)) { Spans(block.spans, italic = true) }
    }
}

@Composable
private fun Spans(spans: List<TextSpan>, italic: Boolean = false) {
    val send = LocalSend.current
    Column {
        Text(
            buildAnnotatedString {
                for (span in spans) {
                    withStyle(
                        SpanStyle(
                            fontWeight = if (span.strong) FontWeight.Bold else null,
                            fontStyle = if (span.emphasis || italic) FontStyle.Italic else null,
                            textDecoration = if (span.link != null) TextDecoration.Underline else null,
                        ),
                    ) { append(span.text) }
                }
            },
        )
        for (span in spans) {
            val link = span.link ?: continue
            // The core says where it goes (a screen, or a web address the platform opens).
            TextButton(onClick = { send(Action.FollowLink(link)) }) { Text(span.text) }
        }
    }
}

/** The exercise at the end of a step. */
@Composable
private fun ExerciseRenderer(
    exercise: ExerciseView,
    breathing: BreathingTimeline?,
    emotionRows: List<EmotionPickerRow>,
    answer: ExerciseAnswer?,
    onAnswer: (ExerciseAnswer) -> Unit,
) {
    val shell = LocalText.current
    when (exercise) {
        is ExerciseView.Reflection -> {
            Text(exercise.prompt, style = MaterialTheme.typography.titleMedium)
            exercise.hint?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            PrivateTextField(
                value = (answer as? ExerciseAnswer.Reflection)?.text.orEmpty(),
                onValueChange = { onAnswer(ExerciseAnswer.Reflection(it)) },
                label = exercise.prompt,
                modifier = Modifier.fillMaxWidth().heightIn(min = 140.dp),
            )
            DictationControls(DictationField.EXERCISE_ANSWER, (answer as? ExerciseAnswer.Reflection)?.text.orEmpty()) {
                onAnswer(ExerciseAnswer.Reflection(it))
            }
        }
        is ExerciseView.Scale -> {
            Text(exercise.prompt, style = MaterialTheme.typography.titleMedium)
            val value = (answer as? ExerciseAnswer.Scale)?.value
            // Wraps: eleven chips do not fit one row on a phone.
            FlowRow(horizontalArrangement = Arrangement.spacedBy(4.dp)) {
                for (n in exercise.min..exercise.max) {
                    FilterChip(selected = value == n, onClick = { onAnswer(ExerciseAnswer.Scale(n)) }, label = { Text("$n") })
                }
            }
            Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.SpaceBetween) {
                Text(exercise.minLabel, style = MaterialTheme.typography.labelSmall)
                Text(exercise.maxLabel, style = MaterialTheme.typography.labelSmall)
            }
        }
        is ExerciseView.Choice -> {
            Text(exercise.prompt, style = MaterialTheme.typography.titleMedium)
            val picked = (answer as? ExerciseAnswer.Choice)?.index
            exercise.options.forEachIndexed { index, option ->
                Row(
                    Modifier.fillMaxWidth().heightIn(min = 48.dp)
                        .selectable(picked == index.toUInt(), role = Role.RadioButton) { onAnswer(ExerciseAnswer.Choice(index.toUInt())) },
                    verticalAlignment = Alignment.CenterVertically,
                ) {
                    RadioButton(selected = picked == index.toUInt(), onClick = null)
                    Text(option)
                }
            }
        }
        is ExerciseView.MultiChoice -> {
            Text(exercise.prompt, style = MaterialTheme.typography.titleMedium)
            val picked = (answer as? ExerciseAnswer.MultiChoice)?.indices.orEmpty()
            val max = exercise.max?.toInt() ?: exercise.options.size
            exercise.options.forEachIndexed { index, option ->
                val i = index.toUInt()
                Row(
                    Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(i in picked, role = Role.Checkbox) { on ->
                        when {
                            !on -> onAnswer(ExerciseAnswer.MultiChoice(picked - i))
                            picked.size < max -> onAnswer(ExerciseAnswer.MultiChoice(picked + i))
                        }
                    },
                    verticalAlignment = Alignment.CenterVertically,
                ) {
                    Checkbox(checked = i in picked, onCheckedChange = null)
                    Text(option)
                }
            }
        }
        is ExerciseView.Emotions -> {
            Text(exercise.prompt, style = MaterialTheme.typography.titleMedium)
            val picked = (answer as? ExerciseAnswer.Emotions)?.ids.orEmpty()
            for (row in emotionRows) {
                ChipGroup(row.words.map { it.id to it.word }, picked.toSet()) { id ->
                    when {
                        id in picked -> onAnswer(ExerciseAnswer.Emotions(picked - id))
                        picked.size < exercise.max.toInt() -> onAnswer(ExerciseAnswer.Emotions(picked + id))
                    }
                }
            }
        }
        is ExerciseView.Checklist -> {
            Text(exercise.prompt, style = MaterialTheme.typography.titleMedium)
            val checked = (answer as? ExerciseAnswer.Checklist)?.checked.orEmpty()
            exercise.items.forEachIndexed { index, item ->
                val i = index.toUInt()
                Row(
                    Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(i in checked, role = Role.Checkbox) { on ->
                        onAnswer(ExerciseAnswer.Checklist(if (on) checked + i else checked - i))
                    },
                    verticalAlignment = Alignment.CenterVertically,
                ) {
                    Checkbox(checked = i in checked, onCheckedChange = null)
                    Text(item)
                }
            }
        }
        is ExerciseView.Breathing -> BreathingExercise(
            exercise.prompt,
            breathing ?: BreathingTimeline(emptyList()),
            exercise.controls,
        ) { onAnswer(ExerciseAnswer.Breathing(it)) }
        is ExerciseView.BodyScan -> BodyScanExercise(exercise.prompt, exercise.regions, exercise.secondsPerRegion, exercise.controls) {
            onAnswer(ExerciseAnswer.BodyScan(it))
        }
        is ExerciseView.Plan -> {
            Text(exercise.title, style = MaterialTheme.typography.titleMedium)
            val values = (answer as? ExerciseAnswer.Plan)?.fields.orEmpty()
            for (field in exercise.fields) {
                PrivateTextField(
                    value = values[field.id].orEmpty(),
                    onValueChange = { onAnswer(ExerciseAnswer.Plan(values + (field.id to it))) },
                    label = field.label,
                    supportingText = field.hint,
                    modifier = Modifier.fillMaxWidth(),
                )
            }
        }
        is ExerciseView.Commitment -> {
            Text(exercise.prompt, style = MaterialTheme.typography.titleMedium)
            val text = (answer as? ExerciseAnswer.Commitment)?.text.orEmpty()
            ChipGroup(exercise.suggestions.map { it to it }, setOf(text)) { onAnswer(ExerciseAnswer.Commitment(it)) }
            PrivateTextField(
                value = text,
                onValueChange = { onAnswer(ExerciseAnswer.Commitment(it)) },
                label = shell.ownWordsAnswer,
                modifier = Modifier.fillMaxWidth(),
            )
            DictationControls(DictationField.EXERCISE_ANSWER, text) { onAnswer(ExerciseAnswer.Commitment(it)) }
        }
    }
}

/** Paced breathing: a circle that grows while breathing in and shrinks while breathing out. */
@Composable
private fun BreathingExercise(prompt: String?, plan: BreathingTimeline, controls: TimedExerciseLabels, onCycles: (UInt) -> Unit) {
    var running by remember { mutableStateOf(false) }
    var index by remember { mutableIntStateOf(0) }
    val phase = plan.phases.getOrNull(index)
    val scale by animateFloatAsState(
        targetValue = if (running && phase?.expanded == true) 1f else 0.5f,
        animationSpec = tween(((phase?.seconds ?: 1u).toInt()) * 1000),
        label = "breath",
    )
    LaunchedEffect(running) {
        if (!running) return@LaunchedEffect
        plan.phases.forEachIndexed { i, part ->
            index = i
            delay(part.seconds.toLong() * 1000)
            onCycles(part.breathsDoneAfter)
        }
        running = false
    }
    Column(Modifier.fillMaxWidth(), horizontalAlignment = Alignment.CenterHorizontally, verticalArrangement = Arrangement.spacedBy(12.dp)) {
        prompt?.let { Text(it) }
        Box(contentAlignment = Alignment.Center) {
            Box(Modifier.size(200.dp).scale(scale).background(MaterialTheme.colorScheme.primaryContainer, CircleShape))
            Text(
                if (running) phase?.label.orEmpty() else controls.ready,
                modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
            )
        }
        OutlinedButton(onClick = { index = 0; running = !running }) { Text(if (running) controls.stop else controls.start) }
    }
}

/** A body scan: one region at a time, for the core's number of seconds each. */
@Composable
private fun BodyScanExercise(prompt: String?, regions: List<String>, secondsPerRegion: UInt, controls: TimedExerciseLabels, onDone: (UInt) -> Unit) {
    var running by remember { mutableStateOf(false) }
    var current by remember { mutableIntStateOf(0) }
    LaunchedEffect(running) {
        if (!running) return@LaunchedEffect
        regions.indices.forEach { i ->
            current = i
            delay(secondsPerRegion.toLong() * 1000)
            onDone((i + 1).toUInt())
        }
        running = false
    }
    Column(Modifier.fillMaxWidth(), horizontalAlignment = Alignment.CenterHorizontally, verticalArrangement = Arrangement.spacedBy(12.dp)) {
        prompt?.let { Text(it) }
        if (running && current in regions.indices) {
            Text(regions[current], style = MaterialTheme.typography.titleLarge, modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite })
            LinearProgressIndicator(progress = { current.toFloat() / regions.size }, modifier = Modifier.fillMaxWidth())
        }
        OutlinedButton(onClick = { running = !running }) { Text(if (running) controls.stop else controls.start) }
    }
}
