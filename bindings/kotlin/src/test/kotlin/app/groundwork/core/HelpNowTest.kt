package app.groundwork.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path
import java.time.OffsetDateTime

/** Help now from the content alone, as the device asks for it at `at` (its clock and UTC offset). */
fun helpNowAt(region: String?, locale: String?, situation: Situation?, at: String = "2026-12-05T21:00:00+11:00"): HelpNowScreen {
    val now = OffsetDateTime.parse(at)
    return helpNow(region, locale, situation, now.toInstant(), now.offset.totalSeconds / 60)
}

class HelpNowTest {
    @Test
    fun `help now works before unlock with no database and no key for every region and situation`() {
        for (region in listOf("AU", "CA", "US", "GB", "NZ", "IE")) {
            for (situation in listOf(null) + Situation.values().toList()) {
                val screen = helpNowAt(region, null, situation)
                val emergency = requireNotNull(screen.emergency) { "$region has an emergency number" }
                assertTrue(emergency.actions.first().uri.startsWith("tel:"))
                assertEquals("Open 24 hours", emergency.hours)
                assertEquals(true, emergency.openNow)
                assertTrue(screen.lines.isNotEmpty())
                assertTrue(screen.pausePlan.safeguards.size in 5..9)
                assertEquals(situation, screen.situation)
            }
        }
    }

    @Test
    fun `help now guesses the region from the device locale and asks when it cannot`() {
        assertEquals("NZ", helpNowAt(null, "en_NZ", null).region?.code)
        val unknown = helpNowAt(null, "de_DE", null)
        assertNull(unknown.region)
        assertEquals(RegionSource.UNKNOWN, unknown.regionSource)
        assertEquals(listOf("AU", "CA", "US", "GB", "NZ", "IE"), unknown.regions.map { it.code })
        assertThrows<ApiException.InvalidInput> { helpNowAt("FR", null, null) }
    }

    @Test
    fun `each line says whether it is open now, in his own time`() {
        val au = helpNowAt("AU", null, Situation.SELF_HARM, "2026-12-05T21:00:00+11:00")
        val lifeline = au.lines.first { it.id == "au-lifeline" }
        assertEquals("Open 24 hours", lifeline.hours)
        assertEquals(true, lifeline.openNow)
        assertTrue(lifeline.actions.any { it.kind == ContactKind.TEXT && it.target == "0477131114" })
        // PANDA keeps Sydney hours: on a Sunday in Perth it opens at 6 am on Monday, his time.
        val panda = helpNowAt("AU", null, Situation.NEW_DAD, "2026-12-06T20:00:00+08:00").lines.first { it.id == "au-panda" }
        assertEquals("Closed now, opens tomorrow 6 am", panda.hours)
        assertEquals(false, panda.openNow)
        assertThrows<ApiException.InvalidInput> {
            helpNow("AU", null, null, OffsetDateTime.parse("2026-12-05T21:00:00+11:00").toInstant(), 24 * 60)
        }
    }

    @Test
    fun `worried he might hurt someone, help starts with what he can do this minute`() {
        val screen = helpNowAt("GB", null, Situation.HURT_SOMEONE)
        val first = requireNotNull(screen.firstSteps) { "first steps before the lines" }
        assertTrue(first.steps.first().startsWith("Leave the room"), first.steps.toString())
        assertTrue(first.steps.any { it.contains("baby") }, first.steps.toString())
        assertTrue(screen.pausePlanFirst)
        assertNull(helpNowAt("GB", null, Situation.TALK).firstSteps)
    }

    @Test
    fun `a region that is not two letters is invalid input before the call runs and changes nothing`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            groundwork.setRegion(" nz")
            assertEquals("NZ", groundwork.region())
            for (bad in listOf("NZL", "N1", "")) {
                val error = assertThrows<ApiException.InvalidInput> { groundwork.setRegion(bad) }
                assertEquals("region", error.field)
                assertThrows<ApiException.InvalidInput> { helpNowAt(bad, null, null) }
            }
            assertEquals("NZ", groundwork.region())
        }
    }

    @Test
    fun `a very hard check-in asks the safety questions and a yes opens help now`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            groundwork.setRegion("gb")
            val outcome = groundwork.submitCheckIn(CheckInInput(pleasantness = -5, energy = 3))
            val questions = requireNotNull(outcome.safetyQuestions) { "a very unpleasant check-in asks" }
            val follow = groundwork.answerSafetyQuestions(questions.checkInId, null, true, null)
            val screen = requireNotNull(follow.helpNow) { "a yes opens help now" }
            assertEquals(Situation.HURT_SOMEONE, screen.situation)
            assertEquals("GB", screen.region?.code)
            assertNotNull(groundwork.homeScreen().safetyCard)
        }
    }

    @Test
    fun `a pack that changes a help line's number is refused, a local service is added after the built-in lines, and help says where each came from`(@TempDir dir: Path) {
        val changed = Path.of(requireNotNull(System.getProperty("groundwork.test.pack")) {
            "run bindings/kotlin/run-tests.sh: it builds the test packs"
        })
        val local = Files.readAllBytes(changed.resolveSibling("local-service.gwpack"))
        fun lifeline(screen: HelpNowScreen) =
            screen.lines.first { it.name.contains("Lifeline") }.actions.first().target
        val now = OffsetDateTime.parse("2026-12-05T21:00:00+11:00")
        val beforeUnlock = {
            helpNowIn(dir.toString(), "AU", null, Situation.TALK, now.toInstant(), now.offset.totalSeconds / 60)
        }

        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val refused = assertThrows<ApiException.PackChangesHelp> {
                groundwork.installPack(Files.readAllBytes(changed), null)
            }
            assertEquals(listOf("Lifeline's number in Australia"), refused.changes)
            assertTrue(refused.toString().endsWith("Nothing was changed."), refused.toString())
            assertEquals("131114", lifeline(beforeUnlock()))

            val preview = groundwork.previewPack(local)
            assertEquals(listOf("Sam's men's group (Australia): 02 5550 1234"), preview.servicesAdded)
            assertEquals("Help now", preview.help.label)
            val outcome = groundwork.installPack(local, null)
            assertTrue(outcome is PackInstallOutcome.Installed, "got $outcome")
            val status = (outcome as PackInstallOutcome.Installed).status
            assertTrue(status.installed)
            assertEquals("99.0.0", status.version)
            assertNotNull(status.removeLabel)
            for (screen in listOf(groundwork.helpNow(Situation.TALK, "en_AU"), beforeUnlock())) {
                assertEquals("131114", lifeline(screen))
                val sams = screen.lines.first { it.name == "Sam's men's group" }
                assertEquals("Added by Sam's practice, installed on this phone", sams.origin)
                assertEquals(false, sams.builtIn)
                assertEquals("Built into Groundwork", screen.lines.first { it.name.contains("Lifeline") }.origin)
            }

            val notAPack = assertThrows<ApiException.PackRefused> { groundwork.installPack("not a pack".toByteArray(), null) }
            assertTrue(notAPack.toString().endsWith("Nothing was changed."), notAPack.toString())
            assertTrue(groundwork.contentStatus().installed, "a refused file leaves the installed pack alone")

            val back = groundwork.removeInstalledPack()
            assertEquals(false, back.installed)
            assertTrue(beforeUnlock().lines.none { it.name == "Sam's men's group" })
        }
    }
}
