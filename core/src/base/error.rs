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
    pub(crate) fn invalid(field: &'static str, reason: Reason) -> Self {
        Error::InvalidInput { field, reason }
    }
}

/// The rule an input broke, as a message of the catalogs (`core/locales/*/errors.ftl`) with the
/// values it names, so it is said in his language wherever it reaches him
/// ([`Reason::say`]); its `Display` is the English, for logs and tests.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    id: &'static str,
    values: Vec<(&'static str, Value)>,
}

impl Reason {
    /// The rule with the message id `id`, which names no value.
    pub fn new(id: &'static str) -> Reason {
        Reason {
            id,
            values: Vec::new(),
        }
    }

    /// The rule with the message id `id` and the values it names:
    /// `Reason::with("error-at-most-characters", [("limit", 140.into())])`.
    pub fn with<const N: usize>(id: &'static str, values: [(&'static str, Value); N]) -> Reason {
        Reason {
            id,
            values: values.into(),
        }
    }

    /// Its message id.
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
        language.say_with(self.id, &self.values)
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(Language::ENGLISH))
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

/// A value a broken rule names (`ApiError::InvalidInput`'s `values`), e.g. `limit` 140.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RuleValue {
    /// Its name in the rule's message, e.g. "limit".
    pub name: String,
    /// The value: a number in digits ("140"), or words.
    pub value: String,
}

