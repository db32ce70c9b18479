// The data every SwiftUI preview shows, made by the real core: a phone's worth of Groundwork over
// a fresh temporary folder, opened, onboarded and taken to the screen by the same actions a man's
// taps send (`AppNavigator.send`). Nothing here is written by hand, so a preview shows what the
// app would show today, in the core's words.
//
// Only Foundation and the core's bindings: no SwiftUI, so the same file can be built and run
// against the core's host library wherever Swift runs (ios/check-previews.sh does, on Linux too).
// The core's clock is the device's (the app's library has no test clock), so dates are today's.
// Debug builds only: none of this is in the app a man installs.

#if DEBUG
import Foundation
import GroundworkCore

/// Every state the previews show, one per screen of the core (some screens twice).
enum PreviewScreen: String, CaseIterable {
    case onboarding
    case home
    case homeStartHere
    case homeNewDad
    case homeBabyQuestion
    case homeNotice
    case babyLoss
    case checkIn
    case safetyQuestions
    case crisisAnswer
    case helpNow
    case angerMoment
    case journal
    case journalEditor
    case journalSearch
    case insights
    case plans
    case plan
    case settings
    case recommendation
    case phaseMap
    case moduleOverview
    case lessonStep
    case lessonExercise
    case moduleCompletion
    case homeSafetyQuestion
    case homeSafetyNotYet
    case dadMoodCheck
    case installPack
    case locked
    case lockedWithPin
    case helpBeforeUnlock
}

/// A phone for previews: the core over a temporary folder, with a key store in memory. `send`
/// carries out the key store's effects (and ignores the rest), as the app's platform would.
final class PreviewPhone {
    let navigator: AppNavigator
    /// The key store's copy of the database key.
    private(set) var key: Data?
    private(set) var view: AppView

    init() {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("groundwork-preview-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        navigator = AppNavigator(
            dataDir: folder.path,
            preferences: ShellPreferences(discreet: false, region: "AU", biometricKey: false),
            locale: "en_AU"
        )
        view = navigator.view()
    }

    /// Sends `action`, answers the key store's requests, and keeps the view.
    @discardableResult
    func send(_ action: Action) -> AppView {
        var view = navigator.send(action: action)
        while true {
            var reply: Action?
            for effect in view.effects {
                switch effect {
                case .loadKey:
                    reply = .keyLoaded(key: key)
                case let .storeKey(newKey, _):
                    key = newKey
                    reply = .keyStored(confirmed: true)
                case .deleteKey:
                    key = nil
                default:
                    break
                }
            }
            guard let next = reply else { break }
            view = navigator.send(action: next)
        }
        self.view = view
        return view
    }

    /// The screen on top, if the app is open.
    var screen: AppScreen? { view.screen }

    /// Home, if it is on top.
    var home: HomeScreen? {
        if case let .home(home)? = view.screen { home } else { nil }
    }
}

enum PreviewFixtures {
    /// A PIN for the lock screen's preview.
    static let pin = "482915"

