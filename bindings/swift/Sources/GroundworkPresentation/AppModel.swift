// The app model: one per app, over one `Groundwork`. It opens and locks the database, keeps the
// navigation stack, forwards what the person did to the core and shows what the core returned.
// Every decision about the person (what comes after a check-in, whether help is offered, what a
// reminder says) is the core's; this routes its answers.
//
// A plain class with an `onChange` hook rather than an `@Observable` one: Debian's Swift build of
// the Observation library does not link on Linux, and this target is compiled and tested there.
// The iOS app wraps it in an ObservableObject that forwards `onChange` to SwiftUI.

import Foundation
import GroundworkCore

@MainActor
public final class AppModel {
    /// Called just before any state below changes.
    public var onChange: (() -> Void)?

    // MARK: State views read

    public private(set) var phase: AppPhase = .starting { willSet { onChange?() } }
    /// What to show when unlocked: the root (home) first, the top last.
    public private(set) var stack: [Entry] = [] { willSet { onChange?() } }
    public var notice: Notice? { willSet { onChange?() } }
    /// Help now opened from the lock screen (built from the content alone, no database).
    public private(set) var helpBeforeUnlock: HelpNowScreen? { willSet { onChange?() } }
    /// True for the session in which the database was created.
    public private(set) var firstRun = false { willSet { onChange?() } }

    public var top: Entry? { stack.last }

    /// The help now button of what is on screen: the top screen's, the lock screen's, or help
    /// now's own while it shows before unlock. Nil only before `start()`.
    public var help: HelpButton? {
        if let helpBeforeUnlock { return helpBeforeUnlock.help }
        switch phase {
        case .starting: return nil
        case let .locked(lock): return lock.screen.help
        case .unlocked: return top?.screen.help
        case let .unavailable(_, help): return help
        }
    }

    // MARK: Dependencies

    /// Where the database (and an installed content pack) lives.
    public let dataDir: String
    private let keyStore: KeyStore
    private let preferences: AppPreferences
    private let scheduler: NotificationScheduling?
    private let deviceLocale: String?
    /// The device's clock and time zone: help now before unlock says the lines' hours by them.
    private let clock: () -> Date
    private let timeZone: () -> TimeZone
    /// Opens the database with its key; tests pass `Groundwork.openWithTestClock` to move time on.
    private let openCore: (_ dataDir: String, _ key: Data) throws -> Groundwork
    private var groundwork: Groundwork?
    private var nextEntryId = 0
    /// A link opened before unlock, read again once the app is open.
    private var pendingLink: String?

    /// How many days of reminders are handed to the platform at a time.
    public static let scheduleDays: UInt32 = 14
    static let journalPageSize: Int32 = 30
    static let searchLimit: Int32 = 50

    public init(
        dataDir: String,
        keyStore: KeyStore,
        preferences: AppPreferences,
        scheduler: NotificationScheduling? = nil,
        deviceLocale: String? = Locale.current.identifier,
        clock: @escaping () -> Date = { Date() },
        timeZone: @escaping () -> TimeZone = { TimeZone.current },
        openCore: @escaping (_ dataDir: String, _ key: Data) throws -> Groundwork = {
            try Groundwork.open(dataDir: $0, key: $1)
        }
    ) {
        self.dataDir = dataDir
        self.keyStore = keyStore
        self.preferences = preferences
        self.scheduler = scheduler
        self.deviceLocale = deviceLocale
        self.clock = clock
        self.timeZone = timeZone
        self.openCore = openCore
    }

    // MARK: Opening, locking, unlocking

    /// Opens on launch: the lock screen when an app lock is set (or the key is biometric),
    /// otherwise straight in with the stored key, creating one on first run.
    public func start() {
        do {
            let status = try appLockStatus(dataDir: dataDir)
            if status.locked || preferences.biometricKey {
                phase = .locked(lockScreen(status))
                return
            }
            if let key = try keyStore.loadKey() {
                try open(key)
            } else {
                let key = generateDatabaseKey()
                try keyStore.saveKey(key, biometric: false)
                try open(key)
                firstRun = true
            }
        } catch {
            phase = .unavailable(Self.describe(error), help: helpBeforeOpening())
        }
    }

    /// Unlocks with the key on this device (Face ID / Touch ID when the key is protected).
    public func unlockWithDevice() {
        do {
            guard let key = try keyStore.loadKey() else {
                setLockMessage(ShellText.keyMissing)
                return
            }
            try open(key)
        } catch {
            setLockMessage(Self.describe(error))
        }
    }

