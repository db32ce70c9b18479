package app.groundwork.core

import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertInstanceOf
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path

/**
 * A key store written in Kotlin, as the Android app's Keystore wrapper is: the core calls it
 * across the FFI to seal the app lock, and a copy of the files with another device's key is
 * refused without counting a try.
 */
class DeviceKeyTest {
    /** What one device seals, only that device opens; `refuse` makes sealing fail. */
    private class FakeDevice(private val id: Byte, var refuse: Boolean = false) : DeviceKeyWrapper {
        var handed = 0

        override fun seal(bytes: ByteArray): ByteArray {
            if (refuse) throw DeviceKeyException.Unavailable()
            handed += 1
            return byteArrayOf(id) + bytes.map { (it.toInt() xor id.toInt()).toByte() }
        }

        override fun unseal(sealed: ByteArray): ByteArray {
            if (sealed.isEmpty() || sealed[0] != id) throw DeviceKeyException.Unavailable()
            return sealed.drop(1).map { (it.toInt() xor id.toInt()).toByte() }.toByteArray()
        }
    }

    @AfterEach
    fun noDevice() = useDeviceKeyWrapper(null)

    @Test
    fun `a lock sealed by this device opens here and a copy on another device is refused`(@TempDir dir: Path) {
        val phone = FakeDevice(7)
        useDeviceKeyWrapper(phone)
        val key = generateDatabaseKey()
        val dataDir = dir.resolve("phone").toString()
        openAt(dir.resolve("phone"), key).use { it.addJournalEntry("Sealed.") }
        val pin = LockSecret.Pin("135790")
        setAppLock(dataDir, key, pin, 5u)
        assertTrue(phone.handed > 0, "the core called the Kotlin key store")
        val lockFile = Files.readString(dir.resolve("phone/lock.json"))
        assertTrue(lockFile.contains("\"device_sealed\": true"), lockFile)

        val copy = Files.createDirectories(dir.resolve("copy"))
        Files.list(dir.resolve("phone")).use { files ->
            files.forEach { Files.copy(it, copy.resolve(it.fileName)) }
        }
        useDeviceKeyWrapper(FakeDevice(9))
        repeat(6) {
            assertThrows<ApiException.AppLockNotForThisDevice> { unlockApp(copy.toString(), pin) }
        }
        assertEquals(5u, appLockStatus(copy.toString()).attemptsLeftBeforeErase, "nothing counted")

        useDeviceKeyWrapper(phone)
        val unlocked = assertInstanceOf(UnlockOutcome.Unlocked::class.java, unlockApp(dataDir, pin))
        assertArrayEquals(key, unlocked.key)
    }

    @Test
    fun `a device key that refuses to seal sets no lock`(@TempDir dir: Path) {
        useDeviceKeyWrapper(FakeDevice(3, refuse = true))
        val key = generateDatabaseKey()
        openAt(dir, key).close()
        assertThrows<ApiException.DeviceKeyUnavailable> {
            setAppLock(dir.toString(), key, LockSecret.Pin("135790"), null)
        }
        assertEquals(false, appLockStatus(dir.toString()).locked)
    }
}
