// The desktop's Platform over the real core, with no window: where the data goes and how private
// it is, the key file the terminal companion also reads, what he sees when the key is missing or
// damaged, links and numbers that cannot open here, "save as", reminders, the window's life, and
// the whole app from first start to home.
package app.groundwork.desktop

import app.groundwork.core.Action
import app.groundwork.core.AppScreen
import app.groundwork.core.AppView
import app.groundwork.core.ContactAction
import app.groundwork.core.ContactKind
import app.groundwork.core.OnboardingChoices
import app.groundwork.core.OnboardingLock
import app.groundwork.core.Phase
import app.groundwork.core.ReminderKind
import app.groundwork.core.ScheduledNotification
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.File
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
import java.time.Instant
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

class DesktopPlatformTest {
    @TempDir
    lateinit var temp: File

    /** The desktop around the window, recording what was asked of it. */
    private class FakeDesktop(var browses: Boolean = true, var saveTo: File? = null) : Desktop {
        val browsed = mutableListOf<String>()
        val shownAddresses = mutableListOf<String>()
        val failedSaves = mutableListOf<String>()
        val reminders = mutableListOf<ScheduledNotification>()
        val reminded = CountDownLatch(1)

        override fun browse(uri: String): Boolean {
            browsed += uri
            return browses
        }

        override fun showAddress(address: String) {
            shownAddresses += address
        }

        override fun chooseSaveTarget(suggestedName: String, chosen: (File?) -> Unit) = chosen(saveTo)

        override fun saveFailed(name: String) {
            failedSaves += name
        }

        override fun pickFile(picked: (ByteArray?) -> Unit) = picked(null)

        override fun remind(reminder: ScheduledNotification) {
            reminders += reminder
            reminded.countDown()
        }
    }

    private fun mode(file: File): String = PosixFilePermissions.toString(Files.getPosixFilePermissions(file.toPath()))

    private fun onboard(app: DesktopApp): AppView = app.sendAndWait(
        Action.CompleteOnboarding(
            OnboardingChoices(region = "AU", trackIds = listOf("general"), babyDate = null, discreetMode = false, thingsAreHard = false),
            OnboardingLock.NotNow,
        ),
    )

    /** A database in [dir] made by the desktop, onboarded, and the app closed. */
    private fun onboardedIn(dir: File) = DesktopApp(dir, FakeDesktop()).use { app ->
        app.sendAndWait(Action.Start)
        onboard(app)
    }

    /** What [steps] on the window's life sent to the core, by name. */
    private fun sentBy(steps: WindowLifecycle.() -> Unit): List<String?> {
        val sent = mutableListOf<Action>()
        WindowLifecycle({ sent += it }).steps()
        return sent.map { it::class.simpleName }
    }

    // ----- The data folder -----

    @Test
    fun the_data_folder_is_the_one_the_terminal_companion_uses_on_each_system() {
        val env = mapOf("XDG_DATA_HOME" to "/data/me", "APPDATA" to "C:\\Users\\me\\AppData\\Roaming")
        assertEquals(File("/data/me/groundwork"), DataFolder.defaultFor("Linux", env::get, "/home/me"))
        assertEquals(File("/home/me/.local/share/groundwork"), DataFolder.defaultFor("Linux", { null }, "/home/me"))
        assertEquals(
            File("/home/me/.local/share/groundwork"),
            DataFolder.defaultFor("Linux", mapOf("XDG_DATA_HOME" to "relative/path")::get, "/home/me"),
            "a relative XDG_DATA_HOME is ignored",
        )
        assertEquals(
            File("/Users/me/Library/Application Support/app.Groundwork.Groundwork"),
            DataFolder.defaultFor("Mac OS X", { null }, "/Users/me"),
        )
        val windows = DataFolder.defaultFor("Windows 11", env::get, "C:\\Users\\me").path
        assertTrue(windows.startsWith("C:\\Users\\me\\AppData\\Roaming"), windows)
        assertTrue(windows.replace(File.separatorChar, '/').endsWith("Groundwork/Groundwork/data"), windows)
    }

    @Test
    fun a_new_data_folder_is_made_readable_only_by_him() {
        val dir = File(temp, "made/here")
        DataFolder.prepare(dir)
        assertTrue(dir.isDirectory)
        assertEquals("rwx------", mode(dir))
    }

