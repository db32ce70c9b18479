//! The privacy commands as a script uses them: the app lock, backup and restore, and the report
//! for a counsellor. Secrets come from environment variables named with options, never from
//! arguments.

use std::path::Path;
use std::process::{Command, Output};

/// Runs `groundwork --data-dir DIR ARGS` with the given environment variables set.
fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_groundwork"));
    command
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("run groundwork")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("utf-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("utf-8")
}

fn ok(out: Output) -> Output {
    assert!(out.status.success(), "failed: {}", stderr(&out));
    out
}

#[cfg(unix)]
fn assert_private(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{}", path.display());
}

#[cfg(not(unix))]
fn assert_private(_path: &Path) {}

const PIN: (&str, &str) = ("GW_PIN", "135790");

#[test]
fn an_app_lock_is_set_asked_for_changed_and_removed() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    ok(run(
        d,
        &["journal", "add", "--text", "Before the lock."],
        &[],
    ));
    assert!(d.join("groundwork.key").exists());

    ok(run(
        d,
        &["lock", "set", "--kind", "pin", "--new-secret-env", "GW_PIN"],
        &[PIN],
    ));
    assert!(
        !d.join("groundwork.key").exists(),
        "the lock holds the key now"
    );

    // Without the PIN and no terminal to ask on, nothing opens.
    let asked = run(d, &["home"], &[]);
    assert_eq!(asked.status.code(), Some(2), "{}", stderr(&asked));
    let opened = ok(run(
        d,
        &["--passphrase-env", "GW_PIN", "home", "--json"],
        &[PIN],
    ));
    assert!(stdout(&opened).contains("\"journal_entry_count\": 1"));

    let wrong = run(
        d,
        &["--passphrase-env", "GW_PIN", "home"],
        &[("GW_PIN", "000000")],
    );
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        stderr(&wrong).contains("attempt was counted"),
        "{}",
        stderr(&wrong)
    );
    assert!(!stderr(&wrong).contains("000000"));

    // Letters for a PIN lock are refused before anything is tried.
    let letters = run(
        d,
        &["--passphrase-env", "GW_PIN", "home"],
        &[("GW_PIN", "a passphrase, not a PIN")],
    );
    assert_eq!(letters.status.code(), Some(1));
    assert!(stderr(&letters).contains("digits"), "{}", stderr(&letters));

    ok(run(
        d,
        &[
            "--passphrase-env",
            "GW_PIN",
            "lock",
            "change",
            "--new-secret-env",
            "GW_NEW",
        ],
        &[PIN, ("GW_NEW", "246801")],
    ));
    assert_eq!(
        run(d, &["--passphrase-env", "GW_PIN", "home"], &[PIN])
            .status
            .code(),
        Some(1),
        "the old PIN no longer opens it"
    );
    ok(run(
        d,
        &["--passphrase-env", "GW_NEW", "home"],
        &[("GW_NEW", "246801")],
    ));

    let twice = run(
        d,
        &["lock", "set", "--new-secret-env", "GW_NEW"],
        &[("GW_NEW", "246801")],
    );
    assert!(stderr(&twice).contains("already set"), "{}", stderr(&twice));

    ok(run(
        d,
        &["--passphrase-env", "GW_NEW", "lock", "remove"],
        &[("GW_NEW", "246801")],
    ));
    assert_private(&d.join("groundwork.key"));
    let status = ok(run(d, &["lock", "status"], &[]));
    assert!(
        stdout(&status).contains("No app lock is set."),
        "{}",
        stdout(&status)
    );
    let home = ok(run(d, &["home", "--json"], &[]));
    assert!(stdout(&home).contains("\"journal_entry_count\": 1"));
}

