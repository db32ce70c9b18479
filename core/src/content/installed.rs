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
use crate::base::text::Language;

/// The installed pack's file name inside the data directory.
pub const PACK_FILE: &str = "groundwork.pack";

/// The largest pack file accepted: far above any real pack (the built-in one is about 0.1 MB),
/// small enough to read whole on a phone.
pub const MAX_PACK_BYTES: usize = 8 * 1024 * 1024;

/// Where the installed pack lives for a data directory.
pub fn pack_path(data_dir: &Path) -> PathBuf {
    data_dir.join(PACK_FILE)
}

/// The folder inside the data directory holding add-on packs, one file each, `<pack id>.pack`.
pub const ADDONS_DIR: &str = "addons";

/// Where the add-on packs live for a data directory.
pub fn addons_path(data_dir: &Path) -> PathBuf {
    data_dir.join(ADDONS_DIR)
}

/// Which pack a data directory uses, and why.
#[derive(Debug, Clone)]
pub struct Choice {
    /// The pack to use, with its add-ons in it.
    pub pack: Arc<Pack>,
    /// Whether it is the installed one (else the built-in one).
    pub installed: bool,
    /// A sentence for settings when an installed pack is there but not in use.
    pub note: Option<String>,
    /// The add-on packs in use, each an id, title and version as its `pack.toml` says, in the
    /// order their phases come on the path.
    pub addons: Vec<AddOn>,
    /// The pack before its add-ons: what an add-on extends.
    pub base: Arc<Pack>,
}

impl Choice {
    /// A pack with no add-ons in it.
    pub fn whole(pack: Arc<Pack>, installed: bool, note: Option<String>) -> Choice {
        Choice {
            base: Arc::clone(&pack),
            pack,
            installed,
            note,
            addons: Vec::new(),
        }
    }
}

/// An add-on pack in use: a counsellor's or a program's modules beside the pack they extend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddOn {
    /// Its id (its file is `addons/<id>.pack`).
    pub id: String,
    /// Its name as a person sees it.
    pub title: String,
    /// Its version.
    pub version: String,
    /// How many modules it adds.
    pub modules: usize,
}

impl AddOn {
    fn of(pack: &Pack) -> AddOn {
        AddOn {
            id: pack.manifest.id.clone(),
            title: pack.manifest.title.clone(),
            version: pack.manifest.version.clone(),
            modules: pack.modules.len(),
        }
    }
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
    with_addons(data_dir, choose_whole(data_dir, built_in))
}

/// [`choose`] before its add-ons.
fn choose_whole(data_dir: &Path, built_in: &Arc<Pack>) -> Choice {
    let fallback = |note: Option<String>| Choice::whole(Arc::clone(built_in), false, note);
    let language = Language::of_pack(&built_in.manifest.locale);
    let bytes = match read_capped(&pack_path(data_dir)) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return fallback(None),
        Err(_) => {
            return fallback(Some(language.say("content-note-unreadable")));
        }
    };
    let imported = import_bundle(&bytes).map(|pack| {
        let base = safety_base(&pack, built_in);
        (pack, base)
    });
    match imported {
        Ok((pack, base)) if older_than_built_in(&pack, &base) => fallback(Some(language.say_with(
            "content-note-older",
            &[
                ("title", base.manifest.title.as_str().into()),
                ("version", base.manifest.version.as_str().into()),
                ("installed", pack.manifest.version.as_str().into()),
            ],
        ))),
        Ok((pack, base)) if !trust::help_changes(&pack, &base).is_empty() => {
            fallback(Some(language.say("content-note-changes-help")))
        }
        Ok((pack, base)) => Choice::whole(Arc::new(trust::compose(pack, &base)), true, None),
        Err(ContentError::NeedsNewerCore { required, .. }) => fallback(Some(
            language.say_with("content-note-needs-newer", &[("required", required.into())]),
        )),
        Err(ContentError::Bundle(_)) => fallback(Some(language.say("content-note-fails-checks"))),
    }
}

