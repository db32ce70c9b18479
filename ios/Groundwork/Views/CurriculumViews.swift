// The curriculum's screens: onboarding (with "are things hard at home" and the lock offer), the
// phase map, a module's overview and its completion, the home safety question and its "not
// yet", the new dad's mood check. Every label, state and reason comes from the core's screen
// models; every button sends the action it names.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct OnboardingView: View {
    @EnvironmentObject private var model: AppModel
    let screen: OnboardingScreen
    @State private var region = ""
    @State private var tracks: Set<String> = []
    @State private var babyDate = Date.now
    @State private var babyKind = BabyDateKind.due
    @State private var discreet = false
    @State private var thingsAreHard = false
    @State private var lockChoice = LockChoice.notNow
    @State private var secret = ""

    var body: some View {
        Form {
            Section {
                Text(screen.welcome).font(.title2.weight(.semibold)).accessibilityAddTraits(.isHeader)
                Text(screen.intro)
                Text(screen.privacyNote).font(.footnote).foregroundStyle(.secondary)
            }
            Section {
                Picker(model.text.region, selection: $region) {
                    ForEach(screen.regions, id: \.code) { Text($0.name).tag($0.code) }
                }
            }
            Section {
                ForEach(screen.tracks, id: \.id) { track in
                    Toggle(isOn: Binding(
                        get: { tracks.contains(track.id) },
                        set: { on in if on { tracks.insert(track.id) } else { tracks.remove(track.id) } }
                    )) {
                        VStack(alignment: .leading) {
                            Text(track.title)
                            Text(track.summary).font(.footnote).foregroundStyle(.secondary)
                        }
                    }
                }
            }
            if asksBabyDate {
                Section {
                    Text(screen.babyDateQuestion)
                    Picker(screen.babyDateQuestion, selection: $babyKind) {
                        ForEach(screen.babyDateKinds, id: \.kind) { option in
                            Text(option.label).tag(option.kind)
                        }
                    }
                    .pickerStyle(.segmented)
                    DatePicker(screen.babyDateHint, selection: $babyDate, displayedComponents: .date)
                }
            }
            // "Are things hard at home right now?": a yes puts the start-here path first on home.
            Section {
                Text(screen.hardRightNow.question).font(.headline)
                Picker(screen.hardRightNow.question, selection: $thingsAreHard) {
                    Text(screen.hardRightNow.noLabel).tag(false)
                    Text(screen.hardRightNow.yesLabel).tag(true)
                }
                .pickerStyle(.segmented)
                Text(screen.hardRightNow.hint).font(.footnote).foregroundStyle(.secondary)
            }
            Section {
                Toggle(model.text.discreetMode, isOn: $discreet)
                Text(screen.discreetModeHint).font(.footnote).foregroundStyle(.secondary)
            }
            if let offer = screen.lockOffer {
                LockOfferSection(offer: offer, choice: $lockChoice, secret: $secret)
            }
            Section {
                Button(model.text.continueOnboarding) {
                    model.send(.completeOnboarding(choices: choices, lock: lock))
                    secret = ""
                }
                .buttonStyle(.borderedProminent)
            }
        }
        .onAppear {
            region = screen.selectedRegion ?? ""
            tracks = Set(screen.tracks.filter(\.selected).map(\.id))
            discreet = screen.discreetMode
            thingsAreHard = screen.hardRightNow.answeredYes
            if let date = screen.babyDate {
                babyKind = date.kind
                babyDate = date.date.atNoon ?? .now
            }
        }
    }

    private var asksBabyDate: Bool {
        screen.tracks.contains { $0.asksBabyDate && tracks.contains($0.id) }
    }

    private var choices: OnboardingChoices {
        OnboardingChoices(
            region: region,
            trackIds: screen.tracks.map(\.id).filter { tracks.contains($0) },
            babyDate: asksBabyDate ? BabyDate(kind: babyKind, date: .day(of: babyDate)) : nil,
            discreetMode: discreet,
            thingsAreHard: thingsAreHard
        )
    }

    /// His answer to the lock offer (the core ignores it once a lock was offered before).
    private var lock: OnboardingLock {
        switch lockChoice {
        case .pin: .secret(secret: .pin(secret))
        case .passphrase: .secret(secret: .passphrase(secret))
        case .biometric: .biometric
        case .notNow: .notNow
        }
    }
}

/// The app lock offer, the first time through: why, the advice, and the core's choices (a PIN
/// or passphrase just for this app, fingerprint or face, or not now, with what that means).
struct LockOfferSection: View {
    let offer: LockOffer
    @Binding var choice: LockChoice
    @Binding var secret: String

