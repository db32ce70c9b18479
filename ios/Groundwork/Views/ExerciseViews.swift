// One small renderer per exercise kind. Each shows the answer the core holds (a draft he left)
// and writes what he does into `answer`; nothing here checks it: the core does on Continue.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct ReflectionExercise: View {
    let prompt: String
    let hint: String?
    @Binding var answer: ExerciseAnswer?

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(prompt).font(.headline)
            if let hint { Text(hint).font(.footnote).foregroundStyle(.secondary) }
            PrivateTextEditor(text: Binding(
                get: { if case let .reflection(text)? = answer { text } else { "" } },
                set: { answer = .reflection(text: $0) }
            ))
            .frame(minHeight: 140)
            .accessibilityLabel(prompt)
            DictationControls(field: .exerciseAnswer, text: Binding(
                get: { if case let .reflection(text)? = answer { text } else { "" } },
                set: { answer = .reflection(text: $0) }
            ))
        }
    }
}

struct ScaleExercise: View {
    let prompt: String
    let range: ClosedRange<UInt32>
    let minLabel: String
    let maxLabel: String
    @Binding var answer: ExerciseAnswer?

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(prompt).font(.headline)
            Picker(prompt, selection: Binding(
                get: { if case let .scale(value)? = answer { value } else { nil } },
                set: { answer = $0.map { .scale(value: $0) } }
            )) {
                ForEach(Array(range), id: \.self) { Text("\($0)").tag(UInt32?.some($0)) }
            }
            .pickerStyle(.segmented)
            HStack {
                Text(minLabel)
                Spacer()
                Text(maxLabel)
            }
            .font(.footnote)
            .foregroundStyle(.secondary)
        }
    }
}

/// One option (`max` 1) or several.
struct ChoiceExercise: View {
    let prompt: String
    let options: [String]
    let max: Int
    @Binding var answer: ExerciseAnswer?

    private var picked: [UInt32] {
        switch answer {
        case let .choice(index)?: [index]
        case let .multiChoice(indices)?: indices
        default: []
        }
    }

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(prompt).font(.headline)
            ForEach(Array(options.enumerated()), id: \.offset) { index, option in
                let i = UInt32(index)
                Button {
                    if max == 1 {
                        answer = .choice(index: i)
                    } else if picked.contains(i) {
                        answer = .multiChoice(indices: picked.filter { $0 != i })
                    } else if picked.count < max {
                        answer = .multiChoice(indices: picked + [i])
                    }
                } label: {
                    Label(option, systemImage: picked.contains(i) ? "checkmark.circle.fill" : "circle")
                        .frame(maxWidth: .infinity, alignment: .leading)
                }
                .buttonStyle(.plain)
                .accessibilityAddTraits(picked.contains(i) ? .isSelected : [])
            }
        }
    }
}

/// The emotion picker: the words in the core's mood meter rows, up to `max` picked.
struct EmotionPickerExercise: View {
    let prompt: String
    let max: Int
    let rows: [EmotionPickerRow]
    @Binding var answer: ExerciseAnswer?

    private var picked: [String] { if case let .emotions(ids)? = answer { ids } else { [] } }

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(prompt).font(.headline)
            ForEach(rows, id: \.energy) { row in
                FlowLayout {
                    ForEach(row.words, id: \.id) { word in
                        Chip(text: word.word, selected: picked.contains(word.id)) {
                            if picked.contains(word.id) {
                                answer = .emotions(ids: picked.filter { $0 != word.id })
                            } else if picked.count < max {
                                answer = .emotions(ids: picked + [word.id])
                            }
                        }
                        .accessibilityHint(word.definition)
                    }
                }
            }
        }
    }
}

struct ChecklistExercise: View {
    let prompt: String
    let items: [String]
    @Binding var answer: ExerciseAnswer?

    private var checked: [UInt32] { if case let .checklist(checked)? = answer { checked } else { [] } }

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(prompt).font(.headline)
            ForEach(Array(items.enumerated()), id: \.offset) { index, item in
                Toggle(item, isOn: Binding(
                    get: { checked.contains(UInt32(index)) },
                    set: { on in
                        let i = UInt32(index)
                        answer = .checklist(checked: on ? checked + [i] : checked.filter { $0 != i })
                    }
                ))
            }
        }
    }
}

