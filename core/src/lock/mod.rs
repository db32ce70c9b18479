//! The app lock: an optional PIN (6 or more digits) or passphrase (8 or more characters) between
//! a phone in someone else's hands and what he wrote.
//!
//! The database key is wrapped with a key derived from the PIN or passphrase by Argon2id and
//! sealed with ChaCha20-Poly1305; the wrapped key lives in `lock.json` beside the database, and the
//! shell removes the raw key from the Keychain or Keystore once the lock is set. Changing the PIN
//! re-wraps the same key, so the database is not re-encrypted. Removing the lock hands the raw key
//! back for the shell to store again.
//!
//! Wrong attempts are throttled with growing waits that are kept in the lock file, so they
//! survive restarts: none for the first three, then 30 s, 1 min, 5 min, 15 min, then an hour each.
//! An attempt is counted *before* it is checked, so killing the app mid-attempt does not
//! escape the count. Nothing is destroyed unless he opted in to erase-after-N wrong attempts.
//!
//! On the phones the wrapped key is sealed once more by a key the phone's hardware holds
//! ([`DeviceKeyWrapper`], `device.rs`), so a copy of the files is useless anywhere else: the right
//! PIN on another device is refused with `AppLockNotForThisDevice`, and nothing is counted.
//!
//! Every function here runs before a `Groundwork` exists, takes the data directory and the time
//! (`now`, so tests can set it), and keeps no state in memory: the file is the state. Those that
//! return a line for him (a wait, a wrong try) take the `Language` to say it in.
//!
//! The secret and the key never appear in `Debug` output or in errors.

mod device;
mod file;
pub mod lifecycle;
mod messages;
mod throttle;
mod wrap;

use std::fmt;
use std::path::Path;
use std::sync::{Mutex, MutexGuard, PoisonError};

use unicode_normalization::UnicodeNormalization;
use zeroize::{Zeroize, Zeroizing};

use crate::base::error::{Error, Reason, Result};
use crate::base::ffi_types::Timestamp;
use crate::base::keys::{DatabaseKey, KdfParams};
use crate::base::text::Language;

pub use device::{DeviceKeyError, DeviceKeyWrapper, device_key_wrapper, use_device_key_wrapper};
use file::{LockState, StoredKey};

pub use crate::base::error::LockKind;
pub use crate::store::files::{LOCK_FILE, lock_file_path};

/// Whether Argon2id settings read from a file are in the range this version writes and reads:
/// enough for any build's defaults, too little for a damaged or hostile file to exhaust memory.
pub fn kdf_acceptable(kdf: KdfParams) -> bool {
    file::kdf_acceptable(kdf)
}
pub use lifecycle::LockGrace;
pub use messages::{
    LockChoice, LockChoiceOption, LockOffer, LockReminderCard, LockScreen, UnlockMethod,
    UnlockMethodKind, lock_offer, lock_reminder_card, lock_screen, unlock_method,
};

/// Fewest digits in a PIN.
pub const MIN_PIN_DIGITS: usize = 6;
/// Most digits in a PIN.
pub const MAX_PIN_DIGITS: usize = 64;
/// Fewest characters in a passphrase.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// Most characters in a passphrase.
pub const MAX_PASSPHRASE_CHARS: usize = 1024;
/// Fewest wrong attempts that may be chosen for erase-after-N.
pub const MIN_ERASE_AFTER: u32 = file::MIN_ERASE_AFTER;
/// Most wrong attempts that may be chosen for erase-after-N.
pub const MAX_ERASE_AFTER: u32 = file::MAX_ERASE_AFTER;

/// What he unlocks with. `Debug` never shows it; call `zeroize()` when done with it.
#[derive(uniffi::Enum)]
pub enum LockSecret {
    /// Six or more digits 0-9.
    Pin(String),
    /// Eight or more characters of any kind.
    Passphrase(String),
}

impl fmt::Debug for LockSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LockSecret::Pin(_) => f.write_str("Pin(<redacted>)"),
            LockSecret::Passphrase(_) => f.write_str("Passphrase(<redacted>)"),
        }
    }
}

impl Zeroize for LockSecret {
    fn zeroize(&mut self) {
        match self {
            LockSecret::Pin(text) | LockSecret::Passphrase(text) => text.zeroize(),
        }
    }
}

impl LockSecret {
    fn kind(&self) -> LockKind {
        match self {
            LockSecret::Pin(_) => LockKind::Pin,
            LockSecret::Passphrase(_) => LockKind::Passphrase,
        }
    }
}

