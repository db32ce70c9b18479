package app.groundwork.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

/** What an error says when a shell shows or logs it: toString() is the core's own sentence. */
class ErrorTextTest {
    @Test
    fun `a wrong key reads as a plain sentence`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { it.homeScreen() }
        val error = assertThrows<ApiException.WrongKey> { openAt(dir, generateDatabaseKey()).close() }
        assertEquals(
            "This key or passphrase does not open the Groundwork database. Nothing was changed.",
            error.toString(),
        )
        assertEquals(error.toString(), "$error", "string templates use the same sentence")
    }

    @Test
    fun `invalid input reads as a plain sentence that never names the field`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val pleasantness = assertInvalidInput("pleasantness") { groundwork.recordCheckIn(checkIn(6, 0)) }
            assertEquals(
                "Check how pleasant it feels: choose a value from -5 to 5. Nothing was changed.",
                pleasantness.toString(),
            )
            val energy = assertInvalidInput("energy") { groundwork.recordCheckIn(checkIn(0, Int.MIN_VALUE)) }
            assertEquals("Check the energy: choose a value from -5 to 5. Nothing was changed.", energy.toString())
            val limit = assertInvalidInput("limit") { groundwork.recentCheckIns(0) }
            assertEquals("Check how many: ${limit.reason}. Nothing was changed.", limit.toString())
        }
    }

    @Test
    fun `the text of an error never contains what the person wrote`(@TempDir dir: Path) {
        val secret = "SECRET-told-nobody-4f9c"
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val errors = listOf(
                // A word of his own over 40 characters, made of the secret.
                assertInvalidInput("own_words") { groundwork.recordCheckIn(checkIn(1, 1, ownWords = listOf(secret.repeat(3)))) },
                assertInvalidInput("own_words") {
                    groundwork.recordCheckIn(checkIn(1, 1, ownWords = listOf("${secret}1", "${secret}2", "${secret}3", "${secret}4")))
                },
                assertInvalidInput("own_words") { groundwork.recordCheckIn(checkIn(1, 1, ownWords = listOf(secret, secret.lowercase()))) },
                assertInvalidInput("own_words") { groundwork.recordCheckIn(checkIn(1, 1, ownWords = listOf("$secret\u0007"))) },
                // The secret sent as an emotion id: not in the vocabulary.
                assertInvalidInput("emotions") { groundwork.recordCheckIn(checkIn(1, 1, listOf(secret))) },
                assertInvalidInput("tags") {
                    groundwork.recordCheckIn(CheckInInput(pleasantness = 1, energy = 1, tags = listOf(secret.repeat(2))))
                },
                assertInvalidInput("note") { groundwork.recordCheckIn(checkIn(1, 1, note = secret.repeat(100))) },
                assertInvalidInput("note") { groundwork.recordCheckIn(checkIn(1, 1, note = "$secret\u0000")) },
                assertInvalidInput("body") { groundwork.addJournalEntry(secret.repeat(2_200)) },
                assertInvalidInput("body") { groundwork.addJournalEntry("$secret\u0000") },
                assertInvalidInput("query") { groundwork.searchJournal(secret.repeat(10), 10) },
            )
            for (error in errors) {
                val texts = mapOf(
                    "toString()" to error.toString(),
                    "message" to error.message.orEmpty(),
                    "localizedMessage" to error.localizedMessage.orEmpty(),
                    "reason" to error.reason,
                )
                for ((what, text) in texts) {
                    for (part in listOf("SECRET", "nobody", "4f9c")) {
                        assertFalse(text.contains(part, ignoreCase = true), "$what of ${error.field} quotes the input: $text")
                    }
                }
                assertTrue(error.toString().endsWith("${error.reason}. Nothing was changed."), error.toString())
                assertFalse(error.toString().startsWith("${error.field}:"), error.toString())
            }
            assertEquals(emptyList<CheckIn>(), groundwork.recentCheckIns(10))
            assertEquals(0L, groundwork.homeScreen().journalEntryCount)
        }
    }
}
