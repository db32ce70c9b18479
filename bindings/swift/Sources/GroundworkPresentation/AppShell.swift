// The app over the core's navigation (`AppNavigator`): it sends what happened, carries out the
// effects the core asks for (the key store, the preferences kept outside the database,
// notifications, the share sheet, web links, a timer while away) and publishes the view the core
// answered with. Where he is, what comes next and when the app locks are all the core's.
//
// A plain class with an `onChange` hook, like `AppModel`, for the same reason: Observation does
// not link on Linux, where this target is tested.

import Foundation
import GroundworkCore

/// What only the platform can do for the core beyond keys, preferences and notifications.
public protocol PlatformActions: AnyObject {
    /// Hands a file (a backup, an export) to the share sheet.
    func share(fileName: String, mimeType: String, contents: Data)
    /// Opens a web address outside the app.
    func openURL(_ url: String)
    /// Sends `Action.lockCheckDue` at `at` if the app is still away then.
    func checkLock(at: Date)
}

/// Remembers what it was asked to do: for tests and previews.
public final class RecordingPlatform: PlatformActions {
    public private(set) var shared: [String] = []
    public private(set) var opened: [String] = []
    public private(set) var timers: [Date] = []

    public init() {}

    public func share(fileName: String, mimeType: String, contents: Data) { shared.append(fileName) }
    public func openURL(_ url: String) { opened.append(url) }
    public func checkLock(at: Date) { timers.append(at) }
}

@MainActor
public final class AppShell {
    /// Called just before the view changes.
    public var onChange: (() -> Void)?
    /// What to draw: the core's view, as it answered the last action.
    public private(set) var view: AppView { willSet { onChange?() } }

    private let app: AppNavigator
    private let keyStore: KeyStore
    private let preferences: AppPreferences
    private let scheduler: NotificationScheduling?
    private let platform: PlatformActions?

    /// `makeApp` makes the core's app; tests pass `AppNavigator.withTestClock` to move time on.
    public init(
        dataDir: String,
        keyStore: KeyStore,
        preferences: AppPreferences,
        scheduler: NotificationScheduling? = nil,
        platform: PlatformActions? = nil,
        deviceLocale: String? = Locale.current.identifier,
        makeApp: (String, ShellPreferences, String?) -> AppNavigator = { dir, prefs, locale in
            AppNavigator(dataDir: dir, preferences: prefs, locale: locale)
        }
    ) {
        self.keyStore = keyStore
        self.preferences = preferences
        self.scheduler = scheduler
        self.platform = platform
        app = makeApp(
            dataDir,
            ShellPreferences(discreet: preferences.discreet, region: preferences.region, biometricKey: preferences.biometricKey),
            deviceLocale
        )
        view = app.view()
    }

    /// Sends what happened and carries out what the core asks, answering the key store's requests.
    public func send(_ action: Action) {
        var answer = app.send(action: action)
        while true {
            var reply: Action?
            for effect in answer.effects {
                if let next = perform(effect) { reply = next }
            }
            guard let reply else { break }
            answer = app.send(action: reply)
        }
        view = answer
    }

    private func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .loadKey:
            return .keyLoaded(key: (try? keyStore.loadKey()) ?? nil)
        case let .storeKey(key, biometric):
            return .keyStored(confirmed: stored(key, biometric: biometric))
        case .deleteKey:
            try? keyStore.deleteKey()
        case let .savePreferences(kept):
            preferences.discreet = kept.discreet
            preferences.region = kept.region
            preferences.biometricKey = kept.biometricKey
        case let .scheduleReminders(notifications):
            scheduler?.apply(notifications.map(NotificationRequest.init))
        case let .shareFile(fileName, mimeType, contents):
            platform?.share(fileName: fileName, mimeType: mimeType, contents: contents)
        case let .openUrl(url):
            platform?.openURL(url)
        case let .checkLockAt(at):
            platform?.checkLock(at: at)
        case .locked:
            break
        }
        return nil
    }

    /// Saves the key and reads it back: only the same bytes count as kept.
    private func stored(_ key: Data, biometric: Bool) -> Bool {
        do {
            try keyStore.saveKey(key, biometric: biometric)
            return try keyStore.loadKey() == key
        } catch {
            return false
        }
    }
}
