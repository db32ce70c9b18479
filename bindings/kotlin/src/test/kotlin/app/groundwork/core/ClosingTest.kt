package app.groundwork.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

/**
 * The core's own close, which Kotlin sees as closeDatabase(): uniffi already gives every object
 * an AutoCloseable close() that frees the Kotlin object, so the core method is renamed for Kotlin.
 */
class ClosingTest {
    @Test
    fun `after closeDatabase every call throws Closed and nothing more is saved`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            groundwork.recordCheckIn(checkIn(1, 1))
            groundwork.closeDatabase()

            assertClosed { groundwork.homeScreen() }
            assertClosed { groundwork.recentCheckIns(10) }
            assertClosed { groundwork.recordCheckIn(checkIn(-2, 3, listOf("tense"), "after closing")) }
            assertClosed { groundwork.addJournalEntry("Written after closing.") }
            assertClosed { groundwork.searchJournal("closing", 10) }
            // Only the database is closed; the Kotlin object is still alive until use {} ends.
            assertFalse(groundwork.uniffiIsDestroyed)
        }
    }

    @Test
    fun `closing the database twice is harmless and it stays closed`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            groundwork.closeDatabase()
            groundwork.closeDatabase()
            assertClosed { groundwork.homeScreen() }
            groundwork.closeDatabase()
            assertClosed { groundwork.recordCheckIn(checkIn(0, 0)) }
        }
    }

    @Test
    fun `reopening after closeDatabase sees everything saved before it`(@TempDir dir: Path) {
        val key = generateDatabaseKey()
        val closed = openAt(dir, key)
        try {
            val saved = closed.recordCheckIn(checkIn(-2, 3, listOf("tense"), "before closing"))
            val entry = closed.addJournalEntry("Written before closing.")
            closed.closeDatabase()
            assertClosed { closed.addJournalEntry("Written after closing.") }

            // A new Groundwork opens the same files while the closed object still exists.
            openAt(dir, key).use { reopened ->
                assertEquals(listOf(saved), reopened.recentCheckIns(10))
                assertEquals(listOf(entry.id), reopened.searchJournal("closing", 10).map { it.entryId })
                val home = reopened.homeScreen()
                assertEquals(1, home.checkInsToday)
                assertEquals(1L, home.journalEntryCount, "the entry refused after closing was not saved")
                // And it can go on writing.
                reopened.addJournalEntry("Written after reopening.")
                assertEquals(2L, reopened.homeScreen().journalEntryCount)
            }
        } finally {
            closed.close()
        }
    }

    private inline fun assertClosed(block: () -> Unit) {
        val error = assertThrows<ApiException.Closed>(block)
        assertEquals("Groundwork is closed. Open it again to go on.", error.toString())
    }
}
