//! Every released schema upgrades to the current one without losing anything.

use std::fs;
use std::path::{Path, PathBuf};

use groundwork_core::{ApiError, Groundwork, SCHEMA_VERSION};
use groundwork_tests::{open_at, raw_connection, schema_of, test_key};

fn snapshot(version: i64) -> String {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "schemas",
        &format!("v{version}.sql"),
    ]
    .iter()
    .collect();
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("missing snapshot {}: {e}", path.display()))
}

/// Creates a database exactly as schema `version` left it.
fn database_at_version(dir: &Path, version: i64) -> PathBuf {
    let path = groundwork_core::database_path(dir);
    let conn = raw_connection(&path);
    conn.execute_batch(&snapshot(version))
        .expect("snapshot applies");
    conn.pragma_update(None, "user_version", version)
        .expect("set version");
    path
}

#[test]
fn there_is_a_snapshot_for_every_schema_version() {
    for version in 1..=SCHEMA_VERSION {
        assert!(
            !snapshot(version).trim().is_empty(),
            "v{version}.sql is empty"
        );
    }
}

#[test]
fn the_newest_snapshot_matches_a_freshly_created_database() {
    let fresh = tempfile::tempdir().expect("dir");
    drop(open_at(fresh.path(), "2026-01-01T09:00:00Z"));
    let from_snapshot = tempfile::tempdir().expect("dir");
    let path = database_at_version(from_snapshot.path(), SCHEMA_VERSION);
    assert_eq!(
        schema_of(&raw_connection(&groundwork_core::database_path(
            fresh.path()
        ))),
        schema_of(&raw_connection(&path)),
        "the code's schema differs from tests/schemas/v{SCHEMA_VERSION}.sql: add a migration and a snapshot"
    );
}

#[test]
fn every_older_schema_upgrades_to_match_a_fresh_database_and_keeps_its_check_ins() {
    let fresh = tempfile::tempdir().expect("dir");
    drop(open_at(fresh.path(), "2026-01-01T09:00:00Z"));
    let expected = schema_of(&raw_connection(&groundwork_core::database_path(
        fresh.path(),
    )));

    for version in 1..SCHEMA_VERSION {
        let dir = tempfile::tempdir().expect("dir");
        let path = database_at_version(dir.path(), version);
        {
            let conn = raw_connection(&path);
            conn.execute(
                "INSERT INTO checkins (id, recorded_at, utc_offset_minutes, local_day, pleasantness, energy, note, updated_at)
                 VALUES ('5f0c7f5e-8a54-4d7e-9a57-2f7a4c1d2b3e', 1767258000000, 60, '2026-01-01', -2, 3, 'kept', 1767258000000)",
                [],
            )
            .expect("insert");
            conn.execute(
                "INSERT INTO checkin_emotions (checkin_id, position, word) VALUES ('5f0c7f5e-8a54-4d7e-9a57-2f7a4c1d2b3e', 0, 'tense')",
                [],
            )
            .expect("insert word");
        }
        let (g, _) = open_at(dir.path(), "2026-01-02T09:00:00Z");
        let list = g.recent_check_ins(10).expect("list");
        assert_eq!(list.len(), 1, "upgrading from v{version} lost a check-in");
        assert_eq!(list[0].note.as_deref(), Some("kept"));
        assert_eq!(
            list[0].own_words,
            vec!["tense".to_owned()],
            "words saved before the vocabulary are his own words"
        );
        drop(g);
        let conn = raw_connection(&path);
        assert_eq!(
            schema_of(&conn),
            expected,
            "v{version} upgraded to a different schema"
        );
        let user_version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(user_version, SCHEMA_VERSION);
    }
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("dir");
    let path = database_at_version(dir.path(), SCHEMA_VERSION);
    raw_connection(&path)
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .expect("bump version");
    let before = schema_of(&raw_connection(&path));

    let err = Groundwork::open_with(
        dir.path(),
        &test_key(),
        std::sync::Arc::new(groundwork_core::SystemClock),
    )
    .expect_err("newer schema must be refused");
    assert_eq!(err, ApiError::DatabaseTooNew);

    let conn = raw_connection(&path);
    assert_eq!(schema_of(&conn), before);
    let user_version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    assert_eq!(user_version, SCHEMA_VERSION + 1);
}
