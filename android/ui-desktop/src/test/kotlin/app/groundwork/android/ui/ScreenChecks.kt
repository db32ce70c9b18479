// What every drawn screen is checked for, each a small function over the semantics tree (and the
// drawn pixels, for contrast) that lists what it found, in words naming the node's text. Each is
// proven to catch a deliberately bad screen in ScreenChecksTest.
package app.groundwork.android.ui

import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.text.TextLayoutResult
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.isSpecified
import java.awt.image.BufferedImage
import kotlin.math.max
import kotlin.math.min
import kotlin.math.pow

object ScreenChecks {
    const val MIN_TARGET = 48f

    /** Normal text needs 4.5:1 against what is behind it, large text 3:1 (WCAG 2.1 AA). */
    const val MIN_CONTRAST = 4.5
    const val MIN_CONTRAST_LARGE = 3.0

    /** What TalkBack would say: its description, else its text. */
    fun labelOf(node: SemanticsNode): String {
        val described = node.config.getOrNull(SemanticsProperties.ContentDescription).orEmpty()
        val text = node.config.getOrNull(SemanticsProperties.Text).orEmpty().map { it.text }
        val edited = listOfNotNull(node.config.getOrNull(SemanticsProperties.EditableText)?.text)
        return (described + text + edited).joinToString(" ").trim()
    }

    private fun textOf(node: SemanticsNode): String = node.config.getOrNull(SemanticsProperties.Text).orEmpty()
        .joinToString(" ") { it.text }.ifBlank { labelOf(node) }.ifBlank { "(no text) at ${node.boundsInRoot}" }

    fun isActionable(node: SemanticsNode): Boolean =
        node.config.getOrNull(SemanticsActions.OnClick) != null || node.config.getOrNull(SemanticsActions.SetText) != null

    private fun isText(node: SemanticsNode) = !node.config.getOrNull(SemanticsProperties.Text).isNullOrEmpty()

    private fun visible(node: SemanticsNode, window: Rect): Boolean {
        val bounds = node.boundsInWindow
        return bounds.width > 0f && bounds.height > 0f && bounds.overlaps(window)
    }

    private fun disabled(node: SemanticsNode): Boolean {
        var at: SemanticsNode? = node
        while (at != null) {
            if (at.config.contains(SemanticsProperties.Disabled)) return true
            at = at.parent
        }
        return false
    }

    private fun scrollsSideways(node: SemanticsNode): Boolean {
        var at = node.parent
        while (at != null) {
            if (at.config.contains(SemanticsProperties.HorizontalScrollAxisRange)) return true
            at = at.parent
        }
        return false
    }

    /** Every actionable node (merged tree) with a size says what it is. */
    fun unlabelled(merged: List<SemanticsNode>): List<String> = merged
        .filter { isActionable(it) && !it.boundsInWindow.isEmpty && labelOf(it).isBlank() }
        .map { "an actionable element at ${it.boundsInWindow} has no label" }

    /**
     * Every actionable node fully in the window is laid out at least 48 x 48 dp (Material's
     * minimum interactive size counts, being layout; Compose's wider hit area around any small
     * target does not, as it gives way to any neighbour). [density] is pixels per dp.
     */
    fun smallTargets(merged: List<SemanticsNode>, window: Rect, density: Float = 1f): List<String> = merged
        .filter { isActionable(it) && window.contains(it.boundsInWindow.topLeft) && window.contains(it.boundsInWindow.bottomRight) }
        .mapNotNull { node ->
            // The element's whole layout node: Material's minimum size is its outermost modifier.
            val width = max(node.size.width, node.layoutInfo.width) / density
            val height = max(node.size.height, node.layoutInfo.height) / density
            if (width < MIN_TARGET || height < MIN_TARGET) {
                "\"${textOf(node)}\" is ${width.toInt()} x ${height.toInt()} dp, under ${MIN_TARGET.toInt()} dp"
            } else {
                null
            }
        }

