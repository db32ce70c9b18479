// Saying it instead of typing it, on iOS: `SFSpeechRecognizer` with
// `requiresOnDeviceRecognition = true`, offered only where `supportsOnDeviceRecognition` says the
// phone can recognise the language itself, so no audio ever goes to a server. The microphone and
// speech recognition permissions are asked for when he first taps the microphone. When he chose
// to keep the recording, the same audio is written to a file protected until the phone is
// unlocked, read into memory for the core when listening ends, and deleted at once: the core keeps
// it, encrypted, with the entry.

import AVFoundation
import Foundation
import GroundworkPresentation
import Speech

final class OnDeviceDictation {
    private let engine = AVAudioEngine()
    private var request: SFSpeechAudioBufferRecognitionRequest?
    private var task: SFSpeechRecognitionTask?
    private var recording: AVAudioFile?
    private var recordingURL: URL?
    private var player: AVAudioPlayer?

    /// The locale of a recogniser that runs on this phone for the device's language, or nil.
    func onDeviceLocale() -> String? {
        guard let recognizer = SFSpeechRecognizer(locale: Locale.current),
              recognizer.supportsOnDeviceRecognition
        else { return nil }
        return recognizer.locale.identifier
    }

    func start(locale: String, keepAudio: Bool, events: DictationEvents) {
        SFSpeechRecognizer.requestAuthorization { status in
            guard status == .authorized else { return events.failed() }
            AVAudioApplication.requestRecordPermission { allowed in
                DispatchQueue.main.async {
                    guard allowed else { return events.failed() }
                    do {
                        try self.listen(locale: locale, keepAudio: keepAudio, events: events)
                    } catch {
                        self.tearDown()
                        events.failed()
                    }
                }
            }
        }
    }

    func stop() {
        engine.stop()
        engine.inputNode.removeTap(onBus: 0)
        request?.endAudio()
    }

    func play(audio: Data) {
        player = try? AVAudioPlayer(data: audio)
        player?.play()
    }

    private func listen(locale: String, keepAudio: Bool, events: DictationEvents) throws {
        tearDown()
        guard let recognizer = SFSpeechRecognizer(locale: Locale(identifier: locale)),
              recognizer.supportsOnDeviceRecognition
        else { return events.failed() }
        let request = SFSpeechAudioBufferRecognitionRequest()
        // Never a server: the recogniser on the phone or nothing.
        request.requiresOnDeviceRecognition = true
        request.shouldReportPartialResults = true
        self.request = request

        let session = AVAudioSession.sharedInstance()
        try session.setCategory(.record, mode: .measurement)
        try session.setActive(true, options: .notifyOthersOnDeactivation)
        let input = engine.inputNode
        let format = input.outputFormat(forBus: 0)
        if keepAudio {
            let url = FileManager.default.temporaryDirectory
                .appendingPathComponent(UUID().uuidString)
                .appendingPathExtension("m4a")
            recording = try AVAudioFile(forWriting: url, settings: [
                AVFormatIDKey: kAudioFormatMPEG4AAC,
                AVSampleRateKey: format.sampleRate,
                AVNumberOfChannelsKey: format.channelCount,
            ])
            try (url as NSURL).setResourceValue(
                URLFileProtection.complete, forKey: .fileProtectionKey)
            recordingURL = url
        }
        input.installTap(onBus: 0, bufferSize: 1024, format: format) { [weak self] buffer, _ in
            request.append(buffer)
            try? self?.recording?.write(from: buffer)
        }
        engine.prepare()
        try engine.start()
        let started = Date()
        task = recognizer.recognitionTask(with: request) { [weak self] result, error in
            if let result {
                events.heard(result.bestTranscription.formattedString, result.isFinal)
                if result.isFinal {
                    self?.handOver(events: events, since: started)
                }
            } else if error != nil {
                self?.tearDown()
                events.failed()
            }
        }
    }

    /// Hands the recording, if one was asked for, to the core and deletes the file.
    private func handOver(events: DictationEvents, since started: Date) {
        let url = recordingURL
        tearDown()
        guard let url else { return }
        defer { try? FileManager.default.removeItem(at: url) }
        guard let audio = try? Data(contentsOf: url), !audio.isEmpty else { return }
        let ms = UInt32(min(Date().timeIntervalSince(started) * 1000, Double(UInt32.max)))
        events.recorded("audio/mp4", ms, audio)
    }

    private func tearDown() {
        if engine.isRunning { stop() }
        task?.cancel()
        task = nil
        request = nil
        recording = nil
        if let url = recordingURL { try? FileManager.default.removeItem(at: url) }
        recordingURL = nil
        try? AVAudioSession.sharedInstance().setActive(false)
    }
}

extension PhonePlatform {
    func onDeviceRecognitionLocale() -> String? { dictation.onDeviceLocale() }

    func startDictation(locale: String, keepAudio: Bool, events: DictationEvents) {
        dictation.start(locale: locale, keepAudio: keepAudio, events: events)
    }

    func stopDictation() { dictation.stop() }

    func playRecording(codec: String, audio: Data) { dictation.play(audio: audio) }
}
