//! Wrapping the database key: Argon2id turns the PIN or passphrase into a wrapping key, and
//! ChaCha20-Poly1305 encrypts the database key with it under a random nonce. The lock kind is
//! bound in as associated data, so a file edited to claim another kind does not unwrap.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use zeroize::Zeroizing;

use crate::base::error::{Error, Result};
use crate::base::keys::{DatabaseKey, KEY_LEN, KdfParams, SALT_LEN, argon2id_into};

use super::LockKind;
use super::file::{NONCE_LEN, WRAPPED_LEN};

/// A wrapped key with what is needed to unwrap it again.
pub(crate) struct Wrapped {
    pub salt: [u8; SALT_LEN],
    pub nonce: [u8; NONCE_LEN],
    pub wrapped_key: [u8; WRAPPED_LEN],
}

fn associated_data(kind: LockKind) -> &'static [u8] {
    match kind {
        LockKind::Pin => b"groundwork app lock v1: pin",
        LockKind::Passphrase => b"groundwork app lock v1: passphrase",
    }
}

/// Argon2id over the secret, giving the 32-byte wrapping key.
fn wrapping_key(
    secret: &[u8],
    salt: &[u8; SALT_LEN],
    params: KdfParams,
) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    argon2id_into(secret, salt, params, &mut out)?;
    Ok(out)
}

/// Wraps `key` under `secret` with a fresh salt and nonce.
pub(crate) fn wrap(
    key: &DatabaseKey,
    secret: &[u8],
    kind: LockKind,
    params: KdfParams,
) -> Result<Wrapped> {
    let salt = crate::base::keys::generate_salt();
    let mut nonce = [0u8; NONCE_LEN];
    rand::fill(&mut nonce);
    let kek = wrapping_key(secret, &salt, params)?;
    let cipher = ChaCha20Poly1305::new(Key::from_slice(kek.as_ref()));
    let sealed = cipher
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: key.expose_bytes(),
                aad: associated_data(kind),
            },
        )
        .map_err(|_| Error::Internal("the database key could not be wrapped"))?;
    let wrapped_key: [u8; WRAPPED_LEN] = sealed
        .as_slice()
        .try_into()
        .map_err(|_| Error::Internal("the wrapped key has an unexpected length"))?;
    Ok(Wrapped {
        salt,
        nonce,
        wrapped_key,
    })
}

/// Unwraps the database key; `None` when the secret is wrong. (Accidental damage to the file is
/// found before this by its integrity check; a deliberately forged file still looks like a wrong
/// secret here, by design.)
pub(crate) fn unwrap(
    wrapped: &Wrapped,
    secret: &[u8],
    kind: LockKind,
    params: KdfParams,
) -> Result<Option<DatabaseKey>> {
    let kek = wrapping_key(secret, &wrapped.salt, params)?;
    let cipher = ChaCha20Poly1305::new(Key::from_slice(kek.as_ref()));
    match cipher.decrypt(
        Nonce::from_slice(&wrapped.nonce),
        Payload {
            msg: &wrapped.wrapped_key,
            aad: associated_data(kind),
        },
    ) {
        Ok(plain) => {
            let plain = Zeroizing::new(plain);
            let key = DatabaseKey::from_bytes(&plain)
                .map_err(|_| Error::Internal("the unwrapped key has an unexpected length"))?;
            Ok(Some(key))
        }
        Err(_) => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHEAP: KdfParams = KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    };

    #[test]
    fn a_key_unwraps_only_with_its_secret_and_the_kind_it_was_wrapped_as() {
        let key = DatabaseKey::generate();
        let wrapped = wrap(&key, b"482913", LockKind::Pin, CHEAP).expect("wrapped");
        let back = unwrap(&wrapped, b"482913", LockKind::Pin, CHEAP)
            .expect("unwrapped")
            .expect("the right PIN opens it");
        assert_eq!(back.expose_bytes(), key.expose_bytes());
        assert!(
            unwrap(&wrapped, b"482914", LockKind::Pin, CHEAP)
                .expect("tried")
                .is_none(),
            "a wrong PIN"
        );
        assert!(
            unwrap(&wrapped, b"482913", LockKind::Passphrase, CHEAP)
                .expect("tried")
                .is_none(),
            "a file edited to claim a passphrase does not open with the PIN"
        );
        let phrase = wrap(&key, b"correct horse", LockKind::Passphrase, CHEAP).expect("wrapped");
        assert!(
            unwrap(&phrase, b"correct horse", LockKind::Pin, CHEAP)
                .expect("tried")
                .is_none(),
            "nor a passphrase's file edited to claim a PIN"
        );
    }

    #[test]
    fn the_kinds_are_bound_in_with_the_words_every_earlier_lock_file_used() {
        // Changing these would lock out everyone with a lock set: never change them.
        assert_eq!(
            associated_data(LockKind::Pin),
            b"groundwork app lock v1: pin"
        );
        assert_eq!(
            associated_data(LockKind::Passphrase),
            b"groundwork app lock v1: passphrase"
        );
    }
}
