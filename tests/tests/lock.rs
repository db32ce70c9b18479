//! The app lock: a PIN or passphrase wraps the database key; wrong attempts wait longer and
//! longer, across restarts; nothing is erased unless he opted in.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Utc};
use groundwork_core::base::text::Language;
use groundwork_core::keys::KdfParams;
use groundwork_core::lock::{
    self, DeviceKeyError, DeviceKeyWrapper, LockKind, LockSecret, LockStatus, UnlockOutcome,
};
use groundwork_core::{ApiError, CheckInInput, DatabaseKey, Groundwork, ManualClock};
use groundwork_tests::{at, open_at, test_key};

// The lock's functions, with their errors as a shell sees them.

fn unlock(dir: &Path, secret: &LockSecret, now: DateTime<Utc>) -> Result<UnlockOutcome, ApiError> {
    Ok(lock::unlock(dir, secret, now, Language::ENGLISH)?)
}

fn lock_status(dir: &Path, now: DateTime<Utc>) -> Result<LockStatus, ApiError> {
    Ok(lock::lock_status(dir, now, Language::ENGLISH)?)
}

fn remove_lock(
    dir: &Path,
    secret: &LockSecret,
    now: DateTime<Utc>,
) -> Result<UnlockOutcome, ApiError> {
    Ok(lock::remove_lock(dir, secret, now, Language::ENGLISH)?)
}

fn change_lock_with(
    dir: &Path,
    old: &LockSecret,
    new: &LockSecret,
    kdf: KdfParams,
    now: DateTime<Utc>,
) -> Result<UnlockOutcome, ApiError> {
    Ok(lock::change_lock_with(
        dir,
        old,
        new,
        kdf,
        now,
        Language::ENGLISH,
    )?)
}

fn set_lock_with(
    dir: &Path,
    key: &DatabaseKey,
    secret: &LockSecret,
    erase_after: Option<u32>,
    kdf: KdfParams,
) -> Result<(), ApiError> {
    Ok(lock::set_lock_with(dir, key, secret, erase_after, kdf)?)
}

/// Cheap Argon2id settings so tests run fast; the real default is `KdfParams::default()`.
fn cheap() -> KdfParams {
    KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    }
}

fn pin(digits: &str) -> LockSecret {
    LockSecret::Pin(digits.to_owned())
}

fn passphrase(text: &str) -> LockSecret {
    LockSecret::Passphrase(text.to_owned())
}

fn t0() -> DateTime<Utc> {
    at("2026-05-01T08:00:00+10:00").to_utc()
}

/// A data directory with a database holding one check-in, locked with PIN 135790.
fn locked_dir(erase_after: Option<u32>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    {
        let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
        g.record_check_in(CheckInInput {
            note: Some("before the lock".into()),
            ..CheckInInput::new(1, 1)
        })
        .expect("record");
    }
    set_lock_with(
        dir.path(),
        &test_key(),
        &pin("135790"),
        erase_after,
        cheap(),
    )
    .expect("set");
    dir
}

fn open_with_key(dir: &Path, key: &DatabaseKey) -> Result<Groundwork, ApiError> {
    Groundwork::open_with(
        dir,
        key,
        Arc::new(ManualClock::new(at("2026-05-01T09:00:00+10:00"))),
    )
}

fn unlocked_key(outcome: UnlockOutcome) -> DatabaseKey {
    match outcome {
        UnlockOutcome::Unlocked { .. } => outcome.into_key().expect("a 32-byte key"),
        other => panic!("expected Unlocked, got {other:?}"),
    }
}

fn database_files_exist(dir: &Path) -> bool {
    groundwork_core::database_path(dir).exists()
}

#[test]
fn setting_a_lock_then_unlocking_gives_the_key_that_opens_the_database() {
    let dir = locked_dir(None);
    let status = lock_status(dir.path(), t0()).expect("status");
    assert_eq!(status.message, None, "nothing to wait for");
    assert!(status.locked);
    assert_eq!(status.kind, Some(LockKind::Pin));
    assert_eq!(status.retry_after, None);

    let key = unlocked_key(unlock(dir.path(), &pin("135790"), t0()).expect("unlock"));
    assert_eq!(key.expose_bytes(), test_key().expose_bytes());
    let g = open_with_key(dir.path(), &key).expect("the unwrapped key opens the database");
    let list = g.recent_check_ins(5).expect("list");
    assert_eq!(list[0].note.as_deref(), Some("before the lock"));
}

#[test]
fn without_a_lock_the_status_says_so_and_unlocking_is_not_found() {
    let dir = tempfile::tempdir().expect("dir");
    let status = lock_status(dir.path(), t0()).expect("status");
    assert!(!status.locked);
    assert_eq!(status.kind, None);
    assert!(matches!(
        unlock(dir.path(), &pin("135790"), t0()),
        Err(ApiError::AppLockNotSet)
    ));
}

#[test]
fn the_lock_file_holds_neither_the_key_nor_the_pin() {
    let dir = locked_dir(None);
    let text = std::fs::read_to_string(lock::lock_file_path(dir.path())).expect("read");
    assert!(!text.contains("135790"), "{text}");
    let key_hex: String = test_key()
        .expose_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert!(!text.to_lowercase().contains(&key_hex));
    // The raw key is 32 bytes of 7; its base64 would start "BwcH".
    assert!(!text.contains("BwcHBwcH"), "{text}");
}

