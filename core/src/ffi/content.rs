//! Content: which pack is in use, previewing and installing a pack file (a counsellor's, or a
//! newer edition with more modules) while the app runs, with the app's secret when a lock is
//! set, going back to the built-in content, and help now before the app is unlocked (the
//! built-in lines, and the local services an installed pack adds).

use std::path::Path;
use std::sync::Arc;

use groundwork_pack::Pack;

use super::Groundwork;
use crate::base::error::{ApiError, Error};
use crate::base::ffi_types::Timestamp;
use crate::base::region::RegionCode;
use crate::base::text::Language;
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
        let secret_kind = content::secret_kind(&self.data_dir, self.clock.now().to_utc())?;
        let help = self.help_button()?;
        if is_addon(&bundle) {
            let base = self.base_pack();
            let addon =
                installed::check_addon(&self.data_dir, &bundle, &base).map_err(Error::from)?;
            // The content as it would be, named as the add-on is: what it adds is its own.
            let mut with_it = groundwork_pack::with_addons(&base, std::slice::from_ref(&addon));
            let m = addon.manifest;
            (
                with_it.manifest.id,
                with_it.manifest.title,
                with_it.manifest.version,
                with_it.manifest.authors,
            ) = (m.id, m.title, m.version, m.authors);
            return Ok(content::preview(
                self.language(),
                &with_it,
                &base,
                secret_kind,
                help,
            ));
        }
        let built_in = self.built_in();
        let pack = installed::check(&bundle, &built_in).map_err(Error::from)?;
        let built_in = installed::safety_base(&pack, &built_in);
        Ok(content::preview(
            self.language(),
            &pack,
            &built_in,
            secret_kind,
            help,
        ))
    }

    /// Installs a pack file's bytes (a `.gwpack` made with `groundwork pack build`), after
    /// `preview_pack` was shown and he confirmed: checks everything again, keeps the file beside
    /// the database, and uses it from the next screen on. With an app lock set, `secret` must be
    /// its PIN or passphrase (a wrong one counts as a wrong attempt, as on the lock screen);
    /// without one, `secret` is not needed.
    ///
    /// A whole pack replaces the content in use: it adds modules, prompts, exercises and local
    /// services; help now, the crisis check and the safety plan stay the app's own. An add-on
    /// (a counsellor's modules, naming the pack it `extends`) installs beside the content in use
    /// and shows on the path as its own phases; installing a newer edition of it replaces it.
    /// Progress stays: it is kept by module id, and ids the pack renamed are carried over.
    /// Modules the pack lacks are hidden, never deleted.
    ///
    /// Errors: `PackRefused` saying why (not a pack, damaged, a content rule broken, needs a
    /// newer app, an older edition of the built-in content, or an add-on for other content);
    /// `PackChangesHelp` naming what it tried to change of the help built into the app;
    /// `InvalidInput` or `WrongLockKind` for a secret that breaks the rules or is of the other
    /// kind (not counted). Nothing is changed on error.
    pub fn install_pack(
        &self,
        bundle: Vec<u8>,
        secret: Option<LockSecret>,
    ) -> Result<PackInstallOutcome, ApiError> {
        let addon = is_addon(&bundle);
        // A file that would be refused anyway costs no attempt at the secret.
        let built_in = self.built_in();
        if addon {
            installed::check_addon(&self.data_dir, &bundle, &self.base_pack())
                .map_err(Error::from)?;
        } else {
            installed::check(&bundle, &built_in).map_err(Error::from)?;
        }
        if let Some(refusal) = content::install_gate(
            self.language(),
            &self.data_dir,
            secret,
            self.clock.now().to_utc(),
        )? {
            return Ok(refusal);
        }
        let choice = if addon {
            let current = self.choice();
            installed::install_addon(&self.data_dir, &bundle, &current.base)
                .map_err(Error::from)?;
            Choice::whole(current.base, current.installed, current.note)
        } else {
            let pack =
                installed::install(&self.data_dir, &bundle, &built_in).map_err(Error::from)?;
            Choice::whole(Arc::new(pack), true, None)
        };
        let status = self.switch_to(choice)?;
        Ok(PackInstallOutcome::Installed { status })
    }

    /// Goes back to the content built into the app and deletes the installed pack file. What he
    /// did in modules stays. Add-ons for the built-in content stay in use.
    pub fn remove_installed_pack(&self) -> Result<ContentStatus, ApiError> {
        installed::remove(&self.data_dir).map_err(Error::Io)?;
        self.switch_to(Choice::whole(self.built_in(), false, None))
    }

    /// Removes the add-on `pack_id`: its modules leave the path; the content it extends and
    /// everything he wrote and did stay (installing it again brings his progress back).
    ///
    /// Errors: `NotFound` when no add-on with that id is installed. Nothing is changed on error.
    pub fn remove_addon(&self, pack_id: String) -> Result<ContentStatus, ApiError> {
        if !installed::remove_addon(&self.data_dir, &pack_id).map_err(Error::Io)? {
            return Err(Error::NotFound { what: "add-on" }.into());
        }
        let current = self.choice();
        self.switch_to(Choice::whole(current.base, current.installed, current.note))
    }
}

/// Whether a file's bytes are an add-on pack (one naming the pack it extends); a file that is
/// not a pack at all is read as a whole pack, whose checks say why it is refused.
fn is_addon(bundle: &[u8]) -> bool {
    matches!(groundwork_pack::extends(bundle), Ok(Some(_)))
}

impl Groundwork {
    /// Uses `whole` with its add-ons from now on, carrying progress over to ids it renamed, in
    /// one transaction.
    fn switch_to(&self, whole: Choice) -> Result<ContentStatus, ApiError> {
        let choice = installed::with_addons(&self.data_dir, whole);
        crate::curriculum::carry_renamed_progress(&self.store, &choice.pack)?;
        let mut active = self.content.write().unwrap_or_else(|e| e.into_inner());
        *active = choice;
        Ok(content::status(
            &active,
            installed::pack_path(&self.data_dir).exists(),
        ))
    }

    /// The content in use, as chosen.
    fn choice(&self) -> Choice {
        self.content
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The pack in use before its add-ons: what an add-on extends.
    fn base_pack(&self) -> Arc<Pack> {
        self.choice().base
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
    let built_in = crate::content::built_in(Language::from_locale(device_locale.as_deref()))
        .map_err(super::content_unreadable)?;
    let choice = installed::choose(data_dir, &built_in);
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
