//! How the terminal companion gets the database key on a desktop.
//!
//! Phones keep the key in the Keychain or Keystore. A desktop has no such store that works
//! everywhere, so the companion offers two modes:
//!
//! - **Key file (the default).** A random 32-byte key in `groundwork.key` beside the database,
//!   readable only by you (mode 0600). Anyone who can read your files can read the key, so this
//!   protects a copied database file, not an unlocked account.
//! - **Passphrase** (`--passphrase-env VAR`). The key is derived from the passphrase with
//!   Argon2id; only the salt and cost settings are stored (`groundwork.kdf`). Nothing on disk
//!   opens the database without the passphrase.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use groundwork_core::keys::{self, DatabaseKey, KdfParams};
use zeroize::Zeroizing;

use crate::language::Language;

/// The key file's name inside the data directory.
pub const KEY_FILE: &str = "groundwork.key";
/// The passphrase settings file's name inside the data directory.
pub const KDF_FILE: &str = "groundwork.kdf";

/// Where the key comes from.
#[derive(Debug)]
pub enum KeySource {
    /// A random key kept in a 0600 file beside the database.
    KeyFile,
    /// A passphrase read from the named environment variable.
    PassphraseEnv(String),
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct KdfFile {
    version: u32,
    algorithm: String,
    params: KdfParams,
    salt_hex: String,
}

/// Loads the key for `data_dir`, creating one on first use. Never creates a new key when a
/// database already exists: that would lock the person out of it.
///
/// A key file left empty (a first start on a full disk, before the key was ever used) with no
/// database beside it is a first start, not damage. A database missing or emptied beside a key
/// that was used is damage: it is said, and no new database is made over it.
pub fn load_or_create(
    data_dir: &Path,
    source: &KeySource,
    language: Language,
) -> Result<DatabaseKey, String> {
    let l = language;
    crate::files::prepare_data_dir(data_dir, l).map_err(|e| e.to_string())?;
    let database = groundwork_core::database_path(data_dir);
    let database_exists = database.exists();
    let key_file = data_dir.join(KEY_FILE);
    let key_in_use = fs::metadata(&key_file).is_ok_and(|meta| meta.len() > 0)
        || data_dir.join(KDF_FILE).exists();
    if key_in_use && !database_exists {
        return Err(l.say_with(
            "terminal-database-missing-beside-key",
            &[("database", database.display().to_string().into())],
        ));
    }
    match source {
        KeySource::KeyFile => key_from_file(&data_dir.join(KEY_FILE), database_exists, l),
        KeySource::PassphraseEnv(var) => key_from_passphrase(data_dir, var, database_exists, l),
    }
}

/// `path` as a value for a message.
fn shown(path: &Path) -> groundwork_core::base::text::Value {
    path.display().to_string().into()
}

fn key_from_file(
    path: &Path,
    database_exists: bool,
    language: Language,
) -> Result<DatabaseKey, String> {
    let l = language;
    match fs::read_to_string(path) {
        // Written but never filled (the disk was full): no key was ever used.
        Ok(text) if text.is_empty() && !database_exists => {
            let _ = fs::remove_file(path);
            new_key_file(path, l)
        }
        Ok(text) => {
            let text = Zeroizing::new(text);
            let bytes = Zeroizing::new(decode_hex(text.trim()).ok_or_else(|| {
                l.say_with("terminal-key-file-damaged", &[("path", shown(path))])
            })?);
            DatabaseKey::from_bytes(&bytes).map_err(|e| e.to_string())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if database_exists {
                return Err(l.say_with("terminal-key-file-missing", &[("path", shown(path))]));
            }
            new_key_file(path, l)
        }
        Err(e) => Err(l.say_with(
            "terminal-key-file-unreadable",
            &[("path", shown(path)), ("error", e.to_string().into())],
        )),
    }
}

/// A new random key, written to `path` whole or not at all.
fn new_key_file(path: &Path, language: Language) -> Result<DatabaseKey, String> {
    let key = DatabaseKey::generate();
    let hex = Zeroizing::new(encode_hex(key.expose_bytes()));
    write_whole(path, hex.as_bytes(), language)?;
    Ok(key)
}

fn key_from_passphrase(
    data_dir: &Path,
    var: &str,
    database_exists: bool,
    language: Language,
) -> Result<DatabaseKey, String> {
    let l = language;
    let passphrase = Zeroizing::new(
        std::env::var(var)
            .map_err(|_| l.say_with("terminal-variable-not-set", &[("var", var.into())]))?,
    );
    let kdf_path: PathBuf = data_dir.join(KDF_FILE);
    let damaged = || l.say_with("terminal-kdf-file-damaged", &[("path", shown(&kdf_path))]);
    let settings = match fs::read_to_string(&kdf_path) {
        Ok(text) => serde_json::from_str::<KdfFile>(&text).map_err(|_| damaged())?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if database_exists {
                return Err(l.say("terminal-not-set-up-with-passphrase"));
            }
            let settings = KdfFile {
                version: 1,
                algorithm: "argon2id".to_owned(),
                params: KdfParams::default(),
                salt_hex: encode_hex(&keys::generate_salt()),
            };
            let json = serde_json::to_vec_pretty(&settings).map_err(|e| e.to_string())?;
            write_whole(&kdf_path, &json, l)?;
            settings
        }
        Err(e) => {
            return Err(l.say_with(
                "terminal-cannot-read",
                &[("path", shown(&kdf_path)), ("error", e.to_string().into())],
            ));
        }
    };
    if settings.algorithm != "argon2id" || settings.version != 1 {
        return Err(l.say("terminal-kdf-file-too-new"));
    }
    if !groundwork_core::lock::kdf_acceptable(settings.params) {
        return Err(l.say_with("terminal-kdf-out-of-range", &[("path", shown(&kdf_path))]));
    }
    let salt = decode_hex(&settings.salt_hex).ok_or_else(|| l.say("terminal-kdf-damaged"))?;
    keys::derive_key_from_passphrase(&passphrase, &salt, settings.params).map_err(|e| e.to_string())
}