#[test]
fn wrong_pins_wait_longer_and_longer_and_the_wait_survives_a_restart() {
    let dir = locked_dir(None);
    let mut now = t0();
    for _ in 0..3 {
        assert_eq!(
            unlock(dir.path(), &pin("000000"), now).expect("attempt"),
            UnlockOutcome::WrongSecret {
                attempts_left_before_erase: None,
                retry_after: None,
                message: "That didn't match. Take your time and try again.".into(),
            },
            "the first three wrong attempts cost no wait"
        );
    }
    let mut waits = Vec::new();
    for _ in 0..6 {
        match unlock(dir.path(), &pin("000000"), now).expect("attempt") {
            UnlockOutcome::WrongSecret {
                retry_after: Some(retry_after),
                attempts_left_before_erase: None,
                ..
            } => {
                // A restart: nothing in memory, the wait is read back from the lock file.
                let status = lock_status(dir.path(), now).expect("status after restart");
                assert_eq!(status.retry_after, Some(retry_after));
                let message = status
                    .message
                    .expect("a reopened lock screen says why it waits");
                assert!(
                    message.starts_with("Too many tries for now. You can try again in "),
                    "{message}"
                );
                waits.push((retry_after - now).num_seconds());
                now = retry_after;
            }
            other => panic!("expected a wait, got {other:?}"),
        }
    }
    assert_eq!(waits, [30, 60, 300, 900, 3600, 3600]);
    assert!(waits.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn trying_before_the_wait_is_over_is_too_soon_even_with_the_right_pin() {
    let dir = locked_dir(None);
    let now = t0();
    for _ in 0..4 {
        unlock(dir.path(), &pin("000000"), now).expect("wrong attempt");
    }
    let retry_after = now + TimeDelta::seconds(30);
    for secret in ["000000", "135790"] {
        assert_eq!(
            unlock(dir.path(), &pin(secret), now + TimeDelta::seconds(29)).expect("attempt"),
            UnlockOutcome::TooSoon {
                retry_after,
                message: "Too many tries for now. You can try again in less than a minute.".into(),
            }
        );
    }
    // Once the wait is over the right PIN works, and the count starts again.
    unlocked_key(unlock(dir.path(), &pin("135790"), retry_after).expect("unlock"));
    assert_eq!(
        unlock(dir.path(), &pin("000000"), retry_after).expect("attempt"),
        UnlockOutcome::WrongSecret {
            attempts_left_before_erase: None,
            retry_after: None,
            message: "That didn't match. Take your time and try again.".into(),
        }
    );
}

#[test]
fn a_clock_moved_back_never_locks_him_out_longer_than_the_longest_wait() {
    let dir = locked_dir(None);
    let now = t0();
    for _ in 0..4 {
        unlock(dir.path(), &pin("000000"), now).expect("wrong attempt");
    }
    let a_year_earlier = now - TimeDelta::days(365);
    let status = lock_status(dir.path(), a_year_earlier).expect("status");
    let retry_after = status.retry_after.expect("still a wait");
    assert_eq!(retry_after - a_year_earlier, TimeDelta::seconds(30));
    assert_eq!(
        unlock(dir.path(), &pin("135790"), a_year_earlier).expect("attempt"),
        UnlockOutcome::TooSoon {
            retry_after,
            message: "Too many tries for now. You can try again in less than a minute.".into(),
        }
    );
    unlocked_key(unlock(dir.path(), &pin("135790"), retry_after).expect("unlock"));
}

#[test]
fn changing_the_pin_keeps_the_same_database_key_and_the_old_pin_stops_working() {
    let dir = locked_dir(None);
    let now = t0();
    let database_before = std::fs::read(groundwork_core::database_path(dir.path())).expect("db");
    let key = unlocked_key(
        change_lock_with(dir.path(), &pin("135790"), &pin("24680135"), cheap(), now)
            .expect("change"),
    );
    assert_eq!(key.expose_bytes(), test_key().expose_bytes());
    assert_eq!(
        std::fs::read(groundwork_core::database_path(dir.path())).expect("db"),
        database_before,
        "the database is not re-encrypted"
    );
    assert!(matches!(
        unlock(dir.path(), &pin("135790"), now).expect("old pin"),
        UnlockOutcome::WrongSecret { .. }
    ));
    let key = unlocked_key(unlock(dir.path(), &pin("24680135"), now).expect("new pin"));
    open_with_key(dir.path(), &key).expect("the same key still opens the database");

    // And from a PIN to a passphrase.
    change_lock_with(
        dir.path(),
        &pin("24680135"),
        &passphrase("quiet river morning"),
        cheap(),
        now,
    )
    .expect("change kind");
    assert_eq!(
        lock_status(dir.path(), now).expect("status").kind,
        Some(LockKind::Passphrase)
    );
    let key =
        unlocked_key(unlock(dir.path(), &passphrase("quiet river morning"), now).expect("unlock"));
    assert_eq!(key.expose_bytes(), test_key().expose_bytes());
}

#[test]
fn a_wrong_old_pin_when_changing_counts_as_a_wrong_attempt_and_changes_nothing() {
    let dir = locked_dir(None);
    let now = t0();
    for _ in 0..3 {
        unlock(dir.path(), &pin("000000"), now).expect("wrong attempt");
    }
    let outcome = change_lock_with(dir.path(), &pin("111111"), &pin("222222"), cheap(), now)
        .expect("attempt");
    assert_eq!(
        outcome,
        UnlockOutcome::WrongSecret {
            attempts_left_before_erase: None,
            retry_after: Some(now + TimeDelta::seconds(30)),
            message: "That didn't match. Take a breath; you can try again in less than a minute."
                .into(),
        }
    );
    let later = now + TimeDelta::minutes(1);
    assert!(matches!(
        unlock(dir.path(), &pin("222222"), later).expect("attempt"),
        UnlockOutcome::WrongSecret { .. }
    ));
    let later = later + TimeDelta::minutes(2);
    unlocked_key(unlock(dir.path(), &pin("135790"), later).expect("the old pin still works"));
}

#[test]
fn removing_the_lock_returns_the_key_and_leaves_no_lock_file() {
    let dir = locked_dir(None);
    let now = t0();
    assert!(matches!(
        remove_lock(dir.path(), &pin("000000"), now).expect("wrong"),
        UnlockOutcome::WrongSecret { .. }
    ));
    assert!(lock::lock_file_path(dir.path()).exists());
    let key = unlocked_key(remove_lock(dir.path(), &pin("135790"), now).expect("remove"));
    assert_eq!(key.expose_bytes(), test_key().expose_bytes());
    assert!(!lock::lock_file_path(dir.path()).exists());
    assert!(!lock_status(dir.path(), now).expect("status").locked);
    open_with_key(dir.path(), &key).expect("open");
}

#[test]
fn erase_after_n_erases_the_database_files_only_when_opted_in_and_at_the_nth() {
    let dir = locked_dir(Some(5));
    // A temporary lock file left by a crash mid-write is erased too.
    let stray = dir.path().join(".lock-crash.tmp");
    std::fs::copy(lock::lock_file_path(dir.path()), &stray).expect("stray copy");
    let mut now = t0();
    let mut left = Vec::new();
    for _ in 0..4 {
        match unlock(dir.path(), &pin("000000"), now).expect("attempt") {
            UnlockOutcome::WrongSecret {
                attempts_left_before_erase,
                retry_after,
                message,
            } => {
                let left_now = attempts_left_before_erase.expect("opted in");
                let warning = if left_now == 1 {
                    "One more wrong try will erase everything, as you chose.".to_owned()
                } else {
                    format!("{left_now} more wrong tries will erase everything, as you chose.")
                };
                assert!(message.ends_with(&warning), "{message}");
                left.push(attempts_left_before_erase.expect("opted in"));
                now = retry_after.unwrap_or(now);
            }
            other => panic!("expected WrongSecret, got {other:?}"),
        }
        assert!(database_files_exist(dir.path()));
    }
    assert_eq!(left, [4, 3, 2, 1]);
    assert_eq!(
        lock_status(dir.path(), now)
            .expect("status")
            .attempts_left_before_erase,
        Some(1)
    );
    assert_eq!(
        unlock(dir.path(), &pin("000000"), now).expect("last attempt"),
        UnlockOutcome::Erased {
            message: "Everything was erased, as you chose in settings. You can start again \
                      whenever you're ready."
                .into()
        }
    );
    assert!(!database_files_exist(dir.path()));
    assert!(!lock::lock_file_path(dir.path()).exists());
    assert!(!stray.exists());
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.starts_with("groundwork.db")),
        "{names:?}"
    );
    assert!(!lock_status(dir.path(), now).expect("status").locked);
}