    var body: some View {
        Section {
            Text(offer.why)
            Text(offer.advice).font(.footnote).foregroundStyle(.secondary)
            ForEach(offer.choices, id: \.choice) { option in
                Button {
                    choice = option.choice
                    secret = ""
                } label: {
                    HStack {
                        VStack(alignment: .leading) {
                            Text(option.label)
                            Text(option.detail).font(.footnote).foregroundStyle(.secondary)
                        }
                        Spacer()
                        if choice == option.choice {
                            Image(systemName: "checkmark").accessibilityHidden(true)
                        }
                    }
                }
                .accessibilityAddTraits(choice == option.choice ? .isSelected : [])
            }
            switch choice {
            case .pin, .passphrase:
                SecureField(offer.choices.first { $0.choice == choice }?.label ?? "", text: $secret)
                    .keyboardType(choice == .pin ? .numberPad : .default)
                    .textContentType(.newPassword)
                    .textInputAutocapitalization(.never)
                    .autocorrectionDisabled()
            case .notNow:
                Text(offer.notNowMeans).font(.footnote).foregroundStyle(.secondary)
            case .biometric:
                EmptyView()
            }
        } header: {
            Text(offer.title).accessibilityAddTraits(.isHeader)
        }
    }
}

struct PhaseMapView: View {
    @EnvironmentObject private var model: AppModel
    let map: PhaseMapScreen

    var body: some View {
        List {
            Section { Text(map.intro) }
            ForEach(map.phases, id: \.id) { phase in
                Section {
                    Text(phase.summary).font(.subheadline)
                    if let reason = phase.lockedReason {
                        Label(reason, systemImage: "lock").font(.footnote)
                    }
                    ForEach(phase.modules, id: \.id) { module in
                        Button { model.send(.show(destination: .moduleOverview(moduleId: module.id))) } label: { ModuleRow(module: module) }
                    }
                } header: {
                    HStack {
                        Text(phase.title)
                        Spacer()
                        Text(phase.progressLabel)
                    }
                }
            }
        }
        .navigationTitle(map.title)
    }
}

struct ModuleRow: View {
    let module: ModuleCard

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(module.title).font(.headline)
            Text(module.summary).font(.subheadline).foregroundStyle(.secondary)
            HStack {
                Text(module.stateLabel)
                Text(module.minutesLabel)
                if let week = module.weekLabel { Text(week) }
                if let recommended = module.recommendedLabel { Text(recommended) }
            }
            .font(.caption)
            .foregroundStyle(.secondary)
            switch module.access {
            case .open: EmptyView()
            case let .locked(reason): Label(reason, systemImage: "lock").font(.caption)
            case let .askFirst(reason): Label(reason, systemImage: "questionmark.circle").font(.caption)
            case let .upcoming(_, label): Label(label, systemImage: "calendar").font(.caption)
            }
        }
        .accessibilityElement(children: .combine)
    }
}

struct ModuleOverviewView: View {
    @EnvironmentObject private var model: AppModel
    let overview: ModuleOverviewScreen

    var body: some View {
        List {
            Section {
                ModuleRow(module: overview.module)
                if let note = overview.counsellorNote { Text(note).italic() }
            } header: {
                Text(overview.phaseTitle)
            }
            Section {
                ForEach(overview.steps, id: \.index) { step in
                    Label(step.title, systemImage: icon(step.state))
                }
            }
            if let action = overview.actionLabel {
                Section {
                    Button(action) { model.send(.openModule(moduleId: overview.module.id)) }
                        .buttonStyle(.borderedProminent)
                }
            }
        }
        .navigationTitle(overview.module.title)
    }

    private func icon(_ state: StepState) -> String {
        switch state {
        case .notStarted: "circle"
        case .inProgress: "circle.lefthalf.filled"
        case .completed: "checkmark.circle.fill"
        }
    }
}

struct ModuleCompletionView: View {
    @EnvironmentObject private var model: AppModel
    let completion: ModuleCompletionScreen

