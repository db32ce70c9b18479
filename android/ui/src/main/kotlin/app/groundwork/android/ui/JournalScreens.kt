@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// The journal: the list (newest first, a page at a time), the editor (with the prompt library)
// and search with highlighted snippets. What he types is kept in memory only (never in saved
// instance state, which the system may write to disk).
package app.groundwork.android.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Edit
import androidx.compose.material3.Button
import androidx.compose.material3.DropdownMenu
import androidx.compose.material3.DropdownMenuItem
import androidx.compose.material3.FloatingActionButton
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.SpanStyle
import androidx.compose.ui.text.buildAnnotatedString
import androidx.compose.ui.text.font.FontStyle
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.withStyle
import androidx.compose.ui.unit.dp
import app.groundwork.core.JournalEntryInput
import app.groundwork.core.JournalSearchHit
import app.groundwork.core.Action
import app.groundwork.core.AppScreen
import app.groundwork.core.Destination
import app.groundwork.core.DictationField
import java.time.ZoneId
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle

private val dayFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
    .withZone(ZoneId.systemDefault())

@Composable
fun JournalListContent(state: AppScreen.Journal) {
    val send = LocalSend.current
    val shell = LocalText.current
    Box(Modifier.fillMaxSize()) {
        LazyColumn(contentPadding = androidx.compose.foundation.layout.PaddingValues(16.dp)) {
            items(state.items, key = { it.id }) { item ->
                Column(
                    Modifier.fillMaxWidth().clickable { send(Action.Show(Destination.JournalEntry(item.id))) }
                        .padding(vertical = 12.dp),
                ) {
                    Text(dayFormat.format(item.createdAt), style = MaterialTheme.typography.labelMedium)
                    item.promptText?.let { Text(it, fontStyle = FontStyle.Italic) }
                    Text(item.preview + if (item.previewIsPartial) "…" else "", maxLines = 3)
                    if (item.tags.isNotEmpty()) {
                        Text(item.tags.joinToString(" ") { "#$it" }, style = MaterialTheme.typography.labelSmall)
                    }
                }
                HorizontalDivider()
            }
            if (state.hasMore) {
                item {
                    LaunchedEffect(state.items.size) { send(Action.LoadMoreJournal) }
                    TextButton(onClick = { send(Action.LoadMoreJournal) }) { Text(shell.showMore) }
                }
            }
        }
        FloatingActionButton(
            onClick = { send(Action.Show(Destination.NewJournalEntry)) },
            modifier = Modifier.align(Alignment.BottomEnd).padding(16.dp),
        ) { Icon(Icons.Filled.Edit, contentDescription = shell.newEntry) }
    }
}

@Composable
fun JournalEditorContent(state: AppScreen.JournalEditor) {
    val send = LocalSend.current
    val shell = LocalText.current
    val dictation = LocalDictation.current
    var body by remember(state.entry?.id) { mutableStateOf(state.entry?.body.orEmpty()) }
    var tags by remember(state.entry?.id) { mutableStateOf(state.entry?.tags?.joinToString().orEmpty()) }
    var promptId by remember { mutableStateOf<String?>(null) }
    var promptsOpen by remember { mutableStateOf(false) }
    var confirmDelete by remember { mutableStateOf(false) }
    val allPrompts = state.prompts.themes.flatMap { it.prompts }.map { it.id to it.text } +
        state.prompts.own.map { it.id to it.text }

    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        val entry = state.entry
        if (entry == null) {
            Box {
                TextButton(onClick = { promptsOpen = true }) {
                    Text(allPrompts.firstOrNull { it.first == promptId }?.second ?: shell.writeFreely)
                }
                DropdownMenu(expanded = promptsOpen, onDismissRequest = { promptsOpen = false }) {
                    DropdownMenuItem(text = { Text(shell.noPrompt) }, onClick = { promptId = null; promptsOpen = false })
                    for ((id, text) in allPrompts) {
                        DropdownMenuItem(text = { Text(text) }, onClick = { promptId = id; promptsOpen = false })
                    }
                }
            }
        } else {
            entry.promptText?.let { Text(it, fontStyle = FontStyle.Italic) }
        }
        PrivateTextField(
            value = body,
            onValueChange = { body = it; editedTranscript(dictation, it)?.let(send) },
            label = shell.entry,
            modifier = Modifier.fillMaxWidth().heightIn(min = 240.dp),
        )
        DictationControls(DictationField.JOURNAL_BODY, body) { body = it }
        RecordingPlayButton()
        PrivateTextField(
            value = tags,
            onValueChange = { tags = it },
            label = shell.tagsField,
            modifier = Modifier.fillMaxWidth(),
        )
        Button(onClick = {
            val input = JournalEntryInput(
                body = body,
                tags = tags.split(",").map { it.trim() }.filter { it.isNotEmpty() },
                promptId = promptId,
            )
            send(Action.SaveJournalEntry(input))
        }) { Text(shell.save) }
        if (entry != null) {
            OutlinedButton(onClick = {
                if (confirmDelete) send(Action.DeleteJournalEntry) else confirmDelete = true
            }) { Text(if (confirmDelete) shell.deleteEntryAgain else shell.deleteEntry) }
        }
    }
}

@Composable
fun JournalSearchContent(state: AppScreen.JournalSearch) {
    val send = LocalSend.current
    val shell = LocalText.current
    var query by remember { mutableStateOf(state.query) }
    Column(Modifier.padding(16.dp)) {
        PrivateTextField(
            value = query,
            onValueChange = {
                query = it
                send(Action.SearchJournal(it))
            },
            label = shell.searchJournal,
            singleLine = true,
            modifier = Modifier.fillMaxWidth(),
        )
        LazyColumn {
            items(state.hits, key = { it.entryId }) { hit ->
                Column(
                    Modifier.fillMaxWidth().clickable { send(Action.Show(Destination.JournalEntry(hit.entryId))) }
                        .padding(vertical = 12.dp),
                ) {
                    Text(dayFormat.format(hit.createdAt), style = MaterialTheme.typography.labelMedium)
                    Text(snippet(hit))
                }
                HorizontalDivider()
            }
        }
    }
}

/** The snippet with the matching words in bold. */
private fun snippet(hit: JournalSearchHit) = buildAnnotatedString {
    if (hit.startsMidEntry) append("…")
    for (run in hit.snippet) {
        if (run.highlighted) withStyle(SpanStyle(fontWeight = FontWeight.Bold)) { append(run.text) } else append(run.text)
    }
    if (hit.endsMidEntry) append("…")
}
