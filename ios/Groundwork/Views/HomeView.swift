// Home: the greeting, the check-in card, the journal, the quiet safety card when there is one,
// and the way to every other screen.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct HomeView: View {
    @EnvironmentObject private var store: AppStore
    let home: HomeScreen

    var body: some View {
        List {
            if let card = home.safetyCard {
                Section {
                    VStack(alignment: .leading, spacing: 8) {
                        Text(card.title).font(.headline)
                        Text(card.message)
                        Button(card.actionLabel) { store.model.acceptHelp(card.situation) }
                            .buttonStyle(.borderedProminent)
                    }
                    .accessibilityElement(children: .combine)
                }
            }
            if let card = home.followUpCard {
                Section { FollowUpCardView(card: card) }
            }
            if let card = home.dadMoodCard {
                Section {
                    VStack(alignment: .leading, spacing: 8) {
                        Text(card.title).font(.headline).accessibilityAddTraits(.isHeader)
                        Text(card.message)
                        HStack {
                            Button(card.startLabel) { store.model.openDadMoodCheck() }
                                .buttonStyle(.borderedProminent)
                            Button(card.notNowLabel) { store.model.skipDadMoodCheck() }
                                .buttonStyle(.bordered)
                        }
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
                Section {
                    Button(card.dismissLabel) { store.model.dismissPeerGroupsCard() }
                        .buttonStyle(.bordered)
                }
            }
            Section {
                NextStepRow(next: home.nextStep)
                Button { store.model.show(.phaseMap) } label: {
                    Label("Your path", systemImage: "map")
                }
            }
            if let recommended = home.recommendations {
                Section {
                    if let note = recommended.note { Text(note).italic() }
                    ForEach(recommended.modules, id: \.id) { module in
                        Button { store.model.show(.moduleOverview(module.id)) } label: { ModuleRow(module: module) }
                    }
                } header: {
                    Text(recommended.headline)
                }
            }
            if !home.commitments.isEmpty {
                Section("This week") {
                    ForEach(home.commitments, id: \.id) { CommitmentRow(card: $0) }
                }
            }
            Section {
                Button { store.model.show(.checkIn) } label: {
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
                    Button { store.model.openShortcut(shortcut.destination) } label: {
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
                Button { store.model.show(.settings) } label: {
                    Image(systemName: "gearshape")
                }
                .accessibilityLabel("Settings")
            }
            ToolbarItem(placement: .topBarLeading) {
                Button { store.model.lock() } label: {
                    Image(systemName: "eye.slash")
                }
                .accessibilityLabel(store.coverTexts.quickHideLabel)
                .accessibilityHint(store.coverTexts.quickHideDescription)
            }
        }
    }
}
