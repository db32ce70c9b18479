import Foundation
import GroundworkCore
import XCTest

final class OpeningTests: XCTestCase {
    func test_a_new_encrypted_database_opens_with_an_empty_home_screen() throws {
        let dir = try makeTemporaryDirectory()
        let groundwork = try openAt(dir, key: generateDatabaseKey())
        defer { groundwork.close() }

        let home = try groundwork.homeScreen()
        XCTAssertFalse(home.greeting.isEmpty, "greeting")
        XCTAssertFalse(home.checkInPrompt.isEmpty, "check-in prompt")
        XCTAssertEqual(home.checkInsToday, 0)
        XCTAssertNil(home.lastCheckIn)
        XCTAssertEqual(home.journalEntryCount, 0)
        XCTAssertFalse(home.journalLabel.isEmpty, "journal label")
        XCTAssertEqual(try groundwork.recentCheckIns(limit: 10), [])
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: dir.appendingPathComponent("groundwork.db").path),
            "the database file is groundwork.db in the data directory"
        )
    }

    func test_a_missing_data_directory_is_created_on_open() throws {
        let dataDir = try makeTemporaryDirectory().appendingPathComponent("nested/data", isDirectory: true)
        try withGroundwork(dataDir, key: generateDatabaseKey()) { _ = try $0.homeScreen() }
        XCTAssertTrue(FileManager.default.fileExists(atPath: dataDir.appendingPathComponent("groundwork.db").path))
    }

    func test_a_wrong_key_is_refused_and_the_data_stays_readable_with_the_right_key() throws {
        let dir = try makeTemporaryDirectory()
        let key = generateDatabaseKey()
        let saved = try withGroundwork(dir, key: key) { try $0.recordCheckIn(input: checkIn(2, -1, emotions: ["calm"], note: "kept safe")) }
        let database = dir.appendingPathComponent("groundwork.db")
        let before = try Data(contentsOf: database)

        assertThrows(.WrongKey) { try openAt(dir, key: generateDatabaseKey()).close() }
        // A key that differs in a single bit is just as wrong.
        var nearKey = key
        nearKey[nearKey.startIndex + 31] ^= 1
        assertThrows(.WrongKey) { try openAt(dir, key: nearKey).close() }

        XCTAssertEqual(try Data(contentsOf: database), before, "a refused key changed the database file")
        let reopened = try openAt(dir, key: key)
        defer { reopened.close() }
        XCTAssertEqual(try reopened.recentCheckIns(limit: 10), [saved])
    }

    func test_a_key_that_is_not_32_bytes_is_refused_as_invalid_input_and_nothing_is_created() throws {
        let dataDir = try makeTemporaryDirectory().appendingPathComponent("data", isDirectory: true)
        for size in [0, 16, 31, 33, 64] {
            assertInvalidInput(field: "key", "a \(size)-byte key") {
                try openAt(dataDir, key: Data(repeating: 7, count: size)).close()
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dataDir.path), "a refused key still created the data directory")
    }

    func test_generate_database_key_returns_32_random_bytes_and_never_the_same_key_twice() throws {
        let keys = (0..<8).map { _ in generateDatabaseKey() }
        for key in keys {
            XCTAssertEqual(key.count, 32)
            XCTAssertFalse(key.allSatisfy { $0 == 0 }, "an all-zero key")
        }
        XCTAssertNotEqual(keys[0], keys[1])
        XCTAssertEqual(Set(keys).count, keys.count, "two generated keys were equal")
        // And a generated key opens a database.
        try withGroundwork(try makeTemporaryDirectory(), key: keys[0]) { _ = try $0.homeScreen() }
    }

    func test_the_core_version_is_a_semantic_version() {
        let parts = coreVersion().split(separator: ".")
        XCTAssertEqual(parts.count, 3, coreVersion())
        XCTAssertTrue(parts.allSatisfy { Int($0) != nil }, coreVersion())
    }
}