    /// Tries a PIN or passphrase. The check is slow on purpose (Argon2id), so it runs off the
    /// main actor.
    public func unlock(_ secret: LockSecret) async {
        let dir = dataDir
        do {
            let outcome = try await Task.detached { try unlockApp(dataDir: dir, secret: secret) }.value
            try apply(outcome)
        } catch {
            setLockMessage(Self.describe(error))
        }
    }

    /// Closes the database and shows the lock screen (the app went to the background, or he
    /// asked for a quick hide).
    public func lock() {
        guard groundwork != nil else { return }
        groundwork?.close()
        groundwork = nil
        stack = []
        notice = nil
        let status = (try? appLockStatus(dataDir: dataDir)) ?? LockStatus(
            locked: false, kind: nil, retryAfter: nil, eraseAfter: nil, attemptsLeftBeforeErase: nil, message: nil)
        phase = .locked(lockScreen(status))
    }

    private func apply(_ outcome: UnlockOutcome) throws {
        switch outcome {
        case let .unlocked(key):
            try open(key)
        case let .wrongSecret(attemptsLeft, retryAfter, message):
            updateLock { state in
                state.attemptsLeftBeforeErase = attemptsLeft
                state.retryAfter = retryAfter
                state.message = message
            }
        case let .tooSoon(retryAfter, message):
            updateLock { state in
                state.retryAfter = retryAfter
                state.message = message
            }
        case let .erased(message):
            try forgetDevice()
            start()
            notice = .message(message)
        }
    }

    private func open(_ key: Data) throws {
        let opened = try openCore(dataDir, key)
        groundwork = opened
        phase = .unlocked
        stack = []
        helpBeforeUnlock = nil
        try push(.home)
        if case let .home(home)? = stack.last?.screen, home.needsOnboarding {
            try push(.onboarding)
        }
        refreshNotifications()
        if let link = pendingLink {
            pendingLink = nil
            openLink(link)
        }
    }

    private func lockScreen(_ status: LockStatus) -> LockScreenState {
        LockScreenState(
            kind: status.kind,
            retryAfter: status.retryAfter,
            attemptsLeftBeforeErase: status.attemptsLeftBeforeErase,
            message: status.message,
            texts: discreetTextsFor(on: preferences.discreet),
            screen: appLockScreen(
                dataDir: dataDir, kind: status.kind, discreet: preferences.discreet,
                region: preferences.region)
        )
    }

    /// The help button while the database is closed: the lock screen's, with the remembered region.
    private func helpBeforeOpening() -> HelpButton {
        appLockScreen(dataDir: dataDir, kind: nil, discreet: preferences.discreet, region: preferences.region).help
    }

    private func updateLock(_ change: (inout LockScreenState) -> Void) {
        guard case var .locked(state) = phase else { return }
        change(&state)
        phase = .locked(state)
    }

    private func setLockMessage(_ message: String) {
        if case .locked = phase {
            updateLock { $0.message = message }
        } else {
            notice = .error(message)
        }
    }

    // MARK: Navigation

    /// Opens a screen on top of the current one.
    public func show(_ route: Route) {
        run { try push(route) }
    }

    /// A home shortcut: the core says where it goes; this only names the screen.
    public func openShortcut(_ destination: HomeDestination) {
        switch destination {
        case .checkIn: show(.checkIn)
        case .angerMoment: show(.angerMoment)
        case .journal: show(.journal)
        case .insights: show(.insights(.month))
        case .plans: show(.documents)
        case .path: show(.phaseMap)
        }
    }

    /// Goes back one screen and refreshes the one below (counts and lists may have changed).
    public func back() {
        guard stack.count > 1 else { return }
        stack.removeLast()
        reloadTop()
    }

    /// Back to home.
    public func goHome() {
        guard !stack.isEmpty else { return }
        stack.removeSubrange(1...)
        reloadTop()
    }

    /// SwiftUI's navigation path changed (a swipe back): keep the first `depth` screens above
    /// home.
    public func keepScreensAboveHome(_ depth: Int) {
        let count = max(1, min(stack.count, depth + 1))
        guard count < stack.count else { return }
        stack.removeSubrange(count...)
        reloadTop()
    }

    /// Loads the top screen again from the core.
    public func reloadTop() {
        guard let top = stack.last else { return }
        run { stack[stack.count - 1].screen = try load(top.route) }
    }

    private func push(_ route: Route) throws {
        let screen = try load(route)
        nextEntryId += 1
        stack.append(Entry(id: nextEntryId, route: route, screen: screen))
    }

    private func replaceTop(_ route: Route, screen: Screen? = nil) throws {
        let screen = try screen ?? load(route)
        nextEntryId += 1
        stack[stack.count - 1] = Entry(id: nextEntryId, route: route, screen: screen)
    }

