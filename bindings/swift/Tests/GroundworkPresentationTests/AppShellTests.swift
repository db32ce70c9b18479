// The glue over the core's navigation: the effects the core asks for are carried out (the key
// store, preferences, notifications, the share sheet, the lock timer), what is drawn is what the
// core said, and help is reachable on every screen. The journeys themselves are the core's
// (tests/tests/journeys.rs).

import Foundation
import GroundworkCore
import GroundworkPresentation
import XCTest

@MainActor
final class AppShellTests: XCTestCase {
    private var dir: URL!
    private let keys = InMemoryKeyStore()
    private let preferences = InMemoryPreferences()
    private let scheduler = RecordingScheduler()
    private let platform = RecordingPlatform()

    override func setUp() async throws {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("groundwork-shell-\(UUID().uuidString)", isDirectory: true)
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func shell() -> AppShell {
        AppShell(dataDir: dir.path, keyStore: keys, preferences: preferences, scheduler: scheduler, platform: platform, deviceLocale: "en_AU")
    }

    private func onboard(_ shell: AppShell, _ lock: OnboardingLock) {
        shell.send(.completeOnboarding(
            choices: OnboardingChoices(region: "AU", trackIds: ["general"], babyDate: nil, discreetMode: false),
            lock: lock
        ))
    }

    func testFirstStartKeepsTheNewKeyAndDrawsTheCoresOnboardingWithTheLockOffer() async {
        let shell = shell()
        shell.send(.start)
        XCTAssertEqual(shell.view.phase, .unlocked)
        XCTAssertEqual(keys.key?.count, 32, "the key the core made was stored and confirmed")
        guard case let .onboarding(onboarding)? = shell.view.screen else {
            return XCTFail("expected onboarding, got \(String(describing: shell.view.screen))")
        }
        XCTAssertNotNil(onboarding.lockOffer)

        onboard(shell, .notNow)
        guard case let .home(home)? = shell.view.screen else { return XCTFail("expected home") }
        XCTAssertNotNil(home.lockReminder, "not now: the core's quiet card")
        XCTAssertEqual(preferences.region, "AU")
        XCTAssertEqual(scheduler.applied.last, [], "the core's schedule")
    }

    func testAPinChosenInOnboardingTakesTheKeyOutOfTheKeyStoreAndTheNextStartIsLocked() async {
        let first = shell()
        first.send(.start)
        onboard(first, .secret(secret: .pin("482916")))
        XCTAssertNil(keys.key)

        let again = shell()
        again.send(.start)
        guard case let .locked(lock) = again.view.phase else { return XCTFail("expected the lock screen") }
        XCTAssertEqual(lock.kind, .pin)
        again.send(.unlock(secret: .pin("482916")))
        guard case .home? = again.view.screen else { return XCTFail("expected home") }
    }

    func testSharingAnExportHandsTheFileOverAndTheCoresTimerLocksWhenHeNeverComesBack() async {
        let shell = shell()
        shell.send(.start)
        onboard(shell, .notNow)
        shell.send(.show(destination: .settings))
        shell.send(.export(format: .markdown))
        XCTAssertEqual(platform.shared.count, 1)
        let away = Date()
        shell.send(.wentToBackground(at: away))
        XCTAssertEqual(shell.view.phase, .unlocked, "open while he is in the share sheet")
        guard let due = platform.timers.last else { return XCTFail("no timer") }
        XCTAssertTrue(due > away && due <= away.addingTimeInterval(180), "at most three minutes")
        // The timer fires at its time or a little after (a Date carries it as a floating number).
        shell.send(.lockCheckDue(at: due.addingTimeInterval(1)))
        guard case .locked = shell.view.phase else { return XCTFail("expected locked") }
        XCTAssertNil(shell.view.screen, "nothing from the database once locked")
    }

    func testHelpIsReachableOnEveryScreenTheShellOpensAndBeforeUnlock() async {
        let shell = shell()
        shell.send(.start)
        onboard(shell, .notNow)
        let destinations: [Destination] = [
            .checkIn, .angerMoment, .journal, .newJournalEntry, .journalSearch, .insights(range: .month),
            .plans, .plan(id: "pause-plan"), .settings, .yourPath, .phaseMap,
        ]
        for destination in destinations {
            shell.send(.goHome)
            shell.send(.show(destination: destination))
            let help = shell.view.help
            XCTAssertEqual(help?.label, "Help now", "\(destination)")
            XCTAssertEqual(help?.emergencyNumber, "000", "\(destination)")
            shell.send(.openHelp)
            guard case let .helpNow(opened)? = shell.view.screen else {
                return XCTFail("\(destination): help now did not open")
            }
            XCTAssertEqual(opened.situation, help?.situation, "\(destination)")
        }
        shell.send(.lockNow)
        shell.send(.openHelp)
        XCTAssertNotNil(shell.view.helpBeforeUnlock, "help now before unlock, from the content alone")
    }
}
