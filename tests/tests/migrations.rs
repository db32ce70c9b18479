//! Every released schema upgrades to the current one without losing anything.

use std::fs;
use std::path::{Path, PathBuf};

use groundwork_core::{ApiError, Groundwork, SCHEMA_VERSION};
use groundwork_tests::{day, open_at, raw_connection, schema_of, test_key};

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

/// Whether the journal's search index runs with FTS5's secure-delete option.
fn secure_delete_is_on(path: &Path) -> bool {
    raw_connection(path)
        .query_row(
            "SELECT v FROM journal_fts_config WHERE k = 'secure-delete'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .map(|v| v == 1)
        .unwrap_or(false)
}

#[test]
fn a_fresh_database_searches_with_secure_delete_on() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-01-01T09:00:00Z");
    assert!(secure_delete_is_on(g.database_path()));
}

#[test]
fn upgrading_moves_late_night_rows_to_the_day_lived_and_makes_old_emoji_searchable() {
    // 2026-01-02 00:30 at +11:00 is 2026-01-01 13:30 UTC; 10:00 is 2026-01-01 23:00 UTC.
    const NIGHT: i64 = 1_767_274_200_000;
    const MORNING: i64 = 1_767_308_400_000;
    // Journal entries and anger moments have their days from version 3, safety answers from 4;
    // version 6 brought lived days and the emoji index, so every version before it upgrades so.
    for version in 3..6 {
        let dir = tempfile::tempdir().expect("dir");
        let path = database_at_version(dir.path(), version);
        {
            let conn = raw_connection(&path);
            for (id, at) in [
                ("00000000-0000-4000-8000-000000000001", NIGHT),
                ("00000000-0000-4000-8000-000000000002", MORNING),
            ] {
                conn.execute(
                    "INSERT INTO checkins (id, recorded_at, utc_offset_minutes, local_day, pleasantness, energy, updated_at)
                     VALUES (?1, ?2, 660, '2026-01-02', 1, 1, ?2)",
                    rusqlite::params![id, at],
                )
                .expect("check-in");
            }
            conn.execute(
                "INSERT INTO journal_entries (id, created_at, utc_offset_minutes, updated_at, body, local_day)
                 VALUES ('00000000-0000-4000-9000-000000000001', ?1, 660, ?1, 'Late one 🎉 with the kids', '2026-01-02')",
                [NIGHT],
            )
            .expect("entry");
            conn.execute(
                "INSERT INTO anger_moments (id, recorded_at, utc_offset_minutes, local_day, local_minute, what_happened,
                     body_cues, intensity, repair_needed, repair_done, updated_at)
                 VALUES ('00000000-0000-4000-a000-000000000001', ?1, 660, '2026-01-02', 30, 'x', '[]', 3, 0, 0, ?1)",
                [NIGHT],
            )
            .expect("moment");
            if version >= 4 {
                conn.execute(
                    "INSERT INTO safety_answers (checkin_id, answered_at, local_day, self_harm)
                     VALUES ('00000000-0000-4000-8000-000000000001', ?1, '2026-01-02', 0)",
                    [NIGHT + 60_000],
                )
                .expect("answer");
            }
        }
        let (g, _) = open_at(dir.path(), "2026-01-02T09:00:00+11:00");
        let days: Vec<String> = g
            .recent_check_ins(10)
            .expect("list")
            .into_iter()
            .map(|c| c.local_day.to_string())
            .collect();
        assert_eq!(
            days,
            ["2026-01-02", "2026-01-01"],
            "v{version}: 10:00 keeps its day, 00:30 moves to the night before"
        );
        let hits = g.search_journal("🎉".into(), 10).expect("emoji search");
        assert_eq!(hits.len(), 1, "v{version}: an old entry's emoji is found");
        assert_eq!(hits[0].local_day, day("2026-01-01"));
        assert_eq!(
            g.search_journal("kids".into(), 10).expect("words").len(),
            1,
            "v{version}: words are still found after the index is rebuilt"
        );
        assert_eq!(
            g.recent_anger_moments(1).expect("moments")[0].local_day,
            day("2026-01-01")
        );
        drop(g);
        assert!(secure_delete_is_on(&path), "v{version}");
        if version >= 4 {
            let day: String = raw_connection(&path)
                .query_row("SELECT local_day FROM safety_answers", [], |r| r.get(0))
                .expect("answer day");
            assert_eq!(day, "2026-01-01", "v{version}");
        }
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
