// A phone set to French: the screens' own lines (buttons, headings, screen-reader labels) are the
// core's ShellText in French, drawn where the English ones were, and the settings screen still
// passes every check (ScreenChecks) with the longer French words.
package app.groundwork.android.ui

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertCountEquals
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onFirst
import androidx.compose.ui.test.runDesktopComposeUiTest
import app.groundwork.core.AppScreen
import app.groundwork.core.Destination
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import java.nio.file.Files

@OptIn(ExperimentalTestApi::class)
class FrenchScreensTest {
    private fun frenchPhone(test: (Journey) -> Unit) =
        Journey(Files.createTempDirectory("groundwork-french"), mutableListOf(), locale = "fr_CA").use { phone ->
            phone.onboard()
            test(phone)
        }

    @Test
    fun settings_on_a_phone_set_to_french_says_its_own_lines_in_french_and_passes_the_checks() = frenchPhone { phone ->
        phone.show(Destination.Settings)
        check(phone.screen is AppScreen.Settings) { "settings, got ${phone.screen}" }
        val text = phone.model.text
        assertEquals("Réglages", text.settings)
        runDesktopComposeUiTest(ScreenshotTest.WIDTH_DP, ScreenshotTest.HEIGHT_DP) {
            setContent { GroundworkTheme(darkTheme = false) { GroundworkRoot(view = phone.view, text = text, send = {}) } }
            for (line in listOf("Réglages", "Vie privée", "Mode discret", "Verrou de l'app", "Tout effacer", text.version)) {
                onAllNodes(hasText(line), useUnmergedTree = true).onFirst().assertExists()
            }
            for (english in listOf("Settings", "Privacy", "Discreet mode", "App lock", "Erase everything")) {
                onAllNodes(hasText(english), useUnmergedTree = true).assertCountEquals(0)
            }
        }
        val drawn = ScreenshotTest.drawAndCheck(ScreenshotTest.WIDTH_DP, ScreenshotTest.HEIGHT_DP, helpLabel = ScreenshotTest.helpLabel(phone.view)) {
            GroundworkTheme(darkTheme = false) { GroundworkRoot(view = phone.view, text = text, send = {}) }
        }
        assertEquals(emptyList<String>(), drawn.problems)
    }

    @Test
    fun the_check_in_on_a_phone_set_to_french_labels_its_meter_in_french() = frenchPhone { phone ->
        phone.show(Destination.CheckIn)
        check(phone.screen is AppScreen.CheckIn) { "the check-in, got ${phone.screen}" }
        runDesktopComposeUiTest(ScreenshotTest.WIDTH_DP, ScreenshotTest.HEIGHT_DP) {
            setContent { GroundworkTheme(darkTheme = false) { GroundworkRoot(view = phone.view, text = phone.model.text, send = {}) } }
            for (line in listOf("Plus d'énergie", "Agréable", "Désagréable", "Enregistrer mon bilan")) {
                onAllNodes(hasText(line), useUnmergedTree = true).onFirst().assertExists()
            }
            onAllNodes(hasContentDescription("Agréable -5, énergie 5"), useUnmergedTree = true).onFirst().assertExists()
            onAllNodes(hasText("More energy"), useUnmergedTree = true).assertCountEquals(0)
        }
    }
}
