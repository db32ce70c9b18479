//! The data folder's layout: the name of every file the core keeps beside the database, so the
//! code that writes one and the code that erases them all agree.

use std::path::{Path, PathBuf};

/// The file name of the database inside the data directory.
pub const DATABASE_FILE: &str = "groundwork.db";

/// The database file for a data directory.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join(DATABASE_FILE)
}

/// The file name of the lock file inside the data directory.
pub const LOCK_FILE: &str = "lock.json";

/// Where the lock file for a data directory lives.
pub fn lock_file_path(data_dir: &Path) -> PathBuf {
    data_dir.join(LOCK_FILE)
}

/// How a temporary lock file, written before it replaces the lock file, starts and ends.
pub(crate) const LOCK_TEMP_PREFIX: &str = ".lock-";
pub(crate) const LOCK_TEMP_SUFFIX: &str = ".tmp";

/// Temporary lock files a crash during a write may have left in `data_dir`.
pub(crate) fn lock_temporary_files(data_dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(data_dir) else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            name.starts_with(LOCK_TEMP_PREFIX) && name.ends_with(LOCK_TEMP_SUFFIX)
        })
        .map(|entry| entry.path())
        .collect()
}

/// The file name of the remembered region inside the data directory: his region code (e.g.
/// "AU") and nothing else, kept outside the database so help now can use it before unlock. As
/// non-secret as the installed pack beside it.
pub const REGION_FILE: &str = "region";

/// Where the remembered region for a data directory lives.
pub fn region_file_path(data_dir: &Path) -> PathBuf {
    data_dir.join(REGION_FILE)
}
