import Foundation
import XCTest
@testable import GroundworkCore

/// Help now from the content alone, as the device asks for it at `at` (its clock and UTC offset).
func helpNowAt(
    region: String?, deviceLocale: String?, situation: Situation?, at: String = "2026-12-05T21:00:00+11:00"
) throws -> HelpNowScreen {
    let (now, offset) = try deviceTime(at)
    return try helpNow(region: region, deviceLocale: deviceLocale, situation: situation, now: now, utcOffsetMinutes: offset)
}

/// A moment written with its UTC offset, as a device passes it: the date and the offset in minutes.
func deviceTime(_ text: String) throws -> (Date, Int32) {
    let date = try XCTUnwrap(ISO8601DateFormatter().date(from: text), text)
    let zone = text.suffix(6)  // "+11:00"
    let sign: Int32 = zone.hasPrefix("-") ? -1 : 1
    let hours = try XCTUnwrap(Int32(zone.dropFirst().prefix(2)), text)
    let minutes = try XCTUnwrap(Int32(zone.suffix(2)), text)
    return (date, sign * (hours * 60 + minutes))
}

final class HelpNowTests: XCTestCase {
    func test_help_now_works_before_unlock_with_no_database_and_no_key_for_every_region_and_situation() throws {
        let situations: [Situation?] = [nil, .selfHarm, .hurtSomeone, .beingHurt, .talk, .newDad, .babyLoss]
        for region in ["AU", "CA", "US", "GB", "NZ", "IE"] {
            for situation in situations {
                let screen = try helpNowAt(region: region, deviceLocale: nil, situation: situation)
                let emergency = try XCTUnwrap(screen.emergency, "\(region) has an emergency number")
                XCTAssertTrue(emergency.actions[0].uri.hasPrefix("tel:"))
                XCTAssertEqual(emergency.hours, "Open 24 hours")
                XCTAssertEqual(emergency.openNow, true)
                XCTAssertFalse(screen.lines.isEmpty)
                XCTAssertTrue((5...9).contains(screen.pausePlan.safeguards.count))
                XCTAssertEqual(screen.situation, situation)
            }
        }
    }

    func test_help_now_guesses_the_region_from_the_device_locale_and_asks_when_it_cannot() throws {
        XCTAssertEqual(try helpNowAt(region: nil, deviceLocale: "en_NZ", situation: nil).region?.code, "NZ")
        let unknown = try helpNowAt(region: nil, deviceLocale: "de_DE", situation: nil)
        XCTAssertNil(unknown.region)
        XCTAssertEqual(unknown.regionSource, .unknown)
        XCTAssertEqual(unknown.regions.map { $0.code }, ["AU", "CA", "US", "GB", "NZ", "IE"])
        XCTAssertThrowsError(try helpNowAt(region: "FR", deviceLocale: nil, situation: nil))
    }

    func test_a_region_that_is_not_two_letters_is_invalid_input_before_the_call_runs_and_changes_nothing() throws {
        let groundwork = try openAt(try makeTemporaryDirectory(), key: generateDatabaseKey())
        defer { groundwork.close() }
        try groundwork.setRegion(code: " nz")
        XCTAssertEqual(try groundwork.region(), "NZ")
        for bad in ["NZL", "N1", ""] {
            assertInvalidInput(field: "region", bad) { try groundwork.setRegion(code: bad) }
        }
        XCTAssertEqual(try groundwork.region(), "NZ")
    }

    func test_each_line_says_whether_it_is_open_now_in_his_own_time() throws {
        let au = try helpNowAt(region: "AU", deviceLocale: nil, situation: .selfHarm)
        let lifeline = try XCTUnwrap(au.lines.first { $0.id == "au-lifeline" })
        XCTAssertEqual(lifeline.hours, "Open 24 hours")
        XCTAssertEqual(lifeline.openNow, true)
        XCTAssertTrue(lifeline.actions.contains { $0.kind == .text && $0.target == "0477131114" })
        // PANDA keeps Sydney hours: on a Sunday in Perth it opens at 6 am on Monday, his time.
        let dad = try helpNowAt(region: "AU", deviceLocale: nil, situation: .newDad, at: "2026-12-06T20:00:00+08:00")
        let panda = try XCTUnwrap(dad.lines.first { $0.id == "au-panda" })
        XCTAssertEqual(panda.hours, "Closed now, opens tomorrow 6 am")
        XCTAssertEqual(panda.openNow, false)
        XCTAssertThrowsError(try helpNow(region: "AU", deviceLocale: nil, situation: nil, now: Date(), utcOffsetMinutes: 24 * 60))
    }

