// What he sees straight after saving words the crisis check found: the core's heading and
// message for the situation, then its parts in the order given (the numbers first when it is
// urgent, his own plan or a few steps), and the way back to what he was doing. Every word and
// the order are the core's; this draws them.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct CrisisAnswerView: View {
    @EnvironmentObject private var model: AppModel
    let answer: CrisisAnswer

    var body: some View {
        List {
            Section {
                VStack(alignment: .leading, spacing: 8) {
                    Text(answer.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                    Text(answer.message)
                }
            }
            ForEach(Array(answer.parts.enumerated()), id: \.offset) { _, part in
                AnswerPartView(part: part)
            }
            Section {
                Button(answer.moreHelpLabel) { model.send(.showHelpNow(situation: answer.situation)) }
                    .buttonStyle(.borderedProminent)
                Button(answer.doneLabel) { model.send(.closeCrisisAnswer) }
            }
        }
    }
}

private struct AnswerPartView: View {
    @EnvironmentObject private var model: AppModel
    let part: AnswerPart

    var body: some View {
        switch part {
        case let .calls(title, lines):
            Section(title) {
                ForEach(lines, id: \.id) { LineCard(line: $0) }
            }
        case let .plan(title, items, link):
            Section(title) {
                ForEach(Array(items.enumerated()), id: \.offset) { _, item in
                    VStack(alignment: .leading) {
                        Text(item.label).font(.subheadline.weight(.semibold))
                        Text(item.text)
                    }
                    .accessibilityElement(children: .combine)
                }
                Button(link.label) { model.send(.openPlan(documentId: link.documentId)) }
            }
        case let .steps(title, steps, link):
            Section(title) {
                ForEach(Array(steps.enumerated()), id: \.offset) { index, step in
                    Text("\(index + 1). \(step)")
                }
                if let link {
                    Button(link.label) { model.send(.openPlan(documentId: link.documentId)) }
                }
            }
        }
    }
}

/// Home's quiet question after something heavy: the core's answers, and the way to turn it off.
struct FollowUpCardView: View {
    @EnvironmentObject private var model: AppModel
    let card: FollowUpCard

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(card.title).font(.headline).accessibilityAddTraits(.isHeader)
            Text(card.question)
            ForEach(Array(card.choices.enumerated()), id: \.offset) { _, choice in
                Button(choice.label) { model.send(.answerFollowUp(answer: choice.answer)) }
                    .buttonStyle(.bordered)
            }
            Button(card.turnOffLabel) { model.send(.setCrisisFollowUp(on: false)) }
                .font(.footnote)
        }
    }
}
