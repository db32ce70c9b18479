@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// The lock screen: a PIN pad or passphrase field, or one unlock button when the key is on this
// device (the platform asks for a fingerprint or face first when he turned that on). Help now is
// always reachable here, in the top bar.
package app.groundwork.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.text.KeyboardActions
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp
import app.groundwork.core.LockKind
import app.groundwork.core.LockSecret
import app.groundwork.core.Action
import app.groundwork.core.LockedView
import java.time.Instant

@Composable
fun LockScreen(lock: LockedView) {
    val send = LocalSend.current
    var secret by remember { mutableStateOf("") }
    val waiting = lock.retryAfter?.isAfter(Instant.now()) == true

    Column(
        Modifier.fillMaxSize().padding(24.dp),
        horizontalAlignment = Alignment.CenterHorizontally,
        verticalArrangement = Arrangement.spacedBy(16.dp, Alignment.CenterVertically),
    ) {
        val screen = lock.screen
        Text(screen.title, style = MaterialTheme.typography.headlineLarge, modifier = Modifier.semantics { heading() })
        val kind = lock.kind
        if (kind != null) {
            val submit = {
                val typed = secret
                secret = ""
                send(Action.Unlock(if (kind == LockKind.PIN) LockSecret.Pin(typed) else LockSecret.Passphrase(typed)))
            }
            OutlinedTextField(
                value = secret,
                onValueChange = { secret = it },
                label = { Text(screen.prompt.orEmpty()) },
                visualTransformation = PasswordVisualTransformation(),
                keyboardOptions = KeyboardOptions(
                    keyboardType = if (screen.numericInput) KeyboardType.NumberPassword else KeyboardType.Password,
                    imeAction = ImeAction.Done,
                ),
                keyboardActions = KeyboardActions(onDone = { submit() }),
                singleLine = true,
            )
            Button(onClick = submit, enabled = secret.isNotEmpty() && !waiting) { Text(screen.unlockLabel) }
        } else {
            // The key on this device opens it (after a fingerprint or face, when the platform asks one).
            Button(onClick = { send(Action.UnlockWithDevice) }) { Text(screen.unlockLabel) }
        }
        // The core's line after an attempt says when he may try again, in words.
        lock.message?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
    }
}
