//! Shared fixtures for the integration tests: opening databases with a fixed clock, and
//! reading a database's schema for comparison.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, Utc};
use groundwork_core::Clock;
use groundwork_core::curriculum::{
    ExerciseAnswer, ExerciseView, LessonOutcome, LessonStepScreen, ModuleCompletionScreen,
    ModuleOpening,
};
use groundwork_core::{DatabaseKey, Groundwork, ManualClock, RegionCode};

/// A fixed 32-byte test key (never used outside tests).
pub fn test_key() -> DatabaseKey {
    DatabaseKey::from_bytes(&[7u8; 32]).expect("32 bytes")
}

/// Parses an RFC 3339 time with offset, e.g. `2026-03-29T00:30:00+11:00`.
pub fn at(rfc3339: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(rfc3339).expect("valid RFC 3339 time")
}

/// A moment as a device passes it over the FFI (to `help_now`, say): the instant, and the UTC
/// offset of its clock then, in minutes. `2026-12-05T21:00:00+11:00` is Sydney in summer.
pub fn device_time(rfc3339: &str) -> (DateTime<Utc>, i32) {
    let local = at(rfc3339);
    (local.to_utc(), local.offset().local_minus_utc() / 60)
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
    /// Anger moments written.
    pub anger_moments: usize,
}

/// Adds a person's way through the curriculum to the database in `dir`: every module on the main
/// path and the new-dad track done through the app's own calls over the last year (reflections,
/// plans and commitments included), a counsellor plan, one module half done, and a commitment a
/// week for the `years` before.
pub fn synthetic_progress(dir: &Path, end: DateTime<FixedOffset>, years: u32) {
    let clock = Arc::new(ManualClock::new(end - chrono::Duration::days(360)));
    let g = Groundwork::open_with(dir, &test_key(), clock.clone()).expect("open");
    let due = (end - chrono::Duration::days(200)).date_naive();
    g.complete_onboarding(groundwork_core::curriculum::OnboardingChoices {
        region: "AU".into(),
        track_ids: vec!["general".into(), "new-father".into()],
        baby_date: Some(groundwork_core::curriculum::BabyDate {
            kind: groundwork_core::curriculum::BabyDateKind::Due,
            date: due,
        }),
        discreet_mode: false,
        things_are_hard: false,
    })
    .expect("onboard");
    g.recommend_modules(vec!["shame-and-guilt".into()], "Sam".into(), None)
        .expect("plan");
    let mut last = None;
    loop {
        let next = g.home_screen().expect("home").next_step;
        let (Some(id), Some(_)) = (next.module_id, next.action_label) else {
            break;
        };
        if last.as_ref() == Some(&id) {
            break;
        }
        answer_no_if_asked(&g, &id);
        walk(&g, &id);
        last = Some(id);
        clock.set(clock.now() + chrono::Duration::days(9));
    }
    clock.set(end - chrono::Duration::hours(2));
    let step = open_step(&g, "where-you-are-now");
    let answer = step.exercise.as_ref().map(answer_for);
    g.continue_lesson(step.module_id, step.step_index, answer)
        .expect("half done");
    drop(g);
    let mut conn = raw_connection(&groundwork_core::database_path(dir));
    let tx = conn.transaction().expect("begin");
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO commitments (id, module_id, text, made_at, made_day, until_day, state, updated_at)
                 VALUES (?1, 'the-pause-plan', 'Take a pause before I snap', ?2, ?3, ?4, ?5, ?2)",
            )
            .expect("prepare");
        for week in 60..(i64::from(years) * 52) {
            let made = end - chrono::Duration::weeks(week);
            insert
                .execute(rusqlite::params![
                    format!("00000000-0000-4000-b000-{week:012}"),
                    made.timestamp_millis(),
                    made.date_naive().format("%Y-%m-%d").to_string(),
                    (made.date_naive() + chrono::Duration::days(6))
                        .format("%Y-%m-%d")
                        .to_string(),
                    if week % 3 == 0 {
                        "not-this-time"
                    } else {
                        "done"
                    }
                ])
                .expect("insert commitment");
        }
    }
    tx.commit().expect("commit");
}

