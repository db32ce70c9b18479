// The database key in the Keychain: this device only, never in backups or iCloud Keychain, and,
// when he turns it on, readable only after Face ID / Touch ID (or the device passcode).

import Foundation
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

    func loadKey() throws -> Data? {
        let context = LAContext()
        context.localizedReason = "Unlock Groundwork"
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
            kSecUseAuthenticationContext as String: context,
        ]
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        switch status {
        case errSecSuccess: return item as? Data
        case errSecItemNotFound: return nil
        default: throw KeychainError.status(status)
        }
    }

    func saveKey(_ key: Data, biometric: Bool) throws {
        try deleteKey()
        var attributes: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecValueData as String: key,
            kSecAttrSynchronizable as String: false,
        ]
        if biometric {
            var error: Unmanaged<CFError>?
            guard let access = SecAccessControlCreateWithFlags(
                nil, kSecAttrAccessibleWhenUnlockedThisDeviceOnly, .userPresence, &error
            ) else {
                throw KeychainError.accessControl
            }
            attributes[kSecAttrAccessControl as String] = access
        } else {
            // Readable after the first unlock since boot, so reminders can be rescheduled in the
            // background; still this device only.
            attributes[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        }
        let status = SecItemAdd(attributes as CFDictionary, nil)
        guard status == errSecSuccess else { throw KeychainError.status(status) }
    }

    func deleteKey() throws {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
        let status = SecItemDelete(query as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw KeychainError.status(status)
        }
    }
}
