//! Backup and restore (an encrypted age file).

use zeroize::Zeroizing;

use super::Groundwork;
use crate::backup::{self, BackupError, BackupFile, RestoreMode, RestoreSummary};
use crate::base::error::{ApiError, Error, Reason};

#[uniffi::export]
impl Groundwork {
    /// Makes an encrypted backup of everything (an age file locked with a passphrase of at least
    /// 8 characters), to save or share. `InvalidInput` if the passphrase is too short.
    pub fn backup(&self, passphrase: String) -> Result<BackupFile, ApiError> {
        let passphrase = Zeroizing::new(passphrase);
        Ok(self.backup_with_work_factor(&passphrase, backup::DEFAULT_WORK_FACTOR)?)
    }

    /// Restores a backup: `ReplaceEmpty` into a new app (refused if anything he wrote is here),
    /// `Merge` adds what is missing, matched by id. A wrong passphrase, a damaged or cut-off
    /// file, a file that is not a backup, or one from a newer version changes nothing.
    ///
    /// Errors: `BackupWrongPassphrase`, `BackupDamaged`, `NotABackup`, `BackupTooNew`, and
    /// `RestoreNeedsEmptyApp` for `ReplaceEmpty` into an app with data in it.
    pub fn restore(
        &self,
        bytes: Vec<u8>,
        passphrase: String,
        mode: RestoreMode,
    ) -> Result<RestoreSummary, ApiError> {
        let passphrase = Zeroizing::new(passphrase);
        Ok(self.restore_backup(&bytes, &passphrase, mode)?)
    }
}

/// Backup and restore with a chosen work factor, for Rust callers (tests use a small one).
impl Groundwork {
    /// Makes an encrypted backup of everything with the scrypt work factor `2^log_n` (1 to
    /// [`backup::MAX_WORK_FACTOR`]); shells use [`backup::DEFAULT_WORK_FACTOR`], tests a small
    /// one for speed.
    pub fn backup_with_work_factor(
        &self,
        passphrase: &str,
        log_n: u8,
    ) -> Result<BackupFile, BackupError> {
        backup::create(&self.store, passphrase, self.clock.now(), log_n)
    }

    /// Restores a backup made by [`Groundwork::backup_with_work_factor`] (or the FFI `backup`),
    /// in one transaction: on any error nothing is changed.
    pub fn restore_backup(
        &self,
        bytes: &[u8],
        passphrase: &str,
        mode: RestoreMode,
    ) -> Result<RestoreSummary, BackupError> {
        let summary = backup::restore(&self.store, &self.pack(), bytes, passphrase, mode)?;
        self.remember_region();
        Ok(summary)
    }
}

impl From<BackupError> for ApiError {
    fn from(err: BackupError) -> Self {
        match err {
            // The rules, as the catalogs say them (`backup.ftl`).
            BackupError::PassphraseTooShort => Error::invalid(
                "passphrase",
                Reason::with(
                    "backup-passphrase-too-short",
                    [("characters", backup::MIN_PASSPHRASE_CHARS.into())],
                ),
            )
            .into(),
            BackupError::WorkFactorOutOfRange => Error::invalid(
                "work factor",
                Reason::with(
                    "backup-work-factor-range",
                    [("max", u32::from(backup::MAX_WORK_FACTOR).into())],
                ),
            )
            .into(),
            BackupError::WrongPassphrase => ApiError::BackupWrongPassphrase,
            BackupError::Damaged => ApiError::BackupDamaged,
            BackupError::NotABackup => ApiError::NotABackup,
            BackupError::TooNew => ApiError::BackupTooNew,
            BackupError::NotEmpty => ApiError::RestoreNeedsEmptyApp,
            BackupError::Storage(failure) => failure.into(),
            BackupError::Internal(reason) => ApiError::Internal {
                reason: reason.to_owned(),
            },
        }
    }
}
