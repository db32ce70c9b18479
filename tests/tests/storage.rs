//! Opening the encrypted database: keys, files on disk, and what is refused.

use std::sync::Arc;

use groundwork_core::{ApiError, CheckInInput, DatabaseKey, Groundwork, SystemClock};
use groundwork_tests::{open_at, test_key};

fn check_in_with_note(note: &str) -> CheckInInput {
    CheckInInput {
        emotions: vec!["calm".into()],
        own_words: vec!["steady-ish".into()],
        note: Some(note.into()),
        ..CheckInInput::new(2, -1)
    }
}

#[test]
fn a_wrong_key_is_refused_and_the_right_key_still_opens_everything() {
    let dir = tempfile::tempdir().expect("dir");
    {
        let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
        g.record_check_in(check_in_with_note("kept safe"))
            .expect("record");
    }
    let wrong = DatabaseKey::from_bytes(&[9u8; 32]).expect("key");
    let err =
        Groundwork::open_with(dir.path(), &wrong, Arc::new(SystemClock)).expect_err("wrong key");
    assert_eq!(err, ApiError::WrongKey);

    let g =
        Groundwork::open_with(dir.path(), &test_key(), Arc::new(SystemClock)).expect("right key");
    let list = g.recent_check_ins(10).expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].note.as_deref(), Some("kept safe"));
}

#[test]
fn a_key_that_is_not_32_bytes_is_invalid_input() {
    let dir = tempfile::tempdir().expect("dir");
    let err = Groundwork::open(dir.path().to_string_lossy().into_owned(), vec![1, 2, 3])
        .expect_err("short key");
    assert!(
        matches!(err, ApiError::InvalidInput { ref field, .. } if field == "key"),
        "{err:?}"
    );
    assert!(
        !groundwork_core::database_path(dir.path()).exists(),
        "nothing may be created"
    );
}

#[test]
fn nothing_written_is_readable_in_the_files_on_disk() {
    let dir = tempfile::tempdir().expect("dir");
    let secret = "the-secret-phrase-4417";
    {
        let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
        g.record_check_in(check_in_with_note(secret))
            .expect("record");
        g.add_journal_entry(format!("journal {secret}"))
            .expect("journal");
    }
    let mut found_files = 0;
    for entry in std::fs::read_dir(dir.path()).expect("list") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("read");
        found_files += 1;
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "plaintext found"
        );
        assert!(
            !bytes.starts_with(b"SQLite format 3"),
            "an unencrypted SQLite header was found"
        );
    }
    assert!(found_files >= 1);
}

#[test]
fn an_unencrypted_sqlite_file_is_reported_as_such_not_as_a_wrong_key() {
    let dir = tempfile::tempdir().expect("dir");
    let path = groundwork_core::database_path(dir.path());
    rusqlite::Connection::open(&path)
        .expect("plain")
        .execute_batch("PRAGMA cipher_log_level = NONE; CREATE TABLE t (x);")
        .expect("plain table");
    // A plain (unkeyed) connection under SQLCipher writes an ordinary SQLite file.
    let err = Groundwork::open_with(dir.path(), &test_key(), Arc::new(SystemClock))
        .expect_err("plaintext");
    assert!(
        matches!(err, ApiError::Storage { ref reason } if reason.contains("unencrypted")),
        "{err:?}"
    );
}

#[test]
fn the_same_database_can_be_read_from_many_threads_while_one_writes() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
    let g = Arc::new(g);
    let mut handles = Vec::new();
    for i in 0..4 {
        let g = Arc::clone(&g);
        handles.push(std::thread::spawn(move || {
            for j in 0..25 {
                if i == 0 {
                    g.add_journal_entry(format!("entry {j}")).expect("write");
                } else {
                    g.home_screen().expect("read");
                }
            }
        }));
    }
    for h in handles {
        h.join().expect("thread finished without panicking");
    }
    assert_eq!(g.home_screen().expect("home").journal_entry_count, 25);
}

#[test]
fn after_close_every_call_says_closed_and_the_data_is_there_on_reopening() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
    g.add_journal_entry("before closing".into()).expect("write");
    g.close();
    g.close();
    assert_eq!(g.home_screen().expect_err("closed"), ApiError::Closed);
    assert_eq!(
        g.add_journal_entry("after".into()).expect_err("closed"),
        ApiError::Closed
    );
    drop(g);
    let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
    assert_eq!(g.home_screen().expect("home").journal_entry_count, 1);
}

#[test]
fn error_messages_are_plain_sentences_that_never_repeat_what_was_written() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
    let secret = "my-private-words-9931";
    let err = g
        .record_check_in(CheckInInput {
            own_words: vec![secret.repeat(3)],
            ..CheckInInput::new(0, 0)
        })
        .expect_err("too long");
    let message = err.to_string();
    assert!(message.starts_with("Check your own words:"), "{message}");
    assert!(!message.contains(secret), "{message}");
}

#[test]
fn erasing_everything_leaves_nothing_readable_and_the_next_open_starts_empty() {
    let dir = tempfile::tempdir().expect("dir");
    let secret = "words-that-must-vanish-5521";
    {
        let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
        g.add_journal_entry(format!("{secret} {}", "x".repeat(5000)))
            .expect("write");
        g.record_check_in(check_in_with_note(secret))
            .expect("record");
        g.erase_everything().expect("erase");
        assert_eq!(g.home_screen().expect_err("erased"), ApiError::Closed);
    }
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
    assert!(left.is_empty(), "files remain: {left:?}");
    let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
    assert_eq!(g.home_screen().expect("home").journal_entry_count, 0);
}

