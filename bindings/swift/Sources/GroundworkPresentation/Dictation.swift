// Saying it instead of typing it, the platform's part: a speech recogniser that runs on the phone
// (never a server one), its words and failures sent to the core as they come, the recording when
// he chose to keep it, and playing a kept recording back. What shows and what is saved is the
// core's (`AppView.dictation`, `AppView.recording`).

import Foundation
import GroundworkCore

/// What the recogniser tells the app. Call from any thread: each is sent on the main actor.
public struct DictationEvents: Sendable {
    /// Everything heard since listening started; `isFinal` once it has stopped.
    public let heard: @Sendable (_ text: String, _ isFinal: Bool) -> Void
    /// Listening could not start or broke off (no permission, no speech, the recogniser failed).
    public let failed: @Sendable () -> Void
    /// The recording, after listening stopped, when `keepAudio` asked for it.
    public let recorded: @Sendable (_ codec: String, _ durationMs: UInt32, _ audio: Data) -> Void
}

/// Speech recognition on the phone: the part of `Platform` dictation needs.
public protocol SpeechPlatform: AnyObject {
    /// The locale of a recogniser that runs on this phone with no server
    /// (`SFSpeechRecognizer.supportsOnDeviceRecognition`), or nil: then no microphone shows.
    func onDeviceRecognitionLocale() -> String?
    /// Starts the recogniser for `locale` with `requiresOnDeviceRecognition = true`, asking for
    /// the microphone and speech recognition now, the first time he taps; with `keepAudio`,
    /// records too.
    func startDictation(locale: String, keepAudio: Bool, events: DictationEvents)
    /// Stops listening; the last words follow through `heard` with `isFinal`.
    func stopDictation()
    /// Plays a kept recording.
    func playRecording(codec: String, audio: Data)
}

extension AppModel {
    /// Whether recognition runs on this phone, and for which locale: sent once per launch.
    func recognitionReport() -> Action {
        let locale = platform.onDeviceRecognitionLocale()
        return .recognitionAvailable(onDevice: locale != nil, locale: locale ?? "")
    }

    /// The recogniser's events, each sent to the core as an action on the main actor.
    func dictationEvents() -> DictationEvents {
        DictationEvents(
            heard: { [weak self] text, isFinal in
                Self.onMainActor { self?.send(.dictationText(text: text, isFinal: isFinal)) }
            },
            failed: { [weak self] in Self.onMainActor { self?.send(.dictationFailed) } },
            recorded: { [weak self] codec, durationMs, audio in
                Self.onMainActor {
                    let recording = RecordingInput(codec: codec, durationMs: durationMs, audio: audio)
                    self?.send(.recordingReady(recording: recording))
                }
            }
        )
    }

    /// Carries out a dictation effect; false for any other effect.
    func carryOutDictation(_ effect: Effect) -> Bool {
        switch effect {
        case let .startDictation(locale, keepAudio):
            platform.startDictation(locale: locale, keepAudio: keepAudio, events: dictationEvents())
        case .stopDictation:
            platform.stopDictation()
        case let .playRecording(codec, audio):
            platform.playRecording(codec: codec, audio: audio)
        default:
            return false
        }
        return true
    }
}
