//! Encrypted backup and restore: everything in the database in one file he can keep anywhere,
//! readable only with his passphrase.
//!
//! The file is in the [age](https://age-encryption.org/v1) format, encrypted to a passphrase
//! (scrypt). Inside is a JSON payload (`payload.rs`) with a `format` and `version` and every
//! row of every table, ids and times exactly as stored.
//!
//! Restoring either fills an empty app ([`RestoreMode::ReplaceEmpty`]) or adds what is missing
//! to this one ([`RestoreMode::Merge`]), matching by id so nothing is doubled. It all happens in
//! one write transaction: a wrong passphrase, a damaged, cut-off or changed file, a file that is
//! not a backup or one from a newer version is a typed [`BackupError`], and nothing is changed.

mod payload;
mod seal;

use chrono::{DateTime, FixedOffset};
use groundwork_pack::Pack;
use rusqlite::Connection;

use crate::base::error::{Error, StorageFailure};
use crate::base::ffi_types::Timestamp;
use crate::base::text::Language;
use crate::store::Store;

/// What every backup payload says it is.
pub const BACKUP_FORMAT: &str = "groundwork-backup";

/// The payload version this build writes and the newest it reads. Raise it whenever the payload
/// changes in any way (a new table or field too): restoring is strict, so an older version
/// refuses a newer backup ([`BackupError::TooNew`]) instead of dropping what it does not know.
pub const BACKUP_VERSION: u32 = 6;

/// The oldest payload version this build reads (version 1 had no curriculum progress, version 2
/// no answers to the home safety question, version 3 no mood checks, version 4 no week's-end
/// answers to commitments, version 5 no kept recordings).
pub const OLDEST_BACKUP_VERSION: u32 = 1;

/// The fewest characters a backup passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The scrypt work factor (`N = 2^18`, 256 MiB) backups are made with: about a second on a
/// recent computer, a few on a phone. This is also age's own fallback when it cannot measure.
pub const DEFAULT_WORK_FACTOR: u8 = 18;

/// The largest work factor a restore accepts. A file asking for more is from a newer version
/// (or made to exhaust the device's memory) and is refused as [`BackupError::TooNew`] before any
/// work is done. Raise with [`DEFAULT_WORK_FACTOR`], never below it.
pub const MAX_WORK_FACTOR: u8 = 18;

// A backup this version makes must be one it can restore.
const _: () = assert!(DEFAULT_WORK_FACTOR <= MAX_WORK_FACTOR);

/// How a restore treats data already in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum RestoreMode {
    /// Into an app with nothing in it yet (a new phone). Refused if anything he wrote is here;
    /// settings chosen while setting the app up are replaced by the backup's.
    ReplaceEmpty,
    /// Add what the backup has and this app does not, matched by id: nothing is doubled and
    /// nothing here is overwritten (settings here are kept).
    Merge,
}

/// How many rows of each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct RestoreCounts {
    /// Check-ins (each with its emotion words and tags).
    pub check_ins: u32,
    /// Anger moments.
    pub anger_moments: u32,
    /// Journal entries (each with its tags).
    pub journal_entries: u32,
    /// Prompts of his own.
    pub own_prompts: u32,
    /// Living documents.
    pub living_documents: u32,
    /// Answers to the safety questions.
    pub safety_answers: u32,
    /// Settings (region, reminders and the like).
    pub settings: u32,
    /// Modules started or finished.
    pub modules: u32,
    /// Answers to exercises in modules.
    pub exercise_answers: u32,
    /// Weekly commitments.
    pub commitments: u32,
    /// Answers to the home safety question (asked before the exercises done with a partner).
    pub home_safety_answers: u32,
    /// The new dad's mood checks (answered or put off).
    pub dad_mood_checks: u32,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct RestoreSummary {
    /// When the backup was made.
    pub backup_made_at: Timestamp,
    /// What was added.
    pub added: RestoreCounts,
    /// What the backup had that was already here (same id), and so was left as it is.
    pub already_here: RestoreCounts,
    /// The sentence to show, e.g. "Restored: 120 check-ins and 40 journal entries; 3 were
    /// already here."
    pub message: String,
}

