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
pub fn load_or_create(data_dir: &Path, source: &KeySource) -> Result<DatabaseKey, String> {
    fs::create_dir_all(data_dir).map_err(|e| format!("cannot create the data directory: {e}"))?;
    restrict_dir(data_dir);
    let database_exists = groundwork_core::database_path(data_dir).exists();
    match source {
        KeySource::KeyFile => key_from_file(&data_dir.join(KEY_FILE), database_exists),
        KeySource::PassphraseEnv(var) => key_from_passphrase(data_dir, var, database_exists),
    }
}

fn key_from_file(path: &Path, database_exists: bool) -> Result<DatabaseKey, String> {
    match fs::read_to_string(path) {
        Ok(text) => {
            let text = Zeroizing::new(text);
            let bytes = Zeroizing::new(decode_hex(text.trim()).ok_or_else(|| {
                format!(
                    "the key file {} is damaged (it should hold 64 hex digits)",
                    path.display()
                )
            })?);
            DatabaseKey::from_bytes(&bytes).map_err(|e| e.to_string())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if database_exists {
                return Err(format!(
                    "the key file {} is missing, so the existing database cannot be opened. \
                     If you set a passphrase, pass --passphrase-env VAR.",
                    path.display()
                ));
            }
            let key = DatabaseKey::generate();
            let hex = Zeroizing::new(encode_hex(key.expose_bytes()));
            write_private(path, hex.as_bytes())?;
            Ok(key)
        }
        Err(e) => Err(format!("cannot read the key file {}: {e}", path.display())),
    }
}

fn key_from_passphrase(
    data_dir: &Path,
    var: &str,
    database_exists: bool,
) -> Result<DatabaseKey, String> {
    let passphrase = Zeroizing::new(
        std::env::var(var)
            .map_err(|_| format!("the environment variable {var} is not set or not valid text"))?,
    );
    let kdf_path: PathBuf = data_dir.join(KDF_FILE);
    let settings = match fs::read_to_string(&kdf_path) {
        Ok(text) => serde_json::from_str::<KdfFile>(&text).map_err(|_| {
            format!(
                "the passphrase settings file {} is damaged",
                kdf_path.display()
            )
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if database_exists {
                return Err(
                    "this database was not set up with a passphrase; open it without --passphrase-env".to_owned(),
                );
            }
            let settings = KdfFile {
                version: 1,
                algorithm: "argon2id".to_owned(),
                params: KdfParams::default(),
                salt_hex: encode_hex(&keys::generate_salt()),
            };
            let json = serde_json::to_vec_pretty(&settings).map_err(|e| e.to_string())?;
            write_private(&kdf_path, &json)?;
            settings
        }
        Err(e) => return Err(format!("cannot read {}: {e}", kdf_path.display())),
    };
    if settings.algorithm != "argon2id" || settings.version != 1 {
        return Err("the passphrase settings file was written by a newer version".to_owned());
    }
    let salt = decode_hex(&settings.salt_hex).ok_or("the passphrase settings file is damaged")?;
    keys::derive_key_from_passphrase(&passphrase, &salt, settings.params).map_err(|e| e.to_string())
}

/// Puts `key` in the key file (before the app lock is removed), replacing any left there: written
/// beside it first and renamed over it, so a full disk never leaves half a key.
pub fn save_key_file(data_dir: &Path, key: &DatabaseKey) -> Result<(), String> {
    let hex = Zeroizing::new(encode_hex(key.expose_bytes()));
    let path = data_dir.join(KEY_FILE);
    let partial = data_dir.join(format!("{KEY_FILE}.partial"));
    let _ = fs::remove_file(&partial);
    write_private(&partial, hex.as_bytes())
        .and_then(|()| {
            fs::rename(&partial, &path).map_err(|e| format!("cannot write {}: {e}", path.display()))
        })
        .inspect_err(|_| {
            let _ = fs::remove_file(&partial);
        })
}

/// Overwrites and removes the key file (after an app lock took over the key). A missing file
/// is fine.
pub fn remove_key_file(data_dir: &Path) -> Result<(), String> {
    let path = data_dir.join(KEY_FILE);
    let len = match fs::metadata(&path) {
        Ok(meta) => meta.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let zeros = vec![0u8; usize::try_from(len).unwrap_or(0)];
    OpenOptions::new()
        .write(true)
        .open(&path)
        .and_then(|mut f| f.write_all(&zeros).and_then(|()| f.sync_all()))
        .and_then(|()| fs::remove_file(&path))
        .map_err(|e| format!("cannot remove {}: {e}", path.display()))
}

/// Writes a new file readable only by its owner; never overwrites.
fn write_private(path: &Path, contents: &[u8]) -> Result<(), String> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    file.write_all(contents)
        .and_then(|()| file.sync_all())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Keeps the data directory private to its owner where the platform allows it.
fn restrict_dir(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o700));
    }
    #[cfg(not(unix))]
    let _ = dir;
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
        let err = load_or_create(dir.path(), &KeySource::KeyFile).expect_err("must refuse");
        assert!(err.contains("missing"), "{err}");
        assert!(!dir.path().join(KEY_FILE).exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_new_key_file_is_readable_only_by_its_owner() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        load_or_create(dir.path(), &KeySource::KeyFile).expect("key");
        let mode = fs::metadata(dir.path().join(KEY_FILE))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
