//! Database keys. The phone shells hand the core a raw 32-byte key from the Keychain or Keystore,
//! so opening the database costs no key derivation. Desktop callers can derive one from a
//! passphrase with Argon2id ([`derive_key_from_passphrase`]).
//!
//! A key is never logged, formatted or written anywhere but SQLCipher's `PRAGMA key`, and its
//! bytes are wiped when it is dropped.

use std::fmt;

use zeroize::{Zeroize, Zeroizing};

use crate::base::error::{Error, Reason, Result};

/// Length in bytes of a raw database key.
pub const KEY_LEN: usize = 32;
/// Length in bytes of the salt used with a passphrase.
pub const SALT_LEN: usize = 16;

/// A raw 256-bit SQLCipher key. Debug output is redacted; memory is zeroed on drop.
pub struct DatabaseKey([u8; KEY_LEN]);

impl DatabaseKey {
    /// Takes the key bytes, rejecting anything that is not exactly 32 bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let array: [u8; KEY_LEN] = bytes.try_into().map_err(|_| {
            Error::invalid(
                "key",
                Reason::with("error-key-length", [("bytes", KEY_LEN.into())]),
            )
        })?;
        Ok(DatabaseKey(array))
    }

    /// A fresh random key from the operating system's generator.
    pub fn generate() -> Self {
        let mut bytes = [0u8; KEY_LEN];
        rand::fill(&mut bytes);
        DatabaseKey(bytes)
    }

    /// The key bytes, for storing in a key file or the platform keystore.
    pub fn expose_bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// The SQLCipher raw-key literal (`x'…'`), in memory that is wiped after use.
    pub(crate) fn sqlcipher_literal(&self) -> Zeroizing<String> {
        use std::fmt::Write;
        let mut out = Zeroizing::new(String::with_capacity(KEY_LEN * 2 + 3));
        out.push_str("x'");
        for byte in &self.0 {
            // Writing to a String cannot fail.
            let _ = write!(out, "{byte:02X}");
        }
        out.push('\'');
        out
    }
}

impl Drop for DatabaseKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for DatabaseKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DatabaseKey(<redacted>)")
    }
}

/// Argon2id cost settings. Stored beside a salt so a derivation can be repeated exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Passes over memory.
    pub iterations: u32,
    /// Lanes.
    pub parallelism: u32,
}

impl Default for KdfParams {
    /// 64 MiB, 3 passes, 1 lane: RFC 9106's second recommended option, about a quarter of a
    /// second on a current phone or laptop.
    fn default() -> Self {
        KdfParams {
            memory_kib: 64 * 1024,
            iterations: 3,
            parallelism: 1,
        }
    }
}

/// A fresh random salt.
pub fn generate_salt() -> [u8; SALT_LEN] {
    let mut salt = [0u8; SALT_LEN];
    rand::fill(&mut salt);
    salt
}

/// Fills `out` with the Argon2id (v1.3) hash of `secret` under `salt` and `params`: the one
/// derivation behind a passphrase-derived database key and the app lock's wrapping key.
///
/// Errors: `InvalidInput` for settings out of Argon2's range; `Kdf` if the derivation fails.
pub(crate) fn argon2id_into(
    secret: &[u8],
    salt: &[u8],
    params: KdfParams,
    out: &mut [u8; KEY_LEN],
) -> Result<()> {
    let argon_params = argon2::Params::new(
        params.memory_kib,
        params.iterations,
        params.parallelism,
        Some(KEY_LEN),
    )
    .map_err(|_| Error::invalid("kdf parameters", Reason::new("error-key-settings-range")))?;
    argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon_params,
    )
    .hash_password_into(secret, salt, out)
    .map_err(|e| Error::Kdf(format!("key derivation failed ({e})")))
}