impl RestoreCounts {
    /// Every count with the message that says it with its name (`backup-count-*`, singular or
    /// plural), in the order they are said.
    fn named(&self) -> [(u32, &'static str); 12] {
        [
            (self.check_ins, "backup-count-check-ins"),
            (self.anger_moments, "backup-count-anger-moments"),
            (self.journal_entries, "backup-count-journal-entries"),
            (self.own_prompts, "backup-count-own-prompts"),
            (self.living_documents, "backup-count-plans"),
            (self.safety_answers, "backup-count-safety-answers"),
            (self.settings, "backup-count-settings"),
            (self.modules, "backup-count-modules"),
            (self.exercise_answers, "backup-count-exercise-answers"),
            (self.commitments, "backup-count-commitments"),
            (self.home_safety_answers, "backup-count-home-safety-answers"),
            (self.dad_mood_checks, "backup-count-mood-checks"),
        ]
    }

    /// Everything counted, of every kind.
    pub fn total(&self) -> u32 {
        self.named()
            .iter()
            .fold(0u32, |sum, (count, _)| sum.saturating_add(*count))
    }
}

/// What a restore did, in one plain sentence in `language`.
pub fn restore_message(
    added: &RestoreCounts,
    already_here: &RestoreCounts,
    language: Language,
) -> String {
    let parts: Vec<String> = added
        .named()
        .iter()
        .filter(|(count, _)| *count > 0)
        .map(|(count, id)| language.say_with(id, &[("count", (*count).into())]))
        .collect();
    let here = already_here.total();
    if parts.is_empty() {
        return language.say(if here == 0 {
            "backup-empty"
        } else {
            "backup-all-here"
        });
    }
    let list = language.list(&parts);
    language.say_with(
        "backup-restored",
        &[("list", list.into()), ("here", here.into())],
    )
}

/// A backup ready to save or share.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BackupFile {
    /// A suggested file name, e.g. "groundwork-backup-2026-06-10.age".
    pub file_name: String,
    /// The MIME type: "application/octet-stream".
    pub mime_type: String,
    /// The encrypted file.
    pub contents: Vec<u8>,
}

/// Why a backup could not be made or restored. In every case nothing was changed. Messages
/// never contain anything from the backup or the passphrase.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    /// The passphrase is shorter than [`MIN_PASSPHRASE_CHARS`].
    #[error("use a passphrase of at least 8 characters")]
    PassphraseTooShort,
    /// The passphrase does not open this backup.
    #[error("this passphrase does not open the backup; nothing was changed")]
    WrongPassphrase,
    /// The file was changed or cut short (an incomplete copy or download).
    #[error("the backup file is damaged or incomplete; nothing was changed")]
    Damaged,
    /// The file is not a Groundwork backup.
    #[error("this file is not a Groundwork backup; nothing was changed")]
    NotABackup,
    /// A newer version of Groundwork made the backup.
    #[error(
        "this backup was made by a newer version of Groundwork; update the app to restore it. Nothing was changed"
    )]
    TooNew,
    /// Restoring into an empty app, but something he wrote is already here.
    #[error(
        "there is already data here; merge the backup instead, or erase first. Nothing was changed"
    )]
    NotEmpty,
    /// The scrypt work factor asked for is out of range (Rust callers only).
    #[error("the work factor must be from 1 to 18")]
    WorkFactorOutOfRange,
    /// The database could not be read or written (storage full, closed, ...).
    #[error("{0}")]
    Storage(StorageFailure),
    /// A bug in Groundwork.
    #[error("internal: {0}")]
    Internal(&'static str),
}

impl From<rusqlite::Error> for BackupError {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            // A row that breaks the schema's rules: authentic file, impossible contents.
            Some(rusqlite::ErrorCode::ConstraintViolation) => BackupError::Damaged,
            _ => BackupError::Storage(Error::Sqlite(err).into()),
        }
    }
}

impl From<Error> for BackupError {
    fn from(err: Error) -> Self {
        match err {
            Error::Sqlite(e) => BackupError::from(e),
            Error::Internal(reason) => BackupError::Internal(reason),
            other => BackupError::Storage(other.into()),
        }
    }
}