#[test]
fn a_backup_restores_into_a_new_data_directory_and_a_wrong_passphrase_changes_nothing() {
    let from = tempfile::tempdir().expect("dir");
    ok(run(
        from.path(),
        &["journal", "add", "--text", "Worth keeping."],
        &[],
    ));
    let file = from.path().join("backup.age");
    let pass = ("GW_BACKUP", "a long backup passphrase");
    let file_arg = file.to_str().expect("utf-8 path");
    ok(run(
        from.path(),
        &[
            "backup",
            "-o",
            file_arg,
            "--backup-passphrase-env",
            "GW_BACKUP",
        ],
        &[pass],
    ));
    assert_private(&file);
    let bytes = std::fs::read(&file).expect("read backup");
    assert!(bytes.starts_with(b"age-encryption.org/"));
    assert!(!String::from_utf8_lossy(&bytes).contains("Worth keeping"));

    let to = tempfile::tempdir().expect("dir");
    let wrong = run(
        to.path(),
        &["restore", file_arg, "--backup-passphrase-env", "GW_BACKUP"],
        &[("GW_BACKUP", "not the passphrase")],
    );
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        stderr(&wrong).contains("does not open the backup"),
        "{}",
        stderr(&wrong)
    );
    let empty = ok(run(to.path(), &["home", "--json"], &[]));
    assert!(stdout(&empty).contains("\"journal_entry_count\": 0"));

    let restored = ok(run(
        to.path(),
        &["restore", file_arg, "--backup-passphrase-env", "GW_BACKUP"],
        &[pass],
    ));
    assert!(
        stdout(&restored).contains("journal entries 1"),
        "{}",
        stdout(&restored)
    );
    let list = ok(run(to.path(), &["journal", "list", "--json"], &[]));
    assert!(
        stdout(&list).contains("Worth keeping."),
        "{}",
        stdout(&list)
    );

    let again = run(
        to.path(),
        &["restore", file_arg, "--backup-passphrase-env", "GW_BACKUP"],
        &[pass],
    );
    assert!(
        stderr(&again).contains("Merge the backup instead"),
        "{}",
        stderr(&again)
    );
    let merged = ok(run(
        to.path(),
        &[
            "restore",
            file_arg,
            "--merge",
            "--backup-passphrase-env",
            "GW_BACKUP",
        ],
        &[pass],
    ));
    assert!(
        stdout(&merged).contains("Added: check-ins 0, anger moments 0, journal entries 0"),
        "{}",
        stdout(&merged)
    );
}

#[test]
fn a_secret_on_the_command_line_is_not_accepted() {
    let dir = tempfile::tempdir().expect("dir");
    let out = run(
        dir.path(),
        &["backup", "-o", "x.age", "--passphrase", "hunter22"],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let unset = run(
        dir.path(),
        &[
            "backup",
            "-o",
            "x.age",
            "--backup-passphrase-env",
            "GW_UNSET_VAR",
        ],
        &[],
    );
    assert_eq!(unset.status.code(), Some(2));
    assert!(
        stderr(&unset).contains("GW_UNSET_VAR is not set"),
        "{}",
        stderr(&unset)
    );
    assert!(!dir.path().join("x.age").exists());
}

#[test]
fn share_previews_then_writes_a_private_report_with_only_what_was_chosen() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    ok(run(
        d,
        &[
            "checkin",
            "--pleasantness",
            "2",
            "--energy",
            "1",
            "--stress",
            "4",
        ],
        &[],
    ));
    let chosen = ok(run(
        d,
        &[
            "journal",
            "add",
            "--text",
            "Told her <how> I felt.",
            "--json",
        ],
        &[],
    ));
    let chosen: serde_json::Value = serde_json::from_slice(&chosen.stdout).expect("json");
    let id = chosen["id"].as_str().expect("id").to_owned();
    // The day he is living, which before 04:00 is the calendar's yesterday.
    let today = chosen["local_day"].as_str().expect("day").to_owned();
    ok(run(
        d,
        &["journal", "add", "--text", "Not for sharing."],
        &[],
    ));

    let base = ["share", "--from", &today, "--to", &today];
    let preview = ok(run(
        d,
        &[
            &base[..],
            &["--trends", "--entry", &id, "--preview", "--json"],
        ]
        .concat(),
        &[],
    ));
    let preview: serde_json::Value = serde_json::from_slice(&preview.stdout).expect("json");
    assert_eq!(preview["nothing_chosen"], false);
    assert_eq!(preview["sections"][0]["kind"], "trends");
    assert_eq!(
        preview["sections"][1]["items"][0]["detail"],
        "Told her <how> I felt."
    );

    let nothing = ok(run(d, &[&base[..], &["--preview"]].concat(), &[]));
    assert!(
        stdout(&nothing).contains("Nothing chosen yet"),
        "{}",
        stdout(&nothing)
    );
    let refused = run(d, &[&base[..], &["-o", "r.html"]].concat(), &[]);
    assert_eq!(refused.status.code(), Some(1));

    let report = d.join("report.html");
    let report_arg = report.to_str().expect("utf-8 path");
    ok(run(
        d,
        &[&base[..], &["--trends", "--entry", &id, "-o", report_arg]].concat(),
        &[],
    ));
    assert_private(&report);
    let html = std::fs::read_to_string(&report).expect("report");
    assert!(html.contains("Told her &lt;how&gt; I felt."));
    assert!(!html.contains("Not for sharing"));
    assert_eq!(html.matches("<svg").count(), 4);

    let md = d.join("report.md");
    ok(run(
        d,
        &[
            &base[..],
            &["--document", "safety-plan", "--format", "markdown", "-o"],
            &[md.to_str().expect("utf-8 path")],
        ]
        .concat(),
        &[],
    ));
    let md = std::fs::read_to_string(&md).expect("markdown");
    assert!(md.contains("## Living documents"));
    assert!(!md.contains("Told her"));
}