/// Emotion ids from the bundled vocabulary that the synthetic history uses.
pub const HISTORY_WORDS: [(&str, &str); 12] = [
    ("calm", "calm"),
    ("tired", "tired"),
    ("angry", "angry"),
    ("proud", "proud"),
    ("anxious", "anxious"),
    ("content", "content"),
    ("flat", "flat"),
    ("hopeful", "hopeful"),
    ("on-edge", "on edge"),
    ("grateful", "grateful"),
    ("stressed", "stressed"),
    ("relieved", "relieved"),
];

/// Everyday sentences the synthetic journal is made of.
pub const HISTORY_SENTENCES: [&str; 8] = [
    "Work was heavy today and I felt the pressure in my shoulders.",
    "Took a walk before dinner and it helped me settle.",
    "We argued about money again; I paused and came back to talk.",
    "Played with the kids after school, a good evening.",
    "Couldn't sleep, kept thinking about what my father used to say.",
    "Told her I appreciated the way she handled the morning.",
    "Felt angry in traffic and noticed my jaw tighten before anything else.",
    "Quiet day. Grateful for small things.",
];

/// Fills a new database in `dir` with `years` of history ending at `end`: three check-ins a day
/// (morning, afternoon, evening) with one to three emotion words, anger, stress, sleep and tags
/// on some; `journal_entries` entries and `anger_moments` moments spread evenly. Deterministic,
/// so runs are comparable. Written directly with SQL in one transaction, for speed.
pub fn synthetic_history(
    dir: &Path,
    end: &str,
    years: u32,
    journal_entries: usize,
    anger_moments: usize,
) -> HistorySize {
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
    const TAGS: [&str; 6] = ["work", "partner", "kids", "money", "health", "night shift"];
    let mut check_ins = 0;
    let midnight = end.date_naive();
    let offset = *end.offset();
    let local = |day_back: i64, minute: i64| {
        let date = midnight - chrono::Duration::days(day_back);
        let naive =
            date.and_hms_opt(0, 0, 0).expect("midnight") + chrono::Duration::minutes(minute);
        naive
            .and_local_timezone(offset)
            .single()
            .expect("fixed offset")
    };
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO checkins (id, recorded_at, utc_offset_minutes, local_day, local_minute, pleasantness, energy,
                                       anger, stress, sleep_minutes, note, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?2)",
            )
            .expect("prepare");
        let mut word = tx
            .prepare("INSERT INTO checkin_emotions (checkin_id, position, word, emotion_id) VALUES (?1, ?2, ?3, ?4)")
            .expect("prepare");
        let mut tag = tx
            .prepare("INSERT OR IGNORE INTO checkin_tags (checkin_id, tag) VALUES (?1, ?2)")
            .expect("prepare");
        for day in (1..=days).rev() {
            for minute in [8 * 60, 13 * 60, 20 * 60] {
                let when = local(day, minute);
                let id = format!("00000000-0000-4000-8000-{check_ins:012}");
                let p = next(11) as i64 - 5;
                let e = next(11) as i64 - 5;
                let note = (next(4) == 0).then(|| HISTORY_SENTENCES[next(8) as usize]);
                let anger = (next(3) == 0).then(|| next(11) as i64);
                let stress = (next(3) == 0).then(|| next(11) as i64);
                let sleep = (minute == 8 * 60 && next(2) == 0).then(|| 300 + next(240) as i64);
                insert
                    .execute(rusqlite::params![
                        id,
                        when.timestamp_millis(),
                        when.offset().local_minus_utc() / 60,
                        when.date_naive().format("%Y-%m-%d").to_string(),
                        minute,
                        p,
                        e,
                        anger,
                        stress,
                        sleep,
                        note
                    ])
                    .expect("insert check-in");
                for position in 0..=next(3) {
                    let (emotion_id, text) = HISTORY_WORDS[next(12) as usize];
                    word.execute(rusqlite::params![id, position as i64, text, emotion_id])
                        .expect("insert word");
                }
                if next(2) == 0 {
                    tag.execute(rusqlite::params![id, TAGS[next(6) as usize]])
                        .expect("insert tag");
                }
                check_ins += 1;
            }
        }
        let mut journal = tx
            .prepare(
                "INSERT INTO journal_entries (id, created_at, utc_offset_minutes, updated_at, body, local_day, quadrant)
                 VALUES (?1, ?2, ?3, ?2, ?4, ?5, ?6)",
            )
            .expect("prepare");
        let mut journal_tag = tx
            .prepare("INSERT INTO journal_tags (entry_rowid, tag) VALUES (?1, ?2)")
            .expect("prepare");
        let span_minutes = days * 24 * 60;
        for i in 0..journal_entries {
            let minutes_back =
                span_minutes * (journal_entries - i) as i64 / journal_entries.max(1) as i64;
            let when = local(
                minutes_back / (24 * 60),
                24 * 60 - minutes_back % (24 * 60) - 1,
            );
            let body: Vec<&str> = (0..=next(4))
                .map(|_| HISTORY_SENTENCES[next(8) as usize])
                .collect();
            let quadrant = [
                "unpleasant_high_energy",
                "pleasant_high_energy",
                "unpleasant_low_energy",
                "pleasant_low_energy",
            ][next(4) as usize];
            journal
                .execute(rusqlite::params![
                    format!("00000000-0000-4000-9000-{i:012}"),
                    when.timestamp_millis(),
                    when.offset().local_minus_utc() / 60,
                    body.join(" "),
                    when.date_naive().format("%Y-%m-%d").to_string(),
                    quadrant
                ])
                .expect("insert entry");
            if next(3) == 0 {
                journal_tag
                    .execute(rusqlite::params![
                        tx.last_insert_rowid(),
                        TAGS[next(6) as usize]
                    ])
                    .expect("insert entry tag");
            }
        }
        let mut moment = tx
            .prepare(
                "INSERT INTO anger_moments (id, recorded_at, utc_offset_minutes, local_day, local_minute, what_happened,
                     body_cues, intensity, repair_needed, repair_done, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, '[\"jaw tight\"]', ?7, ?8, 0, ?2)",
            )
            .expect("prepare");
        for i in 0..anger_moments {
            let day_back = days * (anger_moments - i) as i64 / anger_moments.max(1) as i64;
            let minute = 6 * 60 + next(16 * 60) as i64;
            let when = local(day_back.max(1), minute);
            moment
                .execute(rusqlite::params![
                    format!("00000000-0000-4000-a000-{i:012}"),
                    when.timestamp_millis(),
                    when.offset().local_minus_utc() / 60,
                    when.date_naive().format("%Y-%m-%d").to_string(),
                    minute,
                    HISTORY_SENTENCES[next(8) as usize],
                    next(11) as i64,
                    next(2) as i64
                ])
                .expect("insert moment");
        }
    }
    tx.commit().expect("commit");
    synthetic_progress(dir, end, years);
    HistorySize {
        check_ins,
        journal_entries,
        anger_moments,
    }
}