    func test_worried_he_might_hurt_someone_help_starts_with_what_he_can_do_this_minute() throws {
        let screen = try helpNowAt(region: "GB", deviceLocale: nil, situation: .hurtSomeone)
        let first = try XCTUnwrap(screen.firstSteps, "first steps before the lines")
        XCTAssertTrue(first.steps[0].hasPrefix("Leave the room"), "\(first.steps)")
        XCTAssertTrue(first.steps.contains { $0.contains("baby") }, "\(first.steps)")
        XCTAssertTrue(screen.pausePlanFirst)
        XCTAssertNil(try helpNowAt(region: "GB", deviceLocale: nil, situation: .talk).firstSteps)
    }

    func test_a_pack_that_changes_a_help_lines_number_is_refused_and_a_local_service_is_added_after_the_built_in_lines_saying_where_it_came_from() throws {
        let path = try XCTUnwrap(
            ProcessInfo.processInfo.environment["GROUNDWORK_TEST_PACK"],
            "run bindings/swift/run-tests.sh: it builds the test packs")
        let changed = try Data(contentsOf: URL(fileURLWithPath: path))
        let local = try Data(contentsOf: URL(fileURLWithPath: path).deletingLastPathComponent()
            .appendingPathComponent("local-service.gwpack"))
        let dir = try makeTemporaryDirectory()
        func lifeline(_ screen: HelpNowScreen) throws -> String {
            let line = try XCTUnwrap(screen.lines.first { $0.name.contains("Lifeline") })
            return line.actions[0].target
        }
        func beforeUnlock() throws -> HelpNowScreen {
            let (now, offset) = try deviceTime("2026-12-05T21:00:00+11:00")
            return try helpNowIn(
                dataDir: dir.path, region: "AU", deviceLocale: nil, situation: .talk, now: now,
                utcOffsetMinutes: offset)
        }

        try withGroundwork(dir, key: generateDatabaseKey()) { groundwork in
            XCTAssertThrowsError(try groundwork.installPack(bundle: changed, secret: nil)) { error in
                guard case let ApiError.PackChangesHelp(changes) = error else {
                    return XCTFail("expected PackChangesHelp, got \(error)")
                }
                XCTAssertEqual(changes, ["Lifeline's number in Australia"])
                XCTAssertTrue("\(error)".hasSuffix("Nothing was changed."), "\(error)")
            }
            XCTAssertEqual(try lifeline(beforeUnlock()), "131114")

            let preview = try groundwork.previewPack(bundle: local)
            XCTAssertEqual(preview.servicesAdded, ["Sam's men's group (Australia): 02 5550 1234"])
            XCTAssertEqual(preview.help.label, "Help now")
            guard case let .installed(status) = try groundwork.installPack(bundle: local, secret: nil) else {
                return XCTFail("expected the pack to be installed")
            }
            XCTAssertTrue(status.installed)
            XCTAssertEqual(status.version, "99.0.0")
            XCTAssertNotNil(status.removeLabel)
            for screen in [try groundwork.helpNow(situation: .talk, deviceLocale: "en_AU"), try beforeUnlock()] {
                XCTAssertEqual(try lifeline(screen), "131114")
                let sams = try XCTUnwrap(screen.lines.first { $0.name == "Sam's men's group" })
                XCTAssertEqual(sams.origin, "Added by Sam's practice, installed on this phone")
                XCTAssertFalse(sams.builtIn)
            }

            XCTAssertThrowsError(try groundwork.installPack(bundle: Data("not a pack".utf8), secret: nil)) { error in
                guard case ApiError.PackRefused = error else {
                    return XCTFail("expected PackRefused, got \(error)")
                }
                XCTAssertTrue("\(error)".hasSuffix("Nothing was changed."), "\(error)")
            }
            XCTAssertTrue(groundwork.contentStatus().installed, "a refused file leaves the installed pack alone")

            let back = try groundwork.removeInstalledPack()
            XCTAssertFalse(back.installed)
            XCTAssertNil(try beforeUnlock().lines.first { $0.name == "Sam's men's group" })
        }
    }
}
