// The one text field for anything he writes about himself (journal, check-in notes and words,
// anger moments, plans, exercise answers, journal search). The keyboard is asked not to learn
// from it (no autocorrect, EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING), and on Android 14 and
// later the screen is marked sensitive while it is shown, so only accessibility tools he relies on
// (a screen reader) may read it, not any app granted accessibility access.
package app.groundwork.android.ui

import android.os.Build
import android.view.View
import android.view.inputmethod.EditorInfo
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.ui.ExperimentalComposeUiApi
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.InterceptPlatformTextInput
import androidx.compose.ui.platform.LocalView
import androidx.compose.ui.platform.PlatformTextInputMethodRequest
import androidx.compose.ui.text.input.KeyboardCapitalization

@OptIn(ExperimentalComposeUiApi::class)
@Composable
fun PrivateTextField(
    value: String,
    onValueChange: (String) -> Unit,
    label: String,
    modifier: Modifier = Modifier,
    supportingText: String? = null,
    singleLine: Boolean = false,
    minLines: Int = 1,
) {
    SensitiveWhileShown()
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
    ) {
        OutlinedTextField(
            value = value,
            onValueChange = onValueChange,
            label = { Text(label) },
            supportingText = supportingText?.let { hint -> { Text(hint) } },
            singleLine = singleLine,
            minLines = minLines,
            keyboardOptions = KeyboardOptions(
                capitalization = KeyboardCapitalization.Sentences,
                autoCorrectEnabled = false,
            ),
            modifier = modifier,
        )
    }
}

/** Marks the window's view sensitive to accessibility services while a private field is shown. */
@Composable
private fun SensitiveWhileShown() {
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
}
