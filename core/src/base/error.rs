//! Errors: one internal [`Error`] with everything the core can hit, and one public [`ApiError`],
//! the only error that crosses the FFI. [`From<Error> for ApiError`] is the single mapping point.
//!
//! No message here ever contains personal data: no note text, no journal text, no search query,
//! no key. Messages name the field and the rule, never the value.

use std::fmt;

use crate::base::text::{Language, Value};

/// Which kind of secret the lock uses, so the shell shows a number pad or a keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LockKind {
    /// A PIN: show a number pad.
    Pin,
    /// A passphrase: show a keyboard.
    Passphrase,
}

/// Everything that can go wrong inside the core: what capability functions return. It reaches
/// a shell only as an [`ApiError`], converted in `ffi/`; Rust callers (the terminal companion,
/// tests) may hold it and convert it the same way.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input breaks a rule; nothing was changed.
    #[error("invalid {field}: {reason}")]
    InvalidInput {
        /// The input, e.g. "pleasantness".
        field: &'static str,
        /// The rule, as a message from the catalogs.
        reason: Reason,
    },
    /// No record of this kind has the id.
    #[error("no {what} with that id")]
    NotFound {
        /// The kind of record.
        what: &'static str,
    },
    /// The key does not open the database.
    #[error("the key does not open this database")]
    WrongKey,
    /// The database was closed (or erased) earlier.
    #[error("the database has been closed")]
    Closed,
    /// The file is an unencrypted SQLite database.
    #[error("this is an unencrypted SQLite file, not a Groundwork database")]
    NotEncrypted,
    /// A newer version wrote the database.
    #[error(
        "the database was written by a newer version (schema {found}, this build knows {known})"
    )]
    DatabaseTooNew {
        /// The schema version in the file.
        found: i64,
        /// The newest schema version this build knows.
        known: i64,
    },
    /// SQLite failed; only its result code ever reaches a person.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The file system failed.
    #[error("file system: {0}")]
    Io(#[from] std::io::Error),
    /// Key derivation failed.
    #[error("key derivation: {0}")]
    Kdf(String),
    /// A rule of the core itself was broken (a stored value that does not read).
    #[error("internal: {0}")]
    Internal(&'static str),
    /// The app lock file is damaged.
    #[error("the app lock file is damaged")]
    AppLockDamaged,
    /// A newer version wrote the app lock file.
    #[error("the app lock was set by a newer version")]
    AppLockTooNew,
    /// An app lock is set already.
    #[error("an app lock is already set")]
    AppLockAlreadySet,
    /// No app lock is set.
    #[error("no app lock is set")]
    AppLockNotSet,
    /// The secret is of the other kind than the lock's.
    #[error("the app lock uses another kind of secret")]
    WrongLockKind {
        /// The kind the lock uses.
        expected: LockKind,
    },
    /// The app lock is sealed by another device's key (or this device's key for it is gone).
    #[error("the app lock is sealed to another device's key")]
    AppLockNotForThisDevice,
    /// The device's key store could not seal or open the app lock.
    #[error("the device's key could not seal the app lock")]
    DeviceKeyUnavailable,
    /// A content pack was refused; the reason names the rule.
    #[error("the content pack was refused: {0}")]
    PackRefused(String),
    /// A content pack changes help built into the app (the help lines it changes, by id).
    #[error("content pack changes help built into the app")]
    PackChangesHelp(Vec<String>),
    /// The database file is damaged or missing.
    #[error("the database file is damaged or missing")]
    DatabaseDamaged,
    /// Files still there after erasing, by name.
    #[error("some files could not be erased: {}", .0.join(", "))]
    EraseIncomplete(Vec<String>),
}

impl Error {
    /// `field` broke the rule `reason`: `Error::invalid("pin", Reason::new("pin-digits-only"))`.
    pub(crate) fn invalid(field: &'static str, reason: impl Into<Reason>) -> Self {
        Error::InvalidInput {
            field,
            reason: reason.into(),
        }
    }
}

/// The rule an input broke, as a message of the catalogs (`core/locales/*/errors.ftl`) with the
/// values it names, so it is said in his language wherever it reaches him
/// ([`Reason::say`]); its `Display` is the English, for logs and tests.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    id: &'static str,
    values: Vec<(&'static str, Value)>,
    /// A rule not yet moved into the catalogs, said as it is in every language.
    literal: Option<String>,
}

impl Reason {
    /// The rule with the message id `id`, which names no value.
    pub fn new(id: &'static str) -> Reason {
        Reason {
            id,
            values: Vec::new(),
            literal: None,
        }
    }

    /// The rule with the message id `id` and the values it names:
    /// `Reason::with("use-up-to-characters", [("limit", 140.into())])`.
    pub fn with<const N: usize>(id: &'static str, values: [(&'static str, Value); N]) -> Reason {
        Reason {
            id,
            values: values.into(),
            literal: None,
        }
    }

    /// Its message id (empty for a rule not yet in the catalogs).
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The values it names, each as its text (a number in digits).
    pub fn values(&self) -> impl Iterator<Item = (&'static str, String)> + '_ {
        self.values.iter().map(|(name, value)| {
            let text = match value {
                Value::Number(n) => n.to_string(),
                Value::Text(t) => t.clone(),
            };
            (*name, text)
        })
    }

    /// The rule in `language`.
    pub fn say(&self, language: Language) -> String {
        match &self.literal {
            Some(text) => text.clone(),
            None => language.say_with(self.id, &self.values),
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(Language::ENGLISH))
    }
}

