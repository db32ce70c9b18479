// Find your people in the app model, on a test clock: help now's "I need to talk to someone"
// carries the region's groups, home shows the core's card three weeks after he starts a module,
// and "not now" takes it away for good.
package app.groundwork.presentation

import app.groundwork.core.Groundwork
import app.groundwork.core.OnboardingChoices
import app.groundwork.core.Situation
import app.groundwork.core.TestClock
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.Instant

class PeerGroupsTest {
    @TempDir
    lateinit var dir: Path

    /** 09:00 on 10 June 2026 in London (UTC+1). */
    private val clock = TestClock(Instant.parse("2026-06-10T08:00:00Z"), 60)

    @AfterEach
    fun closeClock() = clock.close()

    private fun onboardedInBritain(): AppModel {
        val model = AppModel(
            dir.toString(), InMemoryKeyStore(), InMemoryPreferences(), RecordingScheduler(), deviceLocale = "en_GB",
            openCore = { path, key -> Groundwork.openWithTestClock(path, key, clock) },
        )
        model.start()
        model.completeOnboarding(
            OnboardingChoices(region = "GB", trackIds = listOf("general"), babyDate = null, discreetMode = false),
        )
        return model
    }

    private fun home(model: AppModel) = (model.state.value.stack.first().screen as Screen.Home).home

    @Test
    fun `talking to someone shows the regions groups after the lines and other situations do not`() {
        val model = onboardedInBritain()
        model.showHelpNow(Situation.TALK)
        val talk = (model.state.value.top?.screen as Screen.HelpNow).help
        assertNotNull(talk.peerGroups, "the groups come with talking to someone")
        val groups = talk.peerGroups!!
        assertEquals("United Kingdom", groups.regionName)
        assertTrue(groups.groups.any { it.id == "gb-mens-sheds" }, "${groups.groups.map { it.id }}")
        assertTrue(groups.groups.all { it.actions.isNotEmpty() }, "each says how to find the nearest")

        model.showHelpNow(Situation.HURT_SOMEONE)
        val hurt = (model.state.value.top?.screen as Screen.HelpNow).help
        assertNull(hurt.peerGroups)
    }

    @Test
    fun `home offers the groups three weeks after he starts and not now takes the card away`() {
        val model = onboardedInBritain()
        model.openModule("where-you-are-now")
        model.goHome()
        clock.advanceDays(20u)
        model.reloadTop()
        assertNull(home(model).peerGroupsCard, "not before three weeks")

        clock.advanceDays(1u)
        model.reloadTop()
        assertNotNull(home(model).peerGroupsCard, "three weeks in")
        val card = home(model).peerGroupsCard!!
        assertEquals("United Kingdom", card.groups.regionName)
        assertTrue(card.dismissLabel.isNotEmpty())

        model.dismissPeerGroupsCard()
        assertNull(home(model).peerGroupsCard, "put away")
        clock.advanceDays(30u)
        model.reloadTop()
        assertNull(home(model).peerGroupsCard, "for good")
    }
}
