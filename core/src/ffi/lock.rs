//! The app lock, before the database is open: its status, the lock screen, setting, trying,
//! changing and removing the PIN or passphrase; and erasing a data folder that will not open.
//!
//! No pack is open here, so no pack says which language to speak: these free functions say
//! their words in English until the shells pass the device's language.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use zeroize::Zeroizing;

use crate::base::error::ApiError;
use crate::base::keys::DatabaseKey;
use crate::base::text::Language;
use crate::lock::{
    self, DeviceKeyWrapper, LockKind, LockScreen, LockSecret, LockStatus, UnlockMethod,
    UnlockOutcome,
};

/// Erases the database files, the app lock and the installed pack in `data_dir`, and every file in
/// the folders named with `use_app_folders`, without opening them: for a forgotten passphrase or a
/// damaged database. Each is overwritten, deleted and then looked for again. Files that are not there are fine; nothing else in the folder is touched.
///
/// Errors: `EraseIncomplete` naming each file still there afterwards.
#[uniffi::export]
pub fn erase_data_dir(data_dir: String) -> Result<(), ApiError> {
    let _guard = lock::serialize();
    Ok(crate::wipe::erase_data_dir(Path::new(&data_dir))?)
}

/// Names the folders the app writes files into besides `data_dir` (its cache, the folder where
/// it puts the temporary copy of an export or report for the share sheet), once at start:
/// every erase (erase everything, `erase_data_dir`, erase-after-N wrong attempts) then
/// overwrites and deletes every file in them too, and names any it could not.
#[uniffi::export]
pub fn use_app_folders(folders: Vec<String>) {
    crate::wipe::use_app_folders(folders.into_iter().map(PathBuf::from).collect());
}

/// Whether an app lock is set (PIN or passphrase) and when the next try is allowed. Call before
/// opening: it reads only the small lock file beside the database.
///
/// Errors: `AppLockDamaged` or `AppLockTooNew` for a lock file this version cannot read.
#[uniffi::export]
pub fn app_lock_status(data_dir: String) -> Result<LockStatus, ApiError> {
    Ok(lock::lock_status(
        Path::new(&data_dir),
        chrono::Utc::now(),
        Language::ENGLISH,
    )?)
}

/// How the app opens, in words for settings: its own PIN or passphrase when a lock is set, else
/// fingerprint or face when `biometric` (the key on this device needs strong biometrics), else
/// nothing of its own, with advice when it could be safer.
///
/// Errors: `AppLockDamaged` or `AppLockTooNew` for a lock file this version cannot read.
#[uniffi::export]
pub fn app_unlock_method(data_dir: String, biometric: bool) -> Result<UnlockMethod, ApiError> {
    let status = lock::lock_status(Path::new(&data_dir), chrono::Utc::now(), Language::ENGLISH)?;
    Ok(lock::unlock_method(
        status.kind.filter(|_| status.locked),
        biometric,
        Language::ENGLISH,
    ))
}

/// The lock screen's title, prompt and button labels for a lock of `kind` (`None` when there is
/// no PIN or passphrase and the key on this device unlocks), neutral in `discreet` mode, with its
/// help now button: `region` is the one the shell remembered (e.g. "AU"), for the emergency
/// number; without one, the region he chose as the core kept it beside the database; an unknown
/// or missing one leaves the number out (a plain string, read leniently like
/// `ShellPreferences.region`: this screen never fails). Needs no database (the content is
/// read from `data_dir`, or the built-in one), so help now is reachable before unlocking; never
/// fails.
#[uniffi::export]
pub fn app_lock_screen(
    data_dir: String,
    kind: Option<LockKind>,
    discreet: bool,
    region: Option<String>,
) -> LockScreen {
    lock_screen_in(
        Path::new(&data_dir),
        kind,
        discreet,
        region.as_deref(),
        Language::ENGLISH,
    )
}

/// The lock screen as [`app_lock_screen`] makes it, with its own words in `language` (the
/// navigation's, from the device locale).
pub(crate) fn lock_screen_in(
    data_dir: &Path,
    kind: Option<LockKind>,
    discreet: bool,
    region: Option<&str>,
    language: Language,
) -> LockScreen {
    let help = crate::safety::help::before_unlock(data_dir, region, language);
    lock::lock_screen(kind, discreet, help, language)
}

/// Hands the core this phone's hardware-held key (Android Keystore, iOS Keychain or Secure
/// Enclave), once at start, before any other lock call. From then on every app lock is sealed by
/// it as well as by the PIN or passphrase, so a copy of the files opens nothing on another
/// device; a lock set before is sealed at the next right PIN. `None` takes it away (a file lock,
/// as the terminal companion keeps).
#[uniffi::export]
pub fn use_device_key_wrapper(wrapper: Option<Arc<dyn DeviceKeyWrapper>>) {
    lock::use_device_key_wrapper(wrapper);
}

