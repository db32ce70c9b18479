//! Recordings he chose to keep with an entry he said aloud, through the FFI: saved with the
//! entry in one transaction, within a limit in seconds and bytes, encrypted in the database,
//! checked for crisis words like any entry, deleted with the entry and erased with everything.

use groundwork_core::{ApiError, Groundwork, JournalEntryInput, RecordingInput};
use groundwork_tests::{open_at, raw_connection};

const NOW: &str = "2026-03-01T19:30:00+11:00";

fn said(body: &str) -> JournalEntryInput {
    JournalEntryInput {
        body: body.into(),
        tags: Vec::new(),
        prompt_id: None,
    }
}

/// A recording whose bytes are easy to look for in a file.
fn recording(seconds: u32, bytes: usize) -> RecordingInput {
    RecordingInput {
        codec: "audio/mp4".into(),
        duration_ms: seconds * 1000,
        audio: b"VOICE-MARKER-"
            .iter()
            .copied()
            .cycle()
            .take(bytes)
            .collect(),
    }
}

fn rows(g: &Groundwork, table: &str) -> i64 {
    raw_connection(g.database_path())
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .expect("count")
}

#[test]
fn an_entry_said_aloud_is_saved_with_its_recording_and_plays_back_the_same_bytes() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let outcome = g
        .submit_journal_entry_with_recording(
            said("Kept my voice down at dinner."),
            recording(42, 3_000),
        )
        .expect("saved");
    assert_eq!(outcome.entry.body, "Kept my voice down at dinner.");
    let info = g
        .journal_recording(outcome.entry.id)
        .expect("read")
        .expect("kept");
    assert_eq!(
        (info.codec.as_str(), info.duration_ms, info.bytes),
        ("audio/mp4", 42_000, 3_000)
    );
    let audio = g
        .journal_recording_audio(outcome.entry.id)
        .expect("read")
        .expect("kept");
    assert_eq!(audio, recording(42, 3_000));
}

#[test]
fn an_entry_typed_or_said_without_keeping_has_no_recording() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let outcome = g.submit_journal_entry(said("Typed.")).expect("saved");
    assert_eq!(g.journal_recording(outcome.entry.id).expect("read"), None);
    assert_eq!(
        g.journal_recording_audio(outcome.entry.id).expect("read"),
        None
    );
}

#[test]
fn a_recording_over_five_minutes_or_the_size_limit_is_a_typed_error_and_saves_neither_entry_nor_audio()
 {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    for too_much in [
        recording(301, 1_000),
        recording(
            60,
            groundwork_core::journal::recording::MAX_RECORDING_BYTES + 1,
        ),
        recording(60, 0),
    ] {
        let refused = g.submit_journal_entry_with_recording(said("Long one."), too_much);
        assert!(
            matches!(&refused, Err(ApiError::InvalidInput { field, .. }) if field == "recording"),
            "{refused:?}"
        );
    }
    assert_eq!(rows(&g, "journal_entries"), 0);
    assert_eq!(rows(&g, "recordings"), 0);
}

#[test]
fn an_entry_that_breaks_the_rules_keeps_no_recording_either() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let refused = g.submit_journal_entry_with_recording(said("   "), recording(5, 100));
    assert!(matches!(refused, Err(ApiError::InvalidInput { .. })));
    assert_eq!(rows(&g, "recordings"), 0);
}

#[test]
fn words_of_crisis_said_aloud_bring_the_same_answer_as_typed_ones() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let crisis = "I want to kill myself tonight";
    let typed = g.submit_journal_entry(said(crisis)).expect("typed");
    let spoken = g
        .submit_journal_entry_with_recording(said(crisis), recording(4, 500))
        .expect("said");
    assert!(typed.crisis_answer.is_some());
    assert_eq!(typed.crisis_answer, spoken.crisis_answer);
    assert_eq!(spoken.entry.body, crisis, "saved exactly as said");
}

#[test]
fn the_audio_is_never_readable_in_the_database_files() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    g.submit_journal_entry_with_recording(said("Quiet walk."), recording(10, 20_000))
        .expect("saved");
    g.close();
    for entry in std::fs::read_dir(dir.path()).expect("dir") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            let bytes = std::fs::read(&path).expect("read");
            assert!(
                !bytes.windows(13).any(|w| w == b"VOICE-MARKER-"),
                "{} holds the audio in the clear",
                path.display()
            );
        }
    }
}

#[test]
fn deleting_the_entry_deletes_its_recording() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let kept = g
        .submit_journal_entry_with_recording(said("One."), recording(3, 100))
        .expect("saved");
    let other = g
        .submit_journal_entry_with_recording(said("Two."), recording(3, 100))
        .expect("saved");
    g.delete_journal_entry(kept.entry.id).expect("deleted");
    assert_eq!(g.journal_recording(kept.entry.id).expect("read"), None);
    assert!(g.journal_recording(other.entry.id).expect("read").is_some());
    assert_eq!(rows(&g, "recordings"), 1);
}

#[test]
fn erasing_everything_removes_the_recordings() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    g.submit_journal_entry_with_recording(said("Gone after erase."), recording(3, 100))
        .expect("saved");
    g.erase_everything().expect("erased");
    drop(g);
    let (again, _) = open_at(dir.path(), NOW);
    assert_eq!(rows(&again, "recordings"), 0);
    assert_eq!(rows(&again, "journal_entries"), 0);
}
