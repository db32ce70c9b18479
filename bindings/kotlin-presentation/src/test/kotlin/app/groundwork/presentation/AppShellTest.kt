// The glue over the core's navigation: the effects the core asks for are carried out (the key
// store, preferences, notifications, the share sheet, the lock timer), what is drawn is what the
// core said, and help is reachable on every screen. The journeys themselves are the core's
// (tests/tests/journeys.rs).
package app.groundwork.presentation

import app.groundwork.core.Action
import app.groundwork.core.Destination
import app.groundwork.core.ExportFormat
import app.groundwork.core.InsightRange
import app.groundwork.core.LockKind
import app.groundwork.core.LockSecret
import app.groundwork.core.OnboardingChoices
import app.groundwork.core.OnboardingLock
import app.groundwork.core.Phase
import app.groundwork.core.Situation
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import app.groundwork.core.AppScreen as CoreScreen

class AppShellTest {
    @TempDir
    lateinit var dir: Path

    private val keys = InMemoryKeyStore()
    private val preferences = InMemoryPreferences()
    private val scheduler = RecordingScheduler()
    private val platform = RecordingPlatform()

    private fun shell() = AppShell(dir.toString(), keys, preferences, scheduler, platform, deviceLocale = "en_AU")

    private fun AppShell.onboard(lock: OnboardingLock) {
        send(
            Action.CompleteOnboarding(
                OnboardingChoices(region = "AU", trackIds = listOf("general"), babyDate = null, discreetMode = false),
                lock,
            ),
        )
    }

    private val AppShell.screen: CoreScreen? get() = state.value.screen

    @Test
    fun `first start keeps the new key in the key store and draws the core's onboarding with the lock offer`() {
        val shell = shell().also { it.send(Action.Start) }
        assertEquals(Phase.Unlocked, shell.state.value.phase)
        assertEquals(32, keys.key?.size, "the key the core made was stored and confirmed")
        val onboarding = (shell.screen as CoreScreen.Onboarding).onboarding
        assertNotNull(onboarding.lockOffer, "the core offers the lock")

        shell.onboard(OnboardingLock.NotNow)
        val home = (shell.screen as CoreScreen.Home).home
        assertNotNull(home.lockReminder, "not now: the core's quiet card")
        assertEquals("AU", preferences.region, "kept outside the database for help before unlock")
        assertEquals(emptyList<NotificationRequest>(), scheduler.applied.last(), "the core's schedule")
    }

    @Test
    fun `a PIN chosen in onboarding takes the key out of the key store and the next start shows the lock screen`() {
        shell().apply {
            send(Action.Start)
            onboard(OnboardingLock.Secret(LockSecret.Pin("482916")))
        }
        assertNull(keys.key)
        val again = shell().also { it.send(Action.Start) }
        val phase = again.state.value.phase
        assertTrue(phase is Phase.Locked && phase.lock.kind == LockKind.PIN, "got $phase")
        again.send(Action.Unlock(LockSecret.Pin("482916")))
        assertTrue(again.screen is CoreScreen.Home)
    }

    @Test
    fun `a key store that loses the key keeps the lock in place`() {
        shell().apply {
            send(Action.Start)
            onboard(OnboardingLock.Secret(LockSecret.Pin("482916")))
        }
        val losing = object : KeyStore by keys {
            override fun saveKey(key: ByteArray, biometric: Boolean) = keys.saveKey(ByteArray(32), biometric)
        }
        val forgetful = AppShell(dir.toString(), losing, preferences, scheduler, platform, deviceLocale = "en_AU")
        forgetful.send(Action.Start)
        forgetful.send(Action.Unlock(LockSecret.Pin("482916")))
        forgetful.send(Action.RemoveAppLock(LockSecret.Pin("482916")))
        val notice = forgetful.state.value.notice
        assertTrue(notice is app.groundwork.core.AppNotice.Error, "got $notice")
        assertTrue(app.groundwork.core.appLockStatus(dir.toString()).locked, "the lock stays")
    }

    @Test
    fun `sharing an export hands the file over and the core's timer locks when he never comes back`() {
        val shell = shell().apply {
            send(Action.Start)
            onboard(OnboardingLock.NotNow)
        }
        shell.send(Action.Show(Destination.Settings))
        shell.send(Action.Export(ExportFormat.MARKDOWN))
        assertEquals(1, platform.shared.size, "the share sheet got the file")
        val away = java.time.Instant.now()
        shell.send(Action.WentToBackground(away))
        assertEquals(Phase.Unlocked, shell.state.value.phase, "open while he is in the share sheet")
        val due = platform.timers.last()
        assertTrue(due.isAfter(away) && !due.isAfter(away.plusSeconds(180)), "at most three minutes: $due")
        shell.send(Action.LockCheckDue(due))
        assertTrue(shell.state.value.phase is Phase.Locked)
        assertNull(shell.screen, "nothing from the database is drawn once locked")
    }

    @Test
    fun `help is reachable on every screen the shell opens, and before unlock`() {
        val shell = shell().apply {
            send(Action.Start)
            onboard(OnboardingLock.NotNow)
        }
        val destinations = listOf(
            Destination.CheckIn, Destination.AngerMoment, Destination.Journal, Destination.NewJournalEntry,
            Destination.JournalSearch, Destination.Insights(InsightRange.MONTH), Destination.Plans,
            Destination.Plan("pause-plan"), Destination.Settings, Destination.YourPath, Destination.PhaseMap,
        )
        for (destination in destinations) {
            shell.send(Action.GoHome)
            shell.send(Action.Show(destination))
            val help = shell.state.value.help
            assertEquals("Help now", help?.label, "$destination")
            assertEquals("000", help?.emergencyNumber, "$destination")
            shell.send(Action.OpenHelp)
            val opened = shell.screen
            assertTrue(opened is CoreScreen.HelpNow && opened.help.situation == help?.situation, "$destination: $opened")
        }
        shell.send(Action.GoHome)
        shell.send(Action.Show(Destination.AngerMoment))
        assertEquals(Situation.HURT_SOMEONE, shell.state.value.help?.situation)

        shell.send(Action.LockNow)
        shell.send(Action.OpenHelp)
        assertNotNull(shell.state.value.helpBeforeUnlock, "help now before unlock, from the content alone")
        assertFalse(shell.state.value.phase == Phase.Unlocked)
    }
}
