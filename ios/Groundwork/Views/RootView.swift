// The top of the view tree. It draws the core's `AppView` and nothing else: the phase (starting,
// locked, open, unavailable), the screen on top, the notice over it and help now opened over the
// lock screen. The core keeps the navigation stack; the shell only mirrors its depth, so that the
// system back button and the back swipe work, and sends `.back` when one of them is used.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct RootView: View {
    @EnvironmentObject private var model: AppModel

    var body: some View {
        Group {
            switch model.view.phase {
            case .starting:
                ProgressView()
            case let .locked(lock):
                // Help now is in the navigation bar here too, as on every screen; the player
                // too, while a lesson, help now or a guided exercise goes on through the lock.
                NavigationStack {
                    LockView(lock: lock)
                        .helpToolbar(model.view.help)
                        .safeAreaInset(edge: .bottom) {
                            if model.view.helpBeforeUnlock == nil, let offer = model.view.readAloud {
                                ReadAloudBar(offer: offer)
                            }
                        }
                }
            case .unlocked:
                UnlockedView()
            case let .unavailable(reason):
                NavigationStack { UnavailableView(reason: reason).helpToolbar(model.view.help) }
            }
        }
        .sheet(isPresented: Binding(
            get: { model.view.helpBeforeUnlock != nil },
            set: { shown in if !shown { model.send(.closeHelpBeforeUnlock) } }
        )) {
            if let help = model.view.helpBeforeUnlock {
                NavigationStack {
                    HelpNowView(help: help)
                        .safeAreaInset(edge: .bottom) {
                            if let offer = model.view.readAloud { ReadAloudBar(offer: offer) }
                        }
                        .toolbar {
                            ToolbarItem(placement: .cancellationAction) {
                                Button(model.text.close) { model.send(.closeHelpBeforeUnlock) }
                            }
                        }
                }
                .environmentObject(model)
            }
        }
    }
}

/// The open app: one navigation stack as deep as the core's, the screen on top drawn from the
/// view, each lower level from the screen it last showed (seen only while a back swipe uncovers
/// it).
struct UnlockedView: View {
    @EnvironmentObject private var model: AppModel
    /// The screen last drawn at each depth (2 and up; home is the root).
    @State private var shown: [UInt32: AppScreen] = [:]

    /// Levels 2...depth: pushing or popping one is the stack growing or shrinking in the core.
    private var path: Binding<[UInt32]> {
        Binding(
            get: { model.view.depth > 1 ? Array(2...model.view.depth) : [] },
            set: { levels in
                // The back button or a back swipe removed levels: the core goes back as far.
                let removed = Int(model.view.depth) - 1 - levels.count
                if removed > 0 {
                    for _ in 0..<removed { model.send(.back) }
                }
            }
        )
    }

    var body: some View {
        NavigationStack(path: path) {
            level(1)
                .navigationDestination(for: UInt32.self) { depth in level(depth) }
        }
        .safeAreaInset(edge: .bottom) {
            VStack(spacing: 8) {
                if let offer = model.view.readAloud { ReadAloudBar(offer: offer) }
                NoticeBanner()
            }
        }
        .onChange(of: model.view.screen, initial: true) { _, screen in
            if let screen { shown[model.view.depth] = screen }
        }
    }

    @ViewBuilder private func level(_ depth: UInt32) -> some View {
        if depth == model.view.depth, let screen = model.view.screen {
            ScreenView(screen: screen)
                .id(model.view.screenId)
                .navigationBarBackButtonHidden(!model.view.canGoBack)
        } else if let screen = shown[depth] {
            ScreenView(screen: screen)
        }
    }
}

/// One screen of the core, rendered, with the help button of what is on screen (`view.help`) in
/// the same place on every screen.
struct ScreenView: View {
    @EnvironmentObject private var model: AppModel
    let screen: AppScreen

    var body: some View {
        content.helpToolbar(model.view.help)
    }

    @ViewBuilder private var content: some View {
        switch screen {
        case let .home(home): HomeView(home: home)
        case let .checkIn(form, grid, wordGroups): CheckInView(form: form, grid: grid, wordGroups: wordGroups)
        case let .safetyQuestions(questions): SafetyQuestionsView(questions: questions)
        case let .helpNow(help): HelpNowView(help: help)
        case let .angerMoment(form): AngerMomentView(form: form)
        case let .journal(filter, items, hasMore, _):
            JournalListView(filter: filter, items: items, hasMore: hasMore)
        case let .journalEditor(entry, prompts): JournalEditorView(entry: entry, prompts: prompts)
        case let .journalSearch(query, hits, _): JournalSearchView(query: query, hits: hits)
        case let .insights(insights, charts): InsightsView(insights: insights, charts: charts)
        case let .plans(documents, _): PlansView(documents: documents)
        case let .plan(document, _): PlanView(document: document)
        case let .settings(settings): SettingsView(settings: settings)
        case let .recommendation(recommendation, _): RecommendationView(recommendation: recommendation)
        case let .onboarding(onboarding): OnboardingView(screen: onboarding)
        case let .phaseMap(map): PhaseMapView(map: map)
        case let .moduleOverview(overview): ModuleOverviewView(overview: overview)
        case let .lessonStep(step, breathing, emotionRows):
            LessonStepView(step: step, breathing: breathing, emotionRows: emotionRows)
        case let .moduleCompletion(completion): ModuleCompletionView(completion: completion)
        case let .homeSafetyQuestion(question): HomeSafetyQuestionView(question: question)
        case let .homeSafetyNotYet(notYet): HomeSafetyNotYetView(notYet: notYet)
        case let .dadMoodCheck(check): DadMoodCheckView(check: check)
        case let .babyLoss(loss): BabyLossView(loss: loss)
        case let .crisisAnswer(answer): CrisisAnswerView(answer: answer)
        case let .installPack(preview): InstallPackView(preview: preview)
        }
    }
}

/// The key on this device does not open the database: the core's sentence, help now in the
/// navigation bar, and the way to start again.
struct UnavailableView: View {
    @EnvironmentObject private var model: AppModel
    let reason: String
    @State private var confirmErase = false

    var body: some View {
        VStack(spacing: 20) {
            Text(reason).font(.body).multilineTextAlignment(.center)
            Button(model.text.eraseAndStartAgain, role: .destructive) { confirmErase = true }
        }
        .padding()
        .confirmationDialog(model.text.eraseEverythingQuestionShort, isPresented: $confirmErase) {
            Button(model.text.eraseEverything, role: .destructive) { model.send(.eraseEverything) }
        }
    }
}
