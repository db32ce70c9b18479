// The journeys the screenshot test walks through the real core: each phone is the presentation
// layer's AppModel over an AppNavigator with a test clock, on a platform that keeps the key in
// memory. A `shot("NN-name")` line keeps the view on top as it is then; the test draws every
// kept view in light and dark. To add a screen, add one `shot(...)` line where the journey
// reaches it (or a new journey in `all`), then accept its first images (docs/testing.md).
package app.groundwork.android.ui

import app.groundwork.core.Action
import app.groundwork.core.AppNavigator
import app.groundwork.core.AppScreen
import app.groundwork.core.AppView
import app.groundwork.core.BabyDate
import app.groundwork.core.BabyDateKind
import app.groundwork.core.CheckInInput
import app.groundwork.core.Destination
import app.groundwork.core.ExerciseAnswer
import app.groundwork.core.ExerciseView
import app.groundwork.core.HomeSafetyAnswer
import app.groundwork.core.InsightRange
import app.groundwork.core.JournalEntryInput
import app.groundwork.core.LockSecret
import app.groundwork.core.OnboardingChoices
import app.groundwork.core.OnboardingLock
import app.groundwork.core.Phase
import app.groundwork.core.RestoreMode
import app.groundwork.core.ScheduledNotification
import app.groundwork.core.ShellPreferences
import app.groundwork.core.ShellText
import app.groundwork.core.TestClock
import app.groundwork.core.createRecommendationCode
import app.groundwork.core.Utterance
import app.groundwork.presentation.AppModel
import app.groundwork.presentation.DictationEvents
import app.groundwork.presentation.Platform
import app.groundwork.presentation.SpeechReports
import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant

/**
 * One screen to draw: the view as the core answered, with the app's own lines the core gave the
 * phone ([text]), scrolled to the node showing [scrollTo].
 */
class Shot(val name: String, val view: AppView, val text: ShellText, val scrollTo: String? = null)

/**
 * What only the phone does, in memory: the key, the preferences, the last file shared, an
 * offline voice and an on-device recogniser for Australian English. The voice and the recogniser
 * keep what the core last asked of them; a journey reports back through them as the phone would.
 */
class MemoryPlatform : Platform {
    var preferences = ShellPreferences(discreet = false, region = null, biometricKey = false)
    private var key: ByteArray? = null
    var shared: ByteArray? = null

    override fun loadKey(biometric: Boolean, answer: (ByteArray?) -> Unit) = answer(key?.copyOf())
    override fun storeKey(key: ByteArray, biometric: Boolean): Boolean {
        this.key = key.copyOf()
        return true
    }
    override fun deleteKey() {
        key = null
    }
    override fun savePreferences(preferences: ShellPreferences) {
        this.preferences = preferences
    }
    override fun scheduleReminders(notifications: List<ScheduledNotification>) = Unit
    override fun shareFile(fileName: String, mimeType: String, contents: ByteArray) {
        shared = contents.copyOf()
    }
    override fun openUrl(url: String) = Unit
    override fun checkLockAt(at: Instant) = Unit
    override fun deleteSharedFiles() = Unit

    /** What the voice was last asked to say, and where it reports. */
    var spoken: List<Utterance> = emptyList()
    var speech: SpeechReports? = null
    override fun speak(utterances: List<Utterance>, rate: Float, locale: String, reports: SpeechReports) {
        spoken = utterances
        speech = reports
    }
    override fun stopSpeaking() {
        speech = null
    }

    /** Where the recogniser reports while listening, or null. */
    var listening: DictationEvents? = null
    override fun onDeviceRecognitionLocale(): String? = "en-AU"
    override fun startDictation(locale: String, keepAudio: Boolean, events: DictationEvents) {
        listening = events
    }
    override fun stopDictation() {
        listening = null
    }
    override fun playRecording(codec: String, audio: ByteArray) = Unit
}

/** A phone on its own data folder and clock, set to [locale], keeping shots as it goes. */
class Journey(dir: Path, private val shots: MutableList<Shot>, locale: String = "en_AU") : AutoCloseable {
    val clock = TestClock(START, UTC_OFFSET_MINUTES)
    val platform = MemoryPlatform()
    val model = AppModel(
        AppNavigator.withTestClock(Files.createDirectories(dir).toString(), platform.preferences, locale, clock),
        platform,
    )

