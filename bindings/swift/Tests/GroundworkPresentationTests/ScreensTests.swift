// The other screens through the app model, the reminder plumbing, and the pure mappings.

import Foundation
import GroundworkCore
import GroundworkPresentation
import XCTest

@MainActor
final class ScreensTests: XCTestCase {
    private var dir: URL!
    private let scheduler = RecordingScheduler()

    override func setUp() async throws {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("groundwork-presentation-\(UUID().uuidString)", isDirectory: true)
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func startedModel() -> AppModel {
        let model = AppModel(dataDir: dir.path, keyStore: InMemoryKeyStore(), preferences: InMemoryPreferences(),
                             scheduler: scheduler, deviceLocale: "en_GB")
        model.start()
        model.onboardWithDefaults()
        return model
    }

    func testRemindersAreScheduledFromTheCoreAndGoDiscreetOnRequest() async throws {
        let model = startedModel()
        XCTAssertEqual(scheduler.applied.last, [], "everything is off until he turns it on")

        model.show(.settings)
        guard case let .settings(settings)? = model.top?.screen else { return XCTFail("no settings") }
        var reminders = settings.reminders
        reminders.dailyCheckIn = TimeOfDay(hour: 20, minute: 30)
        model.saveReminderSettings(reminders)
        let requests = try XCTUnwrap(scheduler.applied.last)
        XCTAssertGreaterThanOrEqual(requests.count, 13)
        XCTAssertTrue(requests.allSatisfy { $0.kind == .checkIn && $0.title == "Time for your check-in" })
        XCTAssertEqual(requests[0].deepLink, "groundwork://check-in")

        model.setDiscreet(true)
        XCTAssertTrue(try XCTUnwrap(scheduler.applied.last).allSatisfy { $0.title == "Reminder" })
        guard case let .settings(after)? = model.top?.screen else { return XCTFail("no settings") }
        XCTAssertEqual(after.texts.appDisplayName, "Notes")
        XCTAssertEqual(after.regions.isEmpty, false)

        model.lock()
        guard case let .locked(lock) = model.phase else { return XCTFail("not locked") }
        XCTAssertEqual(lock.texts.appDisplayName, "Notes", "the lock screen stays discreet")
        XCTAssertEqual(lock.screen.title, "Notes", "the lock screen's title stays discreet")
    }

    func testATappedReminderOpensItsScreenThroughTheCoresLinkReader() async throws {
        let model = startedModel()
        model.show(.journal)
        model.openLink("groundwork://check-in")
        XCTAssertEqual(model.stack.map(\.route), [.home, .checkIn])
        model.openLink("groundwork://new-dad")
        XCTAssertEqual(model.stack.map(\.route), [.home, .phaseMap])
        model.openLink("groundwork://practice")
        XCTAssertEqual(model.stack.map(\.route), [.home])

        model.openLink("groundwork://journal")
        guard case let .error(line)? = model.notice else { return XCTFail("an unknown link is explained") }
        XCTAssertTrue(line.hasPrefix("Check the link:"), line)
        XCTAssertEqual(model.stack.map(\.route), [.home], "an unknown link goes nowhere")
    }

    func testAHelpLinkOpensHelpNowEvenBeforeUnlock() async throws {
        let model = startedModel()
        model.lock()
        model.openLink("groundwork://help?situation=self-harm")
        XCTAssertNotNil(model.helpBeforeUnlock, "help now opens without unlocking")
        guard case .locked = model.phase else { return XCTFail("still locked") }
    }

    func testANotificationPlanReplacesEveryRequestAndCancelsWhatIsGone() async throws {
        let model = startedModel()
        model.show(.settings)
        model.saveReminderSettings(ReminderSettings(
            dailyCheckIn: TimeOfDay(hour: 9, minute: 0), weeklyPractice: nil, newFatherWeekly: false,
            quietHours: nil, discreet: false))
        let requests = try model.notificationRequests()
        let plan = NotificationPlan(requests: requests, pendingIds: ["check-in-1999-01-01", requests[0].id])
        XCTAssertEqual(plan.add, requests)
        XCTAssertEqual(plan.cancelIds, ["check-in-1999-01-01"])
    }

    func testAnAngerMomentIsTwoTapsFromHomeAShortcutThenSaveAndTheFormComesFromTheCore() async throws {
        let model = startedModel()
        guard case let .home(home)? = model.top?.screen else { return XCTFail("no home") }
        let shortcut = try XCTUnwrap(home.shortcuts.first { $0.destination == .angerMoment })
        XCTAssertEqual(shortcut.label, "Log an anger moment")
        model.openShortcut(shortcut.destination)
        guard case let .angerMoment(form)? = model.top?.screen else { return XCTFail("no form") }
        XCTAssertFalse(form.bodyCues.isEmpty)
        let moment = try XCTUnwrap(model.recordAngerMoment(AngerMomentInput(
            whatHappened: "Snapped at the kids", intensity: 7, bodyCues: [form.bodyCues[0]])))
        XCTAssertEqual(moment.intensity, 7)
        XCTAssertEqual(model.stack.count, 1)

        model.show(.angerMoment)
        XCTAssertNil(model.recordAngerMoment(AngerMomentInput(whatHappened: "", intensity: 3)))
        guard case let .error(line)? = model.notice else { return XCTFail("an empty moment is refused") }
        XCTAssertFalse(line.isEmpty)
        XCTAssertEqual(model.stack.count, 2, "a refused save stays on the form")
    }

    func testHelpNowLinksToHisPausePlanInOneTapOnceUnlocked() async throws {
        let model = startedModel()
        model.showHelpNow(nil)
        guard case let .helpNow(help)? = model.top?.screen else { return XCTFail("no help now") }
        let link = try XCTUnwrap(help.planLinks.first { $0.documentId == "pause-plan" })
        model.show(.document(link.documentId))
        guard case let .document(document, _)? = model.top?.screen else { return XCTFail("no document") }
        XCTAssertEqual(document.id, "pause-plan")
    }

    func testLivingDocumentsSaveAndComeBackAsStored() async throws {
        let model = startedModel()
        model.show(.documents)
        guard case let .documents(documents, _)? = model.top?.screen else { return XCTFail("no documents") }
        let safetyPlan = try XCTUnwrap(documents.first { $0.id == "safety-plan" } ?? documents.first)
        model.show(.document(safetyPlan.id))
        let field = try XCTUnwrap(safetyPlan.fields.first)
        model.saveDocument([field.id: "Call my brother"])
        guard case let .document(saved, _)? = model.top?.screen else { return XCTFail("no document") }
        XCTAssertEqual(saved.fields.first?.value, "Call my brother")
        XCTAssertTrue(saved.started)
        XCTAssertEqual(model.notice, .message(ShellText.saved))
    }

    func testInsightsBecomeChartSeriesWithDates() async throws {
        let model = startedModel()
        model.show(.checkIn)
        var draft = CheckInDraft()
        draft.pleasantness = 3
        draft.energy = 2
        model.submitCheckIn(draft)
        model.show(.insights(.week))
        guard case let .insights(week)? = model.top?.screen else { return XCTFail("no insights") }
        XCTAssertEqual(week.screen.range, .week)
        XCTAssertFalse(week.charts.isEmpty)
        let pleasantness = try XCTUnwrap(week.charts.first { $0.metric == .pleasantness })
        XCTAssertTrue(pleasantness.hasData)
        XCTAssertEqual(pleasantness.points.count, 7)
        XCTAssertEqual(pleasantness.points.last?.value, 3)

        model.showInsightsRange(.month)
        guard case let .insights(month)? = model.top?.screen else { return XCTFail("no insights") }
        XCTAssertEqual(month.screen.range, .month)
        XCTAssertEqual(month.screen.rangeOptions.map(\.label), ["Week", "Month", "3 months", "Year"])
        XCTAssertEqual(month.screen.rangeOptions.filter(\.selected).map(\.range), [.month],
                       "the range picker marks the range shown")
        XCTAssertEqual(model.stack.count, 2, "switching range replaces the screen")
    }

    func testDaysParseInTheCalendarsTimeZone() async throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try XCTUnwrap(TimeZone(identifier: "Australia/Sydney"))
        let date = try XCTUnwrap(DayParser.date("2026-11-22", calendar: calendar))
        XCTAssertEqual(calendar.component(.day, from: date), 22)
        XCTAssertEqual(calendar.component(.hour, from: date), 0)
        XCTAssertNil(DayParser.date("not a day"))
    }

