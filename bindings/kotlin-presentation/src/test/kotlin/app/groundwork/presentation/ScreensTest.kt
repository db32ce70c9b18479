// The other screens through the app model, the reminder plumbing, and the pure mappings.
package app.groundwork.presentation

import app.groundwork.core.AngerMomentInput
import app.groundwork.core.ApiException
import app.groundwork.core.ExportFormat
import app.groundwork.core.InsightRange
import app.groundwork.core.Metric
import app.groundwork.core.ReminderKind
import app.groundwork.core.ReminderSettings
import app.groundwork.core.TimeOfDay
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.LocalDate

class ScreensTest {
    @TempDir
    lateinit var dir: Path

    private val scheduler = RecordingScheduler()

    private fun started() =
        AppModel(dir.toString(), InMemoryKeyStore(), InMemoryPreferences(), scheduler, deviceLocale = "en_GB")
            .also {
                it.start()
                it.onboardWithDefaults()
            }

    private inline fun <reified T : Screen> AppModel.top(): T {
        val screen = state.value.top?.screen
        assertTrue(screen is T, "expected ${T::class.simpleName} on top, got $screen")
        return screen as T
    }

    @Test
    fun `reminders are scheduled from the core and go discreet on request`() {
        val model = started()
        assertEquals(emptyList<NotificationRequest>(), scheduler.applied.last(), "everything is off until he turns it on")

        model.show(Route.Settings)
        val settings = model.top<Screen.Settings>().state
        model.saveReminderSettings(settings.reminders.copy(dailyCheckIn = TimeOfDay(20u, 30u)))
        val requests = scheduler.applied.last()
        assertTrue(requests.size >= 13, "got ${requests.size}")
        assertTrue(requests.all { it.kind == ReminderKind.CHECK_IN && it.title == "Time for your check-in" })
        assertEquals("groundwork://check-in", requests[0].deepLink)

        model.setDiscreet(true)
        assertTrue(scheduler.applied.last().all { it.title == "Reminder" })
        val after = model.top<Screen.Settings>().state
        assertEquals("Notes", after.texts.appDisplayName)
        assertTrue(after.regions.isNotEmpty())

        model.lock()
        val phase = model.state.value.phase as AppPhase.Locked
        assertEquals("Notes", phase.lock.texts.appDisplayName, "the lock screen stays discreet")
        assertEquals("Notes", phase.lock.screen.title, "the lock screen's title stays discreet")
    }

    @Test
    fun `a tapped reminder opens its screen through the core's link reader`() {
        val model = started()
        model.show(Route.Journal)
        model.openLink("groundwork://check-in")
        assertEquals(listOf(Route.Home, Route.CheckIn), model.state.value.stack.map { it.route })
        model.openLink("groundwork://new-dad")
        assertEquals(listOf(Route.Home, Route.PhaseMap), model.state.value.stack.map { it.route })
        model.openLink("groundwork://practice")
        assertEquals(listOf(Route.Home), model.state.value.stack.map { it.route })

        model.openLink("groundwork://journal")
        val notice = model.state.value.notice
        assertTrue(notice is Notice.Error && notice.text.startsWith("Check the link:"), "got $notice")
        assertEquals(listOf(Route.Home), model.state.value.stack.map { it.route }, "an unknown link goes nowhere")
    }

    @Test
    fun `a help link opens help now even before unlock`() {
        val model = started()
        model.lock()
        model.openLink("groundwork://help?situation=self-harm")
        assertTrue(model.state.value.helpBeforeUnlock != null, "help now opens without unlocking")
        assertTrue(model.state.value.phase is AppPhase.Locked, "still locked")
    }

    @Test
    fun `a notification plan replaces every request and cancels what is gone`() {
        val model = started()
        model.saveReminderSettings(ReminderSettings(TimeOfDay(9u, 0u), null, false, null, false))
        val requests = model.notificationRequests()
        val plan = NotificationPlan.of(requests, listOf("check-in-1999-01-01", requests[0].id))
        assertEquals(requests, plan.add)
        assertEquals(listOf("check-in-1999-01-01"), plan.cancelIds)
    }