/// A full, valid answer for any exercise, as a person tapping through would give.
pub fn answer_for(view: &ExerciseView) -> ExerciseAnswer {
    match view {
        ExerciseView::Reflection { .. } => ExerciseAnswer::Reflection {
            text: "I notice I go quiet when I'm tense.".into(),
        },
        ExerciseView::Scale { min, .. } => ExerciseAnswer::Scale { value: *min + 1 },
        ExerciseView::Choice { .. } => ExerciseAnswer::Choice { index: 0 },
        ExerciseView::MultiChoice { .. } => ExerciseAnswer::MultiChoice { indices: vec![0] },
        ExerciseView::Emotions { words, .. } => ExerciseAnswer::Emotions {
            ids: vec![words[0].id.clone()],
        },
        ExerciseView::Checklist { .. } => ExerciseAnswer::Checklist { checked: vec![0] },
        ExerciseView::Breathing { cycles, .. } => ExerciseAnswer::Breathing {
            cycles_done: *cycles,
        },
        ExerciseView::BodyScan { regions, .. } => ExerciseAnswer::BodyScan {
            regions_done: regions.len() as u32,
        },
        ExerciseView::Plan { fields, .. } => ExerciseAnswer::Plan {
            fields: fields
                .iter()
                .map(|f| (f.id.clone(), format!("my {}", f.label.to_lowercase())))
                .collect(),
        },
        ExerciseView::Commitment { suggestions, .. } => ExerciseAnswer::Commitment {
            text: suggestions[0].clone(),
        },
    }
}

/// Opens a module that opens straight away (not asking the home safety question first, not
/// closed): the step it opens at. Panics otherwise.
pub fn open_step(g: &Groundwork, module_id: &str) -> LessonStepScreen {
    match g.open_module(module_id.into()).expect("open module") {
        ModuleOpening::Step { screen } => screen,
        other => panic!("{module_id} did not open at a step: {other:?}"),
    }
}