#[test]
fn a_right_pin_before_the_nth_resets_the_count_toward_erasing() {
    let dir = locked_dir(Some(5));
    let now = wrong_attempts_waiting_out(dir.path(), 4, t0());
    unlocked_key(unlock(dir.path(), &pin("135790"), now).expect("unlock"));
    assert_eq!(
        unlock(dir.path(), &pin("000000"), now).expect("attempt"),
        UnlockOutcome::WrongSecret {
            attempts_left_before_erase: Some(4),
            retry_after: None,
            message: "That didn't match. Take your time and try again. 4 more wrong tries will \
                      erase everything, as you chose."
                .into(),
        }
    );
    assert!(database_files_exist(dir.path()));
}

#[test]
fn without_the_opt_in_fifty_wrong_attempts_destroy_nothing() {
    let dir = locked_dir(None);
    let mut now = t0();
    for _ in 0..50 {
        match unlock(dir.path(), &pin("000000"), now).expect("attempt") {
            UnlockOutcome::WrongSecret {
                attempts_left_before_erase: None,
                retry_after,
                ..
            } => now = retry_after.unwrap_or(now),
            other => panic!("expected WrongSecret, got {other:?}"),
        }
    }
    assert!(database_files_exist(dir.path()));
    let key = unlocked_key(unlock(dir.path(), &pin("135790"), now).expect("unlock"));
    let g = open_with_key(dir.path(), &key).expect("open");
    assert_eq!(g.recent_check_ins(5).expect("list").len(), 1);
}

