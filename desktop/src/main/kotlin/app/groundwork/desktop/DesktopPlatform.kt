// What only the machine can do for the core's navigation (the presentation layer's Platform),
// written for a laptop: the key in the terminal companion's key file, the three preferences in a
// private file, "save as" for a backup or an export, links in the browser, and the timer that
// tells the core when the window has been away long enough to lock.
//
// Reminders: a laptop has no alarms an app can set to ring while it is closed. The core's
// ScheduleReminders has no answer to give (it expects none), so the schedule is kept and the
// reminders that come due while the window is open are handed to [Desktop.remind].
package app.groundwork.desktop

import app.groundwork.core.Action
import app.groundwork.core.ScheduledNotification
import app.groundwork.core.ShellPreferences
import app.groundwork.core.Utterance
import app.groundwork.presentation.DictationEvents
import app.groundwork.presentation.Platform
import app.groundwork.presentation.SpeechReports
import kotlinx.coroutines.flow.MutableStateFlow
import java.io.File
import java.io.FileOutputStream
import java.nio.file.Files
import java.nio.file.StandardCopyOption
import java.time.Instant
import java.util.concurrent.Executors
import java.util.concurrent.ScheduledFuture
import java.util.concurrent.TimeUnit

class DesktopPlatform(
    val dataDir: File,
    private val desktop: Desktop,
    /** Sends to the app (the lock timer's LockCheckDue). */
    private val send: (Action) -> Unit,
    /** Told before a dialog or the browser takes him away on purpose, and when the dialog is done. */
    private val lifecycle: WindowLifecycle = WindowLifecycle(send),
) : Platform {
    val keyFile = KeyFile(dataDir)
    val preferences = DesktopPreferences(dataDir)

    /** Discreet mode as last kept (the window's title follows it). */
    val discreet = MutableStateFlow(preferences.load().discreet)

    /** Where a file to save waits while he picks a folder (erased with everything else). */
    val sharedDir = File(dataDir, "shared")

    private val timers = Executors.newSingleThreadScheduledExecutor { Thread(it, "groundwork-timers").apply { isDaemon = true } }
    private var lockTimer: ScheduledFuture<*>? = null
    private val reminderTimers = mutableListOf<ScheduledFuture<*>>()

    /** The reminders the core handed over last, the ones still to come first. */
    @Volatile
    var pendingReminders: List<ScheduledNotification> = emptyList()
        private set

    override fun loadKey(biometric: Boolean, answer: (ByteArray?) -> Unit) {
        // No fingerprint or face here: the file answers (an unreadable one answers nothing found).
        answer(runCatching { keyFile.load() }.getOrNull())
    }

    override fun storeKey(key: ByteArray, biometric: Boolean): Boolean {
        // Never claims a guard it does not have: a key to be kept behind fingerprint or face is not kept.
        if (biometric) return false
        return runCatching {
            keyFile.save(key)
            val saved = keyFile.load()
            val same = saved != null && saved.contentEquals(key)
            saved?.fill(0)
            same
        }.getOrDefault(false)
    }

    override fun deleteKey() = keyFile.delete()

    override fun savePreferences(preferences: ShellPreferences) {
        this.preferences.save(preferences)
        discreet.value = preferences.discreet
    }

    @Synchronized
    override fun scheduleReminders(notifications: List<ScheduledNotification>) {
        reminderTimers.forEach { it.cancel(false) }
        reminderTimers.clear()
        val now = System.currentTimeMillis()
        pendingReminders = notifications.filter { it.fireAt.toEpochMilli() > now }.sortedBy { it.fireAt }
        for (reminder in pendingReminders) {
            reminderTimers += timers.schedule({ desktop.remind(reminder) }, reminder.fireAt.toEpochMilli() - now, TimeUnit.MILLISECONDS)
        }
    }

    /**
     * "Save as": he picks where the backup or export goes (the dialog counts as handing him to
     * another window, so the app does not lock behind it). The bytes wait in [sharedDir] (0600)
     * while the dialog is open and are then written where he chose, readable only by him.
     */
    override fun shareFile(fileName: String, mimeType: String, contents: ByteArray) {
        val staged = stage(fileName, contents)
        lifecycle.handOff()
        desktop.chooseSaveTarget(fileName) { target ->
            try {
                if (target != null) writePrivate(target, staged.readBytes())
            } catch (e: Exception) {
                desktop.saveFailed(target?.name ?: fileName)
            } finally {
                KeyFile.shred(staged)
                lifecycle.cameBack()
            }
        }
    }

    override fun openUrl(url: String) {
        lifecycle.handOff()
        if (!desktop.browse(url)) {
            // Nothing opened: he never left, and the address stays on screen to use another way.
            lifecycle.cameBack()
            desktop.showAddress(url)
        }
    }

    override fun checkLockAt(at: Instant) {
        lockTimer?.cancel(false)
        val delay = (at.toEpochMilli() - System.currentTimeMillis()).coerceAtLeast(0)
        lockTimer = timers.schedule({ send(Action.LockCheckDue(Instant.now())) }, delay, TimeUnit.MILLISECONDS)
    }

    /** The files waiting for "save as" (none once he has saved or cancelled, unless the app was closed meanwhile). */
    override fun deleteSharedFiles() {
        sharedDir.listFiles()?.forEach { KeyFile.shred(it) }
    }

    /** A laptop has no offline voice the app can use: the core hears so and says nothing. */
    override fun speak(utterances: List<Utterance>, rate: Float, locale: String, reports: SpeechReports) {
        reports.unavailable()
    }

    override fun stopSpeaking() = Unit

    /** No on-device recogniser here, so no microphone shows (never a server one). */
    override fun onDeviceRecognitionLocale(): String? = null

    override fun startDictation(locale: String, keepAudio: Boolean, events: DictationEvents) {
        events.failed()
    }

    override fun stopDictation() = Unit

    /** Recordings are made on a phone; the desktop keeps them in backups but does not play them. */
    override fun playRecording(codec: String, audio: ByteArray) = Unit

    /** Stops the timers (the window closed). */
    fun close() {
        timers.shutdownNow()
    }

    private fun stage(fileName: String, contents: ByteArray): File {
        DataFolder.prepare(sharedDir)
        val staged = File(sharedDir, File(fileName).name)
        KeyFile.shred(staged)
        KeyFile.createPrivate(staged)
        FileOutputStream(staged).use { it.write(contents) }
        return staged
    }

    companion object {
        /** Writes [contents] to [target] readable only by him, whole or not at all. */
        fun writePrivate(target: File, contents: ByteArray) {
            val dir = target.absoluteFile.parentFile
            val partial = File(dir, ".${target.name}.partial")
            partial.delete()
            try {
                KeyFile.createPrivate(partial)
                FileOutputStream(partial).use { out ->
                    out.write(contents)
                    out.fd.sync()
                }
                Files.move(partial.toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)
            } finally {
                partial.delete()
            }
        }
    }
}

/**
 * What the desktop around the window does: the browser, the save dialog, reminders while the
 * window is open, and what is shown when a link cannot open. The app's is [AwtDesktop]; tests
 * answer for themselves.
 */
interface Desktop {
    /** Opens [uri] in the app the system has for it; false when none could. */
    fun browse(uri: String): Boolean

    /** Shows an address (or number) that could not be opened, so he can use it another way. */
    fun showAddress(address: String)

    /** Asks where to save [suggestedName]; [chosen] gets the file, or null when he cancelled. */
    fun chooseSaveTarget(suggestedName: String, chosen: (File?) -> Unit)

    /** Says a file could not be saved. */
    fun saveFailed(name: String)

    /** Lets him pick a file to read; [picked] gets its bytes, or null when he cancelled. */
    fun pickFile(picked: (ByteArray?) -> Unit)

    /** A reminder came due while the window is open. */
    fun remind(reminder: ScheduledNotification)
}
