// The three preferences read before the database opens, in UserDefaults. None of them holds
// anything he wrote.

import Foundation
import GroundworkPresentation
import UIKit

final class DefaultsPreferences: AppPreferences {
    private let defaults = UserDefaults.standard

    /// Discreet mode also swaps the home screen icon for the neutral one (Info.plist
    /// `CFBundleAlternateIcons`).
    var discreet: Bool {
        get { defaults.bool(forKey: "discreet") }
        set {
            defaults.set(newValue, forKey: "discreet")
            let icon = newValue ? "Neutral" : nil
            Task { @MainActor in
                guard UIApplication.shared.supportsAlternateIcons,
                      UIApplication.shared.alternateIconName != icon else { return }
                try? await UIApplication.shared.setAlternateIconName(icon)
            }
        }
    }

    var region: String? {
        get { defaults.string(forKey: "region") }
        set { defaults.set(newValue, forKey: "region") }
    }

    var biometricKey: Bool {
        get { defaults.bool(forKey: "biometricKey") }
        set { defaults.set(newValue, forKey: "biometricKey") }
    }
}
