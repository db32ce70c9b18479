// The glue between the core's navigation and the phone, over the real core: the model sends what
// happened, draws what the core answered and carries out the core's effects through the platform
// in the order given. Where each action leads is the core's and tested there
// (tests/tests/journeys.rs); these test what only the glue can get wrong.

import Foundation
import GroundworkCore
import GroundworkPresentation
import XCTest

@MainActor
final class AppModelTests: XCTestCase {
    private var dir: URL!
    private var platform: FakePlatform!
    private var clock: TestClock!
    /// The test clock's time: a Monday morning in Sydney.
    private let now = Date(timeIntervalSince1970: 1_772_440_200)

    override func setUp() async throws {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("groundwork-model-\(UUID().uuidString)", isDirectory: true)
        platform = FakePlatform()
        clock = try TestClock(at: now, utcOffsetMinutes: 660)
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// The app launched: a model over a new navigator with the preferences the phone kept.
    private func launch() -> AppModel {
        let navigator = AppNavigator.withTestClock(
            dataDir: dir.path, preferences: platform.preferences, locale: "en_AU", clock: clock)
        let model = AppModel(navigator: navigator, platform: platform)
        model.send(.start)
        return model
    }

    private func onboard(_ model: AppModel, _ lock: OnboardingLock) {
        model.send(.completeOnboarding(
            choices: OnboardingChoices(region: "AU", trackIds: ["general"], babyDate: nil, discreetMode: false),
            lock: lock
        ))
    }

    private func onboarded() -> AppModel {
        let model = launch()
        onboard(model, .notNow)
        return model
    }

    private func isLocked(_ model: AppModel) -> Bool {
        if case .locked = model.view.phase { return true }
        return false
    }

    // MARK: The key store

    func testFirstOpenStoresAKeyReadsItBackAndTheNextLaunchOpensWithIt() async {
        let model = launch()
        // Any copy an earlier run left for the share sheet goes first.
        XCTAssertEqual(platform.calls.first, "deleteSharedFiles")
        XCTAssertEqual(Array(platform.calls.dropFirst().prefix(2)), ["loadKey", "storeKey"], "none yet, so a new one is kept")
        XCTAssertEqual(platform.key?.count, 32)
        XCTAssertEqual(model.view.phase, .unlocked)
        XCTAssertTrue(model.view.firstRun)
        guard case let .onboarding(onboarding)? = model.view.screen else {
            return XCTFail("expected onboarding, got \(String(describing: model.view.screen))")
        }
        XCTAssertNotNil(onboarding.lockOffer)
        onboard(model, .notNow)

        platform.forgetCalls()
        let again = launch()
        XCTAssertEqual(platform.calls.first { $0 != "deleteSharedFiles" }, "loadKey")
        XCTAssertFalse(platform.calls.contains("storeKey"), "the kept key is read, no new one made: \(platform.calls)")
        XCTAssertEqual(again.view.phase, .unlocked)
        XCTAssertFalse(again.view.firstRun, "the same database, opened with the key read back")
        guard case .home? = again.view.screen else { return XCTFail("expected home") }
    }

    func testAKeyStoreThatCannotKeepTheKeySetsNothingUp() async {
        platform.refusesToStore = true
        let model = launch()
        guard case let .unavailable(reason) = model.view.phase else {
            return XCTFail("expected the app to say it cannot start, got \(model.view.phase)")
        }
        XCTAssertTrue(reason.contains("nothing was set up"), reason)
        XCTAssertNil(model.view.screen)
        XCTAssertNotNil(model.view.help, "help now is still there")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        XCTAssertFalse(files.contains { $0.hasSuffix(".db") }, "no database under a key nobody kept: \(files)")
    }

    // MARK: Face ID / Touch ID

    private func biometricPhone() -> AppModel {
        let first = launch()
        onboard(first, .biometric)
        XCTAssertTrue(platform.biometric, "the key is guarded now")
        XCTAssertTrue(platform.preferences.biometricKey)
        platform.promptsWait = true
        let model = launch()
        XCTAssertTrue(isLocked(model), "the next launch waits for his face or finger")
        return model
    }

    func testABiometricPromptAnsweredLaterStillOpensTheApp() async {
        let model = biometricPhone()
        model.send(.unlockWithDevice)
        XCTAssertTrue(isLocked(model), "still on the lock screen while the prompt is up")
        XCTAssertEqual(platform.prompts.count, 1)

        platform.answerPrompt()
        XCTAssertEqual(model.view.phase, .unlocked)
        guard case .home? = model.view.screen else { return XCTFail("expected home") }
    }

    func testACancelledPromptLeavesTheLockScreenAndTheNextTapAsksAgain() async {
        let model = biometricPhone()
        model.send(.unlockWithDevice)
        platform.cancelPrompt()
        XCTAssertTrue(isLocked(model))
        XCTAssertNil(model.view.screen)

        model.send(.unlockWithDevice)
        platform.answerPrompt()
        XCTAssertEqual(model.view.phase, .unlocked)
    }

    func testOnlyTheLatestPromptsAnswerCounts() async {
        let model = biometricPhone()
        model.send(.unlockWithDevice)
        model.send(.unlockWithDevice)
        platform.answerPrompt()
        XCTAssertTrue(isLocked(model), "an answer to a prompt already asked again is dropped")
        platform.answerPrompt()
        XCTAssertEqual(model.view.phase, .unlocked)
    }

    // MARK: Effects

    func testEffectsAreCarriedOutInTheOrderTheCoreGaveThem() async {
        let model = launch()
        platform.forgetCalls()
        let schedulesBefore = platform.schedules.count
        onboard(model, .notNow)
        let asked = model.view.effects.map(callName)
        XCTAssertGreaterThanOrEqual(asked.count, 2, "\(asked)")
        XCTAssertEqual(platform.calls, asked)
        XCTAssertEqual(platform.preferences.region, "AU")
        XCTAssertEqual(platform.schedules.count, schedulesBefore + 1)
    }

    func testAKeyStoresAnswerWaitsForTheEffectsListedAfterIt() async {
        let model = launch()
        platform.forgetCalls()
        onboard(model, .biometric)
        // The core lists the key first; its answer goes back only once the rest are done, and the
        // core's answer to it is carried out after that.
        XCTAssertEqual(Array(platform.calls.prefix(3)), ["storeKey", "savePreferences", "scheduleReminders"])
        XCTAssertEqual(Array(platform.calls.dropFirst(3)), model.view.effects.map(callName))
        XCTAssertTrue(platform.preferences.biometricKey, "the preference follows the confirmed key")
    }

    func testTheTimerTheCoreAsksForSendsLockCheckDueAndTheAppLocks() async {
        let model = onboarded()
        model.send(.show(destination: .settings))
        model.send(.setLockGrace(grace: .oneMinute))
        model.send(.show(destination: .journal))
        model.send(.wentToBackground(at: now))
        XCTAssertEqual(model.view.phase, .unlocked, "a minute's grace")
        guard let due = platform.timers.last else { return XCTFail("no timer asked for") }
        XCTAssertEqual(due.timeIntervalSince(now), 60, accuracy: 1)

        // The phone's timer fires.
        model.send(.lockCheckDue(at: due))
        XCTAssertTrue(isLocked(model))
        XCTAssertNil(model.view.screen, "nothing from the database once locked")
        XCTAssertEqual(model.view.depth, 0)
    }

    func testSharingAFileMarksTheHandOffFirstSoTheShareSheetDoesNotLockTheApp() async {
        let model = onboarded()
        model.send(.show(destination: .settings))
        model.send(.export(format: .markdown))
        XCTAssertEqual(platform.shared.count, 1, "the export goes to the share sheet")
        XCTAssertFalse(platform.shared[0].contents.isEmpty)
        // The share sheet takes the screen; with the default grace anything else would lock now.
        model.send(.wentToBackground(at: now.addingTimeInterval(1)))
        XCTAssertEqual(model.view.phase, .unlocked, "open while he is in the share sheet")
        guard let due = platform.timers.last else { return XCTFail("no timer asked for") }
        XCTAssertEqual(due.timeIntervalSince(now), 180, accuracy: 1, "three minutes at most")
        model.send(.lockCheckDue(at: due))
        XCTAssertTrue(isLocked(model))
    }

    func testTheSharedCopyIsDeletedWhenHeComesBack() async {
        let model = onboarded()
        model.send(.show(destination: .settings))
        model.send(.export(format: .markdown))
        XCTAssertFalse(platform.calls.suffix(1).contains("deleteSharedFiles"), "not while it is shared")
        let before = platform.calls.filter { $0 == "deleteSharedFiles" }.count
        model.send(.wentToBackground(at: now.addingTimeInterval(1)))
        model.send(.cameBack(at: now.addingTimeInterval(20)))
        XCTAssertEqual(platform.calls.filter { $0 == "deleteSharedFiles" }.count, before + 1)
    }

    func testAWebLinkInALessonIsHandedToThePhone() async {
        let model = onboarded()
        model.send(.followLink(link: .web(url: "https://www.lifeline.org.au")))
        XCTAssertEqual(platform.urls, ["https://www.lifeline.org.au"])
    }

    // MARK: Through the glue to the core's checks

    func testAnEditedJournalEntryGoesThroughTheCrisisCheck() async {
        let model = onboarded()
        model.send(.show(destination: .journal))
        model.send(.show(destination: .newJournalEntry))
        model.send(.saveJournalEntry(input: JournalEntryInput(body: "A long day at work.", tags: [], promptId: nil)))
        guard case let .journal(_, items, _, _)? = model.view.screen, let id = items.first?.id else {
            return XCTFail("expected the journal with the entry, got \(String(describing: model.view.screen))")
        }
        model.send(.show(destination: .journalEntry(id: id)))
        model.send(.saveJournalEntry(input: JournalEntryInput(
            body: "A long day at work. I put my hands on her neck.", tags: [], promptId: nil)))
        guard case let .crisisAnswer(answer)? = model.view.screen else {
            return XCTFail("expected the crisis answer, got \(String(describing: model.view.screen))")
        }
        XCTAssertEqual(answer.situation, .hurtSomeone)
        XCTAssertEqual(model.view.help?.situation, .hurtSomeone)
    }

    func testHelpNowIsReachableFromTheLockScreenAndEveryScreen() async {
        let model = onboarded()
        let destinations: [Destination] = [
            .checkIn, .angerMoment, .journal, .newJournalEntry, .journalSearch, .insights(range: .month),
            .plans, .plan(id: "pause-plan"), .settings, .yourPath, .phaseMap,
        ]
        // Home first (no destination), then every screen home opens.
        let all: [Destination?] = [nil] + destinations.map { $0 }
        for destination in all {
            model.send(.goHome)
            if let destination { model.send(.show(destination: destination)) }
            let help = model.view.help
            XCTAssertEqual(help?.label, "Help now", "\(String(describing: destination))")
            XCTAssertEqual(help?.emergencyNumber, "000", "\(String(describing: destination))")
            model.send(.openHelp)
            guard case let .helpNow(opened)? = model.view.screen else {
                return XCTFail("\(String(describing: destination)): help now did not open")
            }
            XCTAssertEqual(opened.situation, help?.situation, "\(String(describing: destination))")
        }

        model.send(.lockNow)
        XCTAssertTrue(isLocked(model))
        XCTAssertEqual(model.view.help?.emergencyNumber, "000", "the lock screen's own button")
        model.send(.openHelp)
        guard let before = model.view.helpBeforeUnlock else {
            return XCTFail("help now before unlock did not open")
        }
        XCTAssertFalse(before.lines.isEmpty, "the lines, from the content alone")
        XCTAssertTrue(isLocked(model), "still locked underneath")
    }

    // MARK: Layout

    func testAChartDayIsTheStartOfThatDayInThePhonesCalendar() async throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try XCTUnwrap(TimeZone(identifier: "Australia/Sydney"))
        let date = try XCTUnwrap(CalendarDay(year: 2026, month: 11, day: 22).date(in: calendar))
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        XCTAssertEqual([parts.year, parts.month, parts.day, parts.hour, parts.minute], [2026, 11, 22, 0, 0])
        XCTAssertEqual(date, Date(timeIntervalSince1970: 1_795_266_000), "midnight in Sydney, UTC+11")
    }
    // MARK: In French

