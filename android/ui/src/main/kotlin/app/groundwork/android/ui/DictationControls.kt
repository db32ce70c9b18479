// Saying it instead of typing it: the microphone under a form's text field, drawn from the core's
// `AppView.dictation` only (no microphone when the core sends none), and the play button for a
// recording kept with a journal entry (`AppView.recording`). The words heard land in the form's
// own field: while listening, after a transcript, and after a failure (what he had typed).
package app.groundwork.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.PlayArrow
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import app.groundwork.core.Action
import app.groundwork.core.DictationField
import app.groundwork.core.DictationState
import app.groundwork.core.DictationView
import app.groundwork.core.RecordingPlayback

/** The microphone the core offers on the form on top, if any. */
val LocalDictation = staticCompositionLocalOf<DictationView?> { null }

/** The recording kept with the journal entry on screen, if any. */
val LocalRecording = staticCompositionLocalOf<RecordingPlayback?> { null }

/**
 * The microphone for `field`: nothing unless the core offers it for that field. `typed` is the
 * field's text now; `onText` puts the core's text in the field.
 */
@Composable
fun DictationControls(field: DictationField, typed: String, onText: (String) -> Unit) {
    val dictation = LocalDictation.current?.takeIf { it.field == field } ?: return
    val send = LocalSend.current
    val state = dictation.state
    LaunchedEffect(state) {
        when (state) {
            is DictationState.Listening -> onText(state.text)
            is DictationState.Transcript -> onText(state.text)
            is DictationState.Failed -> onText(state.text)
            DictationState.Ready -> Unit
        }
    }
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        when (state) {
            DictationState.Ready, is DictationState.Failed -> {
                if (state is DictationState.Failed) Text(state.message, color = MaterialTheme.colorScheme.error)
                OutlinedButton(onClick = { send(Action.StartDictation(typed)) }) { Text(dictation.label) }
                Text(dictation.hint, style = MaterialTheme.typography.bodySmall)
            }
            is DictationState.Listening -> {
                Text(dictation.listeningLabel, style = MaterialTheme.typography.titleSmall)
                OutlinedButton(onClick = { send(Action.StopDictation) }) { Text(dictation.stopLabel) }
            }
            is DictationState.Transcript -> {
                Text(dictation.transcriptLabel, style = MaterialTheme.typography.bodySmall)
                TextButton(onClick = { send(Action.StartDictationAgain) }) { Text(dictation.startAgainLabel) }
            }
        }
        dictation.keepRecording?.let { keep ->
            // One row to tap, read by TalkBack as the switch with its label.
            Row(
                Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(
                    value = keep.on,
                    role = Role.Switch,
                    onValueChange = { send(Action.SetKeepRecording(it)) },
                ),
                verticalAlignment = Alignment.CenterVertically,
                horizontalArrangement = Arrangement.spacedBy(8.dp),
            ) {
                Switch(checked = keep.on, onCheckedChange = null)
                Text(keep.label)
            }
            Text(keep.hint, style = MaterialTheme.typography.bodySmall)
        }
    }
}

/** Tells the core he changed the transcript, while one is shown. */
fun editedTranscript(dictation: DictationView?, text: String): Action? =
    (dictation?.state as? DictationState.Transcript)?.let { Action.EditTranscript(text) }

/** Plays the recording kept with the entry on screen, when there is one. */
@Composable
fun RecordingPlayButton() {
    val recording = LocalRecording.current ?: return
    val send = LocalSend.current
    OutlinedButton(onClick = { send(Action.PlayRecording) }) {
        Icon(Icons.Filled.PlayArrow, contentDescription = null)
        Text("${recording.label} (${recording.seconds} s)")
    }
}