/// Wraps the database key under a PIN (6+ digits) or passphrase (8+ characters) with Argon2id;
/// the lock file is on disk when this returns. Afterwards the shell confirms the lock
/// (`app_lock_status` says locked) and only then deletes its own stored copy of the key, so the
/// key always has a home. `erase_after` opts in to erasing everything after that many wrong
/// attempts in a row (5 to 100).
///
/// Errors: `InvalidInput` for a secret or `erase_after` that breaks the rules;
/// `AppLockAlreadySet`; `WrongKey` if `key` does not open the database. Nothing is written.
#[uniffi::export]
pub fn set_app_lock(
    data_dir: String,
    key: Vec<u8>,
    secret: LockSecret,
    erase_after: Option<u32>,
) -> Result<(), ApiError> {
    let key = DatabaseKey::from_bytes(&Zeroizing::new(key))?;
    let secret = Zeroizing::new(secret);
    Ok(lock::set_lock(
        Path::new(&data_dir),
        &key,
        &secret,
        erase_after,
    )?)
}

/// Tries the PIN or passphrase. `Unlocked { key }` opens the database with `Groundwork.open`;
/// wrong attempts are throttled with growing delays that survive restarts. A wrong secret is an
/// outcome, `WrongSecret`, not an error; so is `TooSoon` (with when to try again).
///
/// Errors: `AppLockNotSet`; `InvalidInput` for a secret that breaks the rules and
/// `WrongLockKind` for the other kind of secret (neither counts as an attempt);
/// `AppLockDamaged` or `AppLockTooNew`.
#[uniffi::export]
pub fn unlock_app(data_dir: String, secret: LockSecret) -> Result<UnlockOutcome, ApiError> {
    let secret = Zeroizing::new(secret);
    Ok(lock::unlock(
        Path::new(&data_dir),
        &secret,
        chrono::Utc::now(),
        Language::ENGLISH,
    )?)
}

/// Re-wraps the same database key under a new secret (nothing is re-encrypted). A wrong old
/// secret counts as a wrong attempt. Errors: as `unlock_app`.
#[uniffi::export]
pub fn change_app_lock(
    data_dir: String,
    old: LockSecret,
    new: LockSecret,
) -> Result<UnlockOutcome, ApiError> {
    let (old, new) = (Zeroizing::new(old), Zeroizing::new(new));
    Ok(lock::change_lock(
        Path::new(&data_dir),
        &old,
        &new,
        chrono::Utc::now(),
        Language::ENGLISH,
    )?)
}

/// Removes the lock; `Unlocked { key }` is the raw key for the shell to keep in the Keychain or
/// Keystore again. The lock file is gone when this returns, so the shell first takes the key
/// with `unlock_app`, saves it in its key store and reads it back, and only then calls this: the
/// key always has a home. Errors: as `unlock_app`.
#[uniffi::export]
pub fn remove_app_lock(data_dir: String, secret: LockSecret) -> Result<UnlockOutcome, ApiError> {
    let secret = Zeroizing::new(secret);
    Ok(lock::remove_lock(
        Path::new(&data_dir),
        &secret,
        chrono::Utc::now(),
        Language::ENGLISH,
    )?)
}

impl super::Groundwork {
    /// "Not now" to the lock offer: home keeps a quiet reminder until a lock is set.
    pub fn put_off_app_lock(&self) -> Result<(), ApiError> {
        Ok(self.store.write(lock::lifecycle::put_off)?)
    }

    /// A lock was chosen: home's reminder goes.
    pub fn app_lock_chosen(&self) -> Result<(), ApiError> {
        Ok(self.store.write(lock::lifecycle::chosen)?)
    }

    /// Saves how long the app may stay in the background before it locks.
    pub fn set_lock_grace(&self, grace: lock::LockGrace) -> Result<(), ApiError> {
        Ok(self
            .store
            .write(|tx| lock::lifecycle::save_grace(tx, grace))?)
    }

    /// The grace period he chose.
    pub fn lock_grace(&self) -> Result<lock::LockGrace, ApiError> {
        Ok(self.store.read(lock::lifecycle::grace)?)
    }

    /// Whether a PIN or passphrase guards this database.
    pub(crate) fn app_lock_set(&self) -> bool {
        crate::store::files::lock_file_path(&self.data_dir).exists()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_screens_own_words_are_in_the_language_given() {
        let dir = tempfile::tempdir().expect("dir");
        let screen =
            |language| lock_screen_in(dir.path(), Some(LockKind::Pin), false, None, language);
        let english = screen(Language::ENGLISH);
        assert_eq!(english.prompt.as_deref(), Some("Enter your PIN"));
        assert_eq!(english.unlock_label, "Unlock");
        let french = screen(Language::from_locale(Some("fr_CA.UTF-8")));
        assert_eq!(french.prompt.as_deref(), Some("Entre ton NIP"));
        assert_eq!(french.unlock_label, "Déverrouiller");
        assert!(french.numeric_input);
    }
}
