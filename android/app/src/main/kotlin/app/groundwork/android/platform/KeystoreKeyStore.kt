// The database key, wrapped by an AES-256-GCM key that never leaves the Android Keystore, in a
// file in noBackupFilesDir. With fingerprint or face on, the wrapping key needs strong
// biometrics for every single use (no time window, never the phone's PIN): the activity shows
// BiometricPrompt with a CryptoObject holding the cipher from `cipherToAuthorize`, and hands the
// authorised cipher back with `authorize` for the one read or write that follows.
package app.groundwork.android.platform

import android.content.Context
import android.os.Build
import android.security.keystore.KeyProperties
import android.security.keystore.UserNotAuthenticatedException
import java.io.File
import java.io.FileOutputStream
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

class KeystoreKeyStore(context: Context) {
    private val wrapped = File(context.noBackupFilesDir, "groundwork.key")
    private val biometricFlag = File(context.noBackupFilesDir, "groundwork.key.biometric")

    /** The cipher BiometricPrompt authorised, for the next read or write only. */
    @Volatile private var authorized: Cipher? = null

    /** Whether reading the key needs BiometricPrompt first. */
    val needsUserPresence: Boolean get() = biometricFlag.exists()

    /**
     * The cipher to put in BiometricPrompt's CryptoObject before the next read (`forSaving`
     * false: it decrypts the file as it is) or the next save with fingerprint or face on
     * (`forSaving` true). `null` when the file it would read is missing.
     */
    fun cipherToAuthorize(forSaving: Boolean): Cipher? {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        if (forSaving) {
            cipher.init(Cipher.ENCRYPT_MODE, wrappingKey(biometric = true))
        } else {
            if (!wrapped.exists()) return null
            val bytes = wrapped.readBytes()
            cipher.init(Cipher.DECRYPT_MODE, wrappingKey(biometric = true), GCMParameterSpec(128, bytes, 0, IV_LENGTH))
        }
        return cipher
    }

    /** Hands over the cipher BiometricPrompt authorised (`AuthenticationResult.cryptoObject`). */
    fun authorize(cipher: Cipher) {
        authorized = cipher
    }

    private fun takeAuthorized(): Cipher =
        authorized?.also { authorized = null } ?: throw UserNotAuthenticatedException()

    fun loadKey(): ByteArray? {
        if (!wrapped.exists()) return null
        val bytes = wrapped.readBytes()
        // A crash between replacing the file and updating the flag leaves the flag naming the
        // other wrapping key: the one the flag names is tried first, then the other.
        val first = needsUserPresence
        return try {
            unseal(bytes, first)
        } catch (error: javax.crypto.AEADBadTagException) {
            keystore().getKey(if (first) ALIAS else BIOMETRIC_ALIAS, null) ?: throw error
            unseal(bytes, !first)
        }
    }

    /**
     * Saves the key without a moment where no file holds it: sealed into a temporary file that is
     * synced to disk, then renamed over the old one, so a crash leaves the
     * old key or the new one.
     */
    fun saveKey(key: ByteArray, biometric: Boolean) {
        val cipher = if (biometric) {
            takeAuthorized()
        } else {
            Cipher.getInstance(TRANSFORMATION).apply { init(Cipher.ENCRYPT_MODE, wrappingKey(false)) }
        }
        val sealed = cipher.iv + cipher.doFinal(key)
        val temporary = File(wrapped.parentFile, "${wrapped.name}.tmp")
        FileOutputStream(temporary).use { out ->
            out.write(sealed)
            out.fd.sync()
        }
        check(temporary.renameTo(wrapped)) { "the wrapped key could not be saved" }
        if (biometric) biometricFlag.createNewFile() else biometricFlag.delete()
    }

    private fun unseal(bytes: ByteArray, biometric: Boolean): ByteArray {
        val cipher = if (biometric) {
            takeAuthorized()
        } else {
            Cipher.getInstance(TRANSFORMATION).apply {
                init(Cipher.DECRYPT_MODE, wrappingKey(false), GCMParameterSpec(128, bytes, 0, IV_LENGTH))
            }
        }
        return cipher.doFinal(bytes, IV_LENGTH, bytes.size - IV_LENGTH)
    }

    fun deleteKey() {
        wrapped.delete()
        biometricFlag.delete()
        authorized = null
        keystore().apply {
            deleteEntry(ALIAS)
            deleteEntry(BIOMETRIC_ALIAS)
            deleteEntry(WINDOWED_BIOMETRIC_ALIAS)
        }
    }

    private fun keystore() = AndroidKeystore.keystore()

    private fun wrappingKey(biometric: Boolean): SecretKey {
        val alias = if (biometric) BIOMETRIC_ALIAS else ALIAS
        AndroidKeystore.existing(alias)?.let { return it }
        return AndroidKeystore.generate(alias) {
            if (biometric) {
                setUserAuthenticationRequired(true)
                // Every use needs a fingerprint or face (strong biometrics) through a
                // CryptoObject: no window after any unlock, and never the phone's PIN.
                if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
                    setUserAuthenticationParameters(0, KeyProperties.AUTH_BIOMETRIC_STRONG)
                } else {
                    @Suppress("DEPRECATION")
                    setUserAuthenticationValidityDurationSeconds(-1)
                }
                setInvalidatedByBiometricEnrollment(true)
            }
        }
    }

    private companion object {
        const val ALIAS = "groundwork.wrap"
        const val BIOMETRIC_ALIAS = "groundwork.wrap.biometric.strong"
        /** The earlier key that also took the phone's PIN for 15 seconds: only ever deleted. */
        const val WINDOWED_BIOMETRIC_ALIAS = "groundwork.wrap.biometric"
        const val TRANSFORMATION = AndroidKeystore.TRANSFORMATION
        const val IV_LENGTH = AndroidKeystore.IV_LENGTH
    }
}
