//! The FFI surface for content: which pack is in use, previewing and installing a pack file (a
//! counsellor's, or a newer edition with more modules) while the app runs, with the app's
//! secret when a lock is set, going back to the built-in content, and help now before the app is
//! unlocked (the built-in lines, and the local services an installed pack adds).

use std::path::Path;
use std::sync::Arc;

use groundwork_pack::Pack;

use super::installed::{self, InstallError};
use super::trust;
use crate::error::Error;
use crate::ffi_types::Timestamp;
use crate::lock::{self, Confirmation, LockKind, LockSecret};
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

/// What installing a pack file would do, shown before he confirms: who made it, what it adds,
/// what it may not change, and whether the app's PIN or passphrase is needed.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct PackPreview {
    /// The heading, e.g. "Install this content?".
    pub title: String,
    /// The pack's name as its author wrote it.
    pub pack_title: String,
    /// The pack's id, e.g. "sams-practice".
    pub pack_id: String,
    /// The pack's version, e.g. "1.0.0".
    pub version: String,
    /// Who made it, as the pack says (a pack's word, not a proof).
    pub authors: Vec<String>,
    /// One sentence: "Made by Sam Lee. Version 1.0.0."
    pub made_by: String,
    /// The titles of the modules it adds (not built into the app).
    pub modules_added: Vec<String>,
    /// The titles of built-in modules it rewrites.
    pub modules_changed: Vec<String>,
    /// The titles of built-in modules it does not have: hidden while it is installed (what he
    /// did in them stays).
    pub modules_left_out: Vec<String>,
    /// How many journal prompts it adds.
    pub prompts_added: u32,
    /// How many exercises the modules it adds hold.
    pub exercises_added: u32,
    /// The local services it adds to help now, each "Name (Region): number", shown after the
    /// built-in lines and labelled as coming from this pack.
    pub services_added: Vec<String>,
    /// What no pack may change, in plain sentences: the emergency numbers and help lines, the
    /// crisis check, the safety plan questions.
    pub may_not_change: Vec<String>,
    /// Parts of the app's safety content this pack carries its own version of: not used.
    pub set_aside: Vec<String>,
    /// Set when an app lock is set: installing asks for its PIN or passphrase (a number pad for
    /// a PIN).
    pub secret_kind: Option<LockKind>,
    /// The secret field's prompt, when `secret_kind` is set.
    pub secret_prompt: Option<String>,
    /// The button that installs it.
    pub confirm_label: String,
    /// The button that leaves things as they are.
    pub cancel_label: String,
    /// The help now button, in the same place as on every screen.
    pub help: crate::screens::help::HelpButton,
}

/// What came of installing a pack file.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum PackInstallOutcome {
    /// Installed and in use from the next screen on.
    Installed {
        /// The content now in use.
        status: ContentStatus,
    },
    /// An app lock is set and no PIN or passphrase came with the request: ask for it (as the
    /// preview says) and install again with it. Nothing was changed.
    SecretNeeded {
        /// A number pad for a PIN, a keyboard for a passphrase.
        kind: LockKind,
        /// What to ask, e.g. "Enter your app PIN to install this content".
        message: String,
    },
    /// The PIN or passphrase did not match (counted as a wrong attempt, with the lock screen's
    /// waits), or it is too soon after wrong attempts to try. Nothing was installed.
    NotInstalled {
        /// What to show, with the wait in words.
        message: String,
        /// The next attempt is not allowed before this time, if he must wait.
        retry_after: Option<Timestamp>,
    },
    /// That was the last wrong attempt he opted in to: everything was erased, as on the lock
    /// screen. Close this Groundwork and start again.
    Erased {
        /// What to show.
        message: String,
    },
}

#[uniffi::export]
impl Groundwork {
    /// Which content is in use, and whether an installed pack was set aside (and why).
    pub fn content_status(&self) -> ContentStatus {
        let active = self.content.read().unwrap_or_else(|e| e.into_inner());
        status(&active, installed::pack_path(&self.data_dir).exists())
    }

    /// What installing a pack file's bytes would do, to show before he confirms: who made it,
    /// what it adds, what it may not change, and whether the app's secret is needed. Checks the
    /// file as `install_pack` does; nothing is stored.
    ///
    /// Errors: as `install_pack`.
    pub fn preview_pack(&self, bundle: Vec<u8>) -> Result<PackPreview, ApiError> {
        let built_in = shared_default_pack()?;
        let pack = installed::check(&bundle, &built_in).map_err(install_error)?;
        let lock = lock::lock_status(&self.data_dir, self.clock.now().to_utc())?;
        let secret_kind = lock.kind.filter(|_| lock.locked);
        Ok(preview(&pack, &built_in, secret_kind, self.help_button()?))
    }

