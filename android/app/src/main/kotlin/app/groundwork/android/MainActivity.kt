// The one activity: Compose over the app model. It tells the core when the app leaves the screen
// and comes back (the core decides whether it locks), keeps sensitive screens out of screenshots
// and the recents thumbnail (FLAG_SECURE), hands groundwork:// links and reminder taps to the
// core, and asks for a fingerprint or face (strong biometrics only, never the phone's PIN) to
// authorise each use of the key when he turned that on.
package app.groundwork.android

import android.app.ActivityManager
import android.content.Intent
import android.os.Bundle
import android.view.WindowManager
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.viewModels
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_STRONG
import androidx.biometric.BiometricPrompt
import androidx.core.content.ContextCompat
import androidx.fragment.app.FragmentActivity
import androidx.lifecycle.Lifecycle
import androidx.lifecycle.lifecycleScope
import androidx.lifecycle.repeatOnLifecycle
import app.groundwork.android.ui.GroundworkRoot
import app.groundwork.android.ui.GroundworkTheme
import app.groundwork.core.Action
import app.groundwork.core.Phase
import app.groundwork.core.discreetTextsFor
import kotlinx.coroutines.launch
import java.time.Instant

class MainActivity : FragmentActivity() {
    private val viewModel: AppViewModel by viewModels()

    /** Set before another app (share sheet, file picker) comes in front on our behalf: a hand-off. */
    var returningFromOtherApp = false

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        enableEdgeToEdge()
        viewModel.activity = this
        handle(intent)
        lifecycleScope.launch {
            repeatOnLifecycle(Lifecycle.State.STARTED) {
                viewModel.view.collect { view -> setSecure(view.phase is Phase.Unlocked) }
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
        // The name in the recent apps list follows discreet mode, as the launcher's does.
        @Suppress("DEPRECATION")
        setTaskDescription(ActivityManager.TaskDescription(discreetTextsFor(viewModel.preferences.discreet).appDisplayName))
        viewModel.send(Action.CameBack(Instant.now()))
    }

    override fun onStop() {
        super.onStop()
        if (isChangingConfigurations) return
        val now = Instant.now()
        if (returningFromOtherApp) viewModel.send(Action.HandingOff(now))
        viewModel.send(Action.WentToBackground(now))
    }

    override fun onDestroy() {
        if (viewModel.activity === this) viewModel.activity = null
        super.onDestroy()
    }

    private fun handle(intent: Intent?) {
        // Opened links and tapped reminders alike: the core reads the link.
        val link = intent?.data?.toString()
        if (link != null) viewModel.send(Action.OpenLink(link))
    }

    private fun setSecure(secure: Boolean) {
        if (secure) {
            window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
        } else {
            window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
        }
    }

    /**
     * Asks for a fingerprint or face (strong biometrics only: never the phone's PIN, and no window
     * after an earlier unlock) to authorise one use of the key store's key: the next read, or with
     * [forSaving] the next save. The prompt's words come from the core and are neutral in discreet
     * mode. Runs [then] once the key store holds the authorised cipher.
     */
    fun confirmPresence(forSaving: Boolean, then: () -> Unit) {
        val cipher = try {
            viewModel.keyStore.cipherToAuthorize(forSaving)
        } catch (error: java.security.GeneralSecurityException) {
            // A new fingerprint or face was added since (the key is then invalidated), or the
            // key is gone: the model says what happened when the read fails.
            null
        }
        if (cipher == null) {
            then()
            return
        }
        val texts = discreetTextsFor(viewModel.preferences.discreet)
        val prompt = BiometricPrompt(
            this,
            ContextCompat.getMainExecutor(this),
            object : BiometricPrompt.AuthenticationCallback() {
                override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) {
                    val authorised = result.cryptoObject?.cipher ?: return
                    viewModel.keyStore.authorize(authorised)
                    then()
                }
            },
        )
        val info = BiometricPrompt.PromptInfo.Builder()
            .setTitle(texts.unlockPromptTitle)
            .setSubtitle(texts.unlockPromptReason)
            .setNegativeButtonText(texts.unlockPromptCancel)
            .setAllowedAuthenticators(BIOMETRIC_STRONG)
            .build()
        prompt.authenticate(info, BiometricPrompt.CryptoObject(cipher))
    }
}
