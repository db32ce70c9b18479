package app.groundwork.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.fail
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.Instant
import java.time.ZoneId
import java.time.ZoneOffset
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

class CheckInTest {
    @Test
    fun `check-ins are listed newest first with quadrant, emotions and note round-tripped`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val inputs = listOf(
                checkIn(-3, 4, listOf("anxious", "on-edge"), "before the meeting") to Quadrant.UNPLEASANT_HIGH_ENERGY,
                checkIn(4, 4, listOf("excited"), null) to Quadrant.PLEASANT_HIGH_ENERGY,
                checkIn(-2, -5, listOf("drained", "flat", "sad"), "long day") to Quadrant.UNPLEASANT_LOW_ENERGY,
                checkIn(2, -1, listOf("calm"), "walk by the river") to Quadrant.PLEASANT_LOW_ENERGY,
                checkIn(0, 3, emptyList(), null) to Quadrant.MIDDLE,
            )
            val saved = inputs.map { (input, quadrant) ->
                val before = Instant.now().minusSeconds(1)
                val checkIn = groundwork.recordCheckIn(input)
                val after = Instant.now().plusSeconds(1)
                assertEquals(quadrant, checkIn.quadrant, "quadrant of $input")
                assertTrue(checkIn.quadrantLabel.isNotBlank(), "quadrantLabel of $input")
                assertEquals(input.pleasantness, checkIn.pleasantness)
                assertEquals(input.energy, checkIn.energy)
                assertEquals(input.emotions, checkIn.emotions, "emotions keep their order")
                assertEquals(input.note, checkIn.note)
                assertTrue(checkIn.recordedAt in before..after, "recordedAt ${checkIn.recordedAt} is not now")
                checkIn
            }
            assertEquals(saved.size, saved.map { it.id }.toSet().size, "ids are unique")
            // Vocabulary ids come back with the words they stand for.
            assertEquals(listOf("anxious", "on edge"), saved[0].emotionWords)

            // Newest first, and each one exactly as recordCheckIn returned it.
            assertEquals(saved.reversed(), groundwork.recentCheckIns(10))
            assertEquals(saved.reversed().take(2), groundwork.recentCheckIns(2))

            // The local day is the day lived at the stored offset (it ends at 04:00, so before then
            // it is the calendar's yesterday), and the offset is this device's.
            for (checkIn in saved) {
                val offset = ZoneOffset.ofTotalSeconds(checkIn.utcOffsetMinutes * 60)
                assertEquals(checkIn.recordedAt.atOffset(offset).minusHours(4).toLocalDate(), checkIn.localDay)
                assertEquals(ZoneId.systemDefault().rules.getOffset(checkIn.recordedAt), offset)
            }

