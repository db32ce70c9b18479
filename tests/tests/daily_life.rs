//! Check-in details, edits and deletes, the anger log, the journal's prompts, tags, filters and
//! pages, and insights: driven the way a shell drives them, with an injected clock.

use groundwork_core::insights::{Metric, PatternSubject};
use groundwork_core::{
    AngerMomentInput, ApiError, CheckInInput, InsightRange, JournalEntryInput, JournalFilter,
    Quadrant,
};
use groundwork_tests::{at, day, open_at, raw_connection};

fn field_of(err: ApiError) -> String {
    match err {
        ApiError::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

fn moment(what: &str, intensity: i32) -> AngerMomentInput {
    AngerMomentInput {
        what_happened: what.into(),
        intensity,
        body_cues: vec![],
        thoughts: None,
        what_i_did: None,
        next_time: None,
        repair_needed: false,
        repair_done: false,
    }
}

fn entry(body: &str, tags: &[&str]) -> JournalEntryInput {
    JournalEntryInput {
        body: body.into(),
        tags: tags.iter().map(|t| (*t).to_owned()).collect(),
        prompt_id: None,
    }
}

#[test]
fn a_check_in_keeps_every_detail_and_sorts_typed_words_into_the_vocabulary_and_his_own() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T21:15:00+01:00");
    let sorted = g
        .sort_emotion_words(vec![
            "On Edge".into(),
            "gutted-ish".into(),
            "tired".into(),
            " ".into(),
        ])
        .expect("sort");
    assert_eq!(sorted.emotions, vec!["on-edge", "tired"]);
    assert_eq!(sorted.own_words, vec!["gutted-ish"]);

    let saved = g
        .record_check_in(CheckInInput {
            emotions: sorted.emotions,
            own_words: sorted.own_words,
            anger: Some(6),
            stress: Some(8),
            hours_slept: Some(5.5),
            tags: vec![
                "Work".into(),
                "money".into(),
                "work".into(),
                "Night shift".into(),
            ],
            note: Some("Long shift.".into()),
            ..CheckInInput::new(-3, 2)
        })
        .expect("record");
    assert_eq!(saved.emotion_words, vec!["on edge", "tired"]);
    assert_eq!(saved.own_words, vec!["gutted-ish"]);
    assert_eq!(
        (saved.anger, saved.stress, saved.hours_slept),
        (Some(6), Some(8), Some(5.5))
    );
    assert_eq!(saved.tags, vec!["money", "night shift", "work"]);
    assert_eq!(g.check_in(saved.id).expect("get"), saved);

    let form = g.check_in_form().expect("form");
    assert!(form.emotions.len() >= 100);
    assert!(
        form.suggested_tags
            .starts_with(&["work".to_owned(), "partner".to_owned()])
    );
    assert!(
        form.suggested_tags.contains(&"night shift".to_owned()),
        "his own tags are offered again"
    );
}

#[test]
fn editing_a_check_in_keeps_when_it_was_made_and_deleting_it_leaves_nothing_behind() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-06-10T08:00:00+01:00");
    let saved = g
        .record_check_in(CheckInInput {
            emotions: vec!["calm".into()],
            tags: vec!["kids".into()],
            ..CheckInInput::new(2, -1)
        })
        .expect("record");
    clock.set(at("2026-06-10T09:00:00+01:00"));
    let edited = g
        .update_check_in(
            saved.id,
            CheckInInput {
                emotions: vec!["proud".into()],
                ..CheckInInput::new(3, 2)
            },
        )
        .expect("edit");
    assert_eq!(edited.recorded_at, saved.recorded_at);
    assert!(edited.updated_at > saved.updated_at);
    assert_eq!(edited.emotions, vec!["proud"]);
    assert!(edited.tags.is_empty());
    assert_eq!(edited.quadrant, Quadrant::PleasantHighEnergy);

    let bad = g
        .update_check_in(saved.id, CheckInInput::new(9, 0))
        .expect_err("invalid");
    assert_eq!(field_of(bad), "pleasantness");
    assert_eq!(g.check_in(saved.id).expect("unchanged"), edited);

    g.delete_check_in(saved.id).expect("delete");
    assert!(matches!(
        g.check_in(saved.id),
        Err(ApiError::NotFound { .. })
    ));
    assert!(matches!(
        g.delete_check_in(saved.id),
        Err(ApiError::NotFound { .. })
    ));
    drop(g);
    let conn = raw_connection(&groundwork_core::database_path(dir.path()));
    for table in ["checkins", "checkin_emotions", "checkin_tags"] {
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .expect("count");
        assert_eq!(n, 0, "{table} still has rows");
    }
}