#[test]
fn a_damaged_lock_file_is_a_typed_error_and_is_left_as_it_was() {
    let dir = locked_dir(None);
    let path = lock::lock_file_path(dir.path());
    let good = std::fs::read_to_string(&path).expect("read");
    let damaged = [
        String::new(),
        "not json at all".to_owned(),
        good[..good.len() / 2].to_owned(),
        good.replacen("\"version\": 3", "\"version\": 0", 1),
        good.replacen("\"version\": 3", "\"version\": 1", 1),
        good.replacen("\"version\": 3", "\"version\": 2", 1),
        good.replacen(
            "\"wrapped_key\":",
            "\"device_sealed\": true,\n  \"wrapped_key\":",
            1,
        ),
        good.replacen("\"kind\": \"pin\"", "\"kind\": \"fingerprint\"", 1),
        good.replacen("\"memory_kib\": 64", "\"memory_kib\": 4000000000", 1),
        good.replacen("\"salt\": \"", "\"salt\": \"AAAA", 1),
        good.replacen("\"wrapped_key\": \"", "\"wrapped_key\": \"!!", 1),
        "x".repeat(100_000),
    ];
    for text in damaged {
        std::fs::write(&path, &text).expect("damage");
        for result in [
            unlock(dir.path(), &pin("135790"), t0()).map(|_| ()),
            lock_status(dir.path(), t0()).map(|_| ()),
            remove_lock(dir.path(), &pin("135790"), t0()).map(|_| ()),
        ] {
            assert!(
                matches!(result, Err(ApiError::AppLockDamaged)),
                "{result:?}"
            );
        }
        assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
        assert!(database_files_exist(dir.path()));
    }

    std::fs::write(&path, good.replacen("\"version\": 3", "\"version\": 4", 1)).expect("newer");
    let err = unlock(dir.path(), &pin("135790"), t0()).expect_err("newer version");
    assert_eq!(err, ApiError::AppLockTooNew);
    assert!(err.to_string().contains("newer version"), "{err}");
}

#[test]
fn pins_and_passphrases_that_break_the_rules_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("dir");
    let refused = [
        (pin("12345"), "pin"),
        (pin("12345a"), "pin"),
        (pin("123 456"), "pin"),
        (pin("١٢٣٤٥٦"), "pin"),
        (pin(&"1".repeat(65)), "pin"),
        (passphrase("short"), "passphrase"),
        (passphrase("        "), "passphrase"),
    ];
    for (secret, field) in refused {
        let err =
            set_lock_with(dir.path(), &test_key(), &secret, None, cheap()).expect_err("refused");
        assert!(
            matches!(err, ApiError::InvalidInput { field: ref f, .. } if f == field),
            "{err:?}"
        );
        assert!(!lock::lock_file_path(dir.path()).exists());
    }
    for erase_after in [0, 4, 101] {
        let err = set_lock_with(
            dir.path(),
            &test_key(),
            &pin("135790"),
            Some(erase_after),
            cheap(),
        )
        .expect_err("refused");
        assert!(
            matches!(err, ApiError::InvalidInput { ref field, .. } if field == "erase after"),
            "{err:?}"
        );
    }
    assert!(!lock::lock_file_path(dir.path()).exists());
    set_lock_with(dir.path(), &test_key(), &pin("000000"), None, cheap())
        .expect("six digits are enough");
}

#[test]
fn a_malformed_or_wrong_kind_of_secret_is_refused_without_counting_an_attempt() {
    let dir = locked_dir(None);
    let now = t0();
    for _ in 0..3 {
        unlock(dir.path(), &pin("000000"), now).expect("wrong attempt");
    }
    assert!(unlock(dir.path(), &pin("123"), now).is_err());
    assert!(matches!(
        unlock(dir.path(), &passphrase("a long passphrase"), now),
        Err(ApiError::WrongLockKind {
            expected: LockKind::Pin
        })
    ));
    assert_eq!(
        lock_status(dir.path(), now).expect("status").retry_after,
        None
    );
    unlocked_key(unlock(dir.path(), &pin("135790"), now).expect("still the fourth try"));
}

#[test]
fn a_lock_cannot_be_set_twice_or_with_a_key_that_does_not_open_the_database() {
    let dir = locked_dir(None);
    let err = set_lock_with(dir.path(), &test_key(), &pin("999999"), None, cheap())
        .expect_err("already locked");
    assert_eq!(err, ApiError::AppLockAlreadySet);

    let other = tempfile::tempdir().expect("dir");
    drop(open_at(other.path(), "2026-05-01T08:00:00+10:00"));
    let wrong = DatabaseKey::from_bytes(&[9u8; 32]).expect("key");
    let err =
        set_lock_with(other.path(), &wrong, &pin("135790"), None, cheap()).expect_err("wrong key");
    assert_eq!(err, ApiError::WrongKey);
    assert!(!lock::lock_file_path(other.path()).exists());
}

