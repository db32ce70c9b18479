//! The interactive companion as a newcomer meets it: `groundwork menu` with his answers piped
//! in, one a line (at a terminal, `groundwork` alone runs the same menu).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs `groundwork --data-dir DIR ARGS` with `stdin` piped in and no locale.
fn run(dir: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_groundwork"));
    command
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("EDITOR")
        .env_remove("VISUAL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("run groundwork");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

/// The menu with `script` as his answers; its output, after checking it ended well.
fn menu(dir: &Path, script: &str) -> String {
    let out = run(dir, &["menu"], script, &[]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        out.status.success(),
        "failed: {}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    json_with(dir, args, &[])
}

/// `json` for a folder with an app lock: its PIN is read from an environment variable.
fn json_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> serde_json::Value {
    let out = run(dir, args, "", env);
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

/// Onboarding from the menu: region AU, the general track, things not hard right now, not
/// discreet, no lock for now.
const ONBOARD_AU: &str = "o\nAU\ngeneral\nn\nn\n\n";

/// A full check-in: the meter, a word from the list and one of his own, anger, stress, sleep,
/// tags and a note.
const FULL_CHECK_IN: &str = "1\n-2\n3\nangry, stretched thin\n6\n7\n5.5\nwork, kids\nlong day\n";

const PIN: &str = "135790";

/// Sets an app lock with [`PIN`], as a script does.
fn set_pin(dir: &Path) {
    let set = run(
        dir,
        &["lock", "set", "--kind", "pin", "--new-secret-env", "GW_PIN"],
        "",
        &[("GW_PIN", PIN)],
    );
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
}

#[test]
fn a_newcomers_first_session_onboards_checks_in_gets_help_sets_a_lock_and_opens_with_it_again() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let first = menu(
        d,
        &format!("{ONBOARD_AU}{FULL_CHECK_IN}h\n\nl\n1\n{PIN}\n{PIN}\nq\n"),
    );
    // Onboarding is on the menu of a first run, with no command to discover.
    assert!(first.contains("New here? Type o"), "{first}");
    assert!(first.contains("[o] Get started"), "{first}");
    let unlocked = |args: &[&str]| {
        let args: Vec<&str> = ["--passphrase-env", "GW_PIN"]
            .iter()
            .chain(args)
            .copied()
            .collect();
        json_with(d, &args, &[("GW_PIN", PIN)])
    };
    let home = unlocked(&["home", "--json"]);
    assert_eq!(home["needs_onboarding"], false, "{home}");
    // The check-in kept every part.
    let check_ins = unlocked(&["checkins", "--json"]);
    let saved = &check_ins[0];
    assert_eq!(
        (saved["pleasantness"].as_i64(), saved["energy"].as_i64()),
        (Some(-2), Some(3))
    );
    assert_eq!(saved["emotions"], serde_json::json!(["angry"]));
    assert_eq!(saved["own_words"], serde_json::json!(["stretched thin"]));
    assert_eq!(
        (saved["anger"].as_i64(), saved["stress"].as_i64()),
        (Some(6), Some(7))
    );
    assert_eq!(saved["hours_slept"].as_f64(), Some(5.5));
    assert_eq!(saved["tags"], serde_json::json!(["kids", "work"]));
    assert_eq!(saved["note"], "long day");
    // Help now knew his region from onboarding.
    assert!(first.contains("HELP NOW"), "{first}");
    assert!(first.contains("Australia"), "his region: {first}");
    assert!(first.contains("000"), "its emergency number: {first}");
    // The lock is set, and the key file is gone.
    assert!(first.contains("App lock set"), "{first}");
    assert!(d.join("lock.json").exists());
    assert!(!d.join("groundwork.key").exists());

    // Reopened: help before unlock knows his region; a wrong PIN asks again; the right one opens.
    let again = menu(d, &format!("h\n\n000000\n{PIN}\nq\n"));
    let before_pin = again
        .split("That didn't match")
        .next()
        .expect("text before the wrong PIN");
    assert!(before_pin.contains("HELP NOW"), "{again}");
    assert!(
        before_pin.contains("Australia"),
        "the remembered region: {again}"
    );
    assert!(
        again.contains("That didn't match. Take your time and try again."),
        "{again}"
    );
    let after = again.split("That didn't match").nth(1).expect("after");
    assert!(after.contains("Enter your PIN"), "asked again: {again}");
    assert!(after.contains("[1] Check in"), "opened: {again}");
}

#[test]
fn while_the_lock_makes_him_wait_it_says_how_long_and_tries_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    set_pin(d);
    // Four wrong tries: the fourth starts a wait. The right PIN typed during it is not tried.
    let out = menu(d, &format!("111111\n222222\n333333\n444444\n{PIN}\nq\n"));
    assert!(
        out.contains("you can try again in less than a minute"),
        "the fourth wrong try says how long: {out}"
    );
    assert!(
        out.contains("Too many tries for now. You can try again in less than a minute."),
        "{out}"
    );
    assert!(out.contains("[Enter] Check again"), "{out}");
    assert!(!out.contains("[1] Check in"), "it did not open: {out}");
    assert_eq!(
        out.matches("Enter your PIN").count(),
        4,
        "no PIN is asked for during the wait: {out}"
    );
}

#[test]
fn an_anger_moment_is_logged_from_the_menu_and_a_bad_intensity_is_asked_again_alone() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let out = menu(
        d,
        "4\nSnapped at the kids\n12\n1, shoulders up\nThey never listen\nRaised my voice\nWalk out for five minutes\ny\nn\n7\nq\n",
    );
    assert!(out.contains("Log an anger moment"), "{out}");
    assert!(out.contains("Saved to your anger log."), "{out}");
    // The core refused 12 in a plain sentence, and only the intensity was asked again.
    assert!(out.contains("Check how strong it was:"), "{out}");
    assert!(!out.contains("intensity:"), "no field names: {out}");
    assert_eq!(out.matches("What happened?").count(), 1, "{out}");
    let list = json(d, &["anger", "list", "--json"]);
    let moment = &list[0];
    assert_eq!(moment["what_happened"], "Snapped at the kids");
    assert_eq!(moment["intensity"].as_i64(), Some(7));
    assert_eq!(moment["body_cues"].as_array().map(Vec::len), Some(2));
    assert_eq!(moment["body_cues"][1], "shoulders up");
    assert_eq!(moment["next_time"], "Walk out for five minutes");
    assert_eq!(
        (
            moment["repair_needed"].as_bool(),
            moment["repair_done"].as_bool()
        ),
        (Some(true), Some(false))
    );
}

#[test]
fn a_check_in_with_too_many_words_asks_for_the_words_again_and_keeps_the_rest() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let out = menu(d, "1\n1\n1\ncalm, tired, proud, flat\n2\n\n\n\n\ncalm\nq\n");
    assert!(
        out.contains("Check the emotion words: pick up to 3 words."),
        "{out}"
    );
    assert!(!out.contains("emotions:"), "no field names: {out}");
    let check_ins = json(d, &["checkins", "--json"]);
    assert_eq!(check_ins.as_array().map(Vec::len), Some(1));
    assert_eq!(check_ins[0]["emotions"], serde_json::json!(["calm"]));
    assert_eq!(
        check_ins[0]["anger"].as_i64(),
        Some(2),
        "kept from the first time"
    );
}

