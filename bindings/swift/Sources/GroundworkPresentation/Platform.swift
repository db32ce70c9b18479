// What the app model needs from the platform, and nothing more: where the database key is kept,
// two small preferences read before the database is open, and where local notifications go.
// The iOS app implements these with the Keychain, UserDefaults and UNUserNotificationCenter; the
// tests use the in-memory versions below.

import Foundation

/// Keeps the raw 32-byte database key (iOS: the Keychain; Android: wrapped by the Keystore).
public protocol KeyStore: AnyObject {
    /// The stored key, or nil when there is none (first run, or an app lock holds it instead).
    /// May ask for Face ID / Touch ID when the key is biometric-protected; throws if he cancels.
    func loadKey() throws -> Data?
    /// Stores the key, replacing any other; `biometric` protects it with Face ID / Touch ID.
    func saveKey(_ key: Data, biometric: Bool) throws
    /// Deletes the key (after an app lock is set, or everything is erased).
    func deleteKey() throws
}

/// Preferences the shell keeps outside the database, because they are needed before it is open:
/// the discreet flag (lock screen, notifications) and his region (help now before unlock).
/// Neither holds anything he wrote.
public protocol AppPreferences: AnyObject {
    var discreet: Bool { get set }
    var region: String? { get set }
    var biometricKey: Bool { get set }
}

/// Hands notification requests to the platform. The implementation asks the platform which
/// requests are pending, builds a `NotificationPlan` from them and applies it.
public protocol NotificationScheduling: AnyObject {
    func apply(_ requests: [NotificationRequest])
}

/// A key store in memory: for tests and previews.
public final class InMemoryKeyStore: KeyStore {
    public private(set) var key: Data?
    public private(set) var biometric = false

    public init(key: Data? = nil) {
        self.key = key
    }

    public func loadKey() throws -> Data? { key }

    public func saveKey(_ key: Data, biometric: Bool) throws {
        self.key = key
        self.biometric = biometric
    }

    public func deleteKey() throws {
        key = nil
        biometric = false
    }
}

/// Preferences in memory: for tests and previews.
public final class InMemoryPreferences: AppPreferences {
    public var discreet = false
    public var region: String?
    public var biometricKey = false

    public init() {}
}

/// Remembers what it was asked to schedule: for tests and previews.
public final class RecordingScheduler: NotificationScheduling {
    public private(set) var applied: [[NotificationRequest]] = []

    public init() {}

    public func apply(_ requests: [NotificationRequest]) {
        applied.append(requests)
    }
}
