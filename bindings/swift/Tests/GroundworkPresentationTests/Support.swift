// Helpers shared by the presentation tests: a person's plain choices where the tests need to get
// past a screen that is not what they are about.

import Foundation
import GroundworkCore
import GroundworkPresentation
import XCTest

@MainActor
extension AppModel {
    /// Finishes onboarding with what the screen pre-selects (the first region and track when
    /// none is), as a person tapping straight through would.
    func onboardWithDefaults(file: StaticString = #filePath, line: UInt = #line) {
        guard case let .onboarding(screen)? = top?.screen else {
            return XCTFail("expected onboarding on top, got \(String(describing: top?.route))", file: file, line: line)
        }
        let selected = screen.tracks.filter(\.selected).map(\.id)
        completeOnboarding(OnboardingChoices(
            region: screen.selectedRegion ?? screen.regions[0].code,
            trackIds: selected.isEmpty ? [screen.tracks[0].id] : selected,
            babyDate: nil,
            discreetMode: false
        ))
    }
}

/// An answer a person could give to `exercise`: the first option, the lowest number, every
/// breath, a line of text.
func sampleAnswer(for exercise: ExerciseView) -> ExerciseAnswer {
    switch exercise {
    case .reflection: .reflection(text: "I noticed my jaw tighten before I spoke.")
    case let .scale(_, min, _, _, _): .scale(value: min)
    case .choice: .choice(index: 0)
    case .multiChoice: .multiChoice(indices: [0])
    case let .emotions(_, _, words): .emotions(ids: [words[0].id])
    case .checklist: .checklist(checked: [0])
    case let .breathing(_, _, _, _, _, cycles, _, _, _): .breathing(cyclesDone: cycles)
    case let .bodyScan(_, regions, _, _, _): .bodyScan(regionsDone: UInt32(regions.count))
    case let .plan(_, _, fields): .plan(fields: [fields[0].id: "Say I need twenty minutes, then walk."])
    case let .commitment(_, suggestions): .commitment(text: suggestions.first ?? "Take a walk before dinner.")
    }
}

/// The pack bindings/make-test-pack.sh builds that tries to change Lifeline's number (refused).
func changedHelpLinePack() throws -> URL {
    let path = try XCTUnwrap(
        ProcessInfo.processInfo.environment["GROUNDWORK_TEST_PACK"],
        "run bindings/swift/run-tests.sh: it builds the test packs")
    return URL(fileURLWithPath: path)
}

/// The pack built beside it that adds one local service in Australia, "Sam's men's group".
func localServicePack() throws -> URL {
    try changedHelpLinePack().deletingLastPathComponent().appendingPathComponent("local-service.gwpack")
}