    private func load(_ route: Route) throws -> Screen {
        let core = try opened()
        switch route {
        case .home:
            return .home(try core.homeScreen())
        case .checkIn:
            return .checkIn(CheckInViewState(form: try core.checkInForm()))
        case let .safetyQuestions(questions):
            return .safetyQuestions(questions)
        case let .helpNow(situation):
            return .helpNow(try core.helpNow(situation: situation, deviceLocale: deviceLocale))
        case .angerMoment:
            return .angerMoment(try core.angerMomentForm())
        case .journal:
            let filter = currentJournalFilter() ?? JournalFilter()
            let page = try core.journalPage(filter: filter, cursor: nil, limit: Self.journalPageSize)
            return .journal(JournalListState(
                filter: filter, items: page.items, nextCursor: page.nextCursor, help: page.help))
        case let .journalEditor(id):
            return .journalEditor(JournalEditorState(
                entry: try id.map { try core.journalEntry(id: $0) },
                prompts: try core.journalPrompts()
            ))
        case .journalSearch:
            guard case let .journalSearch(state)? = stack.last(where: { $0.route == route })?.screen,
                  !state.query.isEmpty else {
                return .journalSearch(JournalSearchState(query: "", hits: [], help: try core.helpButton()))
            }
            return .journalSearch(JournalSearchState(
                query: state.query, hits: try core.searchJournal(query: state.query, limit: Self.searchLimit),
                help: try core.helpButton()))
        case let .insights(range):
            return .insights(InsightsViewState(screen: try core.insights(range: range)))
        case .documents:
            return .documents(try core.livingDocuments(), help: try core.helpButton())
        case let .document(id):
            return .document(try core.livingDocument(id: id), help: try core.helpButton())
        case .settings:
            return .settings(SettingsState(
                lock: try appLockStatus(dataDir: dataDir),
                reminders: try core.reminderSettings(),
                texts: try core.discreetTexts(),
                biometricKey: preferences.biometricKey,
                region: try core.region(),
                regions: try core.helpNow(situation: nil, deviceLocale: deviceLocale).regions,
                content: core.contentStatus(),
                coreVersion: coreVersion(),
                help: try core.helpButton(),
                crisisFollowUp: try core.crisisFollowUpOn()
            ))
        case let .recommendation(recommendation, _):
            return .recommendation(recommendation, help: try core.helpButton())
        case .onboarding:
            return .onboarding(try core.onboardingScreen(deviceLocale: deviceLocale))
        case .phaseMap:
            return .phaseMap(try core.phaseMap())
        case let .moduleOverview(id):
            return .moduleOverview(try core.moduleOverview(moduleId: id))
        case let .lessonStep(step):
            return .lessonStep(step)
        case let .moduleCompletion(completion):
            return .moduleCompletion(completion)
        case let .homeSafetyQuestion(question):
            return .homeSafetyQuestion(question)
        case let .homeSafetyNotYet(notYet):
            return .homeSafetyNotYet(notYet)
        case .dadMoodCheck:
            return .dadMoodCheck(try core.dadMoodCheck())
        case let .crisisAnswer(answer):
            return .crisisAnswer(answer)
        case let .installPack(bundle):
            return .installPack(try core.previewPack(bundle: bundle))
        }
    }

    private func currentJournalFilter() -> JournalFilter? {
        guard case let .journal(state)? = stack.last(where: { $0.route == .journal })?.screen else {
            return nil
        }
        return state.filter
    }

    // MARK: Help now

    /// Help now: inside the app when unlocked, otherwise from the content alone, over the lock
    /// screen.
    public func showHelpNow(_ situation: Situation? = nil) {
        if groundwork != nil {
            show(.helpNow(situation))
            return
        }
        do {
            helpBeforeUnlock = try helpFromContent(region: preferences.region, situation: situation)
        } catch {
            notice = .error(Self.describe(error))
        }
    }

    /// Help now from the content alone (no database), with the device's time for the lines' hours.
    private func helpFromContent(region: String?, situation: Situation?) throws -> HelpNowScreen {
        let now = clock()
        let offsetMinutes = Int32(timeZone().secondsFromGMT(for: now) / 60)
        return try GroundworkCore.helpNowIn(
            dataDir: dataDir, region: region, deviceLocale: deviceLocale, situation: situation,
            now: now, utcOffsetMinutes: offsetMinutes)
    }

    /// The help button on every screen: help now at the situation the core gave that screen
    /// (the anger moment form opens at hurt-someone). On help now itself it stays where it is.
    public func openHelp() {
        guard let help else { return }
        if helpBeforeUnlock != nil { return }
        if case .unlocked = phase, case .helpNow? = top?.screen { return }
        showHelpNow(help.situation)
    }

