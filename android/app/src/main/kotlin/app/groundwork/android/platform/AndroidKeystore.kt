// What the two Keystore users share: the provider, AES-256-GCM keys that never leave it and are
// usable only while the phone is unlocked, and the sealed format (the IV, then the ciphertext).
package app.groundwork.android.platform

import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import java.security.KeyStore as JavaKeyStore
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

internal object AndroidKeystore {
    const val TRANSFORMATION = "AES/GCM/NoPadding"
    const val IV_LENGTH = 12
    private const val PROVIDER = "AndroidKeyStore"

    fun keystore(): JavaKeyStore = JavaKeyStore.getInstance(PROVIDER).apply { load(null) }

    /** The AES key under `alias`, or `null` when there is none. */
    fun existing(alias: String): SecretKey? = keystore().getKey(alias, null) as? SecretKey

    /** A new AES-256-GCM key under `alias`, unlocked-device-only, with `extra` settings. */
    fun generate(alias: String, extra: KeyGenParameterSpec.Builder.() -> Unit): SecretKey {
        val spec = KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .apply {
                if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) setUnlockedDeviceRequired(true)
                extra()
            }
            .build()
        return KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER).run {
            init(spec)
            generateKey()
        }
    }
}
