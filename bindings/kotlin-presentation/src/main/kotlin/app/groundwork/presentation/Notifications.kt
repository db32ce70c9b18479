// Local notifications from the core's schedule. The core decides when and what they say
// (discreet texts included); this only reshapes them for the platform and works out which
// pending requests to replace and which to cancel.
package app.groundwork.presentation

import app.groundwork.core.ReminderKind
import app.groundwork.core.ScheduledNotification
import java.time.Instant

/** One local notification, ready for AlarmManager. */
data class NotificationRequest(
    /** Stable id from the core: scheduling the same id again replaces the pending one. */
    val id: String,
    val fireAt: Instant,
    val title: String,
    val body: String,
    /** What it is for (e.g. for a notification channel). */
    val kind: ReminderKind,
    /** Where a tap goes: sent back as `Action.OpenLink`, which the core reads. */
    val deepLink: String,
) {
    constructor(scheduled: ScheduledNotification) : this(
        id = scheduled.id,
        fireAt = scheduled.fireAt,
        title = scheduled.title,
        body = scheduled.body,
        kind = scheduled.kind,
        deepLink = scheduled.deepLink,
    )

    companion object {
        /** The intent extra the deep link travels in, from the alarm to the notification. */
        const val LINK_KEY = "groundwork.reminder-link"
    }
}

/** What to do with the pending notifications: add (or replace) these, cancel those. */
data class NotificationPlan(val add: List<NotificationRequest>, val cancelIds: List<String>) {
    companion object {
        /**
         * Every request is (re)added, so changed texts or times replace the pending ones; pending
         * ids the core no longer lists are cancelled.
         */
        fun of(requests: List<NotificationRequest>, pendingIds: Collection<String>): NotificationPlan {
            val wanted = requests.map { it.id }.toSet()
            return NotificationPlan(requests, pendingIds.filter { it !in wanted }.sorted())
        }
    }
}
