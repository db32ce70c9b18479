// A person's way through the app, driven through the app model over the real library, exactly as
// the Compose screens drive it: first run, check-ins (one that offers help), a journal entry and
// its search, help now before unlock, a backup round trip, a lock and an unlock, and a
// counsellor's link.
package app.groundwork.presentation

import app.groundwork.core.AngerMomentInput
import app.groundwork.core.AnswerPart
import app.groundwork.core.FollowUpAnswer
import app.groundwork.core.BabyDate
import app.groundwork.core.BabyDateKind
import app.groundwork.core.HomeSafetyAnswer
import app.groundwork.core.HomeScreen
import app.groundwork.core.OnboardingChoices
import app.groundwork.core.JournalEntryInput
import app.groundwork.core.LockKind
import app.groundwork.core.LockSecret
import app.groundwork.core.RestoreMode
import app.groundwork.core.Situation
import app.groundwork.core.createRecommendationCode
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

class JourneyTest {
    @TempDir
    lateinit var dir: Path

    private val keys = InMemoryKeyStore()
    private val preferences = InMemoryPreferences()
    private val scheduler = RecordingScheduler()

    private fun model() = AppModel(dir.toString(), keys, preferences, scheduler, deviceLocale = "en_AU")

    private fun started() = model().also {
        it.start()
        it.onboardWithDefaults()
    }

    private inline fun <reified T : Screen> AppModel.top(): T {
        val screen = state.value.top?.screen
        assertTrue(screen is T, "expected ${T::class.simpleName} on top, got $screen")
        return screen as T
    }

    private fun AppModel.home(): HomeScreen = top<Screen.Home>().home

    @Test
    fun `first run makes a key, opens the database and starts with onboarding`() {
        val model = model().also { it.start() }
        assertEquals(AppPhase.Unlocked, model.state.value.phase)
        assertTrue(model.state.value.firstRun)
        assertEquals(32, keys.key?.size)
        val onboarding = model.top<Screen.Onboarding>().onboarding
        assertEquals("AU", onboarding.selectedRegion, "guessed from the device locale")
        assertTrue(onboarding.tracks.isNotEmpty())

        model.onboardWithDefaults()
        assertEquals(1, model.state.value.stack.size)
        assertFalse(model.home().needsOnboarding)
        assertEquals(0, model.home().checkInsToday)
        assertEquals("AU", preferences.region, "kept for help now before unlock")

        model.lock()
        val again = model().also { it.start() }
        assertEquals(AppPhase.Unlocked, again.state.value.phase)
        assertFalse(again.state.value.firstRun, "the second launch opens the same database with the same key")
    }

    @Test
    fun `a check-in goes home and counts today`() {
        val model = started()
        model.show(Route.CheckIn)
        val state = model.top<Screen.CheckIn>().state
        assertEquals(11, state.grid.rows.size)
        assertEquals(5, state.grid.rows.first().energy)
        assertEquals(state.form.emotions.size, state.grid.allWords.size, "every word sits on the grid")

        val word = state.form.emotions.first { it.pleasantness > 0 }
        val draft = CheckInDraft(pleasantness = 2, energy = 1, ownWordsText = "wobbly, ${state.form.emotions[0].word}")
            .toggle(word.id, state.form.maxEmotions)
        val outcome = model.submitCheckIn(draft)!!

        assertNull(outcome.safetyQuestions)
        assertEquals(listOf("wobbly"), outcome.checkIn.ownWords, "a typed pack word becomes a picked word")
        assertEquals(listOf(word.id, state.form.emotions[0].id), outcome.checkIn.emotions)
        assertEquals(1, model.state.value.stack.size)
        assertEquals(1, model.home().checkInsToday)
        assertNull(model.state.value.notice)
    }

