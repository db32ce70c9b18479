// "Read to me" on iOS: `AVSpeechSynthesizer` with the phone's own voices, which speak on the
// device (downloaded voices; no network voice exists in this API). The core hands over every
// sentence at once (`Effect.speak`); they are queued together, each with its silence after it
// (`postUtteranceDelay`, the core's timing for guided exercises). The audio session is
// `.playback` with the `.spokenAudio` mode, so speech goes on with the screen locked (with the
// `audio` background mode in Info.plist) and other audio pauses for it rather than mixing.
// Progress goes back to the core through `SpeechReports`.

import AVFoundation
import Foundation
import GroundworkCore
import GroundworkPresentation

final class ReadAloudVoice: NSObject, AVSpeechSynthesizerDelegate {
    private let synthesizer = AVSpeechSynthesizer()
    /// The utterances of the last `speak`, by object, with their index; emptied by `stop`, so a
    /// late callback for an older one reports nothing.
    private var indices: [ObjectIdentifier: UInt32] = [:]
    private var last: ObjectIdentifier?
    private var reports: SpeechReports?

    override init() {
        super.init()
        synthesizer.delegate = self
    }

    func speak(_ utterances: [Utterance], rate: Float, locale: String, reports: SpeechReports) {
        stop()
        guard let voice = Self.voice(for: locale), !utterances.isEmpty else {
            reports.unavailable()
            return
        }
        let session = AVAudioSession.sharedInstance()
        try? session.setCategory(.playback, mode: .spokenAudio)
        try? session.setActive(true)
        self.reports = reports
        let scaled = AVSpeechUtteranceDefaultSpeechRate * rate
        for item in utterances {
            let utterance = AVSpeechUtterance(string: item.text)
            utterance.voice = voice
            utterance.rate = min(max(scaled, AVSpeechUtteranceMinimumSpeechRate), AVSpeechUtteranceMaximumSpeechRate)
            utterance.postUtteranceDelay = TimeInterval(item.pauseAfterMs) / 1000
            indices[ObjectIdentifier(utterance)] = item.index
            last = ObjectIdentifier(utterance)
            synthesizer.speak(utterance)
        }
    }

    func stop() {
        indices = [:]
        last = nil
        reports = nil
        if synthesizer.isSpeaking {
            synthesizer.stopSpeaking(at: .immediate)
        }
        try? AVAudioSession.sharedInstance().setActive(false, options: .notifyOthersOnDeactivation)
    }

    /// An installed voice for the language: the exact locale first, then the best quality. Personal
    /// voices are left out (they need his permission and are his own voice).
    private static func voice(for locale: String) -> AVSpeechSynthesisVoice? {
        let wanted = locale.replacingOccurrences(of: "_", with: "-")
        let language = wanted.split(separator: "-").first.map(String.init) ?? wanted
        let voices = AVSpeechSynthesisVoice.speechVoices().filter { voice in
            voice.language.hasPrefix(language) && !voice.voiceTraits.contains(.isPersonalVoice)
        }
        return voices.sorted { a, b in
            let (aExact, bExact) = (a.language == wanted, b.language == wanted)
            if aExact != bExact { return aExact }
            return a.quality.rawValue > b.quality.rawValue
        }.first
    }

    func speechSynthesizer(_ synthesizer: AVSpeechSynthesizer, didFinish utterance: AVSpeechUtterance) {
        let id = ObjectIdentifier(utterance)
        guard let index = indices.removeValue(forKey: id), let reports else { return }
        reports.sentenceSpoken(index)
        if id == last {
            self.reports = nil
            try? AVAudioSession.sharedInstance().setActive(false, options: .notifyOthersOnDeactivation)
            reports.finished()
        }
    }
}
