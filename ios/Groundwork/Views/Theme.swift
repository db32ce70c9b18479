// Groundwork's look: colours, type, corner radii and spacing. docs/design.md says why; the values
// are docs/design-tokens.toml's, and tests/tests/design.rs fails when they drift apart.

import GroundworkCore
import SwiftUI
import UIKit

extension Color {
    /// An sRGB colour from its hex value, 0xRRGGBB.
    init(rgb: UInt32) {
        self.init(
            .sRGB,
            red: Double((rgb >> 16) & 0xFF) / 255,
            green: Double((rgb >> 8) & 0xFF) / 255,
            blue: Double(rgb & 0xFF) / 255,
            opacity: 1
        )
    }

    /// A colour that follows the system's light or dark appearance.
    init(light: Color, dark: Color) {
        self.init(UIColor { traits in
            traits.userInterfaceStyle == .dark ? UIColor(dark) : UIColor(light)
        })
    }
}

/// One appearance's colour roles, named as in docs/design-tokens.toml (Material's roles, so both
/// apps speak of the same colour by the same name), plus help now's.
struct GroundworkPalette {
    let primary: Color
    let onPrimary: Color
    let primaryContainer: Color
    let onPrimaryContainer: Color
    let inversePrimary: Color
    let secondary: Color
    let onSecondary: Color
    let secondaryContainer: Color
    let onSecondaryContainer: Color
    let tertiary: Color
    let onTertiary: Color
    let tertiaryContainer: Color
    let onTertiaryContainer: Color
    let background: Color
    let onBackground: Color
    let surface: Color
    let onSurface: Color
    let surfaceVariant: Color
    let onSurfaceVariant: Color
    let surfaceTint: Color
    let inverseSurface: Color
    let inverseOnSurface: Color
    let error: Color
    let onError: Color
    let errorContainer: Color
    let onErrorContainer: Color
    let outline: Color
    let outlineVariant: Color
    let scrim: Color
    let surfaceBright: Color
    let surfaceDim: Color
    let surfaceContainerLowest: Color
    let surfaceContainerLow: Color
    let surfaceContainer: Color
    let surfaceContainerHigh: Color
    let surfaceContainerHighest: Color
    let help: Color
    let onHelp: Color
    let helpOutline: Color

    /// Paper, ink, steel blue, oak and moss.
    static let light = GroundworkPalette(
        primary: Color(rgb: 0x2D4B5F),
        onPrimary: Color(rgb: 0xFFFFFF),
        primaryContainer: Color(rgb: 0xD3E1EA),
        onPrimaryContainer: Color(rgb: 0x0F2A3A),
        inversePrimary: Color(rgb: 0xA6C6DA),
        secondary: Color(rgb: 0x5F5647),
        onSecondary: Color(rgb: 0xFFFFFF),
        secondaryContainer: Color(rgb: 0xE6DDCD),
        onSecondaryContainer: Color(rgb: 0x2A241A),
        tertiary: Color(rgb: 0x4A6639),
        onTertiary: Color(rgb: 0xFFFFFF),
        tertiaryContainer: Color(rgb: 0xD4E6C3),
        onTertiaryContainer: Color(rgb: 0x162510),
        background: Color(rgb: 0xF5F3EE),
        onBackground: Color(rgb: 0x1C1D1F),
        surface: Color(rgb: 0xF5F3EE),
        onSurface: Color(rgb: 0x1C1D1F),
        surfaceVariant: Color(rgb: 0xE3DFD6),
        onSurfaceVariant: Color(rgb: 0x494843),
        surfaceTint: Color(rgb: 0x2D4B5F),
        inverseSurface: Color(rgb: 0x2F3033),
        inverseOnSurface: Color(rgb: 0xF2F0EB),
        error: Color(rgb: 0xB3261E),
        onError: Color(rgb: 0xFFFFFF),
        errorContainer: Color(rgb: 0xF9DEDC),
        onErrorContainer: Color(rgb: 0x410E0B),
        outline: Color(rgb: 0x75736C),
        outlineVariant: Color(rgb: 0xCAC6BC),
        scrim: Color(rgb: 0x000000),
        surfaceBright: Color(rgb: 0xF5F3EE),
        surfaceDim: Color(rgb: 0xD8D4CB),
        surfaceContainerLowest: Color(rgb: 0xFFFFFF),
        surfaceContainerLow: Color(rgb: 0xF0EDE7),
        surfaceContainer: Color(rgb: 0xEBE8E1),
        surfaceContainerHigh: Color(rgb: 0xE6E2DA),
        surfaceContainerHighest: Color(rgb: 0xE0DCD3),
        help: Color(rgb: 0xEE9A3F),
        onHelp: Color(rgb: 0x1C1D1F),
        helpOutline: Color(rgb: 0x1C1D1F)
    )