    @Test
    fun `a high-distress check-in asks the safety questions and a yes opens help now`() {
        val model = started()
        model.show(Route.CheckIn)
        model.submitCheckIn(CheckInDraft(pleasantness = -5, energy = 4, stress = 9))

        val questions = model.top<Screen.SafetyQuestionsScreen>().questions
        assertTrue(questions.selfHarm.isNotEmpty())
        model.answerSafetyQuestions(selfHarm = true, hurtSomeone = null)

        val help = model.top<Screen.HelpNow>().help
        assertEquals(Situation.SELF_HARM, help.situation)
        assertEquals("AU", help.region?.code)
        assertTrue(help.lines.flatMap { it.actions }.any { it.uri.startsWith("tel:") })

        model.goHome()
        assertNotNull(model.home().safetyCard, "the home screen keeps a quiet card after a yes")
    }

    @Test
    fun `a no to the safety questions goes home with the core's line`() {
        val model = started()
        model.show(Route.CheckIn)
        model.submitCheckIn(CheckInDraft(pleasantness = -5, energy = -3))
        model.answerSafetyQuestions(selfHarm = false, hurtSomeone = false)
        assertEquals(1, model.state.value.stack.size)
        val notice = model.state.value.notice
        assertTrue(notice is Notice.Message && notice.text.contains("Thanks"), "got $notice")
    }

    @Test
    fun `words of crisis in a note bring the core's answer for that situation in place of the form`() {
        val model = started()
        model.show(Route.CheckIn)
        model.submitCheckIn(CheckInDraft(pleasantness = -1, energy = -1, note = "honestly I want to kill myself tonight"))
        val answer = model.top<Screen.CrisisAnswerScreen>().answer
        assertEquals(Situation.SELF_HARM, answer.situation)
        assertTrue(answer.urgent)
        val first = answer.parts.first() as AnswerPart.Calls
        assertEquals("000", first.lines.first().actions.first().target, "the emergency number leads")
        assertEquals(Situation.SELF_HARM, model.help?.situation, "help now opens at the same situation")
        model.closeCrisisAnswer()
        assertTrue(model.state.value.top?.screen is Screen.Home, "back to where he was")
    }

    @Test
    fun `an edited journal entry goes through the same crisis check as a new one`() {
        val model = started()
        model.show(Route.Journal)
        model.show(Route.JournalEditor(null))
        val saved = model.saveJournalEntry(JournalEntryInput(body = "A long day at work."))!!
        assertTrue(model.state.value.top?.screen is Screen.Journal, "an ordinary day answers nothing")

        model.show(Route.JournalEditor(saved.id))
        model.saveJournalEntry(JournalEntryInput(body = "A long day at work. I put my hands on her neck."))
        val answer = model.top<Screen.CrisisAnswerScreen>().answer
        assertEquals(Situation.HURT_SOMEONE, answer.situation)
        model.closeCrisisAnswer()
        assertTrue(model.state.value.top?.screen is Screen.Journal, "closing it returns to the journal")
    }

    @Test
    fun `an anger moment goes through the crisis check and answers with the pause plan`() {
        val model = started()
        model.recordAngerMoment(AngerMomentInput(whatHappened = "Cut off in traffic", intensity = 4))
        assertTrue(model.state.value.top?.screen is Screen.Home, "an ordinary moment answers nothing")
        model.recordAngerMoment(
            AngerMomentInput(whatHappened = "Argued about money", intensity = 9, thoughts = "I'm scared I'm going to hit her"),
        )
        val answer = model.top<Screen.CrisisAnswerScreen>().answer
        assertEquals("Step away now", answer.title)
        val steps = answer.parts.first() as AnswerPart.Steps
        assertEquals("pause-plan", steps.link?.documentId)
        model.openPlan(steps.link!!.documentId)
        assertEquals("pause-plan", model.top<Screen.Document>().document.id)
    }

    @Test
    fun `words of crisis in an exercise answer bring the answer over the next step`() {
        val model = started()
        val moduleId = model.home().nextStep.moduleId!!
        model.openModule(moduleId)
        repeat(10) {
            val step = (model.state.value.top?.screen as? Screen.LessonStep)?.step ?: return@repeat
            val exercise = step.exercise
            if (exercise is app.groundwork.core.ExerciseView.Reflection) {
                model.continueLesson(app.groundwork.core.ExerciseAnswer.Reflection("Some days I just want to die."))
                assertEquals(Situation.SELF_HARM, model.top<Screen.CrisisAnswerScreen>().answer.situation)
                model.closeCrisisAnswer()
                assertTrue(model.state.value.top?.screen is Screen.LessonStep, "the lesson goes on under it")
                return
            }
            model.continueLesson(exercise?.let(::sampleAnswer))
        }
        throw AssertionError("no reflection in the first module")
    }

