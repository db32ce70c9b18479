@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// Settings: the app lock (PIN or passphrase; BiometricPrompt for the key on this device),
// discreet mode, reminders, region, backup and export through the share sheet, a counsellor's
// code, and erasing everything.
package app.groundwork.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.TimePicker
import androidx.compose.material3.rememberTimePickerState
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.groundwork.core.Action
import app.groundwork.core.Destination
import app.groundwork.core.ExportFormat
import app.groundwork.core.LockKind
import app.groundwork.core.LockSecret
import app.groundwork.core.PackPreview
import app.groundwork.core.ReminderSettings
import app.groundwork.core.RestoreMode
import app.groundwork.core.SettingsScreen
import app.groundwork.core.TimeOfDay

@Composable
fun SettingsContent(state: SettingsScreen) {
    val send = LocalSend.current
    val platform = LocalScreenPlatform.current
    val shell = LocalText.current
    var backupPassphrase by remember { mutableStateOf("") }
    var restorePassphrase by remember { mutableStateOf("") }
    var code by remember { mutableStateOf("") }
    var confirmErase by remember { mutableStateOf(false) }

    fun saveReminders(settings: ReminderSettings) {
        if (settings.dailyCheckIn != null || settings.newFatherWeekly) platform.askNotificationPermission()
        send(Action.SaveReminderSettings(settings))
    }

    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        OutlinedButton(onClick = { send(Action.Show(Destination.YourPath)) }) {
            Text(shell.yourPathSettings)
        }
        LockSection(state)

        Section(shell.privacy)
        Toggle(shell.discreetMode, state.reminders.discreet) { on -> send(Action.SetDiscreet(on)) }
        Toggle(shell.crisisFollowUp, state.crisisFollowUp) { on -> send(Action.SetCrisisFollowUp(on)) }
        Text(state.texts.quickHideDescription, style = MaterialTheme.typography.bodySmall)

        Section(shell.reminders)
        Toggle(shell.dailyCheckIn, state.reminders.dailyCheckIn != null) { on ->
            saveReminders(state.reminders.copy(dailyCheckIn = if (on) TimeOfDay(20u, 0u) else null))
        }
        state.reminders.dailyCheckIn?.let { time ->
            TimeButton(time) { saveReminders(state.reminders.copy(dailyCheckIn = it)) }
        }
        Toggle(shell.newDadReminders, state.reminders.newFatherWeekly) { on ->
            saveReminders(state.reminders.copy(newFatherWeekly = on))
        }

        Section(shell.regionForHelpNow)
        for (region in state.regions) {
            Row(
                Modifier.fillMaxWidth().heightIn(min = 48.dp).selectable(region.code == state.region, role = Role.RadioButton) {
                    send(Action.ChooseRegion(region.code))
                },
                verticalAlignment = Alignment.CenterVertically,
            ) {
                RadioButton(selected = region.code == state.region, onClick = null)
                Text(region.name)
            }
        }

        Section(shell.backupAndExport)
        SecretField(shell.backupPassphrase, backupPassphrase, numeric = false) { backupPassphrase = it }
        Button(enabled = backupPassphrase.isNotEmpty(), onClick = {
            val passphrase = backupPassphrase
            backupPassphrase = ""
            send(Action.MakeBackup(passphrase))
        }) { Text(shell.makeBackup) }
        SecretField(shell.restorePassphrase, restorePassphrase, numeric = false) { restorePassphrase = it }
        OutlinedButton(enabled = restorePassphrase.isNotEmpty(), onClick = {
            val passphrase = restorePassphrase
            platform.pickFile { bytes ->
                restorePassphrase = ""
                send(Action.RestoreBackup(bytes, passphrase, RestoreMode.MERGE))
            }
        }) { Text(shell.restoreBackup) }
        Text(shell.exportNotEncrypted, style = MaterialTheme.typography.bodyMedium)
        OutlinedButton(onClick = { send(Action.Export(ExportFormat.JSON)) }) { Text(shell.exportEverything) }
        OutlinedButton(onClick = { send(Action.Export(ExportFormat.MARKDOWN)) }) { Text(shell.exportJournal) }
        OutlinedButton(onClick = { send(Action.Export(ExportFormat.CSV)) }) { Text(shell.exportCheckIns) }

        Section(state.content.title)
        Text(state.content.summary)
        state.content.note?.let { Text(it) }
        OutlinedButton(onClick = { platform.pickFile { bytes -> send(Action.PreviewPack(bytes)) } }) {
            Text(state.content.installLabel)
        }
        state.content.removeLabel?.let { label ->
            OutlinedButton(onClick = { send(Action.RemoveInstalledPack) }) { Text(label) }
        }

        Section(shell.counsellorCode)
        OutlinedTextField(value = code, onValueChange = { code = it }, label = { Text(shell.code) }, singleLine = true)
        OutlinedButton(enabled = code.isNotEmpty(), onClick = { val typed = code; send(Action.OpenCode(typed)) }) {
            Text(shell.openCode)
        }

        HorizontalDivider()
        OutlinedButton(onClick = { if (confirmErase) send(Action.EraseEverything) else confirmErase = true }) {
            Text(if (confirmErase) shell.eraseEverythingAgain else shell.eraseEverything)
        }
        Text(shell.version, style = MaterialTheme.typography.bodySmall)
    }
}

