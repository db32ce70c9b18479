package app.groundwork.android

import android.app.Application
import app.groundwork.android.platform.ReminderReceiver

class GroundworkApplication : Application() {
    override fun onCreate() {
        super.onCreate()
        ReminderReceiver.createChannel(this)
    }
}