    @Test
    fun `home asks how he is the next time, and worse brings the same help again`() {
        val model = started()
        model.recordAngerMoment(AngerMomentInput(whatHappened = "Argued", intensity = 9, thoughts = "I might hit her tonight"))
        model.closeCrisisAnswer()
        assertNull(model.home().followUpCard, "not in the same sitting")
        model.lock()
        model.unlockWithDevice()
        val card = model.home().followUpCard
        assertNotNull(card, "asked the next time the app opens")
        model.answerFollowUp(FollowUpAnswer.WORSE)
        val again = model.top<Screen.CrisisAnswerScreen>().answer
        assertEquals(Situation.HURT_SOMEONE, again.situation)
        assertTrue(again.urgent)
        model.goHome()
        assertNull(model.home().followUpCard, "answered: not again")
    }

    @Test
    fun `turning the question off from the card keeps it off, and settings shows it`() {
        val model = started()
        model.saveJournalEntry(JournalEntryInput(body = "Some days I just want to die."))
        model.lock()
        model.unlockWithDevice()
        assertNotNull(model.home().followUpCard)
        model.setCrisisFollowUp(false)
        assertNull(model.home().followUpCard)
        val notice = model.state.value.notice
        assertTrue(notice is Notice.Message && notice.text.contains("settings"), "got $notice")
        model.show(Route.Settings)
        assertEquals(false, model.top<Screen.Settings>().state.crisisFollowUp)
        model.setCrisisFollowUp(true)
        assertEquals(true, model.top<Screen.Settings>().state.crisisFollowUp)
    }

    @Test
    fun `a journal entry is listed and found by search`() {
        val model = started()
        model.show(Route.Journal)
        model.show(Route.JournalEditor(null))
        val editor = model.top<Screen.JournalEditor>().state
        assertNull(editor.entry)
        assertTrue(editor.prompts.themes.isNotEmpty())

        val saved = model.saveJournalEntry(
            JournalEntryInput(body = "Took a long walk before dinner and felt my jaw unclench.", tags = listOf("walk")),
        )!!
        assertEquals(listOf(saved.id), model.top<Screen.Journal>().state.items.map { it.id })

        model.show(Route.JournalSearch)
        model.searchJournal("jaw")
        val search = model.top<Screen.JournalSearch>().state
        assertEquals(listOf(saved.id), search.hits.map { it.entryId })
        assertEquals(listOf("jaw"), search.hits.first().snippet.filter { it.highlighted }.map { it.text })

        model.searchJournal("")
        assertTrue(model.top<Screen.JournalSearch>().state.hits.isEmpty())
        assertNull(model.state.value.notice)

        model.back()
        model.show(Route.JournalEditor(saved.id))
        model.saveJournalEntry(JournalEntryInput(body = "Took a walk. Jaw unclenched."))
        assertEquals(2, model.state.value.stack.size, "editing goes back to the list")
        model.goHome()
        assertEquals(1L, model.home().journalEntryCount)
    }

    @Test
    fun `help now works before unlock from the content alone`() {
        val model = started()
        model.setAppLock(LockSecret.Pin("482916"))
        model.lock()
        val phase = model.state.value.phase
        assertTrue(phase is AppPhase.Locked && phase.lock.kind == LockKind.PIN, "got $phase")

        model.showHelpNow(Situation.HURT_SOMEONE)
        val help = model.state.value.helpBeforeUnlock!!
        assertEquals(Situation.HURT_SOMEONE, help.situation)
        assertEquals("AU", help.region?.code, "guessed from the device locale")
        assertNotNull(help.emergency)
        assertNull(help.safetyPlan, "nothing he wrote shows before unlock")
        assertTrue(help.pausePlan.safeguards.isNotEmpty())

        model.chooseRegion("nz")
        assertEquals("NZ", model.state.value.helpBeforeUnlock?.region?.code)
        assertEquals("NZ", preferences.region)
        model.closeHelpBeforeUnlock()
        assertNull(model.state.value.helpBeforeUnlock)
    }

