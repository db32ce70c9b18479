import Foundation
import GroundworkCore
import XCTest

final class UnicodeTests: XCTestCase {
    let family = "Proud of my son today 👨‍👧‍👦🎉"
    let hebrew = "אני מרגיש רגוע היום"
    let arabic = "أشعر بالهدوء اليوم"
    // Decomposed accents: "e" followed by U+0301 COMBINING ACUTE ACCENT.
    let decomposed = "cafe\u{301} with my brother, felt re\u{301}sume\u{301}d"

    func test_emoji_right_to_left_text_and_combining_marks_round_trip_exactly() throws {
        let dir = try makeTemporaryDirectory()
        let key = generateDatabaseKey()
        let texts = [family, hebrew, arabic, decomposed, "Zoë said “thanks” 🙏 — שלום\u{200F}!"]
        let note = "Zoë said “thanks” 🙏 — שלום, cafe\u{301}"
        let ownWords = ["ängstlich", "مرتاح", "😌"]

        var saved: [JournalEntry] = []
        do {
            let groundwork = try openAt(dir, key: key)
            defer { groundwork.close() }
            for text in texts {
                let entry = try groundwork.addJournalEntry(body: text)
                XCTAssertEqual(scalars(entry.body), scalars(text))
                saved.append(entry)
            }
            let checkInSaved = try groundwork.recordCheckIn(input: checkIn(3, 1, ownWords: ownWords, note: note))
            XCTAssertEqual(scalars(checkInSaved.note), scalars(note))
        }

        // After closing and reopening, read back from disk, not from what was just returned.
        let groundwork = try openAt(dir, key: key)
        defer { groundwork.close() }
        let listed = try XCTUnwrap(try groundwork.recentCheckIns(limit: 1).first)
        XCTAssertEqual(scalars(listed.note), scalars(note), "the note came back changed (e.g. normalized)")
        XCTAssertEqual(listed.ownWords.map { Array($0.unicodeScalars) }, ownWords.map { Array($0.unicodeScalars) })
        XCTAssertEqual(listed.note?.utf8.count, note.utf8.count)
        XCTAssertEqual(try groundwork.checkIn(id: listed.id).ownWords.map { Array($0.unicodeScalars) }, ownWords.map { Array($0.unicodeScalars) })

        // Each entry is found by its own words, and the whole body is intact in the snippet.
        let hebrewHit = try XCTUnwrap(try groundwork.searchJournal(query: "רגוע", limit: 10).first)
        XCTAssertEqual(hebrewHit.entryId, saved[1].id)
        XCTAssertEqual(hebrewHit.highlightedRuns, ["רגוע"])
        XCTAssertEqual(scalars(hebrewHit.plainSnippet), scalars(hebrew))
        let familyHit = try XCTUnwrap(try groundwork.searchJournal(query: "proud son", limit: 10).first)
        XCTAssertEqual(familyHit.entryId, saved[0].id)
        XCTAssertEqual(scalars(familyHit.plainSnippet), scalars(family), "the emoji survive in the snippet")
    }

    func test_right_to_left_text_and_accented_words_are_searchable_however_the_accent_is_typed() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        let hebrewEntry = try groundwork.addJournalEntry(body: hebrew)
        let arabicEntry = try groundwork.addJournalEntry(body: arabic)
        let accented = try groundwork.addJournalEntry(body: decomposed)

        XCTAssertEqual(try groundwork.searchJournal(query: "רגוע", limit: 10).map(\.entryId), [hebrewEntry.id])
        XCTAssertEqual(try groundwork.searchJournal(query: "מרג", limit: 10).map(\.entryId), [hebrewEntry.id], "Hebrew prefix")
        XCTAssertEqual(try groundwork.searchJournal(query: "بالهدوء", limit: 10).map(\.entryId), [arabicEntry.id])
        // The entry holds a decomposed "é"; a search may type it composed, decomposed or bare.
        for query in ["café", "cafe\u{301}", "cafe", "résumé", "resume"] {
            XCTAssertEqual(
                try groundwork.searchJournal(query: query, limit: 10).map(\.entryId),
                [accented.id],
                "query \(query.unicodeScalars.map { String($0.value, radix: 16) })"
            )
        }
    }
}
