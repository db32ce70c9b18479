// The app model: one per app, over one `Groundwork`. It opens and locks the database, keeps the
// navigation stack, forwards what the person did to the core and shows what the core returned.
// Every decision about the person (what comes after a check-in, whether help is offered, what a
// reminder says) is the core's; this routes its answers.
//
// State is one StateFlow<AppState>. Every call is synchronous and may touch the disk (unlocking
// and backups take a second on purpose): the Android ViewModel calls them on Dispatchers.IO.
package app.groundwork.presentation

import app.groundwork.core.AngerMoment
import app.groundwork.core.AngerMomentInput
import app.groundwork.core.ApiException
import app.groundwork.core.BackupFile
import app.groundwork.core.CheckInOutcome
import app.groundwork.core.CommitmentState
import app.groundwork.core.CrisisAnswer
import app.groundwork.core.ExerciseAnswer
import app.groundwork.core.FollowUpAnswer
import app.groundwork.core.HelpButton
import app.groundwork.core.HelpNowScreen
import app.groundwork.core.HomeDestination
import app.groundwork.core.HomeSafetyAnswer
import app.groundwork.core.HomeSafetyOutcome
import app.groundwork.core.HomeScreen
import app.groundwork.core.LessonOutcome
import app.groundwork.core.LessonStepScreen
import app.groundwork.core.ModuleOpening
import app.groundwork.core.OnboardingChoices
import app.groundwork.core.PackInstallOutcome
import app.groundwork.core.SpanLink
import app.groundwork.core.ExportFile
import app.groundwork.core.ExportFormat
import app.groundwork.core.ExportOutcome
import app.groundwork.core.ExportScreen
import app.groundwork.core.Groundwork
import app.groundwork.core.InsightRange
import app.groundwork.core.JournalEntry
import app.groundwork.core.JournalEntryInput
import app.groundwork.core.JournalFilter
import app.groundwork.core.LockSecret
import app.groundwork.core.LockStatus
import app.groundwork.core.ReminderSettings
import app.groundwork.core.RestoreMode
import app.groundwork.core.RestoreSummary
import app.groundwork.core.Situation
import app.groundwork.core.UnlockOutcome
import app.groundwork.core.AppLink
import app.groundwork.core.appLockScreen
import app.groundwork.core.readLink
import app.groundwork.core.appLockStatus
import app.groundwork.core.coreVersion
import app.groundwork.core.discreetTextsFor
import app.groundwork.core.eraseDataDir
import app.groundwork.core.generateDatabaseKey
import app.groundwork.core.readRecommendationCode
import app.groundwork.core.unlockApp
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import java.time.ZonedDateTime
import java.util.UUID
import app.groundwork.core.changeAppLock as coreChangeAppLock
import app.groundwork.core.helpNowIn as coreHelpNowIn
import app.groundwork.core.removeAppLock as coreRemoveAppLock
import app.groundwork.core.setAppLock as coreSetAppLock