            val home = groundwork.homeScreen()
            assertEquals(saved.size, home.checkInsToday)
            val last = home.lastCheckIn ?: fail("no last check-in on the home screen")
            assertEquals(saved.last().recordedAt, last.recordedAt)
            assertEquals(Quadrant.MIDDLE, last.quadrant)
            assertEquals(saved.last().quadrantLabel, last.quadrantLabel)
            assertEquals(saved.last().emotions, last.emotions)
            assertTrue(last.whenLabel.isNotBlank(), "whenLabel")
        }
    }

    @Test
    fun `the home screen's last check-in shows the vocabulary words, then his own words`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            groundwork.recordCheckIn(checkIn(-2, 3, listOf("on-edge", "tense"), ownWords = listOf("wired")))
            val last = groundwork.homeScreen().lastCheckIn ?: fail("no last check-in on the home screen")
            assertEquals(listOf("on-edge", "tense"), last.emotions, "emotions are the vocabulary ids")
            assertEquals(listOf("on edge", "tense", "wired"), last.words, "words are what to show")

            groundwork.recordCheckIn(checkIn(1, -1, ownWords = listOf("settled")))
            val ownOnly = groundwork.homeScreen().lastCheckIn ?: fail("no last check-in on the home screen")
            assertEquals(emptyList<String>(), ownOnly.emotions)
            assertEquals(listOf("settled"), ownOnly.words)
        }
    }

    @Test
    fun `a check-in can be read, edited and deleted by its id`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val saved = groundwork.recordCheckIn(
                CheckInInput(pleasantness = -3, energy = 4, emotions = listOf("angry"), anger = 8, tags = listOf("Work"), note = "the meeting"),
            )
            assertEquals(listOf("work"), saved.tags, "tags are lower-cased")
            assertEquals(saved, groundwork.checkIn(saved.id))

            val edited = groundwork.updateCheckIn(
                saved.id,
                CheckInInput(pleasantness = -1, energy = 2, emotions = listOf("frustrated"), ownWords = listOf("cooling off"), hoursSlept = 6.5),
            )
            assertEquals(saved.id, edited.id)
            assertEquals(saved.recordedAt, edited.recordedAt, "when it was made stays")
            assertEquals(saved.localDay, edited.localDay)
            assertFalse(edited.updatedAt < saved.updatedAt, "updatedAt went back")
            assertEquals(listOf("frustrated"), edited.emotions)
            assertEquals(listOf("cooling off"), edited.ownWords)
            assertEquals(6.5, edited.hoursSlept)
            assertNull(edited.anger, "an edit replaces the whole check-in")
            assertEquals(emptyList<String>(), edited.tags)
            assertNull(edited.note)
            assertEquals(listOf(edited), groundwork.recentCheckIns(10))
            assertInvalidInput("pleasantness") { groundwork.updateCheckIn(saved.id, checkIn(9, 0)) }
            assertEquals(edited, groundwork.checkIn(saved.id), "a refused edit changed the check-in")

            groundwork.deleteCheckIn(saved.id)
            assertEquals(emptyList<CheckIn>(), groundwork.recentCheckIns(10))
            assertNull(groundwork.homeScreen().lastCheckIn)
            assertNotFound("check-in") { groundwork.checkIn(saved.id) }
            assertNotFound("check-in") { groundwork.updateCheckIn(saved.id, checkIn(0, 0)) }
            assertNotFound("check-in") { groundwork.deleteCheckIn(saved.id) }
        }
    }

    @Test
    fun `the check-in form offers the vocabulary and typed words are sorted into ids and his own words`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val form = groundwork.checkInForm()
            assertTrue(form.title.isNotBlank())
            assertEquals(3, form.maxEmotions)
            assertEquals(3, form.maxOwnWords)
            val onEdge = form.emotions.single { it.id == "on-edge" }
            assertEquals("on edge", onEdge.word)
            assertEquals(Quadrant.UNPLEASANT_HIGH_ENERGY, onEdge.quadrant)
            assertTrue(onEdge.definition.isNotBlank())
            assertEquals(listOf("work", "partner", "kids", "money", "health"), form.suggestedTags)

            // A tag of his own is offered once he has used it.
            groundwork.recordCheckIn(CheckInInput(pleasantness = 2, energy = 2, tags = listOf("gym")))
            assertEquals(listOf("work", "partner", "kids", "money", "health", "gym"), groundwork.checkInForm().suggestedTags)

            val sorted = groundwork.sortEmotionWords(listOf("On Edge", "calm", " wired ", "", "CALM"))
            assertEquals(SortedWords(emotions = listOf("on-edge", "calm"), ownWords = listOf("wired")), sorted)
            // What it returns records as it is.
            val saved = groundwork.recordCheckIn(checkIn(-2, 3, sorted.emotions, ownWords = sorted.ownWords))
            assertEquals(listOf("on edge", "calm"), saved.emotionWords)
            assertEquals(listOf("wired"), saved.ownWords)
        }
    }

    @Test
    fun `out-of-range pleasantness or energy is refused with InvalidInput and nothing is saved`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            assertInvalidInput("pleasantness") { groundwork.recordCheckIn(checkIn(6, 0)) }
            assertInvalidInput("pleasantness") { groundwork.recordCheckIn(checkIn(-6, 0)) }
            assertInvalidInput("pleasantness") { groundwork.recordCheckIn(checkIn(Byte.MIN_VALUE.toInt(), 0)) }
            assertInvalidInput("energy") { groundwork.recordCheckIn(checkIn(0, 9)) }

            assertEquals(emptyList<CheckIn>(), groundwork.recentCheckIns(10))
            val home = groundwork.homeScreen()
            assertEquals(0, home.checkInsToday)
            assertNull(home.lastCheckIn)
        }
    }

    @Test
    fun `values far outside -5 to 5 are refused with InvalidInput instead of wrapping into range`(@TempDir dir: Path) {
        // Each of these would land inside -5..5 if only its low byte were kept
        // (258 -> 2, 259 -> 3, 251 -> -5, -254 -> 2, Int.MAX_VALUE -> -1, Int.MIN_VALUE -> 0).
        val farOut = listOf(258, 259, 251, -254, 65_539, 1_000_000, Int.MAX_VALUE, Int.MIN_VALUE)
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            for (value in farOut) {
                val p = assertInvalidInput("pleasantness") { groundwork.recordCheckIn(checkIn(value, 0)) }
                assertEquals("choose a value from -5 to 5", p.reason, "pleasantness $value")
                val e = assertInvalidInput("energy") { groundwork.recordCheckIn(checkIn(0, value)) }
                assertEquals("choose a value from -5 to 5", e.reason, "energy $value")
            }
            assertEquals(emptyList<CheckIn>(), groundwork.recentCheckIns(10))
            assertEquals(0, groundwork.homeScreen().checkInsToday)
        }
    }

    @Test
    fun `emotions and note can be left out of a check-in input`(@TempDir dir: Path) {
        assertEquals(
            CheckInInput(pleasantness = 2, energy = -1, emotions = emptyList(), note = null),
            CheckInInput(pleasantness = 2, energy = -1),
        )
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val bare = groundwork.recordCheckIn(CheckInInput(pleasantness = 2, energy = -1))
            assertEquals(emptyList<String>(), bare.emotions)
            assertNull(bare.note)
            assertEquals(emptyList<String>(), bare.ownWords)
            assertEquals(emptyList<String>(), bare.tags)
            assertNull(bare.anger)
            assertEquals(Quadrant.PLEASANT_LOW_ENERGY, bare.quadrant)

            val noteOnly = groundwork.recordCheckIn(CheckInInput(pleasantness = -1, energy = 2, note = "just a note"))
            assertEquals(emptyList<String>(), noteOnly.emotions)
            assertEquals("just a note", noteOnly.note)

            val wordsOnly = groundwork.recordCheckIn(CheckInInput(pleasantness = 0, energy = 0, emotions = listOf("calm")))
            assertEquals(listOf("calm"), wordsOnly.emotions)
            assertNull(wordsOnly.note)

            assertEquals(listOf(wordsOnly, noteOnly, bare), groundwork.recentCheckIns(10))
            assertEquals(listOf("calm"), groundwork.homeScreen().lastCheckIn?.emotions)
        }
    }

    @Test
    fun `every quadrant has its label in plain words on the check-in, in the list and on the home screen`(@TempDir dir: Path) {
        val cases = listOf(
            Triple(checkIn(-3, 4), Quadrant.UNPLEASANT_HIGH_ENERGY, "unpleasant, high energy"),
            Triple(checkIn(4, 4), Quadrant.PLEASANT_HIGH_ENERGY, "pleasant, high energy"),
            Triple(checkIn(-2, -5), Quadrant.UNPLEASANT_LOW_ENERGY, "unpleasant, low energy"),
            Triple(checkIn(1, -1), Quadrant.PLEASANT_LOW_ENERGY, "pleasant, low energy"),
            Triple(checkIn(0, 3), Quadrant.MIDDLE, "in the middle"),
            Triple(checkIn(-5, 0), Quadrant.MIDDLE, "in the middle"),
            Triple(checkIn(0, 0), Quadrant.MIDDLE, "in the middle"),
            Triple(checkIn(5, 5), Quadrant.PLEASANT_HIGH_ENERGY, "pleasant, high energy"),
            Triple(checkIn(-5, -5), Quadrant.UNPLEASANT_LOW_ENERGY, "unpleasant, low energy"),
        )
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val saved = cases.map { (input, quadrant, label) ->
                val checkIn = groundwork.recordCheckIn(input)
                assertEquals(quadrant, checkIn.quadrant, "quadrant of $input")
                assertEquals(label, checkIn.quadrantLabel, "label of $input")
                val last = groundwork.homeScreen().lastCheckIn ?: fail("no last check-in on the home screen")
                assertEquals(quadrant, last.quadrant, "home quadrant of $input")
                assertEquals(label, last.quadrantLabel, "home label of $input")
                checkIn
            }
            val listed = groundwork.recentCheckIns(10)
            assertEquals(saved.reversed(), listed)
            assertEquals(cases.map { it.third }.reversed(), listed.map { it.quadrantLabel })
        }
    }

    @Test
    fun `emotion ids and own words break their rules with InvalidInput for their field and nothing is saved`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            assertInvalidInput("emotions") { groundwork.recordCheckIn(checkIn(1, 1, listOf("angry", "sad", "tense", "calm"))) }
            assertInvalidInput("emotions") { groundwork.recordCheckIn(checkIn(1, 1, listOf("calm", "calm"))) }
            assertInvalidInput("emotions") { groundwork.recordCheckIn(checkIn(1, 1, listOf("not-in-the-vocabulary"))) }
            assertInvalidInput("own_words") { groundwork.recordCheckIn(checkIn(1, 1, ownWords = listOf("a", "b", "c", "d"))) }
            assertInvalidInput("own_words") { groundwork.recordCheckIn(checkIn(1, 1, ownWords = listOf("Meh", "meh"))) }
            assertInvalidInput("own_words") { groundwork.recordCheckIn(checkIn(1, 1, ownWords = listOf("   "))) }
            assertInvalidInput("own_words") { groundwork.recordCheckIn(checkIn(1, 1, ownWords = listOf("x".repeat(41)))) }
            assertInvalidInput("note") { groundwork.recordCheckIn(checkIn(1, 1, note = "x".repeat(2_001))) }
            assertEquals(emptyList<CheckIn>(), groundwork.recentCheckIns(10))

            // At the limits it is fine: three of each kind of word, a 2,000-character note.
            val saved = groundwork.recordCheckIn(
                checkIn(5, -5, listOf("calm", "tired", "sad"), "x".repeat(2_000), ownWords = listOf("a", "b", "x".repeat(40))),
            )
            assertEquals(listOf(saved), groundwork.recentCheckIns(10))
        }
    }

    @Test
    fun `a list limit outside 1 to 500, negative ones included, is refused with InvalidInput for limit`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            assertInvalidInput("limit") { groundwork.recentCheckIns(0) }
            assertInvalidInput("limit") { groundwork.recentCheckIns(501) }
            // Negative and huge limits are refused too, not read as large unsigned numbers.
            assertInvalidInput("limit") { groundwork.recentCheckIns(-1) }
            assertInvalidInput("limit") { groundwork.recentCheckIns(Int.MIN_VALUE) }
            assertInvalidInput("limit") { groundwork.recentCheckIns(Int.MAX_VALUE) }
            assertEquals(emptyList<CheckIn>(), groundwork.recentCheckIns(500))
        }
    }

    @Test
    fun `one Groundwork can be shared by several threads recording at once`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val threads = 4
            val each = 10
            val pool = Executors.newFixedThreadPool(threads)
            try {
                val tasks = (0 until threads).map { t ->
                    Callable { (0 until each).map { i -> groundwork.recordCheckIn(checkIn(t - 2, i % 5, note = "t$t-$i")).id } }
                }
                val ids = pool.invokeAll(tasks).flatMap { it.get(60, TimeUnit.SECONDS) }
                assertEquals(threads * each, ids.toSet().size)
                val listed = groundwork.recentCheckIns(500)
                assertEquals(ids.toSet(), listed.map { it.id }.toSet())
                assertEquals(listed.sortedByDescending { it.recordedAt }.map { it.recordedAt }, listed.map { it.recordedAt })
            } finally {
                pool.shutdownNow()
            }
        }
    }
}
