// "Read to me" through the glue, over the real core: a tap reaches the phone's voice as one
// `speak` with every sentence, the voice's reports go back to the core, and leaving the screen
// reaches the voice as `stopSpeaking`. The player's rules are the core's (tests/tests/read_aloud.rs).

import Foundation
import GroundworkCore
import GroundworkPresentation
import XCTest

@MainActor
final class ReadAloudModelTests: XCTestCase {
    private var dir: URL!
    private var platform: FakePlatform!
    private var clock: TestClock!

    override func setUp() async throws {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("groundwork-read-\(UUID().uuidString)", isDirectory: true)
        platform = FakePlatform()
        clock = try TestClock(at: Date(timeIntervalSince1970: 1_772_440_200), utcOffsetMinutes: 660)
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// Onboarded in discreet mode, on help now, past the headphones hint: reading.
    private func reading() -> AppModel {
        let navigator = AppNavigator.withTestClock(
            dataDir: dir.path, preferences: platform.preferences, locale: "en_AU", clock: clock)
        let model = AppModel(navigator: navigator, platform: platform)
        model.send(.start)
        model.send(.completeOnboarding(
            choices: OnboardingChoices(region: "AU", trackIds: ["general"], babyDate: nil, discreetMode: true),
            lock: .notNow
        ))
        model.send(.showHelpNow(situation: nil))
        XCTAssertFalse(platform.calls.contains("speak"), "nothing is spoken before he taps")
        model.send(.readAloud)
        XCTAssertNotNil(model.view.readAloud?.hint, "the headphones hint first")
        XCTAssertFalse(platform.calls.contains("speak"))
        model.send(.readAloud)
        return model
    }

    func testATapHandsThePhoneEverySentenceAndItsReportsMoveTheCoresPosition() async throws {
        let model = reading()
        XCTAssertEqual(platform.calls.filter { $0 == "speak" }.count, 1)
        let utterances = try XCTUnwrap(platform.spoken.last)
        XCTAssertGreaterThan(utterances.count, 3)
        XCTAssertEqual(utterances.map(\.index), (0..<utterances.count).map { UInt32($0) })

        let reports = try XCTUnwrap(platform.reports)
        reports.sentenceSpoken(0)
        reports.sentenceSpoken(1)
        XCTAssertEqual(model.view.readAloud?.player?.positionLabel, "Sentence 3 of \(utterances.count)")

        model.send(.pauseReading)
        XCTAssertEqual(platform.calls.last, "stopSpeaking")
        model.send(.resumeReading)
        XCTAssertEqual(platform.spoken.last?.first?.index, 2, "on from where it paused")

        reports.finished()
        XCTAssertNil(model.view.readAloud?.player)
    }

    func testLeavingTheScreenStopsTheVoice() async throws {
        let model = reading()
        model.send(.back)
        XCTAssertEqual(platform.calls.last, "stopSpeaking")
        XCTAssertNil(model.view.readAloud)
    }
}
