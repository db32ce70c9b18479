// The database key on a desktop, kept exactly as the terminal companion keeps it (cli/src/keyfile.rs):
// 32 random bytes as 64 hex digits in `groundwork.key` beside the database, readable only by him
// (0600), written whole or not at all. So the terminal and the desktop open the same database.
// Anyone who can read his files can read the key: it protects a copied database, not an unlocked
// account; an app lock (PIN or passphrase, set in the app) takes the key out of this file.
package app.groundwork.desktop

import java.io.File
import java.io.FileOutputStream
import java.nio.file.Files
import java.nio.file.StandardCopyOption
import java.nio.file.attribute.PosixFilePermissions
import java.security.SecureRandom

class KeyFile(private val dataDir: File) {
    val file = File(dataDir, NAME)

    /**
     * The key, or null when there is none (no file, or a file left empty by a first start that
     * never finished, with no database beside it). A file that does not hold 64 hex digits is
     * handed over as it is, so the core says what is wrong with it.
     */
    fun load(): ByteArray? {
        if (!file.exists()) return null
        val text = file.readBytes()
        try {
            val trimmed = String(text, Charsets.US_ASCII).trim()
            if (trimmed.isEmpty() && !File(dataDir, DATABASE).exists()) return null
            return decodeHex(trimmed) ?: ByteArray(0)
        } finally {
            text.fill(0)
        }
    }

    /** Keeps [key], replacing any other: beside the file first, then renamed over it. */
    fun save(key: ByteArray) {
        val hex = encodeHex(key)
        val partial = File(dataDir, "$NAME.partial")
        partial.delete()
        try {
            createPrivate(partial)
            FileOutputStream(partial).use { out ->
                out.write(hex)
                out.fd.sync()
            }
            Files.move(partial.toPath(), file.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)
        } finally {
            hex.fill(0)
            partial.delete()
        }
    }

    /** Overwrites the file and deletes it (an app lock holds the key now). A missing file is fine. */
    fun delete() = shred(file)

    companion object {
        /** The key file's name, as the terminal companion names it. */
        const val NAME = "groundwork.key"

        /** The database's name (the core's `store::files`), to tell a first start from damage. */
        const val DATABASE = "groundwork.db"

        /** A new, empty file only its owner can read and write. */
        fun createPrivate(file: File) {
            if (DataFolder.posix(file.toPath().toAbsolutePath().parent)) {
                Files.createFile(file.toPath(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            } else {
                Files.createFile(file.toPath())
            }
        }

        /** Overwrites [file] with random bytes, then deletes it. */
        fun shred(file: File) {
            if (!file.isFile) {
                file.delete()
                return
            }
            val noise = ByteArray(file.length().toInt().coerceAtLeast(1)).also { SecureRandom().nextBytes(it) }
            runCatching {
                FileOutputStream(file, false).use { out ->
                    out.write(noise)
                    out.fd.sync()
                }
            }
            file.delete()
        }

        internal fun encodeHex(bytes: ByteArray): ByteArray {
            val digits = "0123456789abcdef"
            val out = ByteArray(bytes.size * 2)
            bytes.forEachIndexed { i, b ->
                val v = b.toInt() and 0xff
                out[2 * i] = digits[v shr 4].code.toByte()
                out[2 * i + 1] = digits[v and 0x0f].code.toByte()
            }
            return out
        }

        internal fun decodeHex(text: String): ByteArray? {
            if (text.length % 2 != 0) return null
            val out = ByteArray(text.length / 2)
            for (i in out.indices) {
                val hi = Character.digit(text[2 * i], 16)
                val lo = Character.digit(text[2 * i + 1], 16)
                if (hi < 0 || lo < 0) return null
                out[i] = ((hi shl 4) or lo).toByte()
            }
            return out
        }
    }
}