    func testAClosedAppSaysSoInsteadOfCrashing() async throws {
        let model = startedModel()
        model.lock()
        XCTAssertNil(model.export(.json))
        XCTAssertEqual(model.notice, .error(String(describing: ApiError.Closed)))
    }

    func testExportIsAFileToShare() async throws {
        let model = startedModel()
        let file = try XCTUnwrap(model.export(.markdown))
        XCTAssertTrue(file.fileName.hasSuffix(".md"))
        XCTAssertEqual(file.mimeType, "text/markdown")
    }

    func testPickingWordsStopsAtTheFormsLimit() async {
        var draft = CheckInDraft()
        for id in ["a", "b", "c", "d"] { draft.toggle(id, max: 3) }
        XCTAssertEqual(draft.emotions, ["a", "b", "c"])
        draft.toggle("b", max: 3)
        XCTAssertEqual(draft.emotions, ["a", "c"])
        draft.note = ""
        XCTAssertNil(draft.input.note, "an empty note is no note")
    }
}

final class ExerciseLayoutTests: XCTestCase {
    func testABreathingPlanLeavesOutEmptyPartsAndCountsFinishedBreaths() {
        let labels = BreathingPhaseLabels(breatheIn: "In", hold: "Rest", breatheOut: "Out")
        let plan = BreathingPlan(inhale: 4, hold: 0, exhale: 6, holdAfter: 2, cycles: 2, labels: labels)
        XCTAssertEqual(plan.phases.map(\.label), ["In", "Out", "Rest", "In", "Out", "Rest"])
        XCTAssertEqual(plan.phases.map(\.seconds), [4, 6, 2, 4, 6, 2])
        XCTAssertEqual((0..<6).map { plan.cyclesDone(afterPhase: $0) }, [0, 0, 1, 1, 1, 2])
        XCTAssertTrue(BreathingPlan(inhale: 4, hold: 4, exhale: 4, holdAfter: 4, cycles: 0, labels: labels).phases.isEmpty)
    }

    func testEmotionPickerRowsRunFromMostEnergyAndUnpleasantFirst() {
        let word = { (id: String, p: Int32, e: Int32) in
            EmotionChoice(id: id, word: id, pleasantness: p, energy: e, definition: "")
        }
        let layout = EmotionPickerLayout(words: [word("calm", 3, -3), word("tense", -2, 3), word("alert", 2, 3)])
        XCTAssertEqual(layout.rows.map(\.energy), [3, -3])
        XCTAssertEqual(layout.rows[0].words.map(\.id), ["tense", "alert"])
    }
}
