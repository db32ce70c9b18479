// The alarms' bookkeeping: which pending reminders to set again and which to cancel.
package app.groundwork.presentation

import app.groundwork.core.ReminderKind
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import java.time.Instant

class NotificationPlanTest {
    private fun request(id: String) = NotificationRequest(
        id = id,
        fireAt = Instant.parse("2026-03-02T08:00:00Z"),
        title = "Groundwork",
        body = "A minute for a check-in?",
        kind = ReminderKind.CHECK_IN,
        deepLink = "groundwork://check-in",
    )

    @Test
    fun `a notification plan replaces every request and cancels what is gone`() {
        val plan = NotificationPlan.of(listOf(request("b"), request("a")), pendingIds = listOf("c", "a", "d"))
        assertEquals(listOf("b", "a"), plan.add.map { it.id }, "set again, so changed texts replace the old")
        assertEquals(listOf("c", "d"), plan.cancelIds)
    }
}
