//! The lock file (`lock.json` beside the database): read before the database can be opened, so
//! it is a small JSON file of its own. It holds the wrapped database key, never the key or the
//! secret, and the wrong-attempt count. Every write goes to a temporary file in the same folder,
//! is flushed to disk, and is renamed over the old one, so a crash leaves the old or the new file,
//! never half of one.
//!
//! Since version 2 the file carries `check`, a SHA-256 over every other field. A byte changed on
//! the disk (a flipped bit in the wrapped key or the nonce) is then found before any secret is
//! tried, and reported as damage: it never counts as a wrong attempt, so it can never lead to
//! erase-after-N wiping the data when the right PIN is typed. Version 1 files, which have no
//! check, are read as before and get one the next time they are written.
//!
//! Version 3 adds `device_sealed`: when true, `wrapped_key` is the PIN-wrapped key sealed again by
//! the phone's hardware-held key (`device.rs`), so only this phone can open it. Versions 1 and 2
//! are read as unsealed locks; on a phone, the next right PIN seals them, and every write is
//! version 3.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use base64ct::{Base64, Encoding};
use serde::{Deserialize, Serialize};

use crate::base::error::{Error, Result};
use crate::base::ffi_types::Timestamp;
use crate::base::keys::{KEY_LEN, KdfParams, SALT_LEN};

use super::LockKind;
use crate::store::files::{
    LOCK_TEMP_PREFIX as TEMP_PREFIX, LOCK_TEMP_SUFFIX as TEMP_SUFFIX, lock_file_path,
    lock_temporary_files as temporary_files,
};

/// The lock file format this build writes.
pub(crate) const FORMAT_VERSION: u32 = 3;
/// The format before the device seal, still read.
const UNSEALED_VERSION: u32 = 2;
/// The format before the integrity check, still read.
const UNCHECKED_VERSION: u32 = 1;

/// Length of a ChaCha20-Poly1305 nonce.
pub(crate) const NONCE_LEN: usize = 12;
/// Length of the wrapped key: the key plus the 16-byte Poly1305 tag.
pub(crate) const WRAPPED_LEN: usize = KEY_LEN + 16;
/// Most bytes a device seal may add up to: hardware ciphers add an IV and a tag, well under this.
pub(crate) const MAX_SEALED_LEN: usize = 1024;

/// A lock file is a few hundred bytes; anything much larger is not one.
const MAX_FILE_LEN: u64 = 16 * 1024;

/// Argon2id settings accepted from a file: generous enough for any build's defaults, small enough
/// that a tampered file cannot make the app allocate gigabytes.
const MAX_MEMORY_KIB: u32 = 1024 * 1024;
const MAX_ITERATIONS: u32 = 64;
const MAX_PARALLELISM: u32 = 16;

/// The erase-after-N opt-in: at least this many wrong attempts...
pub(crate) const MIN_ERASE_AFTER: u32 = 5;
/// ...and at most this many.
pub(crate) const MAX_ERASE_AFTER: u32 = 100;

/// The lock state, checked and decoded.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct LockState {
    pub kind: LockKind,
    pub kdf: KdfParams,
    pub salt: [u8; SALT_LEN],
    pub nonce: [u8; NONCE_LEN],
    pub wrapped_key: StoredKey,
    pub failed_attempts: u32,
    pub next_attempt_at: Option<Timestamp>,
    pub erase_after: Option<u32>,
}

/// The wrapped database key as the file keeps it.
#[derive(Clone, PartialEq, Eq)]
pub(crate) enum StoredKey {
    /// Wrapped under the PIN or passphrase only (the terminal companion, or an older lock).
    Wrapped([u8; WRAPPED_LEN]),
    /// Wrapped under the PIN or passphrase, then sealed by this phone's hardware-held key.
    DeviceSealed(Vec<u8>),
}

impl std::fmt::Debug for LockState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LockState")
            .field("kind", &self.kind)
            .field("failed_attempts", &self.failed_attempts)
            .field("next_attempt_at", &self.next_attempt_at)
            .field("erase_after", &self.erase_after)
            .finish_non_exhaustive()
    }
}