    var body: some View {
        List {
            Section {
                Text(completion.headline).font(.title2.weight(.semibold)).accessibilityAddTraits(.isHeader)
                ForEach(completion.whatYouDid, id: \.self) { Text($0) }
            }
            if let commitment = completion.commitment {
                Section { CommitmentRow(card: commitment) }
            }
            if !completion.documents.isEmpty {
                Section {
                    ForEach(completion.documents, id: \.id) { document in
                        Button(document.title) { model.send(.openPlan(documentId: document.id)) }
                    }
                }
            }
            if !completion.newlyOpened.isEmpty {
                Section { ForEach(completion.newlyOpened, id: \.self) { Text($0) } }
            }
            if let question = completion.homeSafetyQuestion {
                Section {
                    Text(question.intro)
                    Button(question.question) { model.send(.askHomeSafetyQuestion) }
                }
            }
            if let groups = completion.peerGroups {
                PeerGroupsSection(card: groups)
            }
            Section {
                NextStepRow(next: completion.next)
                Button(model.text.home) { model.send(.goHome) }
            }
        }
        .navigationTitle(completion.moduleTitle)
    }
}

/// The question asked before exercises done together with a partner open, with its answers.
struct HomeSafetyQuestionView: View {
    @EnvironmentObject private var model: AppModel
    let question: HomeSafetyQuestion

    var body: some View {
        List {
            Section {
                Text(question.intro)
                Text(question.question).font(.headline)
            }
            Section {
                ForEach(question.choices, id: \.answer) { choice in
                    Button(choice.label) { model.send(.answerHomeSafetyQuestion(answer: choice.answer)) }
                }
            }
        }
    }
}

/// The new dad's short check of his own mood: the core's intro and lead-in, each question with
/// its four answers, "Done" once all are answered, and the core's "not now".
struct DadMoodCheckView: View {
    @EnvironmentObject private var model: AppModel
    let check: DadMoodCheckScreen
    @State private var answers: [String: Int32] = [:]

    var body: some View {
        List {
            Section {
                Text(check.intro)
                Text(check.stem).foregroundStyle(.secondary)
            }
            ForEach(check.questions, id: \.id) { question in
                Section {
                    ForEach(question.choices, id: \.value) { choice in
                        Button {
                            answers[question.id] = choice.value
                        } label: {
                            HStack {
                                Text(choice.label)
                                Spacer()
                                if answers[question.id] == choice.value {
                                    Image(systemName: "checkmark").accessibilityHidden(true)
                                }
                            }
                        }
                        .accessibilityAddTraits(answers[question.id] == choice.value ? .isSelected : [])
                    }
                } header: {
                    Text(question.text).font(.headline).textCase(nil)
                }
            }
            Section {
                Button(model.text.done) {
                    model.send(.answerDadMoodCheck(answers: check.questions.compactMap { answers[$0.id] }))
                }
                .disabled(check.questions.contains { answers[$0.id] == nil })
                Button(check.notNowLabel) { model.send(.skipDadMoodCheck) }
            }
        }
    }
}

/// Why exercises done together with a partner stay closed for now: help, and his own work.
struct HomeSafetyNotYetView: View {
    @EnvironmentObject private var model: AppModel
    let notYet: HomeSafetyNotYetScreen

    var body: some View {
        List {
            Section {
                Text(notYet.message)
                Text(notYet.askAgain).foregroundStyle(.secondary)
            }
            HelpLinesSections(help: notYet.helpNow, title: nil)
            if !notYet.ownWork.isEmpty {
                Section(notYet.ownWorkTitle) {
                    ForEach(notYet.ownWork, id: \.id) { module in
                        Button { model.send(.show(destination: .moduleOverview(moduleId: module.id))) } label: { ModuleRow(module: module) }
                    }
                }
            }
            Section { Button(model.text.home) { model.send(.goHome) } }
        }
    }
}

/// The one next step, with its button when there is one.
struct NextStepRow: View {
    @EnvironmentObject private var model: AppModel
    let next: NextStep

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Text(next.title).font(.headline)
            Text(next.detail).foregroundStyle(.secondary)
            if let action = next.actionLabel, let moduleId = next.moduleId {
                Button(action) { model.send(.openModule(moduleId: moduleId)) }
                    .buttonStyle(.borderedProminent)
            }
        }
    }
}

/// One of this week's commitments: done, not this time, or open again.
struct CommitmentRow: View {
    @EnvironmentObject private var model: AppModel
    let card: CommitmentCard

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Text(card.text)
            Text("\(card.moduleTitle) · \(card.whenLabel)").font(.caption).foregroundStyle(.secondary)
            Picker(card.whenLabel, selection: Binding(
                get: { card.state },
                set: { model.send(.setCommitmentState(id: card.id, state: $0)) }
            )) {
                ForEach(card.actions, id: \.state) { action in
                    Text(action.label).tag(action.state)
                }
            }
            .pickerStyle(.segmented)
        }
    }
}