/// What the lock screen needs before anything is typed.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LockStatus {
    /// Whether an app lock is set. When `false`, open the database with the key from the
    /// Keychain or Keystore.
    pub locked: bool,
    /// PIN or passphrase; `None` when not locked.
    pub kind: Option<LockKind>,
    /// The next attempt is not allowed before this time; `None` when he may try now.
    pub retry_after: Option<Timestamp>,
    /// The erase-after-N opt-in: how many wrong attempts in a row erase everything.
    pub erase_after: Option<u32>,
    /// With the opt-in, how many wrong attempts are left before everything is erased.
    pub attempts_left_before_erase: Option<u32>,
    /// While he must wait: what to show, with the wait in words; `None` when he may try now.
    pub message: Option<String>,
}

impl LockStatus {
    /// No app lock: the key on this device opens the database.
    pub fn not_set() -> LockStatus {
        LockStatus {
            locked: false,
            kind: None,
            retry_after: None,
            erase_after: None,
            attempts_left_before_erase: None,
            message: None,
        }
    }
}

/// What came of an attempt with a PIN or passphrase.
#[derive(Clone, PartialEq, Eq, uniffi::Enum)]
pub enum UnlockOutcome {
    /// The secret was right. `key` is the raw 32-byte database key: open the database with it and
    /// do not keep it longer than that.
    Unlocked {
        /// The raw database key.
        key: Vec<u8>,
    },
    /// The secret was wrong; the attempt was counted.
    WrongSecret {
        /// With the erase-after-N opt-in, wrong attempts left before everything is erased.
        attempts_left_before_erase: Option<u32>,
        /// The next attempt is not allowed before this time; `None` when he may try again now.
        retry_after: Option<Timestamp>,
        /// What to show: that it didn't match, and when he may try again, in words.
        message: String,
    },
    /// Too soon after earlier wrong attempts; the secret was not checked and nothing was counted.
    TooSoon {
        /// When the next attempt is allowed.
        retry_after: Timestamp,
        /// What to show: that he may try again soon, with the wait in words.
        message: String,
    },
    /// That was the last wrong attempt he opted in to: the database and the lock are erased.
    Erased {
        /// What to show: that everything was erased, as he chose.
        message: String,
    },
}

impl fmt::Debug for UnlockOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnlockOutcome::Unlocked { .. } => f.write_str("Unlocked { key: <redacted> }"),
            UnlockOutcome::WrongSecret {
                attempts_left_before_erase,
                retry_after,
                message,
            } => f
                .debug_struct("WrongSecret")
                .field("attempts_left_before_erase", attempts_left_before_erase)
                .field("retry_after", retry_after)
                .field("message", message)
                .finish(),
            UnlockOutcome::TooSoon {
                retry_after,
                message,
            } => f
                .debug_struct("TooSoon")
                .field("retry_after", retry_after)
                .field("message", message)
                .finish(),
            UnlockOutcome::Erased { message } => {
                f.debug_struct("Erased").field("message", message).finish()
            }
        }
    }
}

impl UnlockOutcome {
    /// The database key, when the attempt unlocked.
    pub fn into_key(self) -> Option<DatabaseKey> {
        match self {
            UnlockOutcome::Unlocked { key } => {
                let key = Zeroizing::new(key);
                DatabaseKey::from_bytes(&key).ok()
            }
            _ => None,
        }
    }
}

/// Whether an app lock is set, its kind, and whether he must wait before trying (said in
/// `language`).
///
/// Errors: `AppLockDamaged` for a damaged lock file, `AppLockTooNew` for one from a newer
/// version.
pub fn lock_status(data_dir: &Path, now: Timestamp, language: Language) -> Result<LockStatus> {
    let _guard = serialize();
    let Some(state) = file::read(data_dir)? else {
        return Ok(LockStatus::not_set());
    };
    let retry_after = wait(&state, now).retry_after;
    Ok(LockStatus {
        locked: true,
        kind: Some(state.kind),
        retry_after,
        message: retry_after.map(|at| messages::too_soon(at, now, language)),
        erase_after: state.erase_after,
        attempts_left_before_erase: attempts_left(&state),
    })
}

/// Sets an app lock with the default Argon2id cost ([`KdfParams::default`]). See
/// [`set_lock_with`].
pub fn set_lock(
    data_dir: &Path,
    key: &DatabaseKey,
    secret: &LockSecret,
    erase_after: Option<u32>,
) -> Result<()> {
    set_lock_with(data_dir, key, secret, erase_after, KdfParams::default())
}