    public func closeHelpBeforeUnlock() {
        helpBeforeUnlock = nil
    }

    /// He picked his region on help now (or in settings).
    public func chooseRegion(_ code: String) {
        run {
            if let core = groundwork {
                try core.setRegion(code: code)
                preferences.region = try core.region()
                if case .helpNow = top?.screen { reloadTop() }
            } else {
                let screen = try helpFromContent(region: code, situation: helpBeforeUnlock?.situation)
                preferences.region = screen.region?.code
                helpBeforeUnlock = screen
            }
        }
    }

    /// The button of the home screen's safety card, or "See all help" on a crisis answer.
    public func acceptHelp(_ situation: Situation) {
        notice = nil
        showHelpNow(situation)
    }

    // MARK: Check-ins

    /// Saves the check-in, then goes where the core says: its answer when the note held words of
    /// crisis, the safety questions, or back home.
    @discardableResult
    public func submitCheckIn(_ draft: CheckInDraft) -> CheckInOutcome? {
        run {
            let core = try opened()
            var input = draft.input
            if !input.ownWords.isEmpty {
                let sorted = try core.sortEmotionWords(words: input.ownWords)
                input.emotions += sorted.emotions.filter { !input.emotions.contains($0) }
                input.ownWords = sorted.ownWords
            }
            let outcome = try core.submitCheckIn(input: input)
            refreshNotifications()
            if let answer = outcome.crisisAnswer {
                try replaceTop(.crisisAnswer(answer))
            } else if let questions = outcome.safetyQuestions {
                try replaceTop(.safetyQuestions(questions))
            } else {
                back()
            }
            return outcome
        }
    }

    /// Answers (or skips, with nil) the two safety questions on top of the stack. A yes opens
    /// help now at the matching lines; otherwise home, with the core's line if there is one.
    public func answerSafetyQuestions(selfHarm: Bool?, hurtSomeone: Bool?) {
        guard case let .safetyQuestions(questions)? = top?.screen else { return }
        run {
            let followUp = try opened().answerSafetyQuestions(
                checkInId: questions.checkInId, selfHarm: selfHarm, hurtSomeone: hurtSomeone,
                deviceLocale: deviceLocale)
            if let help = followUp.helpNow {
                try replaceTop(.helpNow(help.situation), screen: .helpNow(help))
            } else {
                goHome()
                if let message = followUp.message { notice = .message(message) }
            }
        }
    }

    // MARK: Anger moments

    /// Saves an anger moment and goes back; what he wrote goes through the core's crisis check,
    /// and its answer comes on top when it finds something.
    @discardableResult
    public func recordAngerMoment(_ input: AngerMomentInput) -> AngerMoment? {
        run {
            let outcome = try opened().submitAngerMoment(input: input)
            try afterSaving(outcome.crisisAnswer)
            return outcome.moment
        }
    }

    // MARK: Journal

    /// Saves a new entry (or the edited one) and goes back. Both go through the core's one save
    /// path with its crisis check: an entry or an edit that holds words of crisis brings the
    /// core's answer on top.
    @discardableResult
    public func saveJournalEntry(_ input: JournalEntryInput) -> JournalEntry? {
        run {
            let core = try opened()
            let outcome: JournalOutcome
            if case let .journalEditor(state)? = top?.screen, let entry = state.entry {
                outcome = try core.submitJournalEdit(id: entry.id, body: input.body, tags: input.tags)
            } else {
                outcome = try core.submitJournalEntry(input: input)
            }
            try afterSaving(outcome.crisisAnswer)
            return outcome.entry
        }
    }

    public func deleteJournalEntry(_ id: UUID) {
        run {
            try opened().deleteJournalEntry(id: id)
            back()
        }
    }

    /// The next page of the journal list on top.
    public func loadMoreJournal() {
        guard case let .journal(state)? = top?.screen, let cursor = state.nextCursor else { return }
        run {
            let page = try opened().journalPage(filter: state.filter, cursor: cursor, limit: Self.journalPageSize)
            var next = state
            next.items += page.items
            next.nextCursor = page.nextCursor
            stack[stack.count - 1].screen = .journal(next)
        }
    }

    public func filterJournal(_ filter: JournalFilter) {
        guard case .journal = top?.screen else { return }
        run {
            let page = try opened().journalPage(filter: filter, cursor: nil, limit: Self.journalPageSize)
            stack[stack.count - 1].screen = .journal(
                JournalListState(filter: filter, items: page.items, nextCursor: page.nextCursor, help: page.help))
        }
    }

