//! The phone's hardware key handed over once for the whole process (`use_device_key_wrapper`),
//! as the shells do at start: every app lock call made through the FFI then seals with it, and
//! handing `None` back leaves files sealed on the phone unopenable.
//!
//! The wrapper is held for the whole process, so this file is its own test binary with a single
//! test: nothing else in the process can see the wrapper change under it.

use std::sync::Arc;

use groundwork_core::lock::{DeviceKeyError, DeviceKeyWrapper, LockSecret, UnlockOutcome};
use groundwork_core::{ApiError, CheckInInput};
use groundwork_tests::{open_at, test_key};

/// A phone's hardware key: seals by tagging and masking with its id; opens only its own.
struct Phone(u8);

impl DeviceKeyWrapper for Phone {
    fn seal(&self, bytes: Vec<u8>) -> Result<Vec<u8>, DeviceKeyError> {
        let mut sealed = vec![0xA5, self.0];
        sealed.extend(bytes.iter().map(|b| b ^ self.0));
        Ok(sealed)
    }

    fn unseal(&self, sealed: Vec<u8>) -> Result<Vec<u8>, DeviceKeyError> {
        match sealed.as_slice() {
            [0xA5, id, rest @ ..] if *id == self.0 => Ok(rest.iter().map(|b| b ^ self.0).collect()),
            _ => Err(DeviceKeyError::Unavailable),
        }
    }
}

fn pin() -> LockSecret {
    LockSecret::Pin("246810".into())
}

#[test]
fn the_hardware_key_handed_over_at_start_seals_every_lock_and_without_it_the_files_open_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    {
        let (g, _) = open_at(dir.path(), "2026-05-01T08:00:00+10:00");
        g.record_check_in(CheckInInput::new(1, 1)).expect("record");
    }
    let data_dir = dir.path().to_string_lossy().into_owned();

    groundwork_core::use_device_key_wrapper(Some(Arc::new(Phone(9))));
    assert!(groundwork_core::lock::device_key_wrapper().is_some());
    groundwork_core::set_app_lock(
        data_dir.clone(),
        test_key().expose_bytes().to_vec(),
        pin(),
        None,
    )
    .expect("set");
    let file: serde_json::Value = serde_json::from_slice(
        &std::fs::read(groundwork_core::lock::lock_file_path(dir.path())).expect("read"),
    )
    .expect("json");
    assert_eq!(
        file["device_sealed"], true,
        "sealed by the phone handed over"
    );
    let outcome = groundwork_core::unlock_app(data_dir.clone(), pin()).expect("unlock");
    assert!(
        matches!(outcome, UnlockOutcome::Unlocked { .. }),
        "{outcome:?}"
    );

    // The shell hands none (as the terminal companion does): the sealed file opens nothing, and
    // the right PIN is not counted as a wrong one.
    groundwork_core::use_device_key_wrapper(None);
    assert!(groundwork_core::lock::device_key_wrapper().is_none());
    assert_eq!(
        groundwork_core::unlock_app(data_dir.clone(), pin()).expect_err("not this device"),
        ApiError::AppLockNotForThisDevice
    );

    // Handed over again, the phone opens it.
    groundwork_core::use_device_key_wrapper(Some(Arc::new(Phone(9))));
    let outcome = groundwork_core::unlock_app(data_dir, pin()).expect("unlock");
    assert!(matches!(outcome, UnlockOutcome::Unlocked { .. }));
}