/// Sets an app lock: wraps `key` under `secret` and writes the lock file. `erase_after` is the
/// opt-in to erase everything after that many wrong attempts in a row (5 to 100).
///
/// If the database exists, `key` must open it, so the shell can safely delete its own copy
/// afterwards.
///
/// Errors: `InvalidInput` for a PIN or passphrase that breaks the rules or an `erase_after` out
/// of range; `AppLockAlreadySet` when a lock is already set (change or remove it instead);
/// `WrongKey` if `key` does not open the database. Nothing is written on error.
pub fn set_lock_with(
    data_dir: &Path,
    key: &DatabaseKey,
    secret: &LockSecret,
    erase_after: Option<u32>,
    kdf: KdfParams,
) -> Result<()> {
    set_lock_on(
        device_key_wrapper().as_deref(),
        data_dir,
        key,
        secret,
        erase_after,
        kdf,
    )
}

/// Sets an app lock as [`set_lock_with`] does, sealing the wrapped key with `device` when there
/// is one (the shells' [`DeviceKeyWrapper`]; `None` for a file lock). The seal is opened again
/// and compared before anything is written.
///
/// Errors: as [`set_lock_with`], and `DeviceKeyUnavailable` when the device's key cannot seal
/// or open it again (nothing is written).
pub fn set_lock_on(
    device: Option<&dyn DeviceKeyWrapper>,
    data_dir: &Path,
    key: &DatabaseKey,
    secret: &LockSecret,
    erase_after: Option<u32>,
    kdf: KdfParams,
) -> Result<()> {
    let _guard = serialize();
    let (kind, secret) = checked_secret(secret)?;
    check_erase_after(erase_after)?;
    check_kdf(kdf)?;
    if file::read(data_dir)?.is_some() {
        return Err(Error::AppLockAlreadySet);
    }
    let database = crate::store::files::database_path(data_dir);
    if database.exists() {
        crate::store::Store::check_key(&database, key)?;
    }
    let wrapped = wrap::wrap(key, secret.as_bytes(), kind, kdf)?;
    let wrapped_key = store_key(device, wrapped.wrapped_key)?;
    file::write(
        data_dir,
        &LockState {
            kind,
            kdf,
            salt: wrapped.salt,
            nonce: wrapped.nonce,
            wrapped_key,
            failed_attempts: 0,
            next_attempt_at: None,
            erase_after,
        },
    )?;
    Ok(())
}

/// Tries `secret`. On `Unlocked`, the wrong-attempt count starts again from zero.
///
/// Errors: `AppLockNotSet` when no lock is set; `InvalidInput` for a secret that breaks the
/// rules and `WrongLockKind` for one of the other kind (neither is counted as an attempt);
/// `AppLockDamaged` or `AppLockTooNew` for a lock file this version cannot read;
/// `AppLockNotForThisDevice` when the lock is sealed to a device key this one cannot open (a copy
/// of the files on another device), not counted either. The outcome's lines are in `language`.
pub fn unlock(
    data_dir: &Path,
    secret: &LockSecret,
    now: Timestamp,
    language: Language,
) -> Result<UnlockOutcome> {
    unlock_on(
        device_key_wrapper().as_deref(),
        data_dir,
        secret,
        now,
        language,
    )
}

/// Tries `secret` as [`unlock`] does, with `device` as this device's key (`None` for none). A
/// right secret on a lock not yet sealed seals it now when `device` can (a lock set by an older
/// version); if sealing fails, the lock stays as it was.
pub fn unlock_on(
    device: Option<&dyn DeviceKeyWrapper>,
    data_dir: &Path,
    secret: &LockSecret,
    now: Timestamp,
    language: Language,
) -> Result<UnlockOutcome> {
    attempt(device, data_dir, secret, now, language, OnSuccess::Keep)
}

/// Changes the PIN or passphrase with the default Argon2id cost. See [`change_lock_with`].
pub fn change_lock(
    data_dir: &Path,
    old: &LockSecret,
    new: &LockSecret,
    now: Timestamp,
    language: Language,
) -> Result<UnlockOutcome> {
    change_lock_with(data_dir, old, new, KdfParams::default(), now, language)
}

/// Changes the PIN or passphrase (either kind to either kind): the same database key is
/// re-wrapped under `new`, so nothing else changes. A wrong `old` counts as a wrong attempt,
/// with the same waits and the same erase opt-in as unlocking.
///
/// Errors: as [`unlock`], and `InvalidInput` for a `new` secret that breaks the rules (checked
/// first; nothing is counted).
pub fn change_lock_with(
    data_dir: &Path,
    old: &LockSecret,
    new: &LockSecret,
    kdf: KdfParams,
    now: Timestamp,
    language: Language,
) -> Result<UnlockOutcome> {
    change_lock_on(
        device_key_wrapper().as_deref(),
        data_dir,
        old,
        new,
        kdf,
        now,
        language,
    )
}

