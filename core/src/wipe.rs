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
use std::sync::{PoisonError, RwLock};

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

/// The folders the app writes files into besides the data directory (the shell's cache, the
/// temporary copies of exports and reports it hands to the share sheet), as the shell named them.
static APP_FOLDERS: RwLock<Vec<PathBuf>> = RwLock::new(Vec::new());

/// Names the folders the app writes into besides the data directory: every erase (erase
/// everything, a forgotten PIN, erase-after-N) then empties them too. Replaces any named before.
pub fn use_app_folders(folders: Vec<PathBuf>) {
    *APP_FOLDERS.write().unwrap_or_else(PoisonError::into_inner) = folders;
}

/// The folders named with [`use_app_folders`].
fn app_folders() -> Vec<PathBuf> {
    APP_FOLDERS
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .clone()
}

/// Every file the core keeps in `data_dir`: the database with its write-ahead log, shared memory
/// and journal, the app lock with any temporary file a crash left, the installed pack with its
/// temporary file, every add-on pack (with any temporary file), and the remembered region with
/// its temporary file; then every file in the app's own folders ([`use_app_folders`]).
pub(crate) fn core_files(data_dir: &Path) -> Vec<PathBuf> {
    let mut files = crate::store::database_files(&crate::store::files::database_path(data_dir));
    files.push(crate::store::files::lock_file_path(data_dir));
    files.extend(crate::store::files::lock_temporary_files(data_dir));
    let region = crate::store::files::region_file_path(data_dir);
    files.push(region.with_extension("partial"));
    files.push(region);
    let pack = crate::content::installed::pack_path(data_dir);
    files.push(pack.with_extension("pack.partial"));
    files.push(pack);
    files.extend(files_in(&crate::content::installed::addons_path(data_dir)));
    for folder in app_folders() {
        files.extend(files_in(&folder));
    }
    files
}

/// Every file and symbolic link under `folder`, in its subfolders too (links are not followed).
/// A folder that is missing or cannot be read gives none.
fn files_in(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![folder.to_path_buf()];
    while let Some(dir) = folders.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.filter_map(|entry| entry.ok()) {
            match entry.file_type() {
                Ok(kind) if kind.is_dir() => folders.push(entry.path()),
                Ok(_) => found.push(entry.path()),
                Err(_) => {}
            }
        }
    }
    found
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
    let mut folders: Vec<&Path> = files.iter().filter_map(|file| file.parent()).collect();
    folders.sort();
    folders.dedup();
    for dir in folders {
        sync_dir(dir);
    }
    if left.is_empty() {
        Ok(())
    } else {
        Err(Error::EraseIncomplete(left))
    }
}

/// Erases every file the core keeps in `data_dir` and every file in the app's own folders (see
/// [`core_files`]); files that are not there are fine, and nothing else in the data directory is
/// touched.
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