    @Test
    fun `help before unlock says the lines' hours by the device's clock`() {
        // A Sunday evening in Perth: PANDA, on Sydney hours, opens at 6 am tomorrow, his time.
        val sundayInPerth = java.time.ZonedDateTime.parse("2026-12-06T20:00:00+08:00[Australia/Perth]")
        val model = AppModel(dir.toString(), keys, preferences, scheduler, deviceLocale = "en_AU", clock = { sundayInPerth })
        model.showHelpNow(Situation.NEW_DAD)
        val help = model.state.value.helpBeforeUnlock!!
        assertEquals("Closed now, opens tomorrow 6 am", help.lines.first { it.id == "au-panda" }.hours)
        assertEquals("Open 24 hours", help.emergency?.hours)
    }

    @Test
    fun `a pack that changes a help line is refused from settings, a local service is previewed and installed, and help now keeps the built-in numbers before unlock too`() {
        val changed = java.nio.file.Files.readAllBytes(changedHelpLinePack())
        val local = java.nio.file.Files.readAllBytes(localServicePack())
        fun lifeline(help: app.groundwork.core.HelpNowScreen) =
            help.lines.first { it.name.contains("Lifeline") }.actions.first().target
        fun sams(help: app.groundwork.core.HelpNowScreen) = help.lines.first { it.name == "Sam's men's group" }
        val model = started()
        model.show(Route.Settings)
        assertEquals(false, model.top<Screen.Settings>().state.content.installed)

        model.previewPack("not a pack".toByteArray())
        val refused = model.state.value.notice
        assertTrue(refused is Notice.Error && refused.text.endsWith("Nothing was changed."), "got $refused")
        assertTrue(model.state.value.top?.screen is Screen.Settings, "nothing opens")

        model.previewPack(changed)
        val changes = model.state.value.notice
        assertTrue(changes is Notice.Error && changes.text.contains("Lifeline's number in Australia"), "got $changes")
        assertTrue(model.state.value.top?.screen is Screen.Settings, "nothing opens")

        model.previewPack(local)
        val preview = model.top<Screen.InstallPack>().preview
        assertEquals("Sam's practice", preview.packTitle)
        assertEquals(listOf("Sam's men's group (Australia): 02 5550 1234"), preview.servicesAdded)
        assertTrue(preview.mayNotChange.any { it.contains("Emergency numbers and help lines") })
        assertNull(preview.secretKind, "no app lock is set")
        model.confirmPackInstall()
        val settings = model.top<Screen.Settings>().state.content
        assertTrue(settings.installed, "settings shows the installed pack")
        assertEquals(Notice.Message(settings.summary), model.state.value.notice)

        model.showHelpNow(Situation.TALK)
        val inside = model.top<Screen.HelpNow>().help
        assertEquals("131114", lifeline(inside))
        assertEquals("Added by Sam's practice, installed on this phone", sams(inside).origin)
        assertEquals(false, sams(inside).builtIn)

        model.setAppLock(LockSecret.Pin("482916"))
        model.lock()
        model.showHelpNow(Situation.TALK)
        val before = model.state.value.helpBeforeUnlock!!
        assertEquals("131114", lifeline(before), "the built-in number shows before unlock")
        assertEquals("000", before.emergency?.actions?.first()?.target)
        assertEquals("Added by Sam's practice, installed on this phone", sams(before).origin)
    }

    @Test
    fun `with an app lock set, installing a pack asks for its PIN and a wrong one installs nothing`() {
        val model = started()
        model.setAppLock(LockSecret.Pin("482916"))
        model.show(Route.Settings)
        model.previewPack(java.nio.file.Files.readAllBytes(localServicePack()))
        assertEquals(app.groundwork.core.LockKind.PIN, model.top<Screen.InstallPack>().preview.secretKind)

        model.confirmPackInstall()
        val asked = model.state.value.notice
        assertTrue(asked is Notice.Error && asked.text.contains("PIN"), "got $asked")
        model.confirmPackInstall(LockSecret.Pin("000000"))
        val wrong = model.state.value.notice
        assertTrue(wrong is Notice.Error && wrong.text.contains("didn't match"), "got $wrong")
        assertTrue(model.state.value.top?.screen is Screen.InstallPack, "still on the preview")

        model.confirmPackInstall(LockSecret.Pin("482916"))
        assertTrue(model.top<Screen.Settings>().state.content.installed)
    }

