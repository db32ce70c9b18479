// The three preferences the core needs before the database opens (discreet mode, his region for
// help now before unlock, whether fingerprint or face guards the key), kept in a small 0600 file
// beside the database. None holds anything he wrote.
package app.groundwork.desktop

import app.groundwork.core.ShellPreferences
import java.io.File
import java.io.FileOutputStream
import java.nio.file.Files
import java.nio.file.StandardCopyOption
import java.util.Properties

class DesktopPreferences(dataDir: File) {
    val file = File(dataDir, NAME)
    private val partial = File(dataDir, "$NAME.partial")

    /** What was kept, or the defaults when nothing was (or the file cannot be read). */
    fun load(): ShellPreferences {
        val props = Properties()
        runCatching { file.inputStream().use { props.load(it) } }
        return ShellPreferences(
            discreet = props.getProperty("discreet") == "true",
            region = props.getProperty("region")?.takeIf { it.isNotBlank() },
            biometricKey = false,
        )
    }

    /** Keeps [preferences], whole or not at all. A laptop has no fingerprint key: that one is not kept. */
    fun save(preferences: ShellPreferences) {
        val props = Properties()
        props.setProperty("discreet", preferences.discreet.toString())
        preferences.region?.let { props.setProperty("region", it) }
        partial.delete()
        try {
            KeyFile.createPrivate(partial)
            FileOutputStream(partial).use { out ->
                props.store(out, null)
                out.fd.sync()
            }
            Files.move(partial.toPath(), file.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)
        } finally {
            partial.delete()
        }
    }

    companion object {
        const val NAME = "desktop.properties"
    }
}
