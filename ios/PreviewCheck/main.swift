// Builds every preview's data with the real core and checks that each lands where its preview
// says, and that together they show every screen the core has. Run by ios/check-previews.sh,
// compiled together with Groundwork/Previews/PreviewFixtures.swift and the core's Swift bindings.

import Foundation
import GroundworkCore

/// The screen an `AppView` shows, by name ("locked" and "help before unlock" for the lock
/// screen; every `AppScreen` by its case).
func kind(of view: AppView) -> String {
    switch view.phase {
    case .starting: return "starting"
    case .unavailable: return "unavailable"
    case .locked: return view.helpBeforeUnlock == nil ? "locked" : "help before unlock"
    case .unlocked: break
    }
    guard let screen = view.screen else { return "no screen" }
    return kind(of: screen)
}

/// Every `AppScreen` case by name: a new case does not compile here until it has a name (add
/// it to `allScreens` too, and the check fails until a preview shows it).
func kind(of screen: AppScreen) -> String {
    switch screen {
    case .home: "home"
    case .checkIn: "check-in"
    case .safetyQuestions: "safety questions"
    case .helpNow: "help now"
    case .angerMoment: "anger moment"
    case .journal: "journal"
    case .journalEditor: "journal editor"
    case .journalSearch: "journal search"
    case .insights: "insights"
    case .plans: "plans"
    case .plan: "plan"
    case .settings: "settings"
    case .recommendation: "recommendation"
    case .onboarding: "onboarding"
    case .phaseMap: "phase map"
    case .moduleOverview: "module overview"
    case .lessonStep: "lesson step"
    case .moduleCompletion: "module completion"
    case .homeSafetyQuestion: "home safety question"
    case .homeSafetyNotYet: "home safety not yet"
    case .dadMoodCheck: "dad mood check"
    case .babyLoss: "baby loss"
    case .crisisAnswer: "crisis answer"
    case .installPack: "install pack"
    }
}

let allScreens = [
    "home", "check-in", "safety questions", "help now", "anger moment", "journal", "journal editor",
    "journal search", "insights", "plans", "plan", "settings", "recommendation", "onboarding",
    "phase map", "module overview", "lesson step", "module completion", "home safety question",
    "home safety not yet", "dad mood check", "baby loss", "crisis answer", "install pack",
]

/// Where each preview must land, and what it must show there.
func expected(_ screen: PreviewScreen) -> (kind: String, shows: (AppView) -> Bool) {
    func home(_ check: @escaping (HomeScreen) -> Bool) -> (AppView) -> Bool {
        { view in if case let .home(home)? = view.screen { check(home) } else { false } }
    }
    let any: (AppView) -> Bool = { _ in true }
    switch screen {
    case .onboarding:
        return ("onboarding", { view in
            if case let .onboarding(onboarding)? = view.screen { onboarding.lockOffer != nil } else { false }
        })
    case .home: return ("home", home { $0.lastCheckIn != nil && $0.lockReminder != nil })
    case .homeStartHere: return ("home", home { $0.startHere != nil })
    case .homeNewDad: return ("home", home { $0.babyCard != nil && $0.babyCard?.question == nil })
    case .homeBabyQuestion: return ("home", home { $0.babyCard?.question != nil })
    case .homeNotice: return ("home", { $0.notice != nil })
    case .babyLoss: return ("baby loss", any)
    case .checkIn: return ("check-in", any)
    case .safetyQuestions: return ("safety questions", any)
    case .crisisAnswer: return ("crisis answer", any)
    case .helpNow: return ("help now", any)
    case .angerMoment: return ("anger moment", any)
    case .journal: return ("journal", { view in
        if case let .journal(_, items, _, _)? = view.screen { items.count == 2 } else { false }
    })
    case .journalEditor: return ("journal editor", any)
    case .journalSearch: return ("journal search", { view in
        if case let .journalSearch(_, hits, _)? = view.screen { !hits.isEmpty } else { false }
    })
    case .insights: return ("insights", { view in
        if case let .insights(_, charts)? = view.screen { charts.contains(where: \.hasData) } else { false }
    })
    case .plans: return ("plans", any)
    case .plan: return ("plan", any)
    case .settings: return ("settings", any)
    case .recommendation: return ("recommendation", any)
    case .phaseMap: return ("phase map", any)
    case .moduleOverview: return ("module overview", any)
    case .lessonStep: return ("lesson step", any)
    case .lessonExercise: return ("lesson step", { view in
        if case let .lessonStep(step, _, _)? = view.screen { step.exercise != nil } else { false }
    })
    case .moduleCompletion: return ("module completion", any)
    case .homeSafetyQuestion: return ("home safety question", any)
    case .homeSafetyNotYet: return ("home safety not yet", any)
    case .dadMoodCheck: return ("dad mood check", any)
    case .installPack: return ("install pack", any)
    case .locked: return ("locked", any)
    case .lockedWithPin: return ("locked", { view in
        if case let .locked(lock) = view.phase { lock.kind == .pin && lock.message != nil } else { false }
    })
    case .helpBeforeUnlock: return ("help before unlock", any)
    }
}

var failures: [String] = []
var seen = Set<String>()
for screen in PreviewScreen.allCases {
    let phone = PreviewFixtures.phone(at: screen)
    let landed = kind(of: phone.view)
    let want = expected(screen)
    seen.insert(landed)
    if landed != want.kind {
        failures.append("\(screen.rawValue): expected \(want.kind), got \(landed)")
    } else if !want.shows(phone.view) {
        failures.append("\(screen.rawValue): \(landed) without what the preview is for")
    } else if phone.view.help == nil {
        failures.append("\(screen.rawValue): no help button")
    } else {
        print("preview \(screen.rawValue): \(landed)")
    }
}
for name in allScreens where !seen.contains(name) {
    failures.append("no preview shows \(name)")
}
if failures.isEmpty {
    print("previews: \(PreviewScreen.allCases.count) previews, every one of the core's \(allScreens.count) screens shown")
} else {
    for failure in failures { print("FAIL \(failure)") }
    exit(1)
}
