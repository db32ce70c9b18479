package app.groundwork.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.text.Normalizer

class UnicodeTest {
    // A family emoji (ZWJ sequence), a skin-tone modifier and a flag: several UTF-16 code units each.
    private val emoji = "Proud of my son today 👨\u200D👧\u200D👦🎉 👍🏽 🇵🇸"
    private val hebrew = "אני מרגיש רגוע היום"
    private val arabic = "أشعر بالهدوء اليوم"
    // Decomposed accents: "e" followed by U+0301 COMBINING ACUTE ACCENT, and a stacked "a" + two marks.
    private val combining = "cafe\u0301 with my brother, felt re\u0301sume\u0301d, a\u0308\u0304"

    @Test
    fun `emoji, right-to-left text and combining marks round-trip exactly in a note and own words`(@TempDir dir: Path) {
        val note = "$emoji — $hebrew — $arabic — $combining"
        val ownWords = listOf("😌", "مطمئن", "שָׁלֵו")
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val saved = groundwork.recordCheckIn(checkIn(3, -2, note = note, ownWords = ownWords))
            assertExact(note, saved.note!!)
            assertEquals(ownWords, saved.ownWords)

            val listed = groundwork.recentCheckIns(1).single()
            assertExact(note, listed.note!!)
            assertEquals(ownWords, listed.ownWords)
            ownWords.zip(groundwork.checkIn(saved.id).ownWords).forEach { (expected, actual) -> assertExact(expected, actual) }
        }
    }

    @Test
    fun `emoji, right-to-left text and combining marks round-trip exactly in the journal and are searchable`(@TempDir dir: Path) {
        val key = generateDatabaseKey()
        val ids = openAt(dir, key).use { groundwork ->
            listOf(emoji, hebrew, arabic, combining).associateWith { text ->
                val entry = groundwork.addJournalEntry(text)
                assertExact(text, entry.body)
                entry.id
            }
        }
        // Read back after a reopen, so it is what came off the disk.
        openAt(dir, key).use { groundwork ->
            fun found(query: String) = groundwork.searchJournal(query, 10).map { it.entryId }

            assertEquals(listOf(ids[hebrew]), found("רגוע"), "Hebrew")
            assertEquals(listOf(ids[hebrew]), found("מרג"), "Hebrew prefix")
            assertEquals(listOf(ids[arabic]), found("بالهدوء"), "Arabic")
            assertEquals(listOf(ids[emoji]), found("proud son"), "the entry with emoji")
            assertEquals(listOf(ids[combining]), found("cafe"), "plain letters find decomposed accents")
            assertEquals(listOf(ids[combining]), found("café"), "precomposed é finds decomposed é")
            assertEquals(listOf(ids[combining]), found("cafe\u0301"), "decomposed é finds decomposed é")

            val hebrewHit = groundwork.searchJournal("רגוע", 10).single()
            assertEquals(hebrew, hebrewHit.snippet.joinToString("") { it.text })
            assertEquals(listOf("רגוע"), hebrewHit.snippet.filter { it.highlighted }.map { it.text })
            // The highlighted run keeps the combining mark that belongs to its word.
            val combiningHit = groundwork.searchJournal("cafe", 10).single()
            assertExact(combining, combiningHit.snippet.joinToString("") { it.text })
            assertEquals(listOf("cafe\u0301"), combiningHit.snippet.filter { it.highlighted }.map { it.text })
        }
    }

    /** Equal code unit for code unit, not merely after normalisation. */
    private fun assertExact(expected: String, actual: String) {
        assertEquals(expected.codePoints().toArray().toList(), actual.codePoints().toArray().toList())
        assertEquals(expected.length, actual.length)
        assertEquals(
            Normalizer.isNormalized(expected, Normalizer.Form.NFC),
            Normalizer.isNormalized(actual, Normalizer.Form.NFC),
            "normalisation changed",
        )
    }
}
