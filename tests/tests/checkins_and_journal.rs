//! Check-ins, the journal and the home screen, driven exactly as a shell drives them.

use groundwork_core::{ApiError, CheckInInput, Quadrant};
use groundwork_tests::{at, day, open_at};

fn input(pleasantness: i32, energy: i32, emotions: &[&str], note: Option<&str>) -> CheckInInput {
    CheckInInput {
        emotions: emotions.iter().map(|s| (*s).to_owned()).collect(),
        note: note.map(str::to_owned),
        ..CheckInInput::new(pleasantness, energy)
    }
}

fn field_of(err: ApiError) -> String {
    match err {
        ApiError::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

#[test]
fn check_ins_are_listed_newest_first_with_their_words_in_the_order_picked() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
    g.record_check_in(input(-3, 4, &["angry", "on-edge", "tired"], Some("work")))
        .expect("first");
    clock.set(at("2026-05-01T12:00:00+10:00"));
    g.record_check_in(input(2, -2, &["calm"], None))
        .expect("second");
    let list = g.recent_check_ins(10).expect("list");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].emotions, vec!["calm"]);
    assert_eq!(list[0].quadrant, Quadrant::PleasantLowEnergy);
    assert_eq!(list[1].emotions, vec!["angry", "on-edge", "tired"]);
    assert_eq!(list[1].emotion_words, vec!["angry", "on edge", "tired"]);
    assert_eq!(list[1].quadrant, Quadrant::UnpleasantHighEnergy);
    assert_eq!(g.recent_check_ins(1).expect("one").len(), 1);
}

#[test]
fn a_check_in_at_half_past_midnight_belongs_to_the_day_the_person_is_living() {
    let dir = tempfile::tempdir().expect("dir");
    // 00:30 on the 29th in Sydney: he is still living the 28th, the night before he sleeps.
    let (g, _) = open_at(dir.path(), "2026-03-29T00:30:00+11:00");
    let saved = g.record_check_in(input(0, 0, &[], None)).expect("record");
    assert_eq!(saved.local_day, day("2026-03-28"));
    assert_eq!(saved.utc_offset_minutes, 660);
    assert_eq!(saved.recorded_at.to_rfc3339(), "2026-03-28T13:30:00+00:00");
    let home = g.home_screen().expect("home");
    assert_eq!(home.check_ins_today, 1);
    assert_eq!(home.last_check_in.expect("last").when_label, "Today, 00:30");
}

#[test]
fn the_day_ends_at_four_in_the_morning_for_check_ins_entries_and_anger_moments() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-05-01T22:00:00+10:00");
    g.record_check_in(input(2, 2, &[], None)).expect("evening");
    clock.set(at("2026-05-02T03:59:00+10:00"));
    let late = g.record_check_in(input(-3, 3, &[], None)).expect("3:59");
    let entry = g
        .add_journal_entry("Can't sleep.".into())
        .expect("entry at 3:59");
    let moment = g
        .record_anger_moment(groundwork_core::AngerMomentInput {
            what_happened: "Lay awake going over the argument".into(),
            body_cues: vec!["jaw tight".into()],
            thoughts: None,
            intensity: 5,
            what_i_did: None,
            next_time: None,
            repair_needed: false,
            repair_done: false,
        })
        .expect("moment at 3:59");
    assert_eq!(late.local_day, day("2026-05-01"));
    assert_eq!(entry.local_day, day("2026-05-01"));
    assert_eq!(moment.local_day, day("2026-05-01"));
    assert_eq!(
        entry.quadrant,
        Some(Quadrant::UnpleasantHighEnergy),
        "the entry takes the latest check-in of the day he is living"
    );
    let home = g.home_screen().expect("home");
    assert_eq!(home.check_ins_today, 2, "the evening's and the 3:59 one");
    assert_eq!(
        g.insights(groundwork_core::InsightRange::Week)
            .expect("insights")
            .to_day,
        day("2026-05-01")
    );

    clock.set(at("2026-05-02T04:00:00+10:00"));
    let home = g.home_screen().expect("home");
    assert_eq!(home.check_ins_today, 0, "at 04:00 a new day starts");
    assert_eq!(home.last_check_in.expect("last").when_label, "Yesterday");
    let early = g.record_check_in(input(1, -1, &[], None)).expect("4:00");
    assert_eq!(early.local_day, day("2026-05-02"));
    let entry = g
        .add_journal_entry("Up early.".into())
        .expect("entry at 4:00");
    assert_eq!(entry.local_day, day("2026-05-02"));
    assert_eq!(entry.quadrant, Some(Quadrant::PleasantLowEnergy));

    let night = g
        .journal_page(
            groundwork_core::JournalFilter {
                from_day: Some(day("2026-05-01")),
                to_day: Some(day("2026-05-01")),
                ..Default::default()
            },
            None,
            10,
        )
        .expect("page");
    assert_eq!(
        night
            .items
            .iter()
            .map(|i| i.preview.as_str())
            .collect::<Vec<_>>(),
        ["Can't sleep."]
    );
}