    /// Searches as he types; an empty field shows no results and asks the core nothing.
    public func searchJournal(_ query: String) {
        guard case let .journalSearch(state)? = top?.screen else { return }
        guard !query.isEmpty else {
            stack[stack.count - 1].screen = .journalSearch(JournalSearchState(query: "", hits: [], help: state.help))
            return
        }
        run {
            let hits = try opened().searchJournal(query: query, limit: Self.searchLimit)
            stack[stack.count - 1].screen = .journalSearch(JournalSearchState(query: query, hits: hits, help: state.help))
        }
    }

    public func addOwnPrompt(_ text: String) {
        run {
            _ = try opened().addOwnPrompt(text: text)
            reloadTop()
        }
    }

    // MARK: Insights and living documents

    public func showInsightsRange(_ range: InsightRange) {
        guard case .insights = top?.screen else { return }
        run { try replaceTop(.insights(range)) }
    }

    /// Saves fields of the living document on top; the core returns it as stored.
    public func saveDocument(_ values: [String: String]) {
        guard case let .document(document, help)? = top?.screen else { return }
        run {
            let saved = try opened().saveLivingDocument(id: document.id, values: values)
            stack[stack.count - 1].screen = .document(saved, help: help)
            notice = .message(ShellText.saved)
        }
    }

    // MARK: Settings

    /// Shows what a content pack file he picked would add (a counsellor's modules, prompts and
    /// local services), who made it and what it may not change, before anything is installed.
    /// The core checks it in full: a refused file (one that tries to change a help line, say)
    /// opens nothing and says why.
    public func previewPack(_ bytes: Data) {
        run { try push(.installPack(bytes)) }
    }

    /// Installs the pack previewed on top, with the app lock's PIN or passphrase when the preview
    /// asks for it (`secretKind`). A wrong one installs nothing and counts as a wrong attempt, as
    /// on the lock screen.
    public func confirmPackInstall(secret: LockSecret? = nil) async {
        guard case let .installPack(bundle)? = top?.route else { return }
        do {
            let core = try opened()
            let outcome = try await Task.detached { try core.installPack(bundle: bundle, secret: secret) }.value
            switch outcome {
            case let .installed(status):
                back()
                notice = .message(status.summary)
            case let .secretNeeded(_, message):
                notice = .error(message)
            case let .notInstalled(message, _):
                notice = .error(message)
            case let .erased(message):
                try startAgain(after: message)
            }
        } catch {
            notice = .error(Self.describe(error))
        }
    }

    /// Goes back to the content built into the app.
    public func removeInstalledPack() {
        run {
            let status = try opened().removeInstalledPack()
            reloadTop()
            notice = .message(status.summary)
        }
    }

    /// Saves the reminder settings (discreet mode among them) and hands the new schedule to the
    /// platform.
    public func saveReminderSettings(_ settings: ReminderSettings) {
        run {
            try opened().saveReminderSettings(settings: settings)
            preferences.discreet = settings.discreet
            refreshNotifications()
            reloadTop()
        }
    }

    public func setDiscreet(_ on: Bool) {
        run {
            var settings = try opened().reminderSettings()
            settings.discreet = on
            saveReminderSettings(settings)
        }
    }

    /// Sets an app lock: the key moves from the key store into the lock file, wrapped under the
    /// PIN or passphrase. The new home is saved and confirmed before the old one is emptied, so a
    /// crash or a failing key store at any step leaves a way in: the lock file is written
    /// (durably, by the core), read back, and only then is the key store's copy deleted.
    public func setAppLock(_ secret: LockSecret, eraseAfter: UInt32? = nil) async {
        let dir = dataDir
        do {
            guard let key = try keyStore.loadKey() else { throw AppModelError.keyMissing }
            try await Task.detached { try GroundworkCore.setAppLock(dataDir: dir, key: key, secret: secret, eraseAfter: eraseAfter) }.value
            guard try appLockStatus(dataDir: dir).locked else { throw AppModelError.keyNotMoved }
            try keyStore.deleteKey()
            preferences.biometricKey = false
            notice = .message(ShellText.lockSet)
            reloadTop()
        } catch {
            notice = .error(Self.describe(error))
        }
    }

    public func changeAppLock(old: LockSecret, new: LockSecret) async {
        let dir = dataDir
        do {
            let outcome = try await Task.detached { try GroundworkCore.changeAppLock(dataDir: dir, old: old, new: new) }.value
            notice = Self.settingsNotice(outcome, success: ShellText.saved)
            reloadTop()
        } catch {
            notice = .error(Self.describe(error))
        }
    }

