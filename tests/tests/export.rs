//! Export: the person owns the data, in files he can read.

use groundwork_core::export::{EXPORT_VERSION, ExportFormat};
use groundwork_core::{AngerMomentInput, CheckInInput, JournalEntryInput};
use groundwork_tests::open_at;

#[test]
fn the_json_export_holds_everything_written_with_its_version() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T21:00:00+10:00");
    g.record_check_in(CheckInInput {
        emotions: vec!["calm".into()],
        note: Some("quiet night, \"finally\"".into()),
        ..CheckInInput::new(2, -2)
    })
    .expect("check-in");
    g.write_journal_entry(JournalEntryInput {
        body: "Line one\nשלום 👋".into(),
        tags: vec!["home".into()],
        prompt_id: None,
    })
    .expect("entry");
    g.record_anger_moment(AngerMomentInput {
        what_happened: "traffic".into(),
        intensity: 4,
        body_cues: vec![],
        thoughts: None,
        what_i_did: None,
        next_time: None,
        repair_needed: false,
        repair_done: false,
    })
    .expect("moment");
    let file = g.export(ExportFormat::Json).expect("export");
    assert!(file.file_name.ends_with(".json"));
    let json: serde_json::Value = serde_json::from_str(&file.contents).expect("valid JSON");
    assert_eq!(json["format"], "groundwork-export");
    assert_eq!(json["version"], EXPORT_VERSION);
    assert_eq!(json["check_ins"][0]["note"], "quiet night, \"finally\"");
    assert_eq!(json["journal_entries"][0]["body"], "Line one\nשלום 👋");
    assert_eq!(json["anger_moments"][0]["intensity"], 4);
}

#[test]
fn the_json_export_holds_curriculum_progress_answers_and_commitments() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T21:00:00+10:00");
    groundwork_tests::walk(&g, "where-you-are-now");
    let file = g.export(ExportFormat::Json).expect("export");
    let json: serde_json::Value = serde_json::from_str(&file.contents).expect("valid JSON");
    let curriculum = &json["curriculum"];
    assert_eq!(curriculum["tracks"][0], "general");
    let module = &curriculum["modules"][0];
    assert_eq!(module["module_id"], "where-you-are-now");
    assert_eq!(module["state"], "completed");
    assert_eq!(module["completed_day"], "2026-06-10");
    assert!(
        module["answers"]
            .as_array()
            .expect("answers")
            .iter()
            .any(|a| a["answer"]["type"] == "reflection")
    );
    assert_eq!(curriculum["commitments"][0]["state"], "open");
}

#[test]
fn the_csv_export_quotes_notes_and_the_markdown_export_groups_entries_by_day() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T21:00:00+10:00");
    g.record_check_in(CheckInInput {
        note: Some("tired, sore \"back\"\nnew line".into()),
        ..CheckInInput::new(-1, -3)
    })
    .expect("check-in");
    g.add_journal_entry("Walked the dog.".into())
        .expect("entry");
    let csv = g.export(ExportFormat::Csv).expect("csv").contents;
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .expect("header")
            .starts_with("recorded_at,local_day")
    );
    assert!(
        csv.contains("\"tired, sore \"\"back\"\"\nnew line\""),
        "{csv}"
    );
    let md = g.export(ExportFormat::Markdown).expect("markdown").contents;
    assert!(md.starts_with("# Journal\n"));
    assert!(
        md.contains("## 2026-06-10\n\n### 21:00\n\nWalked the dog.\n"),
        "{md}"
    );
}

#[test]
fn the_markdown_export_gives_each_entry_of_a_day_its_own_time_heading() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-06-10T21:00:00+10:00");
    g.add_journal_entry("Walked the dog.".into())
        .expect("first entry");
    clock.set(groundwork_tests::at("2026-06-10T21:45:00+10:00"));
    g.add_journal_entry("Rang my brother.".into())
        .expect("second entry");
    let md = g.export(ExportFormat::Markdown).expect("markdown").contents;
    assert!(
        md.contains(
            "## 2026-06-10\n\n### 21:00\n\nWalked the dog.\n\n### 21:45\n\nRang my brother.\n"
        ),
        "{md}"
    );
    assert_eq!(
        md.matches("## 2026-06-10").count(),
        1,
        "one heading per day: {md}"
    );
}

mod plain_exports {
    use groundwork_core::export::{ExportFormat, ExportOutcome};
    use groundwork_core::lock::{self, LockKind, LockSecret, UnlockOutcome};
    use groundwork_core::reminders::ReminderSettings;
    use groundwork_core::{CheckInInput, JournalEntryInput};
    use groundwork_tests::{cheap_kdf, open_at, test_key};

