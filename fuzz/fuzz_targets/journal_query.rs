//! The journal search mapping: whatever is typed becomes an FTS5 expression SQLite accepts (so
//! nothing typed is read as FTS5 syntax), and a search through the public API never fails with
//! anything but a typed input error.
#![no_main]

use std::sync::{Arc, OnceLock};

use groundwork_core::{ApiError, DatabaseKey, Groundwork, SystemClock};
use libfuzzer_sys::fuzz_target;

/// An in-memory FTS5 table shaped like the journal's index.
fn index() -> &'static std::sync::Mutex<rusqlite::Connection> {
    static INDEX: OnceLock<std::sync::Mutex<rusqlite::Connection>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let conn = rusqlite::Connection::open_in_memory().expect("in memory");
        conn.execute_batch(
            "CREATE VIRTUAL TABLE t USING fts5(body, symbols, tokenize = 'unicode61 remove_diacritics 2');
             INSERT INTO t VALUES ('walked it off after work', 'u1f389');",
        )
        .expect("index");
        std::sync::Mutex::new(conn)
    })
}

/// A Groundwork with a few entries, opened once.
fn groundwork() -> &'static Arc<Groundwork> {
    static OPEN: OnceLock<Arc<Groundwork>> = OnceLock::new();
    OPEN.get_or_init(|| {
        let dir = tempfile::Builder::new()
            .prefix("groundwork-fuzz-journal-")
            .tempdir()
            .expect("temp dir")
            .keep();
        let g = Groundwork::open_with(&dir, &DatabaseKey::generate(), Arc::new(SystemClock))
            .expect("open");
        for body in [
            "Walked it off after work 🎉",
            "Don't \"quote\" me: (NEAR) AND *",
            "ça va",
        ] {
            g.add_journal_entry(body.to_owned()).expect("entry");
        }
        Arc::new(g)
    })
}

fuzz_target!(|query: &str| {
    if let Some(expression) = groundwork_core::journal::search_expression(query) {
        let conn = index().lock().expect("index");
        conn.query_row(
            "SELECT count(*) FROM t WHERE t MATCH ?1",
            [&expression],
            |r| r.get::<_, i64>(0),
        )
        .unwrap_or_else(|e| panic!("SQLite refused the expression {expression:?}: {e}"));
    }
    match groundwork().search_journal(query.to_owned(), 10) {
        Ok(_) | Err(ApiError::InvalidInput { .. }) => {}
        Err(other) => panic!("a search failed: {other}"),
    }
});
