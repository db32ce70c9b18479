// The database key in the Keychain: this device only, readable only while the phone is unlocked,
// never in backups or iCloud Keychain, and, when he turns it on, readable only after Face ID or
// Touch ID with the fingerprints or face enrolled when it was saved (never the phone's passcode).
//
// A new key never replaces the old one until it is saved and read back the same: it is added
// under its own account, confirmed, and only then is the old item deleted and the new one renamed
// into its place. Reading takes either, so no moment leaves the key store without a key.

import Foundation
import GroundworkCore
import LocalAuthentication
import Security

final class KeychainKeyStore {
    private let service = "app.groundwork.database-key"
    private let account = "groundwork.db"
    /// Where a new key waits until it is confirmed.
    private let nextAccount = "groundwork.db.next"

    private enum KeychainError: Error {
        case status(OSStatus)
        case accessControl
        /// He cancelled the Face ID / Touch ID prompt.
        case cancelled
    }

    /// Reads the key off the main thread (a Face ID / Touch ID prompt blocks the caller) and
    /// answers on the main queue: the key, or nil when there is none or it cannot be read. A
    /// cancelled prompt never answers, so the lock screen stays as it was.
    func load(answer: @escaping (Data?) -> Void) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let key: Data?
            do {
                key = try readEither()
            } catch KeychainError.cancelled {
                return
            } catch {
                key = nil
            }
            DispatchQueue.main.async { answer(key) }
        }
    }

    /// Keeps `key`, replacing the old one only once the new one reads back the same. False leaves
    /// the old key as it was. With `biometric`, reading it back asks for Face ID or Touch ID.
    func store(_ key: Data, biometric: Bool) -> Bool {
        do {
            // A new item an earlier save left unrenamed takes its place first (when the old one
            // is already gone), so clearing the way below never deletes the only copy.
            try renameNext()
            try delete(nextAccount)
            try add(key, to: nextAccount, biometric: biometric)
            guard try read(nextAccount) == key else {
                try? delete(nextAccount)
                return false
            }
        } catch {
            try? delete(nextAccount)
            return false
        }
        // The new key is kept and confirmed: only now does the old one go.
        do {
            try delete(account)
        } catch {
            // The old one stays as it was, and the new one goes.
            try? delete(nextAccount)
            return false
        }
        // Should the rename fail, `load` still finds the new key under its own account.
        try? renameNext()
        return true
    }

    /// Deletes both items.
    func delete() {
        try? delete(account)
        try? delete(nextAccount)
    }

    // MARK: Keychain items

    private func readEither() throws -> Data? {
        // A crash between deleting the old item and renaming the new one leaves only the new one.
        if let key = try read(account) { return key }
        return try read(nextAccount)
    }

    private func add(_ key: Data, to account: String, biometric: Bool) throws {
        var attributes = query(account)
        attributes[kSecValueData as String] = key
        attributes[kSecAttrSynchronizable as String] = false
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
        let status = SecItemAdd(attributes as CFDictionary, nil)
        guard status == errSecSuccess else { throw KeychainError.status(status) }
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
        let texts = discreetTextsFor(on: DefaultsPreferences().load().discreet)
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
        case errSecUserCanceled, errSecAuthFailed: throw KeychainError.cancelled
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