#[test]
fn days_follow_the_clock_on_the_wall_across_daylight_saving_and_travel() {
    let dir = tempfile::tempdir().expect("dir");
    // Sydney leaves daylight saving at 03:00 on 5 April 2026 (+11:00 -> +10:00): the hour from
    // 02:00 to 03:00 happens twice, and all of it still belongs to the night of the 4th.
    let (g, clock) = open_at(dir.path(), "2026-04-05T00:30:00+11:00");
    let day_of = |when: &str| {
        clock.set(at(when));
        let saved = g.record_check_in(CheckInInput::new(1, 1)).expect(when);
        (saved.local_day, saved.utc_offset_minutes)
    };
    assert_eq!(
        day_of("2026-04-05T00:30:00+11:00"),
        (day("2026-04-04"), 660)
    );
    assert_eq!(
        day_of("2026-04-05T02:30:00+11:00"),
        (day("2026-04-04"), 660)
    );
    assert_eq!(
        day_of("2026-04-05T02:30:00+10:00"),
        (day("2026-04-04"), 600),
        "the repeated hour, after the clocks went back"
    );
    assert_eq!(
        day_of("2026-04-05T04:00:00+10:00"),
        (day("2026-04-05"), 600)
    );
    assert_eq!(
        day_of("2026-04-05T23:50:00+10:00"),
        (day("2026-04-05"), 600)
    );
    // Sydney starts daylight saving at 02:00 on 4 October (+10:00 -> +11:00): 03:30 comes an
    // hour sooner, and the day still ends at 04:00 on the wall.
    assert_eq!(
        day_of("2026-10-04T03:30:00+11:00"),
        (day("2026-10-03"), 660)
    );
    assert_eq!(
        day_of("2026-10-04T04:00:00+11:00"),
        (day("2026-10-04"), 660)
    );

    // He flies to London: 01:00 there on the 6th is still the evening of the 5th where he is,
    // though it is the 6th's late morning back home.
    assert_eq!(day_of("2026-10-06T01:00:00+01:00"), (day("2026-10-05"), 60));
    assert_eq!(
        g.home_screen().expect("home").check_ins_today,
        1,
        "today is the 5th in London"
    );
    clock.set(at("2026-10-06T09:00:00+01:00"));
    assert_eq!(g.home_screen().expect("home").check_ins_today, 0);
    let by_day: Vec<String> = g
        .recent_check_ins(2)
        .expect("list")
        .into_iter()
        .map(|c| c.local_day.to_string())
        .collect();
    assert_eq!(by_day, ["2026-10-05", "2026-10-04"]);
}

#[test]
fn the_anger_log_saves_edits_and_deletes_and_refuses_bad_input_without_writing() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T18:40:00+01:00");
    let form = g.anger_moment_form().expect("form");
    assert!(form.body_cues.contains(&"jaw tight".to_owned()));

    let saved = g
        .record_anger_moment(AngerMomentInput {
            body_cues: vec!["jaw tight".into(), "face hot".into(), "jaw tight".into()],
            thoughts: Some("He never listens 😤".into()),
            next_time: Some("Take the pause before I answer".into()),
            repair_needed: true,
            ..moment("Shouted about the dishes", 7)
        })
        .expect("record");
    assert_eq!(saved.body_cues, vec!["jaw tight", "face hot"]);
    assert_eq!(saved.thoughts.as_deref(), Some("He never listens 😤"));
    assert!(saved.repair_needed && !saved.repair_done);

    let repaired = g
        .update_anger_moment(
            saved.id,
            AngerMomentInput {
                repair_needed: true,
                repair_done: true,
                ..moment("Shouted about the dishes", 7)
            },
        )
        .expect("mark repaired");
    assert!(repaired.repair_done);
    assert_eq!(repaired.recorded_at, saved.recorded_at);

    for (bad, field) in [
        (moment("", 5), "what_happened"),
        (moment("x", 11), "intensity"),
        (moment("x", -1), "intensity"),
        (
            AngerMomentInput {
                repair_done: true,
                ..moment("x", 3)
            },
            "repair_done",
        ),
        (
            AngerMomentInput {
                body_cues: (0..9).map(|i| format!("cue {i}")).collect(),
                ..moment("x", 3)
            },
            "body_cues",
        ),
        (
            AngerMomentInput {
                thoughts: Some("t".repeat(1001)),
                ..moment("x", 3)
            },
            "thoughts",
        ),
    ] {
        assert_eq!(
            field_of(g.record_anger_moment(bad).expect_err("refused")),
            field
        );
    }
    assert_eq!(g.recent_anger_moments(10).expect("list").len(), 1);

    g.delete_anger_moment(saved.id).expect("delete");
    assert!(g.recent_anger_moments(10).expect("list").is_empty());
    assert!(matches!(
        g.delete_anger_moment(saved.id),
        Err(ApiError::NotFound { .. })
    ));
}

