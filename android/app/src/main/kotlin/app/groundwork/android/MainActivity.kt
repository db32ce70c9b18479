// The one activity: the screens of the :ui module over the core's navigation, and everything
// around them only Android has. It tells the core when the app leaves the screen and comes back
// (the core decides when that locks), and when it hands him to another app on purpose (the share
// sheet, a file picker, the dialler); wires system back to Action.Back; keeps sensitive screens
// out of screenshots and the recents thumbnail (FLAG_SECURE); hands groundwork:// links and
// reminder taps to the core; picks the phone's dynamic colours; and asks for a fingerprint or
// face (strong biometrics only, never the phone's PIN) to authorise each use of the key when he
// turned that on.
package app.groundwork.android

import android.app.ActivityManager
import android.content.Intent
import android.os.Build
import android.os.Bundle
import android.view.WindowManager
import androidx.activity.compose.BackHandler
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.result.contract.ActivityResultContracts
import androidx.activity.viewModels
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_STRONG
import androidx.biometric.BiometricPrompt
import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.material3.dynamicDarkColorScheme
import androidx.compose.material3.dynamicLightColorScheme
import androidx.compose.runtime.getValue
import androidx.compose.ui.platform.LocalContext
import androidx.core.content.ContextCompat
import androidx.fragment.app.FragmentActivity
import androidx.lifecycle.Lifecycle
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import androidx.lifecycle.lifecycleScope
import androidx.lifecycle.repeatOnLifecycle
import app.groundwork.android.platform.PhoneScreenPlatform
import app.groundwork.android.ui.GroundworkRoot
import app.groundwork.android.ui.GroundworkTheme
import app.groundwork.core.Action
import app.groundwork.core.OnboardingLock
import app.groundwork.core.Phase
import app.groundwork.core.discreetTextsFor
import kotlinx.coroutines.launch
import java.lang.ref.WeakReference
import java.time.Instant

class MainActivity : FragmentActivity() {
    private val viewModel: AppViewModel by viewModels()

    /** Set while another app (share sheet, file picker, dialler) is in front on our behalf. */
    private var handedOff = false

    private val openDocument = registerForActivityResult(ActivityResultContracts.OpenDocument()) { uri ->
        val bytes = uri?.let { contentResolver.openInputStream(it)?.use { stream -> stream.readBytes() } }
        val then = screenPlatform.picked
        screenPlatform.picked = null
        if (bytes != null && then != null) then(bytes)
    }
    private val notificationPermission = registerForActivityResult(ActivityResultContracts.RequestPermission()) {}

    /** What to do once he answered the microphone prompt (asked only when he taps the microphone). */
    private var onMicrophoneAnswer: ((Boolean) -> Unit)? = null
    private val microphonePermission = registerForActivityResult(ActivityResultContracts.RequestPermission()) { allowed ->
        onMicrophoneAnswer?.invoke(allowed)
        onMicrophoneAnswer = null
    }

    /** Asks for RECORD_AUDIO now; `answer` gets whether he allowed it. */
    fun askForMicrophone(answer: (Boolean) -> Unit) = runOnUiThread {
        onMicrophoneAnswer = answer
        microphonePermission.launch(android.Manifest.permission.RECORD_AUDIO)
    }
    private val screenPlatform by lazy { PhoneScreenPlatform(this, openDocument, notificationPermission) }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        viewModel.activity = WeakReference(this)
        enableEdgeToEdge()
        handle(intent)
        lifecycleScope.launch {
            repeatOnLifecycle(Lifecycle.State.STARTED) {
                viewModel.screens.view.collect { view -> setSecure(view.phase is Phase.Unlocked) }
            }
        }
        setContent {
            val view by viewModel.screens.view.collectAsStateWithLifecycle()
            // Dynamic colour on Android 12 and later; the theme's own colours before.
            val dark = isSystemInDarkTheme()
            val dynamic = if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) {
                if (dark) dynamicDarkColorScheme(LocalContext.current) else dynamicLightColorScheme(LocalContext.current)
            } else {
                null
            }
            GroundworkTheme(darkTheme = dark, dynamicColorScheme = dynamic) {
                // Predictive back: the system animates back to the screen below.
                BackHandler(enabled = view.canGoBack) { viewModel.screens.send(Action.Back) }
                GroundworkRoot(view = view, text = viewModel.screens.text, send = ::send, platform = screenPlatform)
            }
        }
    }

    /**
     * What he did on a screen. Choosing fingerprint or face for the key (in settings, or in
     * onboarding's lock offer) needs one first: the Keystore key that seals it is used at once.
     */
    private fun send(action: Action) {
        when {
            action is Action.SetBiometricKey -> confirmPresence(forSaving = action.on) { viewModel.screens.send(action) }
            action is Action.CompleteOnboarding && action.lock is OnboardingLock.Biometric ->
                confirmPresence(forSaving = true) { viewModel.screens.send(action) }
            else -> viewModel.screens.send(action)
        }
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        handle(intent)
    }

    override fun onStart() {
        super.onStart()
        viewModel.activity = WeakReference(this)
        handedOff = false
        // The name in the recent apps list follows discreet mode, as the launcher's does.
        @Suppress("DEPRECATION")
        setTaskDescription(ActivityManager.TaskDescription(discreetTextsFor(viewModel.platform.preferences.discreet).appDisplayName))
        viewModel.screens.send(Action.CameBack(Instant.now()))
    }

    override fun onStop() {
        super.onStop()
        // Not for a configuration change; and while another app is in front on our behalf the
        // core was told so (HandingOff) and decides what that means.
        if (!isChangingConfigurations && !handedOff) viewModel.screens.send(Action.WentToBackground(Instant.now()))
    }

    /** Hands him to another app on purpose (share sheet, file picker, dialler, browser). */
    fun handOff(start: () -> Unit) {
        handedOff = true
        viewModel.screens.send(Action.HandingOff(Instant.now()))
        start()
    }

    private fun handle(intent: Intent?) {
        // Opened links and tapped reminders alike: the core reads the link.
        val link = intent?.data?.toString()
        if (link != null) viewModel.screens.send(Action.OpenLink(link))
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
     * mode. Runs [then] once the key store holds the authorised cipher; a cancelled prompt runs nothing.
     */
    fun confirmPresence(forSaving: Boolean, then: () -> Unit) {
        val keyStore = viewModel.platform.keyStore
        val cipher = try {
            keyStore.cipherToAuthorize(forSaving)
        } catch (error: java.security.GeneralSecurityException) {
            // A new fingerprint or face was added since (the key is then invalidated), or the
            // key is gone: the core says what happened when the read fails.
            null
        }
        if (cipher == null) {
            then()
            return
        }
        val texts = discreetTextsFor(viewModel.platform.preferences.discreet)
        runOnUiThread {
            val prompt = BiometricPrompt(
                this,
                ContextCompat.getMainExecutor(this),
                object : BiometricPrompt.AuthenticationCallback() {
                    override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) {
                        val authorised = result.cryptoObject?.cipher ?: return
                        keyStore.authorize(authorised)
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
}
