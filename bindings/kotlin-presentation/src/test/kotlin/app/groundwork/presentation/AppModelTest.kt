// The glue over the core's navigation, against the real core: the model sends what happened,
// draws what the core answered and carries out the effects through the platform, in order,
// answering the key store's. Where he goes and when the app locks are the core's, and are tested
// there (tests/tests/journeys.rs); these tests are about the platform's part.
package app.groundwork.presentation

import app.groundwork.core.Action
import app.groundwork.core.AppNavigator
import app.groundwork.core.AppNotice
import app.groundwork.core.AppScreen
import app.groundwork.core.Destination
import app.groundwork.core.ExportFormat
import app.groundwork.core.InsightRange
import app.groundwork.core.JournalEntryInput
import app.groundwork.core.LockGrace
import app.groundwork.core.OnboardingChoices
import app.groundwork.core.OnboardingLock
import app.groundwork.core.Phase
import app.groundwork.core.Situation
import app.groundwork.core.TestClock
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.time.Instant

class AppModelTest {
    @TempDir
    lateinit var dir: Path

    /** A Sunday evening in Sydney (UTC+11). */
    private val now: Instant = Instant.parse("2026-03-01T08:30:00Z")
    private val clock = TestClock(now, 660)
    private val platform = FakePlatform()

    @AfterEach
    fun closeClock() = clock.close()

    /** The app launched on this phone, with the preferences the phone kept. */
    private fun launch(): AppModel {
        val navigator = AppNavigator.withTestClock(dir.toString(), platform.preferences, "en_AU", clock)
        return AppModel(navigator, platform).also { platform.model = it }
    }

    private fun AppModel.onboard(lock: OnboardingLock = OnboardingLock.NotNow) = send(
        Action.CompleteOnboarding(
            OnboardingChoices(
                region = "AU",
                trackIds = listOf("general"),
                babyDate = null,
                discreetMode = false,
                thingsAreHard = false,
            ),
            lock,
        ),
    )

    private fun started(): AppModel = launch().apply {
        send(Action.Start)
        onboard()
    }

    private val AppModel.screen: AppScreen? get() = view.value.screen
    private val AppModel.locked: Boolean get() = view.value.phase is Phase.Locked

    @Test
    fun `first open stores a new key, reads it back, and the next open loads the same key`() {
        val model = launch()
        model.send(Action.Start)
        // (Any copy an earlier run left for the share sheet goes first.)
        assertEquals("deleteSharedFiles", platform.calls.first())
        assertEquals(listOf("loadKey(biometric=false)", "storeKey(biometric=false)"), platform.calls.drop(1).take(2))
        assertEquals(32, platform.key?.size, "the core's key, kept")
        assertEquals(Phase.Unlocked, model.view.value.phase)
        assertTrue(model.view.value.firstRun)
        assertTrue(model.screen is AppScreen.Onboarding, "got ${model.screen}")

        model.onboard()
        val kept = platform.key!!.copyOf()
        platform.calls.clear()
        val again = launch().apply { send(Action.Start) }
        assertEquals("loadKey(biometric=false)", platform.calls.first { it != "deleteSharedFiles" })
        assertFalse(platform.calls.any { it.startsWith("storeKey") }, "no new key: ${platform.calls}")
        assertArrayEquals(kept, platform.key, "the glue zeroes only its own copies")
        assertEquals(Phase.Unlocked, again.view.value.phase)
        assertFalse(again.view.value.firstRun)
        assertTrue(again.screen is AppScreen.Home, "got ${again.screen}")
    }

    @Test
    fun `a key store that cannot keep the key sets nothing up`() {
        platform.keepsKeys = false
        val model = launch()
        model.send(Action.Start)
        val phase = model.view.value.phase
        assertTrue(phase is Phase.Unavailable, "got $phase")
        assertTrue((phase as Phase.Unavailable).reason.contains("could not keep the key"), phase.reason)
        assertNull(platform.key)
        Files.list(dir).use { files ->
            assertFalse(files.anyMatch { it.fileName.toString().endsWith(".db") }, "no database under a key nobody kept")
        }
        assertNotNull(model.view.value.help, "help now is still there")
    }

