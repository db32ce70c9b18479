// The key is never lost on the way: setting or removing the app lock saves the key's new home and
// confirms it before the old one is emptied, so a key store that fails at any step leaves a way in.
package app.groundwork.presentation

import app.groundwork.core.LockSecret
import app.groundwork.core.appLockStatus
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

class KeyMoveTest {
    @TempDir
    lateinit var dir: Path

    /** A key store in memory that fails (or silently loses the key) at the step it is told to. */
    private class FailingKeyStore : KeyStore {
        val inner = InMemoryKeyStore()
        var failSave = false
        var loseSaved = false
        var failDelete = false

        override fun loadKey(): ByteArray? = inner.loadKey()

        override fun saveKey(key: ByteArray, biometric: Boolean) {
            if (failSave) throw IllegalStateException("the key store refused the key")
            if (!loseSaved) inner.saveKey(key, biometric)
        }

        override fun deleteKey() {
            if (failDelete) throw IllegalStateException("the key store could not delete")
            inner.deleteKey()
        }
    }

    private val keys = FailingKeyStore()
    private val preferences = InMemoryPreferences()
    private val pin = LockSecret.Pin("482916")

    private fun model() = AppModel(dir.toString(), keys, preferences, RecordingScheduler(), deviceLocale = "en_AU")

    private fun started() = model().also {
        it.start()
        it.onboardWithDefaults()
    }

    private fun locked() = appLockStatus(dir.toString()).locked

    /** A relaunch opens with the PIN (when locked) or with the key store's key. */
    private fun assertAWayIn() {
        val relaunched = model().also { it.start() }
        if (relaunched.state.value.phase is AppPhase.Locked) relaunched.unlock(pin)
        assertEquals(AppPhase.Unlocked, relaunched.state.value.phase, "${relaunched.state.value.notice}")
        relaunched.lock()
    }

    @Test
    fun `setting a lock when the key store cannot delete its copy keeps the lock set and the PIN opens the app`() {
        val model = started()
        keys.failDelete = true
        model.setAppLock(pin)
        assertTrue(model.state.value.notice is Notice.Error, "the failure is said: ${model.state.value.notice}")
        assertTrue(locked(), "the lock was saved before the key store was touched")
        assertNotNull(keys.inner.key, "the old copy is still there")
        model.lock()
        keys.failDelete = false
        assertAWayIn()
    }

    @Test
    fun `a lock the core refuses leaves the key in the key store`() {
        val model = started()
        model.setAppLock(LockSecret.Pin("12"))
        assertTrue(model.state.value.notice is Notice.Error)
        assertTrue(!locked())
        assertNotNull(keys.inner.key)
        model.lock()
        assertAWayIn()
    }

    @Test
    fun `removing a lock when the key store refuses the key leaves the lock in place and the PIN still opens the app`() {
        val model = started()
        model.setAppLock(pin)
        assertNull(keys.inner.key)
        keys.failSave = true
        model.removeAppLock(pin)
        assertTrue(model.state.value.notice is Notice.Error, "${model.state.value.notice}")
        assertTrue(locked(), "the lock stays until the key is safely back")
        model.lock()
        keys.failSave = false
        assertAWayIn()
    }

    @Test
    fun `removing a lock when the key store loses the key it was given leaves the lock in place`() {
        val model = started()
        model.setAppLock(pin)
        keys.loseSaved = true
        model.removeAppLock(pin)
        assertEquals(Notice.Error(ShellText.KEY_NOT_MOVED), model.state.value.notice)
        assertTrue(locked())
        model.lock()
        keys.loseSaved = false
        assertAWayIn()
    }

    @Test
    fun `removing a lock saves the key first, then the lock goes and the key store opens the app`() {
        val model = started()
        model.setAppLock(pin)
        model.removeAppLock(pin)
        assertEquals(Notice.Message(ShellText.LOCK_REMOVED), model.state.value.notice)
        assertTrue(!locked())
        assertNotNull(keys.inner.key)
        model.lock()
        assertAWayIn()
    }

    @Test
    fun `a wrong PIN when removing the lock changes nothing`() {
        val model = started()
        model.setAppLock(pin)
        model.removeAppLock(LockSecret.Pin("000000"))
        assertTrue(model.state.value.notice is Notice.Error)
        assertTrue(locked())
        assertNull(keys.inner.key)
    }
}