#[test]
fn prompt_led_entries_keep_the_prompt_words_even_after_his_prompt_is_removed() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T21:00:00+01:00");
    let library = g.journal_prompts().expect("library");
    assert!(library.themes.len() >= 10);
    let pack_prompt = library.themes[0].prompts[0].clone();

    let answered = g
        .write_journal_entry(JournalEntryInput {
            prompt_id: Some(pack_prompt.id.clone()),
            ..entry("My answer.", &[])
        })
        .expect("pack prompt");
    assert_eq!(
        answered.prompt_text.as_deref(),
        Some(pack_prompt.text.as_str())
    );

    let own = g
        .add_own_prompt("What did I do today that my son will remember?".into())
        .expect("own");
    let mine = g
        .write_journal_entry(JournalEntryInput {
            prompt_id: Some(own.id.clone()),
            ..entry("Built the fort.", &[])
        })
        .expect("own prompt");
    assert_eq!(g.journal_prompts().expect("library").own, vec![own.clone()]);
    g.delete_own_prompt(own.id.clone()).expect("remove prompt");
    assert_eq!(
        g.journal_entry(mine.id).expect("entry").prompt_text,
        Some(own.text)
    );

    let err = g
        .write_journal_entry(JournalEntryInput {
            prompt_id: Some("no-such-prompt".into()),
            ..entry("x", &[])
        })
        .expect_err("unknown prompt");
    assert_eq!(field_of(err), "prompt_id");
    assert_eq!(
        field_of(g.add_own_prompt("  ".into()).expect_err("empty")),
        "text"
    );
}

#[test]
fn editing_and_deleting_entries_keeps_the_search_index_in_step() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T21:00:00+01:00");
    let e = g
        .write_journal_entry(entry("The meeting went sideways.", &["work"]))
        .expect("write");
    assert_eq!(
        g.search_journal("sideways".into(), 10)
            .expect("search")
            .len(),
        1
    );

    let edited = g
        .update_journal_entry(
            e.id,
            "Talked it through with Sam.".into(),
            vec!["Work".into(), "repair".into()],
        )
        .expect("edit");
    assert_eq!(edited.tags, vec!["repair", "work"]);
    assert!(
        g.search_journal("sideways".into(), 10)
            .expect("old words")
            .is_empty()
    );
    assert_eq!(
        g.search_journal("sam".into(), 10).expect("new words").len(),
        1
    );

    g.delete_journal_entry(e.id).expect("delete");
    assert!(
        g.search_journal("sam".into(), 10)
            .expect("after delete")
            .is_empty()
    );
    assert!(matches!(
        g.journal_entry(e.id),
        Err(ApiError::NotFound { .. })
    ));
    drop(g);
    let conn = raw_connection(&groundwork_core::database_path(dir.path()));
    let indexed: i64 = conn
        .query_row(
            "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH 'sam'",
            [],
            |r| r.get(0),
        )
        .expect("fts");
    assert_eq!(indexed, 0, "the deleted text is gone from the index");
    let tags: i64 = conn
        .query_row("SELECT count(*) FROM journal_tags", [], |r| r.get(0))
        .expect("tags");
    assert_eq!(tags, 0);
}

