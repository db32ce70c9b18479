package app.groundwork.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.security.MessageDigest
import kotlin.io.path.exists
import kotlin.io.path.readBytes

class OpeningTest {
    @Test
    fun `a new encrypted database opens with an empty home screen`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val home = groundwork.homeScreen()
            assertTrue(home.greeting.isNotBlank(), "greeting")
            assertTrue(home.checkInPrompt.isNotBlank(), "check-in prompt")
            assertEquals(0, home.checkInsToday)
            assertNull(home.lastCheckIn)
            assertEquals(0L, home.journalEntryCount)
            assertTrue(home.journalLabel.isNotBlank(), "journal label")
            assertEquals(emptyList<CheckIn>(), groundwork.recentCheckIns(10))
        }
        assertTrue(dir.resolve("groundwork.db").exists(), "the database file is groundwork.db in the data directory")
    }

    @Test
    fun `a missing data directory is created on open`(@TempDir dir: Path) {
        val dataDir = dir.resolve("nested/data")
        openAt(dataDir, generateDatabaseKey()).use { it.homeScreen() }
        assertTrue(dataDir.resolve("groundwork.db").exists())
    }

    @Test
    fun `a wrong key is refused with WrongKey and the data stays readable with the right key`(@TempDir dir: Path) {
        val key = generateDatabaseKey()
        val saved = openAt(dir, key).use { it.recordCheckIn(checkIn(2, -1, listOf("calm"), "kept safe")) }
        val db = dir.resolve("groundwork.db")
        val before = sha256(db.readBytes())

        val wrongKey = generateDatabaseKey()
        assertThrows<ApiException.WrongKey> { openAt(dir, wrongKey).close() }
        // A key that differs in a single bit is just as wrong.
        val nearKey = key.copyOf().also { it[31] = (it[31].toInt() xor 1).toByte() }
        assertThrows<ApiException.WrongKey> { openAt(dir, nearKey).close() }

        assertEquals(before, sha256(db.readBytes()), "a refused key changed the database file")
        openAt(dir, key).use { groundwork ->
            assertEquals(listOf(saved), groundwork.recentCheckIns(10))
        }
    }

    @Test
    fun `a key that is not 32 bytes is refused with InvalidInput for the key and nothing is created`(@TempDir dir: Path) {
        val dataDir = dir.resolve("data")
        for (size in listOf(0, 16, 31, 33, 64)) {
            assertInvalidInput("key") { openAt(dataDir, ByteArray(size) { 7 }).close() }
        }
        assertFalse(dataDir.exists(), "a refused key still created the data directory")
    }

    @Test
    fun `generateDatabaseKey returns 32 random bytes and never the same key twice`(@TempDir dir: Path) {
        val keys = List(8) { generateDatabaseKey() }
        for (key in keys) {
            assertEquals(32, key.size)
            assertFalse(key.all { it == 0.toByte() }, "an all-zero key")
        }
        assertEquals(keys.size, keys.map { it.toList() }.toSet().size, "two generated keys were equal")
        assertNotEquals(keys[0].toList(), keys[1].toList())
        // And a generated key opens a database.
        openAt(dir, keys[0]).use { it.homeScreen() }
    }

    @Test
    fun `nothing written is readable in the files on disk`(@TempDir dir: Path) {
        val key = generateDatabaseKey()
        val note = "PLAINTEXT-MARKER-note-8d1f2c"
        val ownWord = "plaintextmarkerownword"
        val journal = "PLAINTEXT-MARKER-journal-4b7e90 I told nobody about this"
        val markers = mapOf(
            "SQLite header" to "SQLite format 3".toByteArray(),
            "note" to note.toByteArray(),
            "own word" to ownWord.toByteArray(),
            "journal text" to journal.toByteArray(),
            "raw key" to key,
        )
        fun assertNoPlaintext(whenChecked: String) {
            val files = filesUnder(dir)
            assertTrue(files.any { it.fileName.toString() == "groundwork.db" }, "no database file in $files")
            for ((what, bytes) in markers) {
                val found = fileContaining(dir, bytes)
                assertNull(found, "the $what is readable in $found ($whenChecked)")
            }
        }

        openAt(dir, key).use { groundwork ->
            groundwork.recordCheckIn(checkIn(-2, 3, listOf("tense"), note, ownWords = listOf(ownWord)))
            groundwork.addJournalEntry(journal)
            assertNoPlaintext("while open, with the write-ahead log in use")
        }
        assertNoPlaintext("after close")
        val header = dir.resolve("groundwork.db").readBytes().copyOf(16)
        assertFalse(header.contentEquals("SQLite format 3\u0000".toByteArray()), "plaintext SQLite header")
        // The markers really were written: they read back with the key.
        openAt(dir, key).use { groundwork ->
            assertEquals(note, groundwork.recentCheckIns(1).single().note)
            assertEquals(1, groundwork.searchJournal("nobody", 10).size)
        }
    }

    @Test
    fun `a released Groundwork refuses further calls and releasing twice is harmless`(@TempDir dir: Path) {
        // AutoCloseable.close() (what use {} calls) frees the Kotlin object itself; the core's own
        // closeDatabase() is tested in ClosingTest.
        val groundwork = openAt(dir, generateDatabaseKey())
        groundwork.close()
        assertTrue(groundwork.uniffiIsDestroyed)
        assertThrows<IllegalStateException> { groundwork.homeScreen() }
        groundwork.close()
    }

    @Test
    fun `coreVersion reports a semantic version`() {
        val version = coreVersion()
        assertTrue(Regex("""\d+\.\d+\.\d+([-+].*)?""").matches(version), "coreVersion() = '$version'")
    }

    private fun sha256(bytes: ByteArray): String =
        MessageDigest.getInstance("SHA-256").digest(bytes).joinToString("") { "%02x".format(it) }
}
