// What the screens need of a laptop (the UI module's ScreenPlatform). A laptop usually cannot call
// or text: a help line's call or text button, and the call button beside help now, show the
// number (with the words to text) over the screen, to call from a phone, with a button to try an
// app on this computer that handles calls. Web addresses open in the browser, or show when none can.
package app.groundwork.desktop

import androidx.compose.runtime.Composable
import androidx.compose.runtime.mutableStateOf
import app.groundwork.android.ui.ScreenPlatform
import app.groundwork.core.ContactAction
import app.groundwork.core.ContactKind

/** Something shown over the screen by the desktop itself (never a decision about him: the core's words and numbers). */
sealed interface Shown {
    /** A number to call or text: [title] is the core's button label, [number] what to dial. */
    data class Number(val title: String, val number: String, val message: String?, val uri: String) : Shown

    /** A web address that did not open. */
    data class Address(val address: String) : Shown

    /** A file that could not be saved. */
    data class SaveFailed(val name: String) : Shown

    /** A reminder that came due while the window is open: the core's words and link. */
    data class Reminder(val title: String, val body: String, val link: String) : Shown
}

class DesktopScreenPlatform(
    private val desktop: Desktop,
    private val lifecycle: WindowLifecycle,
    /** What is shown over the screen, if anything. */
    val shown: androidx.compose.runtime.MutableState<Shown?> = mutableStateOf(null),
) : ScreenPlatform {
    override fun contact(action: ContactAction) {
        when (action.kind) {
            ContactKind.WEB -> open(action.uri)
            ContactKind.CALL, ContactKind.TEXT -> shown.value = Shown.Number(action.label, action.target, action.body, action.uri)
        }
    }

    override fun dial(number: String) {
        shown.value = Shown.Number("Call $number", number, null, "tel:$number")
    }

    /** Opens [uri] in the system's app for it; shows it when none could. */
    fun open(uri: String) {
        lifecycle.handOff()
        if (!desktop.browse(uri)) {
            lifecycle.cameBack()
            shown.value = Shown.Address(uri)
        }
    }

    override fun pickFile(picked: (ByteArray) -> Unit) {
        lifecycle.handOff()
        desktop.pickFile { bytes ->
            lifecycle.cameBack()
            if (bytes != null) picked(bytes)
        }
    }

    // A laptop asks nothing before the window shows a reminder.
    override fun askNotificationPermission() = Unit

    // No on-screen keyboard learns from what he types here.
    @Composable
    override fun PrivateInput(content: @Composable () -> Unit) = content()
}