#[test]
fn a_passphrase_typed_in_another_unicode_form_still_unlocks() {
    let dir = tempfile::tempdir().expect("dir");
    let composed = "caf\u{e9} au lait";
    let decomposed = "cafe\u{301} au lait";
    set_lock_with(
        dir.path(),
        &test_key(),
        &passphrase(composed),
        None,
        cheap(),
    )
    .expect("set");
    unlocked_key(unlock(dir.path(), &passphrase(decomposed), t0()).expect("unlock"));
}

#[test]
fn the_erase_opt_in_can_be_turned_on_and_off_with_the_secret() {
    let dir = locked_dir(None);
    let now = t0();
    lock::set_erase_after(dir.path(), &pin("135790"), Some(10), now, Language::ENGLISH)
        .expect("opt in");
    assert_eq!(
        lock_status(dir.path(), now).expect("status").erase_after,
        Some(10)
    );
    assert!(matches!(
        lock::set_erase_after(dir.path(), &pin("000000"), None, now, Language::ENGLISH)
            .expect("wrong"),
        UnlockOutcome::WrongSecret {
            attempts_left_before_erase: Some(9),
            ..
        }
    ));
    lock::set_erase_after(dir.path(), &pin("135790"), None, now, Language::ENGLISH)
        .expect("opt out");
    let status = lock_status(dir.path(), now).expect("status");
    assert_eq!(status.erase_after, None);
    assert_eq!(status.attempts_left_before_erase, None);
}

#[test]
fn secrets_and_keys_never_show_in_debug_output_or_errors() {
    let shown = format!("{:?} {:?}", pin("135790"), passphrase("quiet river"));
    assert!(
        !shown.contains("135790") && !shown.contains("quiet"),
        "{shown}"
    );

    let dir = locked_dir(None);
    let outcome = unlock(dir.path(), &pin("135790"), t0()).expect("unlock");
    let shown = format!("{outcome:?}");
    assert!(
        shown.contains("redacted") && !shown.contains('7'),
        "{shown}"
    );

    let err =
        set_lock_with(dir.path(), &test_key(), &pin("98765x"), None, cheap()).expect_err("refused");
    assert!(!format!("{err} {err:?}").contains("98765"), "{err:?}");
}

#[test]
fn the_lock_screen_asks_for_the_right_kind_of_secret_and_offers_help_before_unlocking() {
    let dir = tempfile::tempdir().expect("dir");
    let data_dir = dir.path().to_string_lossy().into_owned();
    let pin_screen =
        groundwork_core::app_lock_screen(data_dir.clone(), Some(LockKind::Pin), false, None);
    assert_eq!(pin_screen.title, "Groundwork");
    assert_eq!(pin_screen.prompt.as_deref(), Some("Enter your PIN"));
    assert!(pin_screen.numeric_input);
    assert_eq!(pin_screen.unlock_label, "Unlock");
    assert_eq!(pin_screen.help.label, "Help now");
    assert_eq!(
        pin_screen.help.emergency_number, None,
        "no region remembered: no number"
    );

    let passphrase_screen = groundwork_core::app_lock_screen(
        data_dir.clone(),
        Some(LockKind::Passphrase),
        true,
        Some("AU".into()),
    );
    assert_eq!(
        passphrase_screen.prompt.as_deref(),
        Some("Enter your passphrase")
    );
    assert!(!passphrase_screen.numeric_input);
    assert_eq!(
        passphrase_screen.title, "Notes",
        "discreet mode names no app"
    );

    assert_eq!(
        passphrase_screen.help.emergency_number.as_deref(),
        Some("000"),
        "the remembered region's emergency number is one tap away before unlocking"
    );

    let device_screen = groundwork_core::app_lock_screen(data_dir, None, false, None);
    assert_eq!(device_screen.prompt, None);
    assert!(!device_screen.numeric_input);
    assert_eq!(device_screen.help.label, "Help now");
}

#[test]
fn a_longer_wait_is_said_in_minutes_both_after_the_wrong_pin_and_when_trying_too_soon() {
    let dir = locked_dir(None);
    // Waits: none, none, none, 30 s, 1 min, then 5 min after the sixth wrong attempt.
    let now = wrong_attempts_waiting_out(dir.path(), 5, t0());
    match unlock(dir.path(), &pin("000000"), now).expect("sixth attempt") {
        UnlockOutcome::WrongSecret { message, .. } => assert_eq!(
            message,
            "That didn't match. Take a breath; you can try again in 5 minutes."
        ),
        other => panic!("expected WrongSecret, got {other:?}"),
    }
    match unlock(dir.path(), &pin("135790"), now + TimeDelta::seconds(61)).expect("too soon") {
        UnlockOutcome::TooSoon { message, .. } => assert_eq!(
            message,
            "Too many tries for now. You can try again in 4 minutes."
        ),
        other => panic!("expected TooSoon, got {other:?}"),
    }
}

/// `count` wrong PINs, each after the wait the one before it set; returns the time after them.
fn wrong_attempts_waiting_out(dir: &Path, count: usize, start: DateTime<Utc>) -> DateTime<Utc> {
    let mut now = start;
    for _ in 0..count {
        if let UnlockOutcome::WrongSecret {
            retry_after: Some(r),
            ..
        } = unlock(dir, &pin("000000"), now).expect("attempt")
        {
            now = r;
        }
    }
    now
}

