// The screen-level model over the presentation layer's AppModel: the view to draw, and a way to
// say what happened that never blocks the screen. Actions are sent in the order they were made,
// one at a time, off the main thread (the core touches the disk; unlocking and backups take a
// second on purpose), and the view flows straight through.
package app.groundwork.android.ui

import app.groundwork.core.Action
import app.groundwork.core.AppView
import app.groundwork.core.ShellText
import app.groundwork.presentation.AppModel
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.launch

class ScreenModel(
    private val model: AppModel,
    scope: CoroutineScope,
    worker: CoroutineDispatcher = Dispatchers.IO,
) {
    private val actions = Channel<Action>(Channel.UNLIMITED)

    /** What to draw. */
    val view: StateFlow<AppView> get() = model.view

    /** The app's own fixed lines, in the core's words. */
    val text: ShellText get() = model.text

    init {
        scope.launch(worker) {
            for (action in actions) model.send(action)
        }
    }

    /** What he did (or the platform did), sent to the core after everything sent before it. */
    fun send(action: Action) {
        actions.trySend(action)
    }
}
