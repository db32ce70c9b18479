//! The counsellor's loop in the terminal companion: a code made, read (with the question at a
//! terminal, the way to add it without one), accepted, a recommended module opened out of
//! order, home showing the plan, and the report with the anger log.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

mod support;
use support::{groundwork, text};

/// What a successful run printed.
fn ok(out: Output) -> String {
    text(&out)
}

/// The code and link for catching it early and naming what you feel, from Sam Wood.
fn made(dir: &Path) -> (String, String) {
    let text = ok(groundwork(
        dir,
        &[
            "recommend",
            "--modules",
            "the-escalation-cycle,naming-what-you-feel",
            "--from",
            "Sam Wood",
            "--note",
            "See you Thursday.",
        ],
    ));
    let mut lines = text.lines();
    let code = lines.next().expect("the code").to_owned();
    let link = lines.next().expect("the link").to_owned();
    (code, link)
}

#[test]
fn a_code_is_ten_characters_for_two_modules_and_its_link_carries_the_name_and_note() {
    let dir = tempfile::tempdir().expect("dir");
    let (code, link) = made(dir.path());
    assert_eq!(code.chars().filter(|c| *c != '-').count(), 10, "{code}");
    assert!(
        link.contains("&from=Sam%20Wood&note=See%20you%20Thursday."),
        "{link}"
    );
    assert!(
        !dir.path().join("groundwork.db").exists(),
        "making a code needs no database"
    );
}

#[test]
fn reading_a_code_without_a_terminal_saves_nothing_and_says_how_to_add_it() {
    let dir = tempfile::tempdir().expect("dir");
    let (code, link) = made(dir.path());
    let typed = code.to_lowercase().replace('-', " ");
    let words: Vec<&str> = typed.split(' ').collect();
    let mut args = vec!["recommend", "--read"];
    args.extend(&words);
    let read = ok(groundwork(dir.path(), &args));
    assert!(read.contains("Recommended by S.W."), "{read}");
    assert!(
        read.contains("Catch it early  [the-escalation-cycle]"),
        "{read}"
    );
    assert!(
        read.contains(&format!(
            "Nothing is saved yet. To add this plan: groundwork recommend --read '{typed}' --accept"
        )),
        "{read}"
    );
    assert!(!dir.path().join("groundwork.db").exists(), "nothing saved");

    let from_link = ok(groundwork(dir.path(), &["recommend", "--read", &link]));
    assert!(from_link.contains("Recommended by Sam Wood"), "{from_link}");
    assert!(from_link.contains("\"See you Thursday.\""), "{from_link}");
    assert!(
        from_link.contains(&format!("groundwork recommend --read '{link}' --accept")),
        "{from_link}"
    );

    let typo = code.replacen(|c: char| c.is_ascii_alphanumeric(), "Z", 1);
    let typo = if typo == code {
        code.replacen('Z', "Y", 1)
    } else {
        typo
    };
    let refused = groundwork(dir.path(), &["recommend", "--read", &typo]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("a character is wrong"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
}

#[test]
fn accepting_a_plan_opens_its_modules_out_of_order_and_home_shows_it() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, link) = made(dir.path());
    ok(groundwork(dir.path(), &["onboard", "--region", "AU"]));
    let locked = ok(groundwork(dir.path(), &["progress"]));
    assert!(
        locked
            .lines()
            .any(|l| l.contains("[the-escalation-cycle]") && l.contains("Opens after")),
        "{locked}"
    );

    let accepted = ok(groundwork(
        dir.path(),
        &["recommend", "--read", &link, "--accept"],
    ));
    assert!(accepted.contains("Added to your plan."), "{accepted}");
    assert!(
        accepted.contains(
            "Recommended by Sam Wood:\n  Catch it early  [the-escalation-cycle]  Not started"
        ),
        "{accepted}"
    );

    let home = ok(groundwork(dir.path(), &["home"]));
    assert!(home.contains("Next: Catch it early"), "{home}");
    assert!(home.contains("Recommended by Sam Wood:"), "{home}");

    let step = ok(groundwork(
        dir.path(),
        &["lesson", "the-escalation-cycle", "--json"],
    ));
    assert!(
        step.contains("\"module_id\": \"the-escalation-cycle\""),
        "{step}"
    );
}

