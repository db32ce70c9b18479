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
}
