//! What the companion does at the edges: erasing for good, a first start on a full disk, damaged
//! or hostile files beside the database, and what other users of the machine could see.

use std::path::Path;
use std::process::{Command, Output, Stdio};

fn command(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_groundwork"));
    command
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("EDITOR")
        .env_remove("VISUAL");
    for (name, value) in env {
        command.env(name, value);
    }
    command
}

fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    command(dir, args, env)
        .stdin(Stdio::null())
        .output()
        .expect("run groundwork")
}

/// Runs with `input` on standard input.
fn run_with_input(dir: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = command(dir, args, &[])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    child.wait_with_output().expect("wait")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn ok(out: Output) -> Output {
    assert!(out.status.success(), "failed: {}", stderr(&out));
    out
}

const PIN: (&str, &str) = ("GW_PIN", "135790");

#[cfg(unix)]
#[test]
fn erase_in_a_folder_whose_name_is_not_utf8_removes_everything_and_the_lock_stays_in_that_folder() {
    use std::os::unix::ffi::OsStrExt;
    let parent = tempfile::tempdir().expect("dir");
    let dir = parent
        .path()
        .join(std::ffi::OsStr::from_bytes(b"groundwork-\xff"));
    let lossy = parent.path().join("groundwork-\u{FFFD}");
    ok(run(
        &dir,
        &["journal", "add", "--text", "Kept, then erased."],
        &[],
    ));
    ok(run(
        &dir,
        &["lock", "set", "--kind", "pin", "--new-secret-env", "GW_PIN"],
        &[PIN],
    ));
    assert!(
        dir.join("lock.json").exists(),
        "the lock is beside the database"
    );
    assert!(!lossy.exists(), "nothing is written to another folder");
    let opened = ok(run(
        &dir,
        &["--passphrase-env", "GW_PIN", "home", "--json"],
        &[PIN],
    ));
    assert!(stdout(&opened).contains("\"journal_entry_count\": 1"));

    let erased = ok(run(&dir, &["erase", "--yes"], &[]));
    assert!(stdout(&erased).contains("erased"), "{}", stdout(&erased));
    assert!(
        !dir.exists(),
        "the database, the lock and the folder are gone"
    );
    assert!(!lossy.exists());
}

#[test]
fn erase_removes_the_installed_pack_the_key_and_the_empty_folder() {
    let parent = tempfile::tempdir().expect("dir");
    let dir = parent.path().join("data");
    ok(run(&dir, &["journal", "add", "--text", "Soon gone."], &[]));
    std::fs::write(dir.join("groundwork.pack"), b"a pack").expect("pack");
    ok(run(&dir, &["erase", "--yes"], &[]));
    assert!(!dir.exists(), "nothing is left behind, not even the folder");
}

#[test]
fn erase_that_cannot_remove_a_file_says_which_and_does_not_claim_success() {
    let dir = tempfile::tempdir().expect("dir");
    ok(run(
        dir.path(),
        &["journal", "add", "--text", "Stays?"],
        &[],
    ));
    let stuck = dir.path().join("groundwork.db-wal");
    std::fs::create_dir(&stuck).expect("a folder where the log would be");
    std::fs::write(stuck.join("x"), b"x").expect("fill");
    let out = run(dir.path(), &["erase", "--yes"], &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("groundwork.db-wal"),
        "{}",
        stderr(&out)
    );
    assert!(!stdout(&out).contains("Everything is erased"));
}

#[test]
fn a_key_file_left_empty_by_a_full_disk_is_a_first_start_not_a_lockout() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("groundwork.key"), b"").expect("empty key");
    ok(run(
        dir.path(),
        &["journal", "add", "--text", "First words."],
        &[],
    ));
    let key = std::fs::read_to_string(dir.path().join("groundwork.key")).expect("key");
    assert_eq!(key.trim().len(), 64, "a whole key was written");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.ends_with(".partial")), "{names:?}");
    ok(run(dir.path(), &["home"], &[]));
}

#[test]
fn passphrase_settings_out_of_range_are_refused_with_a_clear_error_instead_of_aborting() {
    let dir = tempfile::tempdir().expect("dir");
    let passphrase = [("GW_PASS", "a long passphrase")];
    ok(run(
        dir.path(),
        &[
            "--passphrase-env",
            "GW_PASS",
            "journal",
            "add",
            "--text",
            "Kept.",
        ],
        &passphrase,
    ));
    let settings = dir.path().join("groundwork.kdf");
    let good = std::fs::read_to_string(&settings).expect("settings");
    for memory in ["4000000000", "16000000"] {
        std::fs::write(
            &settings,
            good.replace(
                "\"memory_kib\": 65536",
                &format!("\"memory_kib\": {memory}"),
            ),
        )
        .expect("settings");
        let out = run(
            dir.path(),
            &["--passphrase-env", "GW_PASS", "home"],
            &[("GW_PASS", "a long passphrase")],
        );
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains("out of range"), "{}", stderr(&out));
    }
}