    @Test
    fun `an anger moment is two taps from home, a shortcut then save, and the form comes from the core`() {
        val model = started()
        val shortcut = model.top<Screen.Home>().home.shortcuts.first { it.destination == app.groundwork.core.HomeDestination.ANGER_MOMENT }
        assertEquals("Log an anger moment", shortcut.label)
        model.openShortcut(shortcut.destination)
        val form = model.top<Screen.AngerMoment>().form
        assertTrue(form.bodyCues.isNotEmpty())
        val moment = model.recordAngerMoment(
            AngerMomentInput(whatHappened = "Snapped at the kids", intensity = 7, bodyCues = listOf(form.bodyCues[0])),
        )!!
        assertEquals(7, moment.intensity)
        assertEquals(1, model.state.value.stack.size)

        model.show(Route.AngerMoment)
        assertNull(model.recordAngerMoment(AngerMomentInput(whatHappened = "", intensity = 3)))
        assertTrue(model.state.value.notice is Notice.Error, "an empty moment is refused")
        assertEquals(2, model.state.value.stack.size, "a refused save stays on the form")
    }

    @Test
    fun `help now links to his pause plan in one tap once unlocked`() {
        val model = started()
        model.showHelpNow(null)
        val link = model.top<Screen.HelpNow>().help.planLinks.first { it.documentId == "pause-plan" }
        model.show(Route.Document(link.documentId))
        assertEquals("pause-plan", model.top<Screen.Document>().document.id)
    }

    @Test
    fun `living documents save and come back as stored`() {
        val model = started()
        model.show(Route.Documents)
        val documents = model.top<Screen.Documents>().documents
        val plan = documents.firstOrNull { it.id == "safety-plan" } ?: documents.first()
        model.show(Route.Document(plan.id))
        val field = plan.fields.first()
        model.saveDocument(mapOf(field.id to "Call my brother"))
        val saved = model.top<Screen.Document>().document
        assertEquals("Call my brother", saved.fields.first().value)
        assertTrue(saved.started)
        assertEquals(Notice.Message(ShellText.SAVED), model.state.value.notice)
    }

    @Test
    fun `insights become chart series with dates`() {
        val model = started()
        model.show(Route.CheckIn)
        model.submitCheckIn(CheckInDraft(pleasantness = 3, energy = 2))
        model.show(Route.Insights(InsightRange.WEEK))
        val week = model.top<Screen.Insights>().state
        val pleasantness = week.charts.first { it.metric == Metric.PLEASANTNESS }
        assertTrue(pleasantness.hasData)
        assertEquals(7, pleasantness.points.size)
        assertEquals(3.0, pleasantness.points.last().value)

        model.showInsightsRange(InsightRange.MONTH)
        val month = model.top<Screen.Insights>().state.screen
        assertEquals(InsightRange.MONTH, month.range)
        assertEquals(listOf("Week", "Month", "3 months", "Year"), month.rangeOptions.map { it.label })
        assertEquals(listOf(InsightRange.MONTH), month.rangeOptions.filter { it.selected }.map { it.range }, "the range picker marks the range shown")
        assertEquals(2, model.state.value.stack.size, "switching range replaces the screen")
    }

    @Test
    fun `days parse as dates`() {
        assertEquals(LocalDate.of(2026, 11, 22), DayParser.date("2026-11-22"))
        assertNull(DayParser.date("not a day"))
    }

    @Test
    fun `a closed app says so instead of crashing`() {
        val model = started()
        model.lock()
        assertNull(model.export(ExportFormat.JSON))
        assertEquals(Notice.Error(ApiException.Closed().toString()), model.state.value.notice)
    }

    @Test
    fun `export is a file to share`() {
        val file = started().export(ExportFormat.MARKDOWN)!!
        assertTrue(file.fileName.endsWith(".md"))
        assertEquals("text/markdown", file.mimeType)
    }

    @Test
    fun `picking words stops at the form's limit`() {
        var draft = CheckInDraft()
        for (id in listOf("a", "b", "c", "d")) draft = draft.toggle(id, 3)
        assertEquals(listOf("a", "b", "c"), draft.emotions)
        assertEquals(listOf("a", "c"), draft.toggle("b", 3).emotions)
        assertNull(draft.input.note, "an empty note is no note")
    }
}