    /// A phone at `screen`.
    static func phone(at screen: PreviewScreen) -> PreviewPhone {
        let phone = PreviewPhone()
        phone.send(.start)
        switch screen {
        case .onboarding:
            break
        case .home:
            onboard(phone)
            phone.send(.show(destination: .checkIn))
            phone.send(.submitCheckIn(input: feeling(3, 2, words: ["Steady", "rested"])))
        case .homeStartHere:
            onboard(phone, thingsAreHard: true)
        case .homeNewDad:
            onboard(phone, tracks: ["general", "new-father"], baby: BabyDate(kind: .due, date: day(weeksFromNow: 12)))
        case .homeBabyQuestion:
            onboard(phone, tracks: ["general", "new-father"], baby: BabyDate(kind: .due, date: day(daysFromNow: -5)))
        case .homeNotice:
            onboard(phone)
            phone.send(.show(destination: .checkIn))
            phone.send(.submitCheckIn(input: feeling(-5, -3)))
            phone.send(.answerSafetyQuestions(selfHarm: false, hurtSomeone: false))
        case .babyLoss:
            onboard(phone, tracks: ["general", "new-father"], baby: BabyDate(kind: .due, date: day(daysFromNow: -5)))
            phone.send(.answerBabyArrival(answer: .lost))
        case .checkIn:
            onboard(phone)
            phone.send(.show(destination: .checkIn))
        case .safetyQuestions:
            onboard(phone)
            phone.send(.show(destination: .checkIn))
            var hard = feeling(-5, 4)
            hard.stress = 9
            phone.send(.submitCheckIn(input: hard))
        case .crisisAnswer:
            onboard(phone)
            phone.send(.show(destination: .newJournalEntry))
            phone.send(.saveJournalEntry(input: JournalEntryInput(
                body: "Honestly I want to kill myself tonight.", tags: [], promptId: nil)))
        case .helpNow:
            onboard(phone)
            phone.send(.openHelp)
        case .angerMoment:
            onboard(phone)
            phone.send(.show(destination: .angerMoment))
        case .journal:
            onboard(phone)
            write(phone, "Walked the dog before work. Felt steadier after.", tags: ["mornings"])
            write(phone, "Long day. Snapped at the kids at dinner, then went back and said sorry.", tags: ["family"])
            phone.send(.show(destination: .journal))
        case .journalEditor:
            onboard(phone)
            phone.send(.show(destination: .newJournalEntry))
        case .journalSearch:
            onboard(phone)
            write(phone, "Walked the dog before work. Felt steadier after.", tags: [])
            phone.send(.show(destination: .journalSearch))
            phone.send(.searchJournal(query: "walked"))
        case .insights:
            onboard(phone)
            for (pleasantness, energy) in [(2, 1), (-2, 3), (1, -2)] {
                phone.send(.show(destination: .checkIn))
                phone.send(.submitCheckIn(input: feeling(Int32(pleasantness), Int32(energy))))
            }
            phone.send(.show(destination: .insights(range: .week)))
        case .plans:
            onboard(phone)
            phone.send(.show(destination: .plans))
        case .plan:
            onboard(phone)
            phone.send(.show(destination: .plans))
            if case let .plans(documents, _)? = phone.screen, let first = documents.first {
                phone.send(.show(destination: .plan(id: first.id)))
            }
        case .settings:
            onboard(phone)
            phone.send(.show(destination: .settings))
        case .recommendation:
            onboard(phone)
            if let made = try? createRecommendationCode(moduleIds: ["the-pause-plan"], from: "Sam", note: nil) {
                phone.send(.openCode(text: made.code))
            }
        case .phaseMap:
            onboard(phone)
            phone.send(.show(destination: .phaseMap))
        case .moduleOverview:
            onboard(phone)
            if let module = phone.home?.nextStep.moduleId {
                phone.send(.show(destination: .moduleOverview(moduleId: module)))
            }
        case .lessonStep:
            onboard(phone)
            if let module = phone.home?.nextStep.moduleId {
                phone.send(.openModule(moduleId: module))
            }
        case .lessonExercise:
            onboard(phone)
            if let module = phone.home?.nextStep.moduleId {
                phone.send(.openModule(moduleId: module))
                walkLesson(phone, stopAtExercise: true)
            }
        case .moduleCompletion:
            onboard(phone)
            if let module = phone.home?.nextStep.moduleId {
                phone.send(.openModule(moduleId: module))
                walkLesson(phone, stopAtExercise: false)
            }
        case .homeSafetyQuestion:
            onboard(phone, tracks: ["new-father"], baby: BabyDate(kind: .born, date: day(weeksFromNow: -12)))
            phone.send(.openModule(moduleId: "co-parenting-as-a-team"))
        case .homeSafetyNotYet:
            onboard(phone, tracks: ["new-father"], baby: BabyDate(kind: .born, date: day(weeksFromNow: -12)))
            phone.send(.openModule(moduleId: "co-parenting-as-a-team"))
            phone.send(.answerHomeSafetyQuestion(answer: .notSure))
        case .dadMoodCheck:
            // A week into the 13-week window, so the day the core counts (which ends at 4 a.m.)
            // is inside it whatever the hour the preview is built.
            onboard(phone, tracks: ["general", "new-father"], baby: BabyDate(kind: .born, date: day(weeksFromNow: -14)))
            phone.send(.openDadMoodCheck)
        case .installPack:
            onboard(phone)
            phone.send(.show(destination: .settings))
            if let bundle = samplePack() {
                phone.send(.previewPack(bundle: bundle))
            }
        case .locked:
            onboard(phone)
            phone.send(.lockNow)
        case .lockedWithPin:
            onboard(phone, lock: .secret(secret: .pin(pin)))
            phone.send(.lockNow)
            phone.send(.unlock(secret: .pin("000000")))
        case .helpBeforeUnlock:
            onboard(phone)
            phone.send(.lockNow)
            phone.send(.openHelp)
        }
        return phone
    }

