// Every screen of the journeys (Journeys.kt), drawn from the real core's views at a phone's size
// (411 x 891 dp, one pixel per dp) in light and dark, with no display (Compose's desktop test
// runner draws into an ImageComposeScene). Each drawing is checked (ScreenChecks: composes without
// an exception, no text cut off or overlapping, every actionable element labelled and 48 dp, help
// now reachable, text contrast WCAG AA) and compared with its reference image
// (src/test/resources/reference/NN-name-light.png and -dark.png, ReferenceImages).
package app.groundwork.android.ui

import androidx.compose.foundation.layout.Box
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.SemanticsNodeInteractionsProvider
import androidx.compose.ui.test.captureToImage
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onFirst
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.runDesktopComposeUiTest
import app.groundwork.core.AppScreen
import app.groundwork.core.AppView
import app.groundwork.core.Phase
import app.groundwork.core.ShellText
import org.junit.jupiter.api.Assertions.assertEquals
import org.jetbrains.skia.FontMgr
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import java.awt.image.BufferedImage
import java.io.File
import java.nio.file.Files

class ScreenshotTest {
    @TestFactory
    fun every_screen_of_the_journeys_passes_the_checks_and_matches_its_reference_in_light_and_dark(): List<DynamicTest> {
        assertEquals(null, fontProblem())
        val shots = SHOTS
        assertEquals(shots.size, shots.map { it.name }.toSet().size, "screen names are unique")
        return shots.flatMap { shot ->
            listOf(false, true).map { dark ->
                val name = "${shot.name}-${if (dark) "dark" else "light"}"
                DynamicTest.dynamicTest(name) {
                    val drawn = draw(shot.view, shot.scrollTo) { GroundworkTheme(darkTheme = dark) { it() } }
                    val problems = drawn.problems.map { "$name: $it" }.filterNot { it in KNOWN_FINDINGS }.toMutableList()
                    drawn.image?.let { image ->
                        ReferenceImages.check(name, image, REFERENCE_DIR, OUT_DIR)?.let { problems += it }
                    }
                    assertEquals(emptyList<String>(), problems)
                }
            }
        }
    }

    /** Home, a lesson step and help now with Material's default colours and with Groundwork's. */
    @Test
    fun three_screens_before_and_after_the_theme_match_the_design_notes_images() {
        val shots = SHOTS.associateBy { it.name }
        val screens = mapOf(
            "home" to shots.getValue("04-home-new"),
            "lesson" to shots.values.first { (it.view.screen as? AppScreen.LessonStep)?.step?.exercise != null },
            "help-now" to shots.getValue("07-help-now-after-check-in"),
        )
        val problems = mutableListOf<String>()
        for ((what, shot) in screens) {
            val before = draw(shot.view, null) { MaterialTheme(colorScheme = lightColorScheme()) { it() } }
            val after = draw(shot.view, null) { GroundworkTheme(darkTheme = false) { it() } }
            for ((when_, drawn) in listOf("before" to before, "after" to after)) {
                val image = drawn.image ?: error("$what $when_: ${drawn.problems}")
                ReferenceImages.check("$what-$when_", image, BEFORE_AFTER_DIR, OUT_DIR)?.let { problems += it }
            }
        }
        assertEquals(emptyList<String>(), problems)
    }

    /** A drawing and what the checks found in it (an image only if it composed). */
    class Drawn(val image: BufferedImage?, val problems: List<String>)

