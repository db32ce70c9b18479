//! The man who arrives in the middle of it, at a terminal: onboarding when things are hard,
//! "Start here if things are heated" (the pause plan the same night, his safety plan), a
//! check-in whose line is led by his words, help now; a commitment ticked off, and a repair
//! marked done.

use std::path::Path;

mod support;
use support::{groundwork, json, text};

/// Walks the pause plan with `lesson --json`, answering each exercise, and returns the last
/// outcome (the completion screen).
fn walk_pause_plan(dir: &Path) -> serde_json::Value {
    let mut step = json(&groundwork(dir, &["lesson", "the-pause-plan", "--json"]));
    for _ in 0..20 {
        if step["type"] != "step" {
            return step;
        }
        let exercise = &step["screen"]["exercise"];
        let answer = match exercise["type"].as_str() {
            Some("breathing") => Some(serde_json::json!({
                "type": "breathing",
                "cycles_done": exercise["cycles"],
            })),
            Some("plan") => {
                let fields: serde_json::Map<String, serde_json::Value> = exercise["fields"]
                    .as_array()
                    .expect("fields")
                    .iter()
                    .map(|f| {
                        (
                            f["id"].as_str().expect("id").to_owned(),
                            "Say I'm taking 30 minutes, walk, come back at 8.".into(),
                        )
                    })
                    .collect();
                Some(serde_json::json!({ "type": "plan", "fields": fields }))
            }
            Some("commitment") => Some(serde_json::json!({
                "type": "commitment",
                "text": "Use the pause once this week",
            })),
            _ => None,
        };
        step = match answer {
            Some(answer) => json(&groundwork(
                dir,
                &[
                    "lesson",
                    "the-pause-plan",
                    "--json",
                    "--answer",
                    &answer.to_string(),
                ],
            )),
            None => json(&groundwork(
                dir,
                &["lesson", "the-pause-plan", "--json", "--next"],
            )),
        };
    }
    panic!("the pause plan did not finish: {step}");
}

#[test]
fn the_heated_first_evening_at_a_terminal() {
    let dir = tempfile::tempdir().expect("dir");
    let home = text(&groundwork(
        dir.path(),
        &["onboard", "--region", "AU", "--things-are-hard"],
    ));
    assert!(
        home.contains("Start here if things are heated (0 of 2 done)"),
        "{home}"
    );
    assert!(
        home.contains("Start: groundwork lesson the-pause-plan"),
        "{home}"
    );
    assert!(
        home.contains("Fill it in: groundwork plan safety-plan"),
        "{home}"
    );

    let done = walk_pause_plan(dir.path());
    assert_eq!(done["type"], "completed", "{done}");
    assert_eq!(done["screen"]["module_id"], "the-pause-plan");

    text(&groundwork(
        dir.path(),
        &[
            "plan",
            "safety-plan",
            "--set",
            "warning-signs=Jaw tight, voice getting louder.",
        ],
    ));
    let path = text(&groundwork(dir.path(), &["start-here"]));
    assert!(
        path.contains("Start here if things are heated (2 of 2 done)"),
        "{path}"
    );
    assert!(
        path.contains("Go through it again: groundwork lesson the-pause-plan"),
        "{path}"
    );
    let paths = json(&groundwork(dir.path(), &["start-here", "--json"]));
    assert_eq!(paths[0]["all_done"], true);

    let saved = text(&groundwork(
        dir.path(),
        &[
            "checkin",
            "--pleasantness",
            "-2",
            "--energy",
            "0",
            "--emotion",
            "stressed",
            "--emotion",
            "tired",
            "--emotion",
            "flat",
        ],
    ));
    assert!(
        saved.starts_with("Saved. Stressed, tired and flat: that's a heavy mix to carry."),
        "{saved}"
    );
    let plain = text(&groundwork(
        dir.path(),
        &["checkin", "--pleasantness", "-3", "--energy", "4"],
    ));
    assert!(
        plain.starts_with("Saved. A tense, wound-up kind of feeling."),
        "{plain}"
    );

    let help = text(&groundwork(
        dir.path(),
        &["help-now", "--situation", "hurt-someone"],
    ));
    assert!(
        help.contains("000"),
        "his region's emergency number: {help}"
    );
}

#[test]
fn a_commitment_is_ticked_off_and_the_weeks_end_question_waits_for_the_weeks_end() {
    let dir = tempfile::tempdir().expect("dir");
    text(&groundwork(dir.path(), &["onboard", "--region", "GB"]));
    walk_pause_plan(dir.path());
    let early = groundwork(dir.path(), &["week-review", "done"]);
    assert_eq!(early.status.code(), Some(2), "nothing to answer yet");
    assert!(String::from_utf8_lossy(&early.stderr).contains("nothing to look back on yet"));
    let card = json(&groundwork(dir.path(), &["commitment", "done", "--json"]));
    assert_eq!(card["state"], "done");
    assert_eq!(card["text"], "Use the pause once this week");
    let home = text(&groundwork(dir.path(), &["home"]));
    assert!(
        home.contains("This week: Use the pause once this week (Done this week)"),
        "{home}"
    );
}

#[test]
fn a_repair_is_marked_done_after_the_fact() {
    let dir = tempfile::tempdir().expect("dir");
    let moment = json(&groundwork(
        dir.path(),
        &[
            "anger",
            "add",
            "--what",
            "Shouted at the kids",
            "--intensity",
            "7",
            "--repair-needed",
            "--json",
        ],
    ));
    let id = moment["id"].as_str().expect("id").to_owned();
    assert_eq!(moment["repair_done"], false);
    let said = text(&groundwork(dir.path(), &["anger", "repair-done", &id]));
    assert_eq!(
        said.trim(),
        groundwork_core::repair_done_message(groundwork_core::base::text::Language::ENGLISH)
    );
    let list = json(&groundwork(dir.path(), &["anger", "list", "--json"]));
    assert_eq!(list[0]["repair_done"], true);

    let calm = json(&groundwork(
        dir.path(),
        &[
            "anger",
            "add",
            "--what",
            "Traffic",
            "--intensity",
            "2",
            "--json",
        ],
    ));
    let refused = groundwork(
        dir.path(),
        &["anger", "repair-done", calm["id"].as_str().expect("id")],
    );
    assert_eq!(refused.status.code(), Some(1));
}
