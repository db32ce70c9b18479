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

class HelpNowTest {
    @Test
    fun `help now works before unlock with no database and no key for every region and situation`() {
        for (region in listOf("AU", "CA", "US", "GB", "NZ")) {
            for (situation in listOf(null) + Situation.values().toList()) {
                val screen = helpNow(region, null, situation)
                val emergency = requireNotNull(screen.emergency) { "$region has an emergency number" }
                assertTrue(emergency.actions.first().uri.startsWith("tel:"))
                assertTrue(screen.lines.isNotEmpty())
                assertEquals(5, screen.pausePlan.safeguards.size)
                assertEquals(situation, screen.situation)
            }
        }
    }

    @Test
    fun `help now guesses the region from the device locale and asks when it cannot`() {
        assertEquals("NZ", helpNow(null, "en_NZ", null).region?.code)
        val unknown = helpNow(null, "de_DE", null)
        assertNull(unknown.region)
        assertEquals(RegionSource.UNKNOWN, unknown.regionSource)
        assertEquals(5, unknown.regions.size)
        assertThrows<ApiException.InvalidInput> { helpNow("FR", null, null) }
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
    fun `an installed pack update changes a help line's number, even before unlock, and removing it brings the old one back`(@TempDir dir: Path) {
        val bundle = Files.readAllBytes(Path.of(requireNotNull(System.getProperty("groundwork.test.pack")) {
            "run bindings/kotlin/run-tests.sh: it builds the test pack"
        }))
        fun lifeline(screen: HelpNowScreen) =
            screen.lines.first { it.name.contains("Lifeline") }.actions.first().target
        val beforeUnlock = { helpNowIn(dir.toString(), "AU", null, Situation.SELF_HARM) }
        assertEquals("131114", lifeline(beforeUnlock()))

        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val status = groundwork.installPack(bundle)
            assertTrue(status.installed)
            assertEquals("99.0.0", status.version)
            assertNotNull(status.removeLabel)
            assertEquals("139999", lifeline(groundwork.helpNow(Situation.SELF_HARM, "en_AU")))
            assertEquals("139999", lifeline(beforeUnlock()))

            val refused = assertThrows<ApiException.PackRefused> { groundwork.installPack("not a pack".toByteArray()) }
            assertTrue(refused.toString().endsWith("Nothing was changed."), refused.toString())
            assertTrue(groundwork.contentStatus().installed, "a refused file leaves the installed pack alone")

            val back = groundwork.removeInstalledPack()
            assertEquals(false, back.installed)
            assertEquals("131114", lifeline(beforeUnlock()))
        }
    }
}
