@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// Small pieces every screen uses: help now, the notice bar, chips, contact buttons.
package app.groundwork.android.ui

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Call
import androidx.compose.material.icons.filled.Close
import androidx.compose.material.icons.filled.Language
import androidx.compose.material.icons.filled.Search
import androidx.compose.material.icons.filled.Settings
import androidx.compose.material.icons.filled.Sms
import androidx.compose.material.icons.filled.VisibilityOff
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.FilterChip
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.groundwork.core.Action
import app.groundwork.core.AppNotice
import app.groundwork.core.AppScreen
import app.groundwork.core.ContactAction
import app.groundwork.core.ContactKind
import app.groundwork.core.Destination
import app.groundwork.core.HelpButton

/**
 * The help button every screen carries, drawn in the top bar of every screen (the lock screen's
 * too): the core's label, opening help now at the situation the core gave this screen, and a
 * call button for his region's emergency number when the core knows it (it needs no network).
 */
@Composable
fun HelpAction(help: HelpButton) {
    val send = LocalSend.current
    val platform = LocalScreenPlatform.current
    val number = help.emergencyNumber
    val callLabel = help.emergencyLabel
    if (number != null && callLabel != null) {
        IconButton(
            onClick = { platform.dial(number) },
            modifier = Modifier.semantics { contentDescription = callLabel },
        ) { Icon(Icons.Filled.Call, contentDescription = null) }
    }
    Button(
        onClick = { send(Action.OpenHelp) },
        colors = GroundworkTheme.helpButtonColors(),
        border = BorderStroke(1.5.dp, GroundworkTheme.extraColors.helpOutline),
        modifier = Modifier.padding(end = 8.dp).semantics { contentDescription = help.accessibilityLabel },
    ) {
        Text(help.label)
    }
}

/** The top bar's own actions: quick hide and settings on home, search on the journal. */
@Composable
fun TopBarActions(screen: AppScreen) {
    val send = LocalSend.current
    val shell = LocalText.current
    when (screen) {
        is AppScreen.Home -> {
            // The neutral words, whether discreet mode is on or not: home does not say which.
            val hide = shell.hide
            IconButton(
                onClick = { send(Action.LockNow) },
                modifier = Modifier.semantics { contentDescription = hide },
            ) { Icon(Icons.Filled.VisibilityOff, contentDescription = null) }
            IconButton(onClick = { send(Action.Show(Destination.Settings)) }) {
                Icon(Icons.Filled.Settings, contentDescription = shell.settings)
            }
        }
        is AppScreen.Journal -> IconButton(onClick = { send(Action.Show(Destination.JournalSearch)) }) {
            Icon(Icons.Filled.Search, contentDescription = shell.searchJournal)
        }
        else -> Unit
    }
}

/** The line over the screen: something done, or the core's sentence for what went wrong. */
@Composable
fun NoticeBar(notice: AppNotice?) {
    notice ?: return
    val send = LocalSend.current
    val shell = LocalText.current
    Surface(tonalElevation = 6.dp, modifier = Modifier.fillMaxWidth()) {
        Row(Modifier.padding(16.dp), verticalAlignment = Alignment.CenterVertically) {
            Column(Modifier.weight(1f)) {
                when (notice) {
                    is AppNotice.Message -> Text(notice.text)
                    is AppNotice.Error -> Text(notice.text, color = MaterialTheme.colorScheme.error)
                }
            }
            IconButton(onClick = { send(Action.DismissNotice) }) {
                Icon(Icons.Filled.Close, contentDescription = shell.dismiss)
            }
        }
    }
}

/** Words or tags to pick, wrapping at any font size. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun ChipGroup(items: List<Pair<String, String>>, selected: Set<String>, onToggle: (String) -> Unit) {
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        for ((id, label) in items) {
            FilterChip(selected = id in selected, onClick = { onToggle(id) }, label = { Text(label) })
        }
    }
}

/** A help line's call, text or web button, opened by the phone (a full 48 dp to tap, in a card too). */
@Composable
fun ContactButton(action: ContactAction) {
    val platform = LocalScreenPlatform.current
    OutlinedButton(onClick = { platform.contact(action) }, modifier = Modifier.fillMaxWidth().heightIn(min = MIN_TOUCH)) {
        val icon = when (action.kind) {
            ContactKind.CALL -> Icons.Filled.Call
            ContactKind.TEXT -> Icons.Filled.Sms
            ContactKind.WEB -> Icons.Filled.Language
        }
        Icon(icon, contentDescription = null)
        Text(action.label, Modifier.padding(start = 8.dp))
    }
}

/** The smallest side of anything he taps. */
val MIN_TOUCH = 48.dp

/** The key on this device does not open the database: help now, or start again. */
@Composable
fun UnavailableScreen(reason: String) {
    val send = LocalSend.current
    val shell = LocalText.current
    var confirm by remember { mutableStateOf(false) }
    Column(Modifier.padding(24.dp), verticalArrangement = Arrangement.spacedBy(16.dp)) {
        Text(reason)
        OutlinedButton(onClick = { if (confirm) send(Action.EraseEverything) else confirm = true }) {
            Text(if (confirm) shell.eraseEverythingAgainShort else shell.eraseAndStartAgain)
        }
    }
}

/** A button that opens a calendar and hands back the day picked (the core's `Day`). */
@Composable
fun DayPickerButton(label: String, modifier: Modifier = Modifier, onPicked: (java.time.LocalDate) -> Unit) {
    val shell = LocalText.current
    var open by remember { mutableStateOf(false) }
    OutlinedButton(onClick = { open = true }, modifier = modifier) { Text(label) }
    if (open) {
        val state = androidx.compose.material3.rememberDatePickerState()
        androidx.compose.material3.DatePickerDialog(
            onDismissRequest = { open = false },
            confirmButton = {
                androidx.compose.material3.TextButton(onClick = {
                    open = false
                    state.selectedDateMillis?.let { millis ->
                        onPicked(java.time.Instant.ofEpochMilli(millis).atZone(java.time.ZoneOffset.UTC).toLocalDate())
                    }
                }) { Text(shell.ok) }
            },
            dismissButton = {
                androidx.compose.material3.TextButton(onClick = { open = false }) { Text(shell.cancel) }
            },
        ) { androidx.compose.material3.DatePicker(state = state) }
    }
}

/** A heading inside a screen. */
@Composable
fun Heading(text: String) {
    Text(
        text,
        style = MaterialTheme.typography.titleMedium,
        modifier = Modifier.semantics { heading() },
    )
}

/** A PIN (number pad) or passphrase field; never kept past the screen. */
@Composable
fun SecretField(label: String, value: String, numeric: Boolean, onChange: (String) -> Unit) {
    androidx.compose.material3.OutlinedTextField(
        value = value,
        onValueChange = onChange,
        label = { Text(label) },
        visualTransformation = androidx.compose.ui.text.input.PasswordVisualTransformation(),
        keyboardOptions = androidx.compose.foundation.text.KeyboardOptions(
            keyboardType = if (numeric) {
                androidx.compose.ui.text.input.KeyboardType.NumberPassword
            } else {
                androidx.compose.ui.text.input.KeyboardType.Password
            },
        ),
        singleLine = true,
        modifier = Modifier.fillMaxWidth(),
    )
}
