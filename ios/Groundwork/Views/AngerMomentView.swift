// The anger moment log: short by design, every label from the core's form. Saving sends
// `.recordAngerMoment`; the core answers with home, or with its pause plan for words of harm.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct AngerMomentView: View {
    @EnvironmentObject private var model: AppModel
    let form: AngerMomentForm
    @State private var whatHappened = ""
    @State private var intensity = 5.0
    @State private var cues: [String] = []
    @State private var thoughts = ""
    @State private var whatIDid = ""
    @State private var nextTime = ""
    @State private var repairNeeded = false

    var body: some View {
        Form {
            Section { Text(form.intro) }
            Section(form.whatHappenedLabel) {
                PrivateTextField(label: form.whatHappenedLabel, text: $whatHappened)
                DictationControls(field: .whatHappened, text: $whatHappened)
            }
            Section(form.intensityLabel) {
                Slider(value: $intensity, in: 0...10, step: 1) { Text(form.intensityLabel) }
                    .accessibilityValue(model.text.outOfTen[Int(intensity)])
            }
            Section {
                FlowLayout {
                    ForEach(form.bodyCues, id: \.self) { cue in
                        Chip(text: cue, selected: cues.contains(cue)) {
                            if let index = cues.firstIndex(of: cue) { cues.remove(at: index) } else { cues.append(cue) }
                        }
                    }
                }
            }
            Section(form.thoughtsLabel) { PrivateTextField(label: form.thoughtsLabel, text: $thoughts) }
            Section(form.whatIDidLabel) { PrivateTextField(label: form.whatIDidLabel, text: $whatIDid) }
            Section(form.nextTimeLabel) { PrivateTextField(label: form.nextTimeLabel, text: $nextTime) }
            Section { Toggle(form.repairLabel, isOn: $repairNeeded) }
            Section {
                Button(model.text.save) {
                    model.send(.recordAngerMoment(input: AngerMomentInput(
                        whatHappened: whatHappened,
                        intensity: Int32(intensity),
                        bodyCues: cues,
                        thoughts: thoughts.isEmpty ? nil : thoughts,
                        whatIDid: whatIDid.isEmpty ? nil : whatIDid,
                        nextTime: nextTime.isEmpty ? nil : nextTime,
                        repairNeeded: repairNeeded,
                        repairDone: false
                    )))
                }
                .buttonStyle(.borderedProminent)
            }
        }
        .navigationTitle(form.title)
    }
}
