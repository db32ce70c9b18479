//! Opening the encrypted database, and the read/write helpers every capability uses.
//!
//! One writer connection and one reader connection, each behind a mutex. Writes run in an
//! IMMEDIATE transaction that commits only if the closure succeeds, so a failed write changes
//! nothing. WAL lets reads go on while a write is in progress.

pub(crate) mod schema;

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::keys::DatabaseKey;

const PLAINTEXT_SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The open, keyed database.
#[derive(Debug)]
pub(crate) struct Store {
    path: PathBuf,
    writer: Mutex<Connection>,
    reader: Mutex<Connection>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` with `key`, and brings its schema up to
    /// date. A wrong key is [`Error::WrongKey`]; a newer schema is [`Error::DatabaseTooNew`].
    pub(crate) fn open(path: &Path, key: &DatabaseKey) -> Result<Self> {
        refuse_plaintext_database(path)?;
        let mut writer = open_connection(path, key, false)?;
        migrate(&mut writer)?;
        let reader = open_connection(path, key, true)?;
        Ok(Store {
            path: path.to_owned(),
            writer: Mutex::new(writer),
            reader: Mutex::new(reader),
        })
    }

    /// Where the database file lives.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on the read-only connection.
    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let conn = lock(&self.reader);
        f(&conn)
    }

    /// Runs `f` in an IMMEDIATE transaction on the writer, committing only if it returns `Ok`.
    pub(crate) fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = lock(&self.writer);
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }
}

/// A poisoned lock means an earlier call panicked while holding it; its transaction was rolled
/// back when it unwound, so the connection is still consistent and safe to reuse.
fn lock(mutex: &Mutex<Connection>) -> MutexGuard<'_, Connection> {
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

fn open_connection(path: &Path, key: &DatabaseKey, read_only: bool) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
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
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get::<_, i64>(0)) {
        Ok(_) => {}
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => return Err(Error::WrongKey),
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
            return Err(Error::Internal("the database could not switch to write-ahead logging"));
        }
    }
    Ok(conn)
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found == schema::VERSION {
        return Ok(());
    }
    if found > schema::VERSION {
        return Err(Error::DatabaseTooNew {
            found,
            known: schema::VERSION,
        });
    }
    // IMMEDIATE takes the write lock up front; the whole upgrade commits or none of it does.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    if found == 0 {
        schema::create(&tx)?;
    } else {
        schema::upgrade_from(&tx, found)?;
    }
    tx.pragma_update(None, "user_version", schema::VERSION)?;
    tx.commit()?;
    Ok(())
}
