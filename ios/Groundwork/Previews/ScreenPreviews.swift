// A SwiftUI preview of every screen, each fed by the real core (PreviewFixtures.swift): the
// canvas shows what the app shows on first open of that screen, and its buttons work, since the
// preview's AppModel runs over the same navigator with a key store in memory.
//
// In Xcode, open any file here and show the canvas (Editor > Canvas). The previews need the
// core's library (bindings/build-xcframework.sh, as for any build); the install-pack preview
// also needs the sample pack from bindings/make-test-pack.sh (see ios/README.md).

#if DEBUG
import Foundation
import GroundworkCore
import GroundworkPresentation
import SwiftUI

/// What only the phone can do, for previews: the key in memory, everything else left undone.
final class PreviewPlatform: Platform {
    private var key: Data?

    init(key: Data?) { self.key = key }

    func loadKey(biometric: Bool, answer: @escaping (Data?) -> Void) { answer(key) }
    func storeKey(_ key: Data, biometric: Bool) -> Bool {
        self.key = key
        return true
    }
    func deleteKey() { key = nil }
    func savePreferences(_ preferences: ShellPreferences) {}
    func scheduleReminders(_ notifications: [ScheduledNotification]) {}
    func shareFile(name: String, mimeType: String, contents: Data) {}
    func openUrl(_ url: String) {}
    func checkLockAt(_ at: Date) {}
    func deleteSharedFiles() {}
}

/// The whole app at `screen`, as RootView draws it.
struct ScreenPreview: View {
    @StateObject private var model: AppModel

    init(_ screen: PreviewScreen) {
        _model = StateObject(wrappedValue: {
            let phone = PreviewFixtures.phone(at: screen)
            return AppModel(navigator: phone.navigator, platform: PreviewPlatform(key: phone.key))
        }())
    }

    var body: some View {
        RootView().environmentObject(model)
    }
}

#Preview("Onboarding") { ScreenPreview(.onboarding) }
#Preview("Home") { ScreenPreview(.home) }
#Preview("Home: start here") { ScreenPreview(.homeStartHere) }
#Preview("Home: new dad") { ScreenPreview(.homeNewDad) }
#Preview("Home: has your baby arrived?") { ScreenPreview(.homeBabyQuestion) }
#Preview("Home: a notice") { ScreenPreview(.homeNotice) }
#Preview("Baby loss") { ScreenPreview(.babyLoss) }
#Preview("Check-in") { ScreenPreview(.checkIn) }
#Preview("Safety questions") { ScreenPreview(.safetyQuestions) }
#Preview("Crisis answer") { ScreenPreview(.crisisAnswer) }
#Preview("Help now") { ScreenPreview(.helpNow) }
#Preview("Anger moment") { ScreenPreview(.angerMoment) }
#Preview("Journal") { ScreenPreview(.journal) }
#Preview("Journal editor") { ScreenPreview(.journalEditor) }
#Preview("Journal search") { ScreenPreview(.journalSearch) }
#Preview("Insights") { ScreenPreview(.insights) }
#Preview("Plans") { ScreenPreview(.plans) }
#Preview("Plan") { ScreenPreview(.plan) }
#Preview("Settings") { ScreenPreview(.settings) }
#Preview("Recommendation") { ScreenPreview(.recommendation) }
#Preview("Phase map") { ScreenPreview(.phaseMap) }
#Preview("Module overview") { ScreenPreview(.moduleOverview) }
#Preview("Lesson step") { ScreenPreview(.lessonStep) }
#Preview("Lesson step: exercise") { ScreenPreview(.lessonExercise) }
#Preview("Module completion") { ScreenPreview(.moduleCompletion) }
#Preview("Home safety question") { ScreenPreview(.homeSafetyQuestion) }
#Preview("Home safety: not yet") { ScreenPreview(.homeSafetyNotYet) }
#Preview("New dad's mood check") { ScreenPreview(.dadMoodCheck) }
#Preview("Install a pack") { ScreenPreview(.installPack) }
#Preview("Lock screen") { ScreenPreview(.locked) }
#Preview("Lock screen: PIN") { ScreenPreview(.lockedWithPin) }
#Preview("Help now before unlock") { ScreenPreview(.helpBeforeUnlock) }
#endif
