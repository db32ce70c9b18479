import Foundation
import GroundworkCore
import XCTest

final class CheckInTests: XCTestCase {
    func test_check_ins_are_listed_newest_first_with_quadrant_and_emotions_round_tripped() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        let startedAt = Date()

        let first = try groundwork.recordCheckIn(
            input: checkIn(-3, 4, emotions: ["anxious", "on-edge", "tense"], note: "before the meeting")
        )
        let second = try groundwork.recordCheckIn(input: checkIn(2, -2, emotions: ["calm"]))
        let third = try groundwork.recordCheckIn(input: checkIn(0, 5))

        XCTAssertEqual(first.quadrant, .unpleasantHighEnergy)
        XCTAssertEqual(first.quadrantLabel, "unpleasant, high energy")
        XCTAssertEqual(second.quadrant, .pleasantLowEnergy)
        XCTAssertEqual(third.quadrant, .middle)
        XCTAssertEqual(first.emotions, ["anxious", "on-edge", "tense"], "emotions keep the order picked")
        XCTAssertEqual(first.emotionWords, ["anxious", "on edge", "tense"], "vocabulary ids come back with their words")
        XCTAssertEqual(first.note, "before the meeting")
        XCTAssertEqual(first.pleasantness, -3)
        XCTAssertEqual(first.energy, 4)
        XCTAssertEqual(second.emotions, ["calm"])
        XCTAssertNil(second.note)
        XCTAssertEqual(third.emotions, [])
        XCTAssertEqual(Set([first.id, second.id, third.id]).count, 3, "ids are unique")

        // What was returned on saving is exactly what is listed, newest first.
        XCTAssertEqual(try groundwork.recentCheckIns(limit: 10), [third, second, first])
        XCTAssertEqual(try groundwork.recentCheckIns(limit: 2), [third, second])

        // Times cross the FFI as milliseconds and arrive as Dates.
        XCTAssertEqual(first.recordedAt.timeIntervalSince(startedAt), 0, accuracy: 60)
        XCTAssertLessThanOrEqual(first.recordedAt, third.recordedAt)
        // The local day and offset are the device's.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: Int(first.utcOffsetMinutes) * 60)!
        // The day lived ends at 04:00: before then it is the calendar's yesterday.
        XCTAssertEqual(
            first.localDay,
            calendar.dateComponents([.year, .month, .day], from: first.recordedAt.addingTimeInterval(-4 * 3600))
        )
        XCTAssertEqual(
            Int(first.utcOffsetMinutes),
            TimeZone.current.secondsFromGMT(for: first.recordedAt) / 60,
            "the core's UTC offset differs from Foundation's TimeZone.current"
        )