/// Checks `bytes` as a pack he may install: a pack bundle that passes everything (as on every
/// read), is not an older edition of the built-in content, and changes none of the help built
/// into the app. Returns the pack as it is in the file (not yet composed), for the preview.
pub fn check(bytes: &[u8], built_in: &Arc<Pack>) -> Result<Pack, InstallError> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(too_large(Language::of_pack(&built_in.manifest.locale)));
    }
    let pack = import_bundle(bytes).map_err(|e| InstallError::Refused(e.to_string()))?;
    let built_in = &safety_base(&pack, built_in);
    if older_than_built_in(&pack, built_in) {
        return Err(InstallError::Refused(
            Language::of_pack(&built_in.manifest.locale).say_with(
                "content-refused-older",
                &[
                    ("version", pack.manifest.version.as_str().into()),
                    ("built_in", built_in.manifest.version.as_str().into()),
                ],
            ),
        ));
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
pub fn install(data_dir: &Path, bytes: &[u8], built_in: &Arc<Pack>) -> Result<Pack, InstallError> {
    let pack = check(bytes, built_in)?;
    fs::create_dir_all(data_dir).map_err(InstallError::Io)?;
    write_atomically(data_dir, PACK_FILE, bytes).map_err(InstallError::Io)?;
    let base = safety_base(&pack, built_in);
    Ok(trust::compose(pack, &base))
}

/// The built-in pack a pack's help, crisis check and safety plan come from: the one in the
/// pack's own language, so a French pack keeps French help around it; `device` (the built-in
/// pack in the device's language) when the core has no built-in pack in that language.
pub fn safety_base(pack: &Pack, device: &Arc<Pack>) -> Arc<Pack> {
    let language = Language::of_pack(&pack.manifest.locale);
    if Language::of_pack(&device.manifest.locale) == language {
        return Arc::clone(device);
    }
    match super::built_in(language) {
        Ok(base) if Language::of_pack(&base.manifest.locale) == language => base,
        _ => Arc::clone(device),
    }
}

/// Removes the installed pack, going back to the built-in content. No file is fine.
pub fn remove(data_dir: &Path) -> io::Result<()> {
    match fs::remove_file(pack_path(data_dir)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => sync_dir(data_dir),
    }
}

/// `whole` with the add-ons in `data_dir` that extend its pack: each read and checked again with
/// it, in the order of their ids. One that no longer passes (damaged, from a newer core, for
/// another pack, or breaking a rule with this one) is left out, and the note says so; its file
/// stays, so going back to its base brings it back.
pub fn with_addons(data_dir: &Path, whole: Choice) -> Choice {
    let (addons, left_out) = read_addons(data_dir, &whole.pack);
    if addons.is_empty() && left_out == 0 {
        return whole;
    }
    let note = match (whole.note, left_out) {
        (note, 0) => note,
        (Some(note), _) => Some(note),
        (None, n) => Some(
            Language::of_pack(&whole.pack.manifest.locale)
                .say_with("content-note-addons-left-out", &[("count", n.into())]),
        ),
    };
    Choice {
        pack: Arc::new(groundwork_pack::with_addons(&whole.pack, &addons)),
        installed: whole.installed,
        note,
        addons: addons.iter().map(AddOn::of).collect(),
        base: whole.pack,
    }
}

/// The add-ons in `data_dir` that pass with `base`, by id, and how many did not.
fn read_addons(data_dir: &Path, base: &Pack) -> (Vec<Pack>, usize) {
    let Ok(entries) = fs::read_dir(addons_path(data_dir)) else {
        return (Vec::new(), 0);
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "pack"))
        .collect();
    files.sort();
    let mut addons: Vec<Pack> = Vec::new();
    let mut left_out = 0;
    for path in files {
        let read = read_capped(&path).ok().flatten().and_then(|bytes| {
            groundwork_pack::decode_addon(&bytes, base)
                .ok()
                .filter(|addon| check_core_version(addon).is_ok())
        });
        match read {
            // Two add-ons may not share a phase or a module, whatever their files are called.
            Some(addon) if !clashes(&addon, &addons) => addons.push(addon),
            _ => left_out += 1,
        }
    }
    (addons, left_out)
}

