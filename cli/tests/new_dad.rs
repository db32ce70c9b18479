//! The new dad whose due date has passed, on the terminal: home asks whether the baby has
//! arrived (never assumes it), and `baby arrived --date`, `baby not-yet` and `baby lost` answer
//! it; after a loss the new-dad modules stop and the loss lines are shown, and
//! `track resume new-father` picks the track up again when he chooses.

use std::path::Path;

mod support;
use support::{groundwork as run, json, text};

fn day(offset_days: i64) -> String {
    (chrono::Local::now().date_naive() + chrono::Duration::days(offset_days))
        .format("%Y-%m-%d")
        .to_string()
}

/// Onboards on the main path and the new-dad track with a due date ten days ago.
fn past_due(dir: &Path) {
    text(&run(
        dir,
        &[
            "onboard",
            "--region",
            "AU",
            "--tracks",
            "general,new-father",
            "--due",
            &day(-10),
        ],
    ));
}

#[test]
fn home_asks_whether_the_baby_has_arrived_and_not_yet_keeps_the_due_date() {
    let dir = tempfile::tempdir().expect("dir");
    past_due(dir.path());
    let home = text(&run(dir.path(), &["home"]));
    assert!(home.contains("Has your baby arrived?"), "{home}");
    assert!(home.contains("Your due date was"), "{home}");
    assert!(
        home.contains("groundwork baby arrived --date YYYY-MM-DD"),
        "{home}"
    );
    assert!(home.contains("groundwork baby not-yet"), "{home}");
    assert!(home.contains("groundwork baby lost"), "{home}");
    assert!(
        !home.contains("weeks old") && !home.contains("week old"),
        "{home}"
    );
    let model = json(&run(dir.path(), &["home", "--json"]));
    assert_eq!(
        model["baby_card"]["question"]["lost_label"], "We lost our baby",
        "{model}"
    );

    let said = text(&run(dir.path(), &["baby", "not-yet"]));
    assert_eq!(
        said.trim(),
        "Thanks. Nothing changes for now, and you'll be asked again in a few days."
    );
    let home = text(&run(dir.path(), &["home"]));
    assert!(!home.contains("Has your baby arrived?"), "{home}");
    assert!(home.contains("Your due date was"), "{home}");
}

#[test]
fn yes_with_the_date_makes_home_count_the_babys_age() {
    let dir = tempfile::tempdir().expect("dir");
    past_due(dir.path());
    let out = json(&run(
        dir.path(),
        &["baby", "arrived", "--date", &day(-8), "--json"],
    ));
    assert!(out["loss"].is_null());
    let home = json(&run(dir.path(), &["home", "--json"]));
    assert_eq!(
        home["baby_card"]["stage"], "Your baby is 1 week old.",
        "{home}"
    );
    assert!(home["baby_card"]["question"].is_null());
}

#[test]
fn a_loss_stops_the_new_dad_modules_shows_the_loss_lines_and_the_track_is_picked_up_again_only_when_he_chooses()
 {
    let dir = tempfile::tempdir().expect("dir");
    past_due(dir.path());
    let said = text(&run(dir.path(), &["baby", "lost"]));
    assert!(said.starts_with("This is a loss for you too"), "{said}");
    assert!(
        said.contains("it is yours as well as your partner's"),
        "{said}"
    );
    assert!(
        said.contains("The new-dad modules and their reminders have stopped."),
        "{said}"
    );
    assert!(said.contains("Sands support line"), "{said}");
    assert!(said.contains("Call 1300 072 637"), "{said}");
    assert!(said.contains("Call 000"), "{said}");
    assert!(
        said.contains("groundwork help-now --situation baby-loss"),
        "{said}"
    );
    // No pause plan here: this is not the moment for it.
    assert!(!said.contains("pause plan"), "{said}");

    let home = json(&run(dir.path(), &["home", "--json"]));
    assert!(home["baby_card"].is_null(), "{home}");
    assert_ne!(home["next_step"]["module_id"], "becoming-a-dad");
    let progress = text(&run(dir.path(), &["progress"]));
    assert!(
        progress.contains("Paused. You can pick this track up again"),
        "{progress}"
    );
    let refused = run(dir.path(), &["lesson", "becoming-a-dad", "--json"]);
    assert_eq!(refused.status.code(), Some(1));

    let home = text(&run(
        dir.path(),
        &["track", "resume", "new-father", "--due", &day(100)],
    ));
    assert!(home.contains("weeks to the due date."), "{home}");
    assert!(home.contains("groundwork lesson becoming-a-dad"), "{home}");
}

#[test]
fn bad_answers_are_refused_plainly_and_change_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    past_due(dir.path());
    let before = json(&run(dir.path(), &["home", "--json"]));
    let future = day(30);
    let out = run(dir.path(), &["baby", "arrived", "--date", &future]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("birthday"), "{err}");
    assert!(
        !err.contains(&future),
        "no personal value in the error: {err}"
    );
    let out = run(dir.path(), &["track", "resume", "general"]);
    assert_eq!(out.status.code(), Some(1));
    let out = run(dir.path(), &["baby", "maybe"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json(&run(dir.path(), &["home", "--json"])), before);
}

#[test]
fn help_now_lists_the_loss_lines_without_a_database() {
    let dir = tempfile::tempdir().expect("dir");
    let out = text(&run(
        dir.path(),
        &["help-now", "--region", "NZ", "--situation", "baby-loss"],
    ));
    assert!(out.contains("Sands New Zealand"), "{out}");
    assert!(out.contains("https://sands.org.nz"), "{out}");
    let list = text(&run(dir.path(), &["help-now", "--region", "GB"]));
    assert!(list.contains("baby-loss"), "{list}");
    assert!(list.contains("We lost our baby"), "{list}");
}
