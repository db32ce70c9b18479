// The key is never lost on the way: setting or removing the app lock saves the key's new home and
// confirms it before the old one is emptied, so a key store that fails at any step leaves a way in.

import Foundation
import GroundworkCore
import GroundworkPresentation
import XCTest

/// A key store in memory that fails (or silently loses the key) at the step it is told to.
final class FailingKeyStore: KeyStore {
    struct Refused: Error {}

    let inner = InMemoryKeyStore()
    var failSave = false
    var loseSaved = false
    var failDelete = false

    func loadKey() throws -> Data? { try inner.loadKey() }

    func saveKey(_ key: Data, biometric: Bool) throws {
        if failSave { throw Refused() }
        if !loseSaved { try inner.saveKey(key, biometric: biometric) }
    }

    func deleteKey() throws {
        if failDelete { throw Refused() }
        try inner.deleteKey()
    }
}

@MainActor
final class KeyMoveTests: XCTestCase {
    private var dir: URL!
    private var keys: FailingKeyStore!
    private var preferences: InMemoryPreferences!
    private let pin = LockSecret.pin("482916")

    override func setUp() async throws {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("groundwork-keys-\(UUID().uuidString)", isDirectory: true)
        keys = FailingKeyStore()
        preferences = InMemoryPreferences()
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func makeModel() -> AppModel {
        AppModel(dataDir: dir.path, keyStore: keys, preferences: preferences, scheduler: RecordingScheduler(),
                 deviceLocale: "en_AU")
    }

    private func startedModel() -> AppModel {
        let model = makeModel()
        model.start()
        model.onboardWithDefaults()
        return model
    }

    private func locked() throws -> Bool { try appLockStatus(dataDir: dir.path).locked }

    private func isError(_ notice: Notice?) -> Bool {
        if case .error? = notice { return true }
        return false
    }

    /// A relaunch opens with the PIN (when locked) or with the key store's key.
    private func assertAWayIn(file: StaticString = #filePath, line: UInt = #line) async {
        let relaunched = makeModel()
        relaunched.start()
        if case .locked = relaunched.phase { await relaunched.unlock(pin) }
        XCTAssertEqual(relaunched.phase, .unlocked, "\(String(describing: relaunched.notice))", file: file, line: line)
        relaunched.lock()
    }

    func testSettingALockWhenTheKeyStoreCannotDeleteItsCopyKeepsTheLockSetAndThePinOpensTheApp() async throws {
        let model = startedModel()
        keys.failDelete = true
        await model.setAppLock(pin)
        XCTAssertTrue(isError(model.notice), "the failure is said: \(String(describing: model.notice))")
        XCTAssertTrue(try locked(), "the lock was saved before the key store was touched")
        XCTAssertNotNil(keys.inner.key, "the old copy is still there")
        model.lock()
        keys.failDelete = false
        await assertAWayIn()
    }

    func testALockTheCoreRefusesLeavesTheKeyInTheKeyStore() async throws {
        let model = startedModel()
        await model.setAppLock(.pin("12"))
        XCTAssertTrue(isError(model.notice))
        XCTAssertFalse(try locked())
        XCTAssertNotNil(keys.inner.key)
        model.lock()
        await assertAWayIn()
    }

    func testRemovingALockWhenTheKeyStoreRefusesTheKeyLeavesTheLockInPlaceAndThePinStillOpensTheApp() async throws {
        let model = startedModel()
        await model.setAppLock(pin)
        XCTAssertNil(keys.inner.key)
        keys.failSave = true
        await model.removeAppLock(pin)
        XCTAssertTrue(isError(model.notice), "\(String(describing: model.notice))")
        XCTAssertTrue(try locked(), "the lock stays until the key is safely back")
        model.lock()
        keys.failSave = false
        await assertAWayIn()
    }

    func testRemovingALockWhenTheKeyStoreLosesTheKeyItWasGivenLeavesTheLockInPlace() async throws {
        let model = startedModel()
        await model.setAppLock(pin)
        keys.loseSaved = true
        await model.removeAppLock(pin)
        XCTAssertEqual(model.notice, .error(ShellText.keyNotMoved))
        XCTAssertTrue(try locked())
        model.lock()
        keys.loseSaved = false
        await assertAWayIn()
    }

    func testRemovingALockSavesTheKeyFirstThenTheLockGoesAndTheKeyStoreOpensTheApp() async throws {
        let model = startedModel()
        await model.setAppLock(pin)
        await model.removeAppLock(pin)
        XCTAssertEqual(model.notice, .message(ShellText.lockRemoved))
        XCTAssertFalse(try locked())
        XCTAssertNotNil(keys.inner.key)
        model.lock()
        await assertAWayIn()
    }

    func testAWrongPinWhenRemovingTheLockChangesNothing() async throws {
        let model = startedModel()
        await model.setAppLock(pin)
        await model.removeAppLock(.pin("000000"))
        XCTAssertTrue(isError(model.notice))
        XCTAssertTrue(try locked())
        XCTAssertNil(keys.inner.key)
    }
}
