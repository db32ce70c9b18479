// The three preferences read before the database opens, in UserDefaults. None of them holds
// anything he wrote.

import Foundation
import GroundworkCore
import UIKit

struct DefaultsPreferences {
    private let defaults = UserDefaults.standard

    func load() -> ShellPreferences {
        ShellPreferences(
            discreet: defaults.bool(forKey: "discreet"),
            region: defaults.string(forKey: "region"),
            biometricKey: defaults.bool(forKey: "biometricKey")
        )
    }

    /// Discreet mode also swaps the home screen icon for the neutral one (Info.plist
    /// `CFBundleAlternateIcons`).
    func save(_ preferences: ShellPreferences) {
        defaults.set(preferences.discreet, forKey: "discreet")
        defaults.set(preferences.region, forKey: "region")
        defaults.set(preferences.biometricKey, forKey: "biometricKey")
        let icon = preferences.discreet ? "Neutral" : nil
        Task { @MainActor in
            guard UIApplication.shared.supportsAlternateIcons,
                  UIApplication.shared.alternateIconName != icon else { return }
            try? await UIApplication.shared.setAlternateIconName(icon)
        }
    }
}