    /// Removes the app lock; the key goes back into the key store. The key store's copy is saved
    /// and read back before the lock file goes, so a crash or a failing key store at any step
    /// leaves a way in (the lock, or the key store).
    public func removeAppLock(_ secret: LockSecret) async {
        let dir = dataDir
        do {
            let unlocked = try await Task.detached { try unlockApp(dataDir: dir, secret: secret) }.value
            guard case let .unlocked(key) = unlocked else {
                notice = Self.settingsNotice(unlocked, success: ShellText.lockRemoved)
                return
            }
            try keyStore.saveKey(key, biometric: false)
            guard try keyStore.loadKey() == key else { throw AppModelError.keyNotMoved }
            let outcome = try await Task.detached { try GroundworkCore.removeAppLock(dataDir: dir, secret: secret) }.value
            notice = Self.settingsNotice(outcome, success: ShellText.lockRemoved)
            reloadTop()
        } catch {
            notice = .error(Self.describe(error))
        }
    }

    private static func settingsNotice(_ outcome: UnlockOutcome, success: String) -> Notice {
        switch outcome {
        case .unlocked: .message(success)
        case let .wrongSecret(_, _, message): .error(message)
        case let .tooSoon(_, message): .error(message)
        case let .erased(message): .error(message)
        }
    }

    /// Protects the key on this device with Face ID / Touch ID (no app lock set).
    public func setBiometricKey(_ on: Bool) {
        run {
            guard let key = try keyStore.loadKey() else { throw AppModelError.keyMissing }
            try keyStore.saveKey(key, biometric: on)
            preferences.biometricKey = on
            reloadTop()
        }
    }

    /// An encrypted backup to hand to the share sheet.
    @discardableResult
    public func makeBackup(passphrase: String) async -> BackupFile? {
        do {
            let core = try opened()
            return try await Task.detached { try core.backup(passphrase: passphrase) }.value
        } catch {
            notice = .error(Self.describe(error))
            return nil
        }
    }

    @discardableResult
    public func restoreBackup(_ bytes: Data, passphrase: String, mode: RestoreMode) async -> RestoreSummary? {
        do {
            let core = try opened()
            let summary = try await Task.detached {
                try core.restore(bytes: bytes, passphrase: passphrase, mode: mode)
            }.value
            notice = .message(summary.message)
            refreshNotifications()
            reloadTop()
            return summary
        } catch {
            notice = .error(Self.describe(error))
            return nil
        }
    }

    /// What the export screen says: the file is not encrypted, and whether the secret is asked.
    public func exportScreen() -> ExportScreen? {
        run { try opened().exportScreen() }
    }

    /// After the last wrong try he opted in to erased everything: the app starts again as new and
    /// says so.
    private func startAgain(after message: String) throws {
        try forgetDevice()
        start()
        notice = .error(message)
    }

    /// A plain export to hand to the share sheet. With an app lock set, `secret` is its PIN or
    /// passphrase: without it, or with a wrong one (counted, as on the lock screen), the core's
    /// words are the notice and there is no file.
    public func export(_ format: ExportFormat, secret: LockSecret? = nil) -> ExportFile? {
        do {
            switch try opened().exportFile(format: format, secret: secret) {
            case let .exported(file):
                return file
            case let .secretNeeded(_, message), let .notExported(message, _):
                notice = .error(message)
            case let .erased(message):
                try startAgain(after: message)
            }
        } catch {
            notice = .error(Self.describe(error))
        }
        return nil
    }

    /// Erases everything: the database, the lock, the key and the preferences; the app starts
    /// again as new.
    public func eraseEverything() {
        do {
            if let core = groundwork {
                try core.eraseEverything()
            } else {
                try eraseDataDir(dataDir: dataDir)
            }
            try forgetDevice()
            start()
        } catch {
            notice = .error(Self.describe(error))
        }
    }

    private func forgetDevice() throws {
        groundwork = nil
        stack = []
        try keyStore.deleteKey()
        preferences.discreet = false
        preferences.region = nil
        preferences.biometricKey = false
        scheduler?.apply([])
    }

    // MARK: Curriculum

    /// Saves what he chose in onboarding (or "your path" in settings) and goes home.
    public func completeOnboarding(_ choices: OnboardingChoices) {
        run {
            showHome(try opened().completeOnboarding(choices: choices))
            preferences.discreet = choices.discreetMode
            preferences.region = try opened().region()
            refreshNotifications()
        }
    }

    /// Opens a module where he left off (or from the top to go through it again); a module done
    /// together with his partner may ask the home safety question first, or say why it is closed.
    public func openModule(_ moduleId: String) {
        run { try push(Self.route(for: try opened().openModule(moduleId: moduleId))) }
    }