#[test]
fn every_invalid_check_in_is_refused_with_its_field_and_nothing_is_saved() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
    let cases = [
        (input(6, 0, &[], None), "pleasantness"),
        (input(-6, 0, &[], None), "pleasantness"),
        (input(0, 9, &[], None), "energy"),
        (
            input(0, 0, &["calm", "tired", "proud", "flat"], None),
            "emotions",
        ),
        (input(0, 0, &["not-a-word-we-know"], None), "emotions"),
        (input(0, 0, &["calm", "calm"], None), "emotions"),
        (
            CheckInInput {
                own_words: vec!["   ".into()],
                ..CheckInInput::new(0, 0)
            },
            "own_words",
        ),
        (
            CheckInInput {
                own_words: vec!["x".repeat(41)],
                ..CheckInInput::new(0, 0)
            },
            "own_words",
        ),
        (
            CheckInInput {
                own_words: vec!["bad\u{7}word".into()],
                ..CheckInInput::new(0, 0)
            },
            "own_words",
        ),
        (
            CheckInInput {
                anger: Some(11),
                ..CheckInInput::new(0, 0)
            },
            "anger",
        ),
        (
            CheckInInput {
                stress: Some(-1),
                ..CheckInInput::new(0, 0)
            },
            "stress",
        ),
        (
            CheckInInput {
                hours_slept: Some(25.0),
                ..CheckInInput::new(0, 0)
            },
            "hours_slept",
        ),
        (
            CheckInInput {
                tags: (0..11).map(|i| format!("t{i}")).collect(),
                ..CheckInInput::new(0, 0)
            },
            "tags",
        ),
        (input(i32::MAX, 0, &[], None), "pleasantness"),
        (input(258, 0, &[], None), "pleasantness"),
        (input(0, 0, &[], Some(&"n".repeat(2001))), "note"),
    ];
    for (bad, field) in cases {
        let err = g.record_check_in(bad).expect_err("must be refused");
        assert_eq!(field_of(err), field);
    }
    assert!(g.recent_check_ins(10).expect("list").is_empty());
}

#[test]
fn asking_for_zero_or_too_many_check_ins_is_invalid_input() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
    assert_eq!(field_of(g.recent_check_ins(0).expect_err("zero")), "limit");
    assert_eq!(
        field_of(g.recent_check_ins(501).expect_err("too many")),
        "limit"
    );
}

#[test]
fn the_home_screen_greets_by_local_time_and_describes_the_last_check_in() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-05-01T07:15:00+10:00");
    let empty = g.home_screen().expect("home");
    assert_eq!(empty.greeting, "Good morning");
    assert_eq!(empty.check_in_prompt, "How are you doing right now?");
    assert!(empty.last_check_in.is_none());
    assert_eq!(empty.journal_entry_count, 0);

    g.record_check_in(input(-2, -3, &["flat"], None))
        .expect("record");
    g.add_journal_entry("A hard day, but I stayed calm.".into())
        .expect("entry");
    let today = g.home_screen().expect("home");
    let last = today.last_check_in.expect("last");
    assert_eq!(last.when_label, "Today, 07:15");
    assert_eq!(last.quadrant, Quadrant::UnpleasantLowEnergy);
    assert_eq!(today.check_ins_today, 1);
    assert_eq!(today.journal_label, "1 entry");

    clock.set(at("2026-05-02T19:00:00+10:00"));
    let tomorrow = g.home_screen().expect("home");
    assert_eq!(tomorrow.greeting, "Good evening");
    assert_eq!(tomorrow.check_ins_today, 0);
    assert_eq!(
        tomorrow.last_check_in.expect("last").when_label,
        "Yesterday"
    );

    clock.set(at("2026-05-20T23:30:00+10:00"));
    let later = g.home_screen().expect("home");
    assert_eq!(later.greeting, "It's late. Glad you're here");
    assert_eq!(later.last_check_in.expect("last").when_label, "1 May 2026");
}

