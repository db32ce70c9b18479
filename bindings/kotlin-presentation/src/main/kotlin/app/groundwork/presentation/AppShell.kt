// The app over the core's navigation (`AppNavigator`): it sends what happened, carries out the
// effects the core asks for (the key store, the preferences kept outside the database,
// notifications, the share sheet, web links, a timer while away) and publishes the view the core
// answered with. Where he is, what comes next and when the app locks are all the core's.
//
// Every call is synchronous and may touch the disk: the Android ViewModel calls `send` on
// Dispatchers.IO.
package app.groundwork.presentation

import app.groundwork.core.Action
import app.groundwork.core.AppView
import app.groundwork.core.Effect
import app.groundwork.core.AppNavigator
import app.groundwork.core.ShellPreferences
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import java.time.Instant

/** What only the platform can do for the core beyond keys, preferences and notifications. */
interface PlatformActions {
    /** Hands a file (a backup, an export) to the share sheet. */
    fun share(fileName: String, mimeType: String, contents: ByteArray)

    /** Opens a web address outside the app. */
    fun openUrl(url: String)

    /** Sends `Action.LockCheckDue` at `at` if the app is still away then (an alarm or a timer). */
    fun checkLockAt(at: Instant)
}

/** Remembers what it was asked to do: for tests and previews. */
class RecordingPlatform : PlatformActions {
    val shared = mutableListOf<String>()
    val opened = mutableListOf<String>()
    val timers = mutableListOf<Instant>()

    override fun share(fileName: String, mimeType: String, contents: ByteArray) {
        shared += fileName
    }

    override fun openUrl(url: String) {
        opened += url
    }

    override fun checkLockAt(at: Instant) {
        timers += at
    }
}

class AppShell(
    dataDir: String,
    private val keyStore: KeyStore,
    private val preferences: AppPreferences,
    private val scheduler: NotificationScheduling? = null,
    private val platform: PlatformActions? = null,
    deviceLocale: String? = java.util.Locale.getDefault().toLanguageTag(),
    /** Makes the core's app; tests pass `AppNavigator.withTestClock` to move time on. */
    makeApp: (dataDir: String, preferences: ShellPreferences, locale: String?) -> AppNavigator =
        { dir, prefs, locale -> AppNavigator(dir, prefs, locale) },
) {
    private val app = makeApp(
        dataDir,
        ShellPreferences(preferences.discreet, preferences.region, preferences.biometricKey),
        deviceLocale,
    )
    private val mutableState = MutableStateFlow(app.view())

    /** What to draw: the core's view, as it answered the last action. */
    val state: StateFlow<AppView> = mutableState.asStateFlow()

    /** Sends what happened and carries out what the core asks, answering the key store's requests. */
    @Synchronized
    fun send(action: Action) {
        var view = app.send(action)
        while (true) {
            var reply: Action? = null
            for (effect in view.effects) {
                perform(effect)?.let { reply = it }
            }
            view = app.send(reply ?: break)
        }
        mutableState.value = view
    }

    private fun perform(effect: Effect): Action? = when (effect) {
        is Effect.LoadKey -> Action.KeyLoaded(runCatching { keyStore.loadKey() }.getOrNull())
        is Effect.StoreKey -> Action.KeyStored(stored(effect.key, effect.biometric))
        Effect.DeleteKey -> {
            runCatching { keyStore.deleteKey() }
            null
        }
        is Effect.SavePreferences -> {
            preferences.discreet = effect.preferences.discreet
            preferences.region = effect.preferences.region
            preferences.biometricKey = effect.preferences.biometricKey
            null
        }
        is Effect.ScheduleReminders -> {
            scheduler?.apply(effect.notifications.map(::NotificationRequest))
            null
        }
        is Effect.ShareFile -> {
            platform?.share(effect.fileName, effect.mimeType, effect.contents)
            null
        }
        is Effect.OpenUrl -> {
            platform?.openUrl(effect.url)
            null
        }
        is Effect.CheckLockAt -> {
            platform?.checkLockAt(effect.at)
            null
        }
        Effect.Locked -> null
    }

    /** Saves the key and reads it back: only the same bytes count as kept. */
    private fun stored(key: ByteArray, biometric: Boolean): Boolean = try {
        keyStore.saveKey(key, biometric)
        val saved = keyStore.loadKey()
        val same = saved != null && saved.contentEquals(key)
        saved?.fill(0)
        same
    } catch (_: Exception) {
        false
    } finally {
        key.fill(0)
    }
}
