//! The FFI surface for content: which pack is in use, installing a pack file (a counsellor's,
//! or a newer edition with updated help lines) while the app runs, going back to the built-in
//! content, and help now from the installed pack before the app is unlocked.

use std::path::Path;
use std::sync::Arc;

use groundwork_pack::Pack;

use super::installed::{self, InstallError};
use crate::error::Error;
use crate::safety::{self, HelpNowScreen, Situation};
use crate::{ApiError, Groundwork, curriculum, shared_default_pack};

/// The pack an open Groundwork uses.
#[derive(Debug)]
pub(crate) struct ActivePack {
    pub pack: Arc<Pack>,
    /// Whether it came from the installed pack file.
    pub installed: bool,
    /// Why an installed pack is there but not in use.
    pub note: Option<String>,
}

/// Which content is in use, for settings.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct ContentStatus {
    /// The pack's id, e.g. "core-en".
    pub pack_id: String,
    /// The pack's name as a person sees it.
    pub title: String,
    /// The pack's version, e.g. "1.0.0".
    pub version: String,
    /// How many modules it has.
    pub modules: u32,
    /// Whether it is a pack installed on this device (else the content built into the app).
    pub installed: bool,
    /// One plain sentence saying what is in use.
    pub summary: String,
    /// Set when an installed pack is there but cannot be used, saying why.
    pub note: Option<String>,
    /// The label of the button that picks a pack file to install.
    pub install_label: String,
    /// The label of the button that goes back to the built-in content, when an installed pack
    /// is there.
    pub remove_label: Option<String>,
}

#[uniffi::export]
impl Groundwork {
    /// Which content is in use, and whether an installed pack was set aside (and why).
    pub fn content_status(&self) -> ContentStatus {
        let active = self.content.read().unwrap_or_else(|e| e.into_inner());
        status(&active, installed::pack_path(&self.data_dir).exists())
    }

    /// Installs a pack file's bytes (a `.gwpack` made with `groundwork pack build`): checks
    /// everything again, keeps the file beside the database, and uses it from the next screen
    /// on. Progress stays: it is kept by module id, and ids the pack renamed are carried over.
    /// Modules the pack lacks are hidden, never deleted.
    ///
    /// Errors: `PackRefused` saying why (not a pack, damaged, a content rule broken, needs a
    /// newer app, or an older edition of the built-in content). Nothing is changed on error.
    pub fn install_pack(&self, bundle: Vec<u8>) -> Result<ContentStatus, ApiError> {
        let built_in = shared_default_pack()?;
        let pack = installed::install(&self.data_dir, &bundle, &built_in).map_err(|e| match e {
            InstallError::Refused(reason) => Error::PackRefused(reason),
            InstallError::Io(e) => Error::Io(e),
        })?;
        self.switch_to(Arc::new(pack), true)
    }

    /// Goes back to the content built into the app and deletes the installed pack file. What he
    /// did in modules stays.
    pub fn remove_installed_pack(&self) -> Result<ContentStatus, ApiError> {
        installed::remove(&self.data_dir).map_err(Error::Io)?;
        self.switch_to(shared_default_pack()?, false)
    }
}

impl Groundwork {
    /// Uses `pack` from now on, carrying progress over to ids it renamed, in one transaction.
    fn switch_to(&self, pack: Arc<Pack>, installed: bool) -> Result<ContentStatus, ApiError> {
        curriculum::carry_renamed_progress(&self.store, &pack)?;
        let mut active = self.content.write().unwrap_or_else(|e| e.into_inner());
        *active = ActivePack {
            pack,
            installed,
            note: None,
        };
        Ok(status(&active, installed))
    }
}

fn status(active: &ActivePack, file_present: bool) -> ContentStatus {
    let manifest = &active.pack.manifest;
    let summary = if active.installed {
        format!(
            "Using {} {}, installed on this device.",
            manifest.title, manifest.version
        )
    } else {
        format!(
            "Using {} {}, built into the app.",
            manifest.title, manifest.version
        )
    };
    ContentStatus {
        pack_id: manifest.id.clone(),
        title: manifest.title.clone(),
        version: manifest.version.clone(),
        modules: u32::try_from(active.pack.modules.len()).unwrap_or(u32::MAX),
        installed: active.installed,
        summary,
        note: active.note.clone(),
        install_label: "Install content from a file".to_owned(),
        remove_label: (active.installed || file_present)
            .then(|| "Go back to the built-in content".to_owned()),
    }
}

/// The help button before the database is open (the lock screen, a database that will not
/// open), from the content in `data_dir` (or the built-in one) and the region the shell
/// remembered. Never fails: without content it still says "Help now", with no number.
pub(crate) fn help_before_unlock(
    data_dir: &str,
    region: Option<String>,
) -> crate::screens::help::HelpButton {
    match shared_default_pack() {
        Ok(default) => {
            let choice = installed::choose(Path::new(data_dir), &default);
            crate::screens::help::button(&choice.pack, region.as_deref(), None)
        }
        Err(_) => crate::screens::help::without_number(None),
    }
}

/// Help now from the pack this data directory uses (an installed pack with newer numbers, else
/// the built-in one), with no database and no key: for the screen before unlock. Arguments as
/// for `help_now`, including the device's clock and UTC offset for the lines' hours.
///
/// Errors: `InvalidInput` for a region with no lines, or an offset of a day or more.
#[uniffi::export]
pub fn help_now_in(
    data_dir: String,
    region: Option<String>,
    device_locale: Option<String>,
    situation: Option<Situation>,
    now: crate::ffi_types::Timestamp,
    utc_offset_minutes: i32,
) -> Result<HelpNowScreen, ApiError> {
    help_now_at(
        Path::new(&data_dir),
        region,
        device_locale,
        situation,
        now,
        utc_offset_minutes,
    )
}

/// [`help_now_in`] for a data directory given as a path (which need not be valid UTF-8).
pub fn help_now_at(
    data_dir: &Path,
    region: Option<String>,
    device_locale: Option<String>,
    situation: Option<Situation>,
    now: crate::ffi_types::Timestamp,
    utc_offset_minutes: i32,
) -> Result<HelpNowScreen, ApiError> {
    let now = safety::local_time(now, utc_offset_minutes)?;
    let choice = installed::choose(data_dir, &shared_default_pack()?);
    safety::help_now_with_pack(
        &choice.pack,
        region.as_deref(),
        device_locale.as_deref(),
        situation,
        now,
    )
}
