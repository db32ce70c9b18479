// The app model: the glue between the core's navigation (`AppNavigator`) and the phone. A screen
// draws `view` and calls `send` with what he did; the model hands the action to the core,
// publishes the view the core answers with, and carries out the core's effects in order through
// `Platform`, answering the key store's with `keyLoaded` and `keyStored`. Where he is, what comes
// next, what a screen says and when the app locks are all the core's.

import Foundation
import GroundworkCore

#if canImport(Combine)
import Combine
#else
// Combine is missing where this target is compiled and tested on Linux: the same two names, so
// `AppModel` reads the same; nothing observes it there but the tests.
public protocol ObservableObject: AnyObject {}

@propertyWrapper
public struct Published<Value> {
    public var wrappedValue: Value
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
}
#endif

@MainActor
public final class AppModel: ObservableObject {
    /// What to draw: the core's answer to the last action.
    @Published public private(set) var view: AppView
    /// The app's own fixed lines (buttons, headings, screen-reader labels), in the core's words:
    /// fetched once, in the navigator's language.
    public let text: ShellText

    private let navigator: AppNavigator
    let platform: Platform
    /// Whether recognition was reported this launch.
    private var recognitionReported = false
    /// Actions waiting their turn: one sent while effects are being carried out (a key store's
    /// answer, a timer) goes after them.
    private var waiting: [Action] = []
    private var sending = false
    /// The key request whose answer counts; an answer to an older one, or a second answer, is
    /// dropped.
    private var keyRequest = 0
    private var keyAnswered = true

    /// `navigator` is the core's app over the data folder (`AppNavigator(dataDir:preferences:locale:)`
    /// with the preferences `platform` kept); nothing opens until `send(.start)`.
    public init(navigator: AppNavigator, platform: Platform) {
        self.navigator = navigator
        self.platform = platform
        view = navigator.view()
        text = navigator.shellText()
    }

    /// Sends what happened, publishes the answer and carries out its effects in order.
    public func send(_ action: Action) {
        waiting.append(action)
        guard !sending else { return }
        sending = true
        defer { sending = false }
        while !waiting.isEmpty {
            let answer = navigator.send(action: waiting.removeFirst())
            view = answer
            for effect in answer.effects {
                carryOut(effect)
            }
            // Once per launch: whether recognition runs on this phone (no microphone if not).
            if case .start = action, waiting.isEmpty, !recognitionReported {
                recognitionReported = true
                waiting.append(recognitionReport())
            }
        }
    }

    private func carryOut(_ effect: Effect) {
        switch effect {
        case let .loadKey(biometric):
            keyRequest += 1
            keyAnswered = false
            let request = keyRequest
            platform.loadKey(biometric: biometric) { [weak self] key in
                Self.onMainActor { self?.keyLoaded(key, request: request) }
            }
        case let .storeKey(key, biometric):
            waiting.append(.keyStored(confirmed: platform.storeKey(key, biometric: biometric)))
        case .deleteKey:
            platform.deleteKey()
        case let .savePreferences(preferences):
            platform.savePreferences(preferences)
        case let .scheduleReminders(notifications):
            platform.scheduleReminders(notifications)
        case let .shareFile(fileName, mimeType, contents):
            // The core marked the hand-off when it asked for this, so the share sheet taking the
            // screen does not lock the app at once.
            platform.shareFile(name: fileName, mimeType: mimeType, contents: contents)
        case let .openUrl(url):
            platform.openUrl(url)
        case let .checkLockAt(at):
            platform.checkLockAt(at)
        case .deleteSharedFiles:
            platform.deleteSharedFiles()
        case .locked:
            // The view that came with it holds nothing from the database; there is nothing else
            // to drop.
            break
        case let .speak(utterances, rate, locale):
            platform.speak(utterances, rate: rate, locale: locale, reports: speechReports())
        case .stopSpeaking:
            platform.stopSpeaking()
        case .startDictation, .stopDictation, .playRecording:
            _ = carryOutDictation(effect)
        }
    }

    private func keyLoaded(_ key: Data?, request: Int) {
        guard request == keyRequest, !keyAnswered else { return }
        keyAnswered = true
        send(.keyLoaded(key: key))
    }

    /// Runs `body` on the main actor: at once when already there (a key store that answers
    /// straight away), otherwise on the main queue (a prompt answered on another thread).
    nonisolated static func onMainActor(_ body: @escaping @MainActor () -> Void) {
        if Thread.isMainThread {
            MainActor.assumeIsolated { body() }
        } else {
            DispatchQueue.main.async { MainActor.assumeIsolated { body() } }
        }
    }
}