#[test]
fn journal_search_ranks_matches_and_highlights_the_words_found() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T21:00:00+01:00");
    g.add_journal_entry("Went for a run after work.".into())
        .expect("a");
    let angry_twice = g
        .add_journal_entry("Angry at the meeting. Still angry tonight, so I walked it off.".into())
        .expect("b");
    g.add_journal_entry("I was angry for a moment then it passed.".into())
        .expect("c");

    let hits = g.search_journal("angry".into(), 10).expect("search");
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0].entry_id, angry_twice.id, "more matches rank first");
    let highlighted: Vec<_> = hits[0]
        .snippet
        .iter()
        .filter(|r| r.highlighted)
        .map(|r| r.text.to_lowercase())
        .collect();
    assert!(
        highlighted.iter().all(|t| t == "angry") && !highlighted.is_empty(),
        "{highlighted:?}"
    );

    let prefix = g.search_journal("walk".into(), 10).expect("prefix");
    assert_eq!(
        prefix.len(),
        1,
        "the last word matches as a prefix of 'walked'"
    );
    assert!(
        g.search_journal("run meeting".into(), 10)
            .expect("and")
            .is_empty(),
        "every word must appear"
    );
}

#[test]
fn search_input_that_looks_like_query_syntax_is_treated_as_plain_words() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T21:00:00+01:00");
    g.add_journal_entry("NEAR the OR door".into())
        .expect("entry");
    for query in ["NEAR(", "a OR", "-x", "col:val", "((near", "^start"] {
        assert!(
            g.search_journal(query.into(), 10).is_ok(),
            "query {query:?} failed"
        );
    }
    assert_eq!(
        g.search_journal("NEAR( OR".into(), 10)
            .expect("words")
            .len(),
        1
    );
    for no_words in ["\"", "*", "(("] {
        assert_eq!(
            field_of(g.search_journal(no_words.into(), 10).expect_err("no words")),
            "query"
        );
    }
    assert_eq!(
        field_of(g.search_journal("  !!  ".into(), 10).expect_err("no words")),
        "query"
    );
    assert_eq!(
        field_of(g.search_journal("x".repeat(201), 10).expect_err("too long")),
        "query"
    );
}

#[test]
fn emoji_right_to_left_text_and_combining_marks_round_trip_exactly_and_are_searchable() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T21:00:00+01:00");
    let texts = [
        "Proud of my son today 👨‍👧‍👦🎉",
        "אני מרגיש רגוע היום",
        "أشعر بالهدوء اليوم",
        "cafe\u{301} with my brother, felt re\u{301}sume\u{301}d",
    ];
    for text in texts {
        let saved = g.add_journal_entry(text.into()).expect("save");
        assert_eq!(saved.body, text);
    }
    let note = "Zoë said “thanks” 🙏 — שלום";
    g.record_check_in(input(3, 1, &["grateful"], Some(note)))
        .expect("check-in");
    assert_eq!(
        g.recent_check_ins(1).expect("list")[0].note.as_deref(),
        Some(note)
    );

    assert_eq!(
        g.search_journal("רגוע".into(), 10).expect("hebrew").len(),
        1
    );
    assert_eq!(
        g.search_journal("بالهدوء".into(), 10)
            .expect("arabic")
            .len(),
        1
    );
    assert_eq!(
        g.search_journal("proud son".into(), 10)
            .expect("emoji entry")
            .len(),
        1
    );
    assert_eq!(
        g.search_journal("cafe".into(), 10)
            .expect("decomposed accent")
            .len(),
        1
    );
    assert_eq!(
        g.search_journal("café".into(), 10)
            .expect("composed accent")
            .len(),
        1
    );
    assert_eq!(
        g.search_journal("resume".into(), 10)
            .expect("decomposed accents, as a prefix")
            .len(),
        1
    );
}

fn highlighted(hit: &groundwork_core::JournalSearchHit) -> Vec<String> {
    hit.snippet
        .iter()
        .filter(|r| r.highlighted)
        .map(|r| r.text.clone())
        .collect()
}

fn whole(hit: &groundwork_core::JournalSearchHit) -> String {
    hit.snippet.iter().map(|r| r.text.as_str()).collect()
}

