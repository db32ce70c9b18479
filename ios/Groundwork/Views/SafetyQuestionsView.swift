// The two optional questions after a hard check-in: yes, no, or skip, in the core's words.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct SafetyQuestionsView: View {
    @EnvironmentObject private var store: AppStore
    let questions: SafetyQuestions
    @State private var selfHarm: Bool?
    @State private var hurtSomeone: Bool?

    var body: some View {
        Form {
            Section { Text(questions.intro) }
            question(questions.selfHarm, answer: $selfHarm)
            question(questions.hurtSomeone, answer: $hurtSomeone)
            Section {
                Button("Done") {
                    store.model.answerSafetyQuestions(selfHarm: selfHarm, hurtSomeone: hurtSomeone)
                }
                .buttonStyle(.borderedProminent)
                Button(questions.skipLabel) {
                    store.model.answerSafetyQuestions(selfHarm: nil, hurtSomeone: nil)
                }
            }
        }
        .navigationBarBackButtonHidden()
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