/// Derives a database key from a passphrase with Argon2id.
pub fn derive_key_from_passphrase(
    passphrase: &str,
    salt: &[u8],
    params: KdfParams,
) -> Result<DatabaseKey> {
    if passphrase.chars().count() < 8 {
        return Err(Error::invalid(
            "passphrase",
            Reason::with("error-passphrase-too-short", [("min", 8.into())]),
        ));
    }
    if salt.len() < 8 {
        return Err(Error::invalid(
            "salt",
            Reason::with("error-salt-too-short", [("min", 8.into())]),
        ));
    }
    let mut out = [0u8; KEY_LEN];
    argon2id_into(passphrase.as_bytes(), salt, params, &mut out)?;
    let key = DatabaseKey(out);
    out.zeroize();
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_salt_is_fresh_random_bytes() {
        let salts: Vec<[u8; SALT_LEN]> = (0..4).map(|_| generate_salt()).collect();
        for (i, a) in salts.iter().enumerate() {
            assert!(
                a.iter().any(|&b| b != a[0]),
                "salt {i} is one byte repeated: {a:?}"
            );
            for b in &salts[i + 1..] {
                assert_ne!(a, b, "two salts are the same");
            }
        }
    }

    fn cheap() -> KdfParams {
        KdfParams {
            memory_kib: 1024,
            iterations: 1,
            parallelism: 1,
        }
    }

    #[test]
    fn a_key_of_the_wrong_length_is_rejected() {
        assert!(matches!(
            DatabaseKey::from_bytes(&[0u8; 31]),
            Err(Error::InvalidInput { field: "key", .. })
        ));
        assert!(DatabaseKey::from_bytes(&[0u8; 33]).is_err());
        assert!(DatabaseKey::from_bytes(&[0u8; 32]).is_ok());
    }

    #[test]
    fn debug_output_never_shows_key_bytes() {
        let key = DatabaseKey::from_bytes(&[0x5A; 32]).expect("32 bytes");
        let shown = format!("{key:?}").to_lowercase();
        assert!(!shown.contains("5a") && !shown.contains("90"), "{shown}");
        assert!(shown.contains("redacted"));
    }

    #[test]
    fn the_same_passphrase_and_salt_give_the_same_key_and_another_salt_does_not() {
        let a = derive_key_from_passphrase("correct horse", b"0123456789abcdef", cheap())
            .expect("derive");
        let b = derive_key_from_passphrase("correct horse", b"0123456789abcdef", cheap())
            .expect("derive");
        let c = derive_key_from_passphrase("correct horse", b"fedcba9876543210", cheap())
            .expect("derive");
        assert_eq!(a.expose_bytes(), b.expose_bytes());
        assert_ne!(a.expose_bytes(), c.expose_bytes());
    }

    #[test]
    fn a_short_passphrase_is_refused() {
        assert!(matches!(
            derive_key_from_passphrase("short", b"0123456789abcdef", cheap()),
            Err(Error::InvalidInput {
                field: "passphrase",
                ..
            })
        ));
    }

    #[test]
    fn a_passphrase_of_seven_characters_is_refused_and_one_of_eight_derives_a_key() {
        let salt = b"0123456789abcdef";
        assert!(matches!(
            derive_key_from_passphrase("seven c", salt, cheap()),
            Err(Error::InvalidInput {
                field: "passphrase",
                ..
            })
        ));
        assert!(derive_key_from_passphrase("eight ch", salt, cheap()).is_ok());
    }

    #[test]
    fn a_salt_of_seven_bytes_is_refused_and_one_of_eight_derives_a_key() {
        assert!(matches!(
            derive_key_from_passphrase("eight ch", b"0123456", cheap()),
            Err(Error::InvalidInput { field: "salt", .. })
        ));
        assert!(derive_key_from_passphrase("eight ch", b"01234567", cheap()).is_ok());
    }

    #[test]
    fn the_sqlcipher_literal_is_a_hex_blob() {
        let key = DatabaseKey::from_bytes(&[0x0F; 32]).expect("32 bytes");
        let literal = key.sqlcipher_literal();
        assert_eq!(literal.len(), 67);
        assert!(literal.starts_with("x'0F0F"));
        assert!(literal.ends_with('\''));
    }
}
