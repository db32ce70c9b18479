// The app: one AppModel over the core's navigation, started at launch. The scene's comings and
// goings, links and reminder taps go to the core as actions; the core decides when to lock. A
// privacy cover hides the screen in the app switcher.

import GroundworkCore
import GroundworkPresentation
import SwiftUI

@main
struct GroundworkApp: App {
    @StateObject private var model: AppModel
    @Environment(\.scenePhase) private var scenePhase

    init() {
        let dataDir = Self.prepareDataDir()
        // Before any lock call: every app lock is also sealed by this phone's Secure Enclave, and
        // every erase empties the folders where exports and reports wait for the share sheet.
        useDeviceKeyWrapper(wrapper: SecureEnclaveKeyWrapper())
        useAppFolders(folders: [
            FileManager.default.temporaryDirectory.path,
            FileManager.default.urls(for: .cachesDirectory, in: .userDomainMask)[0].path,
        ])
        let platform = PhonePlatform()
        let model = AppModel(
            navigator: AppNavigator(
                dataDir: dataDir.path,
                preferences: platform.keptPreferences,
                locale: Locale.current.identifier
            ),
            platform: platform
        )
        platform.model = model
        platform.notifications.onOpen = { [weak model] link in model?.send(.openLink(url: link)) }
        model.send(.start)
        _model = StateObject(wrappedValue: model)
    }

    var body: some Scene {
        WindowGroup {
            RootView()
                .environmentObject(model)
                .overlay {
                    // The app switcher snapshot shows this, never what he wrote.
                    if scenePhase != .active {
                        PrivacyCover(texts: discreetTextsFor(on: DefaultsPreferences().load().discreet))
                    }
                }
                .onOpenURL { url in model.send(.openLink(url: url.absoluteString)) }
                .onReceive(NotificationCenter.default.publisher(
                    for: UIApplication.significantTimeChangeNotification)) { _ in
                    model.send(.refreshReminders)
                }
                .onReceive(NotificationCenter.default.publisher(
                    for: .NSSystemTimeZoneDidChange)) { _ in
                    model.send(.refreshReminders)
                }
        }
        .onChange(of: scenePhase) { _, phase in
            switch phase {
            case .background: model.send(.wentToBackground(at: Date()))
            case .active: model.send(.cameBack(at: Date()))
            default: break
            }
        }
    }

    /// The data folder: excluded from device backups, and complete protection for every file made
    /// in it, so each is unreadable while the phone is locked (the entitlement sets the same
    /// default for the whole app).
    private static func prepareDataDir() -> URL {
        var dataDir = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
            .appendingPathComponent("Groundwork", isDirectory: true)
        try? FileManager.default.createDirectory(at: dataDir, withIntermediateDirectories: true)
        var excluded = URLResourceValues()
        excluded.isExcludedFromBackup = true
        try? dataDir.setResourceValues(excluded)
        try? FileManager.default.setAttributes(
            [.protectionKey: FileProtectionType.complete], ofItemAtPath: dataDir.path
        )
        return dataDir
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
