// Alarms do not survive a reboot: set them again from the stored ids and times, with the
// neutral texts (the database may be locked, and nothing he wrote is stored outside it).
package app.groundwork.android.platform

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import app.groundwork.core.discreetTextsFor

class BootReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != Intent.ACTION_BOOT_COMPLETED) return
        val texts = discreetTextsFor(SharedPreferencesStore(context).discreet)
        AlarmScheduler(context).restoreAfterBoot(texts.notificationTitle, texts.notificationBody)
    }
}