#[test]
fn an_emoji_finds_the_entries_holding_it_alone_or_with_words_and_is_highlighted() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T21:00:00+01:00");
    let party = "Proud of my son today 👨\u{200d}👧\u{200d}👦🎉";
    let texts = [
        party,
        "Tough day 😤 but I held it together",
        "שלום 🎉 מסיבה",
        "Thumbs up from the coach 👍🏽",
        "Party planning, no pictures",
    ];
    for text in texts {
        let saved = g.add_journal_entry(text.into()).expect("save");
        assert_eq!(saved.body, text, "kept exactly as written");
    }

    let alone = g.search_journal("🎉".into(), 10).expect("emoji alone");
    assert_eq!(alone.len(), 2, "both entries with 🎉, and nothing else");
    for hit in &alone {
        assert!(highlighted(hit).contains(&"🎉".to_owned()), "{hit:?}");
    }
    let with_word = g
        .search_journal("proud 🎉".into(), 10)
        .expect("with a word");
    assert_eq!(with_word.len(), 1);
    assert_eq!(whole(&with_word[0]), party, "the snippet is the real text");
    assert_eq!(highlighted(&with_word[0]), ["Proud", "🎉"]);
    assert_eq!(
        g.search_journal("🎉שלום".into(), 10)
            .expect("emoji with a Hebrew word")
            .len(),
        1
    );
    assert_eq!(
        g.search_journal("👨\u{200d}👧\u{200d}👦".into(), 10)
            .expect("a family emoji")
            .len(),
        1
    );
    assert_eq!(
        g.search_journal("👍".into(), 10)
            .expect("without the skin tone")
            .len(),
        1
    );
    assert_eq!(
        g.search_journal("tough 😤".into(), 10)
            .expect("another emoji")
            .len(),
        1
    );
    assert!(
        g.search_journal("party 😤".into(), 10)
            .expect("both must appear")
            .is_empty()
    );
    assert!(
        g.search_journal("🙏".into(), 10)
            .expect("an emoji nobody wrote")
            .is_empty()
    );
    assert_eq!(
        g.search_journal("u1f389".into(), 10)
            .expect("the hidden token typed as a word")
            .len(),
        0,
        "the hidden column answers only to emoji"
    );

    let edited = g
        .update_journal_entry(alone[0].entry_id, "Quiet now 🌙".into(), vec![])
        .expect("edit");
    assert_eq!(edited.body, "Quiet now 🌙");
    assert_eq!(
        g.search_journal("🎉".into(), 10).expect("after edit").len(),
        1
    );
    assert_eq!(
        g.search_journal("🌙".into(), 10).expect("new emoji").len(),
        1
    );
}

/// Every byte stored in the search index's own tables (the segments, their index, the sizes and
/// the settings), read raw.
fn index_bytes(path: &std::path::Path) -> Vec<Vec<u8>> {
    let conn = groundwork_tests::raw_connection(path);
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'journal\\_fts\\_%' ESCAPE '\\'")
        .expect("prepare")
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("names");
    assert!(
        tables.contains(&"journal_fts_data".to_owned()),
        "{tables:?}"
    );
    let mut out = Vec::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\""))
            .expect("prepare");
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).expect("query");
        while let Some(row) = rows.next().expect("row") {
            for i in 0..columns {
                use rusqlite::types::ValueRef;
                match row.get_ref(i).expect("value") {
                    ValueRef::Blob(b) | ValueRef::Text(b) => out.push(b.to_vec()),
                    _ => {}
                }
            }
        }
    }
    out
}

fn index_holds(path: &std::path::Path, word: &str) -> bool {
    let needle = word.as_bytes();
    index_bytes(path)
        .iter()
        .any(|blob| blob.windows(needle.len()).any(|w| w == needle))
}

#[test]
fn deleting_or_editing_away_a_word_leaves_no_trace_of_it_in_the_search_index() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T21:00:00+01:00");
    let path = g.database_path().to_owned();
    g.add_journal_entry("Nothing much happened today.".into())
        .expect("other");
    let gone = g
        .add_journal_entry("I told her about qwixotlepast and cried.".into())
        .expect("to delete");
    let edited = g
        .add_journal_entry("The zebulonthrice thing still stings.".into())
        .expect("to edit");
    assert!(index_holds(&path, "qwixotlepast"), "the word is indexed");
    assert!(index_holds(&path, "zebulonthrice"), "the word is indexed");

    g.delete_journal_entry(gone.id).expect("delete");
    assert!(
        !index_holds(&path, "qwixotlepast"),
        "a deleted entry's words are gone from the index pages"
    );
    g.update_journal_entry(edited.id, "That thing still stings.".into(), vec![])
        .expect("edit");
    assert!(
        !index_holds(&path, "zebulonthrice"),
        "an edited-away word is gone from the index pages"
    );
    assert!(
        g.search_journal("zebulonthrice".into(), 10)
            .expect("search")
            .is_empty()
    );
    assert_eq!(
        g.search_journal("stings".into(), 10).expect("search").len(),
        1
    );
    assert_eq!(
        g.search_journal("happened".into(), 10)
            .expect("search")
            .len(),
        1
    );
}