    /** The text's layout, as drawn (null for nodes that do not lay out text). */
    fun layoutOf(node: SemanticsNode): TextLayoutResult? {
        val results = mutableListOf<TextLayoutResult>()
        val get = node.config.getOrNull(SemanticsActions.GetTextLayoutResult)?.action ?: return null
        return if (get(results)) results.firstOrNull() else null
    }

    /**
     * No text (unmerged tree) is cut off: its layout has more lines than it may show (cut
     * off, with or without an ellipsis), or it
     * reaches past its parent's or the window's sides (unless it is in a row that scrolls sideways).
     */
    fun cutOffText(unmerged: List<SemanticsNode>, window: Rect): List<String> = unmerged
        .filter { isText(it) && visible(it, window) }
        .mapNotNull { node ->
            val layout = layoutOf(node)
            val bounds = node.boundsInRoot
            val parent = node.parent?.boundsInRoot
            when {
                layout != null && cutOff(layout, node.size.width) ->
                    "\"${textOf(node)}\" is cut off after ${layout.lineCount} line(s)"
                scrollsSideways(node) -> null
                bounds.left < window.left - SLACK || bounds.right > window.right + SLACK ->
                    "\"${textOf(node)}\" reaches past the window's side"
                parent != null && parent.width > 0f &&
                    (bounds.left < parent.left - SLACK || bounds.right > parent.right + SLACK) ->
                    "\"${textOf(node)}\" reaches past its container's side"
                else -> null
            }
        }

    /**
     * Whether [layout] shows less than its text: a single line wider than the [width] it was
     * given, or more lines than it may show. (The layout a node reports may have been measured
     * more than once; a single line is judged by its natural width, which does not depend on that.)
     */
    private fun cutOff(layout: TextLayoutResult, width: Int): Boolean {
        val maxLines = layout.layoutInput.maxLines
        return when {
            maxLines == 1 -> layout.multiParagraph.intrinsics.maxIntrinsicWidth > width + SLACK
            maxLines == Int.MAX_VALUE -> false
            else -> layout.multiParagraph.didExceedMaxLines
        }
    }

    /**
     * No two text or actionable nodes (merged tree: an element with its own text counts once)
     * overlap on screen, unless one holds the other or they scroll in different containers (a
     * list scrolling under a bar or a floating button is as designed).
     */
    fun overlapping(merged: List<SemanticsNode>, window: Rect): List<String> {
        val nodes = merged.filter { (isText(it) || isActionable(it)) && visible(it, window) }
        val found = mutableListOf<String>()
        for (i in nodes.indices) {
            for (j in i + 1 until nodes.size) {
                val (a, b) = nodes[i] to nodes[j]
                if (holds(a, b) || holds(b, a) || scroller(a) != scroller(b)) continue
                val overlap = a.boundsInWindow.intersect(b.boundsInWindow)
                if (overlap.width > SLACK && overlap.height > SLACK) {
                    found += "\"${textOf(a)}\" and \"${textOf(b)}\" overlap"
                }
            }
        }
        return found
    }

    /** The id of the nearest ancestor that scrolls, or null. */
    private fun scroller(node: SemanticsNode): Int? {
        var at = node.parent
        while (at != null) {
            if (at.config.contains(SemanticsProperties.VerticalScrollAxisRange) ||
                at.config.contains(SemanticsProperties.HorizontalScrollAxisRange)
            ) {
                return at.id
            }
            at = at.parent
        }
        return null
    }

    private fun holds(outer: SemanticsNode, inner: SemanticsNode): Boolean {
        var at = inner.parent
        while (at != null) {
            if (at.id == outer.id) return true
            at = at.parent
        }
        return false
    }

    /** The help button ([helpLabel], the core's) is there and can be pressed. */
    fun helpUnreachable(merged: List<SemanticsNode>, helpLabel: String, window: Rect): List<String> {
        val reachable = merged.any {
            isActionable(it) && !disabled(it) && visible(it, window) && labelOf(it).contains(helpLabel, ignoreCase = true)
        }
        return if (reachable) emptyList() else listOf("no \"$helpLabel\" button to press")
    }

