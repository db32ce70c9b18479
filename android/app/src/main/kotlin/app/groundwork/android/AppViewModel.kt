// A thin wrapper around the presentation module's AppModel: it owns the model for the life of
// the activity's ViewModel store and runs every call on the IO dispatcher (the core touches the
// disk; unlocking and backups take a second on purpose). State flows straight through.
package app.groundwork.android

import android.app.Application
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.viewModelScope
import app.groundwork.android.platform.AlarmScheduler
import app.groundwork.android.platform.KeystoreKeyStore
import app.groundwork.android.platform.SharedPreferencesStore
import app.groundwork.presentation.AppModel
import app.groundwork.presentation.AppState
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import java.io.File

class AppViewModel(application: Application) : AndroidViewModel(application) {
    val keyStore = KeystoreKeyStore(application)
    val preferences = SharedPreferencesStore(application)

    /** Where the database (and an installed content pack) lives. */
    val dataDir: String = File(application.noBackupFilesDir, "groundwork").apply { mkdirs() }.absolutePath

    private val model = AppModel(
        dataDir = dataDir,
        keyStore = keyStore,
        preferences = preferences,
        scheduler = AlarmScheduler(application),
        deviceLocale = application.resources.configuration.locales[0].toLanguageTag(),
    )

    val state: StateFlow<AppState> = model.state

    init {
        act { start() }
    }

    /** Forwards what the person did to the model, off the main thread. */
    fun act(action: AppModel.() -> Unit) {
        viewModelScope.launch(Dispatchers.IO) { model.action() }
    }

    /** The same, for calls whose result the screen needs (a backup or export to share). */
    suspend fun <T> ask(action: AppModel.() -> T): T = withContext(Dispatchers.IO) { model.action() }

    override fun onCleared() {
        model.lock()
    }
}
