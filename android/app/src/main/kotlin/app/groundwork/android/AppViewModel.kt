// Owns the core's navigation for the life of the activity's ViewModel store: the AppNavigator
// over the data folder, the presentation layer's AppModel with the phone's Platform, and the
// screens' ScreenModel, which sends every action off the main thread, in order.
package app.groundwork.android

import android.app.Application
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.viewModelScope
import app.groundwork.android.platform.PhonePlatform
import app.groundwork.android.platform.shellPreferences
import app.groundwork.android.ui.ScreenModel
import app.groundwork.core.Action
import app.groundwork.core.AppNavigator
import app.groundwork.presentation.AppModel
import java.io.File
import java.lang.ref.WeakReference

class AppViewModel(application: Application) : AndroidViewModel(application) {
    /** The activity on screen, if any. */
    var activity: WeakReference<MainActivity?> = WeakReference(null)

    val platform = PhonePlatform(application, viewModelScope, { activity.get() }, { screens.send(it) })

    /** Where the database (and an installed content pack) lives. */
    private val dataDir: String = File(application.noBackupFilesDir, "groundwork").apply { mkdirs() }.absolutePath

    private val navigator = AppNavigator(
        dataDir,
        platform.preferences.shellPreferences,
        application.resources.configuration.locales[0].toLanguageTag(),
    )

    val screens = ScreenModel(AppModel(navigator, platform), viewModelScope)

    init {
        screens.send(Action.Start)
    }

    override fun onCleared() {
        // The scope that runs sends is gone by now: the database is closed at once, here.
        navigator.send(Action.LockNow)
    }
}
