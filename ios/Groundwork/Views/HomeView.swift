// Home, card by card in the core's model: the quiet cards first (help, "how are you now", the
// start-here path, the week's review, the baby, the new dad's mood check, the lock reminder,
// find your people), then the next step, this week's commitments, the check-in card and the
// everyday places. Every button sends the action the card names.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct HomeView: View {
    @EnvironmentObject private var model: AppModel
    let home: HomeScreen

    var body: some View {
        List {
            if let card = home.safetyCard {
                Section {
                    VStack(alignment: .leading, spacing: 8) {
                        Text(card.title).font(.headline).accessibilityAddTraits(.isHeader)
                        Text(card.message)
                        Button(card.actionLabel) { model.send(.showHelpNow(situation: card.situation)) }
                            .buttonStyle(.borderedProminent)
                    }
                }
            }
            if let card = home.followUpCard {
                Section { FollowUpCardView(card: card) }
            }
            if let path = home.startHere {
                StartHereSection(path: path)
            }
            if let review = home.weekReview {
                Section { WeekReviewCardView(card: review) }
            }
            if let baby = home.babyCard {
                Section { BabyCardView(card: baby) }
            }
            if let card = home.dadMoodCard {
                Section {
                    VStack(alignment: .leading, spacing: 8) {
                        Text(card.title).font(.headline).accessibilityAddTraits(.isHeader)
                        Text(card.message)
                        HStack {
                            Button(card.startLabel) { model.send(.openDadMoodCheck) }
                                .buttonStyle(.borderedProminent)
                            Button(card.notNowLabel) { model.send(.skipDadMoodCheck) }
                                .buttonStyle(.bordered)
                        }
                    }
                }
            }
            if let reminder = home.lockReminder {
                Section {
                    VStack(alignment: .leading, spacing: 8) {
                        Text(reminder.text)
                        Button(reminder.actionLabel) { model.send(.show(destination: .settings)) }
                            .buttonStyle(.bordered)
                    }
                }
            }
            if let card = home.peerGroupsCard {
                Section {
                    VStack(alignment: .leading, spacing: 8) {
                        Text(card.title).font(.headline).accessibilityAddTraits(.isHeader)
                        Text(card.message)
                    }
                }
                PeerGroupsSection(card: card.groups)
            }
            Section {
                NextStepRow(next: home.nextStep)
            }
            if let recommended = home.recommendations {
                Section {
                    if let note = recommended.note { Text(note).italic() }
                    ForEach(recommended.modules, id: \.id) { module in
                        Button {
                            model.send(.show(destination: .moduleOverview(moduleId: module.id)))
                        } label: {
                            ModuleRow(module: module)
                        }
                    }
                } header: {
                    Text(recommended.headline)
                }
            }
            if !home.commitments.isEmpty {
                Section {
                    ForEach(home.commitments, id: \.id) { CommitmentRow(card: $0) }
                }
            }
            Section {
                Button { model.send(.show(destination: .checkIn)) } label: {
                    VStack(alignment: .leading, spacing: 6) {
                        Text(home.checkInPrompt).font(.headline)
                        if let last = home.lastCheckIn {
                            Text("\(last.whenLabel): \(last.words.isEmpty ? last.quadrantLabel : last.words.joined(separator: ", "))")
                                .foregroundStyle(.secondary)
                        }
                    }
                }
            }
            Section {
                // The everyday places, in the core's order and words.
                ForEach(home.shortcuts, id: \.destination) { shortcut in
                    Button { model.send(.openShortcut(destination: shortcut.destination)) } label: {
                        VStack(alignment: .leading) {
                            Text(shortcut.label).font(.headline)
                            Text(shortcut.hint).foregroundStyle(.secondary)
                        }
                    }
                    .accessibilityLabel("\(shortcut.label). \(shortcut.hint)")
                }
            }
            Section {
                ForEach(home.phases, id: \.id) { phase in
                    LabeledContent(phase.title, value: "\(phase.completed) / \(phase.total)")
                }
            }
        }
        .navigationTitle(home.greeting)
        .toolbar {
            ToolbarItem(placement: .topBarTrailing) {
                Button { model.send(.show(destination: .settings)) } label: {
                    Image(systemName: "gearshape")
                }
                .accessibilityLabel(model.text.settings)
            }
            ToolbarItem(placement: .topBarLeading) {
                // Quick hide: the core locks at once and the lock screen follows.
                Button { model.send(.lockNow) } label: {
                    Image(systemName: "eye.slash")
                }
                .accessibilityLabel(model.text.hide)
            }
        }
    }
}

