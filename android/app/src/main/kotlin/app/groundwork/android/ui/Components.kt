@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// Small pieces every screen uses: help now, the notice bar, chips, contact buttons, sharing.
package app.groundwork.android.ui

import android.content.ActivityNotFoundException
import android.content.Intent
import android.net.Uri
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
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
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import androidx.core.content.FileProvider
import app.groundwork.core.ContactAction
import app.groundwork.core.ContactKind
import app.groundwork.core.HelpButton
import app.groundwork.core.discreetTextsFor
import app.groundwork.presentation.Notice
import app.groundwork.presentation.Route
import app.groundwork.presentation.Screen
import java.io.File

/**
 * The help button every screen carries, drawn in the top bar of every screen (the lock screen's
 * too): the core's label, opening help now at the situation the core gave this screen, and a
 * call button for his region's emergency number when the core knows it (it needs no network).
 */
@Composable
fun HelpAction(help: HelpButton) {
    val viewModel = LocalViewModel.current
    val context = LocalContext.current
    val number = help.emergencyNumber
    val callLabel = help.emergencyLabel
    if (number != null && callLabel != null) {
        IconButton(
            onClick = {
                try {
                    context.startActivity(Intent(Intent.ACTION_DIAL, Uri.parse("tel:$number")))
                } catch (_: ActivityNotFoundException) {
                    // No phone app; help now lists the number to dial by hand.
                    viewModel.act { openHelp() }
                }
            },
            modifier = Modifier.semantics { contentDescription = callLabel },
        ) { Icon(Icons.Filled.Call, contentDescription = null) }
    }
    Button(
        onClick = { viewModel.act { openHelp() } },
        colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
        modifier = Modifier.padding(end = 8.dp).semantics { contentDescription = help.accessibilityLabel },
    ) {
        Text(help.label)
    }
}

/** A bar with only the help button, for the screens before the app opens (lock, unavailable). */
@Composable
fun HelpScaffold(help: HelpButton?, content: @Composable () -> Unit) {
    Scaffold(
        topBar = {
            TopAppBar(title = {}, actions = { help?.let { HelpAction(it) } })
        },
    ) { padding ->
        Box(Modifier.padding(padding)) { content() }
    }
}

/** The home screen's top bar: quick hide, search, settings. */
@Composable
fun TopBarActions(screen: Screen) {
    val viewModel = LocalViewModel.current
    when (screen) {
        is Screen.Home -> {
            val texts = discreetTextsFor(viewModel.preferences.discreet)
            IconButton(
                onClick = { viewModel.act { lock() } },
                modifier = Modifier.semantics { contentDescription = texts.quickHideLabel },
            ) { Icon(Icons.Filled.VisibilityOff, contentDescription = null) }
            IconButton(onClick = { viewModel.act { show(Route.Settings) } }) {
                Icon(Icons.Filled.Settings, contentDescription = "Settings")
            }
        }
        is Screen.Journal -> IconButton(onClick = { viewModel.act { show(Route.JournalSearch) } }) {
            Icon(Icons.Filled.Search, contentDescription = "Search the journal")
        }
        else -> Unit
    }
}

/** The notice the model holds: a line, or the core's sentence for an error. */
@Composable
fun NoticeBar(notice: Notice?) {
    notice ?: return
    val viewModel = LocalViewModel.current
    Surface(tonalElevation = 6.dp, modifier = Modifier.fillMaxWidth()) {
        Row(Modifier.padding(16.dp), verticalAlignment = Alignment.CenterVertically) {
            Column(Modifier.weight(1f)) {
                when (notice) {
                    is Notice.Message -> Text(notice.text)
                    is Notice.Error -> Text(notice.text, color = MaterialTheme.colorScheme.error)
                }
            }
            IconButton(onClick = { viewModel.act { dismissNotice() } }) {
                Icon(Icons.Filled.Close, contentDescription = "Dismiss")
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

/** Opens a help line's tel:, sms: or https: link in the phone, messages or browser app. */
@Composable
fun ContactButton(action: ContactAction) {
    val context = LocalContext.current
    OutlinedButton(
        onClick = {
            val intent = when (action.kind) {
                ContactKind.CALL -> Intent(Intent.ACTION_DIAL, Uri.parse(action.uri))
                ContactKind.TEXT -> Intent(Intent.ACTION_SENDTO, Uri.parse("smsto:${action.target}"))
                    .putExtra("sms_body", action.body)
                ContactKind.WEB -> Intent(Intent.ACTION_VIEW, Uri.parse(action.uri))
            }
            try {
                context.startActivity(intent)
            } catch (_: ActivityNotFoundException) {
                // No app for it on this phone; the number stays on the button to dial by hand.
            }
        },
        modifier = Modifier.fillMaxWidth(),
    ) {
        val icon = when (action.kind) {
            ContactKind.CALL -> Icons.Filled.Call
            ContactKind.TEXT -> Icons.Filled.Sms
            ContactKind.WEB -> Icons.Filled.Language
        }
        Icon(icon, contentDescription = null)
        Text(action.label, Modifier.padding(start = 8.dp))
    }
}

/** Hands a file to the share sheet through the FileProvider; the activity stays unlocked meanwhile. */
fun shareFile(activity: app.groundwork.android.MainActivity, name: String, mimeType: String, bytes: ByteArray, title: String) {
    val dir = File(activity.cacheDir, "shared").apply { mkdirs() }
    dir.listFiles()?.forEach { it.delete() }
    val file = File(dir, name).apply { writeBytes(bytes) }
    val uri = FileProvider.getUriForFile(activity, "${activity.packageName}.files", file)
    val send = Intent(Intent.ACTION_SEND)
        .setType(mimeType)
        .putExtra(Intent.EXTRA_STREAM, uri)
        .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
    activity.returningFromOtherApp = true
    activity.startActivity(Intent.createChooser(send, title))
}

/** The key on this device does not open the database: help now, or start again. */
@Composable
fun UnavailableScreen(reason: String) {
    val viewModel = LocalViewModel.current
    var confirm by remember { mutableStateOf(false) }
    Column(Modifier.padding(24.dp), verticalArrangement = Arrangement.spacedBy(16.dp)) {
        Text(reason)
        OutlinedButton(onClick = { if (confirm) viewModel.act { eraseEverything() } else confirm = true }) {
            Text(if (confirm) "Tap again to erase everything" else "Erase and start again")
        }
    }
}
