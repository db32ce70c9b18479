// Groundwork's look: colours, type, shapes and spacing. docs/design.md says why; the values are
// docs/design-tokens.toml's, and tests/tests/design.rs fails when they drift apart. Plain Compose:
// no android.* here, so the theme renders on a desktop as it does on a phone.
package app.groundwork.android.ui

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.ButtonColors
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.ColorScheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Shapes
import androidx.compose.material3.Typography
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.Immutable
import androidx.compose.runtime.ReadOnlyComposable
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import app.groundwork.core.Quadrant

/** Material's colour roles in Groundwork's light palette: paper, ink, steel blue, oak and moss. */
val GroundworkLightColors: ColorScheme = lightColorScheme(
    primary = Color(0xFF2D4B5F),
    onPrimary = Color(0xFFFFFFFF),
    primaryContainer = Color(0xFFD3E1EA),
    onPrimaryContainer = Color(0xFF0F2A3A),
    inversePrimary = Color(0xFFA6C6DA),
    secondary = Color(0xFF5F5647),
    onSecondary = Color(0xFFFFFFFF),
    secondaryContainer = Color(0xFFE6DDCD),
    onSecondaryContainer = Color(0xFF2A241A),
    tertiary = Color(0xFF4A6639),
    onTertiary = Color(0xFFFFFFFF),
    tertiaryContainer = Color(0xFFD4E6C3),
    onTertiaryContainer = Color(0xFF162510),
    background = Color(0xFFF5F3EE),
    onBackground = Color(0xFF1C1D1F),
    surface = Color(0xFFF5F3EE),
    onSurface = Color(0xFF1C1D1F),
    surfaceVariant = Color(0xFFE3DFD6),
    onSurfaceVariant = Color(0xFF494843),
    surfaceTint = Color(0xFF2D4B5F),
    inverseSurface = Color(0xFF2F3033),
    inverseOnSurface = Color(0xFFF2F0EB),
    error = Color(0xFFB3261E),
    onError = Color(0xFFFFFFFF),
    errorContainer = Color(0xFFF9DEDC),
    onErrorContainer = Color(0xFF410E0B),
    outline = Color(0xFF75736C),
    outlineVariant = Color(0xFFCAC6BC),
    scrim = Color(0xFF000000),
    surfaceBright = Color(0xFFF5F3EE),
    surfaceDim = Color(0xFFD8D4CB),
    surfaceContainerLowest = Color(0xFFFFFFFF),
    surfaceContainerLow = Color(0xFFF0EDE7),
    surfaceContainer = Color(0xFFEBE8E1),
    surfaceContainerHigh = Color(0xFFE6E2DA),
    surfaceContainerHighest = Color(0xFFE0DCD3),
)

/** The dark palette: charcoal, not black, with the same roles lightened to read on it. */
val GroundworkDarkColors: ColorScheme = darkColorScheme(
    primary = Color(0xFFA6C6DA),
    onPrimary = Color(0xFF0D2B3C),
    primaryContainer = Color(0xFF2B4759),
    onPrimaryContainer = Color(0xFFD3E1EA),
    inversePrimary = Color(0xFF2D4B5F),
    secondary = Color(0xFFD0C6B4),
    onSecondary = Color(0xFF353023),
    secondaryContainer = Color(0xFF4B4438),
    onSecondaryContainer = Color(0xFFEDE3D0),
    tertiary = Color(0xFFB3D19C),
    onTertiary = Color(0xFF1F3510),
    tertiaryContainer = Color(0xFF344D25),
    onTertiaryContainer = Color(0xFFD4E6C3),
    background = Color(0xFF151719),
    onBackground = Color(0xFFE4E2DD),
    surface = Color(0xFF151719),
    onSurface = Color(0xFFE4E2DD),
    surfaceVariant = Color(0xFF403F3B),
    onSurfaceVariant = Color(0xFFC6C3BA),
    surfaceTint = Color(0xFFA6C6DA),
    inverseSurface = Color(0xFFE4E2DD),
    inverseOnSurface = Color(0xFF2F3033),
    error = Color(0xFFF2B8B5),
    onError = Color(0xFF601410),
    errorContainer = Color(0xFF8C1D18),
    onErrorContainer = Color(0xFFF9DEDC),
    outline = Color(0xFF918F88),
    outlineVariant = Color(0xFF45443F),
    scrim = Color(0xFF000000),
    surfaceBright = Color(0xFF3A3C3F),
    surfaceDim = Color(0xFF151719),
    surfaceContainerLowest = Color(0xFF0F1113),
    surfaceContainerLow = Color(0xFF1B1D20),
    surfaceContainer = Color(0xFF1F2124),
    surfaceContainerHigh = Color(0xFF292B2E),
    surfaceContainerHighest = Color(0xFF343639),
)

