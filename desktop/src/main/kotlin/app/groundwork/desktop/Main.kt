// groundwork-desktop: the phone's Compose screens in a desktop window over the same core. The
// window is phone-shaped to start with and can be resized; its title is the app's name (the
// neutral one in discreet mode). Minimising it or moving to another app tells the core the app
// went away, coming back tells it so, and closing it locks the app, which closes the database.
//
//   groundwork-desktop [--data-dir DIR] [--timing]
package app.groundwork.desktop

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.text.selection.SelectionContainer
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.remember
import androidx.compose.runtime.withFrameNanos
import androidx.compose.ui.input.key.Key
import androidx.compose.ui.input.key.KeyEventType
import androidx.compose.ui.input.key.key
import androidx.compose.ui.input.key.type
import androidx.compose.ui.platform.LocalClipboardManager
import androidx.compose.ui.text.AnnotatedString
import androidx.compose.ui.unit.DpSize
import androidx.compose.ui.unit.dp
import androidx.compose.ui.window.Window
import androidx.compose.ui.window.application
import androidx.compose.ui.window.rememberWindowState
import app.groundwork.android.ui.GroundworkRoot
import app.groundwork.android.ui.GroundworkTheme
import app.groundwork.core.Action
import app.groundwork.core.AppScreen
import app.groundwork.core.discreetTextsFor
import java.awt.event.WindowAdapter
import java.awt.event.WindowEvent
import java.io.File
import kotlin.system.exitProcess

/** What the command line asked for. */
data class Options(val dataDir: File?, val timing: Boolean) {
    companion object {
        const val USAGE = """Usage: groundwork-desktop [--data-dir DIR] [--timing]

  --data-dir DIR  keep the data in DIR (default: the terminal companion's folder,
                  ~/.local/share/groundwork on Linux), so both open the same database
  --timing        print how long the window took to draw its first screen"""

        /** The options, or null with [error] told why. */
        fun parse(args: Array<String>, error: (String) -> Unit): Options? {
            var dataDir: File? = null
            var timing = false
            var i = 0
            while (i < args.size) {
                when (val arg = args[i]) {
                    "--data-dir" -> dataDir = args.getOrNull(++i)?.let(::File) ?: return null.also { error("--data-dir needs a folder") }
                    "--timing" -> timing = true
                    "-h", "--help" -> return null.also { error(USAGE) }
                    else -> return null.also { error("unknown option $arg\n\n$USAGE") }
                }
                i++
            }
            return Options(dataDir, timing)
        }
    }
}

fun main(args: Array<String>) {
    val started = System.nanoTime()
    val options = Options.parse(args) { System.err.println(it) } ?: exitProcess(2)
    val dataDir = options.dataDir ?: DataFolder.default()
    try {
        DataFolder.prepare(dataDir)
    } catch (e: java.io.IOException) {
        System.err.println("groundwork-desktop: ${e.message}")
        exitProcess(1)
    }

    var frame: java.awt.Frame? = null
    val screens = ShownState()
    val desktop = AwtDesktop({ frame }, screens::show)
    val app = DesktopApp(dataDir, desktop)
    val screenPlatform = DesktopScreenPlatform(desktop, app.lifecycle, screens.shown)
    app.send(Action.Start)

    application {
        val view by app.view.collectAsState()
        val discreet by app.platform.discreet.collectAsState()
        val state = rememberWindowState(size = DpSize(420.dp, 860.dp))
        Window(
            onCloseRequest = {
                app.close()
                exitApplication()
            },
            state = state,
            title = discreetTextsFor(discreet).appDisplayName,
            onPreviewKeyEvent = { event ->
                // Escape is the phone's back, where the core says there is somewhere to go.
                if (event.type == KeyEventType.KeyUp && event.key == Key.Escape && app.view.value.canGoBack) {
                    app.send(Action.Back)
                    true
                } else {
                    false
                }
            },
        ) {
            frame = window
            DisposableEffect(window) {
                val listener = object : WindowAdapter() {
                    override fun windowIconified(e: WindowEvent) = app.lifecycle.wentAway()
                    override fun windowDeiconified(e: WindowEvent) = app.lifecycle.cameBack()

                    // To another app's window (not a dialog of this one).
                    override fun windowLostFocus(e: WindowEvent) {
                        if (e.oppositeWindow == null) app.lifecycle.wentAway()
                    }

                    override fun windowGainedFocus(e: WindowEvent) = app.lifecycle.cameBack()
                }
                window.addWindowListener(listener)
                window.addWindowFocusListener(listener)
                onDispose {
                    window.removeWindowListener(listener)
                    window.removeWindowFocusListener(listener)
                }
            }
            GroundworkTheme(darkTheme = isSystemInDarkTheme()) {
                GroundworkRoot(view = view, text = app.model.text, send = app::send, platform = screenPlatform)
                ShownDialog(screens, screenPlatform, app::send)
            }
            if (options.timing) {
                val home = view.screen is AppScreen.Home
                LaunchedEffect(home) {
                    if (home) {
                        withFrameNanos { }
                        System.err.println("groundwork-desktop: home drawn ${(System.nanoTime() - started) / 1_000_000} ms after start")
                    }
                }
            }
        }
    }
}

/** What the desktop shows over the screen, if anything. */
class ShownState {
    val shown = androidx.compose.runtime.mutableStateOf<Shown?>(null)

    fun show(what: Shown) {
        shown.value = what
    }
}

/** A number to call from a phone, an address to copy, a reminder, or a save that failed. */
@Composable
private fun ShownDialog(state: ShownState, platform: DesktopScreenPlatform, send: (Action) -> Unit) {
    val shown = state.shown.value ?: return
    val close = { state.shown.value = null }
    val clipboard = LocalClipboardManager.current
    when (shown) {
        is Shown.Number -> AlertDialog(
            onDismissRequest = close,
            title = { Text(shown.title) },
            text = {
                Column(verticalArrangement = Arrangement.spacedBy(12.dp)) {
                    SelectionContainer { Text(shown.number, style = MaterialTheme.typography.headlineMedium) }
                    shown.message?.let { Text("Send the word $it to this number.") }
                    Text("Use a phone to reach this number, or an app on this computer that makes calls.")
                }
            },
            confirmButton = {
                TextButton(onClick = { clipboard.setText(AnnotatedString(shown.number)) }) { Text("Copy number") }
            },
            dismissButton = {
                Column {
                    TextButton(onClick = {
                        close()
                        platform.open(shown.uri)
                    }) { Text("Open in an app") }
                    TextButton(onClick = close) { Text("Close") }
                }
            },
        )
        is Shown.Address -> AlertDialog(
            onDismissRequest = close,
            title = { Text("Open this in a browser") },
            text = { SelectionContainer { Text(shown.address) } },
            confirmButton = { TextButton(onClick = { clipboard.setText(AnnotatedString(shown.address)) }) { Text("Copy address") } },
            dismissButton = { TextButton(onClick = close) { Text("Close") } },
        )
        is Shown.SaveFailed -> AlertDialog(
            onDismissRequest = close,
            title = { Text("Not saved") },
            text = { Text("${shown.name} could not be saved there. Nothing else changed. Try another folder.") },
            confirmButton = { TextButton(onClick = close) { Text("OK") } },
        )
        is Shown.Reminder -> AlertDialog(
            onDismissRequest = close,
            title = { Text(shown.title) },
            text = { Text(shown.body) },
            confirmButton = {
                TextButton(onClick = {
                    close()
                    send(Action.OpenLink(shown.link))
                }) { Text("Open") }
            },
            dismissButton = { TextButton(onClick = close) { Text("Not now") } },
        )
    }
}