#[test]
fn the_menu_reaches_insights_plans_the_path_and_reminders() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let out = menu(
        d,
        &format!(
            "{ONBOARD_AU}7\nw\n8\n1\n1\nCall my brother\n\n6\n\nr\n1\n20:30\n4\n22:00-07:00\n2\nsunday 19:00\n2\nsomeday\n\nq\n"
        ),
    );
    // Insights, a plan's part filled in, the path as a numbered list, and the reminders saved.
    assert!(out.contains("Saved."), "{out}");
    assert!(out.contains("Call my brother"), "{out}");
    assert!(out.contains(" 1. "), "modules numbered: {out}");
    assert!(out.contains("Daily check-in: 20:30"), "{out}");
    assert!(out.contains("Quiet hours: 22:00-07:00"), "{out}");
    assert!(out.contains("Weekly practice: sunday 19:00"), "{out}");
    assert!(
        out.contains("Type a day and a time like sunday 19:00, or off."),
        "{out}"
    );
    let plans = json(d, &["plan", "--json"]);
    let first = &plans[0];
    assert_eq!(first["fields"][0]["value"], "Call my brother", "{first}");
}

#[test]
fn any_module_on_the_path_opens_by_its_number_and_lesson_headings_are_not_markdown() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let out = menu(d, &format!("{ONBOARD_AU}6\n1\n"));
    assert!(out.contains("──"), "an underlined heading: {out}");
    assert!(!out.contains("## "), "no raw Markdown headings: {out}");
    let progress = json(d, &["progress", "--json"]);
    let first = &progress["phases"][0]["modules"][0];
    assert_ne!(
        first["state"], "not-started",
        "the first module was opened: {first}"
    );
}

