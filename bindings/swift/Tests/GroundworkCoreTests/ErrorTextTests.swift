import Foundation
import GroundworkCore
import XCTest

/// What an error says when a shell shows or logs it: `description` is the core's own sentence.
final class ErrorTextTests: XCTestCase {
    func test_a_wrong_key_reads_as_a_plain_sentence() throws {
        let dir = try makeTemporaryDirectory()
        try withGroundwork(dir, key: generateDatabaseKey()) { _ = try $0.homeScreen() }
        let error = thrownApiError { try openAt(dir, key: generateDatabaseKey()).close() }
        XCTAssertEqual(error, .WrongKey)
        XCTAssertEqual(
            error?.description,
            "This key or passphrase does not open the Groundwork database. Nothing was changed."
        )
    }

    func test_a_wrong_key_gives_the_same_plain_sentence_as_localized_description_and_in_string_interpolation() throws {
        let dir = try makeTemporaryDirectory()
        try openAt(dir, key: generateDatabaseKey()).close()
        let sentence = "This key or passphrase does not open the Groundwork database. Nothing was changed."
        do {
            try openAt(dir, key: generateDatabaseKey()).close()
            XCTFail("a wrong key opened the database")
        } catch {
            // What a shell that only sees `any Error` shows: no type name, no case name.
            XCTAssertEqual(error.localizedDescription, sentence)
            XCTAssertEqual("\(error)", sentence)
            XCTAssertEqual(String(describing: error), sentence)
            XCTAssertEqual((error as? LocalizedError)?.errorDescription, sentence)
            XCTAssertEqual(error as? ApiError, .WrongKey)
        }
    }

    func test_not_found_names_what_was_looked_for_in_plain_words() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        let error = thrownApiError { _ = try groundwork.journalEntry(id: UUID()) }
        XCTAssertEqual(error, .NotFound(what: "journal entry"))
        XCTAssertEqual(error?.localizedDescription, "That journal entry could not be found. Nothing was changed.")
    }

    func test_invalid_input_reads_as_a_plain_sentence_that_never_names_the_field() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        let pleasantness = thrownApiError { _ = try groundwork.recordCheckIn(input: checkIn(6, 0)) }
        XCTAssertEqual(
            pleasantness?.description,
            "Check how pleasant it feels: choose a value from -5 to 5. Nothing was changed."
        )
        let energy = thrownApiError { _ = try groundwork.recordCheckIn(input: checkIn(0, .min)) }
        XCTAssertEqual(energy?.description, "Check the energy: choose a value from -5 to 5. Nothing was changed.")
        let limit = thrownApiError { _ = try groundwork.recentCheckIns(limit: 0) }
        guard case let .InvalidInput(_, reason, _, _)? = limit else {
            return XCTFail("expected InvalidInput, got \(String(describing: limit))")
        }
        XCTAssertEqual(limit?.description, "Check how many: \(reason). Nothing was changed.")
    }

    func test_the_text_of_an_error_never_contains_what_the_person_wrote() throws {
        let secret = "SECRET-told-nobody-4f9c"
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        let attempts: [(String, () throws -> Void)] = [
            // A word of his own over 40 characters, made of the secret.
            ("own_words", { _ = try groundwork.recordCheckIn(input: checkIn(1, 1, ownWords: [String(repeating: secret, count: 3)])) }),
            ("own_words", { _ = try groundwork.recordCheckIn(input: checkIn(1, 1, ownWords: (1...4).map { "\(secret)\($0)" })) }),
            ("own_words", { _ = try groundwork.recordCheckIn(input: checkIn(1, 1, ownWords: [secret, secret.lowercased()])) }),
            ("own_words", { _ = try groundwork.recordCheckIn(input: checkIn(1, 1, ownWords: ["\(secret)\u{7}"])) }),
            // The secret sent as an emotion id: not in the vocabulary.
            ("emotions", { _ = try groundwork.recordCheckIn(input: checkIn(1, 1, emotions: [secret])) }),
            ("tags", {
                _ = try groundwork.recordCheckIn(input: CheckInInput(pleasantness: 1, energy: 1, tags: [String(repeating: secret, count: 2)]))
            }),
            ("note", { _ = try groundwork.recordCheckIn(input: checkIn(1, 1, note: String(repeating: secret, count: 100))) }),
            ("note", { _ = try groundwork.recordCheckIn(input: checkIn(1, 1, note: "\(secret)\u{0}")) }),
            ("body", { _ = try groundwork.addJournalEntry(body: String(repeating: secret, count: 2_200)) }),
            ("body", { _ = try groundwork.addJournalEntry(body: "\(secret)\u{0}") }),
            ("query", { _ = try groundwork.searchJournal(query: String(repeating: secret, count: 10), limit: 10) }),
        ]
        for (expectedField, attempt) in attempts {
            guard let error = thrownApiError(attempt) else { continue }
            guard case let .InvalidInput(field, reason, _, _) = error else {
                XCTFail("expected InvalidInput(\(expectedField)), got \(error)")
                continue
            }
            XCTAssertEqual(field, expectedField)
            XCTAssertTrue(error.description.hasSuffix("\(reason). Nothing was changed."), error.description)
            XCTAssertFalse(error.description.hasPrefix("\(field):"), error.description)
            let texts = [
                "description": error.description,
                "reason": reason,
                "String(describing:)": String(describing: error),
                "String(reflecting:)": String(reflecting: error),
                "localizedDescription": error.localizedDescription,
            ]
            for (what, text) in texts {
                for part in ["SECRET", "nobody", "4f9c"] {
                    XCTAssertNil(
                        text.range(of: part, options: .caseInsensitive),
                        "\(what) of \(field) quotes the input: \(text)"
                    )
                }
            }
        }
        XCTAssertEqual(try groundwork.recentCheckIns(limit: 10), [])
        XCTAssertEqual(try groundwork.homeScreen().journalEntryCount, 0)
    }
}
