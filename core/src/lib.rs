//! The Groundwork core.
//!
//! Everything Groundwork decides lives here: storage (SQLite encrypted with SQLCipher), the
//! check-ins, the journal, and the screen models the iOS and Android shells render. Shells open
//! one [`Groundwork`] object, call it with what the person did, and draw what it returns.
//!
//! This file is the whole FFI surface and only translates between the FFI and the domain
//! modules; the decisions are made in those modules.

#![warn(missing_docs)]

pub mod checkins;
mod clock;
mod error;
pub mod ffi_types;
pub mod journal;
pub mod keys;
pub mod screens;
mod store;
mod validate;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use crate::checkins::{CheckIn, CheckInInput, Quadrant};
pub use crate::clock::{Clock, ManualClock, SystemClock};
pub use crate::error::ApiError;
pub use crate::journal::{JournalEntry, JournalSearchHit, TextRun};
pub use crate::keys::DatabaseKey;
pub use crate::screens::home::{CheckInSummary, HomeScreen};
use crate::store::Store;

uniffi::setup_scaffolding!();

/// The file name of the database inside the data directory.
pub const DATABASE_FILE: &str = "groundwork.db";

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = store::schema::VERSION;

/// An open Groundwork: one per app process, safe to share between threads.
#[derive(Debug, uniffi::Object)]
pub struct Groundwork {
    store: Store,
    clock: Arc<dyn Clock>,
}

#[uniffi::export]
impl Groundwork {
    /// Opens (creating on first use) the encrypted database in `data_dir` with the raw 32-byte
    /// `key` from the platform keystore, upgrading its schema if needed.
    ///
    /// Errors: `WrongKey` if the key does not open an existing database; `DatabaseTooNew` if a
    /// newer app wrote it; `InvalidInput` if the key is not 32 bytes. Nothing is changed on error.
    #[uniffi::constructor]
    pub fn open(data_dir: String, key: Vec<u8>) -> Result<Arc<Self>, ApiError> {
        let key = keys::DatabaseKey::from_bytes(&key)?;
        Ok(Arc::new(Self::open_with(
            Path::new(&data_dir),
            &key,
            Arc::new(SystemClock),
        )?))
    }

    /// Saves a check-in made now and returns it as stored.
    ///
    /// Errors: `InvalidInput` for a value outside -5..=5, more than three emotion words, an empty,
    /// repeated or over-long word, or a note over 2,000 characters. Nothing is saved on error.
    pub fn record_check_in(&self, input: CheckInInput) -> Result<CheckIn, ApiError> {
        let now = self.clock.now();
        Ok(self.store.write(|tx| checkins::record(tx, input, now))?)
    }

    /// The most recent check-ins, newest first; `limit` is 1 to 500.
    pub fn recent_check_ins(&self, limit: u32) -> Result<Vec<CheckIn>, ApiError> {
        Ok(self.store.read(|conn| checkins::recent(conn, limit))?)
    }

    /// Saves a journal entry written now, exactly as written.
    ///
    /// Errors: `InvalidInput` if it is empty or longer than 50,000 characters.
    pub fn add_journal_entry(&self, body: String) -> Result<JournalEntry, ApiError> {
        let now = self.clock.now();
        Ok(self.store.write(|tx| journal::add(tx, body, now))?)
    }

    /// Searches the journal for entries containing every word of `query` (the last word may be
    /// the start of a word), best match first; `limit` is 1 to 100.
    ///
    /// Errors: `InvalidInput` if the query has no words or is over 200 characters.
    pub fn search_journal(
        &self,
        query: String,
        limit: u32,
    ) -> Result<Vec<JournalSearchHit>, ApiError> {
        Ok(self
            .store
            .read(|conn| journal::search(conn, &query, limit))?)
    }

    /// The home screen, ready to render.
    pub fn home_screen(&self) -> Result<HomeScreen, ApiError> {
        let now = self.clock.now();
        Ok(self.store.read(|conn| screens::home::build(conn, now))?)
    }
}

impl Groundwork {
    /// Opens with a chosen clock: for tests, benchmarks and the terminal companion.
    pub fn open_with(
        data_dir: &Path,
        key: &DatabaseKey,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, ApiError> {
        std::fs::create_dir_all(data_dir).map_err(error::Error::from)?;
        let store = Store::open(&database_path(data_dir), key)?;
        Ok(Groundwork { store, clock })
    }

    /// Where this Groundwork's database file is.
    pub fn database_path(&self) -> &Path {
        self.store.path()
    }
}

/// The database file for a data directory.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join(DATABASE_FILE)
}

/// A new random 32-byte database key, for a shell to store in the Keychain or Keystore on
/// first launch.
#[uniffi::export]
pub fn generate_database_key() -> Vec<u8> {
    keys::DatabaseKey::generate().expose_bytes().to_vec()
}

/// The version of this core, e.g. "0.1.0".
#[uniffi::export]
pub fn core_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
