//! Everyday calls on a ten-year history, each next to the same work done directly with rusqlite
//! on the same data (the floor), so the core's overhead shows as a ratio.
//!
//! Run with `cargo bench -p groundwork-tests --bench daily_life`. The dataset: three check-ins a
//! day for ten years (10,950), 20,000 journal entries and 2,000 anger moments. Measured: saving a
//! check-in, a journal search plain and narrowed by dates and a tag, the insights screen over 7,
//! 30 and 90 days and a year, and the first and the 51st page of the journal.

use std::hint::black_box;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use groundwork_core::journal::RANKED_MATCHES;
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
/// "angry jaw" as the core hands it to the index.
const ANGRY_JAW: &str = "body : \"angry\" body : \"jaw\"*";
/// The day he is living at [`NOW`], and the first day of its week.
const TODAY: &str = "2026-11-22";
const WEEK_FROM: &str = "2026-11-16";

/// The statement the core runs for a page of the journal (`conditions` narrows it, e.g. to
/// after a cursor); the core adds previews, ids and the next cursor.
fn page_floor<P: rusqlite::Params>(
    floor: &Connection,
    conditions: &str,
    params: P,
) -> Vec<PageRow> {
    floor
        .prepare_cached(&format!(
            "SELECT e.id, e.created_at, e.local_day, substr(e.body, 1, 141), length(e.body), e.prompt_text,
                    e.quadrant, (SELECT group_concat(tag, char(31)) FROM
                        (SELECT tag FROM journal_tags t WHERE t.entry_rowid = e.rowid ORDER BY tag)), e.rowid
             FROM journal_entries e {conditions} ORDER BY e.created_at DESC, e.rowid DESC LIMIT 21"
        ))
        .expect("prepare")
        .query_map(params, |r| {
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
        .expect("rows")
}

/// The statements the core runs for the insights screen: check-ins and anger moments from
/// `load_from`, the top words and the tags from `from`, and the week's words and open repairs.
fn insights_floor(
    floor: &Connection,
    load_from: &str,
    from: &str,
    to: &str,
    week_from: &str,
) -> impl Sized {
    let rows: Vec<CheckInRow> = floor
        .prepare_cached(
            "SELECT local_day, local_minute, pleasantness, energy, anger, stress, sleep_minutes
             FROM checkins WHERE local_day >= ?1 AND local_day <= ?2 ORDER BY local_day, recorded_at",
        )
        .expect("prepare")
        .query_map([load_from, to], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let moments: Vec<(String, i64, i64)> = floor
        .prepare_cached(
            "SELECT local_day, local_minute, intensity FROM anger_moments WHERE local_day >= ?1 AND local_day <= ?2",
        )
        .expect("prepare")
        .query_map([load_from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let top_words = |from: &str, limit: i64| -> Vec<(String, i64)> {
        floor
            .prepare_cached(
                "SELECT e.word, count(*) AS n FROM checkin_emotions e JOIN checkins c ON c.id = e.checkin_id
                 WHERE c.local_day >= ?1 AND c.local_day <= ?3 GROUP BY e.word ORDER BY n DESC, e.word LIMIT ?2",
            )
            .expect("prepare")
            .query_map(params![from, limit, to], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows")
    };
    let words = top_words(from, 5);
    let tags: Vec<(String, String)> = floor
        .prepare_cached(
            "SELECT DISTINCT t.tag, c.local_day FROM checkins c CROSS JOIN checkin_tags t ON t.checkin_id = c.id
             WHERE c.local_day >= ?1 AND c.local_day <= ?2",
        )
        .expect("prepare")
        .query_map([from, to], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    // The week's summary runs two more small queries.
    let week_words = top_words(week_from, 2);
    let open: i64 = floor
        .query_row(
            "SELECT count(*) FROM anger_moments WHERE local_day >= ?1 AND local_day <= ?2 AND repair_needed = 1 AND repair_done = 0",
            [week_from, to],
            |r| r.get(0),
        )
        .expect("count");
    (rows, moments, words, tags, week_words, open)
}

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

    // The statement the core runs for a search; the core adds the snippets and the ids.
    let search_floor = |floor: &Connection, words: &str, filter: &str| {
        let mut stmt = floor
            .prepare_cached(&format!(
                "SELECT e.id, e.created_at, e.local_day, e.body FROM
                    (SELECT rowid, rank FROM
                        (SELECT f.rowid AS rowid, f.rank AS rank FROM journal_fts f
                          WHERE journal_fts MATCH '{words}'{filter}
                          ORDER BY f.rowid DESC LIMIT {RANKED_MATCHES})
                      ORDER BY rank LIMIT 20) AS m
                 JOIN journal_entries e ON e.rowid = m.rowid
                 ORDER BY m.rank"
            ))
            .expect("prepare");
        let rows: Vec<(String, i64, String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows");
        rows
    };
    for words in [ANGRY_JAW, "body : \"the\"*"] {
        let n: i64 = floor
            .query_row(
                "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH ?1",
                [words],
                |r| r.get(0),
            )
            .expect("count");
        eprintln!("{words}: {n} matches");
    }
    let mut group = c.benchmark_group("journal search");
    group.bench_function("core", |b| {
        b.iter(|| black_box(g.search_journal("angry jaw".into(), 20).expect("search")))
    });
    group.bench_function("floor", |b| {
        b.iter(|| black_box(search_floor(&floor, ANGRY_JAW, "")))
    });
    group.finish();

    // "the" is in about two entries in three: more matches than are ranked.
    let mut group = c.benchmark_group("journal search, a word in most entries");
    group.bench_function("core", |b| {
        b.iter(|| black_box(g.search_journal("the".into(), 20).expect("search")))
    });
    group.bench_function("floor", |b| {
        b.iter(|| black_box(search_floor(&floor, "body : \"the\"*", "")))
    });
    group.finish();

    let mut group = c.benchmark_group("journal search, two years tagged work");
    let filter = JournalFilter {
        from_day: Some(groundwork_tests::day("2024-01-01")),
        to_day: Some(groundwork_tests::day("2025-12-31")),
        tag: Some("work".into()),
        quadrant: None,
    };
    group.bench_function("core", |b| {
        b.iter(|| {
            black_box(
                g.search_journal_filtered("angry jaw".into(), filter.clone(), 20)
                    .expect("search"),
            )
        })
    });
    group.bench_function("floor", |b| {
        b.iter(|| {
            black_box(search_floor(
                &floor,
                ANGRY_JAW,
                " AND EXISTS (SELECT 1 FROM journal_entries e INDEXED BY journal_search_filter WHERE e.rowid = f.rowid
                      AND e.local_day >= '2024-01-01' AND e.local_day <= '2025-12-31'
                      AND EXISTS (SELECT 1 FROM journal_tags t WHERE t.tag = 'work' AND t.entry_rowid = e.rowid))",
            ))
        })
    });
    group.finish();

    // Today is 22 November 2026; the screen loads from the earliest of the range's first day,
    // the week's and the month's (for "this month").
    for (range, name, from, load_from) in [
        (
            InsightRange::Week,
            "insights screen, 7 days",
            "2026-11-16",
            "2026-11-01",
        ),
        (
            InsightRange::Month,
            "insights screen, 30 days",
            "2026-10-24",
            "2026-10-24",
        ),
        (
            InsightRange::Quarter,
            "insights screen, 90 days",
            "2026-08-25",
            "2026-08-25",
        ),
        (
            InsightRange::Year,
            "insights screen, 12 months",
            "2025-11-23",
            "2025-11-23",
        ),
    ] {
        let mut group = c.benchmark_group(name);
        group.bench_function("core", |b| {
            b.iter(|| black_box(g.insights(range).expect("insights")))
        });
        group.bench_function("floor", |b| {
            b.iter(|| black_box(insights_floor(&floor, load_from, from, TODAY, WEEK_FROM)))
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
    let (deep_created, deep_rowid): (i64, i64) = {
        let text = deep.clone().expect("a 51st page");
        let (a, b) = text.split_once('.').expect("cursor");
        (a.parse().expect("time"), b.parse().expect("rowid"))
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
        b.iter(|| black_box(page_floor(&floor, "", [])))
    });
    group.bench_function("floor, page 51", |b| {
        b.iter(|| {
            black_box(page_floor(
                &floor,
                "WHERE (e.created_at, e.rowid) < (?1, ?2)",
                [deep_created, deep_rowid],
            ))
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
    // What the apps call: the same save, then the crisis check on the note and the answer
    // (safety questions or an offer of help) built from the pack.
    group.bench_function("submit_check_in (the apps' call, with the crisis check)", |b| {
        b.iter(|| {
            g.submit_check_in(CheckInInput {
                emotions: vec!["tired".into(), "hopeful".into()],
                tags: vec!["work".into()],
                anger: Some(3),
                note: Some("Long shift, the boss was on my back all day, but the kids made me laugh tonight".into()),
                ..CheckInInput::new(-1, 2)
            })
            .expect("submit")
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
