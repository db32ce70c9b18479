// What the app model needs from the platform, and nothing more: where the database key is kept,
// two small preferences read before the database is open, and where local notifications go.
// The Android app implements these with the Keystore, SharedPreferences and AlarmManager; the
// tests use the in-memory versions below.
package app.groundwork.presentation

/** Keeps the raw 32-byte database key (Android: wrapped by a Keystore key). */
interface KeyStore {
    /** The stored key, or null (first run, or an app lock holds it instead). */
    fun loadKey(): ByteArray?

    /** Stores the key, replacing any other; `biometric` asks for BiometricPrompt before use. */
    fun saveKey(key: ByteArray, biometric: Boolean)

    fun deleteKey()
}

/**
 * Preferences kept outside the database because they are needed before it is open: the discreet
 * flag (lock screen, notifications) and his region (help now before unlock). Neither holds
 * anything he wrote.
 */
interface AppPreferences {
    var discreet: Boolean
    var region: String?
    var biometricKey: Boolean
}

/** Hands notification requests to the platform, which builds a [NotificationPlan] and applies it. */
fun interface NotificationScheduling {
    fun apply(requests: List<NotificationRequest>)
}

/** A key store in memory: for tests and previews. */
class InMemoryKeyStore(var key: ByteArray? = null) : KeyStore {
    var biometric = false
        private set

    override fun loadKey(): ByteArray? = key?.copyOf()

    override fun saveKey(key: ByteArray, biometric: Boolean) {
        this.key = key.copyOf()
        this.biometric = biometric
    }

    override fun deleteKey() {
        key = null
        biometric = false
    }
}

/** Preferences in memory: for tests and previews. */
class InMemoryPreferences(
    override var discreet: Boolean = false,
    override var region: String? = null,
    override var biometricKey: Boolean = false,
) : AppPreferences

/** Remembers what it was asked to schedule: for tests and previews. */
class RecordingScheduler : NotificationScheduling {
    val applied = mutableListOf<List<NotificationRequest>>()

    override fun apply(requests: List<NotificationRequest>) {
        applied += requests
    }
}
