// The phone's own hardware-held key around the app lock: the core hands over the key it already
// wrapped under the PIN or passphrase, and this seals it again to a P-256 key made in the Secure
// Enclave (this device only, usable only while it is unlocked, never readable by anyone). A copy
// of lock.json taken off the phone then cannot be opened, whatever PIN is tried. Where there is no
// Secure Enclave (the Simulator), a random AES key in a this-device-only Keychain item does it.
// No Face ID or Touch ID is asked for: the app's own PIN is the proof of who he is.

import CryptoKit
import Foundation
import GroundworkCore
import Security

final class SecureEnclaveKeyWrapper: DeviceKeyWrapper, @unchecked Sendable {
    private let tag = Data("app.groundwork.lock.device".utf8)
    private let fallbackService = "app.groundwork.lock.device"
    private let algorithm = SecKeyAlgorithm.eciesEncryptionCofactorVariableIVX963SHA256AESGCM

    func seal(bytes: Data) throws -> Data {
        guard SecureEnclave.isAvailable else { return try sealWithKeychainKey(bytes) }
        guard let key = try enclaveKey(creating: true),
              let publicKey = SecKeyCopyPublicKey(key),
              let sealed = SecKeyCreateEncryptedData(publicKey, algorithm, bytes as CFData, nil) as Data?
        else { throw DeviceKeyError.Unavailable }
        return sealed
    }

    func unseal(sealed: Data) throws -> Data {
        guard SecureEnclave.isAvailable else { return try openWithKeychainKey(sealed) }
        guard let key = try enclaveKey(creating: false),
              let opened = SecKeyCreateDecryptedData(key, algorithm, sealed as CFData, nil) as Data?
        else { throw DeviceKeyError.Unavailable }
        return opened
    }

    /// The Secure Enclave key, made the first time when `creating`.
    private func enclaveKey(creating: Bool) throws -> SecKey? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassKey,
            kSecAttrApplicationTag as String: tag,
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecReturnRef as String: true,
        ]
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        if status == errSecSuccess, let item { return (item as! SecKey) }
        guard status == errSecItemNotFound, creating else { return nil }
        guard let access = SecAccessControlCreateWithFlags(
            nil, kSecAttrAccessibleWhenUnlockedThisDeviceOnly, .privateKeyUsage, nil
        ) else { throw DeviceKeyError.Unavailable }
        let attributes: [String: Any] = [
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecAttrKeySizeInBits as String: 256,
            kSecAttrTokenID as String: kSecAttrTokenIDSecureEnclave,
            kSecPrivateKeyAttrs as String: [
                kSecAttrIsPermanent as String: true,
                kSecAttrApplicationTag as String: tag,
                kSecAttrAccessControl as String: access,
            ] as [String: Any],
        ]
        return SecKeyCreateRandomKey(attributes as CFDictionary, nil)
    }

    private func sealWithKeychainKey(_ bytes: Data) throws -> Data {
        let key = try keychainKey(creating: true)
        guard let combined = try AES.GCM.seal(bytes, using: key).combined else {
            throw DeviceKeyError.Unavailable
        }
        return combined
    }

    private func openWithKeychainKey(_ sealed: Data) throws -> Data {
        do {
            return try AES.GCM.open(AES.GCM.SealedBox(combined: sealed), using: keychainKey(creating: false))
        } catch {
            throw DeviceKeyError.Unavailable
        }
    }

    /// A random AES key in a Keychain item: this device only, readable only while unlocked.
    private func keychainKey(creating: Bool) throws -> SymmetricKey {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: fallbackService,
            kSecAttrAccount as String: "key",
        ]
        var search = query
        search[kSecReturnData as String] = true
        search[kSecMatchLimit as String] = kSecMatchLimitOne
        var item: CFTypeRef?
        let status = SecItemCopyMatching(search as CFDictionary, &item)
        if status == errSecSuccess, var data = item as? Data {
            defer { data.resetBytes(in: 0..<data.count) }
            return SymmetricKey(data: data)
        }
        guard status == errSecItemNotFound, creating else { throw DeviceKeyError.Unavailable }
        let key = SymmetricKey(size: .bits256)
        var attributes = query
        var raw = key.withUnsafeBytes { Data($0) }
        // The Keychain keeps its own copy; this one is wiped once it is handed over.
        defer {
            attributes[kSecValueData as String] = nil
            raw.resetBytes(in: 0..<raw.count)
        }
        attributes[kSecValueData as String] = raw
        attributes[kSecAttrAccessible as String] = kSecAttrAccessibleWhenUnlockedThisDeviceOnly
        attributes[kSecAttrSynchronizable as String] = false
        guard SecItemAdd(attributes as CFDictionary, nil) == errSecSuccess else {
            throw DeviceKeyError.Unavailable
        }
        return key
    }
}