#[test]
fn the_journal_pages_through_every_entry_once_and_filters_by_day_tag_and_quadrant() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-01-01T20:00:00+00:00");
    let first = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    for day in 1..=60 {
        let date = first + chrono::Duration::days(day - 1);
        clock.set(at(&format!("{date}T07:00:00+00:00")));
        let (p, e) = if day % 2 == 0 { (-3, 3) } else { (3, -3) };
        g.record_check_in(CheckInInput::new(p, e))
            .expect("check-in");
        clock.set(at(&format!("{date}T21:00:00+00:00")));
        let tags: &[&str] = if day % 3 == 0 { &["work"] } else { &[] };
        g.write_journal_entry(entry(
            &format!("Day {day}. Some thoughts about today."),
            tags,
        ))
        .expect("entry");
    }
    g.write_journal_entry(entry("A second entry on the last day.", &[]))
        .expect("extra");

    let mut seen = Vec::new();
    let mut cursor = None;
    loop {
        let page = g
            .journal_page(JournalFilter::default(), cursor.clone(), 25)
            .expect("page");
        assert!(page.items.len() <= 25);
        seen.extend(page.items.iter().map(|i| i.id));
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    assert_eq!(seen.len(), 61);
    let unique: std::collections::HashSet<_> = seen.iter().collect();
    assert_eq!(unique.len(), 61, "no entry appears twice");

    let january = JournalFilter {
        from_day: Some(day("2026-01-01")),
        to_day: Some(day("2026-01-30")),
        ..Default::default()
    };
    assert_eq!(
        g.journal_page(january, None, 100)
            .expect("january")
            .items
            .len(),
        30
    );
    let work = JournalFilter {
        tag: Some("WORK".into()),
        ..Default::default()
    };
    assert_eq!(
        g.journal_page(work.clone(), None, 100)
            .expect("work")
            .items
            .len(),
        20
    );
    let tense = JournalFilter {
        quadrant: Some(Quadrant::UnpleasantHighEnergy),
        ..Default::default()
    };
    let tense_items = g
        .journal_page(tense.clone(), None, 100)
        .expect("tense")
        .items;
    assert_eq!(
        tense_items.len(),
        31,
        "30 tense days, and the extra entry on the last (tense) day"
    );
    assert!(
        tense_items
            .iter()
            .all(|i| i.quadrant == Some(Quadrant::UnpleasantHighEnergy))
    );
    assert_eq!(
        g.search_journal_filtered("thoughts".into(), work, 100)
            .expect("search work")
            .len(),
        20
    );
    assert_eq!(
        g.search_journal_filtered("thoughts".into(), tense, 100)
            .expect("search tense")
            .len(),
        30
    );

    let reversed = JournalFilter {
        from_day: Some(day("2026-03-01")),
        to_day: Some(day("2026-02-01")),
        ..Default::default()
    };
    assert_eq!(
        field_of(
            g.journal_page(reversed, None, 10)
                .expect_err("reversed dates")
        ),
        "to_day"
    );
    assert_eq!(
        field_of(
            g.journal_page(JournalFilter::default(), Some("x".into()), 10)
                .expect_err("cursor")
        ),
        "cursor"
    );
}