    private static func route(for opening: ModuleOpening) -> Route {
        switch opening {
        case let .step(screen): .lessonStep(screen)
        case let .question(screen): .homeSafetyQuestion(screen)
        case let .notYet(screen): .homeSafetyNotYet(screen)
        }
    }

    /// Shows the home safety question the completion screen on top carries.
    public func askHomeSafetyQuestion() {
        guard case let .moduleCompletion(completion)? = top?.screen,
              let question = completion.homeSafetyQuestion else { return }
        run { try push(.homeSafetyQuestion(question)) }
    }

    /// Answers the home safety question on top. After a no, what the core says comes next opens
    /// in its place (the module he was opening), with the core's line; after a yes or not sure,
    /// the core's screen of why, help and his own work.
    public func answerHomeSafetyQuestion(_ answer: HomeSafetyAnswer) {
        guard case let .homeSafetyQuestion(question)? = top?.screen else { return }
        run {
            let core = try opened()
            switch try core.answerHomeSafetyQuestion(
                answer: answer, moduleId: question.moduleId, deviceLocale: deviceLocale) {
            case let .open(message, _, next):
                if let moduleId = next.moduleId, next.actionLabel != nil {
                    try replaceTop(Self.route(for: try core.openModule(moduleId: moduleId)))
                } else {
                    back()
                }
                notice = .message(message)
            case let .notYet(screen):
                try replaceTop(.homeSafetyNotYet(screen), screen: .homeSafetyNotYet(screen))
            }
        }
    }

    /// Saves a half-done answer to the step on top, so he finds it when he comes back. With
    /// `step`, only while that step is still the one on top (a late draft never lands on the
    /// next step).
    public func saveAnswer(_ answer: ExerciseAnswer, at step: LessonStepScreen? = nil) {
        guard case let .lessonStep(current)? = top?.screen,
              step.map({ $0.moduleId == current.moduleId && $0.stepIndex == current.stepIndex }) ?? true
        else { return }
        run {
            let saved = try opened().saveAnswer(moduleId: current.moduleId, stepIndex: current.stepIndex, answer: answer)
            stack[stack.count - 1].screen = .lessonStep(saved)
        }
    }

    /// Goes on from the step on top: the next step, or the module's completion screen.
    public func continueLesson(_ answer: ExerciseAnswer?) {
        guard case let .lessonStep(step)? = top?.screen else { return }
        run {
            switch try opened().continueLesson(moduleId: step.moduleId, stepIndex: step.stepIndex, answer: answer) {
            case let .step(next):
                try replaceTop(.lessonStep(next), screen: .lessonStep(next))
                if let answer = next.crisisAnswer { try push(.crisisAnswer(answer)) }
            case let .completed(completion):
                try replaceTop(.moduleCompletion(completion), screen: .moduleCompletion(completion))
                if let answer = completion.crisisAnswer { try push(.crisisAnswer(answer)) }
                refreshNotifications()
            }
        }
    }

    /// Back to an earlier step of the module on top (or forward to one he reached).
    public func goToStep(_ index: UInt32) {
        guard case let .lessonStep(step)? = top?.screen else { return }
        run {
            let screen = try opened().goToStep(moduleId: step.moduleId, stepIndex: index)
            try replaceTop(.lessonStep(screen), screen: .lessonStep(screen))
        }
    }

    /// Opens the new dad's mood check the home card offers.
    public func openDadMoodCheck() {
        show(.dadMoodCheck)
    }

    /// Answers the mood check on top, one value per question in the core's order (each choice's
    /// `value`). When the core brings help now (hard answers), it opens in the check's place at
    /// the new-dad lines, with the core's words as a notice; otherwise home, with the core's words.
    public func answerDadMoodCheck(_ answers: [Int32]) {
        guard case .dadMoodCheck? = top?.screen else { return }
        run {
            let followUp = try opened().answerDadMoodCheck(answers: answers, deviceLocale: deviceLocale)
            if let help = followUp.helpNow {
                try replaceTop(.helpNow(help.situation), screen: .helpNow(help))
            } else {
                goHome()
            }
            notice = .message(followUp.message)
        }
    }

    /// "Not now" on the home card or the check: home comes back without the card until next time.
    public func skipDadMoodCheck() {
        run { showHome(try opened().skipDadMoodCheck()) }
    }

    /// "Not now" on home's "find your people" card: the core puts it away for good and home comes
    /// back without it (the groups stay in help now's "I need to talk to someone").
    public func dismissPeerGroupsCard() {
        run { showHome(try opened().dismissPeerGroupsCard()) }
    }

    // MARK: After something heavy

