package app.groundwork.android

import android.app.Application
import app.groundwork.android.platform.KeystoreDeviceKeyWrapper
import app.groundwork.android.platform.ReminderReceiver
import app.groundwork.core.useAppFolders
import app.groundwork.core.useDeviceKeyWrapper

class GroundworkApplication : Application() {
    override fun onCreate() {
        super.onCreate()
        // Before any lock call: every app lock is also sealed by this phone's Keystore, and every
        // erase empties the cache, where exports and reports are put for the share sheet.
        useDeviceKeyWrapper(KeystoreDeviceKeyWrapper(this))
        useAppFolders(listOf(cacheDir.absolutePath))
        ReminderReceiver.createChannel(this)
    }
}