/// Makes an encrypted backup of everything in `conn` with scrypt work factor `2^log_n`.
pub(crate) fn create_backup(
    conn: &Connection,
    passphrase: &str,
    now: DateTime<FixedOffset>,
    log_n: u8,
) -> Result<BackupFile, BackupError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(BackupError::PassphraseTooShort);
    }
    if !(1..=MAX_WORK_FACTOR).contains(&log_n) {
        return Err(BackupError::WorkFactorOutOfRange);
    }
    let payload = payload::read_all(conn, now.to_rfc3339())?;
    let discreet = crate::reminders::discreet_on(conn)?;
    let json = zeroize::Zeroizing::new(
        serde_json::to_vec(&payload)
            .map_err(|_| BackupError::Internal("the backup could not be written"))?,
    );
    drop(payload);
    Ok(BackupFile {
        file_name: crate::reminders::shared_file_name(
            discreet,
            Some("backup"),
            &now.format("%Y-%m-%d").to_string(),
            "age",
        ),
        mime_type: "application/octet-stream".to_owned(),
        contents: seal::seal(&json, passphrase, log_n)?,
    })
}

/// Decrypts and reads a backup, checking everything that can be checked before touching the
/// database. Slow on purpose (scrypt), so it runs before the write transaction starts.
fn open_backup(
    bytes: &[u8],
    passphrase: &str,
    pack: &Pack,
) -> Result<payload::Payload, BackupError> {
    let plaintext = seal::open(bytes, passphrase, MAX_WORK_FACTOR)?;
    read_payload(&plaintext, pack)
}

/// Reads a decrypted backup's contents and checks every row as a restore does, writing nothing:
/// `Ok` exactly when a restore would go on to write it. Public so the reader can be fuzzed.
///
/// Errors: `NotABackup`, `TooNew`, or `Damaged` for a payload that does not parse or holds a row
/// that breaks the rules.
pub fn check_payload(plaintext: &[u8], pack: &Pack) -> Result<(), BackupError> {
    read_payload(plaintext, pack).map(drop)
}

fn read_payload(plaintext: &[u8], pack: &Pack) -> Result<payload::Payload, BackupError> {
    // An authentic age file whose contents are not ours is not a backup; one that says it is a
    // backup but does not parse as one is damaged.
    let probe: payload::Probe =
        serde_json::from_slice(plaintext).map_err(|_| BackupError::NotABackup)?;
    if probe.format.as_deref() != Some(BACKUP_FORMAT) {
        return Err(BackupError::NotABackup);
    }
    match probe.version {
        Some(v) if v > u64::from(BACKUP_VERSION) => return Err(BackupError::TooNew),
        Some(v) if v >= u64::from(OLDEST_BACKUP_VERSION) => {}
        _ => return Err(BackupError::Damaged),
    }
    let payload: payload::Payload =
        serde_json::from_slice(plaintext).map_err(|_| BackupError::Damaged)?;
    let emotion_ids: Vec<&str> = pack.emotions.iter().map(|e| e.id.as_str()).collect();
    payload::check(&payload, &emotion_ids)?;
    Ok(payload)
}

/// Writes a read backup into the database inside the caller's transaction, then reads
/// everything back the way the app does, so a backup this version could not show is refused.
/// What it did is said in `language`.
fn apply(
    tx: &rusqlite::Transaction<'_>,
    payload: &payload::Payload,
    mode: RestoreMode,
    language: Language,
) -> Result<RestoreSummary, BackupError> {
    if mode == RestoreMode::ReplaceEmpty && payload::has_content(tx)? {
        return Err(BackupError::NotEmpty);
    }
    let (added, already_here) = payload::insert(tx, payload, mode)?;
    // A backup from a version that dated rows by the calendar gets the days he lived.
    crate::base::days::restamp_stored_days(tx)?;
    let readable = |result: Result<(), Error>| match result {
        Ok(()) => Ok(()),
        Err(Error::Internal(_) | Error::InvalidInput { .. } | Error::NotFound { .. }) => {
            Err(BackupError::Damaged)
        }
        Err(other) => Err(BackupError::from(other)),
    };
    // Only whether they read: the words describing them are dropped unread.
    readable(crate::checkins::all(tx, crate::base::text::Language::ENGLISH).map(drop))?;
    readable(crate::anger::all(tx).map(drop))?;
    readable(crate::journal::all(tx).map(drop))?;
    readable(crate::journal::own_prompts(tx).map(drop))?;
    let pack = crate::content::default_pack()
        .map_err(|_| BackupError::Internal("the built-in content could not be read"))?;
    readable(crate::documents::all(tx, pack).map(drop))?;
    let backup_made_at = DateTime::parse_from_rfc3339(&payload.created_at)
        .map_err(|_| BackupError::Damaged)?
        .to_utc();
    Ok(RestoreSummary {
        backup_made_at,
        message: restore_message(&added, &already_here, language),
        added,
        already_here,
    })
}

