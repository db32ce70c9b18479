//! Opening the encrypted database, and the read/write helpers every capability uses.
//!
//! One writer connection and one reader connection, each behind a mutex. Writes run in an
//! IMMEDIATE transaction that commits only if the closure succeeds, so a failed write changes
//! nothing. WAL lets reads go on while a write is in progress.

pub(crate) mod files;
pub(crate) mod schema;

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, Once, PoisonError};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use zeroize::Zeroizing;

use crate::base::error::{Error, Result};
use crate::base::keys::DatabaseKey;

const PLAINTEXT_SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The open, keyed database.
#[derive(Debug)]
pub(crate) struct Store {
    path: PathBuf,
    writer: Mutex<Option<Connection>>,
    reader: Mutex<Option<Connection>>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` with `key`, and brings its schema up to
    /// date. A wrong key is [`Error::WrongKey`]; a newer schema is [`Error::DatabaseTooNew`].
    /// A file emptied or cut short, or whose first page is damaged while the key opens the
    /// rest, is [`Error::DatabaseDamaged`], never a new database.
    ///
    /// `data` are the capabilities' steps an upgrade runs in Rust ([`schema::DataStep`]).
    pub(crate) fn open(path: &Path, key: &DatabaseKey, data: &[schema::DataStep]) -> Result<Self> {
        refuse_plaintext_database(path)?;
        refuse_cut_database(path)?;
        let mut writer = open_connection(path, key, false)?;
        migrate(&mut writer, data)?;
        let reader = open_connection(path, key, true)?;
        Ok(Store {
            path: path.to_owned(),
            writer: Mutex::new(Some(writer)),
            reader: Mutex::new(Some(reader)),
        })
    }

    /// Checks that `key` opens the existing database at `path` and that this build can read it,
    /// without changing it (the app lock checks the key before wrapping it). Errors as
    /// [`Store::open`].
    pub(crate) fn check_key(path: &Path, key: &DatabaseKey) -> Result<()> {
        refuse_plaintext_database(path)?;
        refuse_cut_database(path)?;
        schema_version(&open_connection(path, key, false)?).map(drop)
    }

    /// Where the database file lives.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on the read-only connection.
    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let guard = lock(&self.reader);
        let conn = guard.as_ref().ok_or(Error::Closed)?;
        f(conn)
    }

    /// Runs `f` in an IMMEDIATE transaction on the writer, committing only if it returns `Ok`.
    pub(crate) fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut guard = lock(&self.writer);
        let conn = guard.as_mut().ok_or(Error::Closed)?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }
}

impl Store {
    /// Closes both connections; later calls fail with [`Error::Closed`].
    pub(crate) fn close(&self) {
        // The writer first, so its WAL is checkpointed while the reader is still valid.
        drop(lock(&self.writer).take());
        drop(lock(&self.reader).take());
    }
}

/// Every setting the core keeps in the `settings` table, one key each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Setting {
    /// His region for help now, e.g. "AU".
    Region,
    /// The reminder settings, as JSON (`reminders`).
    Reminders,
    /// The baby's date, as JSON (`curriculum`).
    BabyDate,
    /// His answer to "Has your baby arrived?" once the due date passed ("not yet", with the
    /// day), or that they lost the baby, as JSON (`curriculum`).
    BabyArrival,
    /// Set once onboarding is done.
    Onboarded,
    /// Whether home asks how he is after something heavy ("on" or "off").
    CrisisFollowUp,
    /// Set once he puts home's "find your people" card away.
    PeerGroupsCardDismissed,
    /// "1" when he said in onboarding that things are hard right now: home offers the "start
    /// here" path first ("0" after he said they are not).
    StartHere,
    /// How long the app stays open in the background before the lock comes back
    /// (`lock::lifecycle`); this phone's, never backed up.
    LockGrace,
    /// His answer to the app lock offer ("later" until he chooses); this phone's, never backed up.
    LockChoice,
    /// Set once he has listened to something read aloud, so the headphones hint is not shown
    /// again (`speech`); this phone's, never backed up.
    HeadphonesHintSeen,
}

impl Setting {
    /// The settings a backup carries, in the order it lists them: every one but the app lock's,
    /// which belong to this phone.
    pub(crate) const BACKED_UP: [Setting; 8] = [
        Setting::Region,
        Setting::Reminders,
        Setting::BabyDate,
        Setting::BabyArrival,
        Setting::Onboarded,
        Setting::CrisisFollowUp,
        Setting::PeerGroupsCardDismissed,
        Setting::StartHere,
    ];

    /// The key it is stored under (and backed up under: never change one).
    pub(crate) const fn key(self) -> &'static str {
        match self {
            Setting::Region => "region",
            Setting::Reminders => "reminders",
            Setting::BabyDate => "baby_date",
            Setting::BabyArrival => "baby_arrival",
            Setting::Onboarded => "onboarded",
            Setting::CrisisFollowUp => "crisis_follow_up",
            Setting::PeerGroupsCardDismissed => "peer_groups_card_dismissed",
            Setting::StartHere => "start_here",
            Setting::LockGrace => "lock_grace",
            Setting::LockChoice => "lock_choice",
            Setting::HeadphonesHintSeen => "headphones_hint_seen",
        }
    }
}

/// The value of a setting (region, reminders, the baby's date, ...), if set.
pub(crate) fn setting(conn: &Connection, key: Setting) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key.key()], |r| r.get(0))
        .optional()?)
}

/// Sets a setting, replacing its value.
pub(crate) fn put_setting(tx: &Transaction<'_>, key: Setting, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key.key(), value],
    )?;
    Ok(())
}

/// The files SQLite keeps for the database at `path`.
pub(crate) fn database_files(path: &Path) -> Vec<PathBuf> {
    let mut files = vec![path.to_owned()];
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        files.push(PathBuf::from(name));
    }
    files
}

/// A poisoned lock means an earlier call panicked while holding it; its transaction was rolled
/// back when it unwound, so the connection is still consistent and safe to reuse.
fn lock(mutex: &Mutex<Option<Connection>>) -> MutexGuard<'_, Option<Connection>> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// An unencrypted SQLite file would otherwise look like a wrong key; say what it really is.
fn refuse_plaintext_database(path: &Path) -> Result<()> {
    let mut header = [0u8; 16];
    match File::open(path) {
        Ok(mut file) => match file.read_exact(&mut header) {
            Ok(()) if &header == PLAINTEXT_SQLITE_MAGIC => Err(Error::NotEncrypted),
            _ => Ok(()),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Makes the database file (and any write-ahead log, shared memory or journal beside it)
/// readable only by its owner. SQLite creates the log files later with the database file's mode,
/// so they are 0600 from the start.
fn restrict_files(path: &Path) -> Result<()> {
    #[cfg(unix)]
    for file in database_files(path) {
        use std::os::unix::fs::PermissionsExt;
        match std::fs::metadata(&file) {
            Ok(meta) if meta.permissions().mode() & 0o077 != 0 => {
                std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))?;
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Every page SQLCipher writes is this size, so a database file is always a whole number of them.
const PAGE_SIZE: u64 = 4096;

/// A database file that is empty, or not a whole number of pages, was cut short (a full disk, a
/// copy that did not finish, a tool that truncated it). Opening it would start a new database
/// over the remains.
fn refuse_cut_database(path: &Path) -> Result<()> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.len() == 0 || !meta.len().is_multiple_of(PAGE_SIZE) => {
            Err(Error::DatabaseDamaged)
        }
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// After SQLCipher refused the first page: a wrong key fails the check on every page, while a
/// right key over a damaged first page passes it on the pages after. Asked of SQLCipher's own
/// page check, which reads no plaintext. A one-page database cannot be told apart, and is
/// reported as a wrong key.
fn first_page_damaged(conn: &Connection) -> bool {
    let Ok(mut statement) = conn.prepare("PRAGMA cipher_integrity_check") else {
        return false;
    };
    let Ok(rows) = statement.query_map([], |row| row.get::<_, String>(0)) else {
        return false;
    };
    let pages = u64::try_from(page_count_on_disk(conn)).unwrap_or(0);
    let failed = rows
        .filter_map(std::result::Result::ok)
        .filter(|line| line.contains("HMAC"))
        .count() as u64;
    pages > 1 && failed > 0 && failed < pages
}

/// How many pages the database file holds, from its size.
fn page_count_on_disk(conn: &Connection) -> i64 {
    conn.path()
        .and_then(|p| std::fs::metadata(p).ok())
        .map_or(0, |meta| i64::try_from(meta.len() / PAGE_SIZE).unwrap_or(0))
}

/// SQLite marks itself initialised before SQLCipher's own start-up hook has finished, so a
/// second thread opening its first database at the same moment can reach `PRAGMA key` while
/// SQLCipher is still starting and be refused. Opening one throwaway connection under a `Once`
/// runs that start-up to completion before any real database is opened.
fn initialise_sqlcipher_once() {
    static START: Once = Once::new();
    START.call_once(|| {
        // Any failure here resurfaces, typed, from the real open that follows.
        drop(Connection::open_in_memory());
    });
}

fn open_connection(path: &Path, key: &DatabaseKey, read_only: bool) -> Result<Connection> {
    initialise_sqlcipher_once();
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    restrict_files(path)?;
    // SQLCipher logs decryption failures to stderr (logcat / os_log on phones); a wrong key is
    // reported to the caller as a typed error instead.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    let statement = {
        let literal = key.sqlcipher_literal();
        let mut s = Zeroizing::new(String::with_capacity(literal.len() + 16));
        s.push_str("PRAGMA key = \"");
        s.push_str(&literal);
        s.push_str("\";");
        s
    };
    conn.execute_batch(&statement)?;
    drop(statement);
    // The first read of the schema is where SQLCipher finds out whether the key is right.
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
        row.get::<_, i64>(0)
    }) {
        Ok(_) => {}
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            return Err(if first_page_damaged(&conn) {
                Error::DatabaseDamaged
            } else {
                Error::WrongKey
            });
        }
        Err(e) => return Err(e.into()),
    }
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA synchronous = FULL;
         PRAGMA temp_store = MEMORY;",
    )?;
    if read_only {
        conn.execute_batch("PRAGMA query_only = ON;")?;
    } else {
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::Internal(
                "the database could not switch to write-ahead logging",
            ));
        }
    }
    Ok(conn)
}

/// The schema version of an open database; a newer one than this build knows is
/// [`Error::DatabaseTooNew`].
fn schema_version(conn: &Connection) -> Result<i64> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found > schema::VERSION {
        return Err(Error::DatabaseTooNew {
            found,
            known: schema::VERSION,
        });
    }
    Ok(found)
}

fn migrate(conn: &mut Connection, data: &[schema::DataStep]) -> Result<()> {
    let found = schema_version(conn)?;
    if found == schema::VERSION {
        return Ok(());
    }
    // IMMEDIATE takes the write lock up front; the whole upgrade commits or none of it does.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    if found == 0 {
        schema::create(&tx)?;
    } else {
        schema::upgrade_from(&tx, found, data)?;
    }
    tx.pragma_update(None, "user_version", schema::VERSION)?;
    tx.commit()?;
    Ok(())
}

/// A new, empty store in a temporary folder, for unit tests that need a database.
#[cfg(test)]
pub(crate) fn scratch() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let store = Store::open(&dir.path().join("db"), &DatabaseKey::generate(), &[])
        .expect("a new store opens");
    (dir, store)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(store: &Store) -> i64 {
        store
            .read(|c| Ok(c.query_row("SELECT count(*) FROM journal_entries", [], |r| r.get(0))?))
            .expect("count")
    }

    fn insert(tx: &Transaction<'_>, body: &str) -> Result<()> {
        tx.execute(
            "INSERT INTO journal_entries (id, created_at, utc_offset_minutes, updated_at, body)
             VALUES (lower(hex(randomblob(16))), 0, 0, 0, ?1)",
            [body],
        )?;
        Ok(())
    }

    #[test]
    fn every_connection_uses_write_ahead_logging_foreign_keys_and_secure_delete() {
        let dir = tempfile::tempdir().expect("dir");
        let store =
            Store::open(&dir.path().join("db"), &DatabaseKey::generate(), &[]).expect("open");
        let pragmas = |c: &Connection| -> Result<(String, i64, i64, i64)> {
            Ok((
                c.query_row("PRAGMA journal_mode", [], |r| r.get(0))?,
                c.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?,
                c.query_row("PRAGMA secure_delete", [], |r| r.get(0))?,
                c.query_row("PRAGMA synchronous", [], |r| r.get(0))?,
            ))
        };
        let expected = ("wal".to_owned(), 1, 1, 2);
        assert_eq!(store.read(|c| pragmas(c)).expect("reader"), expected);
        assert_eq!(store.write(|tx| pragmas(tx)).expect("writer"), expected);
    }

    #[test]
    fn a_full_disk_is_reported_as_storage_full_and_earlier_entries_survive() {
        let dir = tempfile::tempdir().expect("dir");
        let store =
            Store::open(&dir.path().join("db"), &DatabaseKey::generate(), &[]).expect("open");
        store
            .write(|tx| insert(tx, "saved before the disk filled"))
            .expect("first write");
        let pages: i64 = store
            .read(|c| Ok(c.query_row("PRAGMA page_count", [], |r| r.get(0))?))
            .expect("pages");
        // Simulate a full device: the database may not grow past its current size.
        lock(&store.writer)
            .as_ref()
            .expect("open")
            .execute_batch(&format!("PRAGMA max_page_count = {pages};"))
            .expect("cap size");
        let big = "x".repeat(200_000);
        let err = store
            .write(|tx| insert(tx, &big))
            .expect_err("must not fit");
        assert!(
            matches!(&err, Error::Sqlite(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull)),
            "{err:?}"
        );
        assert_eq!(count(&store), 1);
        lock(&store.writer)
            .as_ref()
            .expect("open")
            .execute_batch("PRAGMA max_page_count = 1073741823;")
            .expect("uncap");
        store
            .write(|tx| insert(tx, "fine again"))
            .expect("write after space is freed");
        assert_eq!(count(&store), 2);
    }

    #[test]
    fn a_failed_write_rolls_back_everything_it_did() {
        let dir = tempfile::tempdir().expect("dir");
        let store =
            Store::open(&dir.path().join("db"), &DatabaseKey::generate(), &[]).expect("open");
        let result: Result<()> = store.write(|tx| {
            insert(tx, "first half")?;
            Err(Error::invalid(
                "test",
                crate::base::error::Reason::new("error-write-a-word"),
            ))
        });
        assert!(result.is_err());
        assert_eq!(count(&store), 0);
    }
}
