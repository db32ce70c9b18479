// The one text field for anything he writes about himself (journal, check-in notes and words,
// anger moments, plans, exercise answers, journal search). No autocorrect; the platform wraps it
// (ScreenPlatform.PrivateInput): on Android the keyboard is asked not to learn from it
// (EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING), and on Android 14 and later the screen is
// marked sensitive while it is shown, so only accessibility tools he relies on (a screen reader)
// may read it, not any app granted accessibility access.
package app.groundwork.android.ui

import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.KeyboardCapitalization

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
    LocalScreenPlatform.current.PrivateInput {
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
