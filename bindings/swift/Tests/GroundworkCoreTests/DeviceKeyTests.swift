import Foundation
import GroundworkCore
import XCTest

/// A key store written in Swift, as the iOS app's Secure Enclave wrapper is: the core calls it
/// across the FFI to seal the app lock, and a copy of the files with another device's key is
/// refused without counting a try.
final class DeviceKeyTests: XCTestCase {
    /// What one device seals, only that device opens; `refuse` makes sealing fail.
    private final class FakeDevice: DeviceKeyWrapper, @unchecked Sendable {
        let id: UInt8
        let refuse: Bool
        var handed = 0

        init(id: UInt8, refuse: Bool = false) {
            self.id = id
            self.refuse = refuse
        }

        func seal(bytes: Data) throws -> Data {
            if refuse { throw DeviceKeyError.Unavailable }
            handed += 1
            return Data([id] + bytes.map { $0 ^ id })
        }

        func unseal(sealed: Data) throws -> Data {
            guard sealed.first == id else { throw DeviceKeyError.Unavailable }
            return Data(sealed.dropFirst().map { $0 ^ id })
        }
    }

    override func tearDown() {
        useDeviceKeyWrapper(wrapper: nil)
        super.tearDown()
    }

    func test_a_lock_sealed_by_this_device_opens_here_and_a_copy_on_another_device_is_refused() throws {
        let phone = FakeDevice(id: 7)
        useDeviceKeyWrapper(wrapper: phone)
        let root = try makeTemporaryDirectory()
        let dir = root.appendingPathComponent("phone")
        let key = generateDatabaseKey()
        _ = try withGroundwork(dir, key: key) { try $0.addJournalEntry(body: "Sealed.") }
        let pin = LockSecret.pin("135790")
        try setAppLock(dataDir: dir.path, key: key, secret: pin, eraseAfter: 5)
        XCTAssertGreaterThan(phone.handed, 0, "the core called the Swift key store")
        let lockFile = try String(contentsOf: dir.appendingPathComponent("lock.json"), encoding: .utf8)
        XCTAssertTrue(lockFile.contains("\"device_sealed\": true"), lockFile)

        let copy = root.appendingPathComponent("copy")
        try FileManager.default.copyItem(at: dir, to: copy)
        useDeviceKeyWrapper(wrapper: FakeDevice(id: 9))
        for _ in 0..<6 {
            assertThrows(.AppLockNotForThisDevice) { _ = try unlockApp(dataDir: copy.path, secret: pin) }
        }
        XCTAssertEqual(try appLockStatus(dataDir: copy.path).attemptsLeftBeforeErase, 5, "nothing counted")

        useDeviceKeyWrapper(wrapper: phone)
        guard case let .unlocked(unlockedKey) = try unlockApp(dataDir: dir.path, secret: pin) else {
            return XCTFail("the phone itself opens it")
        }
        XCTAssertEqual(unlockedKey, key)
    }

    func test_a_device_key_that_refuses_to_seal_sets_no_lock() throws {
        useDeviceKeyWrapper(wrapper: FakeDevice(id: 3, refuse: true))
        let dir = try makeTemporaryDirectory()
        let key = generateDatabaseKey()
        _ = try withGroundwork(dir, key: key) { try $0.homeScreen() }
        assertThrows(.DeviceKeyUnavailable) {
            try setAppLock(dataDir: dir.path, key: key, secret: .pin("135790"), eraseAfter: nil)
        }
        XCTAssertFalse(try appLockStatus(dataDir: dir.path).locked)
    }
}
