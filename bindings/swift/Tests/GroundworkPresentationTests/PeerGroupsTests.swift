// Find your people in the app model, on a test clock: help now's "I need to talk to someone"
// carries the region's groups, home shows the core's card three weeks after he starts a module,
// and "not now" takes it away for good.

import Foundation
import GroundworkCore
import GroundworkPresentation
import XCTest

@MainActor
final class PeerGroupsTests: XCTestCase {
    private var dir: URL!
    private var clock: TestClock!

    override func setUp() async throws {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("groundwork-peer-groups-\(UUID().uuidString)", isDirectory: true)
        // 09:00 on 10 June 2026 in London (UTC+1).
        clock = try TestClock(at: Date(timeIntervalSince1970: 1_781_078_400), utcOffsetMinutes: 60)
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func onboardedInBritain() -> AppModel {
        let clock = self.clock!
        let model = AppModel(
            dataDir: dir.path, keyStore: InMemoryKeyStore(), preferences: InMemoryPreferences(),
            scheduler: RecordingScheduler(), deviceLocale: "en_GB",
            openCore: { try Groundwork.openWithTestClock(dataDir: $0, key: $1, clock: clock) })
        model.start()
        model.completeOnboarding(OnboardingChoices(
            region: "GB", trackIds: ["general"], babyDate: nil, discreetMode: false))
        return model
    }

    private func home(_ model: AppModel) -> HomeScreen? {
        guard case let .home(home)? = model.stack.first?.screen else { return nil }
        return home
    }

    func testTalkingToSomeoneShowsTheRegionsGroupsAndOtherSituationsDoNot() async throws {
        let model = onboardedInBritain()
        model.showHelpNow(.talk)
        guard case let .helpNow(talk)? = model.top?.screen else { return XCTFail("help now on top") }
        let groups = try XCTUnwrap(talk.peerGroups, "the groups come with talking to someone")
        XCTAssertEqual(groups.regionName, "United Kingdom")
        XCTAssertTrue(groups.groups.contains { $0.id == "gb-mens-sheds" })
        XCTAssertTrue(groups.groups.allSatisfy { !$0.actions.isEmpty }, "each says how to find the nearest")

        model.showHelpNow(.hurtSomeone)
        guard case let .helpNow(hurt)? = model.top?.screen else { return XCTFail("help now on top") }
        XCTAssertNil(hurt.peerGroups)
    }

    func testHomeOffersTheGroupsThreeWeeksInAndNotNowTakesTheCardAway() async throws {
        let model = onboardedInBritain()
        model.openModule("where-you-are-now")
        model.goHome()
        clock.advanceDays(days: 20)
        model.reloadTop()
        XCTAssertNil(home(model)?.peerGroupsCard, "not before three weeks")

        clock.advanceDays(days: 1)
        model.reloadTop()
        let card = try XCTUnwrap(home(model)?.peerGroupsCard, "three weeks in")
        XCTAssertEqual(card.groups.regionName, "United Kingdom")
        XCTAssertFalse(card.dismissLabel.isEmpty)

        model.dismissPeerGroupsCard()
        XCTAssertNil(home(model)?.peerGroupsCard, "put away")
        clock.advanceDays(days: 30)
        model.reloadTop()
        XCTAssertNil(home(model)?.peerGroupsCard, "for good")
    }
}