    /// Charcoal, not black, with the same roles lightened to read on it.
    static let dark = GroundworkPalette(
        primary: Color(rgb: 0xA6C6DA),
        onPrimary: Color(rgb: 0x0D2B3C),
        primaryContainer: Color(rgb: 0x2B4759),
        onPrimaryContainer: Color(rgb: 0xD3E1EA),
        inversePrimary: Color(rgb: 0x2D4B5F),
        secondary: Color(rgb: 0xD0C6B4),
        onSecondary: Color(rgb: 0x353023),
        secondaryContainer: Color(rgb: 0x4B4438),
        onSecondaryContainer: Color(rgb: 0xEDE3D0),
        tertiary: Color(rgb: 0xB3D19C),
        onTertiary: Color(rgb: 0x1F3510),
        tertiaryContainer: Color(rgb: 0x344D25),
        onTertiaryContainer: Color(rgb: 0xD4E6C3),
        background: Color(rgb: 0x151719),
        onBackground: Color(rgb: 0xE4E2DD),
        surface: Color(rgb: 0x151719),
        onSurface: Color(rgb: 0xE4E2DD),
        surfaceVariant: Color(rgb: 0x403F3B),
        onSurfaceVariant: Color(rgb: 0xC6C3BA),
        surfaceTint: Color(rgb: 0xA6C6DA),
        inverseSurface: Color(rgb: 0xE4E2DD),
        inverseOnSurface: Color(rgb: 0x2F3033),
        error: Color(rgb: 0xF2B8B5),
        onError: Color(rgb: 0x601410),
        errorContainer: Color(rgb: 0x8C1D18),
        onErrorContainer: Color(rgb: 0xF9DEDC),
        outline: Color(rgb: 0x918F88),
        outlineVariant: Color(rgb: 0x45443F),
        scrim: Color(rgb: 0x000000),
        surfaceBright: Color(rgb: 0x3A3C3F),
        surfaceDim: Color(rgb: 0x151719),
        surfaceContainerLowest: Color(rgb: 0x0F1113),
        surfaceContainerLow: Color(rgb: 0x1B1D20),
        surfaceContainer: Color(rgb: 0x1F2124),
        surfaceContainerHigh: Color(rgb: 0x292B2E),
        surfaceContainerHighest: Color(rgb: 0x343639),
        help: Color(rgb: 0xEE9A3F),
        onHelp: Color(rgb: 0x1C1D1F),
        helpOutline: Color(rgb: 0xEE9A3F)
    )
}

/// The colours views use: each follows light and dark mode.
enum Theme {
    /// Any role, following light and dark mode: `Theme.color(\.surfaceContainerHighest)`.
    static func color(_ role: KeyPath<GroundworkPalette, Color>) -> Color {
        Color(light: GroundworkPalette.light[keyPath: role], dark: GroundworkPalette.dark[keyPath: role])
    }

    static let primary = color(\.primary)
    static let onPrimary = color(\.onPrimary)
    static let background = color(\.background)
    static let onBackground = color(\.onBackground)
    static let surface = color(\.surface)
    static let onSurface = color(\.onSurface)
    static let onSurfaceVariant = color(\.onSurfaceVariant)
    static let card = color(\.surfaceContainerHighest)
    static let outline = color(\.outline)
    static let error = color(\.error)

    /// Help now's button: high-visibility amber with dark ink, unmistakable and not the red that
    /// means something went wrong; in light mode an ink outline, since amber alone is too light
    /// against paper.
    static let help = color(\.help)
    static let onHelp = color(\.onHelp)
    static let helpOutline = color(\.helpOutline)
}

