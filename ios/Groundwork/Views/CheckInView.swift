// The check-in: a point on the mood meter grid, words from the pack and his own, the optional
// questions and a note. The form's labels and limits come from the core; submitting hands the
// draft to the app model, which goes where the core says next.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct CheckInView: View {
    @EnvironmentObject private var store: AppStore
    let state: CheckInViewState
    @State private var draft = CheckInDraft()
    @State private var askAnger = false
    @State private var askStress = false
    @State private var askSleep = false

    var body: some View {
        Form {
            Section(state.form.title) {
                MoodMeterGridView(grid: state.grid, draft: $draft)
            }
            Section("Words") {
                ForEach(state.wordGroups) { group in
                    FlowLayout {
                        ForEach(group.words, id: \.id) { emotion in
                            Chip(text: emotion.word, selected: draft.emotions.contains(emotion.id)) {
                                draft.toggle(emotion.id, max: state.form.maxEmotions)
                            }
                            .accessibilityHint(emotion.definition)
                        }
                    }
                }
                PrivateTextField(label: "Your own words, separated by commas", text: $draft.ownWordsText, multiline: false)
            }
            Section {
                Toggle(state.form.angerLabel, isOn: $askAnger)
                if askAnger { scale(value: $draft.anger, label: state.form.angerLabel) }
                Toggle(state.form.stressLabel, isOn: $askStress)
                if askStress { scale(value: $draft.stress, label: state.form.stressLabel) }
                Toggle(state.form.sleepLabel, isOn: $askSleep)
                if askSleep {
                    Stepper(value: Binding(get: { draft.hoursSlept ?? 7 }, set: { draft.hoursSlept = $0 }),
                            in: 0...16, step: 0.5) {
                        Text("\((draft.hoursSlept ?? 7).formatted()) h")
                    }
                }
            }
            Section("Tags") {
                FlowLayout {
                    ForEach(state.form.suggestedTags, id: \.self) { tag in
                        Chip(text: tag, selected: draft.tags.contains(tag)) { draft.toggleTag(tag) }
                    }
                }
            }
            Section {
                PrivateTextField(label: state.form.notePlaceholder, text: $draft.note)
                    .lineLimit(3...8)
            }
            Section {
                Button("Save check-in") {
                    if !askAnger { draft.anger = nil }
                    if !askStress { draft.stress = nil }
                    if !askSleep { draft.hoursSlept = nil }
                    store.model.submitCheckIn(draft)
                }
                .buttonStyle(.borderedProminent)
            }
        }
        .navigationTitle("Check in")
    }

    private func scale(value: Binding<Int32?>, label: String) -> some View {
        let bound = Binding(get: { Double(value.wrappedValue ?? 0) }, set: { value.wrappedValue = Int32($0) })
        return Slider(value: bound, in: 0...10, step: 1) { Text(label) }
            .accessibilityValue("\(value.wrappedValue ?? 0) of 10")
    }
}

/// The mood meter: tap a cell to place yourself; pleasantness left to right, energy bottom to top.
struct MoodMeterGridView: View {
    let grid: MoodMeterGrid
    @Binding var draft: CheckInDraft

    var body: some View {
        VStack(spacing: 2) {
            Text("More energy").font(.caption).foregroundStyle(.secondary)
            ForEach(grid.rows) { row in
                HStack(spacing: 2) {
                    ForEach(row.cells) { cell in
                        let selected = cell.pleasantness == draft.pleasantness && cell.energy == draft.energy
                        Rectangle()
                            .fill(color(cell).opacity(selected ? 1 : 0.35))
                            .aspectRatio(1, contentMode: .fit)
                            .overlay { if selected { Image(systemName: "circle.fill").font(.caption2) } }
                            .onTapGesture {
                                draft.pleasantness = cell.pleasantness
                                draft.energy = cell.energy
                            }
                            .accessibilityElement()
                            .accessibilityLabel("Pleasantness \(cell.pleasantness), energy \(cell.energy)")
                            .accessibilityValue(cell.words.map(\.word).joined(separator: ", "))
                            .accessibilityAddTraits(selected ? [.isButton, .isSelected] : .isButton)
                    }
                }
            }
            HStack {
                Text("Unpleasant")
                Spacer()
                Text("Pleasant")
            }
            .font(.caption)
            .foregroundStyle(.secondary)
        }
        .accessibilityElement(children: .contain)
        .accessibilityLabel("Mood meter")
        .accessibilityAdjustableAction { direction in
            switch direction {
            case .increment: draft.pleasantness = min(5, draft.pleasantness + 1)
            case .decrement: draft.pleasantness = max(-5, draft.pleasantness - 1)
            @unknown default: break
            }
        }
    }

    /// The meter's four colours by the side of each axis the cell is on (the centre lines grey).
    private func color(_ cell: MoodMeterGrid.Cell) -> Color {
        switch (cell.pleasantness.signum(), cell.energy.signum()) {
        case (-1, 1): .red
        case (1, 1): .yellow
        case (-1, -1): .blue
        case (1, -1): .green
        default: .gray
        }
    }
}
