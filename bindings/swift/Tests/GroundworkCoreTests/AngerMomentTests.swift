import Foundation
import GroundworkCore
import XCTest

final class AngerMomentTests: XCTestCase {
    let snapped = AngerMomentInput(
        whatHappened: "Snapped at my son over his shoes",
        intensity: 7,
        bodyCues: ["jaw tight", "face hot"],
        thoughts: "We are late again",
        whatIDid: "Raised my voice",
        nextTime: "Breathe out first, then speak",
        repairNeeded: true
    )

    /// `snapped` with one change.
    func snapped(with change: (inout AngerMomentInput) -> Void) -> AngerMomentInput {
        var input = snapped
        change(&input)
        return input
    }

    func test_an_anger_moment_is_saved_marked_repaired_and_deleted() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }

        let saved = try groundwork.recordAngerMoment(input: snapped)
        XCTAssertEqual(saved.recordedAt.timeIntervalSinceNow, 0, accuracy: 60)
        XCTAssertEqual(saved.recordedAt, saved.updatedAt)
        XCTAssertEqual(saved.whatHappened, snapped.whatHappened)
        XCTAssertEqual(saved.intensity, 7)
        XCTAssertEqual(saved.bodyCues, ["jaw tight", "face hot"])
        XCTAssertEqual(saved.thoughts, snapped.thoughts)
        XCTAssertEqual(saved.whatIDid, snapped.whatIDid)
        XCTAssertEqual(saved.nextTime, snapped.nextTime)
        XCTAssertTrue(saved.repairNeeded)
        XCTAssertFalse(saved.repairDone)
        XCTAssertEqual(try groundwork.recentAngerMoments(limit: 10), [saved])

        // Later he puts it right: the same moment, when it happened unchanged.
        let repaired = try groundwork.updateAngerMoment(id: saved.id, input: snapped(with: { $0.repairDone = true }))
        XCTAssertTrue(repaired.repairDone)
        XCTAssertGreaterThanOrEqual(repaired.updatedAt, saved.updatedAt)
        var expected = saved
        expected.repairDone = true
        expected.updatedAt = repaired.updatedAt
        XCTAssertEqual(repaired, expected, "only repairDone and updatedAt changed")
        XCTAssertEqual(try groundwork.recentAngerMoments(limit: 10), [repaired])

        try groundwork.deleteAngerMoment(id: saved.id)
        XCTAssertEqual(try groundwork.recentAngerMoments(limit: 10), [])
        assertThrows(.NotFound(what: "anger moment")) { try groundwork.deleteAngerMoment(id: saved.id) }
        assertThrows(.NotFound(what: "anger moment")) { _ = try groundwork.updateAngerMoment(id: saved.id, input: self.snapped) }
    }

    func test_an_anger_moment_that_breaks_a_rule_is_refused_as_invalid_input_and_nothing_is_saved() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }

        assertInvalidInput(field: "what_happened") { _ = try groundwork.recordAngerMoment(input: self.snapped(with: { $0.whatHappened = "  " })) }
        assertInvalidInput(field: "intensity") { _ = try groundwork.recordAngerMoment(input: self.snapped(with: { $0.intensity = 11 })) }
        assertInvalidInput(field: "intensity") { _ = try groundwork.recordAngerMoment(input: self.snapped(with: { $0.intensity = -1 })) }
        assertInvalidInput(field: "body_cues") {
            _ = try groundwork.recordAngerMoment(input: self.snapped(with: { $0.bodyCues = (1...9).map { "cue \($0)" } }))
        }
        // A repair can only be done where one was needed.
        assertInvalidInput(field: "repair_done") {
            _ = try groundwork.recordAngerMoment(input: self.snapped(with: { $0.repairNeeded = false; $0.repairDone = true }))
        }
        XCTAssertEqual(try groundwork.recentAngerMoments(limit: 10), [])
        assertInvalidInput(field: "limit") { _ = try groundwork.recentAngerMoments(limit: 0) }

        // Only what happened and how strong it was are required.
        let short = try groundwork.recordAngerMoment(input: AngerMomentInput(whatHappened: "Traffic", intensity: 3))
        XCTAssertEqual(short.bodyCues, [])
        XCTAssertNil(short.thoughts)
        XCTAssertFalse(short.repairNeeded || short.repairDone)
    }

    func test_the_anger_moment_form_offers_body_cues_and_a_label_for_every_question() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }

        let form = try groundwork.angerMomentForm()
        XCTAssertTrue(form.bodyCues.contains("jaw tight"), "\(form.bodyCues)")
        let labels = [
            form.title, form.intro, form.whatHappenedLabel, form.intensityLabel, form.thoughtsLabel,
            form.whatIDidLabel, form.nextTimeLabel, form.repairLabel,
        ]
        XCTAssertFalse(labels.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "a blank label in \(form)")
    }
}