/// The lock file with one base64 character of `field`'s value changed to its neighbour, which
/// flips one bit of the decoded bytes.
fn with_one_bit_flipped(text: &str, field: &str) -> String {
    let start = text
        .find(&format!("\"{field}\": \""))
        .expect("field present")
        + field.len()
        + 5;
    let mut bytes = text.as_bytes().to_vec();
    bytes[start + 2] = match bytes[start + 2] {
        b'A' => b'B',
        b'B' => b'A',
        other if other.is_ascii_lowercase() && other != b'z' => other + 1,
        _ => b'A',
    };
    String::from_utf8(bytes).expect("still text")
}

#[test]
fn a_flipped_bit_in_the_wrapped_key_or_nonce_is_damage_and_the_right_pin_never_erases() {
    for field in ["wrapped_key", "nonce", "salt"] {
        let dir = locked_dir(Some(5));
        let path = lock::lock_file_path(dir.path());
        let good = std::fs::read_to_string(&path).expect("read");
        let damaged = with_one_bit_flipped(&good, field);
        assert_ne!(damaged, good);
        std::fs::write(&path, &damaged).expect("damage");
        for _ in 0..7 {
            let err = unlock(dir.path(), &pin("135790"), t0()).expect_err(field);
            assert_eq!(err, ApiError::AppLockDamaged, "{field}");
            assert!(database_files_exist(dir.path()), "{field}");
        }
        assert_eq!(std::fs::read_to_string(&path).expect("read"), damaged);
        let text = ApiError::AppLockDamaged.to_string();
        assert!(
            text.contains("backup") && text.contains("not counted"),
            "{text}"
        );
    }
}

#[test]
fn a_changed_attempt_count_or_erase_setting_is_damage_too() {
    let dir = locked_dir(Some(5));
    let path = lock::lock_file_path(dir.path());
    let good = std::fs::read_to_string(&path).expect("read");
    for damaged in [
        good.replacen("\"failed_attempts\": 0", "\"failed_attempts\": 4", 1),
        good.replacen("\"erase_after\": 5", "\"erase_after\": 7", 1),
    ] {
        assert_ne!(damaged, good);
        std::fs::write(&path, &damaged).expect("damage");
        assert_eq!(
            unlock(dir.path(), &pin("000000"), t0()).expect_err("damaged"),
            ApiError::AppLockDamaged
        );
    }
    std::fs::write(&path, &good).expect("restore");
    unlocked_key(unlock(dir.path(), &pin("135790"), t0()).expect("unlock"));
}

/// A stand-in for a phone's hardware-held key: what one device seals, only that device opens.
struct FakeDevice {
    id: u8,
    refuse_to_seal: std::sync::atomic::AtomicBool,
}

impl FakeDevice {
    fn new(id: u8) -> Self {
        FakeDevice {
            id,
            refuse_to_seal: std::sync::atomic::AtomicBool::new(false),
        }
    }

    fn mask(&self, bytes: &[u8]) -> Vec<u8> {
        bytes
            .iter()
            .enumerate()
            .map(|(i, b)| b ^ self.id.wrapping_mul(31).wrapping_add(i as u8))
            .collect()
    }
}

impl DeviceKeyWrapper for FakeDevice {
    fn seal(&self, bytes: Vec<u8>) -> Result<Vec<u8>, DeviceKeyError> {
        if self
            .refuse_to_seal
            .load(std::sync::atomic::Ordering::SeqCst)
        {
            return Err(DeviceKeyError::Unavailable);
        }
        let mut sealed = vec![self.id];
        sealed.extend(self.mask(&bytes));
        Ok(sealed)
    }

    fn unseal(&self, sealed: Vec<u8>) -> Result<Vec<u8>, DeviceKeyError> {
        match sealed.split_first() {
            Some((id, rest)) if *id == self.id => Ok(self.mask(rest)),
            _ => Err(DeviceKeyError::Unavailable),
        }
    }
}

/// A data directory with a database, locked with PIN 135790 on `device`, erasing after 5.
fn locked_on(device: &FakeDevice) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    drop(open_at(dir.path(), "2026-05-01T08:00:00+10:00"));
    lock::set_lock_on(
        Some(device),
        dir.path(),
        &test_key(),
        &pin("135790"),
        Some(5),
        cheap(),
    )
    .expect("set");
    dir
}

/// Every file of `from` copied into a new folder, as a copy of the phone's files would be.
fn copy_of(from: &Path) -> tempfile::TempDir {
    let to = tempfile::tempdir().expect("dir");
    for entry in std::fs::read_dir(from).expect("list") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), to.path().join(entry.file_name())).expect("copy");
    }
    to
}

