package app.groundwork.core

import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertInstanceOf
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.Instant

/** The privacy features through the real library: app lock, backup, export, sharing, reminders. */
class PrivacyTest {
    private val pin = LockSecret.Pin("135790")

    @Test
    fun `an app lock is set, unlocks with the right PIN, counts a wrong one, changes and comes off`(@TempDir dir: Path) {
        val dataDir = dir.toString()
        val key = generateDatabaseKey()
        openAt(dir, key).use { it.addJournalEntry("Before the lock.") }
        assertFalse(appLockStatus(dataDir).locked)

        setAppLock(dataDir, key, pin, null)
        val status = appLockStatus(dataDir)
        assertTrue(status.locked)
        assertEquals(LockKind.PIN, status.kind)
        assertThrows<ApiException.AppLockAlreadySet> { setAppLock(dataDir, key, pin, null) }

        val wrong = assertInstanceOf(UnlockOutcome.WrongSecret::class.java, unlockApp(dataDir, LockSecret.Pin("000000")))
        assertEquals(null, wrong.attemptsLeftBeforeErase)
        val kind = assertThrows<ApiException.WrongLockKind> { unlockApp(dataDir, LockSecret.Passphrase("a long passphrase")) }
        assertEquals(LockKind.PIN, kind.expected)

        val unlocked = assertInstanceOf(UnlockOutcome.Unlocked::class.java, unlockApp(dataDir, pin))
        assertArrayEquals(key, unlocked.key)
        openAt(dir, unlocked.key).use { assertEquals(1L, it.homeScreen().journalEntryCount) }

        val passphrase = LockSecret.Passphrase("a new long passphrase")
        assertInstanceOf(UnlockOutcome.Unlocked::class.java, changeAppLock(dataDir, pin, passphrase))
        assertInstanceOf(UnlockOutcome.WrongSecret::class.java, unlockApp(dataDir, LockSecret.Passphrase("the old one, wrong")))
        assertEquals(LockKind.PASSPHRASE, appLockStatus(dataDir).kind)

        val removed = assertInstanceOf(UnlockOutcome.Unlocked::class.java, removeAppLock(dataDir, passphrase))
        assertArrayEquals(key, removed.key)
        assertFalse(appLockStatus(dataDir).locked)
        assertThrows<ApiException.AppLockNotSet> { unlockApp(dataDir, pin) }
    }

    @Test
    fun `a backup restores into a new app and a wrong passphrase is a typed error that changes nothing`(@TempDir dir: Path) {
        val backup = openAt(dir.resolve("old"), generateDatabaseKey()).use { old ->
            old.addJournalEntry("Worth keeping.")
            old.recordCheckIn(checkIn(2, 1))
            old.backup("a long backup passphrase")
        }
        assertTrue(backup.fileName.endsWith(".age"), backup.fileName)
        assertFalse(String(backup.contents, Charsets.ISO_8859_1).contains("Worth keeping"))

        openAt(dir.resolve("new"), generateDatabaseKey()).use { new ->
            assertThrows<ApiException.BackupWrongPassphrase> {
                new.restore(backup.contents, "not the passphrase", RestoreMode.REPLACE_EMPTY)
            }
            assertThrows<ApiException.BackupDamaged> {
                new.restore(backup.contents.copyOf(backup.contents.size - 30), "a long backup passphrase", RestoreMode.REPLACE_EMPTY)
            }
            assertEquals(0L, new.homeScreen().journalEntryCount)

            val summary = new.restore(backup.contents, "a long backup passphrase", RestoreMode.REPLACE_EMPTY)
            assertEquals(1u, summary.added.journalEntries)
            assertEquals(1u, summary.added.checkIns)
            val hit = new.searchJournal("keeping", 5).single()
            assertEquals("Worth keeping.", new.journalEntry(hit.entryId).body)
            assertThrows<ApiException.RestoreNeedsEmptyApp> {
                new.restore(backup.contents, "a long backup passphrase", RestoreMode.REPLACE_EMPTY)
            }
            val again = new.restore(backup.contents, "a long backup passphrase", RestoreMode.MERGE)
            assertEquals(0u, again.added.journalEntries)
            assertEquals(1u, again.alreadyHere.journalEntries)
        }
    }