/// Puts `key` in the key file (before the app lock is removed), replacing any left there: written
/// beside it first and renamed over it, so a full disk never leaves half a key.
pub fn save_key_file(data_dir: &Path, key: &DatabaseKey, language: Language) -> Result<(), String> {
    let hex = Zeroizing::new(encode_hex(key.expose_bytes()));
    write_whole(&data_dir.join(KEY_FILE), hex.as_bytes(), language)
}

/// Overwrites and removes the key file (after an app lock took over the key). A missing file
/// is fine.
pub fn remove_key_file(data_dir: &Path, language: Language) -> Result<(), String> {
    let path = data_dir.join(KEY_FILE);
    groundwork_core::wipe::shred_file(&path).map_err(|e| {
        language.say_with(
            "terminal-cannot-remove",
            &[("path", shown(&path)), ("error", e.to_string().into())],
        )
    })
}

/// Writes `contents` to `path` readable only by its owner, whole or not at all: to a temporary
/// file beside it, flushed to disk, renamed over `path`, and the folder flushed. A full disk
/// leaves no file, never an empty or half one.
fn write_whole(path: &Path, contents: &[u8], language: Language) -> Result<(), String> {
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let _ = fs::remove_file(&partial);
    let cannot_write = |e: std::io::Error| {
        language.say_with(
            "terminal-cannot-write",
            &[("path", shown(path)), ("error", e.to_string().into())],
        )
    };
    let written = write_private(&partial, contents, language)
        .and_then(|()| fs::rename(&partial, path).map_err(cannot_write));
    if written.is_err() {
        let _ = fs::remove_file(&partial);
    }
    #[cfg(unix)]
    if let Some(dir) = path.parent()
        && let Ok(handle) = fs::File::open(dir)
    {
        let _ = handle.sync_all();
    }
    written
}

/// Writes a new file readable only by its owner; never overwrites.
fn write_private(path: &Path, contents: &[u8], language: Language) -> Result<(), String> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| {
        language.say_with(
            "terminal-cannot-create",
            &[("path", shown(path)), ("error", e.to_string().into())],
        )
    })?;
    file.write_all(contents)
        .and_then(|()| file.sync_all())
        .map_err(|e| {
            language.say_with(
                "terminal-cannot-write",
                &[("path", shown(path)), ("error", e.to_string().into())],
            )
        })
}

fn encode_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|pair| u8::from_str_radix(pair, 16).ok())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_rejects_garbage() {
        let bytes = [0u8, 1, 0xab, 0xff];
        assert_eq!(decode_hex(&encode_hex(&bytes)).as_deref(), Some(&bytes[..]));
        assert_eq!(decode_hex("abc"), None);
        assert_eq!(decode_hex("zz"), None);
    }

    #[test]
    fn a_missing_key_file_beside_an_existing_database_is_an_error_not_a_new_key() {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::write(groundwork_core::database_path(dir.path()), b"not empty").expect("write");
        let err = load_or_create(dir.path(), &KeySource::KeyFile, Language::ENGLISH)
            .expect_err("must refuse");
        assert!(err.contains("missing"), "{err}");
        assert!(!dir.path().join(KEY_FILE).exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_new_key_file_is_readable_only_by_its_owner() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        load_or_create(dir.path(), &KeySource::KeyFile, Language::ENGLISH).expect("key");
        let mode = fs::metadata(dir.path().join(KEY_FILE))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