    /// Installs a pack file's bytes (a `.gwpack` made with `groundwork pack build`), after
    /// `preview_pack` was shown and he confirmed: checks everything again, keeps the file beside
    /// the database, and uses it from the next screen on. With an app lock set, `secret` must be
    /// its PIN or passphrase (a wrong one counts as a wrong attempt, as on the lock screen);
    /// without one, `secret` is not needed.
    ///
    /// The pack adds modules, prompts, exercises and local services; help now, the crisis check
    /// and the safety plan stay the app's own. Progress stays: it is kept by module id, and ids
    /// the pack renamed are carried over. Modules the pack lacks are hidden, never deleted.
    ///
    /// Errors: `PackRefused` saying why (not a pack, damaged, a content rule broken, needs a
    /// newer app, or an older edition of the built-in content); `PackChangesHelp` naming what it
    /// tried to change of the help built into the app; `InvalidInput` or `WrongLockKind` for a
    /// secret that breaks the rules or is of the other kind (not counted). Nothing is changed on
    /// error.
    pub fn install_pack(
        &self,
        bundle: Vec<u8>,
        secret: Option<LockSecret>,
    ) -> Result<PackInstallOutcome, ApiError> {
        let built_in = shared_default_pack()?;
        // A file that would be refused anyway costs no attempt at the secret.
        installed::check(&bundle, &built_in).map_err(install_error)?;
        let now = self.clock.now().to_utc();
        Ok(match lock::confirm_secret(&self.data_dir, secret, now)? {
            Confirmation::Allowed => {
                let pack = installed::install(&self.data_dir, &bundle, &built_in)
                    .map_err(install_error)?;
                let status = self.switch_to(Arc::new(pack), true)?;
                PackInstallOutcome::Installed { status }
            }
            Confirmation::Needed(kind) => PackInstallOutcome::SecretNeeded {
                kind,
                message: secret_prompt(kind),
            },
            Confirmation::Refused {
                message,
                retry_after,
            } => PackInstallOutcome::NotInstalled {
                message,
                retry_after,
            },
            Confirmation::Erased { message } => PackInstallOutcome::Erased { message },
        })
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

fn install_error(e: InstallError) -> Error {
    match e {
        InstallError::Refused(reason) => Error::PackRefused(reason),
        InstallError::ChangesHelp(changes) => Error::PackChangesHelp(changes),
        InstallError::Io(e) => Error::Io(e),
    }
}

fn secret_prompt(kind: LockKind) -> String {
    match kind {
        LockKind::Pin => "Enter your app PIN to install this content".to_owned(),
        LockKind::Passphrase => "Enter your app passphrase to install this content".to_owned(),
    }
}

/// The preview of installing `pack` over the `built_in` content.
fn preview(
    pack: &groundwork_pack::Pack,
    built_in: &groundwork_pack::Pack,
    secret_kind: Option<LockKind>,
    help: crate::screens::help::HelpButton,
) -> PackPreview {
    let manifest = &pack.manifest;
    let built_in_module = |id: &str| built_in.modules.iter().find(|m| m.meta.id == id);
    let added: Vec<&groundwork_pack::Module> = pack
        .modules
        .iter()
        .filter(|m| built_in_module(&m.meta.id).is_none())
        .collect();
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let made_by = if manifest.authors.is_empty() {
        format!(
            "The pack does not say who made it. Version {}.",
            manifest.version
        )
    } else {
        format!(
            "Made by {}. Version {}.",
            manifest.authors.join(", "),
            manifest.version
        )
    };
    PackPreview {
        title: "Install this content?".to_owned(),
        pack_title: manifest.title.clone(),
        pack_id: manifest.id.clone(),
        version: manifest.version.clone(),
        authors: manifest.authors.clone(),
        made_by,
        modules_added: added.iter().map(|m| m.meta.title.clone()).collect(),
        modules_changed: pack
            .modules
            .iter()
            .filter(|m| built_in_module(&m.meta.id).is_some_and(|b| b != *m))
            .map(|m| m.meta.title.clone())
            .collect(),
        modules_left_out: built_in
            .modules
            .iter()
            .filter(|b| pack.module(&b.meta.id).is_none())
            .map(|b| b.meta.title.clone())
            .collect(),
        prompts_added: count(
            pack.prompts
                .iter()
                .filter(|p| !built_in.prompts.iter().any(|b| b.id == p.id))
                .count(),
        ),
        exercises_added: count(
            added
                .iter()
                .flat_map(|m| &m.steps)
                .filter(|s| s.exercise.is_some())
                .count(),
        ),
        services_added: trust::added_services(pack, built_in)
            .into_iter()
            .map(|(region, line)| {
                let contact = line
                    .phone
                    .clone()
                    .or_else(|| line.sms.clone())
                    .or_else(|| line.web.clone())
                    .unwrap_or_default();
                format!("{} ({}): {contact}", line.name, region.name)
            })
            .collect(),
        may_not_change: vec![
            "Emergency numbers and help lines stay the ones built into the app; local services it adds are shown after them, marked as coming from this pack.".to_owned(),
            "The crisis check stays the app's own.".to_owned(),
            "The safety plan questions stay the app's own.".to_owned(),
        ],
        set_aside: trust::safety_set_aside(pack, built_in),
        secret_kind,
        secret_prompt: secret_kind.map(secret_prompt),
        confirm_label: "Install".to_owned(),
        cancel_label: "Don't install".to_owned(),
        help,
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

/// Help now from the pack this data directory uses (the built-in lines, with the local services
/// an installed pack adds after them), with no database and no key: for the screen before unlock. Arguments as
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
