//! Running the `groundwork` binary from a test: on its own data folder, with no locale from the
//! machine running the tests, and nothing on standard input. Each test file uses the part it needs.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs `groundwork --data-dir DIR ARGS…` and returns what it printed.
pub fn groundwork(dir: &Path, args: &[&str]) -> Output {
    with_locale(dir, &[], args)
}

/// Runs `groundwork --data-dir DIR ARGS…` with only the locale variables given (`LANG`,
/// `LC_ALL`, `LC_MESSAGES`, `LANGUAGE`), and returns what it printed.
pub fn with_locale(dir: &Path, locale: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_groundwork"));
    command
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .stdin(Stdio::null());
    for (name, value) in locale {
        command.env(name, value);
    }
    command.output().expect("run groundwork")
}

/// What a run printed, after checking it succeeded (its error output is shown if not).
pub fn text(out: &Output) -> String {
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("utf-8")
}

/// What a successful `--json` run printed, parsed.
pub fn json(out: &Output) -> serde_json::Value {
    serde_json::from_str(&text(out)).expect("json")
}
