@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// Settings: the app lock (PIN or passphrase; BiometricPrompt for the key on this device),
// discreet mode, reminders, region, backup and export through the share sheet, a counsellor's
// code, and erasing everything.
package app.groundwork.android.ui

import android.Manifest
import android.app.TimePickerDialog
import android.os.Build
import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.produceState
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp
import app.groundwork.core.ExportScreen
import app.groundwork.core.LockKind
import app.groundwork.core.LockSecret
import app.groundwork.core.PackPreview
import app.groundwork.core.ReminderSettings
import app.groundwork.core.RestoreMode
import app.groundwork.core.TimeOfDay
import app.groundwork.core.appLockScreen
import app.groundwork.core.appUnlockMethod
import app.groundwork.presentation.Route
import app.groundwork.presentation.SettingsState
import kotlinx.coroutines.launch

@Composable
fun SettingsContent(state: SettingsState) {
    val viewModel = LocalViewModel.current
    val activity = LocalActivity.current
    val scope = rememberCoroutineScope()
    var backupPassphrase by remember { mutableStateOf("") }
    var restorePassphrase by remember { mutableStateOf("") }
    var exportSecret by remember { mutableStateOf("") }
    var code by remember { mutableStateOf("") }
    var confirmErase by remember { mutableStateOf(false) }

    val notificationPermission = rememberLauncherForActivityResult(ActivityResultContracts.RequestPermission()) {}
    val restorePicker = rememberLauncherForActivityResult(ActivityResultContracts.OpenDocument()) { uri ->
        val bytes = uri?.let { activity.contentResolver.openInputStream(it)?.use { stream -> stream.readBytes() } }
        if (bytes != null) {
            val passphrase = restorePassphrase
            viewModel.act { restoreBackup(bytes, passphrase, RestoreMode.MERGE) }
        }
    }

    val packPicker = rememberLauncherForActivityResult(ActivityResultContracts.OpenDocument()) { uri ->
        val bytes = uri?.let { activity.contentResolver.openInputStream(it)?.use { stream -> stream.readBytes() } }
        if (bytes != null) viewModel.act { previewPack(bytes) }
    }

    fun saveReminders(settings: ReminderSettings) {
        if (Build.VERSION.SDK_INT >= 33 && (settings.dailyCheckIn != null || settings.newFatherWeekly)) {
            notificationPermission.launch(Manifest.permission.POST_NOTIFICATIONS)
        }
        viewModel.act { saveReminderSettings(settings) }
    }

    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        OutlinedButton(onClick = { viewModel.act { show(Route.Onboarding) } }) {
            Text("Your path: region, tracks, baby's date")
        }
        LockSection(state)

        Section("Privacy")
        Toggle("Discreet mode", state.reminders.discreet) { on -> viewModel.act { setDiscreet(on) } }
        Toggle("Ask how I am after I write something heavy", state.crisisFollowUp) { on -> viewModel.act { setCrisisFollowUp(on) } }
        Text(state.texts.quickHideDescription, style = MaterialTheme.typography.bodySmall)

        Section("Reminders")
        Toggle("Daily check-in", state.reminders.dailyCheckIn != null) { on ->
            saveReminders(state.reminders.copy(dailyCheckIn = if (on) TimeOfDay(20u, 0u) else null))
        }
        state.reminders.dailyCheckIn?.let { time ->
            TextButton(onClick = {
                TimePickerDialog(activity, { _, hour, minute ->
                    saveReminders(state.reminders.copy(dailyCheckIn = TimeOfDay(hour.toUByte(), minute.toUByte())))
                }, time.hour.toInt(), time.minute.toInt(), android.text.format.DateFormat.is24HourFormat(activity)).show()
            }) { Text("At %02d:%02d".format(time.hour.toInt(), time.minute.toInt())) }
        }
        Toggle("Weekly reminders for new dads", state.reminders.newFatherWeekly) { on ->
            saveReminders(state.reminders.copy(newFatherWeekly = on))
        }

        Section("Region for help now")
        for (region in state.regions) {
            Row(verticalAlignment = Alignment.CenterVertically) {
                androidx.compose.material3.RadioButton(
                    selected = region.code == state.region,
                    onClick = { viewModel.act { chooseRegion(region.code) } },
                )
                Text(region.name)
            }
        }

        Section("Backup and export")
        Secret("Backup passphrase (8 or more characters)", backupPassphrase, KeyboardType.Password) { backupPassphrase = it }
        Button(enabled = backupPassphrase.isNotEmpty(), onClick = {
            val passphrase = backupPassphrase
            scope.launch {
                val file = viewModel.ask { makeBackup(passphrase) } ?: return@launch
                shareFile(activity, file.fileName, file.mimeType, file.contents, state.texts.exportShareTitle)
            }
        }) { Text("Make an encrypted backup") }
        Secret("Passphrase of the backup to restore", restorePassphrase, KeyboardType.Password) { restorePassphrase = it }
        OutlinedButton(enabled = restorePassphrase.isNotEmpty(), onClick = {
            activity.returningFromOtherApp = true
            restorePicker.launch(arrayOf("*/*"))
        }) { Text("Restore a backup…") }
        // The core's export screen: it says the file is not encrypted, and asks for the app's
        // secret when a lock is set.
        val exportView by produceState<ExportScreen?>(null, state.lock) { value = viewModel.ask { exportScreen() } }
        exportView?.let { screen ->
            Text(screen.notEncrypted, style = MaterialTheme.typography.bodyMedium)
            screen.secretKind?.let { kind ->
                Secret(screen.secretPrompt.orEmpty(), exportSecret,
                    if (kind == LockKind.PIN) KeyboardType.NumberPassword else KeyboardType.Password) { exportSecret = it }
            }
            for (choice in screen.choices) {
                OutlinedButton(onClick = {
                    val secret = screen.secretKind?.let { kind ->
                        if (kind == LockKind.PIN) LockSecret.Pin(exportSecret) else LockSecret.Passphrase(exportSecret)
                    }
                    exportSecret = ""
                    scope.launch {
                        val file = viewModel.ask { export(choice.format, secret) } ?: return@launch
                        shareFile(activity, file.fileName, file.mimeType, file.contents.toByteArray(), state.texts.exportShareTitle)
                    }
                }) { Text(choice.label) }
            }
        }

        Section(state.content.title)
        Text(state.content.summary)
        state.content.note?.let { Text(it) }
        OutlinedButton(onClick = {
            activity.returningFromOtherApp = true
            packPicker.launch(arrayOf("*/*"))
        }) { Text(state.content.installLabel) }
        state.content.removeLabel?.let { label ->
            OutlinedButton(onClick = { viewModel.act { removeInstalledPack() } }) { Text(label) }
        }

        Section("A counsellor's code")
        OutlinedTextField(value = code, onValueChange = { code = it }, label = { Text("Code") }, singleLine = true)
        OutlinedButton(enabled = code.isNotEmpty(), onClick = { val typed = code; viewModel.act { openCode(typed) } }) {
            Text("Open")
        }

        HorizontalDivider()
        OutlinedButton(onClick = { if (confirmErase) viewModel.act { eraseEverything() } else confirmErase = true }) {
            Text(if (confirmErase) "Tap again to erase everything, for good" else "Erase everything")
        }
        Text("Version ${state.coreVersion}", style = MaterialTheme.typography.bodySmall)
    }
}

