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
    assert_eq!(step["type"], "step");
    assert_eq!(step["screen"]["step_index"], 0);
    assert_eq!(step["screen"]["exercise"]["type"], "choice");
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
    assert_eq!(
        again["screen"]["step_index"], 1,
        "it resumes where it was left"
    );
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

/// Onboards on the new-dad track with a baby born eleven weeks ago and walks the track's opening
/// module, so "Co-parenting as a team" (week 10), done together with his partner, is this week's
/// module.
fn new_dad_eleven_weeks_in(dir: &Path) {
    let born = (chrono::Local::now().date_naive() - chrono::Duration::weeks(11))
        .format("%Y-%m-%d")
        .to_string();
    let out = run(
        dir,
        &[
            "onboard",
            "--region",
            "AU",
            "--tracks",
            "new-father",
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
    // The track's opening module comes first; done, this week's module is next.
    for _ in 0..10 {
        let mut out = run(dir, &["lesson", "becoming-a-dad", "--json", "--next"], "");
        if !out.status.success() {
            // The commitment step needs an answer.
            out = run(
                dir,
                &[
                    "lesson",
                    "becoming-a-dad",
                    "--json",
                    "--answer",
                    r#"{"type":"commitment","text":"Ask a dad I respect what surprised him most"}"#,
                ],
                "",
            );
        }
        if json(&out)["type"] != "step" {
            return;
        }
    }
    panic!("the opening module did not finish");
}

#[test]
fn a_partner_module_asks_whether_anyone_at_home_is_afraid_and_the_answer_goes_through_the_core() {
    let dir = tempfile::tempdir().expect("dir");
    new_dad_eleven_weeks_in(dir.path());
    let asked = json(&run(
        dir.path(),
        &["lesson", "co-parenting-as-a-team", "--json"],
        "",
    ));
    assert_eq!(asked["type"], "question");
    assert!(
        asked["screen"]["question"]
            .as_str()
            .expect("question")
            .contains("afraid of you")
    );
    assert_eq!(asked["screen"]["module_id"], "co-parenting-as-a-team");
    assert_eq!(asked["screen"]["choices"][2]["answer"], "not-sure");

    // Going on around the question is refused, saying how to answer it; nothing is saved.
    let refused = run(dir.path(), &["lesson", "--json", "--next"], "");
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--home-safety"));
    let shown: serde_json::Value = serde_json::from_slice(&refused.stdout).expect("json");
    assert_eq!(shown["type"], "question");

    let answered = json(&run(
        dir.path(),
        &[
            "lesson",
            "co-parenting-as-a-team",
            "--json",
            "--home-safety",
            "not-sure",
        ],
        "",
    ));
    assert_eq!(answered["type"], "not-yet");
    assert_eq!(answered["screen"]["help_now"]["situation"], "hurt-someone");
    assert!(
        answered["screen"]["own_work"]
            .as_array()
            .is_some_and(|m| !m.is_empty())
    );
    let closed = json(&run(
        dir.path(),
        &["lesson", "co-parenting-as-a-team", "--json"],
        "",
    ));
    assert_eq!(closed["type"], "not-yet");
    // Not asked again for four weeks: another answer is refused.
    let again = run(
        dir.path(),
        &[
            "lesson",
            "co-parenting-as-a-team",
            "--json",
            "--home-safety",
            "no",
        ],
        "",
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("no question to answer"));

    let export = dir.path().join("export.json");
    let out = run(
        dir.path(),
        &[
            "export",
            "--format",
            "json",
            "-o",
            export.to_str().expect("path"),
        ],
        "",
    );
    assert!(out.status.success());
    let exported: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&export).expect("read")).expect("json");
    let answers = &exported["curriculum"]["home_safety_answers"];
    assert_eq!(answers.as_array().map(Vec::len), Some(1));
    assert_eq!(answers[0]["answer"], "not-sure");
}

