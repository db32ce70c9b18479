// Shows a reminder when its alarm fires; a tap opens the app with the reminder's deep link, which
// MainActivity hands to the app model like any other groundwork:// link.
package app.groundwork.android.platform

import android.Manifest
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import app.groundwork.android.MainActivity
import app.groundwork.android.R

class ReminderReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val granted = ContextCompat.checkSelfPermission(context, Manifest.permission.POST_NOTIFICATIONS) ==
            PackageManager.PERMISSION_GRANTED
        if (!granted && android.os.Build.VERSION.SDK_INT >= 33) return
        val id = intent.getStringExtra(EXTRA_ID) ?: return
        val open = Intent(context, MainActivity::class.java)
            .addFlags(Intent.FLAG_ACTIVITY_SINGLE_TOP or Intent.FLAG_ACTIVITY_CLEAR_TOP)
            .setData(intent.getStringExtra(EXTRA_LINK)?.let(Uri::parse))
        val tap = PendingIntent.getActivity(
            context, id.hashCode(), open, PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
        )
        val notification = NotificationCompat.Builder(context, CHANNEL)
            .setSmallIcon(android.R.drawable.ic_popup_reminder)
            .setContentTitle(intent.getStringExtra(EXTRA_TITLE))
            .setContentText(intent.getStringExtra(EXTRA_BODY))
            .setVisibility(NotificationCompat.VISIBILITY_PRIVATE)
            .setContentIntent(tap)
            .setAutoCancel(true)
            .build()
        @Suppress("MissingPermission")
        NotificationManagerCompat.from(context).notify(id.hashCode(), notification)
    }

    companion object {
        const val CHANNEL = "reminders"
        const val EXTRA_ID = "groundwork.reminder-id"
        const val EXTRA_LINK = "groundwork.reminder-link"
        const val EXTRA_TITLE = "groundwork.reminder-title"
        const val EXTRA_BODY = "groundwork.reminder-body"

        fun createChannel(context: Context) {
            val channel = NotificationChannel(
                CHANNEL, context.getString(R.string.reminder_channel), NotificationManager.IMPORTANCE_DEFAULT,
            )
            context.getSystemService(NotificationManager::class.java).createNotificationChannel(channel)
        }
    }
}
