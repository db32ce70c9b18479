// The database key in the Keychain: this device only, readable only while the phone is unlocked,
// never in backups or iCloud Keychain, and, when he turns it on, readable only after Face ID or
// Touch ID with the fingerprints or face enrolled when it was saved (never the phone's passcode).

import Foundation
import GroundworkCore
import GroundworkPresentation
import LocalAuthentication
import Security

final class KeychainKeyStore: KeyStore {
    private let service = "app.groundwork.database-key"
    private let account = "groundwork.db"

    enum KeychainError: Error {
        case status(OSStatus)
        case accessControl
    }

    /// Where a new key is written before it takes the place of the old one.
    private let nextAccount = "groundwork.db.next"

    func loadKey() throws -> Data? {
        // A crash between deleting the old item and renaming the new one leaves only the new one.
        if let key = try read(account) { return key }
        return try read(nextAccount)
    }

    /// Saves the key without a moment where no item holds it: the new item is added under its
    /// own account, the old one deleted only after that succeeded, and the new one then renamed
    /// into its place. `loadKey` reads either.
    func saveKey(_ key: Data, biometric: Bool) throws {
        // A new item an earlier save left unrenamed takes its place first (when the old one is
        // already gone), so clearing the way below never deletes the only copy.
        try renameNext()
        try delete(nextAccount)
        var attributes: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: nextAccount,
            kSecValueData as String: key,
            kSecAttrSynchronizable as String: false,
        ]
        if biometric {
            var error: Unmanaged<CFError>?
            guard let access = SecAccessControlCreateWithFlags(
                nil, kSecAttrAccessibleWhenUnlockedThisDeviceOnly, .biometryCurrentSet, &error
            ) else {
                throw KeychainError.accessControl
            }
            attributes[kSecAttrAccessControl as String] = access
        } else {
            // Nothing runs in the background, so the key is needed only while the phone is
            // unlocked.
            attributes[kSecAttrAccessible as String] = kSecAttrAccessibleWhenUnlockedThisDeviceOnly
        }
        let added = SecItemAdd(attributes as CFDictionary, nil)
        guard added == errSecSuccess else { throw KeychainError.status(added) }
        try delete(account)
        try renameNext()
    }

    /// Renames the new item into the old one's place; nothing to do when there is no new item, or
    /// the old one is still there.
    private func renameNext() throws {
        let status = SecItemUpdate(
            query(nextAccount) as CFDictionary,
            [kSecAttrAccount as String: account] as CFDictionary
        )
        guard status == errSecSuccess || status == errSecItemNotFound || status == errSecDuplicateItem else {
            throw KeychainError.status(status)
        }
    }

    func deleteKey() throws {
        try delete(account)
        try delete(nextAccount)
    }

    private func query(_ account: String) -> [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
    }

    private func read(_ account: String) throws -> Data? {
        let context = LAContext()
        // The core's words, neutral in discreet mode.
        let texts = discreetTextsFor(on: DefaultsPreferences().discreet)
        context.localizedReason = texts.unlockPromptReason
        context.localizedCancelTitle = texts.unlockPromptCancel
        var search = query(account)
        search[kSecReturnData as String] = true
        search[kSecMatchLimit as String] = kSecMatchLimitOne
        search[kSecUseAuthenticationContext as String] = context
        var item: CFTypeRef?
        let status = SecItemCopyMatching(search as CFDictionary, &item)
        switch status {
        case errSecSuccess: return item as? Data
        case errSecItemNotFound: return nil
        default: throw KeychainError.status(status)
        }
    }

    private func delete(_ account: String) throws {
        let status = SecItemDelete(query(account) as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw KeychainError.status(status)
        }
    }
}