    val view: AppView get() = model.view.value
    val screen: AppScreen? get() = view.screen

    fun send(action: Action) = model.send(action)

    fun show(destination: Destination) = send(Action.Show(destination))

    /** Keeps the view on top as screen [name] (`NN-what`), scrolled to [scrollTo] if given. */
    fun shot(name: String, scrollTo: String? = null) {
        shots += Shot(name, view, model.text, scrollTo)
    }

    fun onboard(
        tracks: List<String> = listOf("general"),
        babyDate: BabyDate? = null,
        lock: OnboardingLock = OnboardingLock.NotNow,
    ) {
        send(Action.Start)
        send(Action.CompleteOnboarding(OnboardingChoices("AU", tracks, babyDate, false, false), lock))
        check(view.phase == Phase.Unlocked && screen is AppScreen.Home) { "onboarding ends at home, got ${view.notice}" }
    }

    fun checkIn(pleasantness: Int, energy: Int, stress: Int? = null, note: String? = null) {
        show(Destination.CheckIn)
        send(Action.SubmitCheckIn(CheckInInput(pleasantness, energy, emptyList(), emptyList(), null, stress, 7.0, emptyList(), note)))
    }

    fun write(body: String) {
        show(Destination.NewJournalEntry)
        send(Action.SaveJournalEntry(JournalEntryInput(body, emptyList(), null)))
        send(Action.GoHome)
    }

    /**
     * Walks the module home offers next to its end, answering every step as a man tapping
     * through would; [onStep] sees each step first. Returns false when home offers none.
     */
    fun walkNextModule(onStep: (ExerciseView?) -> Unit = {}, onCompletion: () -> Unit = {}): Boolean {
        val home = (screen as? AppScreen.Home)?.home ?: error("walking starts at home, got $screen")
        val moduleId = home.nextStep.moduleId ?: return false
        if (home.nextStep.actionLabel == null) return false
        send(Action.OpenModule(moduleId))
        if (screen is AppScreen.HomeSafetyQuestion) send(Action.AnswerHomeSafetyQuestion(HomeSafetyAnswer.NO))
        repeat(MAX_STEPS) {
            if (screen is AppScreen.CrisisAnswer) send(Action.CloseCrisisAnswer)
            when (val on = screen) {
                is AppScreen.LessonStep -> {
                    onStep(on.step.exercise)
                    send(Action.ContinueLesson(on.step.exercise?.let(::answerFor)))
                }
                is AppScreen.ModuleCompletion -> {
                    onCompletion()
                    send(Action.GoHome)
                    return true
                }
                else -> error("a lesson goes step by step to its completion, got $on")
            }
        }
        error("$moduleId did not end in $MAX_STEPS steps")
    }

    override fun close() = clock.close()

