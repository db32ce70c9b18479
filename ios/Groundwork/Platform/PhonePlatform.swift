// What the core asks of the phone (`Platform`): the Keychain key store, the preferences kept in
// UserDefaults, local notifications, the share sheet, opening a web address, and the timer that
// asks the core whether to lock while the app is away, the phone's voice that reads aloud
// (ReadAloudVoice.swift), and dictation on the phone only (OnDeviceDictation.swift).

import Foundation
import GroundworkCore
import GroundworkPresentation
import UIKit

final class PhonePlatform: Platform {
    /// The model the lock timer reports to; set once the model exists.
    weak var model: AppModel?
    let notifications = LocalNotificationScheduler()
    private let keys = KeychainKeyStore()
    private let preferences = DefaultsPreferences()
    /// The on-device speech recogniser (OnDeviceDictation.swift).
    let dictation = OnDeviceDictation()
    private var lockTimer: Timer?
    private var backgroundTask: UIBackgroundTaskIdentifier = .invalid
    private let voice = ReadAloudVoice()

    /// The preferences kept from last time, for the core before the database opens.
    var keptPreferences: ShellPreferences { preferences.load() }

    func loadKey(biometric: Bool, answer: @escaping (Data?) -> Void) {
        // The Keychain asks for Face ID or Touch ID itself when the item needs it.
        keys.load(answer: answer)
    }

    func storeKey(_ key: Data, biometric: Bool) -> Bool {
        keys.store(key, biometric: biometric)
    }

    func deleteKey() {
        keys.delete()
    }

    func savePreferences(_ preferences: ShellPreferences) {
        self.preferences.save(preferences)
    }

    func scheduleReminders(_ notifications: [ScheduledNotification]) {
        self.notifications.schedule(notifications)
    }

    /// Where copies for the share sheet wait, inside the temporary folder the core empties on erase.
    private static var sharedFolder: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("shared", isDirectory: true)
    }

    /// Writes the file to the share folder (complete protection), shows the share sheet, and
    /// deletes the file once the sheet is done (the core also asks for every copy to go when he
    /// comes back, when the app locks and at start: `deleteSharedFiles`).
    func shareFile(name: String, mimeType: String, contents: Data) {
        MainActor.assumeIsolated {
            let url = Self.sharedFolder.appendingPathComponent((name as NSString).lastPathComponent)
            do {
                try FileManager.default.createDirectory(
                    at: Self.sharedFolder, withIntermediateDirectories: true)
                try contents.write(to: url, options: [.atomic, .completeFileProtection])
            } catch {
                return
            }
            guard let presenter = Self.topViewController() else {
                try? FileManager.default.removeItem(at: url)
                return
            }
            let sheet = UIActivityViewController(activityItems: [url], applicationActivities: nil)
            sheet.completionWithItemsHandler = { _, _, _, _ in
                try? FileManager.default.removeItem(at: url)
            }
            // On iPad the sheet is a popover and needs somewhere to point.
            sheet.popoverPresentationController?.sourceView = presenter.view
            sheet.popoverPresentationController?.sourceRect = CGRect(
                x: presenter.view.bounds.midX, y: presenter.view.bounds.midY, width: 0, height: 0)
            sheet.popoverPresentationController?.permittedArrowDirections = []
            presenter.present(sheet, animated: true)
        }
    }

    /// Web addresses and the phone's own call and message links only.
    func openUrl(_ url: String) {
        guard let url = URL(string: url), let scheme = url.scheme?.lowercased(),
              ["https", "http", "tel", "sms"].contains(scheme) else { return }
        MainActor.assumeIsolated {
            UIApplication.shared.open(url)
        }
    }

    /// A timer on the main run loop, kept running in the background for as long as iOS allows;
    /// when it fires the model sends `lockCheckDue` with the time then. A newer request replaces
    /// an older one. (If iOS suspends the app first, coming back decides instead.)
    func deleteSharedFiles() {
        try? FileManager.default.removeItem(at: Self.sharedFolder)
    }

    func checkLockAt(_ at: Date) {
        MainActor.assumeIsolated {
            lockTimer?.invalidate()
            endBackgroundTask()
            backgroundTask = UIApplication.shared.beginBackgroundTask { [weak self] in
                MainActor.assumeIsolated { self?.endBackgroundTask() }
            }
            let timer = Timer(fire: at, interval: 0, repeats: false) { [weak self] _ in
                MainActor.assumeIsolated {
                    self?.model?.send(.lockCheckDue(at: Date()))
                    self?.endBackgroundTask()
                }
            }
            RunLoop.main.add(timer, forMode: .common)
            lockTimer = timer
        }
    }

    func speak(_ utterances: [Utterance], rate: Float, locale: String, reports: SpeechReports) {
        voice.speak(utterances, rate: rate, locale: locale, reports: reports)
    }

    func stopSpeaking() {
        voice.stop()
    }

    @MainActor
    private func endBackgroundTask() {
        guard backgroundTask != .invalid else { return }
        UIApplication.shared.endBackgroundTask(backgroundTask)
        backgroundTask = .invalid
    }

    @MainActor
    private static func topViewController() -> UIViewController? {
        let scene = UIApplication.shared.connectedScenes.first { $0.activationState == .foregroundActive }
            as? UIWindowScene
        var top = scene?.windows.first(where: \.isKeyWindow)?.rootViewController
        while let presented = top?.presentedViewController {
            top = presented
        }
        return top
    }
}
