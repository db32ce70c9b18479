// The check-in: a point on the core's mood meter grid, the pack's words grouped by quadrant and
// his own, the optional questions and a note. The form's labels and limits come from the core;
// saving sends `.submitCheckIn` and the core goes where it says next (home, the safety
// questions, or its answer to words of crisis).

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct CheckInView: View {
    @EnvironmentObject private var model: AppModel
    let form: CheckInForm
    let grid: MeterGrid
    let wordGroups: [QuadrantWords]

    @State private var pleasantness: Int32 = 0
    @State private var energy: Int32 = 0
    @State private var emotions: [String] = []
    @State private var ownWords = ""
    @State private var askAnger = false
    @State private var anger = 5.0
    @State private var askStress = false
    @State private var stress = 5.0
    @State private var askSleep = false
    @State private var hoursSlept = 7.0
    @State private var tags: [String] = []
    @State private var note = ""

    var body: some View {
        Form {
            Section(form.title) {
                MoodMeterGridView(grid: grid, pleasantness: $pleasantness, energy: $energy)
            }
            Section(model.text.words) {
                ForEach(wordGroups, id: \.quadrant) { group in
                    FlowLayout {
                        ForEach(group.words, id: \.id) { emotion in
                            Chip(text: emotion.word, selected: emotions.contains(emotion.id)) {
                                toggle(emotion.id)
                            }
                            .accessibilityHint(emotion.definition)
                        }
                    }
                }
                PrivateTextField(label: model.text.ownWordsField, text: $ownWords, multiline: false)
            }
            Section {
                Toggle(form.angerLabel, isOn: $askAnger)
                if askAnger { scale(value: $anger, label: form.angerLabel) }
                Toggle(form.stressLabel, isOn: $askStress)
                if askStress { scale(value: $stress, label: form.stressLabel) }
                Toggle(form.sleepLabel, isOn: $askSleep)
                if askSleep {
                    Stepper(value: $hoursSlept, in: 0...16, step: 0.5) {
                        Text("\(hoursSlept.formatted()) h")
                    }
                }
            }
            Section(model.text.tags) {
                FlowLayout {
                    ForEach(form.suggestedTags, id: \.self) { tag in
                        Chip(text: tag, selected: tags.contains(tag)) {
                            if let index = tags.firstIndex(of: tag) { tags.remove(at: index) } else { tags.append(tag) }
                        }
                    }
                }
            }
            Section {
                PrivateTextField(label: form.notePlaceholder, text: $note)
                    .lineLimit(3...8)
                DictationControls(field: .checkInNote, text: $note)
            }
            Section {
                Button(model.text.saveCheckIn) { model.send(.submitCheckIn(input: input)) }
                    .buttonStyle(.borderedProminent)
            }
        }
        .navigationTitle(form.title)
    }

    /// What he entered, as the core takes it (the core sorts his own words and checks limits).
    private var input: CheckInInput {
        CheckInInput(
            pleasantness: pleasantness,
            energy: energy,
            emotions: emotions,
            ownWords: CommaList.items(ownWords),
            anger: askAnger ? Int32(anger) : nil,
            stress: askStress ? Int32(stress) : nil,
            hoursSlept: askSleep ? hoursSlept : nil,
            tags: tags,
            note: note.isEmpty ? nil : note
        )
    }

    /// Picks or drops a word, up to the form's limit.
    private func toggle(_ id: String) {
        if let index = emotions.firstIndex(of: id) {
            emotions.remove(at: index)
        } else if emotions.count < Int(form.maxEmotions) {
            emotions.append(id)
        }
    }

    private func scale(value: Binding<Double>, label: String) -> some View {
        Slider(value: value, in: 0...10, step: 1) { Text(label) }
            .accessibilityValue(model.text.outOfTen[Int(value.wrappedValue)])
    }
}

/// The mood meter as the core lays it out: rows from most energy down, cells from unpleasant to
/// pleasant, each with the pack's words there. Tap a cell to place yourself.
struct MoodMeterGridView: View {
    @EnvironmentObject private var model: AppModel
    let grid: MeterGrid
    @Binding var pleasantness: Int32
    @Binding var energy: Int32

    var body: some View {
        VStack(spacing: 2) {
            Text(model.text.moreEnergy).font(.caption).foregroundStyle(.secondary)
            ForEach(Array(grid.rows.enumerated()), id: \.element.energy) { r, row in
                HStack(spacing: 2) {
                    ForEach(Array(row.cells.enumerated()), id: \.element.pleasantness) { c, cell in
                        let selected = cell.pleasantness == pleasantness && cell.energy == energy
                        Rectangle()
                            .fill(color(cell).opacity(selected ? 1 : 0.35))
                            .aspectRatio(1, contentMode: .fit)
                            .overlay { if selected { Image(systemName: "circle.fill").font(.caption2) } }
                            .onTapGesture {
                                pleasantness = cell.pleasantness
                                energy = cell.energy
                            }
                            .accessibilityElement()
                            .accessibilityLabel(model.text.moodMeterCells[r][c])
                            .accessibilityValue(cell.words.map(\.word).joined(separator: ", "))
                            .accessibilityAddTraits(selected ? [.isButton, .isSelected] : .isButton)
                    }
                }
            }
            HStack {
                Text(model.text.unpleasant)
                Spacer()
                Text(model.text.pleasant)
            }
            .font(.caption)
            .foregroundStyle(.secondary)
        }
        .accessibilityElement(children: .contain)
        .accessibilityLabel(model.text.moodMeter)
        .accessibilityAdjustableAction { direction in
            switch direction {
            case .increment: pleasantness = min(5, pleasantness + 1)
            case .decrement: pleasantness = max(-5, pleasantness - 1)
            @unknown default: break
            }
        }
    }

    /// The meter's colours (Theme.swift's `MoodPalette`), by the quadrant the core says the cell
    /// is in (the middle lines grey).
    private func color(_ cell: MeterCell) -> Color {
        MoodPalette.of(cell.quadrant)?.fill ?? .gray
    }
}

/// Text he typed as a list: split at commas, trimmed, empty pieces left out.
enum CommaList {
    static func items(_ text: String) -> [String] {
        text.split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
