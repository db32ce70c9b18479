// The three preferences read before the database opens, in UserDefaults. None of them holds
// anything he wrote.

import Foundation
import GroundworkPresentation

final class DefaultsPreferences: AppPreferences {
    private let defaults = UserDefaults.standard

    var discreet: Bool {
        get { defaults.bool(forKey: "discreet") }
        set { defaults.set(newValue, forKey: "discreet") }
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
