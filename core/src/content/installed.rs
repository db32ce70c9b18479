//! A content pack he installed: a counsellor's pack, or a newer edition of the built-in one with
//! more modules. It lives beside the database as [`PACK_FILE`], the bundle exactly as it was
//! checked, so that help now can show the local services it adds before the app is unlocked.
//!
//! The file holds only authored content (modules, words, local services), never anything he
//! wrote, which is why it is not inside the encrypted database. Every read checks it again in
//! full, including that it changes none of the help built into the app ([`super::trust`]); a
//! file that no longer passes (damaged, from a core this one cannot read, or changing help) is
//! set aside and the built-in content is used, with a plain sentence saying so. A pack in use is
//! always [`super::trust::compose`]d: help lines, the crisis check and the safety plan come from
//! the built-in pack.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use groundwork_pack::Pack;

use super::{ContentError, import_bundle, trust};
use crate::base::error::Error;

/// The installed pack's file name inside the data directory.
pub const PACK_FILE: &str = "groundwork.pack";

/// The largest pack file accepted: far above any real pack (the built-in one is about 0.1 MB),
/// small enough to read whole on a phone.
pub const MAX_PACK_BYTES: usize = 8 * 1024 * 1024;

/// Where the installed pack lives for a data directory.
pub fn pack_path(data_dir: &Path) -> PathBuf {
    data_dir.join(PACK_FILE)
}

/// Which pack a data directory uses, and why.
#[derive(Debug, Clone)]
pub struct Choice {
    /// The pack to use.
    pub pack: Arc<Pack>,
    /// Whether it is the installed one (else the built-in one).
    pub installed: bool,
    /// A sentence for settings when an installed pack is there but not in use.
    pub note: Option<String>,
}

/// Why a bundle cannot be installed.
#[derive(Debug)]
pub enum InstallError {
    /// The bundle was refused; the sentence says why, in content terms.
    Refused(String),
    /// The bundle tries to change help built into the app: what it tried, one phrase each.
    ChangesHelp(Vec<String>),
    /// The file could not be written.
    Io(io::Error),
}

impl From<InstallError> for Error {
    fn from(e: InstallError) -> Self {
        match e {
            InstallError::Refused(reason) => Error::PackRefused(reason),
            InstallError::ChangesHelp(changes) => Error::PackChangesHelp(changes),
            InstallError::Io(e) => Error::Io(e),
        }
    }
}

/// Chooses the pack for `data_dir`: the installed one (composed with the built-in help, see
/// [`trust::compose`]) when it is there, passes every check, changes none of the built-in help
/// and is not older than `built_in` (same pack id, lower version: an app update brought newer
/// content), else `built_in`.
pub fn choose(data_dir: &Path, built_in: &Arc<Pack>) -> Choice {
    let fallback = |note: Option<String>| Choice {
        pack: Arc::clone(built_in),
        installed: false,
        note,
    };
    let bytes = match read_capped(&pack_path(data_dir)) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return fallback(None),
        Err(_) => {
            return fallback(Some(
                "The installed content could not be read, so the built-in content is in use."
                    .to_owned(),
            ));
        }
    };
    match import_bundle(&bytes) {
        Ok(pack) if older_than_built_in(&pack, built_in) => fallback(Some(format!(
            "The app now has newer content ({} {}) than the installed pack ({}), so the built-in content is in use.",
            built_in.manifest.title, built_in.manifest.version, pack.manifest.version
        ))),
        Ok(pack) if !trust::help_changes(&pack, built_in).is_empty() => fallback(Some(
            "The installed content tries to change the help lines built into the app, so the built-in content is in use."
                .to_owned(),
        )),
        Ok(pack) => Choice {
            pack: Arc::new(trust::compose(pack, built_in)),
            installed: true,
            note: None,
        },
        Err(ContentError::NeedsNewerCore { required, .. }) => fallback(Some(format!(
            "The installed content needs Groundwork {required} or newer, so the built-in content is in use."
        ))),
        Err(ContentError::Bundle(_)) => fallback(Some(
            "The installed content no longer passes its checks, so the built-in content is in use."
                .to_owned(),
        )),
    }
}

/// Checks `bytes` as a pack he may install: a pack bundle that passes everything (as on every
/// read), is not an older edition of the built-in content, and changes none of the help built
/// into the app. Returns the pack as it is in the file (not yet composed), for the preview.
pub fn check(bytes: &[u8], built_in: &Pack) -> Result<Pack, InstallError> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(InstallError::Refused(format!(
            "the file is larger than a pack can be ({} MB at most)",
            MAX_PACK_BYTES / (1024 * 1024)
        )));
    }
    let pack = import_bundle(bytes).map_err(|e| InstallError::Refused(e.to_string()))?;
    if older_than_built_in(&pack, built_in) {
        return Err(InstallError::Refused(format!(
            "it is an older edition ({}) of the content built into the app ({})",
            pack.manifest.version, built_in.manifest.version
        )));
    }
    let changes = trust::help_changes(&pack, built_in);
    if !changes.is_empty() {
        return Err(InstallError::ChangesHelp(changes));
    }
    Ok(pack)
}

/// Checks `bytes` as [`check`] does and, if they pass, stores them as the installed pack,
/// replacing any earlier one; returns the pack as it will be used ([`trust::compose`]). The
/// write goes to a temporary file that is synced and then renamed over the old one, so a crash
/// leaves the old pack or the new one, never half of either.
pub fn install(data_dir: &Path, bytes: &[u8], built_in: &Pack) -> Result<Pack, InstallError> {
    let pack = check(bytes, built_in)?;
    fs::create_dir_all(data_dir).map_err(InstallError::Io)?;
    let path = pack_path(data_dir);
    let temporary = path.with_extension("pack.partial");
    let written = (|| {
        let mut options = fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temporary, &path)?;
        sync_dir(data_dir)
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&temporary);
        return Err(InstallError::Io(e));
    }
    Ok(trust::compose(pack, built_in))
}

/// Removes the installed pack, going back to the built-in content. No file is fine.
pub fn remove(data_dir: &Path) -> io::Result<()> {
    match fs::remove_file(pack_path(data_dir)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => sync_dir(data_dir),
    }
}

/// Same pack id with a lower version than the built-in content.
fn older_than_built_in(pack: &Pack, built_in: &Pack) -> bool {
    if pack.manifest.id != built_in.manifest.id {
        return false;
    }
    match (
        semver::Version::parse(&pack.manifest.version),
        semver::Version::parse(&built_in.manifest.version),
    ) {
        (Ok(installed), Ok(built_in)) => installed < built_in,
        _ => false,
    }
}

/// The file's bytes, `None` if there is no file; refuses to read more than a pack can be.
fn read_capped(path: &Path) -> io::Result<Option<Vec<u8>>> {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    if meta.len() > MAX_PACK_BYTES as u64 {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "pack too large"));
    }
    fs::read(path).map(Some)
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_: &Path) -> io::Result<()> {
    Ok(())
}
