// The contract's Platform, as the presentation layer declares it: what only the phone can do.
// A stand-in here so AppModel's signature is the contract's exactly.
package app.groundwork.presentation

import app.groundwork.core.ScheduledNotification
import app.groundwork.core.ShellPreferences

interface Platform {
    fun loadKey(biometric: Boolean, answer: (ByteArray?) -> Unit)
    fun storeKey(key: ByteArray, biometric: Boolean): Boolean
    fun deleteKey()
    fun savePreferences(preferences: ShellPreferences)
    fun scheduleReminders(notifications: List<ScheduledNotification>)
    fun shareFile(fileName: String, mimeType: String, contents: ByteArray)
    fun openUrl(url: String)
    fun checkLockAt(at: java.time.Instant)
}
