@file:OptIn(androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// "Read to me": the buttons under a screen that can be read aloud, the headphones hint after the
// first tap, and the player bar while reading. Drawn from the core's ReadAloudView only: the
// labels, the position ("Sentence 3 of 12"), the speed and what each button sends are the core's.
// Every button is at least 48 dp and named for a screen reader.
package app.groundwork.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Close
import androidx.compose.material.icons.filled.Pause
import androidx.compose.material.icons.filled.PlayArrow
import androidx.compose.material.icons.filled.SkipPrevious
import androidx.compose.material3.Button
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.groundwork.core.Action
import app.groundwork.core.PlayerBar
import app.groundwork.core.ReadAloudView

/** "Read to me" and, while reading, the player bar. */
@Composable
fun ReadAloudBar(offer: ReadAloudView) {
    val send = LocalSend.current
    Surface(tonalElevation = 3.dp, modifier = Modifier.fillMaxWidth()) {
        Column(Modifier.padding(horizontal = 16.dp, vertical = 8.dp)) {
            offer.hint?.let {
                Text(it, style = MaterialTheme.typography.bodyMedium, modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite })
                Spacer(Modifier.heightIn(min = 8.dp))
            }
            val bar = offer.player
            if (bar == null) {
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    Button(onClick = { send(Action.ReadAloud) }, modifier = Modifier.heightIn(min = 48.dp)) {
                        Icon(Icons.Filled.PlayArrow, contentDescription = null)
                        Spacer(Modifier.width(8.dp))
                        Text(offer.readLabel)
                    }
                    offer.guideLabel?.let { label ->
                        OutlinedButton(onClick = { send(Action.GuideExercise) }, modifier = Modifier.heightIn(min = 48.dp)) {
                            Text(label)
                        }
                    }
                }
            } else {
                PlayerControls(bar)
            }
        }
    }
}

@Composable
private fun PlayerControls(bar: PlayerBar) {
    val send = LocalSend.current
    Text(
        bar.positionLabel,
        style = MaterialTheme.typography.labelLarge,
        modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
    )
    Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(4.dp)) {
        IconButton(onClick = { send(Action.BackOneSentence) }, enabled = bar.canGoBack, modifier = Modifier.size(48.dp)) {
            Icon(Icons.Filled.SkipPrevious, contentDescription = bar.backLabel)
        }
        IconButton(
            onClick = { send(if (bar.playing) Action.PauseReading else Action.ResumeReading) },
            modifier = Modifier.size(48.dp),
        ) {
            Icon(if (bar.playing) Icons.Filled.Pause else Icons.Filled.PlayArrow, contentDescription = bar.playPauseLabel)
        }
        TextButton(onClick = { send(Action.SetReadingSpeed(bar.nextSpeed)) }, modifier = Modifier.heightIn(min = 48.dp)) {
            Text(bar.speedLabel)
        }
        IconButton(onClick = { send(Action.StopReading) }, modifier = Modifier.size(48.dp)) {
            Icon(Icons.Filled.Close, contentDescription = bar.stopLabel)
        }
    }
}