#[test]
fn at_a_terminal_reading_a_code_asks_whether_to_add_it() {
    // `script` gives the companion a terminal; without it there is nothing to test here.
    if Command::new("script").arg("--version").output().is_err() {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let (code, _) = made(dir.path());
    let bin = env!("CARGO_BIN_EXE_groundwork");
    let data = dir.path().join("data");
    let run = |answer: &str| {
        let mut child = Command::new("script")
            .args(["-qec"])
            .arg(format!(
                "{bin} --data-dir {} recommend --read {code}",
                data.display()
            ))
            .arg("/dev/null")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("script runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(answer.as_bytes())
            .expect("answer");
        let out = child.wait_with_output().expect("ends");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let no = run("n\n");
    assert!(no.contains("Add this plan? [y/N]"), "{no}");
    assert!(no.contains("Not added. Nothing was changed."), "{no}");
    assert!(!data.join("groundwork.db").exists(), "nothing saved");
    let yes = run("y\n");
    assert!(yes.contains("Added to your plan."), "{yes}");
    let home = ok(groundwork(&data, &["home"]));
    assert!(home.contains("Recommended by S.W.:"), "{home}");
}

#[test]
fn the_report_holds_the_anger_log_only_when_asked_with_each_days_highest_reading() {
    let dir = tempfile::tempdir().expect("dir");
    ok(groundwork(
        dir.path(),
        &[
            "anger",
            "add",
            "--what",
            "Row about the keys",
            "--intensity",
            "7",
            "--cue",
            "jaw tight",
            "--did",
            "Walked round the block",
            "--repair-needed",
        ],
    ));
    for (p, anger) in [("-2", "8"), ("1", "2")] {
        ok(groundwork(
            dir.path(),
            &[
                "checkin",
                "--pleasantness",
                p,
                "--energy",
                "0",
                "--anger",
                anger,
            ],
        ));
    }
    let list = ok(groundwork(dir.path(), &["checkins", "--json"]));
    let day = list
        .split("\"local_day\": \"")
        .nth(1)
        .and_then(|rest| rest.get(..10))
        .expect("a day")
        .to_owned();
    let span = ["--from", day.as_str(), "--to", day.as_str(), "--trends"];

    let mut args = vec!["share"];
    args.extend(span);
    args.push("--preview");
    let without = ok(groundwork(dir.path(), &args));
    assert!(
        !without.contains("Anger log"),
        "off unless asked: {without}"
    );
    args.push("--anger-log");
    let preview = ok(groundwork(dir.path(), &args));
    assert!(preview.contains("Anger log: 1 moment."), "{preview}");
    assert!(
        preview.contains("What you did: Walked round the block. Putting it right: not yet."),
        "{preview}"
    );

    let file = dir.path().join("report.md");
    let mut args = vec!["share"];
    args.extend(span);
    args.extend(["--anger-log", "--format", "markdown", "-o"]);
    let file_arg = file.to_string_lossy().into_owned();
    args.push(&file_arg);
    ok(groundwork(dir.path(), &args));
    let report = std::fs::read_to_string(&file).expect("report");
    assert!(report.contains("## Anger log"), "{report}");
    assert!(
        report.contains("| 7 of 10 | Walked round the block | Not yet |"),
        "{report}"
    );
    // Two check-ins (8 and 2) and the moment (7): the average 5.7 and the highest 8.
    assert!(report.contains("5.7 (highest 8)"), "{report}");
    assert!(
        !report.contains("keys") && !report.contains("jaw tight"),
        "{report}"
    );
}
