//! The FFI surface, one file per capability: every `#[uniffi::export]` lives in this folder (but
//! `AppNavigator`, in the navigation layer above, which drives this object), and
//! each method is a thin call into the capability (or screen model) that decides, converting
//! its `Result` into [`ApiError`], the only error that crosses. This file is the [`Groundwork`]
//! object itself: opening, the pack in use, closing and erasing.
//!
//! The saves that skip the crisis check (`record_check_in`, `write_journal_entry`, ...) are
//! Rust-only, for tests, benchmarks and imports: every shell saves through a `submit_*` method,
//! so what he writes is always checked, in one place.

mod anger;
mod backup;
mod checkins;
#[cfg(feature = "test-clock")]
mod clock;
mod content;
mod curriculum;
mod dictation;
mod documents;
mod export;
mod insights;
mod journal;
mod lock;
pub mod navigation;
mod navigator;
mod recommend;
mod reminders;
mod safety;
mod screens;
mod share;
mod speech;

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use groundwork_pack::Pack;

use crate::base::clock::{Clock, SystemClock};
use crate::base::error::Error;
use crate::base::keys::DatabaseKey;
use crate::base::text::Language;
use crate::store::Store;
use crate::store::files::{database_path, lock_file_path};

pub use crate::base::error::ApiError;
pub use content::{help_now_at, help_now_in};
pub use lock::{
    app_lock_screen, app_lock_status, app_unlock_method, change_app_lock, erase_data_dir,
    remove_app_lock, set_app_lock, unlock_app, use_app_folders, use_device_key_wrapper,
};
pub use navigator::AppNavigator;
pub use recommend::{create_recommendation_code, read_link, read_recommendation_code};
pub use reminders::discreet_texts_for;
pub use safety::help_now;

/// An open Groundwork: one per app process, safe to share between threads.
#[derive(Debug, uniffi::Object)]
pub struct Groundwork {
    store: Store,
    clock: Arc<dyn Clock>,
    /// The content pack everything is built from: the built-in one, or one he installed
    /// (`install_pack`, composed with the built-in help lines and safety section), swapped whole
    /// while the app runs.
    content: RwLock<crate::content::installed::Choice>,
    /// The built-in pack in the device's language: what is used when no pack is installed, and
    /// what going back to the built-in content goes back to.
    built_in: Arc<Pack>,
    /// The folder holding the database (and an installed pack).
    data_dir: PathBuf,
    /// When this database was opened: the question about how he is comes back once the app has
    /// been opened again since he wrote something heavy.
    opened_at: chrono::DateTime<chrono::Utc>,
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
        let key = DatabaseKey::from_bytes(&zeroize::Zeroizing::new(key))?;
        Ok(Arc::new(Self::open_with(
            Path::new(&data_dir),
            &key,
            Arc::new(SystemClock),
        )?))
    }

    /// Erases everything: closes the database and deletes it with its write-ahead log and shared
    /// memory files, the app lock, the installed pack, and every file in the folders named with
    /// `use_app_folders`. Later calls return `Closed`. The shell then deletes the key it kept.
    ///
    /// Errors: `EraseIncomplete` naming each file still there afterwards.
    pub fn erase_everything(&self) -> Result<(), ApiError> {
        self.store.close();
        let _guard = crate::lock::serialize();
        Ok(crate::wipe::erase_data_dir(&self.data_dir)?)
    }

    /// Closes the database now (for example when the app locks), instead of whenever the last
    /// reference goes away. Every later call returns `Closed`. Closing twice is harmless.
    pub fn close(&self) {
        self.store.close();
    }
}