/// The mood meter's four quadrants (pleasantness x energy), the same in light and dark. They differ
/// in lightness as well as hue, so they stay apart with red-green or blue-yellow colour blindness;
/// still mark the chosen cell with a ring, never by colour alone. `on…` is drawn on a cell.
enum MoodPalette {
    static let unpleasantHighEnergy = Color(rgb: 0xB8432F)
    static let onUnpleasantHighEnergy = Color(rgb: 0xFFFFFF)
    static let pleasantHighEnergy = Color(rgb: 0xEDCB62)
    static let onPleasantHighEnergy = Color(rgb: 0x1C1D1F)
    static let unpleasantLowEnergy = Color(rgb: 0x22395A)
    static let onUnpleasantLowEnergy = Color(rgb: 0xFFFFFF)
    static let pleasantLowEnergy = Color(rgb: 0x7AA690)
    static let onPleasantLowEnergy = Color(rgb: 0x1C1D1F)

    /// A quadrant's fill and what is drawn on it; nil for the middle lines (use `outline`).
    static func of(_ quadrant: Quadrant) -> (fill: Color, on: Color)? {
        switch quadrant {
        case .unpleasantHighEnergy: (unpleasantHighEnergy, onUnpleasantHighEnergy)
        case .pleasantHighEnergy: (pleasantHighEnergy, onPleasantHighEnergy)
        case .unpleasantLowEnergy: (unpleasantLowEnergy, onUnpleasantLowEnergy)
        case .pleasantLowEnergy: (pleasantLowEnergy, onPleasantLowEnergy)
        case .middle: nil
        }
    }
}

/// The type scale: each role is a Dynamic Type text style, so it grows with the system text size,
/// in the system font. Text wraps: give it no fixed frame height and no `lineLimit` that cuts words
/// off; at accessibility sizes (`dynamicTypeSize.isAccessibilitySize`) lay rows out as columns.
enum GroundworkType {
    static let displayLarge = Font.system(.largeTitle, weight: .semibold)
    static let displayMedium = Font.system(.largeTitle, weight: .semibold)
    static let displaySmall = Font.system(.largeTitle, weight: .semibold)
    static let headlineLarge = Font.system(.title, weight: .semibold)
    static let headlineMedium = Font.system(.title, weight: .semibold)
    static let headlineSmall = Font.system(.title2, weight: .semibold)
    static let titleLarge = Font.system(.title3, weight: .semibold)
    static let titleMedium = Font.system(.headline, weight: .semibold)
    static let titleSmall = Font.system(.subheadline, weight: .semibold)
    static let bodyLarge = Font.system(.body, weight: .regular)
    static let bodyMedium = Font.system(.callout, weight: .regular)
    static let bodySmall = Font.system(.footnote, weight: .regular)
    static let labelLarge = Font.system(.subheadline, weight: .semibold)
    static let labelMedium = Font.system(.footnote, weight: .semibold)
    static let labelSmall = Font.system(.caption, weight: .medium)
}

/// Corner radii: small and square-ish, solid rather than bubbly.
enum GroundworkRadius {
    static let extraSmall: CGFloat = 4
    static let small: CGFloat = 6
    static let medium: CGFloat = 8
    static let large: CGFloat = 12
    static let extraLarge: CGFloat = 16
    static let button: CGFloat = 8
}

/// Spacing steps on a 4-point grid, the margin at a screen's edges and the smallest touch target.
enum GroundworkSpacing {
    static let xs: CGFloat = 4
    static let s: CGFloat = 8
    static let m: CGFloat = 12
    static let l: CGFloat = 16
    static let xl: CGFloat = 24
    static let xxl: CGFloat = 32
    static let screen: CGFloat = 16
    /// No tap target smaller than this (Apple's minimum).
    static let minTouchTarget: CGFloat = 44
}

/// Help now's button: amber, ink label, at least the minimum touch target, the same on every screen.
struct HelpButtonStyle: ButtonStyle {
    func makeBody(configuration: Configuration) -> some View {
        let shape = RoundedRectangle(cornerRadius: GroundworkRadius.button)
        return configuration.label
            .font(GroundworkType.labelLarge)
            .foregroundStyle(Theme.onHelp)
            .padding(.horizontal, GroundworkSpacing.m)
            .frame(minWidth: GroundworkSpacing.minTouchTarget, minHeight: GroundworkSpacing.minTouchTarget)
            .background(Theme.help.opacity(configuration.isPressed ? 0.8 : 1), in: shape)
            .overlay(shape.strokeBorder(Theme.helpOutline, lineWidth: 1.5))
            .contentShape(shape)
    }
}

extension View {
    /// Groundwork's accent on controls and its background behind a screen.
    func groundworkTheme() -> some View {
        tint(Theme.primary)
            .background(Theme.background.ignoresSafeArea())
    }
}
