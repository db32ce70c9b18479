// The new dad's mood check in the app model, on a test clock: home shows the core's card about
// 13 weeks after the birth, the card opens the check, a hard answer ends at help now at the
// new-dad lines, an easy one goes home with the core's words, and "not now" takes the card away.

import Foundation
import GroundworkCore
import GroundworkPresentation
import XCTest

@MainActor
final class DadMoodCheckTests: XCTestCase {
    private var dir: URL!
    private var clock: TestClock!

    override func setUp() async throws {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("groundwork-dad-mood-\(UUID().uuidString)", isDirectory: true)
        // 19:30 on 2 March 2026 in Sydney (UTC+11), 12 weeks after a birth on 8 December 2025.
        clock = try TestClock(at: Date(timeIntervalSince1970: 1_772_440_200), utcOffsetMinutes: 660)
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// A new dad's app, onboarded 12 weeks after the birth, then a week on: 13 weeks.
    private func thirteenWeeksIn(file: StaticString = #filePath, line: UInt = #line) -> AppModel {
        let clock = self.clock!
        let model = AppModel(
            dataDir: dir.path, keyStore: InMemoryKeyStore(), preferences: InMemoryPreferences(),
            scheduler: RecordingScheduler(), deviceLocale: "en_AU",
            openCore: { try Groundwork.openWithTestClock(dataDir: $0, key: $1, clock: clock) })
        model.start()
        model.completeOnboarding(OnboardingChoices(
            region: "AU", trackIds: ["general", "new-father"],
            babyDate: BabyDate(kind: .born, date: "2025-12-08"), discreetMode: false))
        XCTAssertNil(home(model)?.dadMoodCard, "not before 13 weeks", file: file, line: line)
        clock.advanceDays(days: 7)
        model.reloadTop()
        return model
    }

    private func home(_ model: AppModel) -> HomeScreen? {
        guard case let .home(home)? = model.stack.first?.screen else { return nil }
        return home
    }

    func testAt13WeeksHomeShowsTheCardItOpensTheCheckAndAHardAnswerEndsAtHelpNowAtNewDad() async throws {
        let model = thirteenWeeksIn()
        let card = try XCTUnwrap(home(model)?.dadMoodCard, "home offers the check")
        XCTAssertFalse(card.startLabel.isEmpty)
        XCTAssertFalse(card.notNowLabel.isEmpty)

        model.openDadMoodCheck()
        XCTAssertEqual(model.top?.route, .dadMoodCheck)
        guard case let .dadMoodCheck(check)? = model.top?.screen else { return XCTFail("the check on top") }
        XCTAssertEqual(check.questions.map(\.id), ["interest", "down", "temper"])
        XCTAssertEqual(check.questions[0].choices.map(\.value), [0, 1, 2, 3])
        XCTAssertEqual(model.help?.situation, .newDad, "help on the check opens at new-dad")
        XCTAssertEqual(model.help?.emergencyNumber, "000")

        model.answerDadMoodCheck([2, 1, 0])
        XCTAssertEqual(model.top?.route, .helpNow(.newDad))
        guard case let .helpNow(help)? = model.top?.screen else { return XCTFail("help now after a hard answer") }
        XCTAssertEqual(help.situation, .newDad)
        XCTAssertEqual(model.stack.count, 2, "help now takes the check's place")
        guard case let .message(text)? = model.notice else { return XCTFail("the core's words") }
        XCTAssertTrue(text.contains("common"), text)

        model.back()
        XCTAssertNil(home(model)?.dadMoodCard, "answered: offered once")
    }

    func testAnEasyAnswerGoesHomeWithTheCoresWords() async {
        let model = thirteenWeeksIn()
        model.openDadMoodCheck()
        model.answerDadMoodCheck([1, 1, 1])
        XCTAssertEqual(model.stack.count, 1, "home")
        XCTAssertNil(home(model)?.dadMoodCard)
        guard case let .message(text)? = model.notice else { return XCTFail("the core's words") }
        XCTAssertFalse(text.isEmpty)
    }

    func testNotNowRemovesTheCardUntil26Weeks() async {
        let model = thirteenWeeksIn()
        XCTAssertNotNil(home(model)?.dadMoodCard)
        model.skipDadMoodCheck()
        XCTAssertEqual(model.stack.count, 1)
        XCTAssertNil(home(model)?.dadMoodCard, "not now: the card is gone")

        model.openDadMoodCheck()
        guard case .error? = model.notice else { return XCTFail("no check to open now") }
        XCTAssertEqual(model.stack.count, 1)

        clock.advanceDays(days: 91)
        model.reloadTop()
        XCTAssertNotNil(home(model)?.dadMoodCard, "offered again at 26 weeks")
    }
}