    @Test
    fun a_folder_anyone_can_write_in_is_refused_and_left_as_it_is() {
        val shared = File(temp, "shared").apply { mkdir() }
        Files.setPosixFilePermissions(shared.toPath(), PosixFilePermissions.fromString("rwxrwxrwx"))
        val refused = assertThrows(DataFolderRefused::class.java) { DataFolder.prepare(shared) }
        assertTrue(refused.message!!.contains("shared with other users"), refused.message)
        assertEquals("rwxrwxrwx", mode(shared))
        assertEquals(0, shared.list()!!.size)
    }

    @Test
    fun the_command_line_takes_a_data_folder_and_refuses_what_it_does_not_know() {
        val errors = mutableListOf<String>()
        assertEquals(Options(File("/data/gw"), timing = true), Options.parse(arrayOf("--data-dir", "/data/gw", "--timing")) { errors += it })
        assertEquals(Options(null, timing = false), Options.parse(emptyArray()) { errors += it })
        assertEquals(emptyList<String>(), errors)
        assertNull(Options.parse(arrayOf("--data-dir")) { errors += it })
        assertNull(Options.parse(arrayOf("--passphrase-env", "X")) { errors += it })
        assertEquals(listOf("--data-dir needs a folder"), errors.take(1))
        assertTrue(errors[1].startsWith("unknown option --passphrase-env"), errors[1])
    }

    @Test
    fun the_preferences_are_kept_in_a_private_file_and_read_back_with_no_fingerprint_claim() {
        val platform = DesktopPlatform(temp, FakeDesktop(), {})
        platform.savePreferences(app.groundwork.core.ShellPreferences(discreet = true, region = "NZ", biometricKey = true))
        assertEquals("rw-------", mode(platform.preferences.file))
        assertEquals(app.groundwork.core.ShellPreferences(discreet = true, region = "NZ", biometricKey = false), platform.preferences.load())
        assertTrue(platform.discreet.value, "the window's title follows discreet mode")
    }

    // ----- The key -----

    @Test
    fun the_key_is_kept_as_64_hex_digits_in_a_file_only_he_can_read_and_read_back_the_same() {
        val platform = DesktopPlatform(temp, FakeDesktop(), {})
        val key = ByteArray(32) { (it * 7).toByte() }
        assertTrue(platform.storeKey(key.copyOf(), biometric = false))

        val file = File(temp, "groundwork.key")
        assertEquals("rw-------", mode(file))
        assertTrue(file.readText().matches(Regex("[0-9a-f]{64}")))
        var loaded: ByteArray? = null
        platform.loadKey(false) { loaded = it }
        assertArrayEquals(key, loaded)

        platform.deleteKey()
        assertFalse(file.exists())
        platform.loadKey(false) { loaded = it }
        assertNull(loaded)
    }

    @Test
    fun a_key_to_be_guarded_by_fingerprint_or_face_is_not_claimed_as_kept() {
        val platform = DesktopPlatform(temp, FakeDesktop(), {})
        assertFalse(platform.storeKey(ByteArray(32), biometric = true))
        assertFalse(File(temp, "groundwork.key").exists())
    }

    @Test
    fun a_missing_key_file_beside_the_database_shows_the_cores_key_problem_screen_and_keeps_the_database() {
        onboardedIn(temp)
        val database = File(temp, "groundwork.db")
        val before = database.readBytes()
        File(temp, "groundwork.key").delete()

        DesktopApp(temp, FakeDesktop()).use { app ->
            val view = app.sendAndWait(Action.Start)
            val phase = view.phase
            assertTrue(phase is Phase.Unavailable, "the key problem screen: $phase")
            assertEquals("The key for your data isn't on this device any more.", (phase as Phase.Unavailable).reason)
        }
        assertArrayEquals(before, database.readBytes(), "no new database was made over his")
        assertFalse(File(temp, "groundwork.key").exists(), "no new key was made")
    }

    @Test
    fun a_damaged_key_file_shows_the_cores_typed_error_and_is_left_for_him_to_see() {
        onboardedIn(temp)
        File(temp, "groundwork.key").writeText("this is not a key\n")

        DesktopApp(temp, FakeDesktop()).use { app ->
            val phase = app.sendAndWait(Action.Start).phase
            assertTrue(phase is Phase.Unavailable, "the key problem screen: $phase")
            val reason = (phase as Phase.Unavailable).reason
            assertTrue(reason.contains("key"), reason)
            assertTrue(reason.contains("Nothing was changed"), reason)
            assertFalse(reason.contains("this is not a key"), "the file's contents are never repeated")
        }
        assertEquals("this is not a key\n", File(temp, "groundwork.key").readText())
    }