    @Test
    fun `an app lock keeps the key out of the key store and unlocks with the PIN`() {
        val model = started()
        model.show(Route.CheckIn)
        model.submitCheckIn(CheckInDraft(pleasantness = 1))

        model.setAppLock(LockSecret.Pin("482916"))
        assertNull(keys.key, "the key now lives wrapped under the PIN")
        assertEquals(Notice.Message(ShellText.LOCK_SET), model.state.value.notice)
        model.lock()
        assertTrue(model.state.value.stack.isEmpty())

        val relaunched = model().also { it.start() }
        val before = relaunched.state.value.phase
        assertTrue(before is AppPhase.Locked, "a relaunch shows the lock screen")
        val screen = (before as AppPhase.Locked).lock.screen
        assertEquals("Enter your PIN", screen.prompt)
        assertTrue(screen.numericInput)
        assertEquals("Help now", screen.help.label, "help now is on the lock screen")
        assertNull(before.lock.message)
        relaunched.unlock(LockSecret.Pin("000000"))
        val wrong = relaunched.state.value.phase
        assertTrue(
            wrong is AppPhase.Locked && wrong.lock.message == "That didn't match. Take your time and try again.",
            "got $wrong",
        )

        relaunched.unlock(LockSecret.Pin("482916"))
        assertEquals(AppPhase.Unlocked, relaunched.state.value.phase)
        assertEquals(1, relaunched.home().checkInsToday)

        relaunched.removeAppLock(LockSecret.Pin("482916"))
        assertEquals(32, keys.key?.size, "removing the lock gives the key back to the key store")
    }

    @Test
    fun `a backup restores into a fresh app`() {
        val model = started()
        model.show(Route.Journal)
        model.show(Route.JournalEditor(null))
        model.saveJournalEntry(JournalEntryInput(body = "Backed up thoughts."))
        model.goHome()

        val file = model.makeBackup("correct horse battery")!!
        assertTrue(file.contents.isNotEmpty())
        assertNull(model.makeBackup("short"))
        val refused = model.state.value.notice
        assertTrue(refused is Notice.Error && !refused.text.contains("short"), "got $refused")

        model.eraseEverything()
        assertTrue(model.state.value.firstRun, "after erasing, the app starts again as new")
        model.onboardWithDefaults()
        assertEquals(0L, model.home().journalEntryCount)
        assertTrue(scheduler.applied.contains(emptyList()), "erasing cancels every reminder")

        val summary = model.restoreBackup(file.contents, "correct horse battery", RestoreMode.REPLACE_EMPTY)!!
        assertEquals(1u, summary.added.journalEntries)
        assertTrue(summary.message.startsWith("Restored: ") && "1 journal entry" in summary.message, summary.message)
        assertEquals(Notice.Message(summary.message), model.state.value.notice, "the core's sentence is what shows")
        assertEquals(1L, model.home().journalEntryCount)
    }

    @Test
    fun `a counsellor's link opens the recommendation, even from the lock screen`() {
        val recommendation = createRecommendationCode(listOf("the-pause-plan"), "Sam", null)
        val model = started()
        model.openLink(recommendation.link)
        val received = model.top<Screen.Recommendation>().recommendation
        assertEquals(listOf("the-pause-plan"), received.moduleIds)
        assertTrue(received.headline.contains("Sam"))

        model.lock()
        model.openLink(recommendation.link)
        model.unlockWithDevice()
        model.top<Screen.Recommendation>()
        assertEquals(2, model.state.value.stack.size, "the link waited for unlock")

        model.acceptRecommendation()
        assertEquals(1, model.state.value.stack.size, "accepting goes home")
        assertEquals(received.headline, model.home().recommendations?.headline)
        assertEquals(listOf("the-pause-plan"), model.home().recommendations?.modules?.map { it.id })

        model.openLink("groundwork://recommend?code=NOPE")
        val notice = model.state.value.notice
        assertTrue(notice is Notice.Error && notice.text.startsWith("Check the recommendation code:"), "got $notice")

        model.openCode(recommendation.code)
        model.top<Screen.Recommendation>()
    }

