// A lesson step: the text blocks, then the exercise, one small renderer per kind (the breathing
// timeline and the emotion rows laid out by the core). What he has entered is sent to the core
// as a draft (`.saveAnswer`) and with Continue (`.continueLesson`); the core answers with the
// next step or the module's completion.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct LessonStepView: View {
    @EnvironmentObject private var model: AppModel
    let step: LessonStepScreen
    let breathing: BreathingTimeline?
    let emotionRows: [EmotionPickerRow]
    @State private var answer: ExerciseAnswer?

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                Text(step.progressLabel).font(.footnote).foregroundStyle(.secondary)
                Text(step.title).font(.title2.weight(.semibold)).accessibilityAddTraits(.isHeader)
                ForEach(Array(step.blocks.enumerated()), id: \.offset) { _, block in
                    ContentBlockView(block: block)
                }
                if let exercise = step.exercise {
                    ExerciseRenderer(exercise: exercise, breathing: breathing, emotionRows: emotionRows, answer: $answer)
                        .padding()
                        .background(Color(.secondarySystemBackground), in: RoundedRectangle(cornerRadius: 12))
                }
                HStack {
                    if step.canGoBack {
                        Button(model.text.back) { model.send(.goToStep(index: step.stepIndex - 1)) }
                    }
                    Spacer()
                    Button(step.continueLabel) { model.send(.continueLesson(answer: answer)) }
                        .buttonStyle(.borderedProminent)
                        .disabled(!step.canContinue && answer == nil)
                }
            }
            .padding()
        }
        .navigationTitle(step.moduleTitle)
        .navigationBarTitleDisplayMode(.inline)
        .onAppear { answer = step.answer }
        // A new step starts from its own answer; a saved draft of this one changes nothing here.
        .onChange(of: "\(step.moduleId)#\(step.stepIndex)") { _, _ in answer = step.answer }
        .task(id: answer) {
            // Keep a half-done answer where he left it: saved a moment after he stops typing,
            // and only to this step.
            guard let answer, answer != step.answer else { return }
            try? await Task.sleep(for: .seconds(1))
            if !Task.isCancelled {
                model.send(.saveAnswer(answer: answer, moduleId: step.moduleId, stepIndex: step.stepIndex))
            }
        }
    }
}

/// A paragraph, list or quote, with its styled spans and links.
struct ContentBlockView: View {
    @EnvironmentObject private var model: AppModel
    let block: ContentBlock

    var body: some View {
        switch block {
        case let .paragraph(spans):
            styled(spans)
        case let .itemList(ordered, items):
            VStack(alignment: .leading, spacing: 6) {
                ForEach(Array(items.enumerated()), id: \.offset) { index, item in
                    HStack(alignment: .firstTextBaseline) {
                        Text(ordered ? "\(index + 1)." : "•")
                        styled(item.spans)
                    }
                }
            }
        case let .quote(spans):
            styled(spans).italic().padding(.leading, 12)
                .overlay(alignment: .leading) { Rectangle().frame(width: 3).foregroundStyle(.tint) }
        }
    }

    /// The spans as one text; links become buttons below it (tappable at any text size).
    @ViewBuilder private func styled(_ spans: [TextSpan]) -> some View {
        VStack(alignment: .leading, spacing: 4) {
            spans.reduce(Text("")) { text, span in
                var piece = Text(span.text)
                if span.strong { piece = piece.bold() }
                if span.emphasis { piece = piece.italic() }
                if span.link != nil { piece = piece.underline() }
                return text + piece
            }
            ForEach(Array(spans.enumerated()).filter { $0.element.link != nil }, id: \.offset) { _, span in
                if let link = span.link {
                    // The core goes where the link says (a web address comes back as `openUrl`).
                    Button(span.text) { model.send(.followLink(link: link)) }
                        .font(.callout)
                }
            }
        }
    }
}

/// The exercise at the end of a step.
struct ExerciseRenderer: View {
    let exercise: GroundworkCore.ExerciseView
    let breathing: BreathingTimeline?
    let emotionRows: [EmotionPickerRow]
    @Binding var answer: ExerciseAnswer?

    var body: some View {
        switch exercise {
        case let .reflection(prompt, hint):
            ReflectionExercise(prompt: prompt, hint: hint, answer: $answer)
        case let .scale(prompt, min, max, minLabel, maxLabel):
            ScaleExercise(prompt: prompt, range: min...max, minLabel: minLabel, maxLabel: maxLabel, answer: $answer)
        case let .choice(prompt, options):
            ChoiceExercise(prompt: prompt, options: options, max: 1, answer: $answer)
        case let .multiChoice(prompt, options, max):
            ChoiceExercise(prompt: prompt, options: options, max: max.map { Int($0) } ?? options.count, answer: $answer)
        case let .emotions(prompt, max, _):
            EmotionPickerExercise(prompt: prompt, max: Int(max), rows: emotionRows, answer: $answer)
        case let .checklist(prompt, items):
            ChecklistExercise(prompt: prompt, items: items, answer: $answer)
        case let .breathing(prompt, _, _, _, _, _, _, _, controls):
            BreathingExercise(prompt: prompt, timeline: breathing ?? BreathingTimeline(phases: []),
                              controls: controls, answer: $answer)
        case let .bodyScan(prompt, regions, secondsPerRegion, _, controls):
            BodyScanExercise(prompt: prompt, regions: regions, secondsPerRegion: secondsPerRegion,
                             controls: controls, answer: $answer)
        case let .plan(_, title, fields):
            PlanBuilderExercise(title: title, fields: fields, answer: $answer)
        case let .commitment(prompt, suggestions):
            CommitmentExercise(prompt: prompt, suggestions: suggestions, answer: $answer)
        }
    }
}
