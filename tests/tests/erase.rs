//! Erasing removes every file the app ever wrote: the core's files in the data directory and
//! every file in the folders the app named (its cache, the copies it handed to the share sheet).
//! The folders are named once per process, so this file holds one test.

use groundwork_core::lock::{self, LockSecret, UnlockOutcome};
use groundwork_tests::{cheap_kdf, open_at, test_key};

#[test]
fn every_erase_empties_the_cache_export_and_report_folders_the_app_named() {
    let root = tempfile::tempdir().expect("dir");
    let data = root.path().join("data");
    let cache = root.path().join("cache");
    let exports = root.path().join("cache/shared");
    let reports = root.path().join("reports");
    let elsewhere = root.path().join("not-ours");
    for dir in [&data, &cache, &exports, &reports, &elsewhere] {
        std::fs::create_dir_all(dir).expect("mkdir");
    }
    groundwork_core::use_app_folders(
        [&cache, &reports]
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect(),
    );
    let leave = |into: &std::path::Path| {
        let files = [
            into.join("left-in-cache.tmp"),
            exports.join("groundwork-2026-06-10.json"),
            reports.join("groundwork-report-2026-11-01-to-2026-11-03.html"),
        ];
        for file in &files {
            std::fs::write(file, "what he wrote").expect("write");
        }
        std::fs::write(elsewhere.join("keep.txt"), "not the app's").expect("write");
        files
    };

    // Erase everything, from the open app.
    let files = leave(&cache);
    let (g, _) = open_at(&data, "2026-06-10T21:00:00+10:00");
    g.erase_everything().expect("erase");
    for file in &files {
        assert!(!file.exists(), "{} is gone", file.display());
    }
    assert!(
        elsewhere.join("keep.txt").exists(),
        "nothing else is touched"
    );
    assert!(cache.exists(), "the folders themselves stay");

    // The forgotten-PIN erase, without opening anything.
    let files = leave(&cache);
    groundwork_core::erase_data_dir(data.to_string_lossy().into_owned()).expect("erase");
    for file in &files {
        assert!(!file.exists(), "{} is gone", file.display());
    }

    // Erase-after-N wrong attempts, from the lock screen.
    drop(open_at(&data, "2026-06-10T21:00:00+10:00"));
    lock::set_lock_with(
        &data,
        &test_key(),
        &LockSecret::Pin("135790".into()),
        Some(5),
        cheap_kdf(),
    )
    .expect("lock");
    let files = leave(&cache);
    let mut now = chrono::Utc::now();
    let mut erased = false;
    for _ in 0..5 {
        match lock::unlock(
            &data,
            &LockSecret::Pin("000000".into()),
            now,
            groundwork_core::base::text::Language::ENGLISH,
        )
        .expect("attempt")
        {
            UnlockOutcome::Erased { .. } => erased = true,
            UnlockOutcome::WrongSecret {
                retry_after: Some(at),
                ..
            } => now = at,
            _ => {}
        }
    }
    assert!(erased);
    for file in &files {
        assert!(!file.exists(), "{} is gone", file.display());
    }
    assert!(elsewhere.join("keep.txt").exists());
}