#[test]
fn a_counsellors_code_is_read_and_added_to_the_path_from_the_menu() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let made = run(
        d,
        &[
            "recommend",
            "--modules",
            "the-escalation-cycle",
            "--from",
            "Sam",
        ],
        "",
        &[],
    );
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let code = String::from_utf8(made.stdout)
        .expect("utf-8")
        .lines()
        .next()
        .expect("the code")
        .to_owned();
    let out = menu(d, &format!("{ONBOARD_AU}c\n{code}\ny\nq\n"));
    // A typed code carries the initials only; the name travels in the link.
    assert!(out.contains("Recommended by S."), "{out}");
    assert!(out.contains("Added to your path."), "{out}");
    let home = json(d, &["home", "--json"]);
    assert!(
        home["recommendations"]["modules"]
            .as_array()
            .is_some_and(|m| m.iter().any(|m| m["id"] == "the-escalation-cycle")),
        "{home}"
    );
}

#[test]
fn a_mistyped_code_is_explained_without_internal_names() {
    let dir = tempfile::tempdir().expect("dir");
    let out = menu(dir.path(), "c\nABCD-EFGH-JKLM\nq\n");
    assert!(out.contains("Check the recommendation code:"), "{out}");
    assert!(!out.lines().any(|l| l.starts_with("code:")), "{out}");
}

#[test]
fn journal_add_with_empty_standard_input_saves_nothing_and_says_so() {
    let dir = tempfile::tempdir().expect("dir");
    // Standard input is empty and not a terminal: it is read, and nothing is saved.
    let out = run(dir.path(), &["journal", "add"], "", &[]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "Nothing was written, so nothing was saved."
    );
    let list = json(dir.path(), &["journal", "list", "--json"]);
    assert_eq!(list["items"].as_array().map(Vec::len), Some(0), "{list}");
}

#[test]
fn journal_add_reads_the_entry_from_standard_input_when_text_is_left_out() {
    let dir = tempfile::tempdir().expect("dir");
    let out = run(
        dir.path(),
        &["journal", "add"],
        "Took a walk before dinner.\n",
        &[],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = json(dir.path(), &["journal", "list", "--json"]);
    assert_eq!(
        list["items"][0]["preview"], "Took a walk before dinner.",
        "{list}"
    );
}

#[test]
fn help_now_at_the_command_line_with_a_lock_set_knows_the_region_he_chose_without_the_pin() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let region = run(d, &["region", "nz"], "", &[]);
    assert!(
        region.status.success(),
        "{}",
        String::from_utf8_lossy(&region.stderr)
    );
    set_pin(d);
    // No PIN given, no locale: the region comes from the file beside the database.
    let out = run(d, &["help-now"], "", &[]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("New Zealand"), "{text}");
    assert!(text.contains("111"), "its emergency number: {text}");
}