    #[test]
    fn the_export_screen_says_plainly_that_the_file_is_not_encrypted() {
        let dir = tempfile::tempdir().expect("dir");
        let (g, _) = open_at(dir.path(), "2026-06-10T21:00:00+10:00");
        let screen = g.export_screen().expect("screen");
        assert!(
            screen.not_encrypted.contains("not encrypted")
                && screen.not_encrypted.contains("encrypted backup"),
            "{}",
            screen.not_encrypted
        );
        assert_eq!(screen.choices.len(), 3);
        assert_eq!(screen.secret_kind, None, "no lock, no secret");
        assert_eq!(screen.secret_prompt, None);
        let file = g
            .export_file(ExportFormat::Json, None)
            .expect("export")
            .into_file()
            .expect("no lock: the file is made");
        assert!(file.contents.contains("groundwork-export"));
    }

    #[test]
    fn with_a_lock_set_a_plain_export_asks_for_the_secret_and_a_wrong_one_counts_and_makes_nothing()
    {
        let dir = tempfile::tempdir().expect("dir");
        let (g, _) = open_at(dir.path(), "2026-06-10T21:00:00+10:00");
        g.write_journal_entry(JournalEntryInput {
            body: "a private line".into(),
            tags: vec![],
            prompt_id: None,
        })
        .expect("entry");
        lock::set_lock_with(
            dir.path(),
            &test_key(),
            &LockSecret::Pin("135790".into()),
            Some(5),
            cheap_kdf(),
        )
        .expect("lock");

        let screen = g.export_screen().expect("screen");
        assert_eq!(screen.secret_kind, Some(LockKind::Pin));
        assert_eq!(
            screen.secret_prompt.as_deref(),
            Some("Enter your app PIN to export")
        );
        assert_eq!(
            g.export_file(ExportFormat::Markdown, None).expect("asked"),
            ExportOutcome::SecretNeeded {
                kind: LockKind::Pin,
                message: "Enter your app PIN to export".into()
            }
        );
        let wrong = g
            .export_file(
                ExportFormat::Markdown,
                Some(LockSecret::Pin("000000".into())),
            )
            .expect("wrong");
        match &wrong {
            ExportOutcome::NotExported { message, .. } => {
                assert!(message.contains("didn't match"), "{message}");
                assert!(!message.contains("private line"));
            }
            other => panic!("expected NotExported, got {other:?}"),
        }
        let status = lock::lock_status(
            dir.path(),
            chrono::Utc::now(),
            groundwork_core::base::text::Language::ENGLISH,
        )
        .expect("status");
        assert_eq!(
            status.attempts_left_before_erase,
            Some(4),
            "counted as on the lock screen"
        );

        let file = g
            .export_file(
                ExportFormat::Markdown,
                Some(LockSecret::Pin("135790".into())),
            )
            .expect("right")
            .into_file()
            .expect("made");
        assert!(file.contents.contains("a private line"));
        let status = lock::lock_status(
            dir.path(),
            chrono::Utc::now(),
            groundwork_core::base::text::Language::ENGLISH,
        )
        .expect("status");
        assert_eq!(
            status.attempts_left_before_erase,
            Some(5),
            "count starts again"
        );
        assert!(matches!(
            lock::unlock(
                dir.path(),
                &LockSecret::Pin("135790".into()),
                chrono::Utc::now(),
                groundwork_core::base::text::Language::ENGLISH,
            )
            .expect("still locked"),
            UnlockOutcome::Unlocked { .. }
        ));
    }

    #[test]
    fn in_discreet_mode_exports_backups_and_reports_have_neutral_file_names() {
        let dir = tempfile::tempdir().expect("dir");
        let (g, _) = open_at(dir.path(), "2026-06-10T21:00:00+10:00");
        g.record_check_in(CheckInInput::new(1, 1))
            .expect("check-in");
        let names = |g: &groundwork_core::Groundwork| {
            let mut names: Vec<String> = [
                ExportFormat::Json,
                ExportFormat::Markdown,
                ExportFormat::Csv,
            ]
            .into_iter()
            .map(|format| g.export(format).expect("export").file_name)
            .collect();
            names.push(
                g.backup_with_work_factor("a long passphrase", 2)
                    .expect("backup")
                    .file_name,
            );
            names
        };
        let usual = names(&g);
        assert_eq!(
            usual,
            [
                "groundwork-2026-06-10.json",
                "groundwork-journal-2026-06-10.md",
                "groundwork-check-ins-2026-06-10.csv",
                "groundwork-backup-2026-06-10.age",
            ]
        );
        g.save_reminder_settings(ReminderSettings {
            discreet: true,
            ..ReminderSettings::default()
        })
        .expect("discreet");
        let neutral = names(&g);
        assert_eq!(
            neutral,
            [
                "notes-2026-06-10.json",
                "notes-2026-06-10.md",
                "notes-2026-06-10.csv",
                "notes-2026-06-10.age",
            ]
        );
        for name in &neutral {
            let lower = name.to_lowercase();
            for word in [
                "groundwork",
                "journal",
                "check",
                "backup",
                "report",
                "anger",
            ] {
                assert!(!lower.contains(word), "{name} names {word}");
            }
        }
    }
}