// Rules still written in code while they move into the catalogs (issue 15).
impl From<&str> for Reason {
    fn from(text: &str) -> Reason {
        Reason {
            id: "",
            values: Vec::new(),
            literal: Some(text.to_owned()),
        }
    }
}

impl From<String> for Reason {
    fn from(text: String) -> Reason {
        Reason {
            id: "",
            values: Vec::new(),
            literal: Some(text),
        }
    }
}

/// A storage failure inside a capability's own error type (a backup's), already in the terms it
/// reaches a person in, so that type can stay comparable and cloneable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageFailure(ApiError);

impl From<Error> for StorageFailure {
    fn from(err: Error) -> Self {
        StorageFailure(ApiError::from(err))
    }
}

impl From<StorageFailure> for ApiError {
    fn from(failure: StorageFailure) -> Self {
        failure.0
    }
}

impl fmt::Display for StorageFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A value refused on its way in over the FFI (a custom type's lift), as the typed error the
/// call returns: uniffi hands a lift error of the call's error type back to the shell as that
/// error, before the call runs.
pub(crate) fn lift_error(err: Error) -> uniffi::deps::anyhow::Error {
    uniffi::deps::anyhow::Error::new(ApiError::from(err))
}

/// What capability functions return.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, in terms a person (and a shell) can act on.
///
/// Messages never contain anything the person wrote.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Error)]
#[uniffi::export(Display)]
pub enum ApiError {
    /// Something the person entered breaks a rule; nothing was saved. `field` names the input,
    /// `reason` says the rule in plain words.
    InvalidInput {
        /// The input that broke the rule, e.g. "pleasantness".
        field: String,
        /// The rule, in plain words, e.g. "choose a value from -5 to 5".
        reason: String,
    },
    /// The thing asked for does not exist (it may have been deleted). Nothing was changed.
    NotFound {
        /// What was looked for, e.g. "check-in".
        what: String,
    },
    /// The key does not open this database. Nothing was changed.
    WrongKey,
    /// The database was closed with `close()`; open a new `Groundwork` to go on.
    Closed,
    /// The device is out of space. Nothing was saved; what was saved before is intact.
    StorageFull,
    /// The database was written by a newer version of Groundwork. Update the app; nothing was changed.
    DatabaseTooNew,
    /// The database file could not be read or written. `reason` says what failed, never what it held.
    Storage {
        /// What failed, e.g. "database error (CannotOpen)".
        reason: String,
    },
    /// A bug in Groundwork. Nothing was saved.
    Internal {
        /// What failed, in general terms.
        reason: String,
    },
    /// The passphrase does not open this backup. Nothing was changed; he can try again.
    BackupWrongPassphrase,
    /// The backup file is damaged or incomplete (changed, or cut short by a copy or download
    /// that did not finish). Nothing was changed.
    BackupDamaged,
    /// The file is not a Groundwork backup. Nothing was changed.
    NotABackup,
    /// A newer version of Groundwork made this backup: update the app to restore it. Nothing was
    /// changed.
    BackupTooNew,
    /// A restore into an empty app found data already here: merge the backup instead, or erase
    /// first. Nothing was changed.
    RestoreNeedsEmptyApp,
    /// The app lock file is damaged (a changed byte, a file cut short), so the PIN or passphrase
    /// cannot be checked. No attempt was counted and nothing was changed, so erase-after-N never
    /// follows from it. What to do: put back the lock file from a copy of the device's files, or
    /// take the forgotten-PIN route (erase, start again, restore a Groundwork backup).
    AppLockDamaged,
    /// The app lock was set by a newer version of Groundwork: update the app to unlock. Nothing
    /// was changed.
    AppLockTooNew,
    /// An app lock is already set: change it or remove it instead. Nothing was changed.
    AppLockAlreadySet,
    /// No app lock is set, so there is nothing to unlock, change or remove.
    AppLockNotSet,
    /// The app lock uses the other kind of secret (a PIN rather than a passphrase, or the other
    /// way round). Not counted as a wrong attempt; show the right keyboard.
    WrongLockKind {
        /// What the lock uses.
        expected: LockKind,
    },
    /// The app lock is sealed by a key held in another phone's hardware (a copy of the files
    /// moved here), or this phone's key for it is gone. The PIN or passphrase was not checked, no
    /// attempt was counted and nothing was changed.
    AppLockNotForThisDevice,
    /// The phone's secure key store could not protect the app lock (it refused to seal the key,
    /// or to open it again). Nothing was changed: the lock is as it was before.
    DeviceKeyUnavailable,
    /// A content pack file was refused: not a pack, damaged, breaking a content rule, for a
    /// newer app, or older than the content built in. The reason is about the file, never about
    /// anything he wrote. Nothing was changed.
    PackRefused {
        /// Why, in plain words.
        reason: String,
    },
    /// A content pack file tries to change help built into the app: an emergency number, a help
    /// line's number, text number, website or name, or a region's lines. A pack may add modules,
    /// prompts, exercises and local services, never change where help goes. Nothing was changed.
    PackChangesHelp {
        /// What it tried to change, one plain phrase each, e.g. "1800RESPECT's number in
        /// Australia".
        changes: Vec<String>,
    },
    /// The database file is damaged (emptied, cut short, or changed on the disk) or missing while
    /// its key or app lock is still here, so this is not a first start. Nothing was changed and
    /// no new database was made over it. What to do: put the database file back from a copy, or
    /// erase and start again, then restore a Groundwork backup.
    DatabaseDamaged,
    /// Erasing ran, but these files are still there (file names only, never contents). Remove
    /// them by hand or try again; until then the erase is not complete.
    EraseIncomplete {
        /// The file names left behind, e.g. "groundwork.db-wal".
        remaining: Vec<String>,
    },
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sentence = match self {
            ApiError::InvalidInput { field, reason } => {
                return write!(
                    f,
                    "Check {}: {reason}. Nothing was changed.",
                    field_in_words(field)
                );
            }
            ApiError::NotFound { what } => {
                return write!(f, "That {what} could not be found. Nothing was changed.");
            }
            ApiError::WrongKey => {
                "This key or passphrase does not open the Groundwork database. Nothing was changed."
            }
            ApiError::Closed => "Groundwork is closed. Open it again to go on.",
            ApiError::StorageFull => {
                "The device is full, so nothing was saved. Everything saved earlier is safe."
            }
            ApiError::DatabaseTooNew => {
                "This data was saved by a newer version of Groundwork. Update to open it; nothing was changed."
            }
            ApiError::Storage { reason } => return write!(f, "Storage problem: {reason}"),
            ApiError::Internal { reason } => {
                return write!(f, "Something went wrong inside Groundwork: {reason}");
            }
            ApiError::BackupWrongPassphrase => {
                "This passphrase does not open the backup. Nothing was changed; try again."
            }
            ApiError::BackupDamaged => {
                "The backup file is damaged or incomplete, so it cannot be restored. Nothing was changed."
            }
            ApiError::NotABackup => "This file is not a Groundwork backup. Nothing was changed.",
            ApiError::BackupTooNew => {
                "This backup was made by a newer version of Groundwork. Update the app to restore it; nothing was changed."
            }
            ApiError::RestoreNeedsEmptyApp => {
                "There is already data here. Merge the backup instead, or erase first. Nothing was changed."
            }
            ApiError::AppLockDamaged => {
                "The app lock file is damaged, so the PIN or passphrase cannot be checked. That try \
                 was not counted and nothing was changed. Put the lock file back from a copy of \
                 this device's files, or erase and start again, then restore your Groundwork backup."
            }
            ApiError::AppLockTooNew => {
                "The app lock was set by a newer version of Groundwork. Update the app to unlock; nothing was changed."
            }
            ApiError::AppLockAlreadySet => {
                "An app lock is already set. Change it or remove it instead; nothing was changed."
            }
            ApiError::AppLockNotSet => "No app lock is set. Nothing was changed.",
            ApiError::WrongLockKind {
                expected: LockKind::Pin,
            } => "This app lock uses a PIN, not a passphrase. That try was not counted.",
            ApiError::WrongLockKind {
                expected: LockKind::Passphrase,
            } => "This app lock uses a passphrase, not a PIN. That try was not counted.",
            ApiError::AppLockNotForThisDevice => {
                "This app lock belongs to another phone's secure key, so it cannot be opened \
                 here. That try was not counted and nothing was changed."
            }
            ApiError::DeviceKeyUnavailable => {
                "This phone's secure key store could not protect the app lock just now. Nothing \
                 was changed; the lock is as it was."
            }
            ApiError::PackRefused { reason } => {
                return write!(
                    f,
                    "This content pack cannot be used: {reason}. Nothing was changed."
                );
            }
            ApiError::PackChangesHelp { changes } => {
                return write!(
                    f,
                    "This content pack cannot be installed: it tries to change help built into the app ({}). A pack may add modules, exercises and local services, but never changes the emergency numbers or help lines. Nothing was changed.",
                    changes.join("; ")
                );
            }
            ApiError::DatabaseDamaged => {
                "The database file is damaged or missing, so Groundwork cannot open it. Nothing \
                 was changed and no new database was made over it. Put the database file back \
                 from a copy if you have one; otherwise erase and start again, then restore your \
                 Groundwork backup."
            }
            ApiError::EraseIncomplete { remaining } => {
                return write!(
                    f,
                    "Not everything could be erased: {} {} still there. Remove {} by hand, or \
                     try again.",
                    remaining.join(", "),
                    if remaining.len() == 1 { "is" } else { "are" },
                    if remaining.len() == 1 { "it" } else { "them" },
                );
            }
        };
        f.write_str(sentence)
    }
}

