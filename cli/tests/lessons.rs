//! Modules on the terminal: the path, a lesson walked interactively, and the same models as JSON
//! for scripts.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn run(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("LANG")
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

#[test]
fn onboarding_then_progress_shows_partner_skills_waiting_for_the_me_work() {
    let dir = tempfile::tempdir().expect("dir");
    let out = run(
        dir.path(),
        &["onboard", "--region", "GB", "--tracks", "general"],
        "",
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("groundwork lesson where-you-are-now"));
    let map = json(&run(dir.path(), &["progress", "--json"], ""));
    let partner = map["phases"]
        .as_array()
        .expect("phases")
        .iter()
        .find(|p| p["id"] == "partner-skills")
        .expect("partner phase");
    assert!(partner["locked_reason"].is_string());
    let text = run(dir.path(), &["progress"], "");
    assert!(String::from_utf8_lossy(&text.stdout).contains("○ Where you are now"));
}

#[test]
fn lesson_json_shows_the_step_and_an_answer_moves_it_on() {
    let dir = tempfile::tempdir().expect("dir");
    let step = json(&run(
        dir.path(),
        &["lesson", "where-you-are-now", "--json"],
        "",
    ));
    assert_eq!(step["step_index"], 0);
    assert_eq!(step["exercise"]["type"], "choice");
    let wrong = run(
        dir.path(),
        &[
            "lesson",
            "where-you-are-now",
            "--json",
            "--answer",
            r#"{"type":"scale","value":2}"#,
        ],
        "",
    );
    assert!(!wrong.status.success(), "a wrong kind of answer is refused");
    let next = json(&run(
        dir.path(),
        &[
            "lesson",
            "--json",
            "--answer",
            r#"{"type":"choice","index":1}"#,
        ],
        "",
    ));
    assert_eq!(next["type"], "step");
    assert_eq!(next["screen"]["step_index"], 1);
    let again = json(&run(dir.path(), &["lesson", "--json"], ""));
    assert_eq!(again["step_index"], 1, "it resumes where it was left");
}

#[test]
fn a_whole_module_can_be_walked_on_the_terminal() {
    let dir = tempfile::tempdir().expect("dir");
    // "Where you are now": a choice, a scale (an empty line is asked again: it is required), a
    // reflection, a multiple choice, and a commitment picked by number.
    let input = "2\n\n5\nI feel tired most evenings.\n1,3\n1\n";
    let out = run(dir.path(), &["lesson", "where-you-are-now"], input);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("Step 1 of 5"), "{text}");
    assert!(text.contains("answer this one to go on"), "{text}");
    assert!(text.contains("Module done"), "{text}");
    let map = json(&run(dir.path(), &["progress", "--json"], ""));
    let module = &map["phases"][0]["modules"][0];
    assert_eq!(module["id"], "where-you-are-now");
    assert_eq!(module["state"], "completed");
    let journal = run(dir.path(), &["journal", "list", "--json"], "");
    assert!(String::from_utf8_lossy(&journal.stdout).contains("I feel tired most evenings."));
}