#[test]
fn a_database_cut_to_nothing_or_missing_beside_its_key_is_damage_not_a_new_start() {
    let dir = tempfile::tempdir().expect("dir");
    ok(run(
        dir.path(),
        &["journal", "add", "--text", "Worth keeping."],
        &[],
    ));
    let database = dir.path().join("groundwork.db");
    std::fs::write(&database, b"").expect("cut");
    let out = run(dir.path(), &["home"], &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("damaged"), "{}", stderr(&out));
    assert!(stderr(&out).contains("restore"), "{}", stderr(&out));
    assert_eq!(std::fs::metadata(&database).expect("kept").len(), 0);

    std::fs::remove_file(&database).expect("lose it");
    let out = run(dir.path(), &["home"], &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("missing"), "{}", stderr(&out));
    assert!(!database.exists(), "no new database was made");
}

#[test]
fn damage_in_the_database_s_first_page_is_called_damage_not_a_wrong_key() {
    let dir = tempfile::tempdir().expect("dir");
    for n in 0..20 {
        ok(run(
            dir.path(),
            &[
                "journal",
                "add",
                "--text",
                &format!("entry {n} {}", "words ".repeat(200)),
            ],
            &[],
        ));
    }
    let database = dir.path().join("groundwork.db");
    let mut bytes = std::fs::read(&database).expect("read");
    for byte in &mut bytes[1000..1100] {
        *byte ^= 0x55;
    }
    std::fs::write(&database, &bytes).expect("damage");
    let out = run(dir.path(), &["home"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("The database file is damaged"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn journal_text_is_read_from_standard_input_so_it_never_shows_in_the_process_list() {
    let dir = tempfile::tempdir().expect("dir");
    let out = run_with_input(
        dir.path(),
        &["journal", "add", "--json"],
        "Private words, typed not passed.\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Private words, typed not passed."));
    let note = run_with_input(
        dir.path(),
        &[
            "checkin",
            "--pleasantness",
            "1",
            "--energy",
            "1",
            "--note",
            "-",
            "--json",
        ],
        "A note from stdin",
    );
    assert!(note.status.success(), "{}", stderr(&note));
    assert!(stdout(&note).contains("A note from stdin"));
}

#[cfg(unix)]
#[test]
fn an_output_path_that_is_a_symlink_or_a_device_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("dir");
    ok(run(
        dir.path(),
        &["journal", "add", "--text", "To export."],
        &[],
    ));
    let target = dir.path().join("elsewhere.txt");
    std::fs::write(&target, b"not yours to replace").expect("target");
    let link = dir.path().join("export.json");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    for path in [link.as_path(), Path::new("/dev/null")] {
        let out = run(
            dir.path(),
            &[
                "export",
                "--format",
                "json",
                "-o",
                path.to_str().expect("utf-8"),
            ],
            &[],
        );
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("not a regular file"),
            "{}",
            stderr(&out)
        );
    }
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read(&target).expect("target"),
        b"not yours to replace"
    );
    let dev = std::fs::metadata("/dev/null").expect("dev null");
    assert!(!dev.is_file(), "/dev/null is still a device");
}

#[cfg(unix)]
#[test]
fn a_shared_folder_is_refused_as_the_data_directory_and_its_mode_is_left_alone() {
    use std::os::unix::fs::PermissionsExt;
    let shared = tempfile::tempdir().expect("dir");
    std::fs::set_permissions(shared.path(), std::fs::Permissions::from_mode(0o1777))
        .expect("chmod");
    let out = run(shared.path(), &["journal", "add", "--text", "x"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("shared"), "{}", stderr(&out));
    let mode = std::fs::metadata(shared.path())
        .expect("meta")
        .permissions()
        .mode();
    assert_eq!(mode & 0o7777, 0o1777);
    assert!(!shared.path().join("groundwork.db").exists());
}

#[cfg(unix)]
#[test]
fn the_database_its_logs_and_the_folder_are_readable_only_by_their_owner() {
    use std::os::unix::fs::PermissionsExt;
    let parent = tempfile::tempdir().expect("dir");
    let dir = parent.path().join("data");
    ok(run(&dir, &["journal", "add", "--text", "Private."], &[]));
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for entry in std::fs::read_dir(&dir).expect("list") {
        let path = entry.expect("entry").path();
        assert_eq!(mode(&path), 0o600, "{}", path.display());
    }
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_as_formulas_are_escaped() {
    let dir = tempfile::tempdir().expect("dir");
    ok(run(
        dir.path(),
        &[
            "checkin",
            "--pleasantness",
            "-2",
            "--energy",
            "1",
            "--note",
            "=HYPERLINK(\"http://x\")",
            "--word",
            "@home",
        ],
        &[],
    ));
    let out_path = dir.path().join("check-ins.csv");
    ok(run(
        dir.path(),
        &[
            "export",
            "--format",
            "csv",
            "-o",
            out_path.to_str().expect("utf-8"),
        ],
        &[],
    ));
    let csv = std::fs::read_to_string(&out_path).expect("csv");
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(csv.contains("'@home"), "{csv}");
    assert!(csv.contains(",-2,"), "numbers stay numbers: {csv}");
}
