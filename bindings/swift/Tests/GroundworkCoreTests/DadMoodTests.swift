// The new dad's mood check, driven through the Swift bindings: offered on home about 13 weeks
// after the birth; hard answers bring help now at the new-dad lines, easy ones do not.

import Foundation
import GroundworkCore
import XCTest

final class DadMoodTests: XCTestCase {
    /// 19:30 on 2 March 2026 in Sydney (UTC+11).
    private func clock() throws -> TestClock {
        try TestClock(at: Date(timeIntervalSince1970: 1_772_440_200), utcOffsetMinutes: 660)
    }

    /// Opens in `dir` with `clock`, on the new-dad track with a baby born twelve weeks ago.
    private func twelveWeeksIn(_ dir: URL, _ clock: TestClock) throws -> Groundwork {
        let groundwork = try Groundwork.openWithTestClock(dataDir: dir.path, key: generateDatabaseKey(), clock: clock)
        _ = try groundwork.completeOnboarding(choices: OnboardingChoices(
            region: "AU",
            trackIds: ["general", "new-father"],
            babyDate: BabyDate(kind: .born, date: DateComponents(year: 2025, month: 12, day: 8)),
            discreetMode: false
        ))
        return groundwork
    }

    func testOfferedAt13WeeksAndAHardAnswerBringsHelpNowAtNewDad() throws {
        let clock = try clock()
        let groundwork = try twelveWeeksIn(try makeTemporaryDirectory(), clock)
        defer { groundwork.close() }
        XCTAssertNil(try groundwork.homeScreen().dadMoodCard, "not before 13 weeks")
        assertInvalidInput(field: "answers") {
            _ = try groundwork.answerDadMoodCheck(answers: [2, 2, 0], deviceLocale: nil)
        }
        clock.advanceDays(days: 7)
        XCTAssertNotNil(try groundwork.homeScreen().dadMoodCard)
        let check = try groundwork.dadMoodCheck()
        XCTAssertEqual(check.questions.map(\.id), ["interest", "down", "temper"])
        XCTAssertEqual(check.questions[0].choices.map(\.value), [0, 1, 2, 3])
        // Bad input is refused and changes nothing.
        assertInvalidInput(field: "answers") {
            _ = try groundwork.answerDadMoodCheck(answers: [2, 2], deviceLocale: nil)
        }
        assertInvalidInput(field: "answers") {
            _ = try groundwork.answerDadMoodCheck(answers: [0, -1, 0], deviceLocale: nil)
        }
        XCTAssertNotNil(try groundwork.homeScreen().dadMoodCard)

        let follow = try groundwork.answerDadMoodCheck(answers: [2, 1, 0], deviceLocale: "en_AU")
        XCTAssertTrue(follow.message.contains("common"), follow.message)
        let help = try XCTUnwrap(follow.helpNow, "help now after a hard answer")
        XCTAssertEqual(help.situation, .newDad)
        XCTAssertEqual(help.region?.code, "AU")
        XCTAssertEqual(help.lines.first?.id, "au-panda")
        XCTAssertNil(try groundwork.homeScreen().dadMoodCard, "answered: offered once")
    }

    func testAnEasyAnswerGivesCreditAndNoHelpScreen() throws {
        let clock = try clock()
        let groundwork = try twelveWeeksIn(try makeTemporaryDirectory(), clock)
        defer { groundwork.close() }
        clock.advanceDays(days: 7)
        let follow = try groundwork.answerDadMoodCheck(answers: [1, 1, 1], deviceLocale: nil)
        XCTAssertNil(follow.helpNow)
        XCTAssertTrue(follow.next.contains("plan"), follow.next)
    }

    func testNotNowHidesTheCardUntil26Weeks() throws {
        let clock = try clock()
        let groundwork = try twelveWeeksIn(try makeTemporaryDirectory(), clock)
        defer { groundwork.close() }
        clock.advanceDays(days: 7)
        XCTAssertNil(try groundwork.skipDadMoodCheck().dadMoodCard)
        clock.advanceDays(days: 91)
        XCTAssertNotNil(try groundwork.homeScreen().dadMoodCard, "offered again at 26 weeks")
    }
}