@Composable
private fun LockSection(state: SettingsState) {
    val viewModel = LocalViewModel.current
    val activity = LocalActivity.current
    var current by remember { mutableStateOf("") }
    var new by remember { mutableStateOf("") }
    var usePassphrase by remember { mutableStateOf(false) }
    fun secret(text: String, kind: LockKind?) = if (kind == LockKind.PASSPHRASE) LockSecret.Passphrase(text) else LockSecret.Pin(text)
    val newKind = if (usePassphrase) LockKind.PASSPHRASE else LockKind.PIN

    Section("App lock")
    // How the app opens, in the core's words: its own PIN or passphrase, fingerprint or face
    // only, or nothing of its own.
    val method = remember(state.lock, state.biometricKey) {
        runCatching { appUnlockMethod(viewModel.dataDir, state.biometricKey) }.getOrNull()
    }
    method?.let {
        Text(it.summary)
        it.advice?.let { advice -> Text(advice, style = MaterialTheme.typography.bodySmall) }
    }
    if (state.lock.locked) {
        val kind = state.lock.kind
        val currentScreen = appLockScreen(viewModel.dataDir, kind, false, state.region)
        Secret(currentScreen.prompt.orEmpty(), current,
            if (currentScreen.numericInput) KeyboardType.NumberPassword else KeyboardType.Password) { current = it }
        Toggle("New one is a passphrase", usePassphrase) { usePassphrase = it }
        Secret("New PIN or passphrase", new, if (usePassphrase) KeyboardType.Password else KeyboardType.NumberPassword) { new = it }
        OutlinedButton(onClick = {
            val old = secret(current, kind)
            val next = secret(new, newKind)
            current = ""
            new = ""
            viewModel.act { changeAppLock(old, next) }
        }) { Text("Change") }
        OutlinedButton(onClick = {
            val old = secret(current, kind)
            current = ""
            viewModel.act { removeAppLock(old) }
        }) { Text("Turn off app lock") }
    } else {
        Toggle("Use a passphrase instead of a PIN", usePassphrase) { usePassphrase = it }
        Secret(if (usePassphrase) "Passphrase (8 or more characters)" else "PIN (6 or more digits)", new,
            if (usePassphrase) KeyboardType.Password else KeyboardType.NumberPassword) { new = it }
        Button(enabled = new.isNotEmpty(), onClick = {
            val next = secret(new, newKind)
            new = ""
            // With fingerprint or face on, reading the key to move it needs one first.
            if (state.biometricKey) {
                activity.confirmPresence(forSaving = false) { viewModel.act { setAppLock(next) } }
            } else {
                viewModel.act { setAppLock(next) }
            }
        }) { Text("Turn on app lock") }
        Toggle("Fingerprint or face to open", state.biometricKey) { on ->
            activity.confirmPresence(forSaving = on) { viewModel.act { setBiometricKey(on) } }
        }
    }
}

