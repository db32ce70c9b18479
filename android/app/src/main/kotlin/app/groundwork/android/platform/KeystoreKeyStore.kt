// The database key, wrapped by an AES-256-GCM key that never leaves the Android Keystore, in a
// file in noBackupFilesDir. With "biometric" on, the wrapping key only works for a few seconds
// after BiometricPrompt (or the device credential) succeeded, so the activity asks first.
package app.groundwork.android.platform

import android.content.Context
import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import app.groundwork.presentation.KeyStore
import java.io.File
import java.io.FileOutputStream
import java.security.KeyStore as JavaKeyStore
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

class KeystoreKeyStore(context: Context) : KeyStore {
    private val wrapped = File(context.noBackupFilesDir, "groundwork.key")
    private val biometricFlag = File(context.noBackupFilesDir, "groundwork.key.biometric")

    /** Whether reading the key needs BiometricPrompt first. */
    val needsUserPresence: Boolean get() = biometricFlag.exists()

    override fun loadKey(): ByteArray? {
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
    override fun saveKey(key: ByteArray, biometric: Boolean) {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, wrappingKey(biometric))
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
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, wrappingKey(biometric), GCMParameterSpec(128, bytes, 0, IV_LENGTH))
        return cipher.doFinal(bytes, IV_LENGTH, bytes.size - IV_LENGTH)
    }

    override fun deleteKey() {
        wrapped.delete()
        biometricFlag.delete()
        keystore().apply {
            deleteEntry(ALIAS)
            deleteEntry(BIOMETRIC_ALIAS)
        }
    }

    private fun keystore() = JavaKeyStore.getInstance(PROVIDER).apply { load(null) }

    private fun wrappingKey(biometric: Boolean): SecretKey {
        val alias = if (biometric) BIOMETRIC_ALIAS else ALIAS
        (keystore().getKey(alias, null) as? SecretKey)?.let { return it }
        val spec = KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .apply {
                if (biometric) {
                    setUserAuthenticationRequired(true)
                    if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
                        setUserAuthenticationParameters(
                            AUTH_SECONDS,
                            KeyProperties.AUTH_BIOMETRIC_STRONG or KeyProperties.AUTH_DEVICE_CREDENTIAL,
                        )
                    } else {
                        @Suppress("DEPRECATION")
                        setUserAuthenticationValidityDurationSeconds(AUTH_SECONDS)
                    }
                    setInvalidatedByBiometricEnrollment(true)
                }
            }
            .build()
        return KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER).run {
            init(spec)
            generateKey()
        }
    }

    private companion object {
        const val PROVIDER = "AndroidKeyStore"
        const val ALIAS = "groundwork.wrap"
        const val BIOMETRIC_ALIAS = "groundwork.wrap.biometric"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val IV_LENGTH = 12
        const val AUTH_SECONDS = 15
    }
}