#[test]
fn the_right_pin_on_a_copy_of_the_files_on_another_device_is_refused_and_counts_nothing() {
    let phone = FakeDevice::new(1);
    let elsewhere = FakeDevice::new(2);
    let dir = locked_on(&phone);
    let copy = copy_of(dir.path());
    for _ in 0..8 {
        for device in [Some(&elsewhere as &dyn DeviceKeyWrapper), None] {
            assert_eq!(
                ApiError::from(
                    lock::unlock_on(device, copy.path(), &pin("135790"), t0(), Language::ENGLISH)
                        .expect_err("another device")
                ),
                ApiError::AppLockNotForThisDevice
            );
        }
    }
    let status = lock_status(copy.path(), t0()).expect("status");
    assert_eq!(
        status.attempts_left_before_erase,
        Some(5),
        "nothing counted"
    );
    assert_eq!(status.retry_after, None);
    assert!(database_files_exist(copy.path()), "nothing erased");
    assert!(
        ApiError::AppLockNotForThisDevice
            .to_string()
            .contains("not counted")
    );

    // The phone itself opens both.
    for folder in [dir.path(), copy.path()] {
        let key = unlocked_key(
            lock::unlock_on(
                Some(&phone),
                folder,
                &pin("135790"),
                t0(),
                Language::ENGLISH,
            )
            .expect("the phone"),
        );
        open_with_key(folder, &key).expect("opens the database");
    }
}

#[test]
fn on_a_device_the_lock_file_keeps_the_pin_wrapped_key_only_under_the_device_seal() {
    let phone = FakeDevice::new(7);
    let sealed_dir = locked_on(&phone);
    let file: serde_json::Value = serde_json::from_slice(
        &std::fs::read(lock::lock_file_path(sealed_dir.path())).expect("read"),
    )
    .expect("json");
    assert_eq!(file["version"], 3);
    assert_eq!(file["device_sealed"], true);

    // What the device sealed is the very wrapping a file lock would store: take the seal off and
    // it unwraps with the PIN, so the file itself has nothing to try a PIN against.
    let plain_dir = locked_dir(None);
    let plain: serde_json::Value = serde_json::from_slice(
        &std::fs::read(lock::lock_file_path(plain_dir.path())).expect("read"),
    )
    .expect("json");
    assert!(plain.get("device_sealed").is_none());
    let sealed_len = file["wrapped_key"].as_str().expect("text").len();
    let plain_len = plain["wrapped_key"].as_str().expect("text").len();
    assert!(sealed_len > plain_len, "{sealed_len} vs {plain_len}");
}

#[test]
fn a_device_key_that_cannot_seal_leaves_no_lock_or_the_old_lock_as_it_was() {
    let failing = FakeDevice::new(3);
    failing
        .refuse_to_seal
        .store(true, std::sync::atomic::Ordering::SeqCst);
    let dir = tempfile::tempdir().expect("dir");
    drop(open_at(dir.path(), "2026-05-01T08:00:00+10:00"));
    assert_eq!(
        ApiError::from(
            lock::set_lock_on(
                Some(&failing),
                dir.path(),
                &test_key(),
                &pin("135790"),
                None,
                cheap()
            )
            .expect_err("cannot seal")
        ),
        ApiError::DeviceKeyUnavailable
    );
    assert!(
        !lock::lock_file_path(dir.path()).exists(),
        "nothing written"
    );

    // A lock already sealed on this phone, whose key then refuses to seal a new PIN.
    let phone = FakeDevice::new(4);
    let dir = locked_on(&phone);
    let before = std::fs::read(lock::lock_file_path(dir.path())).expect("read");
    phone
        .refuse_to_seal
        .store(true, std::sync::atomic::Ordering::SeqCst);
    assert_eq!(
        ApiError::from(
            lock::change_lock_on(
                Some(&phone),
                dir.path(),
                &pin("135790"),
                &pin("24680135"),
                cheap(),
                t0(),
                Language::ENGLISH,
            )
            .expect_err("cannot seal the new pin")
        ),
        ApiError::DeviceKeyUnavailable
    );
    assert_eq!(
        std::fs::read(lock::lock_file_path(dir.path())).expect("read"),
        before,
        "the old lock is exactly as it was"
    );
    assert!(matches!(
        lock::unlock_on(
            Some(&phone),
            dir.path(),
            &pin("24680135"),
            t0(),
            Language::ENGLISH
        )
        .expect("attempt"),
        UnlockOutcome::WrongSecret { .. }
    ));
    unlocked_key(
        lock::unlock_on(
            Some(&phone),
            dir.path(),
            &pin("135790"),
            t0(),
            Language::ENGLISH,
        )
        .expect("old pin"),
    );
}

/// `lock.json` as the previous format (2) wrote it: the same fields, no device seal, and the
/// check labelled for version 2.
fn as_format_2(text: &str) -> String {
    use base64ct::{Base64, Encoding};
    use sha2::{Digest, Sha256};
    let file: serde_json::Value = serde_json::from_str(text).expect("json");
    let field = |name: &str| serde_json::to_string(&file[name]).expect("json");
    // The fields in the order format 2 wrote them, as its check was computed.
    let fields = format!(
        "{{\"kind\":{},\"kdf\":{{\"memory_kib\":{},\"iterations\":{},\"parallelism\":{}}},\
         \"salt\":{},\"nonce\":{},\"wrapped_key\":{},\"failed_attempts\":{},\
         \"next_attempt_at\":{},\"erase_after\":{}}}",
        field("kind"),
        file["kdf"]["memory_kib"],
        file["kdf"]["iterations"],
        file["kdf"]["parallelism"],
        field("salt"),
        field("nonce"),
        field("wrapped_key"),
        field("failed_attempts"),
        field("next_attempt_at"),
        field("erase_after"),
    );
    let mut hasher = Sha256::new();
    hasher.update(b"groundwork app lock v2\0");
    hasher.update(fields.as_bytes());
    let mut out: serde_json::Value = serde_json::from_str(&fields).expect("json");
    out["version"] = 2.into();
    out["check"] = Base64::encode_string(&hasher.finalize()).into();
    serde_json::to_string_pretty(&out).expect("json")
}