    @Test
    fun `the JSON export holds what was written`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            groundwork.addJournalEntry("Walked before dinner.")
            val file = (groundwork.exportFile(ExportFormat.JSON, null) as ExportOutcome.Exported).file
            assertEquals("application/json", file.mimeType)
            assertTrue(file.contents.contains("\"format\": \"groundwork-export\""), file.contents)
            assertTrue(file.contents.contains("Walked before dinner."))
        }
    }

    @Test
    fun `a counsellor's short code reads back with its modules and initials, the link with the name and note`() {
        val made = createRecommendationCode(listOf("the-pause-plan"), "Sam Wood", "Start here")
        assertTrue(made.link.startsWith("groundwork://recommend?"), made.link)
        assertEquals(8, made.code.count { it != '-' }, made.code)
        val read = readRecommendationCode(made.code.lowercase())
        assertEquals("S.W.", read.from)
        assertEquals(listOf("the-pause-plan"), read.moduleIds)
        assertNull(read.note)
        val linked = readRecommendationCode(made.link)
        assertEquals("Sam Wood", linked.from)
        assertEquals("Start here", linked.note)
        assertThrows<ApiException.InvalidInput> { readRecommendationCode("not a code") }
    }

    @Test
    fun `a daily reminder is scheduled ahead with the discreet text when discreet mode is on`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            assertTrue(groundwork.reminderSchedule(2u).isEmpty(), "everything is off until saved")
            groundwork.saveReminderSettings(
                ReminderSettings(
                    dailyCheckIn = TimeOfDay(hour = 20u, minute = 30u),
                    weeklyPractice = null,
                    newFatherWeekly = false,
                    quietHours = null,
                    discreet = true,
                ),
            )
            val schedule = groundwork.reminderSchedule(2u)
            assertTrue(schedule.isNotEmpty())
            val now = Instant.now()
            for (notification in schedule) {
                assertEquals(ReminderKind.CHECK_IN, notification.kind)
                assertTrue(notification.fireAt.isAfter(now), "${notification.fireAt}")
                assertEquals(discreetTextsFor(true).notificationTitle, notification.title)
            }
        }
    }

    @Test
    fun `sharing previews what is chosen and makes an HTML report with only that`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            groundwork.recordCheckIn(checkIn(3, 1))
            val chosen = groundwork.addJournalEntry("Told her <how> I felt.")
            groundwork.addJournalEntry("Not for sharing.")
            val day = chosen.localDay
            val nothing = ShareSelection(day, day, false, emptyList(), false, emptyList(), false)
            val empty = groundwork.sharePreview(nothing)
            assertTrue(empty.nothingChosen)
            assertInvalidInput("selection") { groundwork.shareReport(nothing, ShareFormat.HTML) }

            val selection = nothing.copy(includeTrends = true, journalEntryIds = listOf(chosen.id))
            val preview = groundwork.sharePreview(selection)
            assertFalse(preview.nothingChosen)
            assertEquals(listOf(ShareSectionKind.TRENDS, ShareSectionKind.JOURNAL_ENTRIES), preview.sections.map { it.kind })
            assertEquals(1u, preview.sections[0].count)
            assertEquals("Told her <how> I felt.", preview.sections[1].items.single().detail)

            val report = groundwork.shareReport(selection, ShareFormat.HTML)
            assertEquals("text/html", report.mimeType)
            assertTrue(report.contents.contains("Told her &lt;how&gt; I felt."))
            assertFalse(report.contents.contains("Not for sharing"))
            assertFalse(report.contents.contains("<script"))
            assertEquals(4, Regex("<svg").findAll(report.contents).count())
            assertNotNull(assertThrows<ApiException.NotFound> {
                groundwork.sharePreview(nothing.copy(livingDocumentIds = listOf("no-such-document")))
            })

            val angerLog = groundwork.sharePreview(nothing.copy(includeAngerLog = true))
            assertEquals(listOf(ShareSectionKind.ANGER_LOG), angerLog.sections.map { it.kind })
            assertEquals("No anger moments logged on these days.", angerLog.sections.single().summary)
        }
    }
}
