//! The phone's own hardware-held key, around the PIN-wrapped database key.
//!
//! With an app lock, the database key is wrapped under the PIN or passphrase through Argon2id.
//! On its own that wrapping is only as strong as the secret: a copy of the files lets someone try
//! every 6-digit PIN on a computer, where the waits and erase-after-N do not apply. On the
//! phones the wrapped key is therefore sealed once more by a key the phone's hardware holds and
//! never hands out (the Android Keystore, StrongBox where present, usable only while the device is
//! unlocked; on iOS a this-device-only Keychain item or the Secure Enclave). A copy of the files
//! taken anywhere else then opens nothing, whatever PIN is tried.
//!
//! The shells implement [`DeviceKeyWrapper`] and hand it to the core once at start
//! ([`use_device_key_wrapper`]); every lock operation then uses it. The terminal companion hands
//! none, and its lock stays a file lock (the README says what that protects).

use std::sync::{Arc, PoisonError, RwLock};

/// A key held by the phone's hardware, which seals and opens small byte strings. Implemented by
/// the shells (Android Keystore, iOS Keychain or Secure Enclave); the core calls it with the
/// already PIN-wrapped database key, never with the raw key.
#[uniffi::export(with_foreign)]
pub trait DeviceKeyWrapper: Send + Sync {
    /// Seals `bytes` under the hardware-held key (creating that key the first time). Returns what
    /// to store; only this device can open it.
    fn seal(&self, bytes: Vec<u8>) -> Result<Vec<u8>, DeviceKeyError>;
    /// Opens what `seal` returned on this device. Fails with `Unavailable` for anything sealed
    /// elsewhere, or when the hardware key is gone.
    fn unseal(&self, sealed: Vec<u8>) -> Result<Vec<u8>, DeviceKeyError>;
}

/// What a [`DeviceKeyWrapper`] reports when it cannot do what was asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum DeviceKeyError {
    /// The hardware-held key could not be used: missing, made on another device, or refused
    /// (for example while the phone is locked).
    #[error("the key held by this device could not be used")]
    Unavailable,
}

impl From<uniffi::UnexpectedUniFFICallbackError> for DeviceKeyError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> Self {
        DeviceKeyError::Unavailable
    }
}

/// The wrapper this process's shell handed over, if any.
static IN_USE: RwLock<Option<Arc<dyn DeviceKeyWrapper>>> = RwLock::new(None);

/// Uses `wrapper` for every app lock operation from now on (`None`: no hardware key, as in the
/// terminal companion).
pub fn use_device_key_wrapper(wrapper: Option<Arc<dyn DeviceKeyWrapper>>) {
    *IN_USE.write().unwrap_or_else(PoisonError::into_inner) = wrapper;
}

/// The wrapper in use, if the shell handed one over.
pub fn device_key_wrapper() -> Option<Arc<dyn DeviceKeyWrapper>> {
    IN_USE
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .clone()
}