#[test]
fn a_format_2_lock_still_opens_and_the_next_right_pin_on_a_phone_seals_it_to_the_device() {
    let dir = locked_dir(Some(5));
    let path = lock::lock_file_path(dir.path());
    let old = as_format_2(&std::fs::read_to_string(&path).expect("read"));
    std::fs::write(&path, &old).expect("write format 2");
    assert!(
        lock_status(dir.path(), t0())
            .expect("format 2 is read")
            .locked
    );
    // The same file with its check changed is damage, as before.
    let damaged = with_one_bit_flipped(&old, "wrapped_key");
    std::fs::write(&path, &damaged).expect("damage");
    assert_eq!(
        lock_status(dir.path(), t0()).expect_err("damaged"),
        ApiError::AppLockDamaged
    );
    std::fs::write(&path, &old).expect("write format 2");

    let phone = FakeDevice::new(5);
    assert!(matches!(
        lock::unlock_on(
            Some(&phone),
            dir.path(),
            &pin("000000"),
            t0(),
            Language::ENGLISH
        )
        .expect("wrong"),
        UnlockOutcome::WrongSecret { .. }
    ));
    let key = unlocked_key(
        lock::unlock_on(
            Some(&phone),
            dir.path(),
            &pin("135790"),
            t0(),
            Language::ENGLISH,
        )
        .expect("right pin"),
    );
    assert_eq!(key.expose_bytes(), test_key().expose_bytes());
    let now: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
    assert_eq!(now["version"], 3);
    assert_eq!(now["device_sealed"], true, "sealed at the right pin");
    assert_eq!(
        ApiError::from(
            lock::unlock_on(None, dir.path(), &pin("135790"), t0(), Language::ENGLISH)
                .expect_err("now sealed")
        ),
        ApiError::AppLockNotForThisDevice
    );
    unlocked_key(
        lock::unlock_on(
            Some(&phone),
            dir.path(),
            &pin("135790"),
            t0(),
            Language::ENGLISH,
        )
        .expect("the phone"),
    );
}

#[test]
fn the_discreet_lock_screen_and_unlock_prompt_name_nothing_and_the_number_stays_one_tap_away() {
    let dir = tempfile::tempdir().expect("dir");
    let data_dir = dir.path().to_string_lossy().into_owned();
    let screen =
        groundwork_core::app_lock_screen(data_dir, Some(LockKind::Pin), true, Some("AU".into()));
    let texts = groundwork_core::discreet_texts_for(true);
    let shown = [
        screen.title.as_str(),
        screen.help.label.as_str(),
        screen.help.accessibility_label.as_str(),
        texts.unlock_prompt_title.as_str(),
        texts.unlock_prompt_reason.as_str(),
        texts.unlock_prompt_cancel.as_str(),
    ];
    for text in shown {
        let lower = text.to_lowercase();
        for word in ["groundwork", "help", "crisis", "anger", "journal", "feel"] {
            assert!(!lower.contains(word), "{text:?} says {word:?}");
        }
    }
    assert_eq!(screen.help.emergency_number.as_deref(), Some("000"));
    assert_eq!(screen.help.emergency_label.as_deref(), Some("Call 000"));

    let usual = groundwork_core::discreet_texts_for(false);
    assert_eq!(usual.unlock_prompt_title, "Unlock Groundwork");
    assert!(usual.unlock_prompt_reason.contains("fingerprint or face"));
}

#[test]
fn settings_say_how_the_app_opens_and_that_the_phones_pin_does_not() {
    use groundwork_core::lock::UnlockMethodKind;
    let dir = tempfile::tempdir().expect("dir");
    let data_dir = dir.path().to_string_lossy().into_owned();
    let nothing = groundwork_core::app_unlock_method(data_dir.clone(), false).expect("method");
    assert_eq!(nothing.kind, UnlockMethodKind::None);
    assert!(nothing.summary.contains("anyone who can open this phone"));
    assert!(nothing.advice.is_some());

    let biometric = groundwork_core::app_unlock_method(data_dir.clone(), true).expect("method");
    assert_eq!(biometric.kind, UnlockMethodKind::Biometric);
    assert!(biometric.summary.contains("fingerprint or face only"));
    assert!(biometric.summary.contains("phone's PIN does not open it"));

    drop(open_at(dir.path(), "2026-05-01T08:00:00+10:00"));
    set_lock_with(dir.path(), &test_key(), &pin("135790"), None, cheap()).expect("set");
    let app_pin = groundwork_core::app_unlock_method(data_dir, true).expect("method");
    assert_eq!(app_pin.kind, UnlockMethodKind::AppPin);
    assert!(app_pin.summary.contains("its own PIN"));
    assert_eq!(app_pin.advice, None);
}