/// Answers the home safety question no when opening `module_id` asks it first (a module done
/// together with his partner), so the module opens.
pub fn answer_no_if_asked(g: &Groundwork, module_id: &str) {
    if let ModuleOpening::Question { .. } = g.open_module(module_id.into()).expect("open module") {
        g.answer_home_safety_question(
            groundwork_core::curriculum::HomeSafetyAnswer::No,
            Some(module_id.into()),
            None,
        )
        .expect("no one at home is afraid");
    }
}

/// Walks a module from wherever it opens to its completion screen, answering everything.
pub fn walk(g: &Groundwork, module_id: &str) -> ModuleCompletionScreen {
    let mut step = open_step(g, module_id);
    loop {
        let answer = step.exercise.as_ref().map(answer_for);
        match g
            .continue_lesson(step.module_id.clone(), step.step_index, answer)
            .expect("continue")
        {
            LessonOutcome::Step { screen } => step = screen,
            LessonOutcome::Completed { screen } => return screen,
        }
    }
}

/// A copy of the built-in pack's source (`content/packs/core-en`), edited by `edit` (which gets
/// the copy's folder), checked and compiled into bundle bytes, as `groundwork pack build` makes
/// them. Panics if the edited pack breaks a content rule.
pub fn edited_core_en_bundle(edit: impl FnOnce(&Path)) -> Vec<u8> {
    let dir = tempfile::tempdir().expect("temporary folder");
    copy_core_en(dir.path());
    edit(dir.path());
    let loaded = groundwork_pack::load_dir(dir.path()).expect("the edited pack is valid");
    groundwork_pack::compile(loaded.pack()).expect("compile")
}

/// Copies the built-in pack's source (`content/packs/core-en`) into `to` as a pack of its own: the
/// shared region data's `helplines.toml` and `peer-groups.toml` copied in beside it, and its
/// `regions` line taken out, so a test can edit the help lines as a pack that carries its own
/// would (a counsellor's pack, say) and the copy needs no region folder beside it.
pub fn copy_core_en(to: &Path) {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    copy_tree(&content.join("packs/core-en"), to);
    for file in ["helplines.toml", "peer-groups.toml"] {
        std::fs::copy(content.join("regions").join(file), to.join(file)).expect("copy region data");
    }
    let manifest = to.join("pack.toml");
    let text = std::fs::read_to_string(&manifest).expect("read pack.toml");
    let own: String = text
        .lines()
        .filter(|l| !l.starts_with("regions = "))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(own, text, "pack.toml names its region folder");
    std::fs::write(&manifest, own).expect("write pack.toml");
}

/// Replaces `from` with `to` in `file` under `dir`, checking `from` is there.
pub fn replace_in(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).expect("read pack file");
    assert!(text.contains(from), "{file} holds {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write pack file");
}

/// Copies a folder tree.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("list") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Cheap Argon2id settings so app lock tests run fast; the real default is
/// `KdfParams::default()`.
pub fn cheap_kdf() -> groundwork_core::keys::KdfParams {
    groundwork_core::keys::KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    }
}

/// Sets the version in a pack folder's `pack.toml`.
pub fn set_pack_version(dir: &Path, version: &str) {
    let path = dir.join("pack.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    let edited: Vec<String> = text
        .lines()
        .map(|line| {
            if line.starts_with("version = ") {
                format!("version = \"{version}\"")
            } else {
                line.to_owned()
            }
        })
        .collect();
    std::fs::write(&path, edited.join("\n") + "\n").expect("write");
}

/// A region code for a test ("AU"); panics on one that is not two letters.
pub fn region(code: &str) -> RegionCode {
    RegionCode::parse(code).expect("a two-letter region code")
}

/// Help now from the built-in content for `region` ("AU"), at `now` (RFC 3339 with his UTC
/// offset), as a device asks for it before unlock.
pub fn help_now_in_region(region_code: &str, now: &str) -> groundwork_core::HelpNowScreen {
    let (at, offset) = device_time(now);
    groundwork_core::help_now(Some(region(region_code)), None, None, at, offset).expect("help now")
}

/// A day written `YYYY-MM-DD`, for a test; panics on anything else.
pub fn day(text: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a day")
}
