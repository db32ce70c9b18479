//! Shared fixtures for the integration tests: opening databases with a fixed clock, and
//! reading a database's schema for comparison.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset};
use groundwork_core::{DatabaseKey, Groundwork, ManualClock};

/// A fixed 32-byte test key (never used outside tests).
pub fn test_key() -> DatabaseKey {
    DatabaseKey::from_bytes(&[7u8; 32]).expect("32 bytes")
}

/// Parses an RFC 3339 time with offset, e.g. `2026-03-29T00:30:00+11:00`.
pub fn at(rfc3339: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(rfc3339).expect("valid RFC 3339 time")
}

/// Opens (creating) a Groundwork in `dir` with the test key and a clock set to `now`.
pub fn open_at(dir: &Path, now: &str) -> (Groundwork, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::new(at(now)));
    let g = Groundwork::open_with(dir, &test_key(), clock.clone()).expect("open");
    (g, clock)
}

/// Opens the raw SQLCipher database with the test key, bypassing the core.
pub fn raw_connection(path: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).expect("open raw");
    let hex: String = test_key()
        .expose_bytes()
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect();
    conn.execute_batch(&format!(
        "PRAGMA cipher_log_level = NONE; PRAGMA key = \"x'{hex}'\";"
    ))
    .expect("key");
    conn
}

/// Every schema object (type, name, normalised SQL), sorted, for comparing two databases.
pub fn schema_of(conn: &rusqlite::Connection) -> Vec<(String, String, String)> {
    let mut stmt = conn
        .prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name")
        .expect("prepare");
    stmt.query_map([], |row| {
        let sql: String = row.get(2)?;
        Ok((
            row.get(0)?,
            row.get(1)?,
            sql.split_whitespace().collect::<Vec<_>>().join(" "),
        ))
    })
    .expect("query")
    .collect::<Result<_, _>>()
    .expect("rows")
}
