//! The export screen and a plain export behind the app's secret: the file is said to be
//! unencrypted, and with an app lock set it is made only after the PIN or passphrase.

use std::path::Path;

use crate::base::error::{LockKind, Result};
use crate::base::ffi_types::Timestamp;
use crate::base::text::Language;
use crate::export::{ExportChoice, ExportFile, ExportFormat, ExportOutcome, ExportScreen};
use crate::lock::{self, Confirmation, LockSecret};
use crate::safety::help::HelpButton;

/// The export screen in `language`: that the file is not encrypted, the kinds of file, and
/// whether the app's PIN or passphrase is needed (from the lock in `data_dir`).
pub(crate) fn screen(
    data_dir: &Path,
    now: Timestamp,
    help: HelpButton,
    language: Language,
) -> Result<ExportScreen> {
    let status = lock::lock_status(data_dir, now, language)?;
    let secret_kind = status.kind.filter(|_| status.locked);
    Ok(ExportScreen {
        title: language.say("export-title"),
        not_encrypted: language.say("export-not-encrypted"),
        choices: [
            (ExportFormat::Json, "export-choice-json"),
            (ExportFormat::Markdown, "export-choice-markdown"),
            (ExportFormat::Csv, "export-choice-csv"),
        ]
        .into_iter()
        .map(|(format, label)| ExportChoice {
            format,
            label: language.say(label),
        })
        .collect(),
        secret_kind,
        secret_prompt: secret_kind.map(|kind| secret_prompt(kind, language)),
        help,
    })
}

/// Makes the file with `make` once the app's secret allows it (no lock set, or `secret` is its
/// PIN or passphrase; a wrong one counts as a wrong attempt, as on the lock screen); what to
/// show otherwise is in `language`.
pub(crate) fn file(
    data_dir: &Path,
    secret: Option<LockSecret>,
    now: Timestamp,
    language: Language,
    make: impl FnOnce() -> Result<ExportFile>,
) -> Result<ExportOutcome> {
    Ok(
        match lock::confirm_secret(data_dir, secret, now, language)? {
            Confirmation::Allowed => ExportOutcome::Exported { file: make()? },
            Confirmation::Needed(kind) => ExportOutcome::SecretNeeded {
                kind,
                message: secret_prompt(kind, language),
            },
            Confirmation::Refused {
                message,
                retry_after,
            } => ExportOutcome::NotExported {
                message,
                retry_after,
            },
            Confirmation::Erased { message } => ExportOutcome::Erased { message },
        },
    )
}

fn secret_prompt(kind: LockKind, language: Language) -> String {
    language.say(match kind {
        LockKind::Pin => "export-secret-prompt-pin",
        LockKind::Passphrase => "export-secret-prompt-passphrase",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn help() -> HelpButton {
        crate::safety::help::before_unlock(
            Path::new("/nonexistent"),
            None,
            crate::base::text::Language::ENGLISH,
        )
    }

    #[test]
    fn the_export_screen_is_in_french_with_the_french_pack() {
        let dir = tempfile::tempdir().expect("dir");
        let now = chrono::Utc::now();
        let english = screen(dir.path(), now, help(), Language::ENGLISH).expect("screen");
        assert_eq!(english.title, "Export what you wrote");
        assert_eq!(english.choices[0].label, "Everything (JSON)");
        let french = screen(dir.path(), now, help(), Language::of_pack("fr-CA")).expect("screen");
        assert_eq!(french.title, "Exporter ce que tu as écrit");
        assert_ne!(french.not_encrypted, english.not_encrypted);
        assert_eq!(french.choices.len(), english.choices.len());
        for (fr, en) in french.choices.iter().zip(&english.choices) {
            assert_eq!(fr.format, en.format);
            assert_ne!(fr.label, en.label);
        }
        assert_eq!(
            secret_prompt(LockKind::Pin, Language::of_pack("fr-CA")),
            "Entre le NIP de l'app pour exporter"
        );
    }

    #[test]
    fn a_wrong_pin_before_exporting_is_answered_in_french_with_the_tries_left() {
        let dir = tempfile::tempdir().expect("dir");
        let cheap = crate::base::keys::KdfParams {
            memory_kib: 64,
            iterations: 1,
            parallelism: 1,
        };
        let key = crate::base::keys::DatabaseKey::generate();
        lock::set_lock_with(
            dir.path(),
            &key,
            &LockSecret::Pin("135790".to_owned()),
            Some(5),
            cheap,
        )
        .expect("lock set");
        let french = Language::of_pack("fr-CA");
        let wrong = Some(LockSecret::Pin("000000".to_owned()));
        let outcome = file(dir.path(), wrong, chrono::Utc::now(), french, || {
            panic!("nothing is made after a wrong PIN")
        })
        .expect("answered");
        let ExportOutcome::NotExported { message, .. } = outcome else {
            panic!("not refused: {outcome:?}");
        };
        assert_eq!(
            message,
            "Ça ne correspond pas. Prends ton temps et réessaie. Encore 4 essais ratés et tout \
             sera effacé, comme tu l'as choisi."
        );
        let needed = file(dir.path(), None, chrono::Utc::now(), french, || {
            panic!("nothing is made without the PIN")
        })
        .expect("answered");
        assert!(
            matches!(&needed, ExportOutcome::SecretNeeded { message, .. } if message == "Entre le NIP de l'app pour exporter"),
            "{needed:?}"
        );
    }
}
