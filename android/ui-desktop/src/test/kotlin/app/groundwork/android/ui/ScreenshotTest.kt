// Renders screens from the real core's navigation to PNG at a phone's size (411 x 891 dp), with
// no display (Compose's desktop test runner draws into an ImageComposeScene), and checks what TalkBack and a thumb would meet: every element that can be tapped
// says what it is and is at least 48 dp on each side. The images go to target/screenshots.
package app.groundwork.android.ui

import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.captureToImage
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.runDesktopComposeUiTest
import app.groundwork.core.Action
import app.groundwork.core.AppNavigator
import app.groundwork.core.AppScreen
import app.groundwork.core.AppView
import app.groundwork.core.Destination
import app.groundwork.core.DictationState
import app.groundwork.core.Effect
import app.groundwork.core.OnboardingChoices
import app.groundwork.core.OnboardingLock
import app.groundwork.core.Phase
import app.groundwork.core.ShellPreferences
import app.groundwork.core.TestClock
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.File
import java.nio.file.Path
import java.time.Instant
import javax.imageio.ImageIO

class ScreenshotTest {
    @TempDir
    lateinit var dir: Path

    /** A phone on the JVM: the navigator, and the key store's answers. */
    private inner class Phone {
        val navigator = AppNavigator.withTestClock(
            dir.toString(),
            ShellPreferences(discreet = false, region = null, biometricKey = false),
            "en_AU",
            TestClock(Instant.parse("2026-03-02T08:30:00Z"), 660),
        )
        private var key: ByteArray? = null
        var view: AppView = navigator.view()

        /** Sends [action] and answers the key store's requests, as the platform would. */
        fun send(action: Action): AppView {
            var next = navigator.send(action)
            while (true) {
                var reply: Action? = null
                for (effect in next.effects) {
                    when (effect) {
                        is Effect.LoadKey -> reply = Action.KeyLoaded(key)
                        is Effect.StoreKey -> {
                            key = effect.key
                            reply = Action.KeyStored(true)
                        }
                        is Effect.DeleteKey -> key = null
                        else -> Unit
                    }
                }
                next = reply?.let { navigator.send(it) } ?: break
            }
            view = next
            return next
        }
    }

    private fun onboardedPhone(): Phone {
        val phone = Phone()
        phone.send(Action.Start)
        phone.send(
            Action.CompleteOnboarding(
                OnboardingChoices(
                    region = "AU",
                    trackIds = listOf("general"),
                    babyDate = null,
                    discreetMode = false,
                    thingsAreHard = false,
                ),
                OnboardingLock.NotNow,
            ),
        )
        return phone
    }

    @Test
    fun home_after_onboarding_renders_with_every_tappable_element_labelled_and_large_enough() {
        val phone = onboardedPhone()
        assertEquals(Phase.Unlocked, phone.view.phase)
        assertTrue(phone.view.screen is AppScreen.Home, "home is on top after onboarding")

        val problems = render(phone.view, "home")

        assertEquals(emptyList<String>(), problems)
    }

    @Test
    fun help_now_opened_from_home_renders_with_every_tappable_element_labelled_and_large_enough() {
        val phone = onboardedPhone()
        phone.send(Action.OpenHelp)
        assertTrue(phone.view.screen is AppScreen.HelpNow, "the help button opens help now")

        val problems = render(phone.view, "help-now")

        assertEquals(emptyList<String>(), problems)
    }

    @Test
    fun the_microphone_flow_on_a_new_entry_renders_ready_listening_and_the_transcript_with_every_element_labelled() {
        val phone = onboardedPhone()
        phone.send(Action.RecognitionAvailable(onDevice = true, locale = "en-AU"))
        phone.send(Action.Show(Destination.NewJournalEntry))
        val problems = render(phone.view, "microphone-ready").toMutableList()
        phone.send(Action.StartDictation(""))
        phone.send(Action.DictationText("Rough day at work but I kept", isFinal = false))
        assertTrue(phone.view.dictation?.state is DictationState.Listening)
        problems += render(phone.view, "microphone-listening")
        phone.send(Action.DictationText("Rough day at work but I kept my cool at pickup", isFinal = true))
        assertTrue(phone.view.dictation?.state is DictationState.Transcript)
        problems += render(phone.view, "microphone-transcript")

        assertEquals(emptyList<String>(), problems)
    }

    /**
     * Draws [view] at 411 x 891 dp (one pixel per dp), writes target/screenshots/[name].png, and
     * lists every tappable element without a label, or fully on screen and under 48 dp on a side
     * (its touch area: Material's minimum interactive size counts).
     */
    @OptIn(ExperimentalTestApi::class)
    private fun render(view: AppView, name: String): List<String> {
        val problems = mutableListOf<String>()
        runDesktopComposeUiTest(WIDTH_DP, HEIGHT_DP) {
            setContent {
                GroundworkTheme(darkTheme = false) { GroundworkRoot(view = view, send = {}) }
            }
            val image = onRoot().captureToImage().toAwtImage()
            assertEquals(WIDTH_DP to HEIGHT_DP, image.width to image.height)
            val out = File(System.getProperty("groundwork.screenshots.dir", "target/screenshots"))
            out.mkdirs()
            ImageIO.write(image, "png", File(out, "$name.png"))

            val clickable = onAllNodes(hasClickAction()).fetchSemanticsNodes()
            assertTrue(clickable.isNotEmpty(), "$name has something to tap")
            for (node in clickable) {
                val label = labelOf(node)
                val bounds = node.boundsInWindow
                val onScreen = bounds.top >= 0f && bounds.bottom <= HEIGHT_DP && bounds.left >= 0f && bounds.right <= WIDTH_DP
                val touch = node.touchBoundsInRoot
                val width = maxOf(node.size.width.toFloat(), touch.width)
                val height = maxOf(node.size.height.toFloat(), touch.height)
                when {
                    label.isBlank() -> problems += "$name: a tappable element at $bounds has no label"
                    onScreen && (width < MIN_TARGET_DP || height < MIN_TARGET_DP) ->
                        problems += "$name: \"$label\" is ${width.toInt()} x ${height.toInt()} dp, under $MIN_TARGET_DP dp"
                }
            }
        }
        return problems
    }

    /** What TalkBack would say: its description, else its text (the merged tree's). */
    private fun labelOf(node: SemanticsNode): String {
        val described = node.config.getOrNull(SemanticsProperties.ContentDescription).orEmpty()
        val text = node.config.getOrNull(SemanticsProperties.Text).orEmpty().map { it.text }
        return (described + text).joinToString(" ").trim()
    }

    private companion object {
        const val WIDTH_DP = 411
        const val HEIGHT_DP = 891
        const val MIN_TARGET_DP = 48f
    }
}
