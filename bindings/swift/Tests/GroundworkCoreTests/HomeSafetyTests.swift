// The question asked before the exercises done together with a partner open: is anyone at home
// afraid of him? Driven through the Swift bindings on the new-dad track, where the team module
// ("Co-parenting as a team", week 10) is open twelve weeks after the birth.

import Foundation
import GroundworkCore
import XCTest

final class HomeSafetyTests: XCTestCase {
    private let team = "co-parenting-as-a-team"

    /// 19:30 on 2 March 2026 in Sydney (UTC+11).
    private func clock() throws -> TestClock {
        try TestClock(at: Date(timeIntervalSince1970: 1_772_440_200), utcOffsetMinutes: 660)
    }

    /// Opens in `dir` with `clock`, on the new-dad track with a baby born twelve weeks ago.
    private func twelveWeeksIn(_ dir: URL, _ clock: TestClock) throws -> Groundwork {
        let groundwork = try Groundwork.openWithTestClock(dataDir: dir.path, key: generateDatabaseKey(), clock: clock)
        _ = try groundwork.completeOnboarding(choices: OnboardingChoices(
            region: "AU",
            trackIds: ["new-father"],
            babyDate: BabyDate(kind: .born, date: DateComponents(year: 2025, month: 12, day: 8)),
            discreetMode: false
        ))
        return groundwork
    }

    private func question(_ opening: ModuleOpening, line: UInt = #line) -> HomeSafetyQuestion? {
        guard case let .question(screen) = opening else {
            XCTFail("expected the question, got \(opening)", line: line)
            return nil
        }
        return screen
    }

    private func notYet(_ outcome: HomeSafetyOutcome, line: UInt = #line) -> HomeSafetyNotYetScreen? {
        guard case let .notYet(screen) = outcome else {
            XCTFail("expected not yet, got \(outcome)", line: line)
            return nil
        }
        return screen
    }

    func testTheTeamModuleAsksFirstAndNoOpensIt() throws {
        let groundwork = try twelveWeeksIn(try makeTemporaryDirectory(), try clock())
        defer { groundwork.close() }
        guard case .askFirst = try groundwork.moduleOverview(moduleId: team).module.access else {
            return XCTFail("the team module asks first")
        }
        let asked = try XCTUnwrap(question(try groundwork.openModule(moduleId: team)))
        XCTAssertEqual(asked.moduleId, team)
        XCTAssertTrue(asked.question.contains("afraid of you"))
        XCTAssertEqual(asked.choices.map(\.answer), [.yes, .no, .notSure])
        let outcome = try groundwork.answerHomeSafetyQuestion(answer: .no, moduleId: team, deviceLocale: nil)
        guard case let .open(_, _, next) = outcome else { return XCTFail("a no opens: \(outcome)") }
        XCTAssertEqual(next.moduleId, team)
        guard case .step = try groundwork.openModule(moduleId: team) else { return XCTFail("it opens") }
        // Asked once: another answer is refused and changes nothing.
        assertInvalidInput(field: "answer") {
            _ = try groundwork.answerHomeSafetyQuestion(answer: .yes, moduleId: nil, deviceLocale: nil)
        }
        guard case .step = try groundwork.openModule(moduleId: team) else { return XCTFail("still open") }
    }

    func testYesAndNotSureKeepItClosedWithHelpAndHisOwnWork() throws {
        for answer in [HomeSafetyAnswer.yes, .notSure] {
            let groundwork = try twelveWeeksIn(try makeTemporaryDirectory(), try clock())
            defer { groundwork.close() }
            let screen = try XCTUnwrap(notYet(try groundwork.answerHomeSafetyQuestion(
                answer: answer, moduleId: team, deviceLocale: "en_AU"
            )))
            XCTAssertTrue(screen.message.contains("both of you feel safe"), screen.message)
            XCTAssertEqual(screen.asksAgainOn, DateComponents(year: 2026, month: 3, day: 30))
            XCTAssertEqual(screen.helpNow.situation, .hurtSomeone)
            XCTAssertEqual(screen.helpNow.region?.code, "AU")
            XCTAssertFalse(screen.helpNow.lines.isEmpty)
            XCTAssertFalse(screen.ownWork.isEmpty)
            XCTAssertFalse(screen.ownWork.contains { $0.id == team || $0.id == "still-a-team-of-two" })
            guard case .locked = try groundwork.moduleOverview(moduleId: team).module.access else {
                return XCTFail("closed after \(answer)")
            }
            XCTAssertNil(try groundwork.moduleOverview(moduleId: team).actionLabel)
            guard case let .notYet(again) = try groundwork.openModule(moduleId: team) else {
                return XCTFail("opening shows why it is closed")
            }
            XCTAssertEqual(again.message, screen.message)
            XCTAssertEqual(try groundwork.moduleOverview(moduleId: team).module.state, .notStarted)
        }
    }

    func testAfterAYesItWaitsFourWeeksThenAsksAgainAndNoOpens() throws {
        let clock = try clock()
        let groundwork = try twelveWeeksIn(try makeTemporaryDirectory(), clock)
        defer { groundwork.close() }
        _ = try XCTUnwrap(notYet(try groundwork.answerHomeSafetyQuestion(answer: .yes, moduleId: team, deviceLocale: nil)))
        clock.advanceDays(days: 27)
        guard case .notYet = try groundwork.openModule(moduleId: team) else {
            return XCTFail("27 days later it is still closed")
        }
        assertInvalidInput(field: "answer") {
            _ = try groundwork.answerHomeSafetyQuestion(answer: .no, moduleId: team, deviceLocale: nil)
        }
        clock.advanceDays(days: 1)
        _ = try XCTUnwrap(question(try groundwork.openModule(moduleId: team)))
        guard case .open = try groundwork.answerHomeSafetyQuestion(answer: .no, moduleId: team, deviceLocale: nil) else {
            return XCTFail("a no opens")
        }
        guard case .step = try groundwork.openModule(moduleId: team) else { return XCTFail("it opens") }
    }
}
