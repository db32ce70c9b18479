//! Everyday calls on a ten-year history, each next to the same work done directly with rusqlite
//! on the same data (the floor), so the core's overhead shows as a ratio.
//!
//! Run with `cargo bench -p groundwork-tests --bench daily_life`. The dataset: three check-ins a
//! day for ten years (10,950), 20,000 journal entries and 2,000 anger moments.

use std::hint::black_box;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use groundwork_core::{CheckInInput, Groundwork, InsightRange, JournalFilter, ManualClock};
use groundwork_tests::{at, raw_connection, synthetic_history, test_key};
use rusqlite::{Connection, params};

/// A journal list row as the floor query reads it.
type PageRow = (
    String,
    i64,
    String,
    String,
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
    i64,
);

/// A check-in as the insights floor query reads it.
type CheckInRow = (String, i64, i64, i64, Option<i64>, Option<i64>, Option<i64>);

const NOW: &str = "2026-11-22T21:30:00+11:00";

fn floor_connection(dir: &std::path::Path) -> Connection {
    let conn = raw_connection(&groundwork_core::database_path(dir));
    conn.execute_batch(
        "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA synchronous = FULL;",
    )
    .expect("pragmas");
    conn
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("dir");
    let size = synthetic_history(dir.path(), NOW, 10, 20_000, 2_000);
    eprintln!(
        "dataset: {} check-ins, {} journal entries, {} anger moments, {} KiB",
        size.check_ins,
        size.journal_entries,
        size.anger_moments,
        std::fs::metadata(groundwork_core::database_path(dir.path()))
            .map(|m| m.len() / 1024)
            .unwrap_or(0)
    );
    let g = Groundwork::open_with(dir.path(), &test_key(), Arc::new(ManualClock::new(at(NOW))))
        .expect("open");
    let mut floor = floor_connection(dir.path());

    let mut group = c.benchmark_group("journal search");
    group.bench_function("core", |b| {
        b.iter(|| black_box(g.search_journal("angry jaw".into(), 20).expect("search")))
    });
    group.bench_function("floor", |b| {
        b.iter(|| {
            // The same statement the core runs; the core adds the snippets and the ids.
            let mut stmt = floor
                .prepare_cached(
                    "SELECT e.id, e.created_at, e.local_day, e.body FROM
                        (SELECT f.rowid AS rowid, f.rank AS rank
                           FROM journal_fts f CROSS JOIN journal_entries e ON e.rowid = f.rowid
                          WHERE journal_fts MATCH '\"angry\" \"jaw\"*'
                          ORDER BY f.rowid DESC LIMIT 1000) AS m
                     JOIN journal_entries e ON e.rowid = m.rowid
                     ORDER BY m.rank LIMIT 20",
                )
                .expect("prepare");
            let rows: Vec<(String, i64, String, String)> = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                .expect("query")
                .collect::<Result<_, _>>()
                .expect("rows");
            black_box(rows)
        })
    });
    group.finish();

    for (range, name, from) in [
        (
            InsightRange::Month,
            "insights screen, 30 days",
            "2026-10-24",
        ),
        (
            InsightRange::Year,
            "insights screen, 12 months",
            "2025-11-23",
        ),
    ] {
        let mut group = c.benchmark_group(name);
        group.bench_function("core", |b| {
            b.iter(|| black_box(g.insights(range).expect("insights")))
        });
        group.bench_function("floor", |b| {
            b.iter(|| {
                let rows: Vec<CheckInRow> = floor
                    .prepare_cached(
                        "SELECT local_day, local_minute, pleasantness, energy, anger, stress, sleep_minutes
                         FROM checkins WHERE local_day >= ?1 ORDER BY local_day, local_minute",
                    )
                    .expect("prepare")
                    .query_map([from], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
                    })
                    .expect("query")
                    .collect::<Result<_, _>>()
                    .expect("rows");
                let moments: Vec<(String, i64, i64)> = floor
                    .prepare_cached("SELECT local_day, local_minute, intensity FROM anger_moments WHERE local_day >= ?1")
                    .expect("prepare")
                    .query_map([from], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .expect("query")
                    .collect::<Result<_, _>>()
                    .expect("rows");
                let words: Vec<(String, i64)> = floor
                    .prepare_cached(
                        "SELECT e.word, count(*) AS n FROM checkin_emotions e JOIN checkins c ON c.id = e.checkin_id
                         WHERE c.local_day >= ?1 GROUP BY e.word ORDER BY n DESC, e.word LIMIT 5",
                    )
                    .expect("prepare")
                    .query_map([from], |r| Ok((r.get(0)?, r.get(1)?)))
                    .expect("query")
                    .collect::<Result<_, _>>()
                    .expect("rows");
                let tags: Vec<(String, String)> = floor
                    .prepare_cached(
                        "SELECT DISTINCT t.tag, c.local_day FROM checkins c CROSS JOIN checkin_tags t
                         ON t.checkin_id = c.id WHERE c.local_day >= ?1",
                    )
                    .expect("prepare")
                    .query_map([from], |r| Ok((r.get(0)?, r.get(1)?)))
                    .expect("query")
                    .collect::<Result<_, _>>()
                    .expect("rows");
                // The week's summary runs two more small queries.
                let week_words: Vec<(String, i64)> = floor
                    .prepare_cached(
                        "SELECT e.word, count(*) AS n FROM checkin_emotions e JOIN checkins c ON c.id = e.checkin_id
                         WHERE c.local_day >= ?1 GROUP BY e.word ORDER BY n DESC, e.word LIMIT 2",
                    )
                    .expect("prepare")
                    .query_map(["2026-11-16"], |r| Ok((r.get(0)?, r.get(1)?)))
                    .expect("query")
                    .collect::<Result<_, _>>()
                    .expect("rows");
                let open: i64 = floor
                    .query_row(
                        "SELECT count(*) FROM anger_moments WHERE local_day >= ?1 AND repair_needed = 1 AND repair_done = 0",
                        ["2026-11-16"],
                        |r| r.get(0),
                    )
                    .expect("count");
                black_box((rows, moments, words, tags, week_words, open))
            })
        });
        group.finish();
    }

    let mut group = c.benchmark_group("journal page of 20");
    let deep = {
        let mut cursor = None;
        for _ in 0..50 {
            cursor = g
                .journal_page(JournalFilter::default(), cursor, 20)
                .expect("page")
                .next_cursor;
        }
        cursor
    };
    group.bench_function("core, first page", |b| {
        b.iter(|| {
            black_box(
                g.journal_page(JournalFilter::default(), None, 20)
                    .expect("page"),
            )
        })
    });
    group.bench_function("core, page 51", |b| {
        b.iter(|| {
            black_box(
                g.journal_page(JournalFilter::default(), deep.clone(), 20)
                    .expect("page"),
            )
        })
    });
    group.bench_function("floor, first page", |b| {
        b.iter(|| {
            // The same statement the core runs; the core adds previews, ids and the cursor.
            let rows: Vec<PageRow> = floor
                .prepare_cached(
                    "SELECT e.id, e.created_at, e.local_day, substr(e.body, 1, 141), length(e.body), e.prompt_text,
                            e.quadrant, (SELECT group_concat(tag, char(31)) FROM
                                (SELECT tag FROM journal_tags t WHERE t.entry_rowid = e.rowid ORDER BY tag)), e.rowid
                     FROM journal_entries e ORDER BY e.created_at DESC, e.rowid DESC LIMIT 21",
                )
                .expect("prepare")
                .query_map([], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                        r.get(7)?,
                        r.get(8)?,
                    ))
                })
                .expect("query")
                .collect::<Result<_, _>>()
                .expect("rows");
            black_box(rows)
        })
    });
    group.finish();
    // Last: saving adds check-ins for "today", which would swell the insights above.
    let mut group = c.benchmark_group("save a check-in");
    group.bench_function("core", |b| {
        b.iter(|| {
            g.record_check_in(CheckInInput {
                emotions: vec!["tired".into(), "hopeful".into()],
                tags: vec!["work".into()],
                anger: Some(3),
                note: Some("bench".into()),
                ..CheckInInput::new(-1, 2)
            })
            .expect("record")
        })
    });
    let mut n = 0u64;
    group.bench_function("floor", |b| {
        b.iter(|| {
            n += 1;
            let id = format!("ffffffff-0000-4000-8000-{n:012}");
            let tx = floor
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .expect("begin");
            tx.execute(
                "INSERT INTO checkins (id, recorded_at, utc_offset_minutes, local_day, local_minute, pleasantness,
                     energy, anger, note, updated_at) VALUES (?1, 1, 660, '2026-11-22', 1290, -1, 2, 3, 'bench', 1)",
                [&id],
            )
            .expect("insert");
            for (pos, (eid, word)) in [("tired", "tired"), ("hopeful", "hopeful")].iter().enumerate() {
                tx.execute(
                    "INSERT INTO checkin_emotions (checkin_id, position, word, emotion_id) VALUES (?1, ?2, ?3, ?4)",
                    params![id, pos as i64, word, eid],
                )
                .expect("word");
            }
            tx.execute("INSERT INTO checkin_tags (checkin_id, tag) VALUES (?1, 'work')", [&id]).expect("tag");
            tx.commit().expect("commit");
        })
    });
    group.finish();
}

criterion_group!(daily_life, benches);
criterion_main!(daily_life);