/// "Start here if things are heated": the pause plan and his safety plan, each one sitting, first
/// on home until both are done, with help now at the lines for men worried they might hurt
/// someone.
struct StartHereSection: View {
    @EnvironmentObject private var model: AppModel
    let path: StartHerePath

    var body: some View {
        Section {
            Text(path.summary)
            ForEach(path.items, id: \.id) { item in
                VStack(alignment: .leading, spacing: 6) {
                    Text(item.title).font(.headline)
                    Text(item.detail).foregroundStyle(.secondary)
                    HStack {
                        Label(item.stateLabel, systemImage: item.done ? "checkmark.circle.fill" : "circle")
                        if let minutes = item.minutesLabel { Text(minutes) }
                    }
                    .font(.caption)
                    .foregroundStyle(.secondary)
                    Button(item.actionLabel) {
                        switch item.kind {
                        case .module: model.send(.openModule(moduleId: item.id))
                        case .plan: model.send(.openPlan(documentId: item.id))
                        }
                    }
                    .buttonStyle(.borderedProminent)
                }
            }
            Button(path.help.label) { model.send(.showHelpNow(situation: path.help.situation)) }
                .accessibilityLabel(path.help.accessibilityLabel)
        } header: {
            HStack {
                Text(path.title).accessibilityAddTraits(.isHeader)
                Spacer()
                Text(path.progressLabel)
            }
        }
    }
}

/// Once a commitment's week is over: how did it go? Done, partly or not this time.
struct WeekReviewCardView: View {
    @EnvironmentObject private var model: AppModel
    let card: WeekReviewCard

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(card.title).font(.headline).accessibilityAddTraits(.isHeader)
            Text(card.question)
            Text(card.hint).font(.footnote).foregroundStyle(.secondary)
            HStack {
                ForEach(card.choices, id: \.outcome) { choice in
                    Button(choice.label) {
                        model.send(.answerWeekReview(id: card.commitmentId, outcome: choice.outcome))
                    }
                    .buttonStyle(.bordered)
                }
            }
        }
    }
}

/// The new dad's baby card: weeks to the due date or the baby's age, and "Has your baby
/// arrived?" once the due date has passed (yes with the birthday, not yet, or they lost the baby).
struct BabyCardView: View {
    @EnvironmentObject private var model: AppModel
    let card: BabyCard
    @State private var askBirthday = false
    @State private var bornOn = Date.now

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(card.stage)
            if let question = card.question {
                Text(question.title).font(.headline).accessibilityAddTraits(.isHeader)
                Text(question.message)
                if askBirthday {
                    DatePicker(question.bornOnQuestion, selection: $bornOn, in: ...Date.now,
                               displayedComponents: .date)
                    Button(question.arrivedLabel) {
                        model.send(.answerBabyArrival(answer: .arrived(bornOn: .day(of: bornOn))))
                    }
                    .buttonStyle(.borderedProminent)
                } else {
                    Button(question.arrivedLabel) { askBirthday = true }
                        .buttonStyle(.borderedProminent)
                }
                Button(question.notYetLabel) { model.send(.answerBabyArrival(answer: .notYet)) }
                    .buttonStyle(.bordered)
                Button(question.lostLabel) { model.send(.answerBabyArrival(answer: .lost)) }
                    .buttonStyle(.bordered)
            }
        }
    }
}

/// After he said they lost the baby: the core's kind words, what has stopped, the loss lines,
/// and the way home.
struct BabyLossView: View {
    @EnvironmentObject private var model: AppModel
    let loss: BabyLossScreen

    var body: some View {
        List {
            Section {
                Text(loss.title).font(.title2.weight(.semibold)).accessibilityAddTraits(.isHeader)
                Text(loss.message)
                Text(loss.paused).foregroundStyle(.secondary)
            }
            HelpLinesSections(help: loss.helpNow, title: loss.linesTitle)
            Section {
                Button(loss.doneLabel) { model.send(.goHome) }
                    .buttonStyle(.borderedProminent)
            }
        }
    }
}

/// The core's `Day` is `DateComponents` (year, month, day): a picked date in the phone's calendar,
/// and back at noon for a date picker.
extension DateComponents {
    static func day(of date: Date) -> DateComponents {
        Calendar.current.dateComponents([.year, .month, .day], from: date)
    }

    var atNoon: Date? {
        var noon = self
        noon.hour = 12
        return Calendar.current.date(from: noon)
    }
}
