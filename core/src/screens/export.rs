//! The export screen and a plain export behind the app's secret: the file is said to be
//! unencrypted, and with an app lock set it is made only after the PIN or passphrase.

use std::path::Path;

use crate::base::error::{LockKind, Result};
use crate::base::ffi_types::Timestamp;
use crate::export::{ExportChoice, ExportFile, ExportFormat, ExportOutcome, ExportScreen};
use crate::lock::{self, Confirmation, LockSecret};
use crate::safety::help::HelpButton;

/// What the export screen says before anything is made.
const NOT_ENCRYPTED: &str = "This file is not encrypted. Anyone who gets it, or the phone or \
     computer it is saved on, can read everything in it. For a copy only you can open, make an \
     encrypted backup instead.";

/// The export screen: that the file is not encrypted, the kinds of file, and whether the app's
/// PIN or passphrase is needed (from the lock in `data_dir`).
pub(crate) fn screen(data_dir: &Path, now: Timestamp, help: HelpButton) -> Result<ExportScreen> {
    let status = lock::lock_status(data_dir, now)?;
    let secret_kind = status.kind.filter(|_| status.locked);
    Ok(ExportScreen {
        title: "Export what you wrote".to_owned(),
        not_encrypted: NOT_ENCRYPTED.to_owned(),
        choices: [
            (ExportFormat::Json, "Everything (JSON)"),
            (ExportFormat::Markdown, "Journal (Markdown)"),
            (ExportFormat::Csv, "Check-ins (CSV)"),
        ]
        .into_iter()
        .map(|(format, label)| ExportChoice {
            format,
            label: label.to_owned(),
        })
        .collect(),
        secret_kind,
        secret_prompt: secret_kind.map(secret_prompt),
        help,
    })
}

/// Makes the file with `make` once the app's secret allows it (no lock set, or `secret` is its
/// PIN or passphrase; a wrong one counts as a wrong attempt, as on the lock screen).
pub(crate) fn file(
    data_dir: &Path,
    secret: Option<LockSecret>,
    now: Timestamp,
    make: impl FnOnce() -> Result<ExportFile>,
) -> Result<ExportOutcome> {
    Ok(match lock::confirm_secret(data_dir, secret, now)? {
        Confirmation::Allowed => ExportOutcome::Exported { file: make()? },
        Confirmation::Needed(kind) => ExportOutcome::SecretNeeded {
            kind,
            message: secret_prompt(kind),
        },
        Confirmation::Refused {
            message,
            retry_after,
        } => ExportOutcome::NotExported {
            message,
            retry_after,
        },
        Confirmation::Erased { message } => ExportOutcome::Erased { message },
    })
}

fn secret_prompt(kind: LockKind) -> String {
    format!("Enter your app {} to export", lock::kind_word(kind))
}
