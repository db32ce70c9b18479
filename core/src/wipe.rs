//! Erasing for good. Each file Groundwork keeps is overwritten with zeros, flushed to disk and
//! deleted; afterwards every one is looked for again, so "erased" is said only when it is true,
//! and anything left is named.
//!
//! The database files hold only ciphertext; overwriting them first means a copy of the key found
//! later still opens nothing on this disk, where the file system allows it (flash storage may
//! keep old blocks).

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::base::error::{Error, Result};

/// Overwrites a regular file with zeros, flushes it, and deletes it. A missing file is fine. A
/// symbolic link is removed without touching what it points to; a folder or device is refused
/// (left as it is), so the caller names it as not erased.
pub fn shred_file(path: &Path) -> io::Result<()> {
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    if meta.file_type().is_symlink() {
        return fs::remove_file(path);
    }
    if !meta.is_file() {
        return Err(io::Error::other("not a regular file"));
    }
    let mut file = OpenOptions::new().write(true).open(path)?;
    let zeros = vec![0u8; 64 * 1024];
    let mut left = file.metadata()?.len();
    while left > 0 {
        let n = usize::try_from(left.min(zeros.len() as u64)).unwrap_or(zeros.len());
        file.write_all(&zeros[..n])?;
        left -= n as u64;
    }
    file.sync_all()?;
    drop(file);
    fs::remove_file(path)
}

/// Every file the core keeps in `data_dir`: the database with its write-ahead log, shared memory
/// and journal, the app lock with any temporary file a crash left, and the installed pack with
/// its temporary file.
pub(crate) fn core_files(data_dir: &Path) -> Vec<PathBuf> {
    let mut files = crate::store::database_files(&crate::store::files::database_path(data_dir));
    files.push(crate::store::files::lock_file_path(data_dir));
    files.extend(crate::store::files::lock_temporary_files(data_dir));
    let pack = crate::content::installed::pack_path(data_dir);
    files.push(pack.with_extension("pack.partial"));
    files.push(pack);
    files
}

/// Shreds each of `files`, then checks that none is left. Errors: [`Error::EraseIncomplete`]
/// naming (by file name only) each one still there.
pub(crate) fn erase(files: &[PathBuf]) -> Result<()> {
    for file in files {
        // A failure is not final here: the check below decides, and names what is left.
        let _ = shred_file(file);
    }
    let left: Vec<String> = files
        .iter()
        .filter(|file| {
            !matches!(fs::symlink_metadata(file), Err(e) if e.kind() == io::ErrorKind::NotFound)
        })
        .map(|file| {
            file.file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    if let Some(dir) = files.first().and_then(|f| f.parent()) {
        sync_dir(dir);
    }
    if left.is_empty() {
        Ok(())
    } else {
        Err(Error::EraseIncomplete(left))
    }
}

/// Erases every file the core keeps in `data_dir` (see [`core_files`]); files that are not
/// there are fine, and nothing else in the folder is touched.
///
/// Errors: `EraseIncomplete` naming each file that is still there afterwards.
pub fn erase_data_dir(data_dir: &Path) -> Result<()> {
    erase(&core_files(data_dir))
}

/// Makes the deletions in `dir` durable where the platform allows opening a folder for it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = fs::File::open(dir) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