/// Changes the PIN or passphrase as [`change_lock_with`] does, sealing the new wrapped key with
/// `device` when there is one.
///
/// Errors: as [`change_lock_with`], and `DeviceKeyUnavailable` when `device` cannot seal the new
/// wrapped key: the old lock stays, and the old secret still opens it.
pub fn change_lock_on(
    device: Option<&dyn DeviceKeyWrapper>,
    data_dir: &Path,
    old: &LockSecret,
    new: &LockSecret,
    kdf: KdfParams,
    now: Timestamp,
    language: Language,
) -> Result<UnlockOutcome> {
    let (kind, secret) = checked_secret(new)?;
    check_kdf(kdf)?;
    attempt(
        device,
        data_dir,
        old,
        now,
        language,
        OnSuccess::Rewrap { kind, secret, kdf },
    )
}

/// Removes the app lock. On `Unlocked`, the lock file is gone and `key` is the raw database key
/// for the shell to put back in the Keychain or Keystore. A wrong secret counts as a wrong
/// attempt.
///
/// Errors: as [`unlock`].
pub fn remove_lock(
    data_dir: &Path,
    secret: &LockSecret,
    now: Timestamp,
    language: Language,
) -> Result<UnlockOutcome> {
    attempt(
        device_key_wrapper().as_deref(),
        data_dir,
        secret,
        now,
        language,
        OnSuccess::Remove,
    )
}

/// Turns the erase-after-N opt-in on (5 to 100 wrong attempts) or off (`None`). Needs the
/// secret; a wrong one counts as a wrong attempt.
///
/// Errors: as [`unlock`], and `InvalidInput` for a number out of range.
pub fn set_erase_after(
    data_dir: &Path,
    secret: &LockSecret,
    erase_after: Option<u32>,
    now: Timestamp,
    language: Language,
) -> Result<UnlockOutcome> {
    check_erase_after(erase_after)?;
    attempt(
        device_key_wrapper().as_deref(),
        data_dir,
        secret,
        now,
        language,
        OnSuccess::SetEraseAfter(erase_after),
    )
}

/// Overwrites and deletes the lock file without the secret: for "erase everything" and a
/// forgotten PIN (the database cannot be opened without it anyway). A missing file is fine.
pub fn erase_lock(data_dir: &Path) -> Result<()> {
    let _guard = serialize();
    file::shred(data_dir)
}

/// What checking the app's secret before a guarded action (a plain export, installing a pack)
/// came to.
pub(crate) enum Confirmation {
    /// No lock is set, or the secret was right: go ahead.
    Allowed,
    /// A lock is set and no secret came with the request: ask for one of this kind.
    Needed(LockKind),
    /// The secret was wrong (counted, as on the lock screen), or it is too soon to try.
    Refused {
        message: String,
        retry_after: Option<Timestamp>,
    },
    /// That was the last wrong attempt he opted in to: everything was erased.
    Erased { message: String },
}

/// Checks the app's secret before a guarded action: with no lock set anything goes; with one, a
/// missing secret is asked for, and a wrong one counts as a wrong attempt with the lock
/// screen's waits and erase opt-in. The secret is wiped here, whatever the outcome; what to
/// show is in `language`.
///
/// Errors: as [`unlock`].
pub(crate) fn confirm_secret(
    data_dir: &Path,
    secret: Option<LockSecret>,
    now: Timestamp,
    language: Language,
) -> Result<Confirmation> {
    let secret = Zeroizing::new(secret);
    let status = lock_status(data_dir, now, language)?;
    let Some(kind) = status.kind.filter(|_| status.locked) else {
        return Ok(Confirmation::Allowed);
    };
    let Some(secret) = secret.as_ref() else {
        return Ok(Confirmation::Needed(kind));
    };
    Ok(match unlock(data_dir, secret, now, language)? {
        // The key is not needed: dropping it wipes it.
        outcome @ UnlockOutcome::Unlocked { .. } => {
            drop(outcome.into_key());
            Confirmation::Allowed
        }
        UnlockOutcome::WrongSecret {
            message,
            retry_after,
            ..
        } => Confirmation::Refused {
            message,
            retry_after,
        },
        UnlockOutcome::TooSoon {
            message,
            retry_after,
        } => Confirmation::Refused {
            message,
            retry_after: Some(retry_after),
        },
        UnlockOutcome::Erased { message } => Confirmation::Erased { message },
    })
}

/// What to do with the lock once the secret has proved right.
enum OnSuccess {
    Keep,
    Rewrap {
        kind: LockKind,
        secret: Zeroizing<String>,
        kdf: KdfParams,
    },
    Remove,
    SetEraseAfter(Option<u32>),
}

