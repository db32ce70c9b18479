// The tolerance of the comparison with reference images, on the real home screen: drawn twice it
// matches; with one word of its greeting changed, or its primary colour a shade different, not.
package app.groundwork.android.ui

import androidx.compose.material3.MaterialTheme
import androidx.compose.ui.graphics.Color
import app.groundwork.core.AppScreen
import app.groundwork.core.AppView
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.awt.image.BufferedImage

class ReferenceImagesTest {
    private val home: AppView = ScreenshotTest.SHOTS.first { it.name == "04-home-new" }.view

    private fun drawn(view: AppView, primary: Color? = null): BufferedImage =
        ScreenshotTest.draw(view, null) { content ->
            GroundworkTheme(darkTheme = false) {
                val colors = MaterialTheme.colorScheme
                MaterialTheme(colorScheme = primary?.let { colors.copy(primary = it) } ?: colors, content = content)
            }
        }.image!!

    @Test
    fun the_same_screen_drawn_twice_matches_pixel_for_pixel() {
        val difference = ReferenceImages.compare(drawn(home), drawn(home))
        assertTrue(difference.matches)
        assertEquals(0, difference.differing, "drawing is deterministic on one machine")
    }

    @Test
    fun one_word_changed_on_the_screen_does_not_match() {
        val screen = home.screen as AppScreen.Home
        val greeting = screen.home.greeting
        val words = greeting.split(" ")
        val changed = (words.dropLast(1) + "friend").joinToString(" ")
        assertTrue(changed != greeting)
        val other = home.copy(screen = screen.copy(home = screen.home.copy(greeting = changed)))
        val difference = ReferenceImages.compare(drawn(home), drawn(other))
        assertFalse(difference.matches, "only ${difference.differing} pixels differ")
    }

    @Test
    fun the_primary_colour_a_shade_different_does_not_match() {
        val primary = GroundworkLightColors.primary
        val shade = primary.copy(red = (primary.red + 0.15f).coerceAtMost(1f))
        val difference = ReferenceImages.compare(drawn(home), drawn(home, shade))
        assertFalse(difference.matches, "only ${difference.differing} pixels differ")
    }
}