/// The file as written: binary fields in base64, and the integrity check over them.
#[derive(Serialize, Deserialize)]
struct OnDisk {
    version: u32,
    #[serde(flatten)]
    fields: Fields,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    check: Option<String>,
}

/// Every field the integrity check covers, in a fixed order.
#[derive(Serialize, Deserialize)]
struct Fields {
    kind: LockKind,
    kdf: KdfParams,
    salt: String,
    nonce: String,
    wrapped_key: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    device_sealed: bool,
    failed_attempts: u32,
    next_attempt_at: Option<Timestamp>,
    erase_after: Option<u32>,
}

/// Only the version, read first so a newer file is refused rather than called damaged.
#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

fn damaged() -> Error {
    Error::AppLockDamaged
}

/// Reads the lock state; `None` when there is no lock file (the app is not locked).
pub(crate) fn read(data_dir: &Path) -> Result<Option<LockState>> {
    let path = lock_file_path(data_dir);
    let file = match File::open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let mut bytes = Vec::new();
    file.take(MAX_FILE_LEN + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_LEN {
        return Err(damaged());
    }
    decode(&bytes).map(Some)
}

fn decode(bytes: &[u8]) -> Result<LockState> {
    let version: VersionOnly = serde_json::from_slice(bytes).map_err(|_| damaged())?;
    if version.version > FORMAT_VERSION {
        return Err(Error::AppLockTooNew);
    }
    let disk: OnDisk = serde_json::from_slice(bytes).map_err(|_| damaged())?;
    let intact = match (version.version, &disk.check) {
        (FORMAT_VERSION, Some(check)) => *check == integrity_check(&disk.fields, FORMAT_VERSION)?,
        (UNSEALED_VERSION, Some(check)) => {
            !disk.fields.device_sealed && *check == integrity_check(&disk.fields, UNSEALED_VERSION)?
        }
        (UNCHECKED_VERSION, None) => !disk.fields.device_sealed,
        _ => false,
    };
    if !intact {
        return Err(damaged());
    }
    let disk = disk.fields;
    let kdf = disk.kdf;
    let kdf_in_range = kdf_acceptable(kdf);
    let erase_in_range = disk
        .erase_after
        .is_none_or(|n| (MIN_ERASE_AFTER..=MAX_ERASE_AFTER).contains(&n));
    if !kdf_in_range || !erase_in_range {
        return Err(damaged());
    }
    Ok(LockState {
        kind: disk.kind,
        kdf,
        salt: decode_fixed(&disk.salt)?,
        nonce: decode_fixed(&disk.nonce)?,
        wrapped_key: if disk.device_sealed {
            StoredKey::DeviceSealed(decode_sealed(&disk.wrapped_key)?)
        } else {
            StoredKey::Wrapped(decode_fixed(&disk.wrapped_key)?)
        },
        failed_attempts: disk.failed_attempts,
        next_attempt_at: disk.next_attempt_at,
        erase_after: disk.erase_after,
    })
}

/// Whether Argon2id settings are ones this build will write and read back.
pub(crate) fn kdf_acceptable(kdf: KdfParams) -> bool {
    (1..=MAX_ITERATIONS).contains(&kdf.iterations)
        && (1..=MAX_PARALLELISM).contains(&kdf.parallelism)
        && kdf.memory_kib >= 8 * kdf.parallelism
        && kdf.memory_kib <= MAX_MEMORY_KIB
}

/// SHA-256 over the fields as this build serialises them, in base64, labelled with the format
/// `version`. Not a secret: it finds damage, not tampering (someone able to edit the file can
/// delete it anyway).
fn integrity_check(fields: &Fields, version: u32) -> Result<String> {
    use sha2::{Digest, Sha256};
    let canonical = serde_json::to_vec(fields).map_err(|_| damaged())?;
    let mut hasher = Sha256::new();
    hasher.update(format!("groundwork app lock v{version}\0").as_bytes());
    hasher.update(&canonical);
    Ok(Base64::encode_string(&hasher.finalize()))
}

fn decode_fixed<const N: usize>(text: &str) -> Result<[u8; N]> {
    let mut out = [0u8; N];
    match Base64::decode(text, &mut out) {
        Ok(decoded) if decoded.len() == N => Ok(out),
        _ => Err(damaged()),
    }
}

fn decode_sealed(text: &str) -> Result<Vec<u8>> {
    match Base64::decode_vec(text) {
        Ok(bytes) if !bytes.is_empty() && bytes.len() <= MAX_SEALED_LEN => Ok(bytes),
        _ => Err(damaged()),
    }
}

/// Writes the lock state atomically: temporary file, flush to disk, rename, flush the folder.
pub(crate) fn write(data_dir: &Path, state: &LockState) -> Result<()> {
    let fields = Fields {
        kind: state.kind,
        kdf: state.kdf,
        salt: Base64::encode_string(&state.salt),
        nonce: Base64::encode_string(&state.nonce),
        wrapped_key: match &state.wrapped_key {
            StoredKey::Wrapped(bytes) => Base64::encode_string(bytes),
            StoredKey::DeviceSealed(bytes) => Base64::encode_string(bytes),
        },
        device_sealed: matches!(state.wrapped_key, StoredKey::DeviceSealed(_)),
        failed_attempts: state.failed_attempts,
        next_attempt_at: state.next_attempt_at,
        erase_after: state.erase_after,
    };
    let disk = OnDisk {
        version: FORMAT_VERSION,
        check: Some(integrity_check(&fields, FORMAT_VERSION)?),
        fields,
    };
    let json = serde_json::to_vec_pretty(&disk)
        .map_err(|_| Error::Internal("the app lock could not be written"))?;
    std::fs::create_dir_all(data_dir)?;
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(data_dir)?;
    temp.write_all(&json)?;
    temp.as_file().sync_all()?;
    temp.persist(lock_file_path(data_dir))
        .map_err(|e| Error::Io(e.error))?;
    sync_dir(data_dir)
}

/// Overwrites the lock file with zeros and deletes it, with any temporary file a crash left
/// behind, and checks they are gone. A missing file is fine.
pub(crate) fn shred(data_dir: &Path) -> Result<()> {
    let mut files = temporary_files(data_dir);
    files.push(lock_file_path(data_dir));
    crate::wipe::erase(&files)
}

/// Makes a rename or delete in `dir` durable. Only Unix-like systems can open a folder for this.
fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(erase_after: Option<u32>) -> LockState {
        LockState {
            kind: LockKind::Pin,
            kdf: KdfParams::default(),
            salt: [7; SALT_LEN],
            nonce: [8; NONCE_LEN],
            wrapped_key: StoredKey::Wrapped([9; WRAPPED_LEN]),
            failed_attempts: 0,
            next_attempt_at: None,
            erase_after,
        }
    }

    #[test]
    fn a_lock_file_with_erase_after_outside_five_to_a_hundred_is_read_as_damaged() {
        for n in [0, 1, 4, 101, u32::MAX] {
            let dir = tempfile::tempdir().expect("dir");
            write(dir.path(), &state(Some(n))).expect("written");
            assert!(
                matches!(read(dir.path()), Err(Error::AppLockDamaged)),
                "erase after {n}"
            );
        }
    }

    /// A lock file written as usual, with `pad` spaces after its first `{`.
    fn padded(dir: &Path, pad: usize) -> Vec<u8> {
        write(dir, &state(None)).expect("written");
        let bytes = std::fs::read(lock_file_path(dir)).expect("read");
        let mut out = b"{".to_vec();
        out.extend(std::iter::repeat_n(b' ', pad));
        out.extend_from_slice(&bytes[1..]);
        out
    }

    #[test]
    fn a_lock_file_of_sixteen_kib_is_read_and_one_byte_more_is_damaged() {
        let dir = tempfile::tempdir().expect("dir");
        let written = padded(dir.path(), 0).len();
        let exact = padded(dir.path(), 16 * 1024 - written);
        assert_eq!(exact.len(), 16 * 1024);
        std::fs::write(lock_file_path(dir.path()), &exact).expect("write");
        assert_eq!(read(dir.path()).expect("intact"), Some(state(None)));
        let mut over = exact;
        over.push(b' ');
        std::fs::write(lock_file_path(dir.path()), &over).expect("write");
        assert!(matches!(read(dir.path()), Err(Error::AppLockDamaged)));
    }

    #[test]
    fn a_lock_file_that_cannot_be_opened_is_an_error_not_an_unlocked_app() {
        let dir = tempfile::tempdir().expect("dir");
        let not_a_folder = dir.path().join("a-file");
        std::fs::write(&not_a_folder, b"x").expect("write");
        assert!(read(&not_a_folder).is_err());
        assert_eq!(
            read(&dir.path().join("nothing-here")).expect("no lock"),
            None
        );
    }

    #[test]
    fn a_first_version_lock_file_reads_without_a_check_unless_it_says_its_key_is_device_sealed() {
        let dir = tempfile::tempdir().expect("dir");
        write(dir.path(), &state(None)).expect("written");
        let path = lock_file_path(dir.path());
        let mut v1: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("JSON");
        v1["version"] = serde_json::json!(UNCHECKED_VERSION);
        v1.as_object_mut().expect("an object").remove("check");
        std::fs::write(&path, serde_json::to_vec(&v1).expect("JSON")).expect("write");
        assert_eq!(read(dir.path()).expect("intact"), Some(state(None)));
        v1["device_sealed"] = serde_json::json!(true);
        std::fs::write(&path, serde_json::to_vec(&v1).expect("JSON")).expect("write");
        assert!(matches!(read(dir.path()), Err(Error::AppLockDamaged)));
    }

    #[test]
    fn argon2id_needs_eight_kib_of_memory_for_each_lane() {
        let kdf = |memory_kib, parallelism| KdfParams {
            memory_kib,
            iterations: 1,
            parallelism,
        };
        assert!(kdf_acceptable(kdf(32, 4)));
        assert!(!kdf_acceptable(kdf(31, 4)));
        assert!(kdf_acceptable(kdf(8, 1)));
        assert!(!kdf_acceptable(kdf(7, 1)));
    }

    #[test]
    fn a_salt_nonce_or_key_shorter_than_its_size_is_damage_not_zero_padding() {
        let full = Base64::encode_string(&[3u8; SALT_LEN]);
        assert_eq!(decode_fixed::<SALT_LEN>(&full).ok(), Some([3u8; SALT_LEN]));
        for short in [0, 1, SALT_LEN - 1] {
            let text = Base64::encode_string(&vec![3u8; short]);
            assert!(
                matches!(decode_fixed::<SALT_LEN>(&text), Err(Error::AppLockDamaged)),
                "{short} bytes"
            );
        }
        let long = Base64::encode_string(&[3u8; SALT_LEN + 1]);
        assert!(matches!(
            decode_fixed::<SALT_LEN>(&long),
            Err(Error::AppLockDamaged)
        ));
    }

    #[test]
    fn a_device_sealed_key_is_one_to_the_most_sealed_bytes() {
        for ok in [1, MAX_SEALED_LEN] {
            let text = Base64::encode_string(&vec![5u8; ok]);
            assert_eq!(decode_sealed(&text).ok(), Some(vec![5u8; ok]), "{ok} bytes");
        }
        for bad in [0, MAX_SEALED_LEN + 1] {
            let text = Base64::encode_string(&vec![5u8; bad]);
            assert!(
                matches!(decode_sealed(&text), Err(Error::AppLockDamaged)),
                "{bad} bytes"
            );
        }
        assert!(matches!(
            decode_sealed("not base64!"),
            Err(Error::AppLockDamaged)
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_that_cannot_be_flushed_is_an_error_not_a_silent_success() {
        let dir = tempfile::tempdir().expect("dir");
        assert!(sync_dir(dir.path()).is_ok());
        assert!(sync_dir(&dir.path().join("missing")).is_err());
    }

    #[test]
    fn a_lock_states_debug_names_it_and_never_shows_its_key() {
        let shown = format!("{:?}", state(Some(5)));
        assert!(shown.contains("LockState"), "{shown}");
        assert!(!shown.contains("9, 9, 9"), "{shown}");
    }

    #[test]
    fn a_lock_file_with_erase_after_five_a_hundred_or_none_reads_back_as_written() {
        for n in [Some(5), Some(100), None] {
            let dir = tempfile::tempdir().expect("dir");
            write(dir.path(), &state(n)).expect("written");
            let back = read(dir.path()).expect("intact").expect("a lock");
            assert_eq!(back, state(n), "erase after {n:?}");
        }
    }
}
