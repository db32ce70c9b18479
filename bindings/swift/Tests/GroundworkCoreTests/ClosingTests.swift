import Foundation
import GroundworkCore
import XCTest

/// The core's `close()`: the database closes at once, not when the last reference goes away.
final class ClosingTests: XCTestCase {
    func test_after_close_every_call_throws_closed_and_nothing_more_is_saved() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        _ = try groundwork.recordCheckIn(input: checkIn(1, 1))
        groundwork.close()

        assertClosed { _ = try groundwork.homeScreen() }
        assertClosed { _ = try groundwork.recentCheckIns(limit: 10) }
        assertClosed { _ = try groundwork.recordCheckIn(input: checkIn(-2, 3, emotions: ["tense"], note: "after closing")) }
        assertClosed { _ = try groundwork.addJournalEntry(body: "Written after closing.") }
        assertClosed { _ = try groundwork.searchJournal(query: "closing", limit: 10) }
    }

    func test_closing_twice_is_harmless_and_it_stays_closed() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        groundwork.close()
        groundwork.close()
        assertClosed { _ = try groundwork.homeScreen() }
        groundwork.close()
        assertClosed { _ = try groundwork.recordCheckIn(input: checkIn(0, 0)) }
    }

    func test_reopening_after_close_sees_everything_saved_before_it() throws {
        let dir = try makeTemporaryDirectory()
        let key = generateDatabaseKey()
        let closed = try openAt(dir, key: key)
        let saved = try closed.recordCheckIn(input: checkIn(-2, 3, emotions: ["tense"], note: "before closing"))
        let entry = try closed.addJournalEntry(body: "Written before closing.")
        closed.close()
        assertClosed { _ = try closed.addJournalEntry(body: "Written after closing.") }

        // A new Groundwork opens the same files while the closed object is still alive.
        let reopened = try openAt(dir, key: key)
        defer { reopened.close() }
        XCTAssertEqual(try reopened.recentCheckIns(limit: 10), [saved])
        XCTAssertEqual(try reopened.searchJournal(query: "closing", limit: 10).map(\.entryId), [entry.id])
        let home = try reopened.homeScreen()
        XCTAssertEqual(home.checkInsToday, 1)
        XCTAssertEqual(home.journalEntryCount, 1, "the entry refused after closing was not saved")
        // And it can go on writing.
        _ = try reopened.addJournalEntry(body: "Written after reopening.")
        XCTAssertEqual(try reopened.homeScreen().journalEntryCount, 2)
        withExtendedLifetime(closed) {}
    }

    private func assertClosed(file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Void) {
        let error = thrownApiError(file: file, line: line, body)
        XCTAssertEqual(error, .Closed, file: file, line: line)
        XCTAssertEqual(error?.description, "Groundwork is closed. Open it again to go on.", file: file, line: line)
    }
}
