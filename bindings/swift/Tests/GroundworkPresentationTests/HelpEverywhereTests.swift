// Help now one tap away on every screen: the app model walks every route it can show, and each
// has the core's help button (its label, its emergency number) in the same place; the button
// opens help now where the core says, with no rule about the person here.

import Foundation
import GroundworkCore
import GroundworkPresentation
import XCTest

@MainActor
final class HelpEverywhereTests: XCTestCase {
    private var dir: URL!
    private var keys: InMemoryKeyStore!
    private var preferences: InMemoryPreferences!
    /// Every route the app model can show, checked off as the walk reaches it.
    private var seen: Set<String> = []

    override func setUp() async throws {
        dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("groundwork-help-\(UUID().uuidString)", isDirectory: true)
        keys = InMemoryKeyStore()
        preferences = InMemoryPreferences()
        seen = []
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func makeModel() -> AppModel {
        AppModel(dataDir: dir.path, keyStore: keys, preferences: preferences, scheduler: RecordingScheduler(),
                 deviceLocale: "en_AU")
    }

    /// A route's kind, exhaustively: a new route fails to compile here until the walk covers it.
    private static func kind(_ route: Route) -> String {
        switch route {
        case .home: "home"
        case .checkIn: "checkIn"
        case .safetyQuestions: "safetyQuestions"
        case .helpNow: "helpNow"
        case .angerMoment: "angerMoment"
        case .journal: "journal"
        case .journalEditor: "journalEditor"
        case .journalSearch: "journalSearch"
        case .insights: "insights"
        case .documents: "documents"
        case .document: "document"
        case .settings: "settings"
        case .recommendation: "recommendation"
        case .onboarding: "onboarding"
        case .phaseMap: "phaseMap"
        case .moduleOverview: "moduleOverview"
        case .lessonStep: "lessonStep"
        case .moduleCompletion: "moduleCompletion"
        case .homeSafetyQuestion: "homeSafetyQuestion"
        case .homeSafetyNotYet: "homeSafetyNotYet"
        case .dadMoodCheck: "dadMoodCheck"
        case .crisisAnswer: "crisisAnswer"
        case .installPack: "installPack"
        }
    }

    private static let everyRoute: Set<String> = [
        "home", "checkIn", "safetyQuestions", "helpNow", "angerMoment", "journal", "journalEditor",
        "journalSearch", "insights", "documents", "document", "settings", "recommendation", "onboarding",
        "phaseMap", "moduleOverview", "lessonStep", "moduleCompletion", "homeSafetyQuestion", "homeSafetyNotYet",
        "dadMoodCheck", "crisisAnswer", "installPack",
    ]

    /// The top route's help: the core's words and the emergency number of his region (AU).
    @discardableResult
    private func assertHelpOnTop(_ model: AppModel, file: StaticString = #filePath, line: UInt = #line) -> HelpButton? {
        guard let top = model.top else {
            XCTFail("no screen showing", file: file, line: line)
            return nil
        }
        guard let help = model.help else {
            XCTFail("\(top.route) has no help", file: file, line: line)
            return nil
        }
        XCTAssertEqual(help, top.screen.help, "the app model's help is the top screen's", file: file, line: line)
        XCTAssertEqual(help.label, "Help now", "\(top.route): the core's label", file: file, line: line)
        XCTAssertFalse(help.accessibilityLabel.isEmpty, "\(top.route): read out", file: file, line: line)
        XCTAssertEqual(help.emergencyNumber, "000", "\(top.route): his region's emergency number", file: file, line: line)
        seen.insert(Self.kind(top.route))
        return help
    }

    private func showAndCheck(_ model: AppModel, _ route: Route, file: StaticString = #filePath, line: UInt = #line) {
        model.show(route)
        XCTAssertEqual(model.top?.route, route, "the core refused: \(String(describing: model.notice))", file: file, line: line)
        assertHelpOnTop(model, file: file, line: line)
    }

    func testEveryRouteTheAppModelCanShowHasTheCoresHelpButtonInTheSamePlace() async throws {
        let model = makeModel()
        model.start()
        assertHelpOnTop(model) // onboarding: the region guessed from the device (en_AU) gives the number
        model.completeOnboarding(OnboardingChoices(
            region: "AU", trackIds: ["general", "new-father"], babyDate: nil, discreetMode: false))
        assertHelpOnTop(model)
        showAndCheck(model, .onboarding)
        model.goHome()

        showAndCheck(model, .checkIn)
        var draft = CheckInDraft()
        draft.pleasantness = -5
        draft.energy = 4
        draft.anger = 9
        model.submitCheckIn(draft)
        guard case .safetyQuestions? = model.top?.screen else { return XCTFail("the safety questions come next") }
        assertHelpOnTop(model)
        model.goHome()

        showAndCheck(model, .helpNow(nil))
        showAndCheck(model, .angerMoment)
        model.recordAngerMoment(AngerMomentInput(
            whatHappened: "Argued", intensity: 9, whatIDid: "Shoved her into the wall"))
        guard case .crisisAnswer? = model.top?.screen else { return XCTFail("the crisis answer comes next") }
        XCTAssertEqual(assertHelpOnTop(model)?.situation, .hurtSomeone)
        model.goHome()
        showAndCheck(model, .journal)
        showAndCheck(model, .journalEditor(nil))
        showAndCheck(model, .journalSearch)
        model.searchJournal("walk")
        assertHelpOnTop(model)
        showAndCheck(model, .insights(.month))
        showAndCheck(model, .documents)
        showAndCheck(model, .document("pause-plan"))
        model.saveDocument([:])
        assertHelpOnTop(model)
        showAndCheck(model, .settings)
        model.previewPack(try Data(contentsOf: try localServicePack()))
        guard case .installPack? = model.top?.screen else { return XCTFail("no preview: \(String(describing: model.notice))") }
        assertHelpOnTop(model)
        model.goHome()

        let recommendation = try createRecommendationCode(moduleIds: ["the-pause-plan"], from: "Sam", note: nil)
        model.openCode(recommendation.code)
        assertHelpOnTop(model)
        model.goHome()

        showAndCheck(model, .phaseMap)
        guard case let .home(home)? = model.stack.first?.screen, let moduleId = home.nextStep.moduleId else {
            return XCTFail("a module to start")
        }
        showAndCheck(model, .moduleOverview(moduleId))
        model.openModule(moduleId)
        for _ in 0..<40 {
            guard case let .lessonStep(step)? = model.top?.screen else { break }
            assertHelpOnTop(model)
            model.continueLesson(step.exercise.map { sampleAnswer(for: $0) })
        }
        guard case .moduleCompletion? = model.top?.screen else { return XCTFail("the module completes") }
        assertHelpOnTop(model)
        model.goHome()

        // The team module of the new-dad track, twelve weeks after the birth: the home safety
        // question, then why it stays closed.
        let born = Calendar(identifier: .gregorian).date(byAdding: .day, value: -84, to: Date())!
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        model.completeOnboarding(OnboardingChoices(
            region: "AU", trackIds: ["new-father"],
            babyDate: BabyDate(kind: .born, date: formatter.string(from: born)), discreetMode: false))
        model.openModule("co-parenting-as-a-team")
        guard case .homeSafetyQuestion? = model.top?.screen else { return XCTFail("the question comes first") }
        assertHelpOnTop(model)
        model.answerHomeSafetyQuestion(.notSure)
        guard case .homeSafetyNotYet? = model.top?.screen else { return XCTFail("not sure keeps it closed") }
        XCTAssertEqual(assertHelpOnTop(model)?.situation, .hurtSomeone)
        model.goHome()

        // Thirteen weeks and a couple of days after the birth: the new dad's mood check.
        let thirteenWeeks = Calendar(identifier: .gregorian).date(byAdding: .day, value: -93, to: Date())!
        model.completeOnboarding(OnboardingChoices(
            region: "AU", trackIds: ["new-father"],
            babyDate: BabyDate(kind: .born, date: formatter.string(from: thirteenWeeks)), discreetMode: false))
        guard case let .home(newDadHome)? = model.top?.screen else { return XCTFail("home") }
        XCTAssertNotNil(newDadHome.dadMoodCard, "home offers the check")
        showAndCheck(model, .dadMoodCheck)
        XCTAssertEqual(model.help?.situation, .newDad)

        XCTAssertEqual(seen, Self.everyRoute, "every route was walked")

        // Locked: the lock screen's help, with the remembered region's number.
        model.lock()
        XCTAssertEqual(model.help?.label, "Help now")
        XCTAssertEqual(model.help?.emergencyNumber, "000")
        model.openHelp()
        XCTAssertNotNil(model.helpBeforeUnlock, "help now opens before unlock")
        XCTAssertEqual(model.help?.emergencyNumber, "000")
    }

    func testOpenHelpFromTheAngerMomentFormOpensHelpNowAtHurtSomeone() async {
        let model = makeModel()
        model.start()
        model.onboardWithDefaults()
        model.show(.angerMoment)
        XCTAssertEqual(model.help?.situation, .hurtSomeone, "the core's situation for this screen")
        model.openHelp()
        XCTAssertEqual(model.top?.route, .helpNow(.hurtSomeone))
        guard case let .helpNow(help)? = model.top?.screen else { return XCTFail("help now on top") }
        XCTAssertEqual(help.situation, .hurtSomeone)
        XCTAssertNotNil(help.firstSteps, "what he can do this minute comes first")

        model.openHelp()
        XCTAssertEqual(model.stack.count, 3, "help now's own button leaves it where it is")

        model.goHome()
        model.openHelp()
        XCTAssertEqual(model.top?.route, .helpNow(nil), "home opens the general list")
    }
}