impl std::error::Error for ApiError {}

/// A field's name as a person would say it, for the sentence `InvalidInput` reads as: the code's
/// names ("module_id", "fields", "pin") never reach him.
pub fn field_in_words(field: &str) -> String {
    let words = match field {
        "pleasantness" => "how pleasant it feels",
        "energy" => "the energy",
        "anger" => "the anger level",
        "stress" => "the stress level",
        "intensity" => "how strong it was",
        "hours_slept" | "sleep_minutes" => "the hours slept",
        "emotions" | "ids" => "the emotion words",
        "own_words" => "your own words",
        "tag" | "tags" => "the tags",
        "body_cues" => "what your body did",
        "note" => "the note",
        "body" | "text" => "the text",
        "what_happened" => "what happened",
        "thoughts" => "what went through your head",
        "what_i_did" => "what you did",
        "next_time" => "what you'd do next time",
        "repair_done" => "the repair",
        "answer" | "answers" | "value" | "cycles_done" | "regions_done" => "the answer",
        "fields" => "the plan",
        "prompt_id" | "prompt_text" => "the prompt",
        "module_id" => "the module",
        "step_index" => "the step",
        "pin" => "the PIN",
        "passphrase" => "the passphrase",
        "erase after" => "the number of tries before erasing",
        "code" => "the recommendation code",
        "link" => "the link",
        "region" => "the region",
        "tracks" => "the tracks",
        "baby_date" => "the baby's date",
        "date" => "the date",
        "query" => "the search",
        "from_day" | "to_day" => "the dates",
        "cursor" => "the page",
        "limit" | "days" => "how many",
        "quadrant" => "the quadrant",
        "journal_entry_ids" => "the entries chosen",
        "living_document_ids" => "the plans chosen",
        "selection" => "what the report holds",
        "quiet hours" => "the quiet hours",
        "utc_offset_minutes" => "the time zone",
        "biometric" => "fingerprint or face",
        other => return other.replace('_', " "),
    };
    words.to_owned()
}

impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        use rusqlite::ErrorCode;
        match err {
            Error::InvalidInput { field, reason } => ApiError::InvalidInput {
                field: field.to_owned(),
                reason: reason.to_string(),
            },
            Error::NotFound { what } => ApiError::NotFound {
                what: what.to_owned(),
            },
            Error::WrongKey => ApiError::WrongKey,
            Error::Closed => ApiError::Closed,
            Error::NotEncrypted => ApiError::Storage {
                reason: "the file is an unencrypted database, not a Groundwork database".into(),
            },
            Error::DatabaseTooNew { .. } => ApiError::DatabaseTooNew,
            Error::Sqlite(e) => match e.sqlite_error_code() {
                Some(ErrorCode::DiskFull) => ApiError::StorageFull,
                Some(ErrorCode::NotADatabase) => ApiError::WrongKey,
                // Only the SQLite result code is reported: extended messages can quote SQL.
                Some(code) => ApiError::Storage {
                    reason: format!("database error ({code:?})"),
                },
                None => ApiError::Internal {
                    reason: "unexpected database error".into(),
                },
            },
            Error::Io(e) => match e.kind() {
                std::io::ErrorKind::StorageFull => ApiError::StorageFull,
                kind => ApiError::Storage {
                    reason: format!("file system error ({kind})"),
                },
            },
            Error::Kdf(reason) => ApiError::Internal { reason },
            Error::Internal(reason) => ApiError::Internal {
                reason: reason.to_owned(),
            },
            Error::AppLockDamaged => ApiError::AppLockDamaged,
            Error::AppLockTooNew => ApiError::AppLockTooNew,
            Error::AppLockAlreadySet => ApiError::AppLockAlreadySet,
            Error::AppLockNotSet => ApiError::AppLockNotSet,
            Error::WrongLockKind { expected } => ApiError::WrongLockKind { expected },
            Error::AppLockNotForThisDevice => ApiError::AppLockNotForThisDevice,
            Error::DeviceKeyUnavailable => ApiError::DeviceKeyUnavailable,
            Error::PackRefused(reason) => ApiError::PackRefused { reason },
            Error::PackChangesHelp(changes) => ApiError::PackChangesHelp { changes },
            Error::DatabaseDamaged => ApiError::DatabaseDamaged,
            Error::EraseIncomplete(remaining) => ApiError::EraseIncomplete { remaining },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disk_full_maps_to_storage_full() {
        let sqlite = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            Some("database or disk is full".into()),
        );
        assert_eq!(ApiError::from(Error::Sqlite(sqlite)), ApiError::StorageFull);
    }

    #[test]
    fn sqlite_messages_are_not_forwarded_because_they_can_quote_sql() {
        let sqlite = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT),
            Some("secret text in a message".into()),
        );
        let api = ApiError::from(Error::Sqlite(sqlite));
        assert!(!api.to_string().contains("secret"), "{api}");
    }

    #[test]
    fn backup_and_lock_errors_say_what_to_do_and_that_nothing_changed() {
        let errors = [
            ApiError::BackupWrongPassphrase,
            ApiError::BackupDamaged,
            ApiError::NotABackup,
            ApiError::BackupTooNew,
            ApiError::RestoreNeedsEmptyApp,
            ApiError::AppLockDamaged,
            ApiError::AppLockTooNew,
            ApiError::AppLockAlreadySet,
            ApiError::AppLockNotSet,
            ApiError::AppLockNotForThisDevice,
            ApiError::DeviceKeyUnavailable,
        ];
        for error in errors {
            let text = error.to_string();
            assert!(
                text.contains("Nothing was changed") || text.contains("nothing was changed"),
                "{text}"
            );
        }
        for expected in [LockKind::Pin, LockKind::Passphrase] {
            let text = ApiError::WrongLockKind { expected }.to_string();
            assert!(text.contains("not counted"), "{text}");
        }
        assert!(
            ApiError::WrongLockKind {
                expected: LockKind::Pin
            }
            .to_string()
            .contains("uses a PIN")
        );
    }
}