    @Test
    fun `a fingerprint prompt answered later still opens the app`() {
        launch().apply {
            send(Action.Start)
            onboard(OnboardingLock.Biometric)
        }
        assertTrue(platform.biometric && platform.preferences.biometricKey, "the key is guarded")

        platform.answersPromptsAtOnce = false
        val model = launch().apply { send(Action.Start) }
        assertTrue(model.locked, "a tap, then the phone checks")
        model.send(Action.UnlockWithDevice)
        assertEquals("loadKey(biometric=true)", platform.calls.last())
        assertTrue(model.locked, "still the lock screen while the prompt shows")

        // The prompt succeeds on another thread, as BiometricPrompt's callback does.
        Thread { platform.answerPrompt() }.apply { start(); join() }
        assertEquals(Phase.Unlocked, model.view.value.phase)
        assertTrue(model.screen is AppScreen.Home, "got ${model.screen}")
    }

    @Test
    fun `a cancelled prompt leaves the lock screen and the next tap asks again`() {
        launch().apply {
            send(Action.Start)
            onboard(OnboardingLock.Biometric)
        }
        platform.answersPromptsAtOnce = false
        val model = launch().apply { send(Action.Start) }
        model.send(Action.UnlockWithDevice)
        platform.cancelPrompt()
        assertTrue(model.locked)
        assertNull(model.screen, "nothing from the database")

        model.send(Action.UnlockWithDevice)
        platform.answerPrompt()
        assertEquals(Phase.Unlocked, model.view.value.phase)
    }

    @Test
    fun `effects are carried out in the order the core gave them`() {
        val model = launch()
        model.send(Action.Start)
        platform.calls.clear()
        model.onboard()
        val asked = model.view.value.effects.mapNotNull(FakePlatform::named)
        assertTrue(asked.size >= 2, "onboarding asks for more than one thing: $asked")
        assertEquals(asked, platform.calls)

        platform.calls.clear()
        model.send(Action.SetDiscreet(true))
        assertEquals(model.view.value.effects.mapNotNull(FakePlatform::named), platform.calls)
        assertTrue(platform.preferences.discreet, "kept outside the database")
    }

    @Test
    fun `the timer the core asks for sends LockCheckDue and the app locks`() {
        val model = started()
        model.send(Action.Show(Destination.Settings))
        model.send(Action.SetLockGrace(LockGrace.ONE_MINUTE))
        model.send(Action.WentToBackground(now))
        assertFalse(model.locked, "a minute's grace")
        assertEquals(listOf(now.plus(Duration.ofMinutes(1))), platform.timers)

        platform.fireTimer()
        assertTrue(model.locked)
        assertNull(model.screen, "nothing from the database is drawn once locked")
    }

    @Test
    fun `sharing a file is a hand-off the core times, and the lock decision is the core's`() {
        val model = started()
        model.send(Action.Show(Destination.Settings))
        model.send(Action.Export(ExportFormat.MARKDOWN))
        assertEquals(1, platform.shared.size, "the share sheet got the file")

        // The share sheet covers the app: by default that would lock at once.
        model.send(Action.WentToBackground(now))
        assertFalse(model.locked, "open while he is in the share sheet")
        assertEquals(listOf(now.plus(Duration.ofMinutes(3))), platform.timers, "three minutes at most")
        platform.fireTimer()
        assertTrue(model.locked, "he never came back")
    }

    @Test
    fun `the shared copy is deleted when he comes back`() {
        val model = started()
        model.send(Action.Show(Destination.Settings))
        model.send(Action.Export(ExportFormat.MARKDOWN))
        val before = platform.calls.count { it == "deleteSharedFiles" }
        model.send(Action.WentToBackground(now))
        assertEquals(before, platform.calls.count { it == "deleteSharedFiles" }, "not while it is shared")
        model.send(Action.CameBack(now.plusSeconds(20)))
        assertEquals(before + 1, platform.calls.count { it == "deleteSharedFiles" })
    }

    @Test
    fun `a file picker is a hand-off the screen announces first`() {
        val model = started()
        model.send(Action.Show(Destination.Settings))
        model.send(Action.HandingOff(now))
        model.send(Action.WentToBackground(now))
        assertFalse(model.locked, "open while the picker shows")
        model.send(Action.CameBack(now.plusSeconds(30)))
        assertTrue(model.screen is AppScreen.Settings, "back where he was: ${model.screen}")

        model.send(Action.WentToBackground(now.plusSeconds(60)))
        assertTrue(model.locked, "the hand-off is used up")
    }