    func testAPhoneSetToFrenchGoesThroughItsFirstEveningInFrench() async {
        let navigator = AppNavigator.withTestClock(
            dataDir: dir.path, preferences: platform.preferences, locale: "fr_CA", clock: clock)
        let model = AppModel(navigator: navigator, platform: platform)
        model.send(.start)
        model.send(.completeOnboarding(
            choices: OnboardingChoices(region: "CA", trackIds: ["general"], babyDate: nil, discreetMode: false),
            lock: .notNow
        ))
        guard case let .home(home)? = model.view.screen else { return XCTFail("expected home") }
        XCTAssertEqual(home.checkInPrompt, "Comment ça va, là, maintenant?")
        XCTAssertEqual(model.view.help?.label, "De l'aide maintenant")
        model.send(.show(destination: .phaseMap))
        guard case let .phaseMap(map)? = model.view.screen else { return XCTFail("expected the path") }
        XCTAssertEqual(map.title, "Ton parcours")
        XCTAssertEqual(map.phases.first?.modules.first?.title, "Où tu en es", "the French pack's modules")
        model.send(.show(destination: .settings))
        model.send(.setLockGrace(grace: .oneMinute))
        XCTAssertEqual(model.view.notice, .message(text: "C'est enregistré."))
        XCTAssertEqual(model.text.settings, "Réglages", "the app's own lines too")
        XCTAssertEqual(model.text.saveCheckIn, "Enregistrer mon bilan")
    }
}
