// The phone's own hardware-held key around the app lock: the core hands over the key it already
// wrapped under the PIN or passphrase, and this seals it again with an AES-256-GCM key that never
// leaves the Android Keystore (StrongBox where the phone has it), usable only while the phone is
// unlocked. A copy of lock.json taken off the phone then cannot be opened, whatever PIN is tried.
// No fingerprint or face is asked for: the app's own PIN is the proof of who he is.
package app.groundwork.android.platform

import android.content.Context
import android.content.pm.PackageManager
import android.os.Build
import app.groundwork.core.DeviceKeyException
import app.groundwork.core.DeviceKeyWrapper
import java.security.GeneralSecurityException
import java.security.ProviderException
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

class KeystoreDeviceKeyWrapper(context: Context) : DeviceKeyWrapper {
    private val strongBox = Build.VERSION.SDK_INT >= Build.VERSION_CODES.P &&
        context.packageManager.hasSystemFeature(PackageManager.FEATURE_STRONGBOX_KEYSTORE)

    override fun seal(bytes: ByteArray): ByteArray = try {
        val cipher = Cipher.getInstance(AndroidKeystore.TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, key())
        cipher.iv + cipher.doFinal(bytes)
    } catch (error: GeneralSecurityException) {
        throw DeviceKeyException.Unavailable()
    } finally {
        bytes.fill(0)
    }

    override fun unseal(sealed: ByteArray): ByteArray {
        val existing = AndroidKeystore.existing(ALIAS) ?: throw DeviceKeyException.Unavailable()
        if (sealed.size <= AndroidKeystore.IV_LENGTH) throw DeviceKeyException.Unavailable()
        return try {
            val cipher = Cipher.getInstance(AndroidKeystore.TRANSFORMATION)
            cipher.init(Cipher.DECRYPT_MODE, existing, GCMParameterSpec(128, sealed, 0, AndroidKeystore.IV_LENGTH))
            cipher.doFinal(sealed, AndroidKeystore.IV_LENGTH, sealed.size - AndroidKeystore.IV_LENGTH)
        } catch (error: GeneralSecurityException) {
            throw DeviceKeyException.Unavailable()
        }
    }

    private fun key(): SecretKey {
        AndroidKeystore.existing(ALIAS)?.let { return it }
        if (!strongBox) return AndroidKeystore.generate(ALIAS) {}
        return try {
            AndroidKeystore.generate(ALIAS) {
                if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) setIsStrongBoxBacked(true)
            }
        } catch (error: ProviderException) {
            // StrongBoxUnavailableException: the phone said it had StrongBox, but it could not
            // make this key there. The Keystore's own hardware holds it instead.
            AndroidKeystore.generate(ALIAS) {}
        }
    }

    private companion object {
        const val ALIAS = "groundwork.lock.device"
    }
}