/// One attempt: the device's seal, the wait, the count, the check, and what follows.
fn attempt(
    device: Option<&dyn DeviceKeyWrapper>,
    data_dir: &Path,
    secret: &LockSecret,
    now: Timestamp,
    language: Language,
    on_success: OnSuccess,
) -> Result<UnlockOutcome> {
    let _guard = serialize();
    let mut state = file::read(data_dir)?.ok_or(Error::AppLockNotSet)?;
    let (kind, secret) = checked_secret(secret)?;
    if kind != state.kind {
        return Err(Error::WrongLockKind {
            expected: state.kind,
        });
    }
    // Opened before anything is counted: a copy of the files elsewhere costs no attempt, and
    // gives nothing to try a PIN against.
    let wrapped_key = open_stored_key(device, &state.wrapped_key)?;

    let wait = wait(&state, now);
    if wait.rebased {
        state.next_attempt_at = wait.retry_after;
        file::write(data_dir, &state)?;
    }
    if let Some(retry_after) = wait.retry_after {
        return Ok(UnlockOutcome::TooSoon {
            retry_after,
            message: messages::too_soon(retry_after, now, language),
        });
    }

    // Counted before it is checked: stopping the app during the check does not escape the count.
    state.failed_attempts = state.failed_attempts.saturating_add(1);
    state.next_attempt_at = throttle::next_attempt_after(state.failed_attempts, now);
    file::write(data_dir, &state)?;

    let wrapped = wrap::Wrapped {
        salt: state.salt,
        nonce: state.nonce,
        wrapped_key,
    };
    let Some(key) = wrap::unwrap(&wrapped, secret.as_bytes(), state.kind, state.kdf)? else {
        if let Some(limit) = state.erase_after
            && state.failed_attempts >= limit
        {
            crate::wipe::erase(&crate::wipe::core_files(data_dir))?;
            return Ok(UnlockOutcome::Erased {
                message: messages::erased(language),
            });
        }
        let attempts_left_before_erase = attempts_left(&state);
        return Ok(UnlockOutcome::WrongSecret {
            message: messages::wrong_secret(
                state.next_attempt_at,
                attempts_left_before_erase,
                now,
                language,
            ),
            attempts_left_before_erase,
            retry_after: state.next_attempt_at,
        });
    };

    state.failed_attempts = 0;
    state.next_attempt_at = None;
    match on_success {
        OnSuccess::Keep => {
            if let (Some(device), StoredKey::Wrapped(bytes)) = (device, &state.wrapped_key)
                && let Ok(sealed) = store_key(Some(device), *bytes)
            {
                // A lock set before the device seal, or by the terminal companion's files moved
                // to a phone: sealed now. If the device cannot, the lock stays as it was.
                state.wrapped_key = sealed;
            }
            file::write(data_dir, &state)?;
        }
        OnSuccess::Rewrap { kind, secret, kdf } => {
            let rewrapped = wrap::wrap(&key, secret.as_bytes(), kind, kdf)?;
            let stored = match store_key(device, rewrapped.wrapped_key) {
                Ok(stored) => stored,
                Err(e) => {
                    // The old secret was right: its count starts again, and the old lock stays.
                    file::write(data_dir, &state)?;
                    return Err(e);
                }
            };
            state.kind = kind;
            state.kdf = kdf;
            state.salt = rewrapped.salt;
            state.nonce = rewrapped.nonce;
            state.wrapped_key = stored;
            file::write(data_dir, &state)?;
        }
        OnSuccess::Remove => file::shred(data_dir)?,
        OnSuccess::SetEraseAfter(erase_after) => {
            state.erase_after = erase_after;
            file::write(data_dir, &state)?;
        }
    }
    Ok(UnlockOutcome::Unlocked {
        key: key.expose_bytes().to_vec(),
    })
}

/// The wrapped key as the file will keep it: sealed by `device` when there is one, after checking
/// that the device opens its seal again to the same bytes.
fn store_key(
    device: Option<&dyn DeviceKeyWrapper>,
    wrapped_key: [u8; file::WRAPPED_LEN],
) -> Result<StoredKey> {
    let Some(device) = device else {
        return Ok(StoredKey::Wrapped(wrapped_key));
    };
    let sealed = device
        .seal(wrapped_key.to_vec())
        .map_err(|_| Error::DeviceKeyUnavailable)?;
    if sealed.is_empty() || sealed.len() > file::MAX_SEALED_LEN {
        return Err(Error::DeviceKeyUnavailable);
    }
    match device.unseal(sealed.clone()) {
        Ok(opened) if opened == wrapped_key => Ok(StoredKey::DeviceSealed(sealed)),
        _ => Err(Error::DeviceKeyUnavailable),
    }
}

