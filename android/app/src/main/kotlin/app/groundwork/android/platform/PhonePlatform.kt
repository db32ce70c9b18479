// What only the phone can do for the core's navigation (the presentation layer's Platform):
// the key in the Android Keystore (after BiometricPrompt when he turned that on), the three
// preferences, reminders as alarms, the share sheet through the FileProvider, links in the
// browser, the timer that tells the core when the app has been away long enough to lock, the
// offline voice that reads aloud (ReadAloudVoice.kt), and dictation with the on-device
// recogniser only (OnDeviceDictation).
package app.groundwork.android.platform

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri
import androidx.core.content.FileProvider
import app.groundwork.android.MainActivity
import app.groundwork.core.Action
import app.groundwork.core.ScheduledNotification
import app.groundwork.core.ShellPreferences
import app.groundwork.core.Utterance
import app.groundwork.presentation.Platform
import app.groundwork.presentation.SpeechReports
import app.groundwork.presentation.SpeechPlatform
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import java.io.File
import java.time.Instant

class PhonePlatform(
    private val context: Context,
    private val scope: CoroutineScope,
    /** The activity on screen, if any (BiometricPrompt and the share sheet need one). */
    private val activity: () -> MainActivity?,
    /** Sends to the app model (the lock timer's LockCheckDue). */
    private val send: (Action) -> Unit,
) : Platform, SpeechPlatform by OnDeviceDictation(context, activity) {
    val keyStore = KeystoreKeyStore(context)
    val preferences = SharedPreferencesStore(context)
    private val alarms = AlarmScheduler(context)
    private var lockTimer: Job? = null
    private val voice = ReadAloudVoice(context)

    override fun loadKey(biometric: Boolean, answer: (ByteArray?) -> Unit) {
        val read = { answer(runCatching { keyStore.loadKey() }.getOrNull()) }
        val shown = activity()
        if (biometric && keyStore.needsUserPresence && shown != null) {
            // A cancelled prompt never calls back: the lock screen stays.
            shown.confirmPresence(forSaving = false) { scope.launch(Dispatchers.IO) { read() } }
        } else {
            read()
        }
    }

    override fun storeKey(key: ByteArray, biometric: Boolean): Boolean = runCatching {
        keyStore.saveKey(key, biometric)
        keyStore.loadKey()?.contentEquals(key) == true
    }.getOrDefault(false)

    override fun deleteKey() = keyStore.deleteKey()

    override fun savePreferences(preferences: ShellPreferences) {
        this.preferences.shellPreferences = preferences
    }

    override fun scheduleReminders(notifications: List<ScheduledNotification>) = alarms.replaceAll(notifications)

    override fun shareFile(fileName: String, mimeType: String, contents: ByteArray) {
        val shown = activity() ?: return
        val dir = File(context.cacheDir, "shared").apply { mkdirs() }
        dir.listFiles()?.forEach { it.delete() }
        val file = File(dir, fileName).apply { writeBytes(contents) }
        val uri = FileProvider.getUriForFile(context, "${context.packageName}.files", file)
        val intent = Intent(Intent.ACTION_SEND)
            .setType(mimeType)
            .putExtra(Intent.EXTRA_STREAM, uri)
            .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        shown.runOnUiThread { shown.handOff { shown.startActivity(Intent.createChooser(intent, null)) } }
    }

    override fun openUrl(url: String) {
        val shown = activity() ?: return
        shown.runOnUiThread {
            try {
                shown.handOff { shown.startActivity(Intent(Intent.ACTION_VIEW, Uri.parse(url))) }
            } catch (_: ActivityNotFoundException) {
                // No browser on this phone: nothing opens.
            }
        }
    }

    override fun deleteSharedFiles() {
        File(context.cacheDir, "shared").deleteRecursively()
    }

    override fun checkLockAt(at: Instant) {
        lockTimer?.cancel()
        lockTimer = scope.launch {
            delay((at.toEpochMilli() - System.currentTimeMillis()).coerceAtLeast(0))
            send(Action.LockCheckDue(Instant.now()))
        }
    }

    override fun speak(utterances: List<Utterance>, rate: Float, locale: String, reports: SpeechReports) =
        voice.speak(utterances, rate, locale, reports)

    override fun stopSpeaking() = voice.stop()
}
