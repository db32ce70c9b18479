//! Errors: one internal [`Error`] with everything the core can hit, and one public [`ApiError`],
//! the only error that crosses the FFI. [`From<Error> for ApiError`] is the single mapping point.
//!
//! No message here ever contains personal data: no note text, no journal text, no search query,
//! no key. Messages name the field and the rule, never the value.

use std::fmt;

/// Everything that can go wrong inside the core.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("invalid {field}: {reason}")]
    InvalidInput { field: &'static str, reason: String },
    #[error("no {what} with that id")]
    NotFound { what: &'static str },
    #[error("the key does not open this database")]
    WrongKey,
    #[error("the database has been closed")]
    Closed,
    #[error("this is an unencrypted SQLite file, not a Groundwork database")]
    NotEncrypted,
    #[error(
        "the database was written by a newer version (schema {found}, this build knows {known})"
    )]
    DatabaseTooNew { found: i64, known: i64 },
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("file system: {0}")]
    Io(#[from] std::io::Error),
    #[error("key derivation: {0}")]
    Kdf(String),
    #[error("internal: {0}")]
    Internal(&'static str),
}

impl Error {
    pub(crate) fn invalid(field: &'static str, reason: impl Into<String>) -> Self {
        Error::InvalidInput {
            field,
            reason: reason.into(),
        }
    }
}

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

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
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::InvalidInput { field, reason } => write!(f, "{field}: {reason}"),
            ApiError::NotFound { what } => write!(f, "That {what} could not be found. Nothing was changed."),
            ApiError::WrongKey => f.write_str(
                "This key or passphrase does not open the Groundwork database. Nothing was changed.",
            ),
            ApiError::Closed => f.write_str("Groundwork is closed. Open it again to go on."),
            ApiError::StorageFull => f.write_str(
                "The device is full, so nothing was saved. Everything saved earlier is safe.",
            ),
            ApiError::DatabaseTooNew => f.write_str(
                "This data was saved by a newer version of Groundwork. Update to open it; nothing was changed.",
            ),
            ApiError::Storage { reason } => write!(f, "Storage problem: {reason}"),
            ApiError::Internal { reason } => write!(f, "Something went wrong inside Groundwork: {reason}"),
        }
    }
}

impl std::error::Error for ApiError {}

impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        use rusqlite::ErrorCode;
        match err {
            Error::InvalidInput { field, reason } => ApiError::InvalidInput {
                field: field.to_owned(),
                reason,
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
}