    companion object {
        const val WIDTH_DP = 411
        const val HEIGHT_DP = 891
        /** The journeys, walked once for every test here. */
        val SHOTS: List<Shot> by lazy { Journey.all(Files.createTempDirectory("groundwork-journeys")) }

        /** The app's own lines the core gave the journeys' phones (all set to English). */
        val TEXT: ShellText by lazy { SHOTS.first().text }


        /**
         * Why this machine would not draw the references' text, or null. Compose Desktop draws its
         * default family (sans-serif) on Linux in Noto Sans, else DejaVu Sans, else Arial: the
         * references are drawn in DejaVu Sans (Debian's fonts-dejavu-core, which .ci/run installs).
         */
        fun fontProblem(): String? {
            val fonts = FontMgr.default
            return when {
                fonts.matchFamily("Noto Sans").count() > 0 ->
                    "Noto Sans is installed, and Compose would draw in it instead of DejaVu Sans: the references would not match"
                fonts.matchFamily("DejaVu Sans").count() == 0 ->
                    "DejaVu Sans is not installed (Debian: apt-get install fonts-dejavu-core): the references are drawn in it"
                else -> null
            }
        }

        val REFERENCE_DIR = File(System.getProperty("groundwork.reference.dir", "src/test/resources/reference"))
        val BEFORE_AFTER_DIR = File(System.getProperty("groundwork.before.after.dir", "../../docs/images/before-after"))
        val OUT_DIR = File(System.getProperty("groundwork.screenshots.dir", "target/screenshots"))

        /** The help button's words on [view], or null on help now itself. */
        fun helpLabel(view: AppView): String? {
            if (view.helpBeforeUnlock != null || view.screen is AppScreen.HelpNow) return null
            val help = view.help ?: (view.phase as? Phase.Locked)?.lock?.screen?.help
            return help?.label
        }

        /** Draws [view] inside [theme], scrolled to the node showing [scrollTo], and checks it. */
        fun draw(view: AppView, scrollTo: String?, theme: @Composable (@Composable () -> Unit) -> Unit): Drawn =
            drawAndCheck(WIDTH_DP, HEIGHT_DP, scrollTo, helpLabel(view)) {
                theme { Box { GroundworkRoot(view = view, text = TEXT, send = {}) } }
            }

        /**
         * Draws [content] at [width] x [height] dp (one pixel per dp), scrolled to the node showing
         * [scrollTo], and runs every check on it; an exception while composing is a problem too.
         */
        @OptIn(ExperimentalTestApi::class)
        fun drawAndCheck(
            width: Int,
            height: Int,
            scrollTo: String? = null,
            helpLabel: String? = null,
            content: @Composable () -> Unit,
        ): Drawn {
            var image: BufferedImage? = null
            val problems = mutableListOf<String>()
            try {
                runDesktopComposeUiTest(width, height) {
                    setContent(content)
                    scrollTo?.let { onAllNodes(hasText(it, substring = true)).onFirst().performScrollTo() }
                    waitForIdle()
                    val drawn = onRoot().captureToImage().toAwtImage()
                    image = drawn
                    problems += checkAll(this, drawn, helpLabel)
                }
            } catch (e: Throwable) {
                problems += "composing threw ${e::class.simpleName}: ${e.message}"
            }
            return Drawn(image, problems)
        }

        /**
         * The check-in's mood meter is an 11 x 11 grid of cells (the core's MeterGrid): on a
         * 411 dp phone a cell is 32 to 33 dp, and a 48 dp cell would need 528 dp. A known
         * finding, left to the meter's design; every other small target fails.
         */
        private val MOOD_METER_CELL = Regex("^\"Pleasantness -?\\d+, energy -?\\d+\" is ")

        /**
         * Findings not fixed yet, each a defect to fix (docs/testing.md), by name: any other
         * finding fails. None now; a finding left for later goes here with its reason.
         */
        val KNOWN_FINDINGS = emptySet<String>()

        /** Every check of ScreenChecks, over the tree on screen and the picture drawn. */
        fun checkAll(nodes: SemanticsNodeInteractionsProvider, image: BufferedImage, helpLabel: String?): List<String> {
            val window = Rect(0f, 0f, image.width.toFloat(), image.height.toFloat())
            val every = SemanticsMatcher("every node") { true }
            val merged = nodes.onAllNodes(every).fetchSemanticsNodes()
            val unmerged = nodes.onAllNodes(every, useUnmergedTree = true).fetchSemanticsNodes()
            return ScreenChecks.unlabelled(merged) +
                ScreenChecks.smallTargets(merged, window).filterNot { MOOD_METER_CELL.containsMatchIn(it) } +
                ScreenChecks.cutOffText(unmerged, window) +
                ScreenChecks.overlapping(merged, window) +
                (helpLabel?.let { ScreenChecks.helpUnreachable(merged, it, window) } ?: emptyList()) +
                ScreenChecks.lowContrast(unmerged, image)
        }
    }
}
