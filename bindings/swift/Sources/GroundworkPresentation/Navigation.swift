// Where the person is: a stack of entries, each a route (what to load) and the screen model the
// core returned for it. Views render `Entry.screen` and nothing else.

import Foundation
import GroundworkCore

/// What to show. Routes that carry a model show it as given (the core returned it from an
/// action); the others are loaded from the core whenever they come to the top.
public enum Route: Equatable, Sendable {
    case home
    case checkIn
    case safetyQuestions(SafetyQuestions)
    case helpNow(Situation?)
    case angerMoment
    case journal
    case journalEditor(UUID?)
    case journalSearch
    case insights(InsightRange)
    case documents
    case document(String)
    case settings
    /// A counsellor's recommendation, with the code or link it was read from (to accept it).
    case recommendation(ReceivedRecommendation, code: String)
    // The curriculum.
    case onboarding
    case phaseMap
    case moduleOverview(String)
    /// A lesson step, as the core returned it from opening, going on or going back.
    case lessonStep(LessonStepScreen)
    case moduleCompletion(ModuleCompletionScreen)
    /// The question asked before exercises done together with a partner open.
    case homeSafetyQuestion(HomeSafetyQuestion)
    /// Why those exercises stay closed for now, with help and what he can do on his own.
    case homeSafetyNotYet(HomeSafetyNotYetScreen)
    /// The new dad's short check of his own mood, while home offers it (`HomeScreen.dadMoodCard`).
    case dadMoodCheck
    /// What the core answered after he saved words of crisis: the numbers, his plan, in its order.
    case crisisAnswer(CrisisAnswer)
    /// What a pack file he picked would add and may not change, before it is installed.
    case installPack(Data)
}

/// A screen model ready to render, with the little view state that belongs to it.
public enum Screen: Equatable, Sendable {
    case home(HomeScreen)
    case checkIn(CheckInViewState)
    case safetyQuestions(SafetyQuestions)
    case helpNow(HelpNowScreen)
    case angerMoment(AngerMomentForm)
    case journal(JournalListState)
    case journalEditor(JournalEditorState)
    case journalSearch(JournalSearchState)
    case insights(InsightsViewState)
    /// The list of plans; `help` is the core's button for a screen with no model of its own.
    case documents([LivingDocument], help: HelpButton)
    case document(LivingDocument, help: HelpButton)
    case settings(SettingsState)
    case recommendation(ReceivedRecommendation, help: HelpButton)
    case onboarding(OnboardingScreen)
    case phaseMap(PhaseMapScreen)
    case moduleOverview(ModuleOverviewScreen)
    case lessonStep(LessonStepScreen)
    case moduleCompletion(ModuleCompletionScreen)
    case homeSafetyQuestion(HomeSafetyQuestion)
    case homeSafetyNotYet(HomeSafetyNotYetScreen)
    case dadMoodCheck(DadMoodCheckScreen)
    case crisisAnswer(CrisisAnswer)
    case installPack(PackPreview)
}

extension Screen {
    /// The help now button the core put on this screen. Every screen has one, drawn in the same
    /// place (the toolbar); its words, the situation it opens help at and the emergency number
    /// are the core's.
    public var help: HelpButton {
        switch self {
        case let .home(home): home.help
        case let .checkIn(state): state.form.help
        case let .safetyQuestions(questions): questions.help
        case let .helpNow(screen): screen.help
        case let .angerMoment(form): form.help
        case let .journal(state): state.help
        case let .journalEditor(state): state.prompts.help
        case let .journalSearch(state): state.help
        case let .insights(state): state.screen.help
        case let .documents(_, help): help
        case let .document(_, help): help
        case let .settings(state): state.help
        case let .recommendation(_, help): help
        case let .onboarding(screen): screen.help
        case let .phaseMap(map): map.help
        case let .moduleOverview(overview): overview.help
        case let .lessonStep(step): step.help
        case let .moduleCompletion(completion): completion.help
        case let .homeSafetyQuestion(question): question.help
        case let .homeSafetyNotYet(notYet): notYet.help
        case let .dadMoodCheck(check): check.help
        case let .crisisAnswer(answer): answer.help
        case let .installPack(preview): preview.help
        }
    }
}

/// One place in the stack. Equal and hashed by `id` alone, so SwiftUI's navigation path keeps
/// its identity while the screen model inside is refreshed.
public struct Entry: Identifiable, Hashable, Sendable {
    public let id: Int
    public let route: Route
    public internal(set) var screen: Screen

    public static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// Where the app is as a whole.
public enum AppPhase: Equatable, Sendable {
    /// Before `start()`.
    case starting
    /// The database is closed; the lock screen shows (help now stays reachable).
    case locked(LockScreenState)
    /// The database is open; `AppModel.stack` holds what to show.
    case unlocked
    /// The database cannot be opened with the key this device holds; the sentence says why.
    /// The only ways on are help now (`help`, the core's button) and erasing.
    case unavailable(String, help: HelpButton)
}

/// What the lock screen shows.
public struct LockScreenState: Equatable, Sendable {
    /// PIN (number pad) or passphrase (keyboard); nil when the key is on this device and a tap
    /// (with Face ID / Touch ID when he turned it on) unlocks.
    public var kind: LockKind?
    /// No attempt before this time.
    public var retryAfter: Date?
    /// With erase-after-N, attempts left before everything is erased.
    public var attemptsLeftBeforeErase: UInt32?
    /// A line after an attempt.
    public var message: String?
    /// The app name and quick-hide texts, neutral in discreet mode.
    public var texts: DiscreetTexts
    /// The core's title, prompt and button labels for this lock (help now among them).
    public var screen: LockScreen
}

/// A line over the current screen.
public enum Notice: Equatable, Sendable {
    /// A plain line ("Saved.", "Thanks for answering…").
    case message(String)
    /// The core's sentence for what went wrong (never anything he wrote).
    case error(String)
}
