// Owns the app model for the life of the activity's ViewModel store and is the phone under it:
// the Keystore-wrapped key (after a fingerprint or face prompt when he turned that on), the three
// preferences kept outside the database, AlarmManager reminders, the share sheet, web links and
// the lock timer while away. Every `send` runs on the IO dispatcher (the core touches the disk;
// unlocking and backups take a second on purpose). The view flows straight through.
package app.groundwork.android

import android.app.Application
import android.content.Intent
import android.net.Uri
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.viewModelScope
import app.groundwork.android.platform.AlarmScheduler
import app.groundwork.android.platform.KeystoreKeyStore
import app.groundwork.android.platform.SharedPreferencesStore
import app.groundwork.core.Action
import app.groundwork.core.AppNavigator
import app.groundwork.core.AppView
import app.groundwork.core.ScheduledNotification
import app.groundwork.core.ShellPreferences
import app.groundwork.presentation.AppModel
import app.groundwork.presentation.NotificationRequest
import app.groundwork.presentation.Platform
import app.groundwork.presentation.keep
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.launch
import java.io.File
import java.time.Duration
import java.time.Instant

class AppViewModel(application: Application) : AndroidViewModel(application) {
    val keyStore = KeystoreKeyStore(application)
    val preferences = SharedPreferencesStore(application)
    private val scheduler = AlarmScheduler(application)

    /** Where the database (and an installed content pack) lives. */
    val dataDir: String = File(application.noBackupFilesDir, "groundwork").apply { mkdirs() }.absolutePath

    /** The activity on screen: the fingerprint prompt, the share sheet and web links need one. */
    @Volatile
    var activity: MainActivity? = null

    private var lockTimer: Job? = null

    private val platform = object : Platform {
        override fun loadKey(biometric: Boolean, answer: (ByteArray?) -> Unit) {
            if (!biometric) return answer(keyStore.loadKey())
            // No activity on screen is a prompt nobody saw: like a cancelled one, no answer.
            val shown = activity ?: return
            shown.runOnUiThread {
                shown.confirmPresence(forSaving = false) {
                    viewModelScope.launch(Dispatchers.IO) { answer(runCatching { keyStore.loadKey() }.getOrNull()) }
                }
            }
        }

        // With fingerprint or face, the screen asked for the prompt (`confirmPresence(forSaving =
        // true)`) before sending the action that stores the key.
        override fun storeKey(key: ByteArray, biometric: Boolean): Boolean = keyStore.keep(key, biometric)

        override fun deleteKey() = keyStore.deleteKey()

        override fun savePreferences(preferences: ShellPreferences) {
            this@AppViewModel.preferences.discreet = preferences.discreet
            this@AppViewModel.preferences.region = preferences.region
            this@AppViewModel.preferences.biometricKey = preferences.biometricKey
        }

        override fun scheduleReminders(notifications: List<ScheduledNotification>) =
            scheduler.apply(notifications.map(::NotificationRequest))

        override fun shareFile(fileName: String, mimeType: String, contents: ByteArray) {
            val shown = activity ?: return
            shown.runOnUiThread { app.groundwork.android.ui.shareFile(shown, fileName, mimeType, contents, fileName) }
        }

        override fun openUrl(url: String) {
            val shown = activity ?: return
            shown.runOnUiThread { shown.startActivity(Intent(Intent.ACTION_VIEW, Uri.parse(url))) }
        }

        override fun checkLockAt(at: Instant) {
            lockTimer?.cancel()
            lockTimer = viewModelScope.launch(Dispatchers.IO) {
                delay(Duration.between(Instant.now(), at).toMillis().coerceAtLeast(0))
                model.send(Action.LockCheckDue(Instant.now()))
            }
        }
    }

    private val model = AppModel(
        AppNavigator(
            dataDir,
            ShellPreferences(preferences.discreet, preferences.region, preferences.biometricKey),
            application.resources.configuration.locales[0].toLanguageTag(),
        ),
        platform,
    )

    /** What to draw: the core's view. */
    val view: StateFlow<AppView> = model.view

    init {
        send(Action.Start)
    }

    /** Sends what happened to the core, off the main thread. */
    fun send(action: Action) {
        viewModelScope.launch(Dispatchers.IO) { model.send(action) }
    }

    override fun onCleared() {
        lockTimer?.cancel()
        model.send(Action.LockNow)
    }
}