#[test]
fn the_best_match_ranks_first_among_thousands_of_newer_entries_that_match() {
    let dir = tempfile::tempdir().expect("dir");
    drop(open_at(dir.path(), "2026-05-01T21:00:00+01:00"));
    {
        let mut conn =
            groundwork_tests::raw_connection(&groundwork_core::database_path(dir.path()));
        let tx = conn.transaction().expect("begin");
        let mut insert = tx
            .prepare(
                "INSERT INTO journal_entries (id, created_at, utc_offset_minutes, updated_at, body, local_day)
                 VALUES (?1, ?2, 60, ?2, ?3, '2026-01-01')",
            )
            .expect("prepare");
        // The oldest entry is about nothing but the walk; 1,500 newer ones mention it in passing
        // (fewer than journal::RANKED_MATCHES, so all are ranked).
        insert
            .execute(rusqlite::params![
                "00000000-0000-4000-9000-000000000000",
                1_760_000_000_000i64,
                "Walk. The walk, the long walk, the walk that saved the day."
            ])
            .expect("oldest");
        for i in 1..=1_500i64 {
            insert
                .execute(rusqlite::params![
                    format!("00000000-0000-4000-9000-{i:012}"),
                    1_760_000_000_000i64 + i * 60_000,
                    "Work was heavy today and I felt the pressure in my shoulders; took a short walk before a long evening of emails and dishes."
                ])
                .expect("newer");
        }
        drop(insert);
        tx.commit().expect("commit");
    }
    let (g, _) = open_at(dir.path(), "2026-05-01T21:00:00+01:00");
    let hits = g.search_journal("walk".into(), 5).expect("search");
    assert_eq!(hits.len(), 5);
    assert_eq!(
        hits[0].entry_id.to_string(),
        "00000000-0000-4000-9000-000000000000",
        "the oldest entry matches best"
    );
}

#[test]
fn an_empty_or_oversize_journal_entry_is_refused_and_nothing_is_saved() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T21:00:00+01:00");
    assert_eq!(
        field_of(g.add_journal_entry(" \n\t ".into()).expect_err("empty")),
        "body"
    );
    assert_eq!(
        field_of(
            g.add_journal_entry("x".repeat(50_001))
                .expect_err("oversize")
        ),
        "body"
    );
    assert!(
        g.add_journal_entry("x".repeat(50_000)).is_ok(),
        "the limit itself is allowed"
    );
    assert_eq!(g.home_screen().expect("home").journal_entry_count, 1);
}

#[test]
fn a_date_range_reaches_matches_older_than_the_newest_ones_ranked() {
    let dir = tempfile::tempdir().expect("dir");
    drop(open_at(dir.path(), "2026-05-01T21:00:00+01:00"));
    let newer = i64::from(groundwork_core::journal::RANKED_MATCHES) + 100;
    {
        let mut conn =
            groundwork_tests::raw_connection(&groundwork_core::database_path(dir.path()));
        let tx = conn.transaction().expect("begin");
        let mut insert = tx
            .prepare(
                "INSERT INTO journal_entries (id, created_at, utc_offset_minutes, updated_at, body, local_day)
                 VALUES (?1, ?2, 60, ?2, ?3, ?4)",
            )
            .expect("prepare");
        insert
            .execute(rusqlite::params![
                "00000000-0000-4000-9000-000000000000",
                1_700_000_000_000i64,
                "Walk. The walk, the long walk, the walk that saved the day.",
                "2023-11-14"
            ])
            .expect("oldest");
        for i in 1..=newer {
            insert
                .execute(rusqlite::params![
                    format!("00000000-0000-4000-9000-{i:012}"),
                    1_760_000_000_000i64 + i * 60_000,
                    "A long day of emails, dishes and errands; a short walk at the end of it.",
                    "2026-01-01"
                ])
                .expect("newer");
        }
        drop(insert);
        tx.commit().expect("commit");
    }
    let (g, _) = open_at(dir.path(), "2026-05-01T21:00:00+01:00");
    let oldest = "00000000-0000-4000-9000-000000000000";
    let everything = g.search_journal("walk".into(), 100).expect("search");
    assert!(
        everything.iter().all(|h| h.entry_id.to_string() != oldest),
        "more matches than are ranked: the oldest is left out of an open search"
    );
    let narrowed = g
        .search_journal_filtered(
            "walk".into(),
            groundwork_core::JournalFilter {
                to_day: Some(day("2025-12-31")),
                ..Default::default()
            },
            10,
        )
        .expect("search");
    assert_eq!(
        narrowed
            .iter()
            .map(|h| h.entry_id.to_string())
            .collect::<Vec<_>>(),
        [oldest],
        "the date range is applied before the newest are taken"
    );
}