        let home = try groundwork.homeScreen()
        XCTAssertEqual(home.checkInsToday, 3)
        let last = try XCTUnwrap(home.lastCheckIn)
        XCTAssertEqual(last.quadrant, .middle)
        XCTAssertEqual(last.quadrantLabel, third.quadrantLabel)
        XCTAssertEqual(last.pleasantness, 0)
        XCTAssertEqual(last.energy, 5)
        XCTAssertEqual(last.recordedAt, third.recordedAt)
        XCTAssertFalse(last.whenLabel.isEmpty)
    }

    func test_the_home_screens_last_check_in_shows_the_vocabulary_words_then_his_own_words() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }

        _ = try groundwork.recordCheckIn(input: checkIn(-2, 3, emotions: ["on-edge", "tense"], ownWords: ["wired"]))
        let last = try XCTUnwrap(try groundwork.homeScreen().lastCheckIn)
        XCTAssertEqual(last.emotions, ["on-edge", "tense"], "emotions are the vocabulary ids")
        XCTAssertEqual(last.words, ["on edge", "tense", "wired"], "words are what to show")

        _ = try groundwork.recordCheckIn(input: checkIn(1, -1, ownWords: ["settled"]))
        let ownOnly = try XCTUnwrap(try groundwork.homeScreen().lastCheckIn)
        XCTAssertEqual(ownOnly.emotions, [])
        XCTAssertEqual(ownOnly.words, ["settled"])
    }

    func test_a_check_in_can_be_read_edited_and_deleted_by_its_id() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }

        let saved = try groundwork.recordCheckIn(
            input: CheckInInput(pleasantness: -3, energy: 4, emotions: ["angry"], anger: 8, tags: ["Work"], note: "the meeting")
        )
        XCTAssertEqual(saved.tags, ["work"], "tags are lower-cased")
        XCTAssertEqual(try groundwork.checkIn(id: saved.id), saved)

        let edited = try groundwork.updateCheckIn(
            id: saved.id,
            input: CheckInInput(pleasantness: -1, energy: 2, emotions: ["frustrated"], ownWords: ["cooling off"], hoursSlept: 6.5)
        )
        XCTAssertEqual(edited.id, saved.id)
        XCTAssertEqual(edited.recordedAt, saved.recordedAt, "when it was made stays")
        XCTAssertEqual(edited.localDay, saved.localDay)
        XCTAssertGreaterThanOrEqual(edited.updatedAt, saved.updatedAt)
        XCTAssertEqual(edited.emotions, ["frustrated"])
        XCTAssertEqual(edited.ownWords, ["cooling off"])
        XCTAssertEqual(edited.hoursSlept, 6.5)
        XCTAssertNil(edited.anger, "an edit replaces the whole check-in")
        XCTAssertEqual(edited.tags, [])
        XCTAssertNil(edited.note)
        XCTAssertEqual(try groundwork.recentCheckIns(limit: 10), [edited])
        assertInvalidInput(field: "pleasantness") { _ = try groundwork.updateCheckIn(id: saved.id, input: checkIn(9, 0)) }
        XCTAssertEqual(try groundwork.checkIn(id: saved.id), edited, "a refused edit changed the check-in")

        try groundwork.deleteCheckIn(id: saved.id)
        XCTAssertEqual(try groundwork.recentCheckIns(limit: 10), [])
        XCTAssertNil(try groundwork.homeScreen().lastCheckIn)
        assertThrows(.NotFound(what: "check-in")) { _ = try groundwork.checkIn(id: saved.id) }
        assertThrows(.NotFound(what: "check-in")) { _ = try groundwork.updateCheckIn(id: saved.id, input: checkIn(0, 0)) }
        assertThrows(.NotFound(what: "check-in")) { try groundwork.deleteCheckIn(id: saved.id) }
    }

    func test_the_check_in_form_offers_the_vocabulary_and_typed_words_are_sorted_into_ids_and_his_own_words() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }

        let form = try groundwork.checkInForm()
        XCTAssertFalse(form.title.isEmpty)
        XCTAssertEqual(form.maxEmotions, 3)
        XCTAssertEqual(form.maxOwnWords, 3)
        let onEdge = try XCTUnwrap(form.emotions.first { $0.id == "on-edge" })
        XCTAssertEqual(onEdge.word, "on edge")
        XCTAssertEqual(onEdge.quadrant, .unpleasantHighEnergy)
        XCTAssertFalse(onEdge.definition.isEmpty)
        XCTAssertEqual(form.suggestedTags, ["work", "partner", "kids", "money", "health"])

        // A tag of his own is offered once he has used it.
        _ = try groundwork.recordCheckIn(input: CheckInInput(pleasantness: 2, energy: 2, tags: ["gym"]))
        XCTAssertEqual(try groundwork.checkInForm().suggestedTags, ["work", "partner", "kids", "money", "health", "gym"])

        let sorted = try groundwork.sortEmotionWords(words: ["On Edge", "calm", " wired ", "", "CALM"])
        XCTAssertEqual(sorted, SortedWords(emotions: ["on-edge", "calm"], ownWords: ["wired"]))
        // What it returns records as it is.
        let saved = try groundwork.recordCheckIn(input: checkIn(-2, 3, emotions: sorted.emotions, ownWords: sorted.ownWords))
        XCTAssertEqual(saved.emotionWords, ["on edge", "calm"])
        XCTAssertEqual(saved.ownWords, ["wired"])
    }

    func test_out_of_range_pleasantness_is_refused_as_invalid_input_and_nothing_is_saved() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }

        assertInvalidInput(field: "pleasantness") { _ = try groundwork.recordCheckIn(input: checkIn(6, 0)) }
        assertInvalidInput(field: "pleasantness") { _ = try groundwork.recordCheckIn(input: checkIn(-6, 0)) }
        assertInvalidInput(field: "pleasantness") { _ = try groundwork.recordCheckIn(input: checkIn(Int32(Int8.min), 0)) }
        assertInvalidInput(field: "energy") { _ = try groundwork.recordCheckIn(input: checkIn(0, 9)) }

        XCTAssertEqual(try groundwork.recentCheckIns(limit: 10), [])
        let home = try groundwork.homeScreen()
        XCTAssertEqual(home.checkInsToday, 0)
        XCTAssertNil(home.lastCheckIn)
    }

    func test_values_far_outside_minus_5_to_5_are_refused_as_invalid_input_instead_of_wrapping_into_range() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        // Each of these would land inside -5...5 if only its low byte were kept
        // (258 -> 2, 259 -> 3, 251 -> -5, -254 -> 2, Int32.max -> -1, Int32.min -> 0).
        let farOut: [Int32] = [258, 259, 251, -254, 65_539, 1_000_000, .max, .min]
        for value in farOut {
            assertInvalidInput(field: "pleasantness", "pleasantness \(value)") {
                _ = try groundwork.recordCheckIn(input: checkIn(value, 0))
            }
            assertInvalidInput(field: "energy", "energy \(value)") {
                _ = try groundwork.recordCheckIn(input: checkIn(0, value))
            }
            let error = thrownApiError { _ = try groundwork.recordCheckIn(input: checkIn(value, 0)) }
            XCTAssertEqual(
                error,
                .InvalidInput(
                    field: "pleasantness",
                    reason: "choose a value from -5 to 5",
                    rule: "error-value-between",
                    values: [RuleValue(name: "min", value: "-5"), RuleValue(name: "max", value: "5")]
                )
            )
        }
        XCTAssertEqual(try groundwork.recentCheckIns(limit: 10), [])
        XCTAssertEqual(try groundwork.homeScreen().checkInsToday, 0)
    }

    func test_emotions_and_note_can_be_left_out_of_a_check_in_input() throws {
        XCTAssertEqual(
            CheckInInput(pleasantness: 2, energy: -1),
            CheckInInput(pleasantness: 2, energy: -1, emotions: [], note: nil)
        )
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }

        let bare = try groundwork.recordCheckIn(input: CheckInInput(pleasantness: 2, energy: -1))
        XCTAssertEqual(bare.emotions, [])
        XCTAssertNil(bare.note)
        XCTAssertEqual(bare.ownWords, [])
        XCTAssertEqual(bare.tags, [])
        XCTAssertNil(bare.anger)
        XCTAssertEqual(bare.quadrant, .pleasantLowEnergy)

        let noteOnly = try groundwork.recordCheckIn(input: CheckInInput(pleasantness: -1, energy: 2, note: "just a note"))
        XCTAssertEqual(noteOnly.emotions, [])
        XCTAssertEqual(noteOnly.note, "just a note")

        let wordsOnly = try groundwork.recordCheckIn(input: CheckInInput(pleasantness: 0, energy: 0, emotions: ["calm"]))
        XCTAssertEqual(wordsOnly.emotions, ["calm"])
        XCTAssertNil(wordsOnly.note)

        XCTAssertEqual(try groundwork.recentCheckIns(limit: 10), [wordsOnly, noteOnly, bare])
        XCTAssertEqual(try groundwork.homeScreen().lastCheckIn?.emotions, ["calm"])
    }

    func test_every_quadrant_has_its_label_in_plain_words_on_the_check_in_in_the_list_and_on_the_home_screen() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        let cases: [(CheckInInput, Quadrant, String)] = [
            (checkIn(-3, 4), .unpleasantHighEnergy, "unpleasant, high energy"),
            (checkIn(4, 4), .pleasantHighEnergy, "pleasant, high energy"),
            (checkIn(-2, -5), .unpleasantLowEnergy, "unpleasant, low energy"),
            (checkIn(1, -1), .pleasantLowEnergy, "pleasant, low energy"),
            (checkIn(0, 3), .middle, "in the middle"),
            (checkIn(-5, 0), .middle, "in the middle"),
            (checkIn(0, 0), .middle, "in the middle"),
            (checkIn(5, 5), .pleasantHighEnergy, "pleasant, high energy"),
            (checkIn(-5, -5), .unpleasantLowEnergy, "unpleasant, low energy"),
        ]
        var saved: [CheckIn] = []
        for (input, quadrant, label) in cases {
            let what = "(\(input.pleasantness), \(input.energy))"
            let checkIn = try groundwork.recordCheckIn(input: input)
            XCTAssertEqual(checkIn.quadrant, quadrant, what)
            XCTAssertEqual(checkIn.quadrantLabel, label, what)
            let last = try XCTUnwrap(try groundwork.homeScreen().lastCheckIn, what)
            XCTAssertEqual(last.quadrant, quadrant, "home screen \(what)")
            XCTAssertEqual(last.quadrantLabel, label, "home screen \(what)")
            saved.append(checkIn)
        }
        let listed = try groundwork.recentCheckIns(limit: 10)
        XCTAssertEqual(listed, Array(saved.reversed()))
        XCTAssertEqual(listed.map(\.quadrantLabel), Array(cases.map { $0.2 }.reversed()))
    }

    func test_emotion_ids_own_words_and_notes_that_break_a_rule_are_refused_and_nothing_is_saved() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }

        assertInvalidInput(field: "emotions", "four words") {
            _ = try groundwork.recordCheckIn(input: checkIn(1, 1, emotions: ["angry", "sad", "tense", "calm"]))
        }
        assertInvalidInput(field: "emotions", "the same word twice") {
            _ = try groundwork.recordCheckIn(input: checkIn(1, 1, emotions: ["calm", "calm"]))
        }
        assertInvalidInput(field: "emotions", "an id not in the vocabulary") {
            _ = try groundwork.recordCheckIn(input: checkIn(1, 1, emotions: ["not-in-the-vocabulary"]))
        }
        assertInvalidInput(field: "own_words", "four own words") {
            _ = try groundwork.recordCheckIn(input: checkIn(1, 1, ownWords: ["a", "b", "c", "d"]))
        }
        assertInvalidInput(field: "own_words", "the same own word twice") {
            _ = try groundwork.recordCheckIn(input: checkIn(1, 1, ownWords: ["Meh", "meh"]))
        }
        assertInvalidInput(field: "own_words", "an empty own word") {
            _ = try groundwork.recordCheckIn(input: checkIn(1, 1, ownWords: ["  "]))
        }
        assertInvalidInput(field: "own_words", "an own word over 40 characters") {
            _ = try groundwork.recordCheckIn(input: checkIn(1, 1, ownWords: [String(repeating: "x", count: 41)]))
        }
        assertInvalidInput(field: "note", "a note over 2,000 characters") {
            _ = try groundwork.recordCheckIn(input: checkIn(1, 1, note: String(repeating: "x", count: 2_001)))
        }
        XCTAssertEqual(try groundwork.recentCheckIns(limit: 10), [])

        // At the limits it is fine: three of each kind of word, a 2,000-character note.
        let saved = try groundwork.recordCheckIn(
            input: checkIn(
                5, -5,
                emotions: ["calm", "tired", "sad"],
                ownWords: ["a", "b", String(repeating: "x", count: 40)],
                note: String(repeating: "x", count: 2_000)
            )
        )
        XCTAssertEqual(try groundwork.recentCheckIns(limit: 10), [saved])
    }

    func test_a_list_limit_outside_1_to_500_negative_ones_included_is_refused_as_invalid_input() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        assertInvalidInput(field: "limit") { _ = try groundwork.recentCheckIns(limit: 0) }
        assertInvalidInput(field: "limit") { _ = try groundwork.recentCheckIns(limit: 501) }
        // Negative and huge limits are refused too, not read as large unsigned numbers.
        assertInvalidInput(field: "limit") { _ = try groundwork.recentCheckIns(limit: -1) }
        assertInvalidInput(field: "limit") { _ = try groundwork.recentCheckIns(limit: .min) }
        assertInvalidInput(field: "limit") { _ = try groundwork.recentCheckIns(limit: .max) }
        XCTAssertEqual(try groundwork.recentCheckIns(limit: 500), [])
    }

    func test_check_ins_recorded_from_many_threads_at_once_are_all_saved() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        let count = 40
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: count) { i in
            do {
                _ = try groundwork.recordCheckIn(input: checkIn(Int32(i % 11) - 5, 5 - Int32(i % 11), ownWords: ["word\(i)"]))
                _ = try groundwork.homeScreen()
            } catch {
                failures.add("\(i): \(error)")
            }
        }
        XCTAssertEqual(failures.all, [])
        let listed = try groundwork.recentCheckIns(limit: 500)
        XCTAssertEqual(listed.count, count)
        XCTAssertEqual(Set(listed.flatMap(\.ownWords)), Set((0..<count).map { "word\($0)" }))
    }
}

/// Errors collected from several threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