    @Test
    fun `an edited journal entry goes through the crisis check`() {
        val model = started()
        model.send(Action.Show(Destination.Journal))
        model.send(Action.Show(Destination.NewJournalEntry))
        model.send(Action.SaveJournalEntry(JournalEntryInput(body = "A long day at work.", tags = emptyList(), promptId = null)))
        val journal = model.screen
        assertTrue(journal is AppScreen.Journal, "an ordinary day answers nothing: $journal")
        val id = (journal as AppScreen.Journal).items.first().id

        model.send(Action.Show(Destination.JournalEntry(id)))
        model.send(
            Action.SaveJournalEntry(
                JournalEntryInput(body = "A long day at work. I put my hands on her neck.", tags = emptyList(), promptId = null),
            ),
        )
        val answer = model.screen
        assertTrue(answer is AppScreen.CrisisAnswer && answer.answer.situation == Situation.HURT_SOMEONE, "got $answer")
    }

    @Test
    fun `help now is reachable from the lock screen and from every screen once started`() {
        val model = launch()
        assertNull(model.view.value.help, "nothing before Start")
        model.send(Action.Start)
        assertNotNull(model.view.value.help, "onboarding")
        model.onboard()

        val destinations = listOf(
            Destination.CheckIn, Destination.AngerMoment, Destination.Journal, Destination.NewJournalEntry,
            Destination.JournalSearch, Destination.Insights(InsightRange.MONTH), Destination.Plans,
            Destination.Plan("pause-plan"), Destination.Settings, Destination.YourPath, Destination.PhaseMap,
        )
        for (destination in destinations) {
            model.send(Action.GoHome)
            model.send(Action.Show(destination))
            val help = model.view.value.help
            assertEquals("000", help?.emergencyNumber, "$destination")
            model.send(Action.OpenHelp)
            val opened = model.screen
            assertTrue(opened is AppScreen.HelpNow && opened.help.situation == help?.situation, "$destination: $opened")
        }

        model.send(Action.LockNow)
        assertTrue(model.locked)
        assertEquals("000", model.view.value.help?.emergencyNumber, "the lock screen's button")
        model.send(Action.OpenHelp)
        assertNotNull(model.view.value.helpBeforeUnlock, "help now before unlock, from the content alone")
        assertTrue(model.locked)
    }

    @Test
    fun `a platform that throws is a key not kept, not a crash`() {
        val throwing = object : Platform by platform {
            override fun storeKey(key: ByteArray, biometric: Boolean): Boolean = error("the key store is broken")
        }
        val model = AppModel(AppNavigator.withTestClock(dir.toString(), platform.preferences, "en_AU", clock), throwing)
        model.send(Action.Start)
        assertTrue(model.view.value.phase is Phase.Unavailable, "got ${model.view.value.phase}")
        val notice = model.view.value.notice
        assertFalse(notice is AppNotice.Error && notice.text.contains("broken"), "no internals: $notice")
    }
    @Test
    fun `a phone set to French goes through its first evening in French`() {
        val navigator = AppNavigator.withTestClock(dir.toString(), platform.preferences, "fr_CA", clock)
        val model = AppModel(navigator, platform).also { platform.model = it }
        model.send(Action.Start)
        model.send(
            Action.CompleteOnboarding(
                OnboardingChoices(
                    region = "CA",
                    trackIds = listOf("general"),
                    babyDate = null,
                    discreetMode = false,
                    thingsAreHard = false,
                ),
                OnboardingLock.NotNow,
            ),
        )
        val home = (model.screen as AppScreen.Home).home
        assertEquals("Comment ça va, là, maintenant?", home.checkInPrompt)
        assertEquals("De l'aide maintenant", model.view.value.help?.label)
        model.send(Action.Show(Destination.PhaseMap))
        val path = (model.screen as AppScreen.PhaseMap).map
        assertEquals("Ton parcours", path.title)
        assertEquals("Où tu en es", path.phases.first().modules.first().title, "the French pack's modules")
        model.send(Action.Show(Destination.Settings))
        model.send(Action.SetLockGrace(LockGrace.ONE_MINUTE))
        assertEquals(AppNotice.Message("C'est enregistré."), model.view.value.notice)
        assertEquals("Réglages", model.text.settings, "the app's own lines too")
        assertEquals("Enregistrer mon bilan", model.text.saveCheckIn)
    }
}