impl Groundwork {
    /// Opens with a chosen clock, in English: for tests, benchmarks and the terminal companion.
    pub fn open_with(
        data_dir: &Path,
        key: &DatabaseKey,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, ApiError> {
        Self::open_in(data_dir, key, clock, Language::ENGLISH)
    }

    /// Opens with a chosen clock and the built-in content in `language` (negotiated from the
    /// device's preferred languages with `Language::negotiate`): what the app's navigation and
    /// the terminal companion open. An installed pack is used, as ever, in its own language.
    pub fn open_in(
        data_dir: &Path,
        key: &DatabaseKey,
        clock: Arc<dyn Clock>,
        language: Language,
    ) -> Result<Self, ApiError> {
        let built_in = crate::content::built_in(language).map_err(content_unreadable)?;
        let choice = crate::content::installed::choose(data_dir, &built_in);
        Self::open_active(data_dir, key, clock, choice, built_in)
    }

    /// Opens with a given content pack instead of the built-in one (a newer or imported pack,
    /// or a test pack). Progress stored under module ids the pack's manifest renamed is carried
    /// over to the new ids, in one transaction.
    pub fn open_with_pack(
        data_dir: &Path,
        key: &DatabaseKey,
        clock: Arc<dyn Clock>,
        pack: Arc<Pack>,
    ) -> Result<Self, ApiError> {
        let built_in = crate::content::built_in(Language::of_pack(&pack.manifest.locale))
            .map_err(content_unreadable)?;
        let active = crate::content::installed::Choice::whole(pack, false, None);
        Self::open_active(data_dir, key, clock, active, built_in)
    }

    fn open_active(
        data_dir: &Path,
        key: &DatabaseKey,
        clock: Arc<dyn Clock>,
        active: crate::content::installed::Choice,
        built_in: Arc<Pack>,
    ) -> Result<Self, ApiError> {
        std::fs::create_dir_all(data_dir).map_err(Error::from)?;
        let database = database_path(data_dir);
        // With an app lock set, a database was made before it: one missing now was lost, and a
        // new empty one must not take its place.
        if lock_file_path(data_dir).exists() && !database.exists() {
            return Err(Error::DatabaseDamaged.into());
        }
        let store = Store::open(&database, key, crate::journal::DATA_STEPS)?;
        crate::curriculum::carry_renamed_progress(&store, &active.pack)?;
        let groundwork = Groundwork {
            store,
            opened_at: clock.now().with_timezone(&chrono::Utc),
            clock,
            content: RwLock::new(active),
            built_in,
            data_dir: data_dir.to_path_buf(),
        };
        // A region chosen before the region file existed is copied there once.
        if !crate::store::files::region_file_path(data_dir).exists() {
            groundwork.remember_region();
        }
        Ok(groundwork)
    }

    /// The content pack in use.
    pub fn pack(&self) -> Arc<Pack> {
        // A poisoned lock still holds a whole pack: swaps replace it in one step.
        Arc::clone(&self.content.read().unwrap_or_else(|e| e.into_inner()).pack)
    }

    /// The language of the pack in use: the core's own words on every screen it composes and in
    /// every message it returns are said in it, so they never differ from the content around them.
    pub fn language(&self) -> crate::base::text::Language {
        crate::base::text::Language::of_pack(&self.pack().manifest.locale)
    }

    /// The built-in pack in the language it was opened in.
    pub(crate) fn built_in(&self) -> Arc<Pack> {
        Arc::clone(&self.built_in)
    }

    /// Where this Groundwork's database file is.
    pub fn database_path(&self) -> &Path {
        self.store.path()
    }
}

fn content_unreadable(_: crate::content::ContentError) -> ApiError {
    ApiError::Internal {
        reason: "the built-in content could not be read".to_owned(),
    }
}

/// The built-in content pack, for what needs no database.
fn built_in_pack() -> Result<&'static Pack, ApiError> {
    crate::content::default_pack().map_err(content_unreadable)
}

/// A new random 32-byte database key, for a shell to store in the Keychain or Keystore on
/// first launch.
#[uniffi::export]
pub fn generate_database_key() -> Vec<u8> {
    DatabaseKey::generate().expose_bytes().to_vec()
}

/// The version of this core, e.g. "0.1.0".
#[uniffi::export]
pub fn core_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