class AppModel(
    private val dataDir: String,
    private val keyStore: KeyStore,
    private val preferences: AppPreferences,
    private val scheduler: NotificationScheduling? = null,
    private val deviceLocale: String? = java.util.Locale.getDefault().toLanguageTag(),
    /** The device's clock in its time zone now: help now before unlock says the lines' hours by it. */
    private val clock: () -> ZonedDateTime = { ZonedDateTime.now() },
    /** Opens the database with its key; tests pass `Groundwork.openWithTestClock` to move time on. */
    private val openCore: (dataDir: String, key: ByteArray) -> Groundwork = { dir, key -> Groundwork.open(dir, key) },
) {
    private val mutableState = MutableStateFlow(AppState())

    /** Everything to render. */
    val state: StateFlow<AppState> = mutableState.asStateFlow()

    private val current: AppState get() = mutableState.value
    private var groundwork: Groundwork? = null
    private var nextEntryId = 0
    /** A link opened before unlock, read again once the app is open. */
    private var pendingLink: String? = null

    // ----- Opening, locking, unlocking -----

    /**
     * Opens on launch: the lock screen when an app lock is set (or the key needs BiometricPrompt),
     * otherwise straight in with the stored key, creating one on first run.
     */
    @Synchronized
    fun start() {
        try {
            val status = appLockStatus(dataDir)
            if (status.locked || preferences.biometricKey) {
                mutableState.update { it.copy(phase = AppPhase.Locked(lockScreen(status))) }
                return
            }
            val stored = keyStore.loadKey()
            if (stored != null) {
                open(stored)
            } else {
                val key = generateDatabaseKey()
                keyStore.saveKey(key, biometric = false)
                open(key)
                mutableState.update { it.copy(firstRun = true) }
            }
        } catch (error: Exception) {
            mutableState.update { it.copy(phase = AppPhase.Unavailable(describe(error), helpBeforeOpening())) }
        }
    }

    /** Unlocks with the key on this device (after BiometricPrompt when the key is protected). */
    @Synchronized
    fun unlockWithDevice() {
        try {
            val key = keyStore.loadKey() ?: return setLockMessage(ShellText.KEY_MISSING)
            open(key)
        } catch (error: Exception) {
            setLockMessage(describe(error))
        }
    }

    /** Tries a PIN or passphrase (slow on purpose: Argon2id). */
    @Synchronized
    fun unlock(secret: LockSecret) {
        try {
            when (val outcome = unlockApp(dataDir, secret)) {
                is UnlockOutcome.Unlocked -> open(outcome.key)
                is UnlockOutcome.WrongSecret -> updateLock {
                    it.copy(
                        attemptsLeftBeforeErase = outcome.attemptsLeftBeforeErase,
                        retryAfter = outcome.retryAfter,
                        message = outcome.message,
                    )
                }
                is UnlockOutcome.TooSoon -> updateLock {
                    it.copy(retryAfter = outcome.retryAfter, message = outcome.message)
                }
                is UnlockOutcome.Erased -> {
                    forgetDevice()
                    start()
                    mutableState.update { it.copy(notice = Notice.Message(outcome.message)) }
                }
            }
        } catch (error: Exception) {
            setLockMessage(describe(error))
        }
    }

    /** Closes the database and shows the lock screen (backgrounded, or a quick hide). */
    @Synchronized
    fun lock() {
        val core = groundwork ?: return
        core.closeDatabase()
        core.close()
        groundwork = null
        val status = runCatching { appLockStatus(dataDir) }.getOrElse {
            LockStatus(locked = false, kind = null, retryAfter = null, eraseAfter = null, attemptsLeftBeforeErase = null, message = null)
        }
        mutableState.update {
            it.copy(phase = AppPhase.Locked(lockScreen(status)), stack = emptyList(), notice = null)
        }
    }

    private fun open(key: ByteArray) {
        val opened = openCore(dataDir, key)
        key.fill(0)
        groundwork = opened
        mutableState.update { it.copy(phase = AppPhase.Unlocked, stack = emptyList(), helpBeforeUnlock = null) }
        push(Route.Home)
        if ((current.top?.screen as? Screen.Home)?.home?.needsOnboarding == true) push(Route.Onboarding)
        refreshNotifications()
        pendingLink?.let { link ->
            pendingLink = null
            openLink(link)
        }
    }

    private fun lockScreen(status: LockStatus) = LockScreenState(
        kind = status.kind,
        retryAfter = status.retryAfter,
        attemptsLeftBeforeErase = status.attemptsLeftBeforeErase,
        message = status.message,
        texts = discreetTextsFor(preferences.discreet),
        screen = appLockScreen(dataDir, status.kind, preferences.discreet, preferences.region),
    )

    /** The help button while the database is closed: the lock screen's, with the remembered region. */
    private fun helpBeforeOpening(): HelpButton =
        appLockScreen(dataDir, null, preferences.discreet, preferences.region).help

    private fun updateLock(change: (LockScreenState) -> LockScreenState) = mutableState.update { state ->
        val phase = state.phase
        if (phase is AppPhase.Locked) state.copy(phase = AppPhase.Locked(change(phase.lock))) else state
    }

    private fun setLockMessage(message: String) {
        if (current.phase is AppPhase.Locked) {
            updateLock { it.copy(message = message) }
        } else {
            notify(Notice.Error(message))
        }
    }

    // ----- Navigation -----

    /** Opens a screen on top of the current one. */
    @Synchronized
    fun show(route: Route) {
        run { push(route) }
    }

    /** A home shortcut: the core says where it goes; this only names the screen. */
    @Synchronized
    fun openShortcut(destination: HomeDestination) = show(
        when (destination) {
            HomeDestination.CHECK_IN -> Route.CheckIn
            HomeDestination.ANGER_MOMENT -> Route.AngerMoment
            HomeDestination.JOURNAL -> Route.Journal
            HomeDestination.INSIGHTS -> Route.Insights(InsightRange.MONTH)
            HomeDestination.PLANS -> Route.Documents
            HomeDestination.PATH -> Route.PhaseMap
        },
    )

    /** Goes back one screen and refreshes the one below (counts and lists may have changed). */
    @Synchronized
    fun back() {
        if (current.stack.size <= 1) return
        mutableState.update { it.copy(stack = it.stack.dropLast(1)) }
        reloadTop()
    }

    @Synchronized
    fun goHome() {
        if (current.stack.isEmpty()) return
        mutableState.update { it.copy(stack = it.stack.take(1)) }
        reloadTop()
    }

    /** Loads the top screen again from the core. */
    @Synchronized
    fun reloadTop() {
        val top = current.top ?: return
        run { replaceTopScreen(load(top.route)) }
    }

    @Synchronized
    fun dismissNotice() = mutableState.update { it.copy(notice = null) }

    private fun push(route: Route) {
        val screen = load(route)
        nextEntryId += 1
        val entry = Entry(nextEntryId, route, screen)
        mutableState.update { it.copy(stack = it.stack + entry) }
    }

    private fun replaceTop(route: Route, screen: Screen? = null) {
        val loaded = screen ?: load(route)
        nextEntryId += 1
        val entry = Entry(nextEntryId, route, loaded)
        mutableState.update { it.copy(stack = it.stack.dropLast(1) + entry) }
    }

    private fun replaceTopScreen(screen: Screen) = mutableState.update { state ->
        val top = state.top ?: return@update state
        state.copy(stack = state.stack.dropLast(1) + top.copy(screen = screen))
    }

    private fun load(route: Route): Screen {
        val core = opened()
        return when (route) {
            Route.Home -> Screen.Home(core.homeScreen())
            Route.CheckIn -> Screen.CheckIn(CheckInViewState(core.checkInForm()))
            is Route.SafetyQuestionsRoute -> Screen.SafetyQuestionsScreen(route.questions)
            is Route.HelpNow -> Screen.HelpNow(core.helpNow(route.situation, deviceLocale))
            Route.AngerMoment -> Screen.AngerMoment(core.angerMomentForm())
            Route.Journal -> {
                val filter = (screenOf(Route.Journal) as? Screen.Journal)?.state?.filter ?: JournalFilter()
                val page = core.journalPage(filter, null, JOURNAL_PAGE_SIZE)
                Screen.Journal(JournalListState(filter, page.items, page.nextCursor, page.help))
            }
            is Route.JournalEditor -> Screen.JournalEditor(
                JournalEditorState(route.entryId?.let { core.journalEntry(it) }, core.journalPrompts()),
            )
            Route.JournalSearch -> {
                val query = (screenOf(Route.JournalSearch) as? Screen.JournalSearch)?.state?.query.orEmpty()
                val hits = if (query.isEmpty()) emptyList() else core.searchJournal(query, SEARCH_LIMIT)
                Screen.JournalSearch(JournalSearchState(query, hits, core.helpButton()))
            }
            is Route.Insights -> Screen.Insights(InsightsViewState(core.insights(route.range)))
            Route.Documents -> Screen.Documents(core.livingDocuments(), core.helpButton())
            is Route.Document -> Screen.Document(core.livingDocument(route.id), core.helpButton())
            Route.Settings -> Screen.Settings(
                SettingsState(
                    lock = appLockStatus(dataDir),
                    reminders = core.reminderSettings(),
                    texts = core.discreetTexts(),
                    biometricKey = preferences.biometricKey,
                    region = core.region(),
                    regions = core.helpNow(null, deviceLocale).regions,
                    content = core.contentStatus(),
                    coreVersion = coreVersion(),
                    help = core.helpButton(),
                    crisisFollowUp = core.crisisFollowUpOn(),
                ),
            )
            is Route.Recommendation -> Screen.Recommendation(route.recommendation, core.helpButton())
            Route.Onboarding -> Screen.Onboarding(core.onboardingScreen(deviceLocale))
            Route.PhaseMap -> Screen.PhaseMap(core.phaseMap())
            is Route.ModuleOverview -> Screen.ModuleOverview(core.moduleOverview(route.moduleId))
            is Route.LessonStep -> Screen.LessonStep(route.step)
            is Route.ModuleCompletion -> Screen.ModuleCompletion(route.completion)
            is Route.HomeSafetyQuestionRoute -> Screen.HomeSafetyQuestionScreen(route.question)
            is Route.HomeSafetyNotYet -> Screen.HomeSafetyNotYet(route.notYet)
            Route.DadMoodCheck -> Screen.DadMoodCheck(core.dadMoodCheck())
            is Route.CrisisAnswerRoute -> Screen.CrisisAnswerScreen(route.answer)
            is Route.InstallPack -> Screen.InstallPack(core.previewPack(route.bundle))
        }
    }

    private fun screenOf(route: Route): Screen? = current.stack.lastOrNull { it.route == route }?.screen

    // ----- Help now -----

    /** Help now: inside the app when unlocked, otherwise from the content alone over the lock screen. */
    @Synchronized
    fun showHelpNow(situation: Situation? = null) {
        if (groundwork != null) return show(Route.HelpNow(situation))
        run {
            val help = helpFromContent(preferences.region, situation)
            mutableState.update { it.copy(helpBeforeUnlock = help) }
        }
    }

    /** Help now from the content alone (no database), with the device's time for the lines' hours. */
    private fun helpFromContent(region: String?, situation: Situation?): HelpNowScreen {
        val now = clock()
        return coreHelpNowIn(dataDir, region, deviceLocale, situation, now.toInstant(), now.offset.totalSeconds / 60)
    }

    /** The help now button of what is on screen, as the core gave it (null only before `start()`). */
    val help: HelpButton? get() = current.help

    /**
     * The help button on every screen: help now at the situation the core gave that screen
     * (the anger moment form opens at hurt-someone). On help now itself it stays where it is.
     */
    @Synchronized
    fun openHelp() {
        val help = current.help ?: return
        if (current.helpBeforeUnlock != null) return
        if (current.phase == AppPhase.Unlocked && current.top?.screen is Screen.HelpNow) return
        showHelpNow(help.situation)
    }

    @Synchronized
    fun closeHelpBeforeUnlock() = mutableState.update { it.copy(helpBeforeUnlock = null) }

    /** He picked his region on help now (or in settings). */
    @Synchronized
    fun chooseRegion(code: String) {
        run {
            val core = groundwork
            if (core != null) {
                core.setRegion(code)
                preferences.region = core.region()
                if (current.top?.screen is Screen.HelpNow || current.top?.screen is Screen.Settings) reloadTop()
            } else {
                val help = helpFromContent(code, current.helpBeforeUnlock?.situation)
                preferences.region = help.region?.code
                mutableState.update { it.copy(helpBeforeUnlock = help) }
            }
        }
    }

    /** The button of the home screen's safety card, or "See all help" on a crisis answer. */
    @Synchronized
    fun acceptHelp(situation: Situation) {
        dismissNotice()
        showHelpNow(situation)
    }

    // ----- Check-ins -----

    /**
     * Saves the check-in, then goes where the core says: the safety questions, or back (with an
     * offer of help when the note asked for one).
     */
    @Synchronized
    fun submitCheckIn(draft: CheckInDraft): CheckInOutcome? = run {
        val core = opened()
        var input = draft.input
        if (input.ownWords.isNotEmpty()) {
            val sorted = core.sortEmotionWords(input.ownWords)
            input = input.copy(
                emotions = input.emotions + sorted.emotions.filter { it !in input.emotions },
                ownWords = sorted.ownWords,
            )
        }
        val outcome = core.submitCheckIn(input)
        refreshNotifications()
        val questions = outcome.safetyQuestions
        val answer = outcome.crisisAnswer
        when {
            answer != null -> replaceTop(Route.CrisisAnswerRoute(answer))
            questions != null -> replaceTop(Route.SafetyQuestionsRoute(questions))
            else -> back()
        }
        outcome
    }

    /**
     * Answers (or skips, with null) the two safety questions on top. A yes opens help now at the
     * matching lines; otherwise home, with the core's line if there is one.
     */
    @Synchronized
    fun answerSafetyQuestions(selfHarm: Boolean?, hurtSomeone: Boolean?) {
        val screen = current.top?.screen as? Screen.SafetyQuestionsScreen ?: return
        run {
            val followUp = opened().answerSafetyQuestions(screen.questions.checkInId, selfHarm, hurtSomeone, deviceLocale)
            val help = followUp.helpNow
            if (help != null) {
                replaceTop(Route.HelpNow(help.situation), Screen.HelpNow(help))
            } else {
                goHome()
                followUp.message?.let { notify(Notice.Message(it)) }
            }
        }
    }

    // ----- Anger moments -----

    /**
     * Saves an anger moment and goes back; what he wrote goes through the core's crisis check,
     * and an offer of help comes with it when it fits.
     */
    @Synchronized
    fun recordAngerMoment(input: AngerMomentInput): AngerMoment? = run {
        val outcome = opened().submitAngerMoment(input)
        afterSaving(outcome.crisisAnswer)
        outcome.moment
    }

    // ----- Journal -----

    /**
     * Saves a new entry (or the edited one) and goes back. Both go through the core's one save
     * path with its crisis check: an entry or an edit that holds words of crisis brings the
     * core's offer of help.
     */
    @Synchronized
    fun saveJournalEntry(input: JournalEntryInput): JournalEntry? = run {
        val core = opened()
        val editing = (current.top?.screen as? Screen.JournalEditor)?.state?.entry
        val outcome = if (editing != null) {
            core.submitJournalEdit(editing.id, input.body, input.tags)
        } else {
            core.submitJournalEntry(input)
        }
        afterSaving(outcome.crisisAnswer)
        outcome.entry
    }

    @Synchronized
    fun deleteJournalEntry(id: UUID) {
        run {
            opened().deleteJournalEntry(id)
            back()
        }
    }

    /** The next page of the journal list on top. */
    @Synchronized
    fun loadMoreJournal() {
        val state = (current.top?.screen as? Screen.Journal)?.state ?: return
        val cursor = state.nextCursor ?: return
        run {
            val page = opened().journalPage(state.filter, cursor, JOURNAL_PAGE_SIZE)
            replaceTopScreen(Screen.Journal(state.copy(items = state.items + page.items, nextCursor = page.nextCursor)))
        }
    }

    @Synchronized
    fun filterJournal(filter: JournalFilter) {
        if (current.top?.screen !is Screen.Journal) return
        run {
            val page = opened().journalPage(filter, null, JOURNAL_PAGE_SIZE)
            replaceTopScreen(Screen.Journal(JournalListState(filter, page.items, page.nextCursor, page.help)))
        }
    }

    /** Searches as he types; an empty field shows no results and asks the core nothing. */
    @Synchronized
    fun searchJournal(query: String) {
        val state = (current.top?.screen as? Screen.JournalSearch)?.state ?: return
        if (query.isEmpty()) return replaceTopScreen(Screen.JournalSearch(state.copy(query = "", hits = emptyList())))
        run { replaceTopScreen(Screen.JournalSearch(state.copy(query = query, hits = opened().searchJournal(query, SEARCH_LIMIT)))) }
    }

    @Synchronized
    fun addOwnPrompt(text: String) {
        run {
            opened().addOwnPrompt(text)
            reloadTop()
        }
    }

    // ----- Insights and living documents -----

    @Synchronized
    fun showInsightsRange(range: InsightRange) {
        if (current.top?.screen !is Screen.Insights) return
        run { replaceTop(Route.Insights(range)) }
    }

    /** Saves fields of the living document on top; the core returns it as stored. */
    @Synchronized
    fun saveDocument(values: Map<String, String>) {
        val screen = current.top?.screen as? Screen.Document ?: return
        run {
            replaceTopScreen(screen.copy(document = opened().saveLivingDocument(screen.document.id, values)))
            notify(Notice.Message(ShellText.SAVED))
        }
    }

    // ----- Settings -----

    /**
     * Shows what a content pack file he picked would add (a counsellor's modules, prompts and
     * local services), who made it and what it may not change, before anything is installed. The
     * core checks it in full: a refused file (one that tries to change a help line, say) opens
     * nothing and says why.
     */
    @Synchronized
    fun previewPack(bytes: ByteArray) {
        run { push(Route.InstallPack(bytes)) }
    }

    /**
     * Installs the pack previewed on top, with the app lock's PIN or passphrase when the preview
     * asks for it (`preview.secretKind`). A wrong one installs nothing and counts as a wrong
     * attempt, as on the lock screen.
     */
    @Synchronized
    fun confirmPackInstall(secret: LockSecret? = null) {
        val route = current.top?.route as? Route.InstallPack ?: return
        run {
            when (val outcome = opened().installPack(route.bundle, secret)) {
                is PackInstallOutcome.Installed -> {
                    back()
                    notify(Notice.Message(outcome.status.summary))
                }
                is PackInstallOutcome.SecretNeeded -> notify(Notice.Error(outcome.message))
                is PackInstallOutcome.NotInstalled -> notify(Notice.Error(outcome.message))
                is PackInstallOutcome.Erased -> {
                    groundwork?.close()
                    forgetDevice()
                    start()
                    notify(Notice.Error(outcome.message))
                }
            }
        }
    }

    /** Goes back to the content built into the app. */
    @Synchronized
    fun removeInstalledPack() {
        run {
            val status = opened().removeInstalledPack()
            reloadTop()
            notify(Notice.Message(status.summary))
        }
    }

    /** Saves the reminder settings (discreet mode among them) and hands the schedule to the platform. */
    @Synchronized
    fun saveReminderSettings(settings: ReminderSettings) {
        run {
            opened().saveReminderSettings(settings)
            preferences.discreet = settings.discreet
            refreshNotifications()
            reloadTop()
        }
    }

    @Synchronized
    fun setDiscreet(on: Boolean) {
        run { saveReminderSettings(opened().reminderSettings().copy(discreet = on)) }
    }

    /**
     * Sets an app lock: the key moves from the key store into the lock file, wrapped. The new home
     * is saved and confirmed before the old one is emptied, so a crash or a failing key store at
     * any step leaves a way in: the lock file is written (durably, by the core), read back, and
     * only then is the key store's copy deleted.
     */
    @Synchronized
    fun setAppLock(secret: LockSecret, eraseAfter: UInt? = null) {
        run {
            val key = keyStore.loadKey() ?: throw KeyMissing()
            try {
                coreSetAppLock(dataDir, key, secret, eraseAfter)
            } finally {
                key.fill(0)
            }
            if (!appLockStatus(dataDir).locked) throw KeyNotMoved()
            keyStore.deleteKey()
            preferences.biometricKey = false
            notify(Notice.Message(ShellText.LOCK_SET))
            reloadTop()
        }
    }

    @Synchronized
    fun changeAppLock(old: LockSecret, new: LockSecret) {
        run {
            notify(settingsNotice(coreChangeAppLock(dataDir, old, new), ShellText.SAVED))
            reloadTop()
        }
    }

    /**
     * Removes the app lock; the key goes back into the key store. The key store's copy is saved
     * and read back before the lock file goes, so a crash or a failing key store at any step
     * leaves a way in (the lock, or the key store).
     */
    @Synchronized
    fun removeAppLock(secret: LockSecret) {
        run {
            val unlocked = unlockApp(dataDir, secret)
            if (unlocked !is UnlockOutcome.Unlocked) {
                notify(settingsNotice(unlocked, ShellText.LOCK_REMOVED))
                return@run
            }
            val key = unlocked.key
            try {
                keyStore.saveKey(key, biometric = false)
                val saved = keyStore.loadKey()
                val confirmed = saved != null && saved.contentEquals(key)
                saved?.fill(0)
                if (!confirmed) throw KeyNotMoved()
            } finally {
                key.fill(0)
            }
            notify(settingsNotice(coreRemoveAppLock(dataDir, secret), ShellText.LOCK_REMOVED))
            reloadTop()
        }
    }

    private fun settingsNotice(outcome: UnlockOutcome, success: String): Notice = when (outcome) {
        is UnlockOutcome.Unlocked -> Notice.Message(success)
        is UnlockOutcome.WrongSecret -> Notice.Error(outcome.message)
        is UnlockOutcome.TooSoon -> Notice.Error(outcome.message)
        is UnlockOutcome.Erased -> Notice.Error(outcome.message)
    }

    /** Protects the key on this device with BiometricPrompt (no app lock set). */
    @Synchronized
    fun setBiometricKey(on: Boolean) {
        run {
            val key = keyStore.loadKey() ?: throw KeyMissing()
            keyStore.saveKey(key, biometric = on)
            preferences.biometricKey = on
            reloadTop()
        }
    }

    /** An encrypted backup to hand to the share sheet. */
    @Synchronized
    fun makeBackup(passphrase: String): BackupFile? = run { opened().backup(passphrase) }

    @Synchronized
    fun restoreBackup(bytes: ByteArray, passphrase: String, mode: RestoreMode): RestoreSummary? = run {
        val summary = opened().restore(bytes, passphrase, mode)
        notify(Notice.Message(summary.message))
        refreshNotifications()
        reloadTop()
        summary
    }

    /** What the export screen says: the file is not encrypted, and whether the secret is asked. */
    @Synchronized
    fun exportScreen(): ExportScreen? = run { opened().exportScreen() }

    /**
     * A plain export to hand to the share sheet. With an app lock set, `secret` is its PIN or
     * passphrase: without it, or with a wrong one (counted, as on the lock screen), the core's
     * words are the notice and there is no file.
     */
    @Synchronized
    fun export(format: ExportFormat, secret: LockSecret? = null): ExportFile? = run {
        when (val outcome = opened().exportFile(format, secret)) {
            is ExportOutcome.Exported -> outcome.file
            is ExportOutcome.SecretNeeded -> null.also { notify(Notice.Error(outcome.message)) }
            is ExportOutcome.NotExported -> null.also { notify(Notice.Error(outcome.message)) }
            is ExportOutcome.Erased -> null.also {
                groundwork?.close()
                forgetDevice()
                start()
                notify(Notice.Error(outcome.message))
            }
        }
    }

    /** Erases everything: database, lock, key and preferences; the app starts again as new. */
    @Synchronized
    fun eraseEverything() {
        run {
            val core = groundwork
            if (core != null) core.eraseEverything() else eraseDataDir(dataDir)
            core?.close()
            forgetDevice()
            start()
        }
    }

    private fun forgetDevice() {
        groundwork = null
        mutableState.update { it.copy(stack = emptyList()) }
        keyStore.deleteKey()
        preferences.discreet = false
        preferences.region = null
        preferences.biometricKey = false
        scheduler?.apply(emptyList())
    }

    // ----- Curriculum -----

    /** Saves what he chose in onboarding (or "your path" in settings) and goes home. */
    @Synchronized
    fun completeOnboarding(choices: OnboardingChoices) {
        run {
            showHome(opened().completeOnboarding(choices))
            preferences.discreet = choices.discreetMode
            preferences.region = opened().region()
            refreshNotifications()
        }
    }

    /**
     * Opens a module where he left off (or from the top to go through it again); a module done
     * together with his partner may ask the home safety question first, or say why it is closed.
     */
    @Synchronized
    fun openModule(moduleId: String) {
        run { push(routeFor(opened().openModule(moduleId))) }
    }

    private fun routeFor(opening: ModuleOpening): Route = when (opening) {
        is ModuleOpening.Step -> Route.LessonStep(opening.screen)
        is ModuleOpening.Question -> Route.HomeSafetyQuestionRoute(opening.screen)
        is ModuleOpening.NotYet -> Route.HomeSafetyNotYet(opening.screen)
    }

    /** Shows the home safety question the completion screen on top carries. */
    @Synchronized
    fun askHomeSafetyQuestion() {
        val completion = (current.top?.screen as? Screen.ModuleCompletion)?.completion ?: return
        val question = completion.homeSafetyQuestion ?: return
        run { push(Route.HomeSafetyQuestionRoute(question)) }
    }

    /**
     * Answers the home safety question on top. After a no, what the core says comes next opens
     * in its place (the module he was opening), with the core's line; after a yes or not sure,
     * the core's screen of why, help and his own work.
     */
    @Synchronized
    fun answerHomeSafetyQuestion(answer: HomeSafetyAnswer) {
        val question = (current.top?.screen as? Screen.HomeSafetyQuestionScreen)?.question ?: return
        run {
            when (val outcome = opened().answerHomeSafetyQuestion(answer, question.moduleId, deviceLocale)) {
                is HomeSafetyOutcome.Open -> {
                    val next = outcome.next.moduleId
                    if (next != null && outcome.next.actionLabel != null) {
                        replaceTop(routeFor(opened().openModule(next)))
                    } else {
                        back()
                    }
                    notify(Notice.Message(outcome.message))
                }
                is HomeSafetyOutcome.NotYet ->
                    replaceTop(Route.HomeSafetyNotYet(outcome.screen), Screen.HomeSafetyNotYet(outcome.screen))
            }
        }
    }

    /**
     * Saves a half-done answer to the step on top, so he finds it when he comes back. With `at`,
     * only while that step is still the one on top (a late draft never lands on the next step).
     */
    @Synchronized
    fun saveAnswer(answer: ExerciseAnswer, at: LessonStepScreen? = null) {
        val step = (current.top?.screen as? Screen.LessonStep)?.step ?: return
        if (at != null && (at.moduleId != step.moduleId || at.stepIndex != step.stepIndex)) return
        run { replaceTopScreen(Screen.LessonStep(opened().saveAnswer(step.moduleId, step.stepIndex, answer))) }
    }

    /** Goes on from the step on top: the next step, or the module's completion screen. */
    @Synchronized
    fun continueLesson(answer: ExerciseAnswer?) {
        val step = (current.top?.screen as? Screen.LessonStep)?.step ?: return
        run {
            when (val outcome = opened().continueLesson(step.moduleId, step.stepIndex, answer)) {
                is LessonOutcome.Step -> {
                    replaceTop(Route.LessonStep(outcome.screen), Screen.LessonStep(outcome.screen))
                    outcome.screen.crisisAnswer?.let { push(Route.CrisisAnswerRoute(it)) }
                }
                is LessonOutcome.Completed -> {
                    replaceTop(Route.ModuleCompletion(outcome.screen), Screen.ModuleCompletion(outcome.screen))
                    outcome.screen.crisisAnswer?.let { push(Route.CrisisAnswerRoute(it)) }
                    refreshNotifications()
                }
            }
        }
    }

    /** Back to an earlier step of the module on top (or forward to one he reached). */
    @Synchronized
    fun goToStep(index: UInt) {
        val step = (current.top?.screen as? Screen.LessonStep)?.step ?: return
        run {
            val screen = opened().goToStep(step.moduleId, index)
            replaceTop(Route.LessonStep(screen), Screen.LessonStep(screen))
        }
    }

    /** Opens the new dad's mood check the home card offers. */
    @Synchronized
    fun openDadMoodCheck() = show(Route.DadMoodCheck)

    /**
     * Answers the mood check on top, one value per question in the core's order (each choice's
     * `value`). When the core brings help now (hard answers), it opens in the check's place at
     * the new-dad lines, with the core's words as a notice; otherwise home, with the core's words.
     */
    @Synchronized
    fun answerDadMoodCheck(answers: List<Int>) {
        if (current.top?.screen !is Screen.DadMoodCheck) return
        run {
            val followUp = opened().answerDadMoodCheck(answers, deviceLocale)
            val help = followUp.helpNow
            if (help != null) {
                replaceTop(Route.HelpNow(help.situation), Screen.HelpNow(help))
            } else {
                goHome()
            }
            notify(Notice.Message(followUp.message))
        }
    }

    /** "Not now" on the home card or the check: home comes back without the card until next time. */
    @Synchronized
    fun skipDadMoodCheck() {
        run { showHome(opened().skipDadMoodCheck()) }
    }

    /**
     * "Not now" on home's "find your people" card: the core puts it away for good and home comes
     * back without it (the groups stay in help now's "I need to talk to someone").
     */
    @Synchronized
    fun dismissPeerGroupsCard() {
        run { showHome(opened().dismissPeerGroupsCard()) }
    }

    // ----- After something heavy -----

    /**
     * After a save: back to where he was, then the core's answer on top when it found words of
     * crisis (closing it returns there).
     */
    private fun afterSaving(answer: CrisisAnswer?) {
        back()
        answer?.let { push(Route.CrisisAnswerRoute(it)) }
    }

    /** Closes the crisis answer on top, back to what he was doing. */
    @Synchronized
    fun closeCrisisAnswer() {
        if (current.top?.screen is Screen.CrisisAnswerScreen) back()
    }

    /** A plan link on the crisis answer (or after the question on home): opens that plan. */
    @Synchronized
    fun openPlan(documentId: String) = show(Route.Document(documentId))

    /**
     * Answers the quiet question on home ("How are you now?"). Worse brings the same help again,
     * on top of home; better or about the same open his plan; each with the core's line.
     */
    @Synchronized
    fun answerFollowUp(answer: FollowUpAnswer) {
        run {
            val outcome = opened().answerCrisisFollowUp(answer)
            goHome()
            val help = outcome.answer
            val plan = outcome.planLink
            when {
                help != null -> push(Route.CrisisAnswerRoute(help))
                plan != null -> push(Route.Document(plan.documentId))
            }
            notify(Notice.Message(outcome.message))
        }
    }

    /** Turns the question on home off or on (the card's button, or settings). */
    @Synchronized
    fun setCrisisFollowUp(on: Boolean) {
        run {
            val said = opened().setCrisisFollowUp(on)
            reloadTop()
            said?.let { notify(Notice.Message(it)) }
        }
    }

    /** Marks one of this week's commitments done, not this time, or open again. */
    @Synchronized
    fun setCommitmentState(id: String, state: CommitmentState) {
        run {
            val home = opened().setCommitmentState(id, state)
            mutableState.update { s -> s.copy(stack = listOf(s.stack.first().copy(screen = Screen.Home(home))) + s.stack.drop(1)) }
            refreshNotifications()
        }
    }

    /** A link in lesson text: help now in the app; a web address is the platform's to open. */
    @Synchronized
    fun followLink(link: SpanLink, openWeb: (String) -> Unit) {
        when (link) {
            is SpanLink.HelpNow -> showHelpNow(link.situation)
            is SpanLink.Web -> openWeb(link.url)
        }
    }

    private fun showHome(home: HomeScreen) = mutableState.update { s ->
        val root = s.stack.firstOrNull() ?: return@update s
        s.copy(stack = listOf(root.copy(screen = Screen.Home(home))))
    }

    // ----- Links and reminders -----

    /**
     * Any `groundwork://` link: an opened URL or a tapped reminder's. The core reads it; this only
     * goes where it says. Help now opens at once, even before unlock; anything else waits until
     * the app is open.
     */
    @Synchronized
    fun openLink(url: String) {
        val link = try {
            readLink(url)
        } catch (error: Exception) {
            return notify(Notice.Error(describe(error)))
        }
        if (link is AppLink.HelpNow) return showHelpNow(link.situation)
        if (groundwork == null) {
            pendingLink = url
            return
        }
        when (link) {
            AppLink.CheckIn -> {
                goHome()
                show(Route.CheckIn)
            }
            AppLink.Practice -> goHome()
            AppLink.NewDad -> {
                goHome()
                show(Route.PhaseMap)
            }
            is AppLink.Recommendation -> run { push(Route.Recommendation(link.recommendation, url)) }
            is AppLink.HelpNow -> showHelpNow(link.situation)
        }
    }

    /** A recommendation code he typed (or pasted): the core reads it. */
    @Synchronized
    fun openCode(text: String) {
        run { push(Route.Recommendation(readRecommendationCode(text), text)) }
    }

    /** Adds the recommendation on top to his plan; home shows it first. */
    @Synchronized
    fun acceptRecommendation() {
        val route = current.top?.route as? Route.Recommendation ?: return
        run { showHome(opened().acceptRecommendation(route.code)) }
    }

    /** The core's reminder schedule as platform requests. */
    @Synchronized
    fun notificationRequests(): List<NotificationRequest> =
        opened().reminderSchedule(SCHEDULE_DAYS).map(::NotificationRequest)

    /** Hands the schedule to the platform: after a check-in, a settings change, on resume, on a time zone change. */
    @Synchronized
    fun refreshNotifications() {
        val target = scheduler ?: return
        val requests = runCatching { notificationRequests() }.getOrNull() ?: return
        target.apply(requests)
    }

    // ----- Helpers -----

    private fun opened(): Groundwork = groundwork ?: throw ApiException.Closed()

    private fun notify(notice: Notice) = mutableState.update { it.copy(notice = notice) }

    private inline fun <T> run(body: () -> T): T? = try {
        body()
    } catch (error: Exception) {
        notify(Notice.Error(describe(error)))
        null
    }

    private class KeyMissing : Exception()

    /** The key's new home could not be confirmed, so its old one was left as it was. */
    private class KeyNotMoved : Exception()

    companion object {
        /** How many days of reminders are handed to the platform at a time. */
        const val SCHEDULE_DAYS = 14u
        const val JOURNAL_PAGE_SIZE = 30
        const val SEARCH_LIMIT = 50

        /** The core's plain sentence for its errors; a general line for anything else. */
        fun describe(error: Throwable): String = when (error) {
            is ApiException -> error.toString()
            is KeyMissing -> ShellText.KEY_MISSING
            is KeyNotMoved -> ShellText.KEY_NOT_MOVED
            else -> ShellText.UNEXPECTED
        }
    }
}
