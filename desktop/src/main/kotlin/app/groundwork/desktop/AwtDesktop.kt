// The desktop around the window, through AWT: the system's browser (java.awt.Desktop), the
// system's file dialogs for "save as" and for a file to open, and what the window shows itself.
package app.groundwork.desktop

import app.groundwork.core.ScheduledNotification
import java.awt.FileDialog
import java.awt.Frame
import java.io.File
import java.net.URI
import javax.swing.SwingUtilities

class AwtDesktop(
    /** The window, once it is open (the dialogs belong to it). */
    private val window: () -> Frame?,
    /** Shows something over the screen. */
    private val show: (Shown) -> Unit,
) : Desktop {
    override fun browse(uri: String): Boolean = try {
        val desktop = java.awt.Desktop.getDesktop()
        if (java.awt.Desktop.isDesktopSupported() && desktop.isSupported(java.awt.Desktop.Action.BROWSE)) {
            desktop.browse(URI(uri))
            true
        } else {
            false
        }
    } catch (_: Exception) {
        false
    }

    override fun showAddress(address: String) = show(Shown.Address(address))

    override fun chooseSaveTarget(suggestedName: String, chosen: (File?) -> Unit) {
        SwingUtilities.invokeLater {
            val dialog = FileDialog(window(), "Save", FileDialog.SAVE)
            dialog.file = suggestedName
            dialog.isVisible = true
            val name = dialog.file
            val dir = dialog.directory
            chosen(if (name != null && dir != null) File(dir, name) else null)
        }
    }

    override fun saveFailed(name: String) = show(Shown.SaveFailed(name))

    override fun pickFile(picked: (ByteArray?) -> Unit) {
        SwingUtilities.invokeLater {
            val dialog = FileDialog(window(), "Open", FileDialog.LOAD)
            dialog.isVisible = true
            val name = dialog.file
            val dir = dialog.directory
            picked(if (name != null && dir != null) runCatching { File(dir, name).readBytes() }.getOrNull() else null)
        }
    }

    override fun remind(reminder: ScheduledNotification) =
        show(Shown.Reminder(reminder.title, reminder.body, reminder.deepLink))
}
