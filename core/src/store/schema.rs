//! The schema and its migrations.
//!
//! The version lives in `PRAGMA user_version`. A fresh database is created at the newest version
//! in one step ([`create`]); an older one is upgraded one version at a time ([`upgrade_from`]),
//! all inside a single IMMEDIATE transaction, so a crash or a full disk mid-upgrade leaves the
//! old database exactly as it was.
//!
//! Every released schema is kept as a SQL snapshot under `tests/schemas/`; a test upgrades each
//! one and checks the result matches a freshly created database.

use rusqlite::Transaction;

use crate::error::{Error, Result};

/// The schema version this build creates and understands.
pub const VERSION: i64 = 2;

const CHECKINS_V1: &str = "
CREATE TABLE checkins (
    id TEXT PRIMARY KEY NOT NULL,
    recorded_at INTEGER NOT NULL,
    utc_offset_minutes INTEGER NOT NULL,
    local_day TEXT NOT NULL,
    pleasantness INTEGER NOT NULL CHECK (pleasantness BETWEEN -5 AND 5),
    energy INTEGER NOT NULL CHECK (energy BETWEEN -5 AND 5),
    note TEXT,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX checkins_by_time ON checkins (recorded_at);
CREATE INDEX checkins_by_day ON checkins (local_day);
CREATE TABLE checkin_emotions (
    checkin_id TEXT NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    word TEXT NOT NULL,
    PRIMARY KEY (checkin_id, position)
) STRICT;
";

const JOURNAL_V2: &str = "
CREATE TABLE journal_entries (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    utc_offset_minutes INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    body TEXT NOT NULL
) STRICT;
CREATE INDEX journal_by_time ON journal_entries (created_at);
CREATE VIRTUAL TABLE journal_fts USING fts5 (
    body,
    content = 'journal_entries',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries BEGIN
    INSERT INTO journal_fts (rowid, body) VALUES (new.rowid, new.body);
END;
CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
END;
CREATE TRIGGER journal_fts_update AFTER UPDATE OF body ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
    INSERT INTO journal_fts (rowid, body) VALUES (new.rowid, new.body);
END;
";

/// Creates every table of the newest schema in an empty database.
pub(crate) fn create(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(CHECKINS_V1)?;
    tx.execute_batch(JOURNAL_V2)?;
    Ok(())
}

/// Upgrades a database at `from` to [`VERSION`], one step at a time.
pub(crate) fn upgrade_from(tx: &Transaction<'_>, from: i64) -> Result<()> {
    let mut version = from;
    while version < VERSION {
        match version {
            // v1 -> v2: the journal and its full-text index.
            1 => tx.execute_batch(JOURNAL_V2)?,
            _ => return Err(Error::Internal("no upgrade path from this schema version")),
        }
        version += 1;
    }
    Ok(())
}