    companion object {
        /** A Monday evening in Sydney. */
        val START: Instant = Instant.parse("2026-03-02T08:30:00Z")
        const val UTC_OFFSET_MINUTES = 660
        const val MAX_STEPS = 60

        /** A full answer, as a man tapping through would give. */
        fun answerFor(exercise: ExerciseView): ExerciseAnswer = when (exercise) {
            is ExerciseView.Reflection -> ExerciseAnswer.Reflection("I go quiet when I'm tense, then it comes out sideways.")
            is ExerciseView.Scale -> ExerciseAnswer.Scale(exercise.min + 1u)
            is ExerciseView.Choice -> ExerciseAnswer.Choice(0u)
            is ExerciseView.MultiChoice -> ExerciseAnswer.MultiChoice(listOf(0u))
            is ExerciseView.Emotions -> ExerciseAnswer.Emotions(listOf(exercise.words.first().id))
            is ExerciseView.Checklist -> ExerciseAnswer.Checklist(listOf(0u))
            is ExerciseView.Breathing -> ExerciseAnswer.Breathing(exercise.cycles)
            is ExerciseView.BodyScan -> ExerciseAnswer.BodyScan(exercise.regions.size.toUInt())
            is ExerciseView.Plan -> ExerciseAnswer.Plan(exercise.fields.associate { it.id to "Walk round the block, then talk" })
            is ExerciseView.Commitment -> ExerciseAnswer.Commitment(exercise.suggestions.first())
        }

        /** The exercise's kind, as the screen names say it. */
        fun kindOf(exercise: ExerciseView?): String = when (exercise) {
            null -> "reading"
            is ExerciseView.Reflection -> "reflection"
            is ExerciseView.Scale -> "scale"
            is ExerciseView.Choice -> "choice"
            is ExerciseView.MultiChoice -> "multi-choice"
            is ExerciseView.Emotions -> "emotions"
            is ExerciseView.Checklist -> "checklist"
            is ExerciseView.Breathing -> "breathing"
            is ExerciseView.BodyScan -> "body-scan"
            is ExerciseView.Plan -> "plan"
            is ExerciseView.Commitment -> "commitment"
        }

        /** Every journey, in order; each gets its own folder under [dir]. */
        fun all(dir: Path): List<Shot> {
            val shots = mutableListOf<Shot>()
            Journey(dir.resolve("first-open"), shots).use { firstOpen(it) }
            Journey(dir.resolve("weeks"), shots).use { weeks(it) }
            Journey(dir.resolve("one-day"), shots).use { oneDay(it) }
            Journey(dir.resolve("lock"), shots).use { lock(it) }
            Journey(dir.resolve("recommendation"), shots).use { recommendation(it) }
            Journey(dir.resolve("new-dad"), shots).use { newDad(it) }
            Journey(dir.resolve("voice"), shots).use { voice(it) }
            return shots
        }

        /** First open, onboarding, a hard check-in with the help offer, plans and settings. */
        private fun firstOpen(phone: Journey) = with(phone) {
            send(Action.Start)
            val onboarding = (screen as AppScreen.Onboarding).onboarding
            shot("01-onboarding")
            shot("02-onboarding-choices", scrollTo = onboarding.hardRightNow.question)
            shot("03-onboarding-lock-offer", scrollTo = onboarding.lockOffer!!.title)
            send(Action.CompleteOnboarding(OnboardingChoices("AU", listOf("general"), null, false, false), OnboardingLock.NotNow))
            shot("04-home-new")
            show(Destination.CheckIn)
            shot("05-check-in")
            send(Action.SubmitCheckIn(CheckInInput(-5, 4, emptyList(), emptyList(), null, 9, null, emptyList(), null)))
            check(screen is AppScreen.SafetyQuestions) { "a hard check-in offers help, got $screen" }
            shot("06-check-in-help-offer")
            send(Action.AnswerSafetyQuestions(true, null))
            shot("07-help-now-after-check-in")
            send(Action.GoHome)
            show(Destination.Plans)
            shot("08-plans")
            show(Destination.Plan("safety-plan"))
            shot("09-safety-plan")
            send(Action.Back)
            show(Destination.Plan("pause-plan"))
            shot("10-pause-plan")
            send(Action.GoHome)
            show(Destination.Settings)
            shot("11-settings")
            send(Action.MakeBackup("a long walk by the river"))
            shot("12-backup-made", scrollTo = "Backup and export")
            send(Action.RestoreBackup(platform.shared!!, "a long walk by the river", RestoreMode.MERGE))
            shot("13-backup-restored", scrollTo = "Restore a backup…")
        }

        /**
         * Some weeks: a module every few days with daily check-ins and a few journal entries; a
         * step of each exercise kind the built-in pack has, the first completion, home with its
         * cards, the journal, an entry, a search and a month of insights.
         */
        private fun weeks(phone: Journey) = with(phone) {
            onboard()
            val kinds = mutableSetOf<String>()
            var completed = false
            var day = 0
            while (phone.walkNextModule(
                    onStep = { exercise ->
                        val kind = kindOf(exercise)
                        if (kinds.add(kind)) shot("%02d-lesson-%s".format(19 + kinds.size, kind))
                    },
                    onCompletion = {
                        if (!completed) shot("18-module-completion")
                        completed = true
                    },
                ) && day < DAYS_OF_WEEKS
            ) {
                repeat(3) {
                    checkIn(if (day % 4 == 0) -2 else 2, if (day % 3 == 0) -1 else 3, stress = 3 + day % 5)
                    send(Action.GoHome)
                    if (day % 5 == 0) write("Day $day. Slept badly, snapped at the kids over shoes, said sorry after.")
                    clock.advanceDays(1u)
                    day++
                }
            }
            send(Action.Reload)
            shot("14-home-after-weeks")
            show(Destination.Journal)
            shot("15-journal")
            val first = (screen as AppScreen.Journal).items.first()
            show(Destination.JournalEntry(first.id))
            shot("16-journal-entry")
            send(Action.GoHome)
            show(Destination.JournalSearch)
            send(Action.SearchJournal("sorry"))
            shot("17-journal-search")
            send(Action.GoHome)
            show(Destination.Insights(InsightRange.MONTH))
            shot("19-insights-month")
        }

        /** Insights on the first day, with one check-in. */
        private fun oneDay(phone: Journey) = with(phone) {
            onboard()
            checkIn(2, 1, stress = 4)
            send(Action.GoHome)
            show(Destination.Insights(InsightRange.WEEK))
            shot("40-insights-one-day")
        }

        /** A PIN lock: a wrong PIN, help now before unlocking and after, read on through the lock. */
        private fun lock(phone: Journey) = with(phone) {
            onboard(lock = OnboardingLock.Secret(LockSecret.Pin("258046")))
            send(Action.LockNow)
            send(Action.Unlock(LockSecret.Pin("111111")))
            check(view.phase is Phase.Locked) { "a wrong PIN keeps the lock, got ${view.phase}" }
            shot("41-lock-wrong-pin")
            send(Action.ShowHelpNow(null))
            shot("42-help-now-before-unlock")
            send(Action.CloseHelpBeforeUnlock)
            send(Action.Unlock(LockSecret.Pin("258046")))
            send(Action.OpenHelp)
            shot("43-help-now-after-unlock")
            send(Action.ReadAloud)
            send(Action.ReadAloud)
            send(Action.LockNow)
            check(view.phase is Phase.Locked && view.readAloud?.player != null) { "help now goes on reading through the lock" }
            shot("52-lock-while-reading")
        }

        /** A counsellor's code opened. */
        private fun recommendation(phone: Journey) = with(phone) {
            onboard()
            send(Action.OpenCode(createRecommendationCode(listOf("the-pause-plan"), "Sam", null).code))
            check(screen is AppScreen.Recommendation) { "the code opens the recommendation, got $screen" }
            shot("44-recommendation")
        }

        /** A new dad, his baby born five weeks ago. */
        private fun newDad(phone: Journey) = with(phone) {
            onboard(tracks = listOf("new-father"), babyDate = BabyDate(BabyDateKind.BORN, java.time.LocalDate.parse("2026-01-26")))
            shot("45-new-dad-home")
        }

        /**
         * Read to me and say it: a lesson read aloud (the headphones hint after the first tap,
         * then the player part way through), and a journal entry said into the microphone
         * (ready, listening, the words heard).
         */
        private fun voice(phone: Journey) = with(phone) {
            onboard()
            val home = (screen as AppScreen.Home).home
            send(Action.OpenModule(home.nextStep.moduleId!!))
            check(view.readAloud != null) { "a lesson step can be read aloud" }
            shot("46-read-to-me")
            send(Action.ReadAloud)
            check(view.readAloud?.hint != null) { "the first tap shows the headphones hint" }
            shot("47-read-to-me-hint")
            send(Action.ReadAloud)
            check(view.readAloud?.player != null && platform.spoken.isNotEmpty()) { "reading starts the player and the voice" }
            platform.speech!!.sentenceSpoken(1u)
            shot("48-read-to-me-playing")
            send(Action.GoHome)
            show(Destination.NewJournalEntry)
            check(view.dictation != null) { "the recogniser on the phone shows the microphone" }
            shot("49-say-it-ready")
            send(Action.StartDictation(""))
            platform.listening!!.heard("Rough day at work but I kept", isFinal = false)
            shot("50-say-it-listening")
            platform.listening!!.heard("Rough day at work but I kept my cool at pickup", isFinal = true)
            shot("51-say-it-heard")
        }

        /** How many days the weeks journey runs at most. */
        private const val DAYS_OF_WEEKS = 36
    }
}