    /// After a save: back to where he was, then the core's answer on top when it found words of
    /// crisis (closing it returns there).
    private func afterSaving(_ answer: CrisisAnswer?) throws {
        back()
        if let answer { try push(.crisisAnswer(answer)) }
    }

    /// Closes the crisis answer on top, back to what he was doing.
    public func closeCrisisAnswer() {
        guard case .crisisAnswer? = top?.screen else { return }
        back()
    }

    /// A plan link on the crisis answer (or after the question on home): opens that plan.
    public func openPlan(_ documentId: String) {
        show(.document(documentId))
    }

    /// Answers the quiet question on home ("How are you now?"). Worse brings the same help again,
    /// on top of home; better or about the same open his plan; each with the core's line.
    public func answerFollowUp(_ answer: FollowUpAnswer) {
        run {
            let outcome = try opened().answerCrisisFollowUp(answer: answer)
            goHome()
            if let help = outcome.answer {
                try push(.crisisAnswer(help))
            } else if let plan = outcome.planLink {
                try push(.document(plan.documentId))
            }
            notice = .message(outcome.message)
        }
    }

    /// Turns the question on home off or on (the card's button, or settings).
    public func setCrisisFollowUp(_ on: Bool) {
        run {
            let said = try opened().setCrisisFollowUp(on: on)
            reloadTop()
            if let said { notice = .message(said) }
        }
    }

    /// Marks one of this week's commitments done, not this time, or open again.
    public func setCommitmentState(_ id: String, _ state: CommitmentState) {
        run {
            let home = try opened().setCommitmentState(id: id, state: state)
            stack[0].screen = .home(home)
            refreshNotifications()
        }
    }

    /// A link in lesson text: help now in the app; a web address is the platform's to open.
    public func followLink(_ link: SpanLink, openWeb: (URL) -> Void) {
        switch link {
        case let .helpNow(situation): showHelpNow(situation)
        case let .web(url): if let url = URL(string: url) { openWeb(url) }
        }
    }

    private func showHome(_ home: HomeScreen) {
        guard !stack.isEmpty else { return }
        stack.removeSubrange(1...)
        stack[0].screen = .home(home)
    }

    // MARK: Links and reminders

    /// Any `groundwork://` link: an opened URL or a tapped reminder's. The core reads it; this
    /// only goes where it says. Help now opens at once, even before unlock; anything else waits
    /// until the app is open.
    public func openLink(_ url: String) {
        let link: AppLink
        do {
            link = try readLink(url: url)
        } catch {
            notice = .error(Self.describe(error))
            return
        }
        if case let .helpNow(situation) = link {
            showHelpNow(situation)
            return
        }
        guard groundwork != nil else {
            pendingLink = url
            return
        }
        switch link {
        case .checkIn:
            goHome()
            show(.checkIn)
        case .practice:
            goHome()
        case .newDad:
            goHome()
            show(.phaseMap)
        case let .recommendation(recommendation):
            run { try push(.recommendation(recommendation, code: url)) }
        case let .helpNow(situation):
            showHelpNow(situation)
        }
    }

    /// A recommendation code he typed (or pasted): the core reads it.
    public func openCode(_ text: String) {
        run { try push(.recommendation(try readRecommendationCode(text: text), code: text)) }
    }

    /// Adds the recommendation on top to his plan; home shows it first.
    public func acceptRecommendation() {
        guard case let .recommendation(_, code)? = top?.route else { return }
        run { showHome(try opened().acceptRecommendation(code: code)) }
    }

    /// The core's reminder schedule as platform requests.
    public func notificationRequests() throws -> [NotificationRequest] {
        try opened().reminderSchedule(days: Self.scheduleDays).map(NotificationRequest.init)
    }

    /// Hands the schedule to the platform: after a check-in, a settings change, on returning to
    /// the foreground and when the time zone changes.
    public func refreshNotifications() {
        guard let scheduler, let requests = try? notificationRequests() else { return }
        scheduler.apply(requests)
    }

    // MARK: Helpers

    private func opened() throws -> Groundwork {
        guard let groundwork else { throw ApiError.Closed }
        return groundwork
    }

    @discardableResult
    private func run<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            notice = .error(Self.describe(error))
            return nil
        }
    }

    /// The core's plain sentence for its errors; a general line for anything else.
    public static func describe(_ error: Error) -> String {
        switch error {
        case let error as ApiError: String(describing: error)
        case AppModelError.keyMissing: ShellText.keyMissing
        case AppModelError.keyNotMoved: ShellText.keyNotMoved
        default: ShellText.unexpected
        }
    }
}

enum AppModelError: Error {
    case keyMissing
    /// The key's new home could not be confirmed, so its old one was left as it was.
    case keyNotMoved
}
