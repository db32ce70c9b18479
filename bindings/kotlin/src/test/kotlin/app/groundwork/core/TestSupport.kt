package app.groundwork.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.assertThrows
import java.nio.file.Files
import java.nio.file.Path
import kotlin.io.path.isRegularFile
import kotlin.io.path.readBytes

/** Opens (creating) the Groundwork database in `dir` with `key`. The caller closes it. */
internal fun openAt(dir: Path, key: ByteArray): Groundwork = Groundwork.open(dir.toString(), key)

/** Opens a module that opens straight away (no question first): the step it opens at. */
internal fun Groundwork.openStep(moduleId: String): LessonStepScreen =
    when (val opening = openModule(moduleId)) {
        is ModuleOpening.Step -> opening.screen
        else -> throw AssertionError("$moduleId did not open at a step: $opening")
    }

/**
 * A check-in input, with the same defaults as [CheckInInput]: no words and no note. `emotions`
 * are ids from the pack's vocabulary (e.g. "on-edge"); `ownWords` are words he typed himself.
 */
internal fun checkIn(
    pleasantness: Int,
    energy: Int,
    emotions: List<String> = emptyList(),
    note: String? = null,
    ownWords: List<String> = emptyList(),
) = CheckInInput(pleasantness = pleasantness, energy = energy, emotions = emotions, ownWords = ownWords, note = note)

/** Runs `block`, expects it to throw ApiException.InvalidInput for `field`, and returns the exception. */
internal inline fun assertInvalidInput(field: String, block: () -> Unit): ApiException.InvalidInput {
    val error = assertThrows<ApiException.InvalidInput>(block)
    assertEquals(field, error.field, "InvalidInput.field (reason: ${error.reason})")
    assertTrue(error.reason.isNotBlank(), "InvalidInput.reason is empty")
    return error
}

/** Runs `block`, expects it to throw ApiException.NotFound for `what`, and returns the exception. */
internal inline fun assertNotFound(what: String, block: () -> Unit): ApiException.NotFound {
    val error = assertThrows<ApiException.NotFound>(block)
    assertEquals(what, error.what, "NotFound.what")
    assertEquals("That $what could not be found. Nothing was changed.", error.toString())
    return error
}

/** Every regular file under `dir` (the database and any -wal / -shm beside it). */
internal fun filesUnder(dir: Path): List<Path> =
    Files.walk(dir).use { paths -> paths.filter { it.isRegularFile() }.toList() }

/** Whether `needle` occurs anywhere in `haystack`. */
internal fun ByteArray.containsBytes(needle: ByteArray): Boolean {
    if (needle.isEmpty()) return true
    outer@ for (i in 0..(size - needle.size)) {
        for (j in needle.indices) {
            if (this[i + j] != needle[j]) continue@outer
        }
        return true
    }
    return false
}

/** The first file under `dir` whose bytes contain `needle`, or null. */
internal fun fileContaining(dir: Path, needle: ByteArray): Path? =
    filesUnder(dir).firstOrNull { it.readBytes().containsBytes(needle) }

// The saves the tests use, each through the core's one save path (the `submit…` calls the apps
// make, which run the crisis check), keeping only the saved record.

fun Groundwork.recordCheckIn(input: CheckInInput): CheckIn = submitCheckIn(input).checkIn

fun Groundwork.updateCheckIn(id: java.util.UUID, input: CheckInInput): CheckIn = submitCheckInEdit(id, input).checkIn

fun Groundwork.recordAngerMoment(input: AngerMomentInput): AngerMoment = submitAngerMoment(input).moment

fun Groundwork.updateAngerMoment(id: java.util.UUID, input: AngerMomentInput): AngerMoment =
    submitAngerEdit(id, input).moment

fun Groundwork.writeJournalEntry(input: JournalEntryInput): JournalEntry = submitJournalEntry(input).entry

fun Groundwork.addJournalEntry(body: String): JournalEntry =
    submitJournalEntry(JournalEntryInput(body = body, tags = emptyList(), promptId = null)).entry

fun Groundwork.updateJournalEntry(id: java.util.UUID, body: String, tags: List<String>): JournalEntry =
    submitJournalEdit(id, body, tags).entry