    // ----- Links, numbers, files -----

    @Test
    fun a_web_address_that_cannot_open_is_shown_instead_and_he_is_not_counted_as_away() {
        val desktop = FakeDesktop(browses = false)
        val sent = mutableListOf<Action>()
        val platform = DesktopPlatform(temp, desktop, { sent += it })
        platform.openUrl("https://example.org/help")

        assertEquals(listOf("https://example.org/help"), desktop.browsed)
        assertEquals(listOf("https://example.org/help"), desktop.shownAddresses)
        assertTrue(sent.first() is Action.HandingOff)
        assertTrue(sent.last() is Action.CameBack, "nothing opened, so he is back at once")
    }

    @Test
    fun a_web_address_opens_in_the_browser_when_one_can() {
        val desktop = FakeDesktop(browses = true)
        DesktopPlatform(temp, desktop, {}).openUrl("https://example.org/")
        assertEquals(listOf("https://example.org/"), desktop.browsed)
        assertEquals(emptyList<String>(), desktop.shownAddresses)
    }

    @Test
    fun a_help_lines_call_or_text_button_shows_the_number_instead_of_a_dead_button() {
        val desktop = FakeDesktop()
        val screens = DesktopScreenPlatform(desktop, WindowLifecycle({}))
        screens.contact(ContactAction(ContactKind.TEXT, "Text 0477 13 11 14", "0477131114", "HOME", "sms:0477131114?body=HOME"))
        assertEquals(Shown.Number("Text 0477 13 11 14", "0477131114", "HOME", "sms:0477131114?body=HOME"), screens.shown.value)
        assertEquals(emptyList<String>(), desktop.browsed, "nothing is tried before he asks")

        screens.dial("000")
        assertEquals("000", (screens.shown.value as Shown.Number).number)

        screens.contact(ContactAction(ContactKind.WEB, "Chat online", "https://example.org/chat", null, "https://example.org/chat"))
        assertEquals(listOf("https://example.org/chat"), desktop.browsed)
    }

    @Test
    fun save_as_writes_the_file_where_he_chose_readable_only_by_him_and_keeps_no_copy() {
        val target = File(temp, "chosen/backup.gwbackup").apply { parentFile.mkdirs() }
        val data = File(temp, "data")
        val platform = DesktopPlatform(data, FakeDesktop(saveTo = target), {})
        platform.shareFile("groundwork-backup.age", "application/octet-stream", byteArrayOf(1, 2, 3))

        assertArrayEquals(byteArrayOf(1, 2, 3), target.readBytes())
        assertEquals("rw-------", mode(target))
        assertEquals(0, platform.sharedDir.listFiles()!!.size, "the copy that waited for the dialog is gone")
    }

    @Test
    fun save_as_cancelled_writes_nothing_anywhere() {
        val data = File(temp, "data")
        val platform = DesktopPlatform(data, FakeDesktop(saveTo = null), {})
        platform.shareFile("export.md", "text/markdown", "words".toByteArray())
        assertEquals(0, platform.sharedDir.listFiles()!!.size)
        assertEquals(listOf("data"), temp.list()!!.toList())
    }

    @Test
    fun deleting_shared_files_removes_a_copy_left_by_a_window_closed_mid_save() {
        val platform = DesktopPlatform(temp, FakeDesktop(), {})
        platform.sharedDir.mkdirs()
        File(platform.sharedDir, "left.md").writeText("left behind")
        platform.deleteSharedFiles()
        assertEquals(0, platform.sharedDir.listFiles()!!.size)
    }

    @Test
    fun reminders_that_come_due_while_the_window_is_open_are_shown_and_past_ones_are_not() {
        val desktop = FakeDesktop()
        val platform = DesktopPlatform(temp, desktop, {})
        val soon = ScheduledNotification("a", ReminderKind.CHECK_IN, Instant.now().plusMillis(200), "Check in", "How's today?", "groundwork://check-in")
        val past = soon.copy(id = "b", fireAt = Instant.now().minusSeconds(60))
        platform.scheduleReminders(listOf(past, soon))
        assertEquals(listOf("a"), platform.pendingReminders.map { it.id })

        assertTrue(desktop.reminded.await(5, TimeUnit.SECONDS), "the reminder came")
        assertEquals(listOf("a"), desktop.reminders.map { it.id })
        platform.scheduleReminders(emptyList())
        assertEquals(emptyList<ScheduledNotification>(), platform.pendingReminders)
        platform.close()
    }

