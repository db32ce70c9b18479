import Foundation
import GroundworkCore
import XCTest

final class JournalTests: XCTestCase {
    func test_journal_entries_are_saved_as_written_and_counted_on_the_home_screen() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        let emptyLabel = try groundwork.homeScreen().journalLabel
        let body = "  Two spaces before, a line break after.\n"

        let entry = try groundwork.addJournalEntry(body: body)
        XCTAssertEqual(scalars(entry.body), scalars(body), "the body is kept exactly, white space included")
        XCTAssertEqual(entry.createdAt, entry.updatedAt)
        XCTAssertEqual(entry.createdAt.timeIntervalSinceNow, 0, accuracy: 60)
        _ = try groundwork.addJournalEntry(body: "A second one.")

        let home = try groundwork.homeScreen()
        XCTAssertEqual(home.journalEntryCount, 2)
        XCTAssertFalse(home.journalLabel.isEmpty)
        XCTAssertNotEqual(home.journalLabel, emptyLabel)
    }

    func test_a_search_finds_entries_with_every_word_and_highlights_the_matches() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        let meeting = try groundwork.addJournalEntry(body: "I felt angry at the meeting, then calmer after a long walk.")
        let morning = try groundwork.addJournalEntry(body: "Slept well. Grateful for the quiet morning.")
        let parking = try groundwork.addJournalEntry(body: "Angry again about the parking, but I let it go.")

        let hits = try groundwork.searchJournal(query: "angry", limit: 10)
        XCTAssertEqual(Set(hits.map(\.entryId)), [meeting.id, parking.id])
        for hit in hits {
            XCTAssertEqual(hit.highlightedRuns.map { $0.lowercased() }, ["angry"], "\(hit.snippet)")
            XCTAssertTrue(hit.snippet.contains { !$0.highlighted }, "a snippet has plain runs around the match")
            XCTAssertFalse(hit.snippet.contains { $0.text.isEmpty }, "no empty runs")
        }
        let meetingHit = try XCTUnwrap(hits.first { $0.entryId == meeting.id })
        XCTAssertEqual(meetingHit.createdAt, meeting.createdAt)
        XCTAssertTrue(meetingHit.plainSnippet.contains("I felt angry at the meeting"), meetingHit.plainSnippet)
        XCTAssertEqual(
            meetingHit.snippet,
            [
                TextRun(text: "I felt ", highlighted: false),
                TextRun(text: "angry", highlighted: true),
                TextRun(text: " at the meeting, then calmer after a long walk.", highlighted: false),
            ]
        )
        XCTAssertFalse(meetingHit.startsMidEntry || meetingHit.endsMidEntry, "a short entry's snippet is the whole entry")

        // Every word must appear, in any order.
        XCTAssertEqual(try groundwork.searchJournal(query: "walk ANGRY", limit: 10).map(\.entryId), [meeting.id])
        XCTAssertEqual(try groundwork.searchJournal(query: "quiet", limit: 10).map(\.entryId), [morning.id])
        XCTAssertEqual(try groundwork.searchJournal(query: "angry quiet", limit: 10), [])
        XCTAssertEqual(try groundwork.searchJournal(query: "nothinglikethis", limit: 10), [])
        XCTAssertEqual(try groundwork.searchJournal(query: "angry", limit: 1).count, 1)
    }

    func test_the_last_word_of_a_search_matches_as_a_prefix() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        let angry = try groundwork.addJournalEntry(body: "So angry today.")
        let grateful = try groundwork.addJournalEntry(body: "Grateful for my brother.")

        let hits = try groundwork.searchJournal(query: "ang", limit: 10)
        XCTAssertEqual(hits.map(\.entryId), [angry.id])
        XCTAssertEqual(hits.first?.highlightedRuns, ["angry"], "the whole word is highlighted")
        XCTAssertEqual(try groundwork.searchJournal(query: "grateful bro", limit: 10).map(\.entryId), [grateful.id])
        // Only the last word is a prefix.
        XCTAssertEqual(try groundwork.searchJournal(query: "grat brother", limit: 10), [])
    }

    func test_a_long_entry_gives_an_excerpt_around_the_match_marked_as_cut_at_both_ends() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        let body = String(repeating: "quiet ", count: 30) + "the fight about money " + String(repeating: "calm ", count: 30)
        let entry = try groundwork.addJournalEntry(body: body)

        let hit = try XCTUnwrap(try groundwork.searchJournal(query: "fight mon", limit: 10).first)
        XCTAssertEqual(hit.entryId, entry.id)
        XCTAssertTrue(hit.startsMidEntry, "startsMidEntry")
        XCTAssertTrue(hit.endsMidEntry, "endsMidEntry")
        XCTAssertEqual(hit.highlightedRuns, ["fight", "money"], "whole words; the last term as a prefix")
        XCTAssertTrue(body.contains(hit.plainSnippet), "'\(hit.plainSnippet)' is not an excerpt of the entry")
        XCTAssertFalse(hit.plainSnippet.contains("…"), "ellipses are the shell's to draw")
    }

    func test_a_tagged_prompt_led_entry_is_listed_by_journal_page_with_a_tag_filter_and_paged_with_the_cursor() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }

        let library = try groundwork.journalPrompts()
        XCTAssertFalse(library.themes.isEmpty)
        XCTAssertTrue(library.themes.allSatisfy { !$0.title.isEmpty && !$0.prompts.isEmpty })
        XCTAssertEqual(library.own, [])
        let packPrompt = try XCTUnwrap(library.themes.first?.prompts.first)
        let ownPrompt = try groundwork.addOwnPrompt(text: "What did the kids teach me today?")
        XCTAssertEqual(try groundwork.journalPrompts().own, [ownPrompt])

        let answered = try groundwork.writeJournalEntry(
            input: JournalEntryInput(body: "Kept my voice down in the budget meeting.", tags: ["Work", "meetings"], promptId: packPrompt.id)
        )
        XCTAssertEqual(answered.tags, ["meetings", "work"], "tags are lower-cased and sorted")
        XCTAssertEqual(answered.promptId, packPrompt.id)
        XCTAssertEqual(answered.promptText, packPrompt.text)
        let free = try groundwork.writeJournalEntry(input: JournalEntryInput(body: "Long day at work.\nHome late.", tags: ["work"]))
        XCTAssertNil(free.promptId)
        _ = try groundwork.writeJournalEntry(
            input: JournalEntryInput(body: "Building a den with the kids.", tags: ["kids"], promptId: ownPrompt.id)
        )
        let last = try groundwork.writeJournalEntry(input: JournalEntryInput(body: "Lunch with Sam from work.", tags: ["work"]))
        _ = try groundwork.addJournalEntry(body: "No tags at all.")

        // Newest first, two to a page; the cursor picks up where the page stopped.
        let work = JournalFilter(tag: "work")
        let first = try groundwork.journalPage(filter: work, cursor: nil, limit: 2)
        XCTAssertEqual(first.items.map(\.id), [last.id, free.id])
        let cursor = try XCTUnwrap(first.nextCursor, "a first page of two out of three has no nextCursor")
        let second = try groundwork.journalPage(filter: work, cursor: cursor, limit: 2)
        XCTAssertEqual(second.items.map(\.id), [answered.id])
        XCTAssertNil(second.nextCursor, "the last page has no nextCursor")

        let item = try XCTUnwrap(second.items.first)
        XCTAssertEqual(item.promptText, packPrompt.text)
        XCTAssertEqual(item.tags, ["meetings", "work"])
        XCTAssertEqual(item.createdAt, answered.createdAt)
        XCTAssertEqual(item.preview, "Kept my voice down in the budget meeting.")
        XCTAssertFalse(item.previewIsPartial)
        XCTAssertEqual(first.items[1].preview, "Long day at work.")
        XCTAssertTrue(first.items[1].previewIsPartial, "the preview stops at the first line")

        // The tag filter ignores case, and the same filter narrows a search.
        XCTAssertEqual(try groundwork.journalPage(filter: JournalFilter(tag: "WORK"), cursor: nil, limit: 2), first)
        XCTAssertEqual(try groundwork.journalPage(filter: JournalFilter(), cursor: nil, limit: 100).items.count, 5)
        XCTAssertEqual(try groundwork.searchJournalFiltered(query: "meeting", filter: work, limit: 10).map(\.entryId), [answered.id])
        XCTAssertEqual(try groundwork.searchJournalFiltered(query: "den", filter: work, limit: 10), [])

        assertInvalidInput(field: "cursor") { _ = try groundwork.journalPage(filter: work, cursor: "not-a-cursor", limit: 2) }
        assertInvalidInput(field: "limit") { _ = try groundwork.journalPage(filter: work, cursor: nil, limit: 0) }
        assertInvalidInput(field: "to_day") {
            let filter = JournalFilter(
                fromDay: DateComponents(year: 2026, month: 2, day: 1),
                toDay: DateComponents(year: 2026, month: 1, day: 1)
            )
            _ = try groundwork.journalPage(filter: filter, cursor: nil, limit: 10)
        }
        // A day that is not on the calendar is refused on its way in.
        assertInvalidInput(field: "date") {
            let filter = JournalFilter(fromDay: DateComponents(year: 2026, month: 2, day: 30))
            _ = try groundwork.journalPage(filter: filter, cursor: nil, limit: 10)
        }

        // Removing his prompt keeps the words on the entries that answered it.
        try groundwork.deleteOwnPrompt(id: ownPrompt.id)
        XCTAssertEqual(try groundwork.journalPrompts().own, [])
        let kids = try XCTUnwrap(try groundwork.journalPage(filter: JournalFilter(tag: "kids"), cursor: nil, limit: 10).items.first)
        XCTAssertEqual(try groundwork.journalEntry(id: kids.id).promptText, ownPrompt.text)
        assertInvalidInput(field: "prompt_id") {
            _ = try groundwork.writeJournalEntry(input: JournalEntryInput(body: "Answering a removed prompt.", promptId: ownPrompt.id))
        }
        assertThrows(.NotFound(what: "prompt")) { try groundwork.deleteOwnPrompt(id: ownPrompt.id) }
        XCTAssertEqual(try groundwork.homeScreen().journalEntryCount, 5)
    }

    func test_an_edited_entry_is_no_longer_found_by_its_old_words_and_a_deleted_one_not_at_all() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }

        let original = try groundwork.writeJournalEntry(
            input: JournalEntryInput(body: "Argued with my brother about the boat.", tags: ["family"])
        )
        XCTAssertEqual(try groundwork.searchJournal(query: "boat", limit: 10).map(\.entryId), [original.id])

        let edited = try groundwork.updateJournalEntry(
            id: original.id, body: "Talked it through with my brother; we are fine.", tags: ["family", "repair"]
        )
        XCTAssertEqual(edited.id, original.id)
        XCTAssertEqual(edited.createdAt, original.createdAt)
        XCTAssertGreaterThanOrEqual(edited.updatedAt, original.updatedAt)
        XCTAssertEqual(edited.tags, ["family", "repair"])
        XCTAssertEqual(try groundwork.journalEntry(id: original.id), edited)

        XCTAssertEqual(try groundwork.searchJournal(query: "boat", limit: 10), [], "found by a word it no longer has")
        XCTAssertEqual(try groundwork.searchJournal(query: "argued", limit: 10), [])
        let hit = try XCTUnwrap(try groundwork.searchJournal(query: "talked brother", limit: 10).first)
        XCTAssertEqual(hit.entryId, original.id)
        XCTAssertEqual(hit.highlightedRuns, ["Talked", "brother"])
        XCTAssertEqual(
            try groundwork.journalPage(filter: JournalFilter(tag: "repair"), cursor: nil, limit: 10).items.map(\.id),
            [original.id]
        )

        try groundwork.deleteJournalEntry(id: original.id)
        assertThrows(.NotFound(what: "journal entry")) { _ = try groundwork.journalEntry(id: original.id) }
        XCTAssertEqual(try groundwork.searchJournal(query: "brother", limit: 10), [])
        let empty = try groundwork.journalPage(filter: JournalFilter(), cursor: nil, limit: 10)
        XCTAssertEqual(empty.items, [])
        XCTAssertNil(empty.nextCursor)
        XCTAssertEqual(try groundwork.homeScreen().journalEntryCount, 0)
        assertThrows(.NotFound(what: "journal entry")) {
            _ = try groundwork.updateJournalEntry(id: original.id, body: "Too late.", tags: [])
        }
        assertThrows(.NotFound(what: "journal entry")) { try groundwork.deleteJournalEntry(id: original.id) }
    }

    func test_search_syntax_typed_by_a_person_is_plain_words_and_never_an_error() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        let entry = try groundwork.addJournalEntry(body: "I don't know why I felt angry.")
        for query in ["angry)(*\"", "\"angry", "-angry", "angry*", "(why) angry!", "don't"] {
            XCTAssertEqual(try groundwork.searchJournal(query: query, limit: 10).map(\.entryId), [entry.id], query)
        }
        // Operators are words like any other: "NEAR" and "OR" must appear too.
        XCTAssertEqual(try groundwork.searchJournal(query: "NEAR(angry", limit: 10), [])
        XCTAssertEqual(try groundwork.searchJournal(query: "angry OR calm", limit: 10), [])
    }

    func test_empty_or_oversize_entries_and_queries_are_refused_as_invalid_input() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        assertInvalidInput(field: "body") { _ = try groundwork.addJournalEntry(body: "") }
        assertInvalidInput(field: "body") { _ = try groundwork.addJournalEntry(body: " \n\t ") }
        assertInvalidInput(field: "body") { _ = try groundwork.addJournalEntry(body: String(repeating: "x", count: 50_001)) }
        XCTAssertEqual(try groundwork.homeScreen().journalEntryCount, 0, "nothing was saved")

        assertInvalidInput(field: "query") { _ = try groundwork.searchJournal(query: "   ", limit: 10) }
        assertInvalidInput(field: "query") { _ = try groundwork.searchJournal(query: "...!?", limit: 10) }
        assertInvalidInput(field: "query") { _ = try groundwork.searchJournal(query: String(repeating: "x", count: 201), limit: 10) }
        assertInvalidInput(field: "limit") { _ = try groundwork.searchJournal(query: "x", limit: 0) }
        assertInvalidInput(field: "limit") { _ = try groundwork.searchJournal(query: "x", limit: 101) }
        assertInvalidInput(field: "limit") { _ = try groundwork.searchJournal(query: "x", limit: -1) }
        assertInvalidInput(field: "limit") { _ = try groundwork.searchJournal(query: "x", limit: .min) }
        assertInvalidInput(field: "limit") { _ = try groundwork.searchJournal(query: "x", limit: .max) }
    }
}
