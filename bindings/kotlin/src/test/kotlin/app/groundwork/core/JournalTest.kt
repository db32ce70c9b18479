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
import java.time.LocalDate

class JournalTest {
    private val angry = "Felt angry at the meeting. Angry all afternoon, angry on the drive home."
    private val calm = "A calm morning. Walked the dog, made coffee and read for an hour before work; " +
        "a little angry in traffic later, but it passed quickly and the evening was quiet."
    private val rested = "Slept well and woke up rested."

    @Test
    fun `journal entries are saved exactly as written and counted on the home screen`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val before = Instant.now().minusSeconds(1)
            val entry = groundwork.addJournalEntry("  Indented first line,\n\ttabbed second line.  \n")
            assertEquals("  Indented first line,\n\ttabbed second line.  \n", entry.body)
            assertTrue(entry.createdAt in before..Instant.now().plusSeconds(1), "createdAt ${entry.createdAt}")
            assertEquals(entry.createdAt, entry.updatedAt)

            assertEquals(1L, groundwork.homeScreen().journalEntryCount)
            groundwork.addJournalEntry(rested)
            assertEquals(2L, groundwork.homeScreen().journalEntryCount)
        }
    }

    @Test
    fun `a search finds entries with the word, best match first, with the word highlighted`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val calmEntry = groundwork.addJournalEntry(calm)
            val angryEntry = groundwork.addJournalEntry(angry)
            groundwork.addJournalEntry(rested)

            val hits = groundwork.searchJournal("angry", 10)
            assertEquals(listOf(angryEntry.id, calmEntry.id), hits.map { it.entryId }, "ranked best match first")
            assertEquals(angryEntry.createdAt, hits[0].createdAt)

            for (hit in hits) {
                val highlighted = hit.snippet.filter { it.highlighted }
                assertTrue(highlighted.isNotEmpty(), "no highlighted run in ${hit.snippet}")
                assertTrue(highlighted.all { it.text.equals("angry", ignoreCase = true) }, "highlighted: $highlighted")
                assertTrue(hit.snippet.none { '\uE000' in it.text || '\uE001' in it.text }, "a highlight marker leaked")
            }
            // A short entry's snippet is the whole entry, split into runs.
            assertEquals(angry, hits[0].snippet.joinToString("") { it.text })
            assertEquals(3, hits[0].snippet.count { it.highlighted })
            assertFalse(hits[0].startsMidEntry || hits[0].endsMidEntry, "the whole entry is not cut")
            // A long one is an excerpt of it, cut at both ends (the shell draws the ellipses).
            val excerpt = hits[1].snippet.joinToString("") { it.text }
            assertTrue(excerpt.isNotBlank() && excerpt in calm, "'$excerpt' is not an excerpt of the entry")
            assertTrue(hits[1].startsMidEntry && hits[1].endsMidEntry, "startsMidEntry / endsMidEntry")

            assertEquals(listOf<JournalSearchHit>(), groundwork.searchJournal("elephant", 10))
            assertEquals(1, groundwork.searchJournal("angry", 1).size, "limit is respected")
        }
    }

    @Test
    fun `the last word of a search matches the start of a word and every word must match`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val calmEntry = groundwork.addJournalEntry(calm)
            val angryEntry = groundwork.addJournalEntry(angry)
            val restedEntry = groundwork.addJournalEntry(rested)

            val prefix = groundwork.searchJournal("ang", 10)
            assertEquals(setOf(angryEntry.id, calmEntry.id), prefix.map { it.entryId }.toSet())
            assertTrue(
                prefix.flatMap { it.snippet }.filter { it.highlighted }.all { it.text.equals("angry", ignoreCase = true) },
                "a prefix search highlights the whole word",
            )
            assertEquals(listOf(calmEntry.id), groundwork.searchJournal("calm ang", 10).map { it.entryId })
            assertEquals(listOf(restedEntry.id), groundwork.searchJournal("SLEPT rest", 10).map { it.entryId })
            // Only the last word is a prefix.
            assertEquals(emptyList<JournalSearchHit>(), groundwork.searchJournal("ang calm", 10))
        }
    }

    @Test
    fun `a tagged prompt-led entry is listed by journalPage with a tag filter and paged with the cursor`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val library = groundwork.journalPrompts()
            assertTrue(library.themes.isNotEmpty() && library.themes.all { it.title.isNotBlank() && it.prompts.isNotEmpty() })
            assertEquals(emptyList<OwnPrompt>(), library.own)
            val packPrompt = library.themes.first().prompts.first()
            val ownPrompt = groundwork.addOwnPrompt("What did the kids teach me today?")
            assertEquals(listOf(ownPrompt), groundwork.journalPrompts().own)

            val answered = groundwork.writeJournalEntry(
                JournalEntryInput(body = "Kept my voice down in the budget meeting.", tags = listOf("Work", "meetings"), promptId = packPrompt.id),
            )
            assertEquals(listOf("meetings", "work"), answered.tags, "tags are lower-cased and sorted")
            assertEquals(packPrompt.id, answered.promptId)
            assertEquals(packPrompt.text, answered.promptText)
            val free = groundwork.writeJournalEntry(JournalEntryInput(body = "Long day at work.\nHome late.", tags = listOf("work")))
            assertEquals(null, free.promptId)
            groundwork.writeJournalEntry(JournalEntryInput(body = "Building a den with the kids.", tags = listOf("kids"), promptId = ownPrompt.id))
            val last = groundwork.writeJournalEntry(JournalEntryInput(body = "Lunch with Sam from work.", tags = listOf("work")))
            groundwork.addJournalEntry("No tags at all.")

            // Newest first, two to a page; the cursor picks up where the page stopped.
            val workFilter = JournalFilter(tag = "work")
            val first = groundwork.journalPage(workFilter, null, 2)
            assertEquals(listOf(last.id, free.id), first.items.map { it.id })
            val cursor = first.nextCursor ?: fail("a first page of two out of three has no nextCursor")
            val second = groundwork.journalPage(workFilter, cursor, 2)
            assertEquals(listOf(answered.id), second.items.map { it.id })
            assertNull(second.nextCursor, "the last page has no nextCursor")

            val item = second.items.single()
            assertEquals(packPrompt.text, item.promptText)
            assertEquals(listOf("meetings", "work"), item.tags)
            assertEquals(answered.createdAt, item.createdAt)
            assertEquals("Kept my voice down in the budget meeting.", item.preview)
            assertFalse(item.previewIsPartial)
            val freeItem = first.items[1]
            assertEquals("Long day at work.", freeItem.preview)
            assertTrue(freeItem.previewIsPartial, "the preview stops at the first line")

            // The tag filter ignores case, and the same filter narrows a search.
            assertEquals(first, groundwork.journalPage(JournalFilter(tag = "WORK"), null, 2))
            assertEquals(5, groundwork.journalPage(JournalFilter(), null, 100).items.size)
            assertEquals(listOf(answered.id), groundwork.searchJournalFiltered("meeting", workFilter, 10).map { it.entryId })
            assertEquals(emptyList<JournalSearchHit>(), groundwork.searchJournalFiltered("den", workFilter, 10))

            assertInvalidInput("cursor") { groundwork.journalPage(workFilter, "not-a-cursor", 2) }
            assertInvalidInput("limit") { groundwork.journalPage(workFilter, null, 0) }
            assertInvalidInput("to_day") {
                groundwork.journalPage(JournalFilter(fromDay = LocalDate.of(2026, 2, 1), toDay = LocalDate.of(2026, 1, 1)), null, 10)
            }

            // Removing his prompt keeps the words on the entries that answered it.
            groundwork.deleteOwnPrompt(ownPrompt.id)
            assertEquals(emptyList<OwnPrompt>(), groundwork.journalPrompts().own)
            val kids = groundwork.journalPage(JournalFilter(tag = "kids"), null, 10).items.single()
            assertEquals(ownPrompt.text, groundwork.journalEntry(kids.id).promptText)
            assertInvalidInput("prompt_id") {
                groundwork.writeJournalEntry(JournalEntryInput(body = "Answering a removed prompt.", promptId = ownPrompt.id))
            }
            assertNotFound("prompt") { groundwork.deleteOwnPrompt(ownPrompt.id) }
            assertEquals(5L, groundwork.homeScreen().journalEntryCount)
        }
    }

    @Test
    fun `an edited entry is no longer found by its old words, and a deleted one not at all`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val original = groundwork.writeJournalEntry(JournalEntryInput(body = "Argued with my brother about the boat.", tags = listOf("family")))
            assertEquals(listOf(original.id), groundwork.searchJournal("boat", 10).map { it.entryId })

            val edited = groundwork.updateJournalEntry(original.id, "Talked it through with my brother; we are fine.", listOf("family", "repair"))
            assertEquals(original.id, edited.id)
            assertEquals(original.createdAt, edited.createdAt)
            assertFalse(edited.updatedAt < original.updatedAt, "updatedAt went back")
            assertEquals(listOf("family", "repair"), edited.tags)
            assertEquals(edited, groundwork.journalEntry(original.id))

            assertEquals(emptyList<JournalSearchHit>(), groundwork.searchJournal("boat", 10), "found by a word it no longer has")
            assertEquals(emptyList<JournalSearchHit>(), groundwork.searchJournal("argued", 10))
            val hit = groundwork.searchJournal("talked brother", 10).single()
            assertEquals(original.id, hit.entryId)
            assertEquals(listOf("Talked", "brother"), hit.snippet.filter { it.highlighted }.map { it.text })
            assertEquals(listOf(original.id), groundwork.journalPage(JournalFilter(tag = "repair"), null, 10).items.map { it.id })

            groundwork.deleteJournalEntry(original.id)
            assertNotFound("journal entry") { groundwork.journalEntry(original.id) }
            assertEquals(emptyList<JournalSearchHit>(), groundwork.searchJournal("brother", 10))
            val empty = groundwork.journalPage(JournalFilter(), null, 10)
            assertEquals(emptyList<JournalListItem>(), empty.items)
            assertNull(empty.nextCursor)
            assertEquals(0L, groundwork.homeScreen().journalEntryCount)
            assertNotFound("journal entry") { groundwork.updateJournalEntry(original.id, "Too late.", emptyList()) }
            assertNotFound("journal entry") { groundwork.deleteJournalEntry(original.id) }
        }
    }

    @Test
    fun `search syntax typed by a person is treated as plain words, never as an error`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val angryEntry = groundwork.addJournalEntry(angry)
            for (query in listOf("\"angry", "angry*", "NEAR(angry)", "angry OR", "-angry", "angry AND meeting", "(angry)")) {
                val hits = groundwork.searchJournal(query, 10)
                assertTrue(hits.size <= 1, "'$query'")
            }
            assertEquals(listOf(angryEntry.id), groundwork.searchJournal("\"meeting\" (angry)", 10).map { it.entryId })
        }
    }

    @Test
    fun `an empty entry or a search with no words is refused with InvalidInput and nothing is saved`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            assertInvalidInput("body") { groundwork.addJournalEntry("") }
            assertInvalidInput("body") { groundwork.addJournalEntry(" \n\t ") }
            assertInvalidInput("body") { groundwork.addJournalEntry("x".repeat(50_001)) }
            assertEquals(0L, groundwork.homeScreen().journalEntryCount)

            assertInvalidInput("query") { groundwork.searchJournal("", 10) }
            assertInvalidInput("query") { groundwork.searchJournal("  ...  ", 10) }
            assertInvalidInput("query") { groundwork.searchJournal("x".repeat(201), 10) }
            assertInvalidInput("limit") { groundwork.searchJournal("angry", 0) }
            assertInvalidInput("limit") { groundwork.searchJournal("angry", 101) }
            assertInvalidInput("limit") { groundwork.searchJournal("angry", -1) }
            assertInvalidInput("limit") { groundwork.searchJournal("angry", Int.MIN_VALUE) }
            assertInvalidInput("limit") { groundwork.searchJournal("angry", Int.MAX_VALUE) }
            assertFalse(groundwork.homeScreen().journalEntryCount > 0L)
        }
    }
}
