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
    assert!(md.contains("## 2026-06-10\n\nWalked the dog.\n"), "{md}");
}
