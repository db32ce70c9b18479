import Foundation
import GroundworkCore
import XCTest

final class EncryptionAtRestTests: XCTestCase {
    func test_nothing_written_is_readable_in_the_files_on_disk_while_open_or_after_closing() throws {
        let dir = try makeTemporaryDirectory()
        let key = generateDatabaseKey()
        let note = "PLAINTEXT-MARKER-note-8d1f2c"
        let ownWord = "plaintextmarkerownword"
        let journal = "PLAINTEXT-MARKER-journal-4b7e90 I told nobody about this"
        let markers: [(String, Data)] = [
            ("SQLite header", Data("SQLite format 3".utf8)),
            ("note", Data(note.utf8)),
            ("own word", Data(ownWord.utf8)),
            ("journal text", Data(journal.utf8)),
            ("raw key", key),
        ]
        func assertNoPlaintext(_ when: String, line: UInt = #line) throws {
            let names = filesUnder(dir).map(\.lastPathComponent)
            XCTAssertTrue(names.contains("groundwork.db"), "no database file in \(names)", line: line)
            for (what, bytes) in markers {
                let found = try fileContaining(dir, bytes)
                XCTAssertNil(found, "the \(what) is readable in \(found?.lastPathComponent ?? "") (\(when))", line: line)
            }
        }

        // The search itself works: a marker written in plain text is found.
        let control = try makeTemporaryDirectory()
        try Data("before \(note) after".utf8).write(to: control.appendingPathComponent("plain.txt"))
        XCTAssertNotNil(try fileContaining(control, Data(note.utf8)), "fileContaining misses plain text")

        do {
            let groundwork = try openAt(dir, key: key)
            defer { groundwork.close() }
            _ = try groundwork.recordCheckIn(input: checkIn(-2, 3, emotions: ["tense"], ownWords: [ownWord], note: note))
            _ = try groundwork.addJournalEntry(body: journal)
            try assertNoPlaintext("while open")
        }
        // Released: the connections are closed and the write-ahead log checkpointed.
        try assertNoPlaintext("after closing")

        // The markers really were saved: they come back with the key.
        let reopened = try openAt(dir, key: key)
        defer { reopened.close() }
        XCTAssertEqual(try reopened.recentCheckIns(limit: 1).first?.note, note)
        XCTAssertEqual(try reopened.searchJournal(query: "nobody", limit: 10).count, 1)
    }
}
