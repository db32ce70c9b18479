package app.groundwork.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.Instant

class AngerMomentTest {
    private val snapped = AngerMomentInput(
        whatHappened = "Snapped at my son over his shoes",
        intensity = 7,
        bodyCues = listOf("jaw tight", "face hot"),
        thoughts = "We are late again",
        whatIDid = "Raised my voice",
        nextTime = "Breathe out first, then speak",
        repairNeeded = true,
    )

    @Test
    fun `an anger moment is saved, marked repaired, and deleted`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val before = Instant.now().minusSeconds(1)
            val saved = groundwork.recordAngerMoment(snapped)
            assertTrue(saved.recordedAt in before..Instant.now().plusSeconds(1), "recordedAt ${saved.recordedAt}")
            assertEquals(saved.recordedAt, saved.updatedAt)
            assertEquals(snapped.whatHappened, saved.whatHappened)
            assertEquals(7, saved.intensity)
            assertEquals(listOf("jaw tight", "face hot"), saved.bodyCues)
            assertEquals(snapped.thoughts, saved.thoughts)
            assertEquals(snapped.whatIDid, saved.whatIDid)
            assertEquals(snapped.nextTime, saved.nextTime)
            assertTrue(saved.repairNeeded)
            assertFalse(saved.repairDone)
            assertEquals(listOf(saved), groundwork.recentAngerMoments(10))

            // Later he puts it right: the same moment, when it happened unchanged.
            val repaired = groundwork.updateAngerMoment(saved.id, snapped.copy(repairDone = true))
            assertEquals(saved.id, repaired.id)
            assertEquals(saved.recordedAt, repaired.recordedAt)
            assertEquals(saved.localDay, repaired.localDay)
            assertTrue(repaired.repairDone)
            assertFalse(repaired.updatedAt < saved.updatedAt, "updatedAt went back")
            assertEquals(saved.copy(repairDone = true, updatedAt = repaired.updatedAt), repaired)
            assertEquals(listOf(repaired), groundwork.recentAngerMoments(10))

            groundwork.deleteAngerMoment(saved.id)
            assertEquals(emptyList<AngerMoment>(), groundwork.recentAngerMoments(10))
            assertNotFound("anger moment") { groundwork.deleteAngerMoment(saved.id) }
            assertNotFound("anger moment") { groundwork.updateAngerMoment(saved.id, snapped) }
        }
    }

    @Test
    fun `an anger moment that breaks a rule is refused with InvalidInput and nothing is saved`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            assertInvalidInput("what_happened") { groundwork.recordAngerMoment(snapped.copy(whatHappened = "  ")) }
            assertInvalidInput("intensity") { groundwork.recordAngerMoment(snapped.copy(intensity = 11)) }
            assertInvalidInput("intensity") { groundwork.recordAngerMoment(snapped.copy(intensity = -1)) }
            assertInvalidInput("body_cues") { groundwork.recordAngerMoment(snapped.copy(bodyCues = List(9) { "cue $it" })) }
            // A repair can only be done where one was needed.
            assertInvalidInput("repair_done") {
                groundwork.recordAngerMoment(snapped.copy(repairNeeded = false, repairDone = true))
            }
            assertEquals(emptyList<AngerMoment>(), groundwork.recentAngerMoments(10))
            assertInvalidInput("limit") { groundwork.recentAngerMoments(0) }

            // Only what happened and how strong it was are required.
            val short = groundwork.recordAngerMoment(AngerMomentInput(whatHappened = "Traffic", intensity = 3))
            assertEquals(emptyList<String>(), short.bodyCues)
            assertEquals(null, short.thoughts)
            assertFalse(short.repairNeeded || short.repairDone)
        }
    }

    @Test
    fun `the anger moment form offers body cues and a label for every question`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val form = groundwork.angerMomentForm()
            assertTrue("jaw tight" in form.bodyCues, "body cues: ${form.bodyCues}")
            for (label in listOf(
                form.title, form.intro, form.whatHappenedLabel, form.intensityLabel, form.thoughtsLabel,
                form.whatIDidLabel, form.nextTimeLabel, form.repairLabel,
            )) {
                assertTrue(label.isNotBlank(), "a blank label in $form")
            }
        }
    }
}