/// Paced breathing: a circle that grows while breathing in and shrinks while breathing out, one
/// part of the core's timeline after another.
struct BreathingExercise: View {
    let prompt: String?
    let timeline: BreathingTimeline
    /// The core's ready, start and stop labels.
    let controls: TimedExerciseLabels
    @Binding var answer: ExerciseAnswer?
    @State private var running = false
    @State private var phaseIndex = 0
    @Environment(\.accessibilityReduceMotion) private var reduceMotion

    var body: some View {
        VStack(spacing: 16) {
            if let prompt { Text(prompt) }
            let phase = timeline.phases.indices.contains(phaseIndex) ? timeline.phases[phaseIndex] : nil
            Circle()
                .fill(.tint.opacity(0.3))
                .frame(width: 200, height: 200)
                .scaleEffect(phase?.expanded == true ? 1 : 0.5)
                .animation(reduceMotion ? nil : .easeInOut(duration: Double(phase?.seconds ?? 1)), value: phaseIndex)
                .overlay { Text(phase?.label ?? "").font(.title3) }
                .accessibilityElement()
                .accessibilityLabel(phase?.label ?? controls.ready)
            Button(running ? controls.stop : controls.start) { running ? stop() : start() }
                .buttonStyle(.bordered)
        }
        .frame(maxWidth: .infinity)
        .task(id: running) {
            guard running else { return }
            for (index, phase) in timeline.phases.enumerated() {
                phaseIndex = index
                try? await Task.sleep(for: .seconds(Double(phase.seconds)))
                if Task.isCancelled { return }
                answer = .breathing(cyclesDone: phase.breathsDoneAfter)
            }
            running = false
        }
    }

    private func start() {
        phaseIndex = 0
        running = true
    }

    private func stop() { running = false }
}

/// A body scan: one region at a time, for the core's number of seconds each.
struct BodyScanExercise: View {
    let prompt: String?
    let regions: [String]
    let secondsPerRegion: UInt32
    /// The core's ready, start and stop labels.
    let controls: TimedExerciseLabels
    @Binding var answer: ExerciseAnswer?
    @State private var running = false
    @State private var current = 0

    var body: some View {
        VStack(spacing: 16) {
            if let prompt { Text(prompt) }
            if running, regions.indices.contains(current) {
                Text(regions[current]).font(.title2).accessibilityAddTraits(.updatesFrequently)
                ProgressView(value: Double(current), total: Double(regions.count))
            }
            Button(running ? controls.stop : controls.start) { running.toggle() }
                .buttonStyle(.bordered)
        }
        .frame(maxWidth: .infinity)
        .task(id: running) {
            guard running else { return }
            for index in regions.indices {
                current = index
                try? await Task.sleep(for: .seconds(Double(secondsPerRegion)))
                if Task.isCancelled { return }
                answer = .bodyScan(regionsDone: UInt32(index + 1))
            }
            running = false
        }
    }
}

/// The plan builder: its fields become a living document he can keep editing.
struct PlanBuilderExercise: View {
    let title: String
    let fields: [PlanFieldView]
    @Binding var answer: ExerciseAnswer?

    private var values: [String: String] { if case let .plan(fields)? = answer { fields } else { [:] } }

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            Text(title).font(.headline)
            ForEach(fields, id: \.id) { field in
                VStack(alignment: .leading, spacing: 4) {
                    PrivateTextField(label: field.label, text: Binding(
                        get: { values[field.id] ?? "" },
                        set: { text in
                            var next = values
                            next[field.id] = text
                            answer = .plan(fields: next)
                        }
                    ))
                    .textFieldStyle(.roundedBorder)
                    if let hint = field.hint { Text(hint).font(.footnote).foregroundStyle(.secondary) }
                }
            }
        }
    }
}

/// This week's one thing: a suggestion or his own words.
struct CommitmentExercise: View {
    @EnvironmentObject private var model: AppModel
    let prompt: String
    let suggestions: [String]
    @Binding var answer: ExerciseAnswer?

    private var text: String { if case let .commitment(text)? = answer { text } else { "" } }

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(prompt).font(.headline)
            ForEach(suggestions, id: \.self) { suggestion in
                Chip(text: suggestion, selected: text == suggestion) { answer = .commitment(text: suggestion) }
            }
            PrivateTextField(label: model.text.ownWordsAnswer, text: Binding(
                get: { text },
                set: { answer = .commitment(text: $0) }
            ))
            .textFieldStyle(.roundedBorder)
            DictationControls(field: .exerciseAnswer, text: Binding(
                get: { text },
                set: { answer = .commitment(text: $0) }
            ))
        }
    }
}