    /** Onboarded on the new-dad track, the baby born twelve weeks ago: the team module is open. */
    private fun twelveWeeksIn() = model().also {
        it.start()
        it.completeOnboarding(
            OnboardingChoices(
                region = "AU",
                trackIds = listOf("new-father"),
                babyDate = BabyDate(BabyDateKind.BORN, java.time.LocalDate.now().minusWeeks(12).toString()),
                discreetMode = false,
            ),
        )
    }

    @Test
    fun `a team module asks the home safety question first, and not sure shows why with help`() {
        val model = twelveWeeksIn()
        model.openModule("co-parenting-as-a-team")
        val question = model.top<Screen.HomeSafetyQuestionScreen>().question
        assertEquals("co-parenting-as-a-team", question.moduleId)
        assertEquals(3, question.choices.size)

        model.answerHomeSafetyQuestion(HomeSafetyAnswer.NOT_SURE)
        val notYet = model.top<Screen.HomeSafetyNotYet>().notYet
        assertEquals(Situation.HURT_SOMEONE, notYet.helpNow.situation)
        assertTrue(notYet.ownWork.isNotEmpty())
        assertEquals(2, model.state.value.stack.size, "the answer replaced the question")

        model.back()
        model.openModule("co-parenting-as-a-team")
        model.top<Screen.HomeSafetyNotYet>()
    }

    @Test
    fun `a no to the home safety question opens the module in its place`() {
        val model = twelveWeeksIn()
        model.openModule("co-parenting-as-a-team")
        model.answerHomeSafetyQuestion(HomeSafetyAnswer.NO)
        val step = model.top<Screen.LessonStep>().step
        assertEquals("co-parenting-as-a-team", step.moduleId)
        assertEquals(2, model.state.value.stack.size, "home, then the module")
        assertTrue(model.state.value.notice is Notice.Message, "the core's line: ${model.state.value.notice}")
    }

    @Test
    fun `a lesson step takes an answer and the module completes`() {
        val model = started()
        val moduleId = model.home().nextStep.moduleId
        assertNotNull(moduleId, "a new person has a module to start")
        model.show(Route.PhaseMap)
        assertTrue(model.top<Screen.PhaseMap>().map.phases.flatMap { it.modules }.any { it.id == moduleId })
        model.show(Route.ModuleOverview(moduleId!!))
        assertTrue(model.top<Screen.ModuleOverview>().overview.steps.isNotEmpty())

        model.openModule(moduleId)
        var sawExercise = false
        repeat(40) {
            val step = (model.state.value.top?.screen as? Screen.LessonStep)?.step ?: return@repeat
            assertEquals(moduleId, step.moduleId)
            val exercise = step.exercise
            if (exercise != null) {
                val answer = sampleAnswer(exercise)
                if (!sawExercise) {
                    sawExercise = true
                    model.saveAnswer(answer)
                    val saved = model.top<Screen.LessonStep>().step
                    assertEquals(answer, saved.answer, "a half-done answer is kept")
                    assertEquals(step.stepIndex, saved.stepIndex)
                    assertEquals(4, model.state.value.stack.size, "a draft stays on the same screen (home, map, overview, step)")
                }
                model.continueLesson(answer)
                model.saveAnswer(answer, at = step)
                assertNull(model.state.value.notice, "a late draft for the step he left is dropped, not sent")
            } else {
                model.continueLesson(null)
            }
            assertNull(model.state.value.notice, "the core refused: ${model.state.value.notice}")
        }
        assertTrue(sawExercise, "the first module has an exercise")
        val done = model.top<Screen.ModuleCompletion>().completion
        assertEquals(moduleId, done.moduleId)
        assertTrue(done.headline.isNotEmpty())

        model.goHome()
        assertNotEquals(moduleId, model.home().nextStep.moduleId, "home moves on to what comes next")
    }
}