/// The PIN-wrapped key from the file: a sealed one opened by `device`. Errors:
/// `AppLockNotForThisDevice` when there is no device key or it cannot open the seal.
fn open_stored_key(
    device: Option<&dyn DeviceKeyWrapper>,
    stored: &StoredKey,
) -> Result<[u8; file::WRAPPED_LEN]> {
    match stored {
        StoredKey::Wrapped(bytes) => Ok(*bytes),
        StoredKey::DeviceSealed(sealed) => {
            let device = device.ok_or(Error::AppLockNotForThisDevice)?;
            let opened = device
                .unseal(sealed.clone())
                .map_err(|_| Error::AppLockNotForThisDevice)?;
            opened
                .as_slice()
                .try_into()
                .map_err(|_| Error::AppLockNotForThisDevice)
        }
    }
}

/// Whether he must wait, and whether the stored time had to be moved.
struct Wait {
    retry_after: Option<Timestamp>,
    rebased: bool,
}

/// The wait before the next attempt. If the stored time is further off than any wait the
/// schedule gives, the clock was moved back: the wait is counted again from `now`, so he is
/// never locked out for longer than the schedule says, and moving the clock back gains nothing.
fn wait(state: &LockState, now: Timestamp) -> Wait {
    match state.next_attempt_at {
        Some(at) if at > now => {
            if at - now > throttle::longest_delay() {
                Wait {
                    retry_after: throttle::next_attempt_after(state.failed_attempts, now),
                    rebased: true,
                }
            } else {
                Wait {
                    retry_after: Some(at),
                    rebased: false,
                }
            }
        }
        _ => Wait {
            retry_after: None,
            rebased: false,
        },
    }
}

fn attempts_left(state: &LockState) -> Option<u32> {
    state
        .erase_after
        .map(|limit| limit.saturating_sub(state.failed_attempts))
}

/// Checks the rules and returns the secret as it is fed to Argon2id: a PIN as typed, a
/// passphrase in Unicode NFC so the same words typed on another keyboard still match.
fn checked_secret(secret: &LockSecret) -> Result<(LockKind, Zeroizing<String>)> {
    match secret {
        LockSecret::Pin(digits) => {
            if !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Error::invalid("pin", Reason::new("lock-pin-digits-only")));
            }
            if digits.len() < MIN_PIN_DIGITS {
                return Err(Error::invalid(
                    "pin",
                    Reason::with("lock-pin-too-short", [("digits", MIN_PIN_DIGITS.into())]),
                ));
            }
            if digits.len() > MAX_PIN_DIGITS {
                return Err(Error::invalid(
                    "pin",
                    Reason::with("lock-pin-too-long", [("digits", MAX_PIN_DIGITS.into())]),
                ));
            }
            Ok((secret.kind(), Zeroizing::new(digits.clone())))
        }
        LockSecret::Passphrase(text) => {
            // Reserved up front so normalising never reallocates and leaves copies behind.
            let mut normal = Zeroizing::new(String::with_capacity(text.len() * 3 + 16));
            normal.extend(text.nfc());
            let chars = normal.chars().count();
            if chars < MIN_PASSPHRASE_CHARS || normal.trim().is_empty() {
                return Err(Error::invalid(
                    "passphrase",
                    Reason::with(
                        "lock-passphrase-too-short",
                        [("characters", MIN_PASSPHRASE_CHARS.into())],
                    ),
                ));
            }
            if chars > MAX_PASSPHRASE_CHARS {
                return Err(Error::invalid(
                    "passphrase",
                    Reason::with(
                        "lock-passphrase-too-long",
                        [("characters", MAX_PASSPHRASE_CHARS.into())],
                    ),
                ));
            }
            Ok((secret.kind(), normal))
        }
    }
}

fn check_erase_after(erase_after: Option<u32>) -> Result<()> {
    match erase_after {
        Some(n) if !(MIN_ERASE_AFTER..=MAX_ERASE_AFTER).contains(&n) => Err(Error::invalid(
            "erase after",
            Reason::with(
                "lock-erase-after-range",
                [
                    ("min", MIN_ERASE_AFTER.into()),
                    ("max", MAX_ERASE_AFTER.into()),
                ],
            ),
        )),
        _ => Ok(()),
    }
}

fn check_kdf(kdf: KdfParams) -> Result<()> {
    if file::kdf_acceptable(kdf) {
        Ok(())
    } else {
        Err(Error::invalid(
            "kdf parameters",
            Reason::new("lock-kdf-out-of-range"),
        ))
    }
}

