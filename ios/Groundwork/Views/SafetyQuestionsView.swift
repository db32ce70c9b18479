// The two optional questions after a hard check-in: yes, no, or skip, in the core's words.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct SafetyQuestionsView: View {
    @EnvironmentObject private var model: AppModel
    let questions: SafetyQuestions
    @State private var selfHarm: Bool?
    @State private var hurtSomeone: Bool?

    var body: some View {
        Form {
            Section { Text(questions.intro) }
            question(questions.selfHarm, answer: $selfHarm)
            question(questions.hurtSomeone, answer: $hurtSomeone)
            Section {
                Button(model.text.done) {
                    model.send(.answerSafetyQuestions(selfHarm: selfHarm, hurtSomeone: hurtSomeone))
                }
                .buttonStyle(.borderedProminent)
                Button(questions.skipLabel) {
                    model.send(.answerSafetyQuestions(selfHarm: nil, hurtSomeone: nil))
                }
            }
        }
    }

    private func question(_ text: String, answer: Binding<Bool?>) -> some View {
        Section {
            Text(text).font(.headline)
            Picker(text, selection: answer) {
                Text(questions.yesLabel).tag(Bool?.some(true))
                Text(questions.noLabel).tag(Bool?.some(false))
            }
            .pickerStyle(.segmented)
        }
    }
}