/** The reminder's time; tapping opens a clock to change it. */
@Composable
private fun TimeButton(time: TimeOfDay, onPicked: (TimeOfDay) -> Unit) {
    val shell = LocalText.current
    var open by remember { mutableStateOf(false) }
    TextButton(onClick = { open = true }) { Text("${shell.reminderAt} %02d:%02d".format(time.hour.toInt(), time.minute.toInt())) }
    if (open) {
        val picker = rememberTimePickerState(initialHour = time.hour.toInt(), initialMinute = time.minute.toInt())
        AlertDialog(
            onDismissRequest = { open = false },
            confirmButton = {
                TextButton(onClick = {
                    open = false
                    onPicked(TimeOfDay(picker.hour.toUByte(), picker.minute.toUByte()))
                }) { Text(shell.ok) }
            },
            dismissButton = { TextButton(onClick = { open = false }) { Text(shell.cancel) } },
            text = { TimePicker(state = picker) },
        )
    }
}

@Composable
private fun LockSection(state: SettingsScreen) {
    val send = LocalSend.current
    val shell = LocalText.current
    var current by remember { mutableStateOf("") }
    var new by remember { mutableStateOf("") }
    var usePassphrase by remember { mutableStateOf(false) }
    fun secret(text: String, kind: LockKind?) = if (kind == LockKind.PASSPHRASE) LockSecret.Passphrase(text) else LockSecret.Pin(text)
    val newKind = if (usePassphrase) LockKind.PASSPHRASE else LockKind.PIN

    Section(shell.appLock)
    state.lock.message?.let { Text(it) }
    if (state.lock.locked) {
        val kind = state.lock.kind
        SecretField(if (kind == LockKind.PASSPHRASE) shell.yourPassphrase else shell.yourPin, current, numeric = kind != LockKind.PASSPHRASE) { current = it }
        Toggle(shell.newIsPassphrase, usePassphrase) { usePassphrase = it }
        SecretField(shell.newSecret, new, numeric = !usePassphrase) { new = it }
        OutlinedButton(onClick = {
            val old = secret(current, kind)
            val next = secret(new, newKind)
            current = ""
            new = ""
            send(Action.ChangeAppLock(old, next))
        }) { Text(shell.changeLock) }
        OutlinedButton(onClick = {
            val old = secret(current, kind)
            current = ""
            send(Action.RemoveAppLock(old))
        }) { Text(shell.turnOffLock) }
    } else {
        Toggle(shell.usePassphrase, usePassphrase) { usePassphrase = it }
        SecretField(if (usePassphrase) shell.passphraseRule else shell.pinRule, new, numeric = !usePassphrase) { new = it }
        Button(enabled = new.isNotEmpty(), onClick = {
            val next = secret(new, newKind)
            new = ""
            send(Action.SetAppLock(next, null))
        }) { Text(shell.turnOnLock) }
        Toggle(shell.fingerprintOrFace, state.biometricKey) { on -> send(Action.SetBiometricKey(on)) }
    }
    Text(shell.lockAfterLeaving, style = MaterialTheme.typography.labelLarge)
    for (option in state.lockGrace) {
        Row(
            Modifier.fillMaxWidth().heightIn(min = 48.dp).selectable(option.selected, role = Role.RadioButton) { send(Action.SetLockGrace(option.grace)) },
            verticalAlignment = Alignment.CenterVertically,
        ) {
            RadioButton(selected = option.selected, onClick = null)
            Text(option.label)
        }
    }
}

@Composable
private fun Section(title: String) {
    Text(title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.padding(top = 8.dp).semantics { heading() })
}

@Composable
private fun Toggle(label: String, checked: Boolean, onChange: (Boolean) -> Unit) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(checked, role = Role.Switch, onValueChange = onChange),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Text(label, Modifier.weight(1f))
        Switch(checked = checked, onCheckedChange = null)
    }
}

/**
 * What a pack file would add and may not change, before it is installed: the core's preview, and
 * the app lock's PIN or passphrase when the preview asks for it.
 */
@Composable
fun InstallPackContent(preview: PackPreview) {
    val send = LocalSend.current
    val shell = LocalText.current
    var secret by remember(preview) { mutableStateOf("") }
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(preview.packTitle, style = MaterialTheme.typography.titleLarge, modifier = Modifier.semantics { heading() })
        Text(preview.madeBy)
        PreviewList(shell.packModulesAdded, preview.modulesAdded)
        Text(preview.addedSummary)
        PreviewList(shell.packServicesAdded, preview.servicesAdded)
        PreviewList(shell.packModulesChanged, preview.modulesChanged)
        PreviewList(shell.packModulesLeftOut, preview.modulesLeftOut)
        PreviewList(shell.packMayNotChange, preview.mayNotChange)
        PreviewList(shell.packSetAside, preview.setAside)
        val kind = preview.secretKind
        val prompt = preview.secretPrompt
        if (kind != null && prompt != null) {
            SecretField(prompt, secret, numeric = kind == LockKind.PIN) { secret = it }
        }
        Button(
            onClick = {
                val typed = kind?.let { if (it == LockKind.PIN) LockSecret.Pin(secret) else LockSecret.Passphrase(secret) }
                secret = ""
                send(Action.ConfirmPackInstall(typed))
            },
            enabled = kind == null || secret.isNotEmpty(),
        ) { Text(preview.confirmLabel) }
        OutlinedButton(onClick = { send(Action.Back) }) { Text(preview.cancelLabel) }
    }
}

@Composable
private fun PreviewList(title: String, items: List<String>) {
    if (items.isEmpty()) return
    Text(title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
    for (item in items) Text("• $item")
}