/// What went wrong, in terms a person (and a shell) can act on.
///
/// Messages never contain anything the person wrote.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Error)]
#[uniffi::export(Display)]
pub enum ApiError {
    /// Something the person entered breaks a rule; nothing was saved. `field` names the input,
    /// `reason` says the rule in plain English words; `rule` and `values` let it be said again in
    /// his language ([`ApiError::say`]).
    InvalidInput {
        /// The input that broke the rule, e.g. "pleasantness".
        field: String,
        /// The rule, in plain English words, e.g. "choose a value from -5 to 5".
        reason: String,
        /// The rule's message id in the catalogs, e.g. "error-value-between"; empty for a rule
        /// still written in code, said as `reason` in every language.
        rule: String,
        /// The values the rule names, e.g. `min` -5 and `max` 5.
        values: Vec<RuleValue>,
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

impl ApiError {
    /// What went wrong, said to him in `language`: one sentence of the catalogs
    /// (`core/locales/*/errors.ftl`) for each kind, with the field's name in words and an
    /// [`InvalidInput`](ApiError::InvalidInput)'s rule said again from its `rule` and `values`
    /// (its English `reason` when the rule is still written in code). Details that are not
    /// sentences for him (a storage failure's code, a pack rule's text) stay as they came.
    pub fn say(&self, language: Language) -> String {
        match self {
            ApiError::InvalidInput {
                field,
                reason,
                rule,
                values,
            } => language.say_with(
                "error-invalid-input",
                &[
                    ("field", field_in_words(field, language).into()),
                    (
                        "reason",
                        rule_in_words(reason, rule, values, language).into(),
                    ),
                ],
            ),
            ApiError::NotFound { what } => language.say_with(
                "error-not-found",
                &[
                    ("kind", what.replace(' ', "-").into()),
                    ("what", what.as_str().into()),
                ],
            ),
            ApiError::WrongKey => language.say("error-wrong-key"),
            ApiError::Closed => language.say("error-closed"),
            ApiError::StorageFull => language.say("error-storage-full"),
            ApiError::DatabaseTooNew => language.say("error-database-too-new"),
            ApiError::Storage { reason } => {
                language.say_with("error-storage", &[("reason", reason.as_str().into())])
            }
            ApiError::Internal { reason } => {
                language.say_with("error-internal", &[("reason", reason.as_str().into())])
            }
            ApiError::BackupWrongPassphrase => language.say("error-backup-wrong-passphrase"),
            ApiError::BackupDamaged => language.say("error-backup-damaged"),
            ApiError::NotABackup => language.say("error-not-a-backup"),
            ApiError::BackupTooNew => language.say("error-backup-too-new"),
            ApiError::RestoreNeedsEmptyApp => language.say("error-restore-needs-empty-app"),
            ApiError::AppLockDamaged => language.say("error-app-lock-damaged"),
            ApiError::AppLockTooNew => language.say("error-app-lock-too-new"),
            ApiError::AppLockAlreadySet => language.say("error-app-lock-already-set"),
            ApiError::AppLockNotSet => language.say("error-app-lock-not-set"),
            ApiError::WrongLockKind { expected } => {
                let expected = match expected {
                    LockKind::Pin => "pin",
                    LockKind::Passphrase => "passphrase",
                };
                language.say_with("error-wrong-lock-kind", &[("expected", expected.into())])
            }
            ApiError::AppLockNotForThisDevice => language.say("error-app-lock-not-for-this-device"),
            ApiError::DeviceKeyUnavailable => language.say("error-device-key-unavailable"),
            ApiError::PackRefused { reason } => {
                language.say_with("error-pack-refused", &[("reason", reason.as_str().into())])
            }
            ApiError::PackChangesHelp { changes } => language.say_with(
                "error-pack-changes-help",
                &[("changes", changes.join("; ").into())],
            ),
            ApiError::DatabaseDamaged => language.say("error-database-damaged"),
            ApiError::EraseIncomplete { remaining } => language.say_with(
                "error-erase-incomplete",
                &[
                    ("count", remaining.len().into()),
                    ("files", remaining.join(", ").into()),
                ],
            ),
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(Language::ENGLISH))
    }
}

impl std::error::Error for ApiError {}

/// An `InvalidInput`'s rule in `language`, from its catalog id and values; the English `reason`
/// for a rule still written in code, or one this build's catalogs do not have.
fn rule_in_words(reason: &str, rule: &str, values: &[RuleValue], language: Language) -> String {
    if rule.is_empty() {
        return reason.to_owned();
    }
    let values: Vec<(&str, Value)> = values
        .iter()
        .map(|v| {
            let value = v
                .value
                .parse::<i64>()
                .map_or_else(|_| Value::from(v.value.as_str()), Value::from);
            (v.name.as_str(), value)
        })
        .collect();
    let said = language.say_with(rule, &values);
    if said == rule {
        reason.to_owned()
    } else {
        said
    }
}

/// A field's name as a person would say it in `language`, for the sentence `InvalidInput` reads
/// as: the code's names ("module_id", "fields", "pin") never reach him. A field with no
/// `field-` message in the catalogs is said as its name with spaces for underscores.
pub fn field_in_words(field: &str, language: Language) -> String {
    match field_message(field) {
        Some(id) => language.say(id),
        None => field.replace('_', " "),
    }
}

/// The `field-` message that names `field` in words.
fn field_message(field: &str) -> Option<&'static str> {
    let id = match field {
        "pleasantness" => "field-pleasantness",
        "energy" => "field-energy",
        "anger" => "field-anger",
        "stress" => "field-stress",
        "intensity" => "field-intensity",
        "hours_slept" | "sleep_minutes" => "field-hours-slept",
        "emotions" | "ids" => "field-emotions",
        "own_words" => "field-own-words",
        "tag" | "tags" => "field-tags",
        "body_cues" => "field-body-cues",
        "note" => "field-note",
        "body" | "text" => "field-text",
        "what_happened" => "field-what-happened",
        "thoughts" => "field-thoughts",
        "what_i_did" => "field-what-i-did",
        "next_time" => "field-next-time",
        "repair_done" => "field-repair-done",
        "answer" | "answers" | "value" | "cycles_done" | "regions_done" => "field-answer",
        "fields" => "field-plan",
        "prompt_id" | "prompt_text" => "field-prompt",
        "module_id" => "field-module",
        "step_index" => "field-step",
        "pin" => "field-pin",
        "passphrase" => "field-passphrase",
        "erase after" => "field-erase-after",
        "code" => "field-code",
        "link" => "field-link",
        "region" => "field-region",
        "tracks" => "field-tracks",
        "baby_date" => "field-baby-date",
        "date" => "field-date",
        "query" => "field-query",
        "from_day" | "to_day" => "field-dates",
        "cursor" => "field-cursor",
        "limit" | "days" => "field-how-many",
        "quadrant" => "field-quadrant",
        "journal_entry_ids" => "field-journal-entries",
        "living_document_ids" => "field-living-documents",
        "selection" => "field-selection",
        "quiet hours" => "field-quiet-hours",
        "utc_offset_minutes" => "field-time-zone",
        "biometric" => "field-biometric",
        // Named in English as the code names them, with words of their own in other languages.
        "key" => "field-key",
        "salt" => "field-salt",
        "kdf parameters" => "field-kdf-parameters",
        "work factor" => "field-work-factor",
        "recording" => "field-recording",
        "modules" => "field-modules",
        "from" => "field-from",
        "id" => "field-id",
        "track_id" => "field-track-id",
        "indices" => "field-indices",
        "settings" => "field-settings",
        "reminder settings" => "field-reminder-settings",
        "daily check-in time" => "field-daily-check-in-time",
        "weekly practice time" => "field-weekly-practice-time",
        "quiet hours start" => "field-quiet-hours-start",
        "quiet hours end" => "field-quiet-hours-end",
        _ => return None,
    };
    Some(id)
}

impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        use rusqlite::ErrorCode;
        match err {
            Error::InvalidInput { field, reason } => ApiError::InvalidInput {
                field: field.to_owned(),
                reason: reason.to_string(),
                rule: reason.id().to_owned(),
                values: reason
                    .values()
                    .map(|(name, value)| RuleValue {
                        name: name.to_owned(),
                        value,
                    })
                    .collect(),
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

    fn french() -> Language {
        Language::of_pack("fr-CA")
    }

    fn refused(field: &'static str, reason: Reason) -> ApiError {
        ApiError::from(Error::invalid(field, reason))
    }

    #[test]
    fn every_error_reads_in_english_as_it_did_before_the_catalogs() {
        let cases = [
            (
                refused(
                    "pleasantness",
                    Reason::with(
                        "error-value-between",
                        [("min", (-5).into()), ("max", 5.into())],
                    ),
                ),
                "Check how pleasant it feels: choose a value from -5 to 5. Nothing was changed.",
            ),
            (
                refused(
                    "body",
                    Reason::with("error-at-most-characters", [("limit", 50_000.into())]),
                ),
                "Check the text: keep it to 50000 characters or fewer. Nothing was changed.",
            ),
            (
                ApiError::InvalidInput {
                    field: "kdf_thing".into(),
                    reason: "a rule with no catalog id".into(),
                    rule: String::new(),
                    values: Vec::new(),
                },
                "Check kdf thing: a rule with no catalog id. Nothing was changed.",
            ),
            (
                ApiError::NotFound {
                    what: "journal entry".into(),
                },
                "That journal entry could not be found. Nothing was changed.",
            ),
            (
                ApiError::NotFound {
                    what: "thing never named before".into(),
                },
                "That thing never named before could not be found. Nothing was changed.",
            ),
            (
                ApiError::WrongKey,
                "This key or passphrase does not open the Groundwork database. Nothing was changed.",
            ),
            (
                ApiError::Closed,
                "Groundwork is closed. Open it again to go on.",
            ),
            (
                ApiError::StorageFull,
                "The device is full, so nothing was saved. Everything saved earlier is safe.",
            ),
            (
                ApiError::DatabaseTooNew,
                "This data was saved by a newer version of Groundwork. Update to open it; nothing was changed.",
            ),
            (
                ApiError::Storage {
                    reason: "database error (CannotOpen)".into(),
                },
                "Storage problem: database error (CannotOpen)",
            ),
            (
                ApiError::Internal {
                    reason: "unexpected database error".into(),
                },
                "Something went wrong inside Groundwork: unexpected database error",
            ),
            (
                ApiError::BackupWrongPassphrase,
                "This passphrase does not open the backup. Nothing was changed; try again.",
            ),
            (
                ApiError::BackupDamaged,
                "The backup file is damaged or incomplete, so it cannot be restored. Nothing was changed.",
            ),
            (
                ApiError::NotABackup,
                "This file is not a Groundwork backup. Nothing was changed.",
            ),
            (
                ApiError::BackupTooNew,
                "This backup was made by a newer version of Groundwork. Update the app to restore it; nothing was changed.",
            ),
            (
                ApiError::RestoreNeedsEmptyApp,
                "There is already data here. Merge the backup instead, or erase first. Nothing was changed.",
            ),
            (
                ApiError::AppLockDamaged,
                "The app lock file is damaged, so the PIN or passphrase cannot be checked. That try \
                 was not counted and nothing was changed. Put the lock file back from a copy of \
                 this device's files, or erase and start again, then restore your Groundwork backup.",
            ),
            (
                ApiError::AppLockTooNew,
                "The app lock was set by a newer version of Groundwork. Update the app to unlock; nothing was changed.",
            ),
            (
                ApiError::AppLockAlreadySet,
                "An app lock is already set. Change it or remove it instead; nothing was changed.",
            ),
            (
                ApiError::AppLockNotSet,
                "No app lock is set. Nothing was changed.",
            ),
            (
                ApiError::WrongLockKind {
                    expected: LockKind::Pin,
                },
                "This app lock uses a PIN, not a passphrase. That try was not counted.",
            ),
            (
                ApiError::WrongLockKind {
                    expected: LockKind::Passphrase,
                },
                "This app lock uses a passphrase, not a PIN. That try was not counted.",
            ),
            (
                ApiError::AppLockNotForThisDevice,
                "This app lock belongs to another phone's secure key, so it cannot be opened \
                 here. That try was not counted and nothing was changed.",
            ),
            (
                ApiError::DeviceKeyUnavailable,
                "This phone's secure key store could not protect the app lock just now. Nothing \
                 was changed; the lock is as it was.",
            ),
            (
                ApiError::PackRefused {
                    reason: "pack.toml is missing".into(),
                },
                "This content pack cannot be used: pack.toml is missing. Nothing was changed.",
            ),
            (
                ApiError::PackChangesHelp {
                    changes: vec!["Lifeline's number in Australia".into(), "AU's lines".into()],
                },
                "This content pack cannot be installed: it tries to change help built into the app (Lifeline's number in Australia; AU's lines). A pack may add modules, exercises and local services, but never changes the emergency numbers or help lines. Nothing was changed.",
            ),
            (
                ApiError::DatabaseDamaged,
                "The database file is damaged or missing, so Groundwork cannot open it. Nothing \
                 was changed and no new database was made over it. Put the database file back \
                 from a copy if you have one; otherwise erase and start again, then restore your \
                 Groundwork backup.",
            ),
            (
                ApiError::EraseIncomplete {
                    remaining: vec!["groundwork.db-wal".into()],
                },
                "Not everything could be erased: groundwork.db-wal is still there. Remove it by \
                 hand, or try again.",
            ),
            (
                ApiError::EraseIncomplete {
                    remaining: vec!["groundwork.db".into(), "groundwork.db-wal".into()],
                },
                "Not everything could be erased: groundwork.db, groundwork.db-wal are still \
                 there. Remove them by hand, or try again.",
            ),
        ];
        for (error, english) in cases {
            assert_eq!(error.to_string(), english);
            assert_eq!(error.say(Language::ENGLISH), english);
        }
    }

    #[test]
    fn an_error_is_said_in_french_with_the_french_pack() {
        let cases = [
            (
                refused(
                    "tags",
                    Reason::with("error-up-to-tags", [("limit", 10.into())]),
                ),
                "Vérifie les étiquettes : mets au plus 10 étiquettes. Rien n'a été changé.",
            ),
            (
                refused(
                    "own_words",
                    Reason::with("error-at-most-characters", [("limit", 1.into())]),
                ),
                "Vérifie tes propres mots : pas plus de 1 caractère. Rien n'a été changé.",
            ),
            (
                ApiError::NotFound {
                    what: "check-in".into(),
                },
                "Ce bilan n'a pas été trouvé. Rien n'a été changé.",
            ),
            (
                ApiError::WrongLockKind {
                    expected: LockKind::Pin,
                },
                "Ce verrou utilise un NIP, pas une phrase de passe. Cet essai n'a pas été compté.",
            ),
            (
                ApiError::EraseIncomplete {
                    remaining: vec!["groundwork.db-wal".into()],
                },
                "Tout n'a pas pu être effacé : groundwork.db-wal est encore là. Enlève-le à la main, ou réessaie.",
            ),
            (
                ApiError::EraseIncomplete {
                    remaining: vec!["groundwork.db".into(), "groundwork.db-wal".into()],
                },
                "Tout n'a pas pu être effacé : groundwork.db, groundwork.db-wal sont encore là. Enlève-les à la main, ou réessaie.",
            ),
            (
                ApiError::Storage {
                    reason: "database error (CannotOpen)".into(),
                },
                "Problème de stockage : database error (CannotOpen)",
            ),
        ];
        for (error, french_text) in cases {
            let said = error.say(french());
            assert_eq!(said, french_text);
            assert_ne!(said, error.to_string());
        }
    }

    #[test]
    fn a_rule_crosses_with_its_id_and_values_and_is_said_again_in_his_language() {
        let api = refused(
            "note",
            Reason::with("error-at-most-characters", [("limit", 2_000.into())]),
        );
        let ApiError::InvalidInput {
            field,
            reason,
            rule,
            values,
        } = &api
        else {
            panic!("{api:?}");
        };
        assert_eq!(field, "note");
        assert_eq!(reason, "keep it to 2000 characters or fewer");
        assert_eq!(rule, "error-at-most-characters");
        assert_eq!(
            values,
            &[RuleValue {
                name: "limit".into(),
                value: "2000".into(),
            }]
        );
        assert_eq!(
            api.say(french()),
            "Vérifie la note : pas plus de 2000 caractères. Rien n'a été changé."
        );
    }

    #[test]
    fn a_rule_without_a_catalog_id_or_unknown_to_the_catalogs_is_said_as_its_english_reason() {
        let in_code = ApiError::InvalidInput {
            field: "pin".into(),
            reason: "use digits 0 to 9 only".into(),
            rule: String::new(),
            values: Vec::new(),
        };
        assert_eq!(
            in_code.say(french()),
            "Vérifie le NIP : use digits 0 to 9 only. Rien n'a été changé."
        );
        let unknown = ApiError::InvalidInput {
            field: "pin".into(),
            reason: "use digits 0 to 9 only".into(),
            rule: "error-from-a-newer-build".into(),
            values: Vec::new(),
        };
        assert_eq!(
            unknown.to_string(),
            "Check the PIN: use digits 0 to 9 only. Nothing was changed."
        );
    }

    #[test]
    fn a_field_without_words_of_its_own_is_its_name_with_spaces() {
        assert_eq!(field_in_words("module_id", Language::ENGLISH), "the module");
        assert_eq!(field_in_words("module_id", french()), "le module");
        assert_eq!(field_in_words("new_thing", french()), "new thing");
        assert_eq!(field_in_words("track_id", Language::ENGLISH), "track id");
    }
}