#[test]
fn the_data_dir_can_be_erased_without_the_key() {
    let dir = tempfile::tempdir().expect("dir");
    drop(open_at(dir.path(), "2026-05-01T08:00:00+10:00"));
    std::fs::write(dir.path().join("not-ours.txt"), b"keep me").expect("other file");
    groundwork_core::erase_data_dir(dir.path().to_string_lossy().into_owned()).expect("erase");
    assert!(!groundwork_core::database_path(dir.path()).exists());
    assert!(
        dir.path().join("not-ours.txt").exists(),
        "only the database's own files go"
    );
    groundwork_core::erase_data_dir(dir.path().to_string_lossy().into_owned())
        .expect("erasing twice is fine");
}

/// A data directory with a database holding a few journal entries, closed again.
fn written_dir(entries: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
    for n in 0..entries {
        g.add_journal_entry(format!("entry {n} {}", "words ".repeat(200)))
            .expect("write");
    }
    g.close();
    dir
}

fn open_with(dir: &std::path::Path, key: &DatabaseKey) -> Result<Groundwork, ApiError> {
    Groundwork::open_with(dir, key, Arc::new(SystemClock))
}

#[test]
fn a_database_cut_to_nothing_is_damage_and_no_new_empty_one_takes_its_place() {
    let dir = written_dir(1);
    let path = groundwork_core::database_path(dir.path());
    std::fs::write(&path, b"").expect("truncate");
    let err = open_with(dir.path(), &test_key()).expect_err("damaged");
    assert_eq!(err, ApiError::DatabaseDamaged);
    assert!(err.to_string().contains("restore"), "{err}");
    assert_eq!(std::fs::metadata(&path).expect("still there").len(), 0);
}

#[test]
fn a_database_cut_short_mid_page_is_damage() {
    let dir = written_dir(3);
    let path = groundwork_core::database_path(dir.path());
    let bytes = std::fs::read(&path).expect("read");
    std::fs::write(&path, &bytes[..bytes.len() - 100]).expect("cut");
    assert_eq!(
        open_with(dir.path(), &test_key()).expect_err("damaged"),
        ApiError::DatabaseDamaged
    );
}

#[test]
fn a_missing_database_beside_an_app_lock_is_damage_not_a_first_run() {
    let dir = written_dir(1);
    groundwork_core::lock::set_lock_with(
        dir.path(),
        &test_key(),
        &groundwork_core::lock::LockSecret::Pin("135790".into()),
        None,
        groundwork_core::keys::KdfParams {
            memory_kib: 64,
            iterations: 1,
            parallelism: 1,
        },
    )
    .expect("lock");
    let path = groundwork_core::database_path(dir.path());
    std::fs::remove_file(&path).expect("lose the database");
    assert_eq!(
        open_with(dir.path(), &test_key()).expect_err("damaged"),
        ApiError::DatabaseDamaged
    );
    assert!(!path.exists(), "no new database was made");
}

#[test]
fn damage_in_the_first_page_is_told_apart_from_a_wrong_key() {
    let dir = written_dir(20);
    let path = groundwork_core::database_path(dir.path());
    let mut bytes = std::fs::read(&path).expect("read");
    assert!(bytes.len() > 4 * 4096, "several pages");
    for byte in &mut bytes[1000..1100] {
        *byte ^= 0x55;
    }
    std::fs::write(&path, &bytes).expect("damage");
    let err = open_with(dir.path(), &test_key()).expect_err("damaged");
    assert_eq!(err, ApiError::DatabaseDamaged);
    assert!(err.to_string().contains("damaged"), "{err}");
    let wrong = DatabaseKey::from_bytes(&[9u8; 32]).expect("key");
    assert_eq!(
        open_with(dir.path(), &wrong).expect_err("wrong key"),
        ApiError::WrongKey
    );
}

#[test]
fn erasing_removes_the_installed_pack_too_and_names_what_it_could_not_remove() {
    let dir = written_dir(1);
    let pack = groundwork_core::content::installed::pack_path(dir.path());
    std::fs::write(&pack, b"a pack").expect("pack");
    let stuck = dir.path().join("groundwork.db-journal");
    std::fs::create_dir(&stuck).expect("a folder where a file should be");
    std::fs::write(stuck.join("inside"), b"x").expect("fill");
    let err = groundwork_core::erase_data_dir(dir.path().to_string_lossy().into_owned())
        .expect_err("incomplete");
    assert_eq!(
        err,
        ApiError::EraseIncomplete {
            remaining: vec!["groundwork.db-journal".into()]
        }
    );
    assert!(err.to_string().contains("groundwork.db-journal"), "{err}");
    assert!(!pack.exists());
    assert!(!groundwork_core::database_path(dir.path()).exists());
}

#[cfg(unix)]
#[test]
fn the_database_its_write_ahead_log_and_shared_memory_are_readable_only_by_their_owner() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
    g.add_journal_entry("while open".into()).expect("write");
    let database = groundwork_core::database_path(dir.path());
    for suffix in ["", "-wal", "-shm"] {
        let mut name = database.as_os_str().to_owned();
        name.push(suffix);
        let mode = std::fs::metadata(&name)
            .expect("the file exists while open")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "groundwork.db{suffix}");
    }
}
