// Comparing a new rendering with its committed reference, with a tolerance for font
// anti-aliasing: a pixel differs when one of its channels moved by more than PIXEL_THRESHOLD, and
// the images match while at most MAX_DIFFERING_SHARE of the pixels differ. On a mismatch the new
// image and a diff (differing pixels red over a faded reference) go to target/screenshots.
//
// Accepting new images: run with -Dgroundwork.screenshots.update=true (or the environment
// variable GROUNDWORK_SCREENSHOTS_UPDATE=1); the references are then rewritten, not compared.
package app.groundwork.android.ui

import java.awt.image.BufferedImage
import java.io.File
import javax.imageio.ImageIO
import kotlin.math.abs

object ReferenceImages {
    /** A channel may move this much (of 255) before the pixel counts as different. */
    const val PIXEL_THRESHOLD = 24

    /** At most this share of the pixels may differ (0.01 %: about 36 of a 411 x 891 screen). */
    const val MAX_DIFFERING_SHARE = 0.0001

    const val UPDATE_PROPERTY = "groundwork.screenshots.update"
    const val UPDATE_VARIABLE = "GROUNDWORK_SCREENSHOTS_UPDATE"

    val updating: Boolean
        get() = System.getProperty(UPDATE_PROPERTY) == "true" || System.getenv(UPDATE_VARIABLE) == "1"

    val acceptHint = "to accept the new images: android/ui-desktop/run-tests.sh -D$UPDATE_PROPERTY=true " +
        "(or $UPDATE_VARIABLE=1), then look at the changed PNGs before committing them"

    /** How two images of the same size differ. */
    class Difference(val differing: Int, val total: Int, val diff: BufferedImage) {
        val share: Double get() = differing.toDouble() / total
        val matches: Boolean get() = share <= MAX_DIFFERING_SHARE
    }

    fun compare(reference: BufferedImage, actual: BufferedImage): Difference {
        require(reference.width == actual.width && reference.height == actual.height) { "sizes differ" }
        val diff = BufferedImage(actual.width, actual.height, BufferedImage.TYPE_INT_RGB)
        var differing = 0
        for (y in 0 until actual.height) {
            for (x in 0 until actual.width) {
                val a = reference.getRGB(x, y)
                val b = actual.getRGB(x, y)
                val moved = maxOf(
                    abs(((a shr 16) and 0xFF) - ((b shr 16) and 0xFF)),
                    abs(((a shr 8) and 0xFF) - ((b shr 8) and 0xFF)),
                    abs((a and 0xFF) - (b and 0xFF)),
                )
                if (moved > PIXEL_THRESHOLD) {
                    differing++
                    diff.setRGB(x, y, 0xFF0000)
                } else {
                    val grey = (ScreenChecks.luminance(a) * 255).toInt() / 4 + 190
                    diff.setRGB(x, y, (grey shl 16) or (grey shl 8) or grey)
                }
            }
        }
        return Difference(differing, actual.width * actual.height, diff)
    }

    /**
     * Checks [actual] against [referenceDir]/[name].png, or writes it there when updating. On a
     * mismatch (or no reference yet) writes [name].png and [name]-diff.png to [outDir] and
     * returns what went wrong; null when it matches.
     */
    fun check(name: String, actual: BufferedImage, referenceDir: File, outDir: File): String? {
        val reference = File(referenceDir, "$name.png")
        if (updating) {
            referenceDir.mkdirs()
            ImageIO.write(actual, "png", reference)
            return null
        }
        outDir.mkdirs()
        if (!reference.exists()) {
            ImageIO.write(actual, "png", File(outDir, "$name.png"))
            return "$name has no reference image ($reference); $acceptHint"
        }
        val expected = ImageIO.read(reference)
        if (expected.width != actual.width || expected.height != actual.height) {
            ImageIO.write(actual, "png", File(outDir, "$name.png"))
            return "$name is ${actual.width} x ${actual.height}, its reference ${expected.width} x ${expected.height}; $acceptHint"
        }
        val difference = compare(expected, actual)
        if (difference.matches) return null
        ImageIO.write(actual, "png", File(outDir, "$name.png"))
        ImageIO.write(difference.diff, "png", File(outDir, "$name-diff.png"))
        return "$name differs from its reference in ${difference.differing} pixels (%.3f %%, at most %.3f %% allowed): see %s; %s"
            .format(difference.share * 100, MAX_DIFFERING_SHARE * 100, File(outDir, "$name-diff.png"), acceptHint)
    }
}