/// Whether `addon` reuses a phase or module id of one of `others`.
fn clashes(addon: &Pack, others: &[Pack]) -> bool {
    others.iter().any(|other| {
        other.manifest.id == addon.manifest.id
            || addon
                .manifest
                .phases
                .iter()
                .any(|p| other.phase(&p.id).is_some())
            || addon
                .modules
                .iter()
                .any(|m| other.module(&m.meta.id).is_some())
    })
}

fn check_core_version(pack: &Pack) -> Result<(), ContentError> {
    groundwork_pack::check_core_version(pack, super::CORE_VERSION).map_err(|required| {
        ContentError::NeedsNewerCore {
            required,
            current: super::CORE_VERSION.to_owned(),
        }
    })
}

/// Checks `bytes` as an add-on he may install beside `base` (the pack in use before its
/// add-ons): an add-on bundle for it that passes every rule with it, that this core can read, and
/// that shares no phase or module with the add-ons already in `data_dir` other than an earlier
/// edition of itself.
pub fn check_addon(data_dir: &Path, bytes: &[u8], base: &Pack) -> Result<Pack, InstallError> {
    let language = Language::of_pack(&base.manifest.locale);
    if bytes.len() > MAX_PACK_BYTES {
        return Err(too_large(language));
    }
    let addon = groundwork_pack::decode_addon(bytes, base)
        .map_err(|e| InstallError::Refused(ContentError::from(e).to_string()))?;
    check_core_version(&addon).map_err(|e| InstallError::Refused(e.to_string()))?;
    let (others, _) = read_addons(data_dir, base);
    let others: Vec<Pack> = others
        .into_iter()
        .filter(|other| other.manifest.id != addon.manifest.id)
        .collect();
    if clashes(&addon, &others) {
        return Err(InstallError::Refused(
            language.say("content-refused-addon-clash"),
        ));
    }
    Ok(addon)
}

/// Checks `bytes` as [`check_addon`] does and stores them as `addons/<id>.pack`, replacing an
/// earlier edition of the same add-on; the write is synced and renamed into place, so a crash
/// leaves the old file or the new one. Returns the add-on as read.
pub fn install_addon(data_dir: &Path, bytes: &[u8], base: &Pack) -> Result<Pack, InstallError> {
    let addon = check_addon(data_dir, bytes, base)?;
    let folder = addons_path(data_dir);
    fs::create_dir_all(&folder).map_err(InstallError::Io)?;
    // The id is checked by the pack rules: lowercase letters, digits and dashes only.
    write_atomically(&folder, &format!("{}.pack", addon.manifest.id), bytes)
        .map_err(InstallError::Io)?;
    Ok(addon)
}

/// Removes the add-on `id`: its file only; the pack it extends and what he did stay. `false`
/// when no such add-on is installed.
pub fn remove_addon(data_dir: &Path, id: &str) -> io::Result<bool> {
    if !groundwork_pack::rules::is_valid_id(id) {
        return Ok(false);
    }
    let folder = addons_path(data_dir);
    match fs::remove_file(folder.join(format!("{id}.pack"))) {
        Ok(()) => sync_dir(&folder).map(|()| true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// Writes `bytes` to `folder/name` through a synced temporary file renamed over it.
fn write_atomically(folder: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let path = folder.join(name);
    let temporary = folder.join(format!("{name}.partial"));
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
        sync_dir(folder)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}

/// The refusal of a file over [`MAX_PACK_BYTES`], in `language`.
fn too_large(language: Language) -> InstallError {
    InstallError::Refused(language.say_with(
        "content-refused-too-large",
        &[("megabytes", (MAX_PACK_BYTES / (1024 * 1024)).into())],
    ))
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
