//! The key is never lost on the way in the terminal companion: removing the app lock saves the key
//! file first and removes the lock only after, so a key file that cannot be written leaves the
//! lock in place and the PIN still opens everything.

use std::path::Path;
use std::process::{Command, Output};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("GW_PIN", "135790")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run groundwork")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("utf-8")
}

#[test]
fn removing_the_lock_when_the_key_file_cannot_be_written_keeps_the_lock_and_the_pin_still_opens_everything()
 {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let added = run(d, &["journal", "add", "--text", "Kept through it all."]);
    assert!(added.status.success(), "{}", text(&added.stderr));
    let set = run(
        d,
        &["lock", "set", "--kind", "pin", "--new-secret-env", "GW_PIN"],
    );
    assert!(set.status.success(), "{}", text(&set.stderr));
    assert!(
        !d.join("groundwork.key").exists(),
        "the key moved into the lock"
    );

    // Something in the key file's place: saving the key there fails.
    std::fs::create_dir(d.join("groundwork.key")).expect("block the key file");
    let removed = run(d, &["--passphrase-env", "GW_PIN", "lock", "remove"]);
    assert_eq!(removed.status.code(), Some(1), "{}", text(&removed.stdout));
    let status = run(d, &["lock", "status"]);
    assert!(
        text(&status.stdout).contains("An app lock is set"),
        "{}",
        text(&status.stdout)
    );
    let list = run(d, &["--passphrase-env", "GW_PIN", "journal", "list"]);
    assert!(list.status.success(), "{}", text(&list.stderr));
    assert!(text(&list.stdout).contains("Kept through it all."));

    // With the way clear, the key is saved first and then the lock goes.
    std::fs::remove_dir(d.join("groundwork.key")).expect("unblock");
    let removed = run(d, &["--passphrase-env", "GW_PIN", "lock", "remove"]);
    assert!(removed.status.success(), "{}", text(&removed.stderr));
    assert!(d.join("groundwork.key").exists());
    let list = run(d, &["journal", "list"]);
    assert!(list.status.success(), "{}", text(&list.stderr));
    assert!(text(&list.stdout).contains("Kept through it all."));
}
