// The curriculum through the Swift bindings: onboarding, a module walked to its end, typed errors
// and tracks, against the real library.

import Foundation
import GroundworkCore
import XCTest

final class CurriculumTests: XCTestCase {
    /// A full answer for any exercise, as a person tapping through would give.
    private func answer(for view: ExerciseView) -> ExerciseAnswer {
        switch view {
        case .reflection: return .reflection(text: "Quiet week, some good moments.")
        case let .scale(_, min, _, _, _): return .scale(value: min)
        case .choice: return .choice(index: 0)
        case .multiChoice: return .multiChoice(indices: [0])
        case let .emotions(_, _, words): return .emotions(ids: [words[0].id])
        case .checklist: return .checklist(checked: [0])
        case let .breathing(_, _, _, _, _, cycles, _, _, _): return .breathing(cyclesDone: cycles)
        case let .bodyScan(_, regions, _, _, _): return .bodyScan(regionsDone: UInt32(regions.count))
        case let .plan(_, _, fields):
            return .plan(fields: Dictionary(uniqueKeysWithValues: fields.map { ($0.id, "my \($0.label)") }))
        case let .commitment(_, suggestions): return .commitment(text: suggestions[0])
        }
    }

    func testOnboardingPicksTheRegionFromTheLocaleAndHomeOffersTheFirstModule() throws {
        let dir = try makeTemporaryDirectory()
        try withGroundwork(dir, key: generateDatabaseKey()) { groundwork in
            XCTAssertTrue(try groundwork.homeScreen().needsOnboarding)
            let screen = try groundwork.onboardingScreen(deviceLocale: "en_GB")
            XCTAssertEqual(screen.selectedRegion, "GB")
            let home = try groundwork.completeOnboarding(
                choices: OnboardingChoices(region: "GB", trackIds: ["general"], babyDate: nil, discreetMode: true)
            )
            XCTAssertFalse(home.needsOnboarding)
            XCTAssertEqual(home.nextStep.kind, .start)
            XCTAssertEqual(home.nextStep.moduleId, "where-you-are-now")
            XCTAssertTrue(try groundwork.discreetTexts().notificationTitle.count > 0)
        }
    }

    func testAModuleIsWalkedStepByStepToItsCompletionScreen() throws {
        let dir = try makeTemporaryDirectory()
        try withGroundwork(dir, key: generateDatabaseKey()) { groundwork in
            var step = try openStep(groundwork, "where-you-are-now")
            XCTAssertEqual(step.stepIndex, 0)
            var done: ModuleCompletionScreen?
            while done == nil {
                let given = step.exercise.map { answer(for: $0) }
                switch try groundwork.continueLesson(moduleId: step.moduleId, stepIndex: step.stepIndex, answer: given) {
                case let .step(screen): step = screen
                case let .completed(screen): done = screen
                }
            }
            XCTAssertNotNil(done?.commitment)
            XCTAssertEqual(try groundwork.homeScreen().commitments.count, 1)
        }
    }

    func testWrongAnswersUnknownAndLockedModulesAreTypedErrorsThatChangeNothing() throws {
        let dir = try makeTemporaryDirectory()
        try withGroundwork(dir, key: generateDatabaseKey()) { groundwork in
            XCTAssertThrowsError(try groundwork.openModule(moduleId: "no-such-module")) { error in
                guard case ApiError.NotFound = error else { return XCTFail("\(error)") }
            }
            assertInvalidInput(field: "module_id") { _ = try groundwork.openModule(moduleId: "gentle-start-up") }
            let step = try openStep(groundwork, "where-you-are-now")
            assertInvalidInput(field: "answer") {
                _ = try groundwork.saveAnswer(moduleId: step.moduleId, stepIndex: step.stepIndex, answer: .scale(value: 3))
            }
            XCTAssertEqual(try groundwork.openModule(moduleId: "where-you-are-now"), .step(screen: step))
        }
    }
}
