// The few things the screens need that only the phone can do, passed in by the app module (and
// stood in for by previews and the desktop screenshot tests). Everything else the screens do is
// an Action sent to the core.
package app.groundwork.android.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.staticCompositionLocalOf
import app.groundwork.core.ContactAction

interface ScreenPlatform {
    /** Opens a help line's tel:, sms: or https: link in the phone, messages or browser app. */
    fun contact(action: ContactAction)

    /** Opens the dialler at [number] (the emergency number beside the help button). */
    fun dial(number: String)

    /** Lets him pick a file (a backup to restore, a content pack) and hands over its bytes; nothing when he cancels. */
    fun pickFile(picked: (ByteArray) -> Unit)

    /** Asks for permission to show notifications, where the system needs it (after he turns a reminder on). */
    fun askNotificationPermission()

    /**
     * Wraps a field he writes about himself in: the phone asks the keyboard not to learn from it
     * and marks the screen sensitive to accessibility services while it shows.
     */
    @Composable
    fun PrivateInput(content: @Composable () -> Unit)
}

/** No phone: nothing opens, no file is picked, fields are plain. For previews and desktop tests. */
object NoScreenPlatform : ScreenPlatform {
    override fun contact(action: ContactAction) = Unit
    override fun dial(number: String) = Unit
    override fun pickFile(picked: (ByteArray) -> Unit) = Unit
    override fun askNotificationPermission() = Unit

    @Composable
    override fun PrivateInput(content: @Composable () -> Unit) = content()
}

/** The platform, for every screen below the root. */
val LocalScreenPlatform = staticCompositionLocalOf<ScreenPlatform> { NoScreenPlatform }
