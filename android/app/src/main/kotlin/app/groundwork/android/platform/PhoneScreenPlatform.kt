// What the screens need of the phone (ScreenPlatform): the dialler, messages and browser for help
// lines, the file picker, the notification permission, and private text input.
package app.groundwork.android.platform

import android.Manifest
import android.content.ActivityNotFoundException
import android.content.Intent
import android.net.Uri
import android.os.Build
import android.view.View
import android.view.inputmethod.EditorInfo
import androidx.activity.result.ActivityResultLauncher
import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.ui.ExperimentalComposeUiApi
import androidx.compose.ui.platform.InterceptPlatformTextInput
import androidx.compose.ui.platform.LocalView
import androidx.compose.ui.platform.PlatformTextInputMethodRequest
import app.groundwork.android.MainActivity
import app.groundwork.android.ui.ScreenPlatform
import app.groundwork.core.ContactAction
import app.groundwork.core.ContactKind

class PhoneScreenPlatform(
    private val activity: MainActivity,
    private val openDocument: ActivityResultLauncher<Array<String>>,
    private val notificationPermission: ActivityResultLauncher<String>,
) : ScreenPlatform {
    /** Where the picked file's bytes go (set while the picker is open). */
    var picked: ((ByteArray) -> Unit)? = null

    override fun contact(action: ContactAction) {
        val intent = when (action.kind) {
            ContactKind.CALL -> Intent(Intent.ACTION_DIAL, Uri.parse(action.uri))
            ContactKind.TEXT -> Intent(Intent.ACTION_SENDTO, Uri.parse("smsto:${action.target}"))
                .putExtra("sms_body", action.body)
            ContactKind.WEB -> Intent(Intent.ACTION_VIEW, Uri.parse(action.uri))
        }
        start(intent)
    }

    override fun dial(number: String) = start(Intent(Intent.ACTION_DIAL, Uri.parse("tel:$number")))

    private fun start(intent: Intent) {
        try {
            activity.handOff { activity.startActivity(intent) }
        } catch (_: ActivityNotFoundException) {
            // No app for it on this phone; the number stays on the screen to dial by hand.
        }
    }

    override fun pickFile(picked: (ByteArray) -> Unit) {
        this.picked = picked
        activity.handOff { openDocument.launch(arrayOf("*/*")) }
    }

    override fun askNotificationPermission() {
        if (Build.VERSION.SDK_INT >= 33) notificationPermission.launch(Manifest.permission.POST_NOTIFICATIONS)
    }

    /**
     * The keyboard is asked not to learn from the field (IME_FLAG_NO_PERSONALIZED_LEARNING), and on
     * Android 14 and later the window is marked sensitive to accessibility services while it shows.
     */
    @OptIn(ExperimentalComposeUiApi::class)
    @Composable
    override fun PrivateInput(content: @Composable () -> Unit) {
        val view = LocalView.current
        DisposableEffect(view) {
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.UPSIDE_DOWN_CAKE) {
                view.setAccessibilityDataSensitive(View.ACCESSIBILITY_DATA_SENSITIVE_YES)
            }
            onDispose {
                if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.UPSIDE_DOWN_CAKE) {
                    view.setAccessibilityDataSensitive(View.ACCESSIBILITY_DATA_SENSITIVE_AUTO)
                }
            }
        }
        InterceptPlatformTextInput(
            interceptor = { request, nextHandler ->
                val privateRequest = object : PlatformTextInputMethodRequest {
                    override fun createInputConnection(outAttributes: EditorInfo) =
                        request.createInputConnection(outAttributes).also {
                            outAttributes.imeOptions =
                                outAttributes.imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
                        }
                }
                nextHandler.startInputMethod(privateRequest)
            },
        ) { content() }
    }
}
