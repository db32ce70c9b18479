//! The terminal companion as a script would use it: real processes, real exit codes.

use std::path::Path;
use std::process::{Command, Output};

fn groundwork(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run groundwork")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("utf-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("utf-8")
}

fn json(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "failed: {}", stderr(out));
    serde_json::from_slice(&out.stdout).expect("json")
}

#[test]
fn a_check_in_and_a_journal_entry_show_up_in_the_json_models() {
    let dir = tempfile::tempdir().expect("dir");
    let saved = json(&groundwork(
        dir.path(),
        &[
            "checkin",
            "--pleasantness",
            "-2",
            "--energy",
            "3",
            "--emotion",
            "on edge",
            "--word",
            "gutted",
            "--tag",
            "work",
            "--json",
        ],
    ));
    assert_eq!(saved["emotions"][0], "on-edge");
    assert_eq!(saved["own_words"][0], "gutted");
    let list = json(&groundwork(dir.path(), &["checkins", "--json"]));
    assert_eq!(list.as_array().map(Vec::len), Some(1));

    json(&groundwork(
        dir.path(),
        &[
            "journal",
            "add",
            "--text",
            "Walked it off after work.",
            "--json",
        ],
    ));
    let hits = json(&groundwork(
        dir.path(),
        &["journal", "search", "walk", "--json"],
    ));
    assert_eq!(hits.as_array().map(Vec::len), Some(1));
    let home = json(&groundwork(dir.path(), &["home", "--json"]));
    assert_eq!(home["journal_entry_count"], 1);
    assert_eq!(home["last_check_in"]["quadrant"], "unpleasant_high_energy");
}