/**
 * Groundwork's roles that Material has no name for. Help now's button is high-visibility amber
 * with dark ink: unmistakable on every screen, and not the red that means something went wrong.
 * In the light theme it carries an ink outline, because amber alone is too light against paper.
 */
@Immutable
data class GroundworkExtraColors(
    val help: Color,
    val onHelp: Color,
    val helpOutline: Color,
)

val GroundworkLightExtraColors = GroundworkExtraColors(
    help = Color(0xFFEE9A3F),
    onHelp = Color(0xFF1C1D1F),
    helpOutline = Color(0xFF1C1D1F),
)

val GroundworkDarkExtraColors = GroundworkExtraColors(
    help = Color(0xFFEE9A3F),
    onHelp = Color(0xFF1C1D1F),
    helpOutline = Color(0xFFEE9A3F),
)

/**
 * The mood meter's four quadrants (pleasantness x energy), the same in light and dark. They differ
 * in lightness as well as hue, so they stay apart with red-green or blue-yellow colour blindness;
 * still mark the chosen cell with a ring, never by colour alone. `on*` is drawn on a cell.
 */
object MoodColors {
    val unpleasantHighEnergy = Color(0xFFB8432F)
    val onUnpleasantHighEnergy = Color(0xFFFFFFFF)
    val pleasantHighEnergy = Color(0xFFEDCB62)
    val onPleasantHighEnergy = Color(0xFF1C1D1F)
    val unpleasantLowEnergy = Color(0xFF22395A)
    val onUnpleasantLowEnergy = Color(0xFFFFFFFF)
    val pleasantLowEnergy = Color(0xFF7AA690)
    val onPleasantLowEnergy = Color(0xFF1C1D1F)

    /** A quadrant's fill and what is drawn on it; null for the middle lines (use `outlineVariant`). */
    fun of(quadrant: Quadrant): MoodColor? = when (quadrant) {
        Quadrant.UNPLEASANT_HIGH_ENERGY -> MoodColor(unpleasantHighEnergy, onUnpleasantHighEnergy)
        Quadrant.PLEASANT_HIGH_ENERGY -> MoodColor(pleasantHighEnergy, onPleasantHighEnergy)
        Quadrant.UNPLEASANT_LOW_ENERGY -> MoodColor(unpleasantLowEnergy, onUnpleasantLowEnergy)
        Quadrant.PLEASANT_LOW_ENERGY -> MoodColor(pleasantLowEnergy, onPleasantLowEnergy)
        Quadrant.MIDDLE -> null
    }
}

/** One mood quadrant's colour: the cell's [fill], and [on] for a mark or text drawn on it. */
@Immutable
data class MoodColor(val fill: Color, val on: Color)

/**
 * The type scale, in sp so every size follows the system font size. The system font (Roboto), so
 * nothing is bundled and the phone's own font settings apply. Text wraps: give text no fixed
 * height and no `maxLines` that cuts words off.
 */
