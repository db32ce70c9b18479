//! The new dad's mood check on the terminal: offered on home about 13 weeks after the birth,
//! asked one question at a time or answered by a script, with help now after hard answers.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn run(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run groundwork");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

/// Onboards on the new-dad track with a baby born `days` days ago.
fn new_dad(dir: &Path, days: i64) {
    let born = (chrono::Local::now().date_naive() - chrono::Duration::days(days))
        .format("%Y-%m-%d")
        .to_string();
    let out = run(
        dir,
        &[
            "onboard",
            "--region",
            "AU",
            "--tracks",
            "general,new-father",
            "--born",
            &born,
        ],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn home_offers_the_check_at_about_three_months_and_a_hard_answer_brings_new_dad_help() {
    let dir = tempfile::tempdir().expect("dir");
    // 100 days: inside the window from 13 weeks whatever the hour (the day ends at 04:00).
    new_dad(dir.path(), 100);
    let home = json(&run(dir.path(), &["home", "--json"], ""));
    assert!(home["dad_mood_card"].is_object(), "{home}");
    let text = String::from_utf8_lossy(&run(dir.path(), &["home"], "").stdout).into_owned();
    assert!(text.contains("groundwork dad-check"), "{text}");

    let check = json(&run(dir.path(), &["dad-check", "--json"], ""));
    let questions = check["questions"].as_array().expect("questions");
    assert_eq!(questions.len(), 3);
    assert_eq!(questions[2]["id"], "temper");
    assert_eq!(questions[0]["choices"][3]["value"], 3);

    // Out of range: refused, and still offered.
    let bad = run(dir.path(), &["dad-check", "--answers", "0,5,0"], "");
    assert!(!bad.status.success());
    assert!(json(&run(dir.path(), &["home", "--json"], ""))["dad_mood_card"].is_object());

    let follow = json(&run(
        dir.path(),
        &["dad-check", "--answers", "2,1,0", "--json"],
        "",
    ));
    assert_eq!(follow["help_now"]["situation"], "new-dad");
    assert_eq!(follow["help_now"]["lines"][0]["id"], "au-panda");
    assert!(json(&run(dir.path(), &["home", "--json"], ""))["dad_mood_card"].is_null());
    let again = run(dir.path(), &["dad-check", "--json"], "");
    assert!(!again.status.success(), "answered: not offered again");
}

#[test]
fn the_check_is_asked_one_question_at_a_time_and_an_easy_answer_brings_no_help_screen() {
    let dir = tempfile::tempdir().expect("dir");
    new_dad(dir.path(), 100);
    // A wrong answer is asked again.
    let out = run(dir.path(), &["dad-check"], "1\n7\n0\n1\n");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("Snapping or losing your temper"), "{text}");
    assert!(text.contains("Type 0, 1, 2 or 3"), "{text}");
    assert!(text.contains("Good on you"), "{text}");
    assert!(!text.contains("PANDA"), "{text}");
    assert!(json(&run(dir.path(), &["home", "--json"], ""))["dad_mood_card"].is_null());
}

#[test]
fn not_now_hides_the_check_and_before_13_weeks_there_is_nothing_to_answer() {
    let dir = tempfile::tempdir().expect("dir");
    new_dad(dir.path(), 100);
    let out = run(dir.path(), &["dad-check", "--not-now"], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(json(&run(dir.path(), &["home", "--json"], ""))["dad_mood_card"].is_null());

    let dir = tempfile::tempdir().expect("dir");
    new_dad(dir.path(), 30);
    assert!(json(&run(dir.path(), &["home", "--json"], ""))["dad_mood_card"].is_null());
    let out = run(dir.path(), &["dad-check", "--answers", "0,0,0"], "");
    assert!(!out.status.success());
}