@Composable
private fun Section(title: String) {
    Text(title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.padding(top = 8.dp).semantics { heading() })
}

@Composable
private fun Toggle(label: String, checked: Boolean, onChange: (Boolean) -> Unit) {
    Row(Modifier.fillMaxWidth(), verticalAlignment = Alignment.CenterVertically) {
        Text(label, Modifier.weight(1f))
        Switch(checked = checked, onCheckedChange = onChange)
    }
}

@Composable
private fun Secret(label: String, value: String, type: KeyboardType, onChange: (String) -> Unit) {
    OutlinedTextField(
        value = value,
        onValueChange = onChange,
        label = { Text(label) },
        visualTransformation = PasswordVisualTransformation(),
        keyboardOptions = KeyboardOptions(keyboardType = type),
        singleLine = true,
        modifier = Modifier.fillMaxWidth(),
    )
}

/**
 * What a pack file would add and may not change, before it is installed: the core's preview, and
 * the app lock's PIN or passphrase when the preview asks for it.
 */
@Composable
fun InstallPackContent(preview: PackPreview) {
    val viewModel = LocalViewModel.current
    var secret by remember(preview) { mutableStateOf("") }
    Column(
        Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(preview.packTitle, style = MaterialTheme.typography.titleLarge, modifier = Modifier.semantics { heading() })
        Text(preview.madeBy)
        PreviewList("Modules it adds", preview.modulesAdded)
        Text("${preview.exercisesAdded} exercises and ${preview.promptsAdded} journal prompts added.")
        PreviewList("Local services it adds to help now", preview.servicesAdded)
        PreviewList("Built-in modules it rewrites", preview.modulesChanged)
        PreviewList("Built-in modules it leaves out (your progress stays)", preview.modulesLeftOut)
        PreviewList("What it may not change", preview.mayNotChange)
        PreviewList("Not used from this pack", preview.setAside)
        val kind = preview.secretKind
        val prompt = preview.secretPrompt
        if (kind != null && prompt != null) {
            Secret(prompt, secret, if (kind == LockKind.PIN) KeyboardType.NumberPassword else KeyboardType.Password) { secret = it }
        }
        Button(
            onClick = {
                val typed = kind?.let { if (it == LockKind.PIN) LockSecret.Pin(secret) else LockSecret.Passphrase(secret) }
                secret = ""
                viewModel.act { confirmPackInstall(typed) }
            },
            enabled = kind == null || secret.isNotEmpty(),
        ) { Text(preview.confirmLabel) }
        OutlinedButton(onClick = { viewModel.act { back() } }) { Text(preview.cancelLabel) }
    }
}

@Composable
private fun PreviewList(title: String, items: List<String>) {
    if (items.isEmpty()) return
    Text(title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
    for (item in items) Text("• $item")
}