#[test]
fn walking_the_next_module_on_the_terminal_asks_first_and_a_no_opens_it() {
    let dir = tempfile::tempdir().expect("dir");
    new_dad_eleven_weeks_in(dir.path());
    // `lesson` with no module walks home's next one: this week's team module. "2" is no.
    let out = run(dir.path(), &["lesson"], "2\n");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("afraid of you"), "{text}");
    assert!(
        text.contains("1. Yes") && text.contains("3. I'm not sure"),
        "{text}"
    );
    assert!(text.contains("Thanks for answering"), "{text}");
    assert!(
        text.contains("Co-parenting as a team · Step 1 of"),
        "{text}"
    );
    let map = json(&run(dir.path(), &["progress", "--json"], ""));
    let module = map["phases"]
        .as_array()
        .expect("phases")
        .iter()
        .flat_map(|p| p["modules"].as_array().expect("modules"))
        .find(|m| m["id"] == "co-parenting-as-a-team")
        .expect("module")
        .clone();
    assert_eq!(module["state"], "in-progress");
    assert_eq!(module["access"]["type"], "open");
}

#[test]
fn onboarding_offers_the_app_lock_and_home_keeps_a_reminder_until_one_is_set() {
    let dir = tempfile::tempdir().expect("dir");
    let out = run(dir.path(), &["onboard", "--region", "AU"], "");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Don't reuse your phone's PIN"), "{text}");
    assert!(text.contains("groundwork lock set --kind pin"), "{text}");
    assert!(
        text.contains("anyone who has your phone unlocked"),
        "{text}"
    );
    assert!(
        !text.contains("fingerprint"),
        "not offered on a terminal: {text}"
    );

    let home = run(dir.path(), &["home"], "");
    assert!(
        String::from_utf8_lossy(&home.stdout).contains("Set a lock: groundwork lock set"),
        "{}",
        String::from_utf8_lossy(&home.stdout)
    );
}

/// A data folder onboarded on the main path in Australia.
fn onboarded_in_australia() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    let out = run(
        dir.path(),
        &["onboard", "--region", "AU", "--tracks", "general"],
        "",
    );
    assert!(out.status.success());
    dir
}

#[test]
fn lesson_json_carries_spoken_text_on_every_step_and_cues_on_the_breathing_step() {
    let dir = onboarded_in_australia();
    let mut step = json(&run(
        dir.path(),
        &["lesson", "the-pause-plan", "--json"],
        "",
    ));
    let mut seen = 0;
    while step["screen"]["exercise"]["type"] != "breathing" {
        let screen = &step["screen"];
        let spoken = screen["spoken"].as_str().expect("spoken text");
        let title = screen["title"].as_str().expect("title");
        assert!(spoken.starts_with(title), "{spoken}");
        assert!(!spoken.contains(['*', '#', '[', ']', '_']), "{spoken}");
        assert_eq!(screen["cues"], serde_json::json!([]));
        seen += 1;
        assert!(seen < 8, "no breathing step");
        step = json(&run(
            dir.path(),
            &["lesson", "the-pause-plan", "--json", "--next"],
            "",
        ));
    }
    let screen = &step["screen"];
    assert!(
        screen["spoken"]
            .as_str()
            .expect("spoken")
            .contains("slow breaths")
    );
    let cues = screen["cues"].as_array().expect("cues");
    let seconds: u64 = cues
        .iter()
        .map(|c| c["pause_after_seconds"].as_u64().expect("seconds"))
        .sum();
    let total = screen["exercise"]["total_seconds"].as_u64().expect("total");
    assert_eq!(seconds, total + 4, "the lead-in, then the breaths");
    assert_eq!(cues[1]["line"], "Breathe in.");
}

#[test]
fn a_breathing_exercise_can_be_followed_on_the_terminal_cue_by_cue() {
    let dir = onboarded_in_australia();
    // Three steps of reading, then g at the breathing step; input ends at the plan after it.
    let out = run(
        dir.path(),
        &["lesson", "the-pause-plan", "--fast"],
        "\n\n\ng\n",
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("g to be guided here at its pace"), "{text}");
    let lines: Vec<&str> = text.lines().collect();
    let breaths = lines.iter().filter(|l| l.ends_with("Breathe in.")).count();
    assert_eq!(breaths, 6, "{text}");
    assert!(lines.contains(&"Last one. Breathe in."), "{text}");
    let first_in = text.find("Breathe in.").expect("breathe in");
    let first_out = text.find("Breathe out.").expect("breathe out");
    let hold = text.find("Hold.").expect("hold");
    assert!(first_in < hold && hold < first_out, "in, hold, out: {text}");
    assert!(text.contains("Notice how your body feels now."));
    // Followed to the end, the breathing counts as done: the plan comes next.
    assert!(text.contains("Build your pause plan"), "{text}");
}