/// One lock-file operation at a time in this process: each reads, changes and writes the file.
pub(crate) fn serialize() -> MutexGuard<'static, ()> {
    static LOCK_FILE_MUTEX: Mutex<()> = Mutex::new(());
    LOCK_FILE_MUTEX
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_is_emptied_when_wiped_and_a_wrapped_one_on_drop() {
        let mut secret = LockSecret::Passphrase("quiet river morning".to_owned());
        secret.zeroize();
        assert!(matches!(secret, LockSecret::Passphrase(ref text) if text.is_empty()));

        let mut held = Zeroizing::new(Some(LockSecret::Pin("135790".to_owned())));
        held.zeroize();
        assert!(held.is_none(), "an optional secret is taken and wiped");
    }

    fn refused_field(secret: &LockSecret) -> Option<&'static str> {
        match checked_secret(secret) {
            Ok(_) => None,
            Err(Error::InvalidInput { field, .. }) => Some(field),
            Err(other) => panic!("not an input error: {other:?}"),
        }
    }

    #[test]
    fn a_passphrase_of_seven_characters_is_refused_and_one_of_eight_accepted() {
        let seven = LockSecret::Passphrase("a".repeat(MIN_PASSPHRASE_CHARS - 1));
        assert_eq!(refused_field(&seven), Some("passphrase"));
        let eight = LockSecret::Passphrase("a".repeat(MIN_PASSPHRASE_CHARS));
        assert_eq!(refused_field(&eight), None);
        assert_eq!(MIN_PASSPHRASE_CHARS, 8);
        // Characters, not bytes: seven accented letters are still too short.
        let seven_wide = LockSecret::Passphrase("\u{e9}".repeat(7));
        assert_eq!(refused_field(&seven_wide), Some("passphrase"));
    }

    #[test]
    fn a_pin_that_breaks_a_rule_is_refused_with_the_rule_said_in_the_packs_language() {
        let reason = |secret: &LockSecret| match checked_secret(secret) {
            Err(Error::InvalidInput { reason, .. }) => reason,
            other => panic!("not refused: {:?}", other.map(|(kind, _)| kind)),
        };
        let french = Language::of_pack("fr-CA");
        let short = reason(&LockSecret::Pin("135".to_owned()));
        assert_eq!(short.to_string(), "use at least 6 digits");
        assert_eq!(short.say(french), "utilise au moins 6 chiffres");
        let letters = reason(&LockSecret::Pin("13579a".to_owned()));
        assert_eq!(letters.to_string(), "use digits 0 to 9 only");
        assert_eq!(
            letters.say(french),
            "utilise seulement les chiffres de 0 à 9"
        );
        let Err(Error::InvalidInput { reason: range, .. }) = check_erase_after(Some(3)) else {
            panic!("3 is out of range");
        };
        assert_eq!(range.to_string(), "choose from 5 to 100 wrong attempts");
        assert_eq!(range.say(french), "choisis de 5 à 100 essais ratés");
    }

    #[test]
    fn a_pin_of_the_longest_length_is_accepted_and_one_digit_more_refused() {
        let longest = LockSecret::Pin("7".repeat(MAX_PIN_DIGITS));
        assert_eq!(refused_field(&longest), None);
        let over = LockSecret::Pin("7".repeat(MAX_PIN_DIGITS + 1));
        assert_eq!(refused_field(&over), Some("pin"));
    }

    #[test]
    fn a_passphrase_of_the_longest_length_is_accepted_and_one_character_more_refused() {
        let longest = LockSecret::Passphrase("a".repeat(MAX_PASSPHRASE_CHARS));
        assert_eq!(refused_field(&longest), None);
        let over = LockSecret::Passphrase("a".repeat(MAX_PASSPHRASE_CHARS + 1));
        assert_eq!(refused_field(&over), Some("passphrase"));
        let far_over = LockSecret::Passphrase("a".repeat(MAX_PASSPHRASE_CHARS + 50));
        assert_eq!(refused_field(&far_over), Some("passphrase"));
    }

    #[test]
    fn a_secret_never_shows_in_debug_output() {
        let pin = format!("{:?}", LockSecret::Pin("135790".to_owned()));
        assert_eq!(pin, "Pin(<redacted>)");
        let phrase = format!("{:?}", LockSecret::Passphrase("quiet river".to_owned()));
        assert_eq!(phrase, "Passphrase(<redacted>)");
    }

    #[test]
    fn argon2_settings_are_acceptable_from_the_default_and_refused_out_of_range() {
        assert!(kdf_acceptable(KdfParams::default()));
        let hostile = KdfParams {
            memory_kib: u32::MAX,
            ..KdfParams::default()
        };
        assert!(!kdf_acceptable(hostile));
        let dir = tempfile::tempdir().expect("dir");
        let err = set_lock_with(
            dir.path(),
            &DatabaseKey::generate(),
            &LockSecret::Pin("135790".to_owned()),
            None,
            hostile,
        )
        .expect_err("refused");
        assert!(
            matches!(
                err,
                Error::InvalidInput {
                    field: "kdf parameters",
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(!lock_file_path(dir.path()).exists(), "nothing written");
    }

    #[test]
    fn a_lock_set_at_the_default_cost_opens_with_its_pin_and_erasing_it_removes_the_file() {
        let dir = tempfile::tempdir().expect("dir");
        let key = DatabaseKey::generate();
        let pin = LockSecret::Pin("246810".to_owned());
        set_lock(dir.path(), &key, &pin, None).expect("set");
        assert!(lock_file_path(dir.path()).exists());
        match unlock(dir.path(), &pin, chrono::Utc::now(), Language::ENGLISH).expect("unlock") {
            UnlockOutcome::Unlocked { key: opened } => {
                assert_eq!(opened.as_slice(), key.expose_bytes().as_slice());
            }
            other => panic!("not unlocked: {other:?}"),
        }
        erase_lock(dir.path()).expect("erase");
        assert!(
            !lock_file_path(dir.path()).exists(),
            "the lock file is gone"
        );
    }

    /// A device key that seals by returning what it is told to, and opens by returning what it is
    /// told to: enough to say what `store_key` accepts.
    struct FakeDevice {
        sealed: Vec<u8>,
        opened: Option<Vec<u8>>,
    }

    impl DeviceKeyWrapper for FakeDevice {
        fn seal(&self, _bytes: Vec<u8>) -> std::result::Result<Vec<u8>, DeviceKeyError> {
            Ok(self.sealed.clone())
        }
        fn unseal(&self, _sealed: Vec<u8>) -> std::result::Result<Vec<u8>, DeviceKeyError> {
            self.opened.clone().ok_or(DeviceKeyError::Unavailable)
        }
    }

    #[test]
    fn a_device_seal_is_kept_only_when_it_fits_the_file_and_opens_to_the_same_bytes() {
        let wrapped = [7u8; file::WRAPPED_LEN];
        let stored = |sealed: Vec<u8>, opened: Option<Vec<u8>>| {
            store_key(Some(&FakeDevice { sealed, opened }), wrapped)
        };
        let same = Some(wrapped.to_vec());
        // The largest seal the file keeps.
        let largest = vec![1u8; file::MAX_SEALED_LEN];
        assert!(
            stored(largest.clone(), same.clone()).expect("kept")
                == StoredKey::DeviceSealed(largest)
        );
        for (sealed, opened, why) in [
            (vec![], same.clone(), "an empty seal"),
            (vec![1u8; 1], None, "a seal the device cannot open"),
            (
                vec![1u8; file::MAX_SEALED_LEN + 1],
                same.clone(),
                "a seal too long for the file",
            ),
            (
                vec![1u8; 16],
                Some(vec![8u8; file::WRAPPED_LEN]),
                "a seal opening to other bytes",
            ),
        ] {
            assert!(
                matches!(stored(sealed, opened), Err(Error::DeviceKeyUnavailable)),
                "{why} was kept"
            );
        }
        assert!(store_key(None, wrapped).expect("no device") == StoredKey::Wrapped(wrapped));
    }

    #[test]
    fn a_wait_as_long_as_the_longest_in_the_schedule_is_kept_and_a_longer_one_counted_again() {
        let now = chrono::Utc::now();
        let state = |next: Timestamp| LockState {
            kind: LockKind::Pin,
            kdf: KdfParams::default(),
            salt: [0; crate::base::keys::SALT_LEN],
            nonce: [0; file::NONCE_LEN],
            wrapped_key: StoredKey::Wrapped([0; file::WRAPPED_LEN]),
            failed_attempts: 10,
            next_attempt_at: Some(next),
            erase_after: None,
        };
        let longest = now + throttle::longest_delay();
        let kept = wait(&state(longest), now);
        assert_eq!(kept.retry_after, Some(longest));
        assert!(!kept.rebased);
        let moved_back = wait(&state(longest + chrono::TimeDelta::seconds(1)), now);
        assert!(
            moved_back.rebased,
            "a wait past the schedule means the clock moved back"
        );
        assert!(moved_back.retry_after.is_some_and(|at| at <= longest));
    }

    #[test]
    fn erase_after_is_chosen_from_five_to_a_hundred() {
        for n in [0, 1, 4, 101] {
            assert!(check_erase_after(Some(n)).is_err(), "{n}");
        }
        for n in [Some(5), Some(100), None] {
            assert!(check_erase_after(n).is_ok(), "{n:?}");
        }
    }
}
