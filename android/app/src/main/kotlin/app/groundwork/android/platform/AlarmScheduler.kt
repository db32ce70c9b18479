// Reminders from the core's schedule, with AlarmManager.
//
// Why AlarmManager and not WorkManager: a reminder belongs at the time he chose. WorkManager is
// for deferrable background work (periodic work runs at best every 15 minutes, inside a flex
// window, whenever the system likes) and would have to open the database in the background to
// compute a schedule, which cannot happen while an app lock holds the key. Instead the core
// computes 14 days of reminders whenever the app is open, and each becomes an inexact
// AlarmManager window alarm (within 10 minutes; no exact-alarm permission needed, and
// Doze-friendly). Only ids, times and deep links are kept on disk, so alarms can be set again after a
// reboot; those then show the neutral texts, never anything he wrote.
package app.groundwork.android.platform

import android.app.AlarmManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import androidx.core.content.edit
import app.groundwork.core.ScheduledNotification

class AlarmScheduler(private val context: Context) {
    private val alarms = context.getSystemService(AlarmManager::class.java)
    private val store = context.getSharedPreferences("groundwork.alarms", Context.MODE_PRIVATE)

    /** Replaces every pending reminder with [notifications] (an empty list cancels them all). */
    @Synchronized
    fun replaceAll(notifications: List<ScheduledNotification>) {
        val keep = notifications.map { it.id }.toSet()
        for (id in store.all.keys - keep) alarms.cancel(pendingIntent(id, null, null, null))
        for (request in notifications) {
            set(request.id, request.fireAt.toEpochMilli(), request.deepLink, request.title, request.body)
        }
        store.edit {
            clear()
            for (request in notifications) putString(request.id, "${request.fireAt.toEpochMilli()}|${request.deepLink}")
        }
    }

    /** After a reboot: the same alarms again, with the neutral texts. */
    fun restoreAfterBoot(title: String, body: String) {
        val now = System.currentTimeMillis()
        for ((id, value) in store.all) {
            val (time, link) = (value as? String)?.split("|", limit = 2) ?: continue
            val fireAt = time.toLongOrNull() ?: continue
            if (fireAt > now) set(id, fireAt, link, title, body)
        }
    }

    private fun set(id: String, fireAt: Long, link: String, title: String, body: String) {
        alarms.setWindow(AlarmManager.RTC_WAKEUP, fireAt, WINDOW_MILLIS, pendingIntent(id, link, title, body))
    }

    private fun pendingIntent(id: String, link: String?, title: String?, body: String?): PendingIntent {
        val intent = Intent(context, ReminderReceiver::class.java)
            .setAction("app.groundwork.REMINDER.$id")
            .putExtra(ReminderReceiver.EXTRA_ID, id)
            .putExtra(ReminderReceiver.EXTRA_LINK, link)
            .putExtra(ReminderReceiver.EXTRA_TITLE, title)
            .putExtra(ReminderReceiver.EXTRA_BODY, body)
        return PendingIntent.getBroadcast(
            context, id.hashCode(), intent, PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
        )
    }

    private companion object {
        const val WINDOW_MILLIS = 10 * 60 * 1000L
    }
}