#[test]
fn bad_input_exits_non_zero_with_a_plain_message_and_saves_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let out = groundwork(
        dir.path(),
        &["checkin", "--pleasantness", "9", "--energy", "0"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("Check how pleasant it feels: choose a value from -5 to 5."),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("pleasantness:"), "{}", stderr(&out));
    let out = groundwork(
        dir.path(),
        &[
            "checkin",
            "--pleasantness",
            "1",
            "--energy",
            "0",
            "--emotion",
            "zzz",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--word"), "{}", stderr(&out));
    assert_eq!(
        json(&groundwork(dir.path(), &["checkins", "--json"]))
            .as_array()
            .map(Vec::len),
        Some(0)
    );
}

#[test]
fn a_passphrase_opens_the_database_and_a_wrong_one_is_refused_plainly() {
    let dir = tempfile::tempdir().expect("dir");
    let run = |pass: &str, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_groundwork"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(["--passphrase-env", "GW_TEST_PASS"])
            .args(args)
            .env("GW_TEST_PASS", pass)
            .output()
            .expect("run")
    };
    assert!(
        run(
            "correct horse battery",
            &["journal", "add", "--text", "private"]
        )
        .status
        .success()
    );
    assert!(
        !dir.path().join("groundwork.key").exists(),
        "no key file in passphrase mode"
    );
    let wrong = run("wrong horse battery", &["home"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        stderr(&wrong).contains("wrong passphrase"),
        "{}",
        stderr(&wrong)
    );
    assert!(
        !stderr(&wrong).contains("hmac"),
        "no SQLCipher noise: {}",
        stderr(&wrong)
    );
    let right = run("correct horse battery", &["home", "--json"]);
    assert!(right.status.success());
    let without = groundwork(dir.path(), &["home"]);
    assert_eq!(
        without.status.code(),
        Some(1),
        "the key file mode does not silently make a new database"
    );
}

#[test]
fn help_now_works_with_no_database_at_all() {
    let dir = tempfile::tempdir().expect("dir");
    let out = groundwork(
        dir.path(),
        &["help-now", "--region", "GB", "--situation", "hurt-someone"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("999"), "{}", stdout(&out));
    assert!(stdout(&out).contains("Respect"), "{}", stdout(&out));
    assert!(
        !dir.path().join("groundwork.db").exists(),
        "help now creates nothing"
    );
    let screen = json(&groundwork(dir.path(), &["help-now", "--json"]));
    assert_eq!(screen["region_source"], "unknown");
}

#[test]
fn help_now_prints_each_lines_hours_and_starts_with_first_steps_when_he_might_hurt_someone() {
    let dir = tempfile::tempdir().expect("dir");
    let out = groundwork(
        dir.path(),
        &["help-now", "--region", "AU", "--situation", "hurt-someone"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("no {needle:?} in {text}"))
    };
    // First steps, then the lines, then his pause plan.
    assert!(at("Right now") < at("1. Leave the room now."), "{text}");
    assert!(at("Don't drive.") < at("Men's Referral Service"), "{text}");
    assert!(at("PANDA") < at("My pause plan"), "{text}");
    // Each line says its hours on the line after its name.
    assert!(text.contains("Lifeline\n  Open 24 hours\n"), "{text}");
    assert!(text.contains("Text 0477 13 11 14"), "{text}");

    let screen = json(&groundwork(
        dir.path(),
        &[
            "help-now",
            "--region",
            "AU",
            "--situation",
            "hurt-someone",
            "--json",
        ],
    ));
    let steps = screen["first_steps"]["steps"].as_array().expect("steps");
    assert!(steps.len() >= 5, "{screen}");
    assert_eq!(screen["pause_plan_first"], true);
    for line in screen["lines"].as_array().expect("lines") {
        let hours = line["hours"].as_str().expect("hours");
        match line["open_now"].as_bool() {
            Some(true) => assert!(hours.starts_with("Open"), "{line}"),
            Some(false) => assert!(hours.starts_with("Closed now, opens "), "{line}"),
            None => assert_eq!(hours, "See the website for hours"),
        }
    }
    let talk = json(&groundwork(
        dir.path(),
        &[
            "help-now",
            "--region",
            "AU",
            "--situation",
            "talk",
            "--json",
        ],
    ));
    assert!(talk["first_steps"].is_null(), "{talk}");
}

#[test]
fn help_now_says_the_hours_in_the_terminals_own_time_zone() {
    // PANDA keeps Sydney hours: 9 am to 7:30 pm on weekdays, to 4 pm on Saturdays. Whatever
    // the day and the season, Perth hears them two or three hours earlier.
    let panda = |zone: &str| {
        let dir = tempfile::tempdir().expect("dir");
        let out = Command::new(env!("CARGO_BIN_EXE_groundwork"))
            .arg("--data-dir")
            .arg(dir.path())
            .args([
                "help-now",
                "--region",
                "AU",
                "--situation",
                "new-dad",
                "--json",
            ])
            .env("TZ", zone)
            .output()
            .expect("run groundwork");
        let screen = json(&out);
        screen["lines"]
            .as_array()
            .expect("lines")
            .iter()
            .find(|l| l["id"] == "au-panda")
            .and_then(|l| l["hours"].as_str())
            .expect("PANDA's hours")
            .to_owned()
    };
    let sydney = panda("Australia/Sydney");
    assert!(
        ["7:30 pm", "4 pm", " 9 am"]
            .iter()
            .any(|t| sydney.ends_with(t)),
        "{sydney}"
    );
    let perth = panda("Australia/Perth");
    assert!(
        ["4:30 pm", "5:30 pm", "1 pm", "2 pm", " 6 am", " 7 am"]
            .iter()
            .any(|t| perth.ends_with(t)),
        "{perth}"
    );
}

#[test]
fn insights_draw_sparklines() {
    let dir = tempfile::tempdir().expect("dir");
    json(&groundwork(
        dir.path(),
        &[
            "checkin",
            "--pleasantness",
            "3",
            "--energy",
            "1",
            "--anger",
            "2",
            "--json",
        ],
    ));
    let out = groundwork(dir.path(), &["insights", "--range", "week"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Pleasantness"), "{text}");
    assert!(
        text.chars().any(|c| ('▁'..='█').contains(&c)),
        "a sparkline: {text}"
    );
}

#[test]
fn erase_needs_yes_and_then_removes_the_database_and_its_key() {
    let dir = tempfile::tempdir().expect("dir");
    json(&groundwork(
        dir.path(),
        &["journal", "add", "--text", "to be erased", "--json"],
    ));
    let refused = groundwork(dir.path(), &["erase"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        dir.path().join("groundwork.db").exists(),
        "nothing erased without --yes"
    );
    let erased = groundwork(dir.path(), &["erase", "--yes"]);
    assert!(erased.status.success(), "{}", stderr(&erased));
    assert!(
        !dir.path().exists(),
        "the files and the emptied folder are gone"
    );
}

#[test]
fn export_writes_a_private_file_in_each_format() {
    let dir = tempfile::tempdir().expect("dir");
    json(&groundwork(
        dir.path(),
        &["journal", "add", "--text", "Kept for myself", "--json"],
    ));
    for (format, needle) in [
        ("json", "\"groundwork-export\""),
        ("markdown", "# Journal"),
        ("csv", "recorded_at"),
    ] {
        let path = dir.path().join(format!("out.{format}"));
        let out = groundwork(
            dir.path(),
            &[
                "export",
                "--format",
                format,
                "-o",
                path.to_str().expect("path"),
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let text = std::fs::read_to_string(&path).expect("written");
        assert!(text.contains(needle), "{format}: {text}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{format}");
        }
    }
}

#[test]
fn help_now_still_shows_when_the_database_cannot_be_opened() {
    let dir = tempfile::tempdir().expect("dir");
    json(&groundwork(
        dir.path(),
        &["journal", "add", "--text", "locked away", "--json"],
    ));
    std::fs::remove_file(dir.path().join("groundwork.key")).expect("lose the key");
    let out = groundwork(dir.path(), &["help-now", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let screen: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let codes: Vec<&str> = screen["regions"]
        .as_array()
        .expect("regions")
        .iter()
        .filter_map(|r| r["code"].as_str())
        .collect();
    assert_eq!(codes, ["AU", "CA", "US", "GB", "NZ", "IE"]);
}

#[test]
fn a_counsellor_code_round_trips_through_the_terminal() {
    let dir = tempfile::tempdir().expect("dir");
    let made = groundwork(
        dir.path(),
        &[
            "recommend",
            "--modules",
            "the-pause-plan,naming-what-you-feel",
            "--from",
            "Sam",
        ],
    );
    assert!(made.status.success(), "{}", stderr(&made));
    let text = stdout(&made);
    let code = text.lines().next().expect("code line").to_owned();
    assert!(text.contains("groundwork://recommend?"), "{text}");
    let link = text.lines().nth(1).expect("link line").to_owned();
    let read = groundwork(dir.path(), &["recommend", "--read", &code.to_lowercase()]);
    assert!(read.status.success(), "{}", stderr(&read));
    assert!(
        stdout(&read).contains("Recommended by S."),
        "{}",
        stdout(&read)
    );
    let read = groundwork(dir.path(), &["recommend", "--read", &link]);
    assert!(
        stdout(&read).contains("Recommended by Sam"),
        "{}",
        stdout(&read)
    );
    let unknown = groundwork(
        dir.path(),
        &["recommend", "--modules", "no-such-module", "--from", "Sam"],
    );
    assert_eq!(unknown.status.code(), Some(1));
}

#[test]
fn a_hard_check_in_names_the_two_questions_and_a_yes_opens_help_now() {
    let dir = tempfile::tempdir().expect("dir");
    let ordinary = groundwork(
        dir.path(),
        &["checkin", "--pleasantness", "1", "--energy", "0"],
    );
    assert!(ordinary.status.success(), "{}", stderr(&ordinary));
    assert!(!stdout(&ordinary).contains("checkins answer"));

    let hard = json(&groundwork(
        dir.path(),
        &[
            "checkin",
            "--pleasantness",
            "0",
            "--energy",
            "2",
            "--stress",
            "9",
            "--json",
        ],
    ));
    let id = hard["id"].as_str().expect("id").to_owned();
    assert_eq!(hard["safety_questions"]["check_in_id"], id.as_str());
    assert!(hard["crisis_answer"].is_null());

    let text = groundwork(
        dir.path(),
        &["checkin", "--pleasantness", "-5", "--energy", "2"],
    );
    assert!(text.status.success(), "{}", stderr(&text));
    assert!(
        stdout(&text).contains("groundwork checkins answer"),
        "{}",
        stdout(&text)
    );

    let no = groundwork(
        dir.path(),
        &[
            "checkins",
            "answer",
            &id,
            "--self-harm",
            "no",
            "--hurt-someone",
            "no",
        ],
    );
    assert!(no.status.success(), "{}", stderr(&no));
    assert!(!stdout(&no).contains("000"), "a no shows no lines");
    let yes = groundwork(dir.path(), &["region", "AU"]);
    assert!(yes.status.success());
    let yes = json(&groundwork(
        dir.path(),
        &["checkins", "answer", &id, "--hurt-someone", "yes", "--json"],
    ));
    assert_eq!(yes["help_now"]["situation"], "hurt-someone");
    let home = json(&groundwork(dir.path(), &["home", "--json"]));
    assert!(!home["safety_card"].is_null(), "a quiet card on home");
}

#[test]
fn words_of_crisis_in_a_new_or_edited_entry_are_saved_as_written_and_help_is_offered() {
    let dir = tempfile::tempdir().expect("dir");
    let words = "Some nights I want to end it all.";
    let saved = json(&groundwork(
        dir.path(),
        &["journal", "add", "--text", words, "--json"],
    ));
    assert_eq!(saved["body"], words);
    assert_eq!(saved["crisis_answer"]["situation"], "self-harm");

    let plain = groundwork(dir.path(), &["journal", "add", "--text", "A good walk."]);
    assert!(plain.status.success());
    assert!(!stdout(&plain).contains("help-now"));
    let list = json(&groundwork(dir.path(), &["journal", "list", "--json"]));
    let id = list["items"][0]["id"].as_str().expect("id").to_owned();
    let edited = groundwork(
        dir.path(),
        &["journal", "edit", &id, "--text", "I want to kill myself."],
    );
    assert!(edited.status.success(), "{}", stderr(&edited));
    assert!(
        stdout(&edited).contains("groundwork help-now"),
        "{}",
        stdout(&edited)
    );
}

#[test]
fn the_data_directory_can_come_from_the_environment() {
    let dir = tempfile::tempdir().expect("dir");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_groundwork"))
            .args(args)
            .env("GROUNDWORK_DATA_DIR", dir.path())
            .output()
            .expect("run")
    };
    assert!(
        run(&["journal", "add", "--text", "Kept here."])
            .status
            .success()
    );
    assert!(dir.path().join("groundwork.db").exists());
    assert!(dir.path().join("groundwork.key").exists());
    let list = run(&["journal", "list", "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&list.stdout).expect("json");
    assert_eq!(list["items"][0]["preview"], "Kept here.");
}

#[test]
fn a_key_file_that_does_not_open_the_database_is_refused_plainly_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    assert!(
        groundwork(dir.path(), &["journal", "add", "--text", "Mine."])
            .status
            .success()
    );
    let key = dir.path().join("groundwork.key");
    let db = dir.path().join("groundwork.db");
    let before = std::fs::read(&db).expect("db");
    // Another well-formed key: 64 hex digits, one of them changed to a different digit.
    let mut bytes = std::fs::read(&key).expect("key");
    bytes[0] = if bytes[0] == b'0' { b'1' } else { b'0' };
    std::fs::write(&key, &bytes).expect("write key");
    let out = groundwork(dir.path(), &["home"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("the key file does not open this database"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("Nothing was changed."));
    assert_eq!(
        std::fs::read(&db).expect("db"),
        before,
        "the database is untouched"
    );
}

#[test]
fn own_prompts_are_added_answered_and_deleted_from_the_terminal() {
    let dir = tempfile::tempdir().expect("dir");
    let help = groundwork(dir.path(), &["journal", "prompts", "--help"]);
    assert!(help.status.success(), "{}", stderr(&help));
    let help = stdout(&help);
    assert!(help.contains("add") && help.contains("delete"), "{help}");

    let saved = json(&groundwork(
        dir.path(),
        &[
            "journal",
            "prompts",
            "add",
            "--text",
            "What did I do well today? 🙂",
            "--json",
        ],
    ));
    let id = saved["id"].as_str().expect("id").to_owned();
    assert!(id.starts_with("own-"), "{id}");
    assert_eq!(saved["text"], "What did I do well today? 🙂");

    let library = json(&groundwork(dir.path(), &["journal", "prompts", "--json"]));
    assert_eq!(library["own"][0]["id"], id.as_str());
    let listed = groundwork(dir.path(), &["journal", "prompts"]);
    assert!(
        stdout(&listed).contains("What did I do well today?"),
        "{}",
        stdout(&listed)
    );

    let entry = json(&groundwork(
        dir.path(),
        &[
            "journal",
            "add",
            "--text",
            "Stayed calm.",
            "--prompt",
            &id,
            "--json",
        ],
    ));
    assert_eq!(entry["prompt_text"], "What did I do well today? 🙂");

    let deleted = groundwork(dir.path(), &["journal", "prompts", "delete", &id]);
    assert!(deleted.status.success(), "{}", stderr(&deleted));
    let library = json(&groundwork(dir.path(), &["journal", "prompts", "--json"]));
    assert_eq!(library["own"].as_array().map(Vec::len), Some(0));
    let kept = json(&groundwork(
        dir.path(),
        &[
            "journal",
            "show",
            entry["id"].as_str().expect("id"),
            "--json",
        ],
    ));
    assert_eq!(
        kept["prompt_text"], "What did I do well today? 🙂",
        "the entry keeps the words"
    );

    let again = groundwork(dir.path(), &["journal", "prompts", "delete", &id]);
    assert!(!again.status.success(), "deleting twice is refused");
    assert!(!stderr(&again).trim().is_empty());
    let empty = groundwork(dir.path(), &["journal", "prompts", "add", "--text", "   "]);
    assert!(!empty.status.success(), "an empty prompt is refused");
    let library = json(&groundwork(dir.path(), &["journal", "prompts", "--json"]));
    assert_eq!(
        library["own"].as_array().map(Vec::len),
        Some(0),
        "nothing was saved"
    );
}

#[test]
fn an_emoji_alone_is_a_search_in_the_terminal() {
    let dir = tempfile::tempdir().expect("dir");
    json(&groundwork(
        dir.path(),
        &["journal", "add", "--text", "Got the job 🎉", "--json"],
    ));
    let hits = json(&groundwork(
        dir.path(),
        &["journal", "search", "🎉", "--json"],
    ));
    assert_eq!(hits.as_array().map(Vec::len), Some(1));
    let out = groundwork(dir.path(), &["journal", "search", "🎉"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("🎉"), "{}", stdout(&out));
}

#[test]
fn the_terminal_prints_the_answer_for_each_situation_with_the_numbers_and_asks_how_he_is_next_time()
{
    let dir = tempfile::tempdir().expect("dir");
    assert!(
        groundwork(dir.path(), &["region", "AU"]).status.success(),
        "region"
    );
    let urgent = groundwork(
        dir.path(),
        &[
            "journal",
            "add",
            "--text",
            "I'm scared I might hit my wife tonight",
        ],
    );
    let text = stdout(&urgent);
    assert!(
        text.contains("STEP AWAY NOW, AND KEEP EVERYONE SAFE"),
        "{text}"
    );
    let emergency = text.find("Call 000").expect("the emergency number");
    let mens_line = text
        .find("Call 1300 766 491")
        .expect("the Men's Referral Service");
    assert!(
        emergency < mens_line,
        "urgent: the emergency number first\n{text}"
    );
    assert!(!text.contains("Thanks for writing that down"), "{text}");

    let being_hurt = json(&groundwork(
        dir.path(),
        &[
            "journal",
            "add",
            "--text",
            "my partner hit me again",
            "--json",
        ],
    ));
    assert_eq!(
        being_hurt["crisis_answer"]["title"],
        "This is not your fault"
    );
    assert_eq!(being_hurt["crisis_answer"]["parts"][0]["kind"], "calls");

    let home = stdout(&groundwork(dir.path(), &["home"]));
    assert!(home.contains("How are you now?"), "{home}");
    let worse = stdout(&groundwork(dir.path(), &["follow-up", "worse"]));
    assert!(
        worse.contains("THIS IS NOT YOUR FAULT"),
        "the same help again\n{worse}"
    );
    let home = stdout(&groundwork(dir.path(), &["home"]));
    assert!(
        !home.contains("How are you now?"),
        "answered: not again\n{home}"
    );
    let off = stdout(&groundwork(dir.path(), &["follow-up", "off"]));
    assert!(off.contains("We won't ask again"), "{off}");
}

#[test]
fn people_lists_the_regions_groups_with_no_database_and_help_now_shows_them_for_talking() {
    let dir = tempfile::tempdir().expect("dir");
    let out = groundwork(dir.path(), &["people", "--region", "GB"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("FIND YOUR PEOPLE (United Kingdom)"),
        "{text}"
    );
    assert!(text.contains("Men's Sheds\n"), "{text}");
    assert!(text.contains("https://menssheds.org.uk"), "{text}");
    assert!(text.contains("Details checked "), "{text}");
    assert!(
        !dir.path().join("groundwork.db").exists(),
        "finding groups creates nothing"
    );

    let card = json(&groundwork(
        dir.path(),
        &["people", "--region", "NZ", "--json"],
    ));
    assert_eq!(card["region_name"], "New Zealand");
    assert_eq!(card["groups"][0]["id"], "nz-menzshed");

    let talk = stdout(&groundwork(
        dir.path(),
        &["help-now", "--region", "GB", "--situation", "talk"],
    ));
    assert!(talk.contains("FIND YOUR PEOPLE"), "{talk}");
    let hurt = stdout(&groundwork(
        dir.path(),
        &["help-now", "--region", "GB", "--situation", "hurt-someone"],
    ));
    assert!(!hurt.contains("FIND YOUR PEOPLE"), "{hurt}");

    let unknown = groundwork(dir.path(), &["people", "--region", "ZZ"]);
    assert!(!unknown.status.success());
}

#[test]
fn the_pause_plan_shows_its_grounding_steps_with_their_seconds_and_the_json_carries_the_cues() {
    let dir = tempfile::tempdir().expect("dir");
    let shown = groundwork(dir.path(), &["plan", "pause-plan"]);
    assert!(shown.status.success(), "{}", stderr(&shown));
    let text = stdout(&shown);
    assert!(
        text.contains("Grounding to go with it, about 89 seconds:"),
        "{text}"
    );
    assert!(
        text.contains("   20 s  Look around you. Name five things you can see."),
        "{text}"
    );
    let doc = json(&groundwork(dir.path(), &["plan", "pause-plan", "--json"]));
    let cues = doc["cues"].as_array().expect("cues");
    assert_eq!(cues.len(), 8, "{doc}");
    assert_eq!(cues.last().expect("a last cue")["pause_after_seconds"], 0);

    let safety = stdout(&groundwork(dir.path(), &["plan", "safety-plan"]));
    assert!(!safety.contains("Grounding"), "{safety}");
}
