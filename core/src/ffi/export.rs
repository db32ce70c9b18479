//! Export (JSON, Markdown, CSV): the export screen, a plain file behind the app's secret, and
//! the unguarded export for Rust callers.

use super::Groundwork;
use crate::base::error::ApiError;
use crate::base::text::Language;
use crate::export::{self, ExportFile, ExportFormat, ExportOutcome, ExportScreen};
use crate::lock::LockSecret;

/// Plain exports: said to be unencrypted, and behind the app's secret when a lock is set.
#[uniffi::export]
impl Groundwork {
    /// The export screen: that the file is not encrypted, the kinds of file, and whether the
    /// app's PIN or passphrase is needed.
    pub fn export_screen(&self) -> Result<ExportScreen, ApiError> {
        let help = self.help_button()?;
        Ok(crate::screens::export::screen(
            &self.data_dir,
            self.clock.now().to_utc(),
            help,
            self.language(),
        )?)
    }

    /// Everything he wrote as a plain (unencrypted) file to save or share: JSON (all of it,
    /// versioned schema), Markdown (the journal) or CSV (the check-ins). With an app lock set,
    /// `secret` must be its PIN or passphrase (a wrong one counts as a wrong attempt, as on the
    /// lock screen); without one, it is not needed. In discreet mode the file's name is neutral.
    ///
    /// Errors: `InvalidInput` or `WrongLockKind` for a secret that breaks the rules or is of the
    /// other kind (not counted); `AppLockDamaged`, `AppLockNotForThisDevice`.
    pub fn export_file(
        &self,
        format: ExportFormat,
        secret: Option<LockSecret>,
    ) -> Result<ExportOutcome, ApiError> {
        let pack = self.pack();
        let now = self.clock.now();
        Ok(crate::screens::export::file(
            &self.data_dir,
            secret,
            now.to_utc(),
            Language::of_pack(&pack.manifest.locale),
            || {
                self.store
                    .read(|conn| export::export(conn, &pack, format, now))
            },
        )?)
    }
}

impl Groundwork {
    /// Everything he wrote, as a file: JSON (all of it, versioned schema), Markdown (the
    /// journal) or CSV (the check-ins), without asking for the app's secret. Rust-only (tests and
    /// the terminal companion): the apps export through `export_file`, which asks for it.
    pub fn export(&self, format: ExportFormat) -> Result<ExportFile, ApiError> {
        let pack = self.pack();
        let now = self.clock.now();
        Ok(self
            .store
            .read(|conn| export::export(conn, &pack, format, now))?)
    }
}
