// A phone for the tests: it remembers what the model asked of it, in order, and can be told to
// fail the way a real key store can (refuse a key, answer a prompt late, never answer).

import Foundation
import GroundworkCore
import GroundworkPresentation

final class FakePlatform: Platform {
    /// Every call, by name, in the order it came.
    private(set) var calls: [String] = []
    /// The key store's one key, and whether Face ID / Touch ID guards it.
    private(set) var key: Data?
    private(set) var biometric = false
    private(set) var preferences = ShellPreferences(discreet: false, region: nil, biometricKey: false)
    private(set) var schedules: [[ScheduledNotification]] = []
    private(set) var shared: [(name: String, mimeType: String, contents: Data)] = []
    private(set) var urls: [String] = []
    private(set) var timers: [Date] = []

    /// The key store cannot keep a key (full, or the Keychain is unavailable).
    var refusesToStore = false
    /// A biometric prompt waits for him: the answer is kept in `prompts` until the test gives it.
    var promptsWait = false
    private(set) var prompts: [(Data?) -> Void] = []

    func loadKey(biometric: Bool, answer: @escaping (Data?) -> Void) {
        calls.append("loadKey")
        if biometric && promptsWait {
            let key = key
            prompts.append { _ in answer(key) }
        } else {
            answer(key)
        }
    }

    func storeKey(_ key: Data, biometric: Bool) -> Bool {
        calls.append("storeKey")
        guard !refusesToStore else { return false }
        self.key = key
        self.biometric = biometric
        return self.key == key
    }

    func deleteKey() {
        calls.append("deleteKey")
        key = nil
        biometric = false
    }

    func savePreferences(_ preferences: ShellPreferences) {
        calls.append("savePreferences")
        self.preferences = preferences
    }

    func scheduleReminders(_ notifications: [ScheduledNotification]) {
        calls.append("scheduleReminders")
        schedules.append(notifications)
    }

    func shareFile(name: String, mimeType: String, contents: Data) {
        calls.append("shareFile")
        shared.append((name, mimeType, contents))
    }

    func openUrl(_ url: String) {
        calls.append("openUrl")
        urls.append(url)
    }

    func checkLockAt(_ at: Date) {
        calls.append("checkLockAt")
        timers.append(at)
    }

    /// The locale of the recogniser on this phone; nil: none runs on the phone.
    var recognitionLocale: String?
    /// The recogniser listening now, to say words into.
    private(set) var listening: DictationEvents?
    private(set) var played: [Data] = []

    func onDeviceRecognitionLocale() -> String? { recognitionLocale }

    func startDictation(locale: String, keepAudio: Bool, events: DictationEvents) {
        calls.append("startDictation(\(locale), keepAudio: \(keepAudio))")
        listening = events
    }

    func stopDictation() {
        calls.append("stopDictation")
    }

    func playRecording(codec: String, audio: Data) {
        calls.append("playRecording")
        played.append(audio)
    }

    func deleteSharedFiles() {
        calls.append("deleteSharedFiles")
    }

    /// What each `speak` was handed, in order, and where the voice reports for the last one.
    private(set) var spoken: [[Utterance]] = []
    private(set) var reports: SpeechReports?

    func speak(_ utterances: [Utterance], rate: Float, locale: String, reports: SpeechReports) {
        calls.append("speak")
        spoken.append(utterances)
        self.reports = reports
    }

    func stopSpeaking() {
        calls.append("stopSpeaking")
    }

    /// He answers the oldest waiting prompt (the key store then hands over its key).
    func answerPrompt() {
        prompts.removeFirst()(nil)
    }

    /// He cancels the oldest waiting prompt: nothing is ever answered.
    func cancelPrompt() {
        prompts.removeFirst()
    }

    func forgetCalls() {
        calls = []
    }
}

/// What the model must have been asked to do for `effect`.
func callName(_ effect: Effect) -> String {
    switch effect {
    case .loadKey: "loadKey"
    case .storeKey: "storeKey"
    case .deleteKey: "deleteKey"
    case .savePreferences: "savePreferences"
    case .scheduleReminders: "scheduleReminders"
    case .shareFile: "shareFile"
    case .openUrl: "openUrl"
    case .checkLockAt: "checkLockAt"
    case .deleteSharedFiles: "deleteSharedFiles"
    case .locked: "locked"
    case .speak: "speak"
    case .stopSpeaking: "stopSpeaking"
    case .startDictation: "startDictation"
    case .stopDictation: "stopDictation"
    case .playRecording: "playRecording"
    }
}
