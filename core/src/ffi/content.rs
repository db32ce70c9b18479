//! Content: which pack is in use, previewing and installing a pack file (a counsellor's, or a
//! newer edition with more modules) while the app runs, with the app's secret when a lock is
//! set, going back to the built-in content, and help now before the app is unlocked (the
//! built-in lines, and the local services an installed pack adds).

use std::path::Path;
use std::sync::Arc;

use groundwork_pack::Pack;

use super::{Groundwork, shared_default_pack};
use crate::base::error::{ApiError, Error};
use crate::base::ffi_types::Timestamp;
use crate::base::region::RegionCode;
use crate::content::installed::{self, Choice};
use crate::lock::LockSecret;
use crate::safety::{self, HelpNowScreen, Situation};
use crate::screens::content::{self, ContentStatus, PackInstallOutcome, PackPreview};

#[uniffi::export]
impl Groundwork {
    /// Which content is in use, and whether an installed pack was set aside (and why).
    pub fn content_status(&self) -> ContentStatus {
        let active = self.content.read().unwrap_or_else(|e| e.into_inner());
        content::status(&active, installed::pack_path(&self.data_dir).exists())
    }

    /// What installing a pack file's bytes would do, to show before he confirms: who made it,
    /// what it adds, what it may not change, and whether the app's secret is needed. Checks the
    /// file as `install_pack` does; nothing is stored.
    ///
    /// Errors: as `install_pack`.
    pub fn preview_pack(&self, bundle: Vec<u8>) -> Result<PackPreview, ApiError> {
        let built_in = shared_default_pack()?;
        let pack = installed::check(&bundle, &built_in).map_err(Error::from)?;
        let secret_kind = content::secret_kind(&self.data_dir, self.clock.now().to_utc())?;
        Ok(content::preview(
            &pack,
            &built_in,
            secret_kind,
            self.help_button()?,
        ))
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
        installed::check(&bundle, &built_in).map_err(Error::from)?;
        if let Some(refusal) =
            content::install_gate(&self.data_dir, secret, self.clock.now().to_utc())?
        {
            return Ok(refusal);
        }
        let pack = installed::install(&self.data_dir, &bundle, &built_in).map_err(Error::from)?;
        let status = self.switch_to(Arc::new(pack), true)?;
        Ok(PackInstallOutcome::Installed { status })
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
        crate::curriculum::carry_renamed_progress(&self.store, &pack)?;
        let mut active = self.content.write().unwrap_or_else(|e| e.into_inner());
        *active = Choice {
            pack,
            installed,
            note: None,
        };
        Ok(content::status(&active, installed))
    }
}

/// Help now from the pack this data directory uses (the built-in lines, with the local services
/// an installed pack adds after them), with no database and no key: for the screen before
/// unlock. Arguments as for `help_now`, including the device's clock and UTC offset for the
/// lines' hours; with no `region`, the one he chose (kept beside the database in
/// `store::files::REGION_FILE`), else a guess from `device_locale`.
///
/// Errors: `InvalidInput` for a region that is not two letters or has no lines, or an offset of
/// a day or more.
#[uniffi::export]
pub fn help_now_in(
    data_dir: String,
    region: Option<RegionCode>,
    device_locale: Option<String>,
    situation: Option<Situation>,
    now: Timestamp,
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
    region: Option<RegionCode>,
    device_locale: Option<String>,
    situation: Option<Situation>,
    now: Timestamp,
    utc_offset_minutes: i32,
) -> Result<HelpNowScreen, ApiError> {
    let now = safety::local_time(now, utc_offset_minutes)?;
    let choice = installed::choose(data_dir, &shared_default_pack()?);
    // Given none, the region he chose, remembered beside the database (no key needed).
    let region = region
        .map(String::from)
        .or_else(|| safety::remembered::read(data_dir, &choice.pack));
    Ok(safety::help_now_with_pack(
        &choice.pack,
        region.as_deref(),
        device_locale.as_deref(),
        situation,
        now,
        crate::base::text::Language::of_pack(&choice.pack.manifest.locale),
    )?)
}