#[test]
fn insights_draw_gaps_count_days_and_only_state_patterns_with_enough_data() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-03-01T08:00:00+00:00");
    // 20 of the 30 days in March get a morning check-in; work days are less pleasant and follow
    // short nights.
    for day in 1..=20 {
        clock.set(at(&format!("2026-03-{day:02}T08:00:00+00:00")));
        let work = day % 2 == 0;
        g.record_check_in(CheckInInput {
            emotions: vec![if work { "stressed" } else { "calm" }.into()],
            anger: Some(if work { 6 } else { 1 }),
            stress: Some(if work { 7 } else { 2 }),
            hours_slept: Some(if work { 5.0 } else { 8.0 }),
            tags: if work { vec!["work".into()] } else { vec![] },
            ..CheckInInput::new(if work { -2 } else { 3 }, if work { -1 } else { 2 })
        })
        .expect("check-in");
    }
    clock.set(at("2026-03-19T19:00:00+00:00"));
    g.record_anger_moment(AngerMomentInput {
        repair_needed: true,
        ..moment("Snapped at the kids", 8)
    })
    .expect("moment");
    clock.set(at("2026-03-30T20:00:00+00:00"));

    let month = g.insights(InsightRange::Month).expect("insights");
    assert_eq!(
        (month.from_day, month.to_day),
        (day("2026-03-01"), day("2026-03-30"))
    );
    assert_eq!(month.days_checked_in, 20);
    assert_eq!(month.consistency, "You checked in on 20 days this month.");
    let pleasantness = month
        .trends
        .iter()
        .find(|t| t.metric == Metric::Pleasantness)
        .expect("series");
    assert_eq!(pleasantness.points.len(), 30);
    assert_eq!(pleasantness.points[0].value, Some(3.0));
    assert_eq!(pleasantness.points[1].value, Some(-2.0));
    assert_eq!(
        pleasantness.points[25].value, None,
        "a day with no check-in is a gap"
    );
    for series in &month.trends {
        for point in &series.points {
            assert_eq!(
                point.smoothed.is_some(),
                point.value.is_some(),
                "{:?} on {}: the smoothed line leaves the same gaps",
                series.metric,
                point.day
            );
        }
    }
    assert_eq!(
        pleasantness.points[19].smoothed,
        Some(0.5),
        "smoothed through the neighbours that have data"
    );
    let anger = month
        .trends
        .iter()
        .find(|t| t.metric == Metric::Anger)
        .expect("anger");
    assert_eq!(
        anger.points[18].value,
        Some(4.5),
        "the logged moment counts with that day's check-in"
    );

    let total: f64 = month.quadrants.iter().map(|q| q.percent).sum();
    assert!((total - 100.0).abs() < 0.5, "{total}");
    assert_eq!(month.top_emotions.iter().map(|w| w.count).sum::<i32>(), 20);
    let evening = month
        .anger_by_time_of_day
        .iter()
        .find(|s| s.label == "Evening")
        .expect("evening");
    assert_eq!((evening.average, evening.readings), (Some(8.0), 1));

    let work = month
        .patterns
        .iter()
        .find(|p| p.subject == PatternSubject::Tag("work".into()))
        .expect("work pattern");
    assert!(work.enough_data);
    assert_eq!(work.difference, Some(-5.0));
    assert!(work.sentence.contains("less pleasant"), "{}", work.sentence);
    assert!(work.sentence.contains("not a cause"), "{}", work.sentence);
    let sleep = month
        .patterns
        .iter()
        .find(|p| p.subject == PatternSubject::Sleep)
        .expect("sleep");
    assert_eq!(sleep.difference, Some(3.0));
    assert!(sleep.sentence.contains("higher"), "{}", sleep.sentence);

    // The last week had no check-ins: the summary says so without guilt, and patterns wait.
    let week = g.insights(InsightRange::Week).expect("week");
    assert_eq!(week.days_checked_in, 0);
    assert!(
        week.weekly_summary[0].starts_with("No check-ins in the last 7 days."),
        "{:?}",
        week.weekly_summary
    );
    assert!(week.trends.iter().all(|t| !t.has_data));
    assert!(week.patterns.is_empty());
    assert_eq!(
        week.consistency, "You checked in on 20 days this month.",
        "consistency counts the calendar month, whatever the range"
    );

    // At 02:00 on 1 April he is still living 31 March; from 04:00 it is April.
    clock.set(at("2026-04-01T02:00:00+00:00"));
    let late = g.insights(InsightRange::Week).expect("late");
    assert_eq!(late.consistency, "You checked in on 20 days this month.");
    clock.set(at("2026-04-01T09:00:00+00:00"));
    let april = g.insights(InsightRange::Week).expect("april");
    assert_eq!(
        april.consistency,
        "No check-ins yet this month. Whenever you're ready, one takes ten seconds."
    );
    clock.set(at("2026-04-01T09:30:00+00:00"));
    g.record_check_in(CheckInInput::new(1, 1)).expect("april");
    assert_eq!(
        g.insights(InsightRange::Year).expect("year").consistency,
        "You checked in on 1 day this month."
    );
    clock.set(at("2026-03-30T20:00:00+00:00"));

    // Mid-month, a week of data reports words, quadrant and the open repair.
    clock.set(at("2026-03-20T21:00:00+00:00"));
    let mid = g.insights(InsightRange::Week).expect("mid");
    assert_eq!(
        mid.weekly_summary[0],
        "You checked in on 7 of the last 7 days."
    );
    assert!(
        mid.weekly_summary
            .iter()
            .any(|l| l.contains("1 still needs a repair")),
        "{:?}",
        mid.weekly_summary
    );
    let few = mid
        .patterns
        .iter()
        .find(|p| p.subject == PatternSubject::Tag("work".into()))
        .expect("work");
    assert!(few.enough_data, "3 work days and 3 others in the week");
    let year = g.insights(InsightRange::Year).expect("year");
    assert_eq!(year.trends[0].points.len(), 53);
}

#[test]
fn insights_offer_every_range_with_a_short_label_and_select_the_one_shown() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T08:00:00+01:00");
    for shown in [
        InsightRange::Week,
        InsightRange::Month,
        InsightRange::Quarter,
        InsightRange::Year,
    ] {
        let screen = g.insights(shown).expect("insights");
        let labels: Vec<&str> = screen
            .range_options
            .iter()
            .map(|o| o.label.as_str())
            .collect();
        assert_eq!(labels, ["Week", "Month", "3 months", "Year"]);
        let selected: Vec<InsightRange> = screen
            .range_options
            .iter()
            .filter(|o| o.selected)
            .map(|o| o.range)
            .collect();
        assert_eq!(selected, [shown]);
    }
}
