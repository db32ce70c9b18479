//! The encrypted envelope: an `age` file encrypted to a passphrase (scrypt recipient).
//!
//! age authenticates everything: the header has a MAC and the payload is encrypted in
//! authenticated chunks with a marked last chunk, so a changed byte or a cut-off file is found
//! before any of the payload is used.

use std::io::{Read, Write};
use std::iter;

use age::secrecy::SecretString;
use age::{DecryptError, Decryptor, Encryptor};
use zeroize::Zeroizing;

use super::BackupError;

/// The first bytes of every binary age file.
const AGE_MAGIC: &[u8] = b"age-encryption.org/";

/// Encrypts `plaintext` to `passphrase` with scrypt work factor `N = 2^log_n`.
pub(super) fn seal(plaintext: &[u8], passphrase: &str, log_n: u8) -> Result<Vec<u8>, BackupError> {
    let mut recipient = age::scrypt::Recipient::new(secret(passphrase));
    // `log_n` was checked by the caller; age panics outside 1..64.
    recipient.set_work_factor(log_n);
    let encryptor = Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
        .map_err(|_| BackupError::Internal("the backup could not be encrypted"))?;
    let failed = |_| BackupError::Internal("the backup could not be encrypted");
    let mut out = Vec::with_capacity(plaintext.len() + 256);
    let mut writer = encryptor.wrap_output(&mut out).map_err(failed)?;
    writer.write_all(plaintext).map_err(failed)?;
    writer.finish().map_err(failed)?;
    Ok(out)
}

/// Decrypts an age file made by [`seal`], accepting work factors up to `max_log_n`.
pub(super) fn open(
    bytes: &[u8],
    passphrase: &str,
    max_log_n: u8,
) -> Result<Zeroizing<Vec<u8>>, BackupError> {
    if !bytes.starts_with(AGE_MAGIC) {
        // The very start of an age file, cut off: an incomplete copy of one.
        return Err(match !bytes.is_empty() && AGE_MAGIC.starts_with(bytes) {
            true => BackupError::Damaged,
            false => BackupError::NotABackup,
        });
    }
    let decryptor = Decryptor::new_buffered(bytes).map_err(|e| match e {
        DecryptError::UnknownFormat => BackupError::NotABackup,
        _ => BackupError::Damaged,
    })?;
    if !decryptor.is_scrypt() {
        // An age file, but encrypted to a key rather than a passphrase: not one of ours.
        return Err(BackupError::NotABackup);
    }
    let mut identity = age::scrypt::Identity::new(secret(passphrase));
    identity.set_max_work_factor(max_log_n);
    let mut reader = decryptor
        .decrypt(iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            // The passphrase did not unwrap the file key. (A changed salt in the header looks
            // the same: scrypt cannot tell them apart.)
            DecryptError::DecryptionFailed
            | DecryptError::KeyDecryptionFailed
            | DecryptError::NoMatchingKeys => BackupError::WrongPassphrase,
            // Made with more work than this version writes: a newer version made it.
            DecryptError::ExcessiveWork { .. } => BackupError::TooNew,
            // (An unknown format is found when the header is read, above, never here.)
            _ => BackupError::Damaged,
        })?;
    let mut plaintext = Zeroizing::new(Vec::with_capacity(bytes.len()));
    // A changed or missing chunk fails here, before anything is parsed.
    reader
        .read_to_end(&mut plaintext)
        .map_err(|_| BackupError::Damaged)?;
    Ok(plaintext)
}

fn secret(passphrase: &str) -> SecretString {
    SecretString::from(passphrase.to_owned())
}
