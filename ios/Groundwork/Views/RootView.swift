// The top of the view tree: the lock screen, or the navigation stack of screen models, each with
// the core's help button in the navigation bar. Every
// screen is chosen by the screen model the app model holds, never by a rule of its own.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct RootView: View {
    @EnvironmentObject private var store: AppStore

    var body: some View {
        Group {
            switch store.model.phase {
            case .starting:
                ProgressView()
            // Help is in the navigation bar on every screen, the lock screen's too, from the model.
            case let .locked(lock):
                NavigationStack { LockView(lock: lock).helpToolbar(store.model.help) }
            case .unlocked:
                UnlockedView()
            case let .unavailable(reason, help):
                NavigationStack { UnavailableView(reason: reason).helpToolbar(help) }
            }
        }
        .sheet(isPresented: Binding(
            get: { store.model.helpBeforeUnlock != nil },
            set: { if !$0 { store.model.closeHelpBeforeUnlock() } }
        )) {
            if let help = store.model.helpBeforeUnlock {
                NavigationStack { HelpNowView(help: help) }
            }
        }
    }
}

struct UnlockedView: View {
    @EnvironmentObject private var store: AppStore

    private var path: Binding<[Entry]> {
        Binding(
            get: { Array(store.model.stack.dropFirst()) },
            set: { store.model.keepScreensAboveHome($0.count) }
        )
    }

    var body: some View {
        NavigationStack(path: path) {
            Group {
                if let root = store.model.stack.first {
                    ScreenView(screen: root.screen)
                }
            }
            .navigationDestination(for: Entry.self) { entry in
                // The model may have refreshed the entry's screen: read it from the stack.
                let current = store.model.stack.first { $0.id == entry.id } ?? entry
                ScreenView(screen: current.screen)
            }
        }
        .safeAreaInset(edge: .bottom) { NoticeBanner() }
    }
}

/// One screen model, rendered.
struct ScreenView: View {
    let screen: Screen

    var body: some View {
        content.helpToolbar(screen.help)
    }

    @ViewBuilder private var content: some View {
        switch screen {
        case let .home(home): HomeView(home: home)
        case let .checkIn(state): CheckInView(state: state)
        case let .safetyQuestions(questions): SafetyQuestionsView(questions: questions)
        case let .helpNow(help): HelpNowView(help: help)
        case let .angerMoment(form): AngerMomentView(form: form)
        case let .journal(state): JournalListView(state: state)
        case let .journalEditor(state): JournalEditorView(state: state)
        case let .journalSearch(state): JournalSearchView(state: state)
        case let .insights(state): InsightsView(state: state)
        case let .documents(documents, _): DocumentsView(documents: documents)
        case let .document(document, _): DocumentView(document: document)
        case let .settings(state): SettingsView(state: state)
        case let .recommendation(recommendation, _): RecommendationView(recommendation: recommendation)
        case let .onboarding(screen): OnboardingView(screen: screen)
        case let .phaseMap(map): PhaseMapView(map: map)
        case let .moduleOverview(overview): ModuleOverviewView(overview: overview)
        case let .lessonStep(step): LessonStepView(step: step)
        case let .moduleCompletion(completion): ModuleCompletionView(completion: completion)
        case let .homeSafetyQuestion(question): HomeSafetyQuestionView(question: question)
        case let .homeSafetyNotYet(notYet): HomeSafetyNotYetView(notYet: notYet)
        case let .dadMoodCheck(check): DadMoodCheckView(check: check)
        case let .crisisAnswer(answer): CrisisAnswerView(answer: answer)
        case let .installPack(preview): InstallPackView(preview: preview)
        }
    }
}

/// The key on this device does not open the database: help now, or start again.
struct UnavailableView: View {
    @EnvironmentObject private var store: AppStore
    let reason: String
    @State private var confirmErase = false

    var body: some View {
        VStack(spacing: 20) {
            Text(reason).font(.body).multilineTextAlignment(.center)
            Button("Erase and start again", role: .destructive) { confirmErase = true }
        }
        .padding()
        .confirmationDialog("Erase everything?", isPresented: $confirmErase) {
            Button("Erase everything", role: .destructive) { store.model.eraseEverything() }
        }
    }
}