val GroundworkTypography = Typography(
    displayLarge = TextStyle(fontWeight = FontWeight.W600, fontSize = 48.sp, lineHeight = 56.sp),
    displayMedium = TextStyle(fontWeight = FontWeight.W600, fontSize = 40.sp, lineHeight = 48.sp),
    displaySmall = TextStyle(fontWeight = FontWeight.W600, fontSize = 34.sp, lineHeight = 42.sp),
    headlineLarge = TextStyle(fontWeight = FontWeight.W600, fontSize = 30.sp, lineHeight = 38.sp),
    headlineMedium = TextStyle(fontWeight = FontWeight.W600, fontSize = 26.sp, lineHeight = 34.sp),
    headlineSmall = TextStyle(fontWeight = FontWeight.W600, fontSize = 23.sp, lineHeight = 30.sp),
    titleLarge = TextStyle(fontWeight = FontWeight.W600, fontSize = 21.sp, lineHeight = 28.sp),
    titleMedium = TextStyle(fontWeight = FontWeight.W600, fontSize = 17.sp, lineHeight = 24.sp),
    titleSmall = TextStyle(fontWeight = FontWeight.W600, fontSize = 15.sp, lineHeight = 20.sp),
    bodyLarge = TextStyle(fontWeight = FontWeight.W400, fontSize = 17.sp, lineHeight = 26.sp),
    bodyMedium = TextStyle(fontWeight = FontWeight.W400, fontSize = 16.sp, lineHeight = 24.sp),
    bodySmall = TextStyle(fontWeight = FontWeight.W400, fontSize = 14.sp, lineHeight = 20.sp),
    labelLarge = TextStyle(fontWeight = FontWeight.W600, fontSize = 15.sp, lineHeight = 20.sp),
    labelMedium = TextStyle(fontWeight = FontWeight.W600, fontSize = 13.sp, lineHeight = 18.sp),
    labelSmall = TextStyle(fontWeight = FontWeight.W500, fontSize = 12.sp, lineHeight = 16.sp),
)

/** Small, square-ish corners: solid, not bubbly. */
val GroundworkShapes = Shapes(
    extraSmall = RoundedCornerShape(4.dp),
    small = RoundedCornerShape(6.dp),
    medium = RoundedCornerShape(8.dp),
    large = RoundedCornerShape(12.dp),
    extraLarge = RoundedCornerShape(16.dp),
)

/** The spacing steps, on a 4 dp grid, and the smallest touch target. */
object GroundworkSpacing {
    val xs = 4.dp
    val s = 8.dp
    val m = 12.dp
    val l = 16.dp
    val xl = 24.dp
    val xxl = 32.dp

    /** The margin at a screen's edges. */
    val screen = 16.dp

    /** No tap target smaller than this (Material's minimum). */
    val minTouchTarget = 48.dp
}

private val LocalExtraColors = staticCompositionLocalOf { GroundworkLightExtraColors }

/**
 * Groundwork's theme around [content]: its own palette in light or dark, never the wallpaper's
 * dynamic colour unless the app passes [dynamicColorScheme] (off by default, so the identity holds).
 */
@Composable
fun GroundworkTheme(
    darkTheme: Boolean = isSystemInDarkTheme(),
    dynamicColorScheme: ColorScheme? = null,
    content: @Composable () -> Unit,
) {
    val colors = dynamicColorScheme ?: if (darkTheme) GroundworkDarkColors else GroundworkLightColors
    val extra = if (darkTheme) GroundworkDarkExtraColors else GroundworkLightExtraColors
    CompositionLocalProvider(LocalExtraColors provides extra) {
        MaterialTheme(
            colorScheme = colors,
            typography = GroundworkTypography,
            shapes = GroundworkShapes,
            content = content,
        )
    }
}

/** What screens read beyond `MaterialTheme`: `GroundworkTheme.extraColors.help`, `GroundworkTheme.buttonShape`. */
object GroundworkTheme {
    val extraColors: GroundworkExtraColors
        @Composable @ReadOnlyComposable get() = LocalExtraColors.current

    /** Every button's corners, help now's included. */
    val buttonShape = RoundedCornerShape(8.dp)

    /** Help now's button: amber fill, ink label (add a 1.5 dp `helpOutline` border in light). */
    @Composable
    fun helpButtonColors(): ButtonColors = ButtonDefaults.buttonColors(
        containerColor = extraColors.help,
        contentColor = extraColors.onHelp,
    )

    /**
     * True when the system font size is 130% or more: lay rows out as columns then, so nothing is
     * squeezed or cut off.
     */
    val isLargeText: Boolean
        @Composable @ReadOnlyComposable get() = LocalDensity.current.fontScale >= LARGE_TEXT_SCALE
}

/** The font scale from which [GroundworkTheme.isLargeText] is true. */
const val LARGE_TEXT_SCALE = 1.3f
