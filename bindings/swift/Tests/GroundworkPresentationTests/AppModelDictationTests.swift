// The dictation glue over the real core: the model reports the phone's on-device recogniser once
// per launch, starts and stops it when the core asks, sends its words and failures back and hands
// a kept recording over. What shows and what is saved is the core's, tested in
// tests/tests/journey_dictation.rs; these test what only the glue can get wrong.

import Foundation
import GroundworkCore
import GroundworkPresentation
import XCTest

@MainActor
final class AppModelDictationTests: XCTestCase {
    private var dir: URL!
    private var platform: FakePlatform!
    private var clock: TestClock!

    override func setUp() async throws {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("groundwork-dictation-\(UUID().uuidString)", isDirectory: true)
        platform = FakePlatform()
        clock = try TestClock(at: Date(timeIntervalSince1970: 1_772_440_200), utcOffsetMinutes: 660)
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func onboarded() -> AppModel {
        let navigator = AppNavigator.withTestClock(
            dataDir: dir.path, preferences: platform.preferences, locale: "en_AU", clock: clock)
        let model = AppModel(navigator: navigator, platform: platform)
        model.send(.start)
        model.send(.completeOnboarding(
            choices: OnboardingChoices(region: "AU", trackIds: ["general"], babyDate: nil, discreetMode: false),
            lock: .notNow
        ))
        return model
    }

    private func entry(_ body: String) -> Action {
        .saveJournalEntry(input: JournalEntryInput(body: body, tags: [], promptId: nil))
    }

    func testWithNoRecogniserOnThePhoneNoMicrophoneShows() async {
        platform.recognitionLocale = nil
        let model = onboarded()
        model.send(.show(destination: .newJournalEntry))
        XCTAssertNil(model.view.dictation)
    }

    func testListeningTheTranscriptShownEditedAndSavedThroughTheFakeRecogniser() async throws {
        platform.recognitionLocale = "en-AU"
        let model = onboarded()
        model.send(.show(destination: .newJournalEntry))
        XCTAssertEqual(model.view.dictation?.field, .journalBody)
        XCTAssertEqual(model.view.dictation?.state, .ready)

        model.send(.startDictation(typed: "Rough day."))
        XCTAssertEqual(platform.calls.last, "startDictation(en-AU, keepAudio: false)")
        let listening = try XCTUnwrap(platform.listening)
        listening.heard("I kept", false)
        XCTAssertEqual(model.view.dictation?.state, .listening(text: "Rough day. I kept"))
        model.send(.stopDictation)
        XCTAssertEqual(platform.calls.last, "stopDictation")
        listening.heard("I kept my cool", true)
        XCTAssertEqual(model.view.dictation?.state, .transcript(text: "Rough day. I kept my cool"))

        model.send(.editTranscript(text: "Rough day. I kept my cool."))
        guard case let .transcript(text)? = model.view.dictation?.state else { return XCTFail("a transcript") }
        model.send(entry(text))
        XCTAssertNil(model.view.dictation, "off the form once saved")
        model.send(.show(destination: .journal))
        guard case let .journal(_, items, _, _)? = model.view.screen else { return XCTFail("the list") }
        XCTAssertEqual(items.map(\.preview), ["Rough day. I kept my cool."])
    }

    func testAFailureFromTheRecogniserKeepsWhatHeTyped() async throws {
        platform.recognitionLocale = "en-AU"
        let model = onboarded()
        model.send(.show(destination: .checkIn))
        model.send(.startDictation(typed: "Tired"))
        try XCTUnwrap(platform.listening).failed()
        guard case let .failed(text, message)? = model.view.dictation?.state else {
            return XCTFail("a failure, got \(String(describing: model.view.dictation))")
        }
        XCTAssertEqual(text, "Tired")
        XCTAssertFalse(message.isEmpty)
    }

    func testWordsOfCrisisSaidAloudBringTheCrisisAnswer() async throws {
        platform.recognitionLocale = "en-AU"
        let model = onboarded()
        model.send(.show(destination: .newJournalEntry))
        model.send(.startDictation(typed: ""))
        try XCTUnwrap(platform.listening).heard("I want to kill myself tonight", true)
        guard case let .transcript(text)? = model.view.dictation?.state else { return XCTFail("a transcript") }
        model.send(entry(text))
        guard case .crisisAnswer? = model.view.screen else { return XCTFail("the crisis answer") }
    }

    func testARecordingHeChoseToKeepIsHandedOverSavedAndPlayedBack() async throws {
        platform.recognitionLocale = "en-AU"
        let model = onboarded()
        model.send(.show(destination: .newJournalEntry))
        model.send(.setKeepRecording(on: true))
        model.send(.startDictation(typed: ""))
        XCTAssertEqual(platform.calls.last, "startDictation(en-AU, keepAudio: true)")
        let listening = try XCTUnwrap(platform.listening)
        listening.heard("With my voice", true)
        let audio = Data(repeating: 3, count: 1_000)
        listening.recorded("audio/mp4", 12_000, audio)
        XCTAssertEqual(model.view.dictation?.keepRecording?.held, true)
        model.send(entry("With my voice"))

        model.send(.show(destination: .journal))
        guard case let .journal(_, items, _, _)? = model.view.screen, let id = items.first?.id else {
            return XCTFail("the list")
        }
        model.send(.show(destination: .journalEntry(id: id)))
        XCTAssertEqual(model.view.recording?.seconds, 12)
        model.send(.playRecording)
        XCTAssertEqual(platform.calls.last, "playRecording")
        XCTAssertEqual(platform.played, [audio])
    }
}
