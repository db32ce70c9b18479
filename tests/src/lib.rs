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

/// What [`synthetic_history`] wrote.
#[derive(Debug, Clone, Copy)]
pub struct HistorySize {
    /// Check-ins written.
    pub check_ins: usize,
    /// Journal entries written.
    pub journal_entries: usize,
}

/// Fills a new database in `dir` with `years` of history ending at `end`: three check-ins a day
/// (morning, afternoon, evening) with one to three emotion words, and `journal_entries` entries
/// spread evenly, made of everyday sentences. Deterministic, so runs are comparable.
pub fn synthetic_history(dir: &Path, end: &str, years: u32, journal_entries: usize) -> HistorySize {
    drop(open_at(dir, end));
    let end = at(end);
    let days = i64::from(years) * 365;
    let mut conn = raw_connection(&groundwork_core::database_path(dir));
    let tx = conn.transaction().expect("begin");
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    const WORDS: [&str; 12] = [
        "calm", "tired", "angry", "proud", "anxious", "content", "flat", "hopeful", "on edge", "grateful", "stressed",
        "relieved",
    ];
    const SENTENCES: [&str; 8] = [
        "Work was heavy today and I felt the pressure in my shoulders.",
        "Took a walk before dinner and it helped me settle.",
        "We argued about money again; I paused and came back to talk.",
        "Played with the kids after school, a good evening.",
        "Couldn't sleep, kept thinking about what my father used to say.",
        "Told her I appreciated the way she handled the morning.",
        "Felt angry in traffic and noticed my jaw tighten before anything else.",
        "Quiet day. Grateful for small things.",
    ];
    let mut check_ins = 0;
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO checkins (id, recorded_at, utc_offset_minutes, local_day, pleasantness, energy, note, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?2)",
            )
            .expect("prepare");
        let mut word = tx
            .prepare("INSERT INTO checkin_emotions (checkin_id, position, word) VALUES (?1, ?2, ?3)")
            .expect("prepare");
        for day in (0..days).rev() {
            for hour in [8i64, 13, 20] {
                let local = end - chrono::Duration::days(day) - chrono::Duration::hours(i64::from(end.hour_of_day()) - hour);
                let id = format!("00000000-0000-4000-8000-{check_ins:012}");
                let p = next(11) as i64 - 5;
                let e = next(11) as i64 - 5;
                let note = (next(4) == 0).then(|| SENTENCES[next(8) as usize]);
                insert
                    .execute(rusqlite::params![
                        id,
                        local.timestamp_millis(),
                        local.offset().local_minus_utc() / 60,
                        local.date_naive().format("%Y-%m-%d").to_string(),
                        p,
                        e,
                        note
                    ])
                    .expect("insert check-in");
                for position in 0..=next(3) {
                    word.execute(rusqlite::params![id, position as i64, WORDS[next(12) as usize]])
                        .expect("insert word");
                }
                check_ins += 1;
            }
        }
        let mut journal = tx
            .prepare(
                "INSERT INTO journal_entries (id, created_at, utc_offset_minutes, updated_at, body) VALUES (?1, ?2, ?3, ?2, ?4)",
            )
            .expect("prepare");
        let span_minutes = days * 24 * 60;
        for i in 0..journal_entries {
            let minutes_back = span_minutes * (journal_entries - i) as i64 / journal_entries.max(1) as i64;
            let local = end - chrono::Duration::minutes(minutes_back);
            let body: Vec<&str> = (0..=next(4)).map(|_| SENTENCES[next(8) as usize]).collect();
            journal
                .execute(rusqlite::params![
                    format!("00000000-0000-4000-9000-{i:012}"),
                    local.timestamp_millis(),
                    local.offset().local_minus_utc() / 60,
                    body.join(" ")
                ])
                .expect("insert entry");
        }
    }
    tx.commit().expect("commit");
    HistorySize {
        check_ins,
        journal_entries,
    }
}

trait HourOfDay {
    fn hour_of_day(&self) -> u32;
}

impl HourOfDay for DateTime<FixedOffset> {
    fn hour_of_day(&self) -> u32 {
        chrono::Timelike::hour(self)
    }
}
