// Where the desktop keeps its data: the same folder the terminal companion uses, so the two open
// the same database with the same key file, and that folder kept private to him.
package app.groundwork.desktop

import java.io.File
import java.io.IOException
import java.nio.file.Files
import java.nio.file.LinkOption
import java.nio.file.attribute.PosixFilePermission
import java.nio.file.attribute.PosixFilePermissions

object DataFolder {
    /**
     * The data folder for [os] (`os.name`), from the environment and the home folder, as the
     * terminal companion chooses it: `$XDG_DATA_HOME/groundwork` or `~/.local/share/groundwork`
     * on Linux, `~/Library/Application Support/app.Groundwork.Groundwork` on macOS,
     * `%APPDATA%\Groundwork\Groundwork\data` on Windows.
     */
    fun defaultFor(os: String, env: (String) -> String?, home: String): File {
        val name = os.lowercase()
        return when {
            name.startsWith("mac") || name.startsWith("darwin") ->
                File(home, "Library/Application Support/app.Groundwork.Groundwork")
            name.startsWith("windows") -> {
                val appData = env("APPDATA")?.takeIf { it.isNotEmpty() } ?: File(home, "AppData/Roaming").path
                File(appData, "Groundwork\\Groundwork\\data".replace('\\', File.separatorChar))
            }
            else -> {
                // A relative XDG_DATA_HOME is ignored, as the XDG rules say.
                val xdg = env("XDG_DATA_HOME")?.takeIf { it.isNotEmpty() && File(it).isAbsolute }
                File(xdg ?: File(home, ".local/share").path, "groundwork")
            }
        }
    }

    /** This machine's data folder. */
    fun default(): File = defaultFor(System.getProperty("os.name"), System::getenv, System.getProperty("user.home"))

    /**
     * Makes [dir] if it is missing, readable only by him (0700 where the system has POSIX
     * permissions). An existing folder is left as it is unless others can write in it (like
     * /tmp): that one is refused, since anyone could replace its files.
     */
    fun prepare(dir: File) {
        val path = dir.toPath()
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                throw DataFolderRefused("$dir is not a folder; choose a folder for the data with --data-dir")
            }
            if (posix(path)) {
                val perms = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)
                if (PosixFilePermission.OTHERS_WRITE in perms) {
                    throw DataFolderRefused(
                        "$dir is shared with other users (anyone can write in it), so Groundwork will not keep " +
                            "its data there; make a folder of your own inside it, e.g. --data-dir ${File(dir, "groundwork")}",
                    )
                }
            }
            return
        }
        dir.parentFile?.let { Files.createDirectories(it.toPath()) }
        if (posix(path.parent ?: path)) {
            Files.createDirectory(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
        } else {
            Files.createDirectory(path)
        }
    }

    internal fun posix(path: java.nio.file.Path): Boolean =
        "posix" in path.fileSystem.supportedFileAttributeViews()
}

/** The data folder cannot be used; the message says why and what to do. */
class DataFolderRefused(message: String) : IOException(message)
