// The one activity: Compose over the app model. It locks the app when it leaves the screen,
// keeps sensitive screens out of screenshots and the recents thumbnail (FLAG_SECURE), hands
// groundwork:// links and reminder taps to the model, and asks for the fingerprint, face or
// device credential before the key can be read when he turned that on.
package app.groundwork.android

import android.content.Intent
import android.os.Build
import android.os.Bundle
import android.view.WindowManager
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.viewModels
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_STRONG
import androidx.biometric.BiometricManager.Authenticators.DEVICE_CREDENTIAL
import androidx.biometric.BiometricPrompt
import androidx.core.content.ContextCompat
import androidx.fragment.app.FragmentActivity
import androidx.lifecycle.Lifecycle
import androidx.lifecycle.lifecycleScope
import androidx.lifecycle.repeatOnLifecycle
import app.groundwork.android.ui.GroundworkRoot
import app.groundwork.android.ui.GroundworkTheme
import app.groundwork.presentation.AppPhase
import kotlinx.coroutines.launch

class MainActivity : FragmentActivity() {
    private val viewModel: AppViewModel by viewModels()

    /** Set while another app (share sheet, file picker) is in front on our behalf: no lock then. */
    var returningFromOtherApp = false

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        enableEdgeToEdge()
        handle(intent)
        lifecycleScope.launch {
            repeatOnLifecycle(Lifecycle.State.STARTED) {
                viewModel.state.collect { state -> setSecure(state.phase is AppPhase.Unlocked) }
            }
        }
        setContent {
            GroundworkTheme {
                GroundworkRoot(viewModel = viewModel, activity = this)
            }
        }
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        handle(intent)
    }

    override fun onStart() {
        super.onStart()
        returningFromOtherApp = false
        viewModel.act { refreshNotifications() }
    }

    override fun onStop() {
        super.onStop()
        if (!returningFromOtherApp && !isChangingConfigurations) viewModel.act { lock() }
    }

    private fun handle(intent: Intent?) {
        // Opened links and tapped reminders alike: the core reads the link.
        val link = intent?.data?.toString()
        if (link != null) viewModel.act { openLink(link) }
    }

    private fun setSecure(secure: Boolean) {
        if (secure) {
            window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
        } else {
            window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
        }
    }

    /** Asks for a fingerprint, face or the device credential, then runs [then]. */
    fun confirmPresence(title: String, then: () -> Unit) {
        val prompt = BiometricPrompt(
            this,
            ContextCompat.getMainExecutor(this),
            object : BiometricPrompt.AuthenticationCallback() {
                override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) = then()
            },
        )
        val info = BiometricPrompt.PromptInfo.Builder().setTitle(title).apply {
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
                setAllowedAuthenticators(BIOMETRIC_STRONG or DEVICE_CREDENTIAL)
            } else {
                setAllowedAuthenticators(BIOMETRIC_STRONG)
                setNegativeButtonText("Cancel")
            }
        }.build()
        prompt.authenticate(info)
    }
}
