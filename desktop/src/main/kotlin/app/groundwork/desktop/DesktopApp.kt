// The app without its window: the core's navigation over the data folder, the presentation
// layer's AppModel with the desktop's Platform, and one worker that sends every action in
// order, off the window's thread (the core touches the disk; unlocking takes a second on purpose).
package app.groundwork.desktop

import app.groundwork.core.Action
import app.groundwork.core.AppNavigator
import app.groundwork.core.AppView
import app.groundwork.core.useAppFolders
import app.groundwork.presentation.AppModel
import kotlinx.coroutines.flow.StateFlow
import java.io.File
import java.util.Locale
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

class DesktopApp(
    val dataDir: File,
    desktop: Desktop,
    locale: String = Locale.getDefault().toLanguageTag(),
) : AutoCloseable {
    private val worker = Executors.newSingleThreadExecutor { Thread(it, "groundwork-core").apply { isDaemon = true } }
    val lifecycle = WindowLifecycle(::send)
    val platform = DesktopPlatform(dataDir, desktop, ::send, lifecycle)
    private val navigator: AppNavigator
    val model: AppModel

    init {
        DataFolder.prepare(dataDir)
        // The folder where a file waits for "save as" is erased with everything else.
        useAppFolders(listOf(platform.sharedDir.path))
        navigator = AppNavigator(dataDir.path, platform.preferences.load(), locale)
        model = AppModel(navigator, platform)
    }

    /** What to draw. */
    val view: StateFlow<AppView> get() = model.view

    /** What he did (or the desktop did), sent after everything sent before it. */
    fun send(action: Action) {
        if (!worker.isShutdown) worker.execute { model.send(action) }
    }

    /** Sends [action] and waits until it and everything before it is done (tests, and closing). */
    fun sendAndWait(action: Action): AppView {
        worker.submit { model.send(action) }.get()
        return view.value
    }

    /** The window closed: the app locks (the database is closed), and the timers stop. */
    override fun close() {
        runCatching { sendAndWait(Action.LockNow) }
        worker.shutdown()
        worker.awaitTermination(10, TimeUnit.SECONDS)
        platform.close()
        navigator.close()
    }
}
