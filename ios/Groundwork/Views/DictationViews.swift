// Saying it instead of typing it: the microphone under a form's text field, drawn from the core's
// `AppView.dictation` only (no microphone when the core sends none), and the play button for a
// recording kept with a journal entry (`AppView.recording`). The words heard land in the form's
// own field: while listening, after a transcript, and after a failure (what he had typed).

import GroundworkCore
import GroundworkPresentation
import SwiftUI

struct DictationControls: View {
    @EnvironmentObject private var model: AppModel
    /// The field this microphone fills.
    let field: DictationField
    /// The field's text.
    @Binding var text: String

    var body: some View {
        if let dictation = model.view.dictation, dictation.field == field {
            VStack(alignment: .leading, spacing: 6) {
                switch dictation.state {
                case .ready:
                    start(dictation)
                case let .failed(_, message):
                    Text(message).foregroundStyle(.red)
                    start(dictation)
                case .listening:
                    Text(dictation.listeningLabel).font(.headline)
                    Button(dictation.stopLabel) { model.send(.stopDictation) }
                        .buttonStyle(.bordered)
                case .transcript:
                    Text(dictation.transcriptLabel).font(.footnote)
                    Button(dictation.startAgainLabel) { model.send(.startDictationAgain) }
                }
                if let keep = dictation.keepRecording {
                    Toggle(keep.label, isOn: Binding(
                        get: { keep.on },
                        set: { model.send(.setKeepRecording(on: $0)) }
                    ))
                    Text(keep.hint).font(.footnote).foregroundStyle(.secondary)
                }
            }
            .onChange(of: dictation.state, initial: true) { _, state in
                switch state {
                case let .listening(heard), let .transcript(heard), let .failed(heard, _):
                    text = heard
                case .ready:
                    break
                }
            }
        }
    }

    @ViewBuilder
    private func start(_ dictation: DictationView) -> some View {
        Button {
            model.send(.startDictation(typed: text))
        } label: {
            Label(dictation.label, systemImage: "mic")
        }
        .buttonStyle(.bordered)
        Text(dictation.hint).font(.footnote).foregroundStyle(.secondary)
    }
}

/// Plays the recording kept with the entry on screen, when there is one.
struct RecordingPlayButton: View {
    @EnvironmentObject private var model: AppModel

    var body: some View {
        if let recording = model.view.recording {
            Button {
                model.send(.playRecording)
            } label: {
                Label("\(recording.label) (\(recording.seconds) s)", systemImage: "play.fill")
            }
        }
    }
}