    /**
     * Every enabled text (unmerged tree) stands out from what is behind it: the contrast of the
     * darkest and lightest pixels drawn in its box (the ink and the background, measured on the
     * picture as drawn, so any theme colour, alpha or surface counts), at least 4.5:1, or 3:1 for
     * large text (24 sp, or 18.5 sp bold). A text partly under an element of another layer (a
     * floating button over a list) is left out: its box holds that element's colours too.
     */
    fun lowContrast(unmerged: List<SemanticsNode>, image: BufferedImage): List<String> {
        val picture = Rect(0f, 0f, image.width.toFloat(), image.height.toFloat())
        val actionable = unmerged.filter { isActionable(it) }
        return unmerged
            .filter { isText(it) && !disabled(it) && it.config.getOrNull(SemanticsProperties.EditableText) == null }
            .filter { text -> actionable.none { !holds(it, text) && it.boundsInWindow.overlaps(text.boundsInWindow) && scroller(it) != scroller(text) } }
            .mapNotNull { node ->
                val style = layoutOf(node)?.layoutInput?.style
                val size = style?.fontSize?.takeIf { it.isSpecified }?.value ?: 14f
                val box = node.boundsInWindow.intersect(picture)
                if (box.width < 2f || box.height < 2f) return@mapNotNull null
                // Scrolled part way out of its list with less than a line showing: only the tops
                // or bottoms of its letters show, too little ink to measure. It is measured where
                // a journey scrolls it into view.
                val line = style?.lineHeight?.takeIf { it.isSpecified }?.value ?: (size * LINE_SPACING)
                if (box.height < node.size.height - SLACK && box.height < line) return@mapNotNull null
                val ratio = contrastIn(image, box) ?: return@mapNotNull null
                val bold = (style?.fontWeight ?: FontWeight.Normal) >= FontWeight.Bold
                val needed = if (size >= 24f || (bold && size >= 18.5f)) MIN_CONTRAST_LARGE else MIN_CONTRAST
                if (ratio + 0.05 < needed) "\"${textOf(node)}\" has contrast %.2f:1, under %.1f:1".format(ratio, needed) else null
            }
    }

    /**
     * The contrast ratio of the ink and the background in [box]: the mean luminance of its
     * darkest and of its lightest few pixels (anti-aliased edges fall between and are left out).
     * Null when the box is one colour (no ink drawn there).
     */
    fun contrastIn(image: BufferedImage, box: Rect): Double? {
        val left = box.left.toInt().coerceIn(0, image.width - 1)
        val top = box.top.toInt().coerceIn(0, image.height - 1)
        val right = box.right.toInt().coerceIn(left + 1, image.width)
        val bottom = box.bottom.toInt().coerceIn(top + 1, image.height)
        val lums = DoubleArray((right - left) * (bottom - top))
        var n = 0
        for (y in top until bottom) for (x in left until right) lums[n++] = luminance(image.getRGB(x, y))
        lums.sort()
        val share = max(1, lums.size * 3 / 100)
        val dark = lums.take(share).average()
        val light = lums.takeLast(share).average()
        if (light - dark < 0.005) return null
        return (max(dark, light) + 0.05) / (min(dark, light) + 0.05)
    }

    /** WCAG's relative luminance of an sRGB pixel. */
    fun luminance(argb: Int): Double {
        fun channel(c: Int): Double {
            val s = c / 255.0
            return if (s <= 0.04045) s / 12.92 else ((s + 0.055) / 1.055).pow(2.4)
        }
        return 0.2126 * channel((argb shr 16) and 0xFF) + 0.7152 * channel((argb shr 8) and 0xFF) + 0.0722 * channel(argb and 0xFF)
    }

    /** A line's height for its font size, when its style does not say. */
    private const val LINE_SPACING = 1.4f

    /** A pixel's worth of rounding in layout. */
    private const val SLACK = 1f
}
