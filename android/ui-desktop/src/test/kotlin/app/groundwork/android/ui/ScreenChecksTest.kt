// Each screen check, shown to catch a deliberately bad screen and to pass a good one, so a clean
// run of ScreenshotTest means something.
package app.groundwork.android.ui

import androidx.compose.foundation.background
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.material3.Button
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextOverflow
import androidx.compose.ui.unit.dp
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class ScreenChecksTest {
    private fun problems(helpLabel: String? = null, content: @Composable () -> Unit): List<String> =
        ScreenshotTest.drawAndCheck(WIDTH, HEIGHT, helpLabel = helpLabel) {
            Box(Modifier.size(WIDTH.dp, HEIGHT.dp).background(Color.White)) { content() }
        }.problems

    private fun assertFound(expected: String, found: List<String>) =
        assertTrue(found.any { expected in it }, "expected a problem with \"$expected\", got $found")

    @Test
    fun a_well_made_screen_has_no_problems() {
        val found = problems(helpLabel = "Help now") {
            Column {
                Text("Dark words on white", color = Color.Black)
                Button(onClick = {}) { Text("Help now") }
            }
        }
        assertEquals(emptyList<String>(), found)
    }

    @Test
    fun a_screen_that_throws_while_composing_is_reported() {
        assertFound("composing threw IllegalStateException: no view", problems { error("no view") })
    }

    @Test
    fun an_icon_button_without_a_label_is_reported() {
        assertFound("has no label", problems { Box(Modifier.size(48.dp).clickable {}) })
    }

    @Test
    fun a_tap_target_under_48_dp_is_reported_with_its_label() {
        val found = problems { Box(Modifier.size(30.dp).semantics { contentDescription = "Tiny" }.clickable {}) }
        assertFound("\"Tiny\" is 30 x 30 dp, under 48 dp", found)
    }

    @Test
    fun text_cut_short_with_an_ellipsis_is_reported() {
        val found = problems {
            Text("A sentence far too long for its narrow box", Modifier.width(60.dp), Color.Black, maxLines = 1, overflow = TextOverflow.Ellipsis)
        }
        assertFound("\"A sentence far too long for its narrow box\" is cut off after 1 line(s)", found)
    }

    @Test
    fun text_clipped_without_an_ellipsis_is_reported() {
        val found = problems {
            Text("Another sentence far too long for its box", Modifier.width(60.dp), Color.Black, maxLines = 1, overflow = TextOverflow.Clip)
        }
        assertFound("\"Another sentence far too long for its box\" is cut off after 1 line(s)", found)
    }

    @Test
    fun two_texts_drawn_over_each_other_are_reported() {
        val found = problems {
            Box {
                Text("First words", color = Color.Black)
                Text("Second words", color = Color.Black)
            }
        }
        assertFound("\"First words\" and \"Second words\" overlap", found)
    }

    @Test
    fun a_screen_without_the_help_button_is_reported() {
        val found = problems(helpLabel = "Help now") { Button(onClick = {}) { Text("Something else") } }
        assertFound("no \"Help now\" button to press", found)
    }

    @Test
    fun pale_grey_text_on_white_is_reported_with_its_contrast() {
        val found = problems { Text("Hard to read", color = Color(0xFFBBBBBB)) }
        assertFound("\"Hard to read\" has contrast", found)
    }

    @Test
    fun large_text_needs_only_three_to_one() {
        // #767676 on white is 4.5:1, #949494 about 3:1: fine large, not at body size.
        val large = problems { Text("Big heading", color = Color(0xFF8A8A8A), fontSize = androidx.compose.ui.unit.TextUnit(28f, androidx.compose.ui.unit.TextUnitType.Sp)) }
        val small = problems { Text("Small words", color = Color(0xFF8A8A8A)) }
        assertEquals(emptyList<String>(), large)
        assertFound("\"Small words\" has contrast", small)
    }

    @Test
    fun a_line_scrolled_part_way_out_of_its_list_is_not_measured_on_the_tops_of_its_letters() {
        // The list ends 2 to 12 dp into the last line, above a bar: only the tops of its letters
        // show, too little ink to read a contrast from.
        val found = (2..12).flatMap { shows ->
            problems {
                Column(Modifier.height(HEIGHT.dp)) {
                    Column(Modifier.height(80.dp).verticalScroll(rememberScrollState())) {
                        Spacer(Modifier.height((80 - shows).dp))
                        Text("Under the bar", color = Color.Black)
                    }
                    Box(Modifier.fillMaxWidth().height(40.dp).background(Color(0xFFCCCCCC)))
                }
            }.map { "$shows dp: $it" }
        }
        assertEquals(emptyList<String>(), found.filter { "contrast" in it })
    }

    @Test
    fun pale_text_is_still_reported_where_its_first_line_shows_whole_and_its_second_is_cut() {
        val found = problems {
            Column(Modifier.height(80.dp).verticalScroll(rememberScrollState())) {
                Spacer(Modifier.height(50.dp))
                Text("Pale words that wrap onto a second line", color = Color(0xFFBBBBBB))
            }
        }
        assertFound("\"Pale words that wrap onto a second line\" has contrast", found)
    }

    private companion object {
        const val WIDTH = 200
        const val HEIGHT = 120
    }
}
