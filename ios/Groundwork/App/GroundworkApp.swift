// The app: one AppModel over the core, opened at launch, locked whenever the app leaves the
// foreground, with a privacy cover in the app switcher. Links and reminder taps go to the model.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

@main
struct GroundworkApp: App {
    @StateObject private var store = AppStore()
    @Environment(\.scenePhase) private var scenePhase

    var body: some Scene {
        WindowGroup {
            RootView()
                .environmentObject(store)
                .overlay {
                    // The app switcher snapshot shows this, never what he wrote.
                    if scenePhase != .active {
                        PrivacyCover(texts: store.coverTexts)
                    }
                }
                .onOpenURL { url in store.model.openLink(url.absoluteString) }
                .onReceive(NotificationCenter.default.publisher(
                    for: UIApplication.significantTimeChangeNotification)) { _ in
                    store.model.refreshNotifications()
                }
                .onReceive(NotificationCenter.default.publisher(
                    for: .NSSystemTimeZoneDidChange)) { _ in
                    store.model.refreshNotifications()
                }
        }
        .onChange(of: scenePhase) { _, phase in
            switch phase {
            case .background: store.model.lock()
            case .active: store.model.refreshNotifications()
            default: break
            }
        }
    }
}

/// SwiftUI's view of the app model: forwards the model's `onChange` as `objectWillChange`.
@MainActor
final class AppStore: ObservableObject {
    let model: AppModel
    let scheduler = LocalNotificationScheduler()

    init() {
        let dataDir = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
            .appendingPathComponent("Groundwork", isDirectory: true)
        try? FileManager.default.createDirectory(at: dataDir, withIntermediateDirectories: true)
        var excluded = URLResourceValues()
        excluded.isExcludedFromBackup = true
        var dir = dataDir
        try? dir.setResourceValues(excluded)
        // Complete protection for the folder too, so every file made in it is unreadable while
        // the phone is locked (the entitlement sets the same default for the whole app).
        try? FileManager.default.setAttributes(
            [.protectionKey: FileProtectionType.complete], ofItemAtPath: dataDir.path
        )
        // Before any lock call: every app lock is also sealed by this phone's Secure Enclave, and
        // every erase empties the folders where exports and reports wait for the share sheet.
        useDeviceKeyWrapper(wrapper: SecureEnclaveKeyWrapper())
        useAppFolders(folders: [
            FileManager.default.temporaryDirectory.path,
            FileManager.default.urls(for: .cachesDirectory, in: .userDomainMask)[0].path,
        ])

        model = AppModel(
            dataDir: dataDir.path,
            keyStore: KeychainKeyStore(),
            preferences: DefaultsPreferences(),
            scheduler: scheduler,
            deviceLocale: Locale.current.identifier
        )
        model.onChange = { [weak self] in self?.objectWillChange.send() }
        scheduler.onOpen = { [weak self] link in self?.model.openLink(link) }
        model.start()
    }

    /// The app name on the cover: neutral in discreet mode.
    var coverTexts: DiscreetTexts {
        discreetTextsFor(on: DefaultsPreferences().discreet)
    }
}

/// What the app switcher shows.
struct PrivacyCover: View {
    let texts: DiscreetTexts

    var body: some View {
        ZStack {
            Color(.systemBackground).ignoresSafeArea()
            Text(texts.appDisplayName)
                .font(.largeTitle.weight(.semibold))
                .foregroundStyle(.secondary)
        }
        .accessibilityHidden(true)
    }
}