/// Makes an encrypted backup of everything in `store` with the scrypt work factor `2^log_n`.
pub(crate) fn create(
    store: &Store,
    passphrase: &str,
    now: DateTime<FixedOffset>,
    log_n: u8,
) -> Result<BackupFile, BackupError> {
    store
        .read(|conn| Ok(create_backup(conn, passphrase, now, log_n)))
        .map_err(BackupError::from)?
}

/// Restores a backup into `store` in one transaction: on any error nothing is changed. `pack`
/// is the content in use, for the plans a backup carries; what was restored is said in its
/// language.
pub(crate) fn restore(
    store: &Store,
    pack: &Pack,
    bytes: &[u8],
    passphrase: &str,
    mode: RestoreMode,
) -> Result<RestoreSummary, BackupError> {
    let language = Language::of_pack(&pack.manifest.locale);
    let payload = open_backup(bytes, passphrase, pack)?;
    // `Store::write` rolls back on any `Err`; the typed reason is kept aside.
    let mut refused = None;
    let written = store.write(|tx| {
        apply(tx, &payload, mode, language).map_err(|e| {
            refused = Some(e);
            Error::Internal("the restore was refused")
        })
    });
    match (written, refused) {
        (_, Some(reason)) => Err(reason),
        (Ok(summary), None) => Ok(summary),
        (Err(e), None) => Err(BackupError::from(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(check_ins: u32, journal_entries: u32, living_documents: u32) -> RestoreCounts {
        RestoreCounts {
            check_ins,
            journal_entries,
            living_documents,
            ..RestoreCounts::default()
        }
    }

    #[test]
    fn what_a_restore_did_is_one_sentence_with_each_count_in_the_singular_or_plural() {
        let en = Language::ENGLISH;
        assert_eq!(
            restore_message(&counts(120, 40, 0), &counts(0, 3, 0), en),
            "Restored: 120 check-ins and 40 journal entries; 3 were already here."
        );
        assert_eq!(
            restore_message(&counts(1, 1, 1), &counts(1, 0, 0), en),
            "Restored: 1 check-in, 1 journal entry and 1 plan; 1 was already here."
        );
        assert_eq!(
            restore_message(&counts(2, 0, 0), &RestoreCounts::default(), en),
            "Restored: 2 check-ins."
        );
        assert_eq!(
            restore_message(&RestoreCounts::default(), &RestoreCounts::default(), en),
            "The backup was empty, so there was nothing to restore."
        );
        assert_eq!(
            restore_message(&RestoreCounts::default(), &counts(4, 0, 0), en),
            "Everything in the backup was already here, so nothing changed."
        );
    }

    #[test]
    fn what_a_restore_did_is_said_in_french_with_the_french_pack() {
        let fr = Language::of_pack("fr-CA");
        let said = restore_message(&counts(120, 1, 2), &counts(0, 3, 0), fr);
        assert_eq!(
            said,
            "Restauré\u{a0}: 120 bilans, 1 note du journal et 2 de tes plans; 3 éléments \
             étaient déjà ici."
        );
        assert_ne!(
            said,
            restore_message(&counts(120, 1, 2), &counts(0, 3, 0), Language::ENGLISH)
        );
        assert_eq!(
            restore_message(&counts(1, 0, 0), &counts(1, 0, 0), fr),
            "Restauré\u{a0}: 1 bilan; 1 élément était déjà ici."
        );
        assert_eq!(
            restore_message(&RestoreCounts::default(), &RestoreCounts::default(), fr),
            "La sauvegarde était vide, alors il n'y avait rien à restaurer."
        );
    }
}