    // ----- The window's life -----

    @Test
    fun minimising_and_restoring_the_window_tells_the_core_once_each() {
        val sent = sentBy {
            wentAway()
            wentAway()
            cameBack()
            cameBack()
        }
        assertEquals(listOf("WentToBackground", "CameBack"), sent)
    }

    @Test
    fun a_dialog_opened_on_his_behalf_is_a_hand_off_not_going_away() {
        val sent = sentBy {
            handOff()
            wentAway()
            cameBack()
        }
        assertEquals(listOf("HandingOff", "CameBack"), sent)
    }

    @Test
    fun the_window_away_past_the_grace_period_locks_when_the_timer_fires() {
        DesktopApp(temp, FakeDesktop()).use { app ->
            app.sendAndWait(Action.Start)
            onboard(app)
            val away = Instant.now()
            app.sendAndWait(Action.WentToBackground(away))
            val view = app.sendAndWait(Action.LockCheckDue(away.plusSeconds(3600)))
            assertTrue(view.phase is Phase.Locked, "locked after an hour away: ${view.phase}")
        }
    }

    // ----- The whole app -----

    @Test
    fun the_desktop_starts_the_real_core_in_a_fresh_folder_and_reaches_home_after_onboarding() {
        val data = File(temp, "groundwork")
        DesktopApp(data, FakeDesktop()).use { app ->
            val first = app.sendAndWait(Action.Start)
            assertEquals(Phase.Unlocked, first.phase)
            assertTrue(first.screen is AppScreen.Onboarding, "a first start opens onboarding: ${first.screen}")
            val home = onboard(app)
            assertTrue(home.screen is AppScreen.Home, "home after onboarding: ${home.screen}")
        }
        assertEquals("rwx------", mode(data))
        for (name in listOf("groundwork.db", "groundwork.key", "desktop.properties")) {
            assertEquals("rw-------", mode(File(data, name)), name)
        }
        assertTrue(File(data, "desktop.properties").readText().contains("region=AU"))

        DesktopApp(data, FakeDesktop()).use { app ->
            assertTrue(app.sendAndWait(Action.Start).screen is AppScreen.Home, "the next start opens at home")
        }
    }

    @Test
    fun closing_the_window_locks_the_app_and_closes_the_database() {
        val app = DesktopApp(temp, FakeDesktop())
        app.sendAndWait(Action.Start)
        onboard(app)
        app.close()
        assertTrue(app.view.value.phase is Phase.Locked, "${app.view.value.phase}")
        assertFalse(File(temp, "groundwork.db-wal").let { it.exists() && it.length() > 0 }, "the database was closed and checkpointed")
    }

    // ----- The terminal companion and the desktop share one database -----

    private fun cli(data: File, vararg args: String): Pair<Int, String> {
        val binary = File(System.getProperty("groundwork.cli") ?: error("groundwork.cli is not set"))
        assertTrue(binary.canExecute(), "the terminal companion is built at $binary (desktop/run-tests.sh builds it)")
        val process = ProcessBuilder(listOf(binary.path, "--data-dir", data.path) + args).redirectErrorStream(true).start()
        val out = process.inputStream.readBytes().toString(Charsets.UTF_8)
        return process.waitFor() to out
    }

    @Test
    fun the_terminal_companion_opens_the_database_the_desktop_made() {
        onboardedIn(temp)
        val (code, out) = cli(temp, "checkins", "--json")
        assertEquals(0, code, out)
        assertTrue(out.trim().startsWith("["), out)
    }

    @Test
    fun the_desktop_opens_the_database_the_terminal_companion_made_at_home() {
        val (code, out) = cli(temp, "onboard", "--region", "AU")
        assertEquals(0, code, out)
        DesktopApp(temp, FakeDesktop()).use { app ->
            val view = app.sendAndWait(Action.Start)
            assertEquals(Phase.Unlocked, view.phase)
            assertTrue(view.screen is AppScreen.Home, "home, not onboarding again: ${view.screen}")
        }
    }
}
