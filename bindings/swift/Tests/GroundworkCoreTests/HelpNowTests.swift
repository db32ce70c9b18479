import Foundation
import XCTest
@testable import GroundworkCore

final class HelpNowTests: XCTestCase {
    func test_help_now_works_before_unlock_with_no_database_and_no_key_for_every_region_and_situation() throws {
        let situations: [Situation?] = [nil, .selfHarm, .hurtSomeone, .beingHurt, .talk, .newDad]
        for region in ["AU", "CA", "US", "GB", "NZ"] {
            for situation in situations {
                let screen = try helpNow(region: region, deviceLocale: nil, situation: situation)
                let emergency = try XCTUnwrap(screen.emergency, "\(region) has an emergency number")
                XCTAssertTrue(emergency.actions[0].uri.hasPrefix("tel:"))
                XCTAssertFalse(screen.lines.isEmpty)
                XCTAssertEqual(screen.pausePlan.safeguards.count, 5)
                XCTAssertEqual(screen.situation, situation)
            }
        }
    }

    func test_help_now_guesses_the_region_from_the_device_locale_and_asks_when_it_cannot() throws {
        XCTAssertEqual(try helpNow(region: nil, deviceLocale: "en_NZ", situation: nil).region?.code, "NZ")
        let unknown = try helpNow(region: nil, deviceLocale: "de_DE", situation: nil)
        XCTAssertNil(unknown.region)
        XCTAssertEqual(unknown.regionSource, .unknown)
        XCTAssertEqual(unknown.regions.count, 5)
        XCTAssertThrowsError(try helpNow(region: "FR", deviceLocale: nil, situation: nil))
    }

    func test_an_installed_pack_update_changes_a_help_lines_number_even_before_unlock_and_removing_it_brings_the_old_one_back() throws {
        let path = try XCTUnwrap(
            ProcessInfo.processInfo.environment["GROUNDWORK_TEST_PACK"],
            "run bindings/swift/run-tests.sh: it builds the test pack")
        let bundle = try Data(contentsOf: URL(fileURLWithPath: path))
        let dir = try makeTemporaryDirectory()
        func lifeline(_ screen: HelpNowScreen) throws -> String {
            let line = try XCTUnwrap(screen.lines.first { $0.name.contains("Lifeline") })
            return line.actions[0].target
        }
        func beforeUnlock() throws -> HelpNowScreen {
            try helpNowIn(dataDir: dir.path, region: "AU", deviceLocale: nil, situation: .selfHarm)
        }
        XCTAssertEqual(try lifeline(beforeUnlock()), "131114")

        try withGroundwork(dir, key: generateDatabaseKey()) { groundwork in
            let status = try groundwork.installPack(bundle: bundle)
            XCTAssertTrue(status.installed)
            XCTAssertEqual(status.version, "99.0.0")
            XCTAssertNotNil(status.removeLabel)
            XCTAssertEqual(try lifeline(groundwork.helpNow(situation: .selfHarm, deviceLocale: "en_AU")), "139999")
            XCTAssertEqual(try lifeline(beforeUnlock()), "139999")

            XCTAssertThrowsError(try groundwork.installPack(bundle: Data("not a pack".utf8))) { error in
                guard case ApiError.PackRefused = error else {
                    return XCTFail("expected PackRefused, got \(error)")
                }
                XCTAssertTrue("\(error)".hasSuffix("Nothing was changed."), "\(error)")
            }
            XCTAssertTrue(groundwork.contentStatus().installed, "a refused file leaves the installed pack alone")

            let back = try groundwork.removeInstalledPack()
            XCTAssertFalse(back.installed)
            XCTAssertEqual(try lifeline(beforeUnlock()), "131114")
        }
    }
}