    /// Through onboarding in Australia, with "not now" to the lock unless told otherwise.
    static func onboard(
        _ phone: PreviewPhone,
        tracks: [String] = ["general"],
        baby: BabyDate? = nil,
        thingsAreHard: Bool = false,
        lock: OnboardingLock = .notNow
    ) {
        phone.send(.completeOnboarding(
            choices: OnboardingChoices(
                region: "AU",
                trackIds: tracks,
                babyDate: baby,
                discreetMode: false,
                thingsAreHard: thingsAreHard
            ),
            lock: lock
        ))
    }

    /// A check-in at a point of the mood meter, with his own words.
    static func feeling(_ pleasantness: Int32, _ energy: Int32, words: [String] = []) -> CheckInInput {
        CheckInInput(
            pleasantness: pleasantness,
            energy: energy,
            emotions: [],
            ownWords: words,
            anger: nil,
            stress: nil,
            hoursSlept: nil,
            tags: [],
            note: nil
        )
    }

    /// A new journal entry, saved.
    static func write(_ phone: PreviewPhone, _ body: String, tags: [String]) {
        phone.send(.show(destination: .newJournalEntry))
        phone.send(.saveJournalEntry(input: JournalEntryInput(body: body, tags: tags, promptId: nil)))
    }

    /// Goes on through the lesson on top with a plain answer to each exercise, until a step with
    /// an exercise (`stopAtExercise`) or the module's completion. A sample answer the crisis check
    /// reads as heavy brings its answer: closed, the lesson goes on.
    static func walkLesson(_ phone: PreviewPhone, stopAtExercise: Bool) {
        for _ in 0..<40 {
            if case .crisisAnswer? = phone.screen { phone.send(.closeCrisisAnswer) }
            guard case let .lessonStep(step, _, _)? = phone.screen else { return }
            if stopAtExercise, step.exercise != nil { return }
            phone.send(.continueLesson(answer: step.exercise.map(answer)))
        }
    }

    /// A plain answer to an exercise.
    static func answer(_ exercise: GroundworkCore.ExerciseView) -> ExerciseAnswer {
        switch exercise {
        case .reflection: .reflection(text: "I go quiet when I'm tense.")
        case let .scale(_, min, _, _, _): .scale(value: min + 1)
        case .choice: .choice(index: 0)
        case .multiChoice: .multiChoice(indices: [0])
        case let .emotions(_, _, words): .emotions(ids: words.prefix(1).map(\.id))
        case .checklist: .checklist(checked: [0])
        case let .breathing(_, _, _, _, _, cycles, _, _, _): .breathing(cyclesDone: cycles)
        case let .bodyScan(_, regions, _, _, _): .bodyScan(regionsDone: UInt32(regions.count))
        case let .plan(_, _, fields):
            .plan(fields: Dictionary(uniqueKeysWithValues: fields.map { ($0.id, "Go for a walk round the block.") }))
        case let .commitment(_, suggestions): .commitment(text: suggestions.first ?? "One walk this week.")
        }
    }

    /// The day `weeks` or `days` from today, as the core's `Day`.
    static func day(weeksFromNow weeks: Int = 0, daysFromNow days: Int = 0) -> DateComponents {
        let date = Calendar.current.date(byAdding: .day, value: weeks * 7 + days, to: Date()) ?? Date()
        return Calendar.current.dateComponents([.year, .month, .day], from: date)
    }

    /// A content pack to preview installing: `GROUNDWORK_PREVIEW_PACK` if set, else the sample
    /// pack `bindings/make-test-pack.sh` builds in this checkout (`target/debug/test-packs`).
    static func samplePack() -> Data? {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // Previews
            .deletingLastPathComponent() // Groundwork
            .deletingLastPathComponent() // ios
            .deletingLastPathComponent()
        let path = ProcessInfo.processInfo.environment["GROUNDWORK_PREVIEW_PACK"]
            ?? repository.appendingPathComponent("target/debug/test-packs/local-service.gwpack").path
        return FileManager.default.contents(atPath: path)
    }
}
#endif
