//! The new dad's mood check, driven as a shell drives it: on the new-father track with the baby's
//! birthday, home offers a short check of his own mood about 13 and 26 weeks after the birth,
//! once each time. Hard answers bring help now at the new-dad lines; easy ones a word of credit.
//! The answers are his: in his backup and export, never in a report for his counsellor.

use chrono::Duration;
use groundwork_core::backup::RestoreMode;
use groundwork_core::curriculum::{
    BabyDate, BabyDateKind, DadMoodFollowUp, HomeSafetyAnswer, OnboardingChoices,
};
use groundwork_core::export::ExportFormat;
use groundwork_core::share::{ShareFormat, ShareSelection};
use groundwork_core::{ApiError, Clock, Groundwork, JournalFilter, ManualClock, Situation};
use groundwork_tests::{at, open_at};

/// The evening of the birth, in Sydney.
const BIRTH: &str = "2026-03-02T19:30:00+11:00";
const BORN: &str = "2026-03-02";

fn onboard(g: &Groundwork, tracks: &[&str], kind: BabyDateKind) {
    g.complete_onboarding(OnboardingChoices {
        region: "AU".into(),
        track_ids: tracks.iter().map(|t| (*t).to_owned()).collect(),
        baby_date: Some(BabyDate {
            kind,
            date: groundwork_tests::day(BORN),
        }),
        discreet_mode: false,
        things_are_hard: false,
    })
    .expect("onboarding");
}

/// A new dad, onboarded on the evening of the birth.
fn new_dad() -> (tempfile::TempDir, Groundwork, std::sync::Arc<ManualClock>) {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), BIRTH);
    onboard(&g, &["general", "new-father"], BabyDateKind::Born);
    (dir, g, clock)
}

/// Moves the clock to the evening `days` days after the birth.
fn day(clock: &ManualClock, days: i64) {
    clock.set(at(BIRTH) + Duration::days(days));
}

fn offered(g: &Groundwork) -> bool {
    let home = g.home_screen().expect("home");
    let card = home.dad_mood_card.is_some();
    assert_eq!(
        card,
        g.dad_mood_check().is_ok(),
        "the card and the check agree"
    );
    card
}

fn invalid_field(err: ApiError) -> String {
    match err {
        ApiError::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

fn export_json(g: &Groundwork) -> serde_json::Value {
    serde_json::from_str(&g.export(ExportFormat::Json).expect("export").contents).expect("json")
}

fn answer(g: &Groundwork, answers: [i32; 3]) -> DadMoodFollowUp {
    g.answer_dad_mood_check(answers.to_vec(), None)
        .expect("answer")
}

#[test]
fn the_check_is_not_offered_before_13_weeks_nor_with_only_a_due_date_nor_off_the_new_dad_track() {
    let (_dir, g, clock) = new_dad();
    for days in [0, 30, 90] {
        day(&clock, days);
        assert!(!offered(&g), "day {days}");
    }
    // 02:00 on the 91st day after the birth is still the 90th day he is living (it ends at 04:00).
    clock.set(at("2026-06-01T02:00:00+10:00"));
    assert_eq!(
        groundwork_core::days::lived_day(clock.now()).to_string(),
        "2026-05-31"
    );
    assert!(!offered(&g));
    assert!(
        g.answer_dad_mood_check(vec![0, 0, 0], None).is_err(),
        "nothing to answer yet"
    );

    // Only a due date: the baby's weeks are counted, but the check waits for a birthday.
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), BIRTH);
    onboard(&g, &["general", "new-father"], BabyDateKind::Due);
    for days in [91, 100, 182] {
        day(&clock, days);
        assert!(!offered(&g), "due date, day {days}");
    }

    // A birthday, but not on the new-dad track.
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), BIRTH);
    onboard(&g, &["general"], BabyDateKind::Born);
    day(&clock, 91);
    assert!(!offered(&g));
}

#[test]
fn at_13_weeks_home_offers_the_check_once_with_the_packs_words() {
    let (_dir, g, clock) = new_dad();
    let texts = g.pack().safety.dad_mood_check.clone();
    day(&clock, 91);
    let card = g
        .home_screen()
        .expect("home")
        .dad_mood_card
        .expect("offered at 13 weeks");
    assert_eq!(card.title, texts.card_title);
    assert_eq!(card.message, texts.card_message);
    assert_eq!(card.start_label, texts.start_label);
    assert_eq!(card.not_now_label, texts.not_now_label);

    let check = g.dad_mood_check().expect("the check");
    assert_eq!(check.intro, texts.intro);
    assert_eq!(check.stem, texts.stem);
    let questions: Vec<(&str, &str)> = check
        .questions
        .iter()
        .map(|q| (q.id.as_str(), q.text.as_str()))
        .collect();
    assert_eq!(
        questions,
        [
            ("interest", texts.interest.as_str()),
            ("down", texts.down.as_str()),
            ("temper", texts.temper.as_str()),
        ]
    );
    for q in &check.questions {
        let choices: Vec<(i32, &str)> = q
            .choices
            .iter()
            .map(|c| (c.value, c.label.as_str()))
            .collect();
        assert_eq!(
            choices,
            [
                (0, "Not at all"),
                (1, "Several days"),
                (2, "More than half the days"),
                (3, "Nearly every day"),
            ]
        );
    }

    answer(&g, [0, 1, 0]);
    assert!(!offered(&g), "answered: not offered again");
    for days in [92, 110, 118] {
        day(&clock, days);
        assert!(!offered(&g), "same window, day {days}");
    }
    assert_eq!(
        invalid_field(
            g.answer_dad_mood_check(vec![3, 3, 3], None)
                .expect_err("answered already")
        ),
        "answers"
    );
    assert_eq!(
        export_json(&g)["curriculum"]["dad_mood_checks"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

#[test]
fn not_now_hides_the_card_for_that_window_and_it_comes_back_at_26_weeks() {
    let (_dir, g, clock) = new_dad();
    day(&clock, 95);
    assert!(offered(&g));
    let home = g.skip_dad_mood_check().expect("not now");
    assert!(home.dad_mood_card.is_none(), "hidden straight away");
    for days in [96, 118, 119, 150, 181] {
        day(&clock, days);
        assert!(!offered(&g), "day {days}");
    }
    // 26 weeks after the birth: offered again, for four weeks.
    day(&clock, 182);
    assert!(offered(&g));
    day(&clock, 209);
    assert!(offered(&g));
    day(&clock, 210);
    assert!(!offered(&g), "the window closed unanswered");
    // Put off, then not answered: the export says so.
    let checks = &export_json(&g)["curriculum"]["dad_mood_checks"];
    assert_eq!(checks.as_array().map(Vec::len), Some(1));
    assert_eq!(checks[0]["window_week"], 13);
    assert_eq!(checks[0]["answers"], serde_json::Value::Null);
}

#[test]
fn the_window_at_26_weeks_is_offered_once_even_after_the_first_was_answered() {
    let (_dir, g, clock) = new_dad();
    day(&clock, 100);
    answer(&g, [0, 0, 0]);
    day(&clock, 190);
    assert!(offered(&g));
    answer(&g, [1, 0, 1]);
    assert!(!offered(&g));
    day(&clock, 400);
    assert!(!offered(&g), "only at about 3 and 6 months");
    let checks = &export_json(&g)["curriculum"]["dad_mood_checks"];
    let windows: Vec<i64> = checks
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|c| c["window_week"].as_i64())
        .collect();
    assert_eq!(windows, [13, 26]);
    assert_eq!(
        checks[1]["answers"],
        serde_json::json!({ "interest": 1, "down": 0, "temper": 1 })
    );
}

/// The id of the region's first perinatal line in the pack.
fn perinatal_line(g: &Groundwork, region: &str) -> String {
    g.pack()
        .helplines
        .iter()
        .find(|r| r.code == region)
        .and_then(|r| {
            r.lines
                .iter()
                .find(|l| l.kinds.contains(&groundwork_pack::HelplineKind::Perinatal))
        })
        .map(|l| l.id.clone())
        .expect("a perinatal line")
}

fn assert_help_at_new_dad(g: &Groundwork, follow: &DadMoodFollowUp) {
    let texts = g.pack().safety.dad_mood_check.clone();
    assert_eq!(follow.message, texts.hard);
    assert_eq!(
        follow.message,
        "Lots of new dads feel this. It's common and it gets better with support."
    );
    assert_eq!(follow.next, texts.hard_next);
    assert!(follow.next.contains("doctor"));
    let help = follow.help_now.as_ref().expect("help now");
    assert_eq!(help.situation, Some(Situation::NewDad));
    assert_eq!(help.region.as_ref().map(|r| r.code.as_str()), Some("AU"));
    assert!(help.emergency.is_some(), "the emergency number, always");
    assert_eq!(
        help.lines.first().map(|l| l.id.clone()),
        Some(perinatal_line(g, "AU")),
        "the region's perinatal line first"
    );
}

#[test]
fn a_phq2_score_of_3_or_more_brings_help_now_at_new_dad_with_the_regions_perinatal_line_first() {
    for answers in [[1, 2, 0], [2, 1, 1], [3, 3, 0], [0, 3, 0]] {
        let (_dir, g, clock) = new_dad();
        day(&clock, 91);
        let follow = answer(&g, answers);
        assert_help_at_new_dad(&g, &follow);
        assert!(!offered(&g));
    }
}

#[test]
fn losing_his_temper_more_than_half_the_days_alone_brings_help_too() {
    for temper in [2, 3] {
        let (_dir, g, clock) = new_dad();
        day(&clock, 91);
        let follow = answer(&g, [0, 0, temper]);
        assert_help_at_new_dad(&g, &follow);
    }
}

#[test]
fn an_easy_answer_gives_credit_a_pointer_to_his_plan_and_no_help_screen() {
    for answers in [[0, 0, 0], [1, 1, 1], [2, 0, 1], [0, 2, 0]] {
        let (_dir, g, clock) = new_dad();
        let texts = g.pack().safety.dad_mood_check.clone();
        day(&clock, 91);
        let follow = answer(&g, answers);
        assert_eq!(follow.message, texts.easy, "{answers:?}");
        assert_eq!(follow.next, texts.easy_next);
        assert_eq!(follow.done_label, texts.done_label);
        assert!(follow.help_now.is_none(), "{answers:?}");
    }
}

#[test]
fn answers_survive_a_backup_are_in_the_export_and_never_in_a_counsellor_report() {
    let (_dir, g, clock) = new_dad();
    let texts = g.pack().safety.dad_mood_check.clone();
    day(&clock, 91);
    g.add_journal_entry("Took the baby for a walk at dawn.".into())
        .expect("entry");
    g.record_check_in(groundwork_core::CheckInInput::new(1, -1))
        .expect("check-in");
    answer(&g, [2, 2, 3]);
    let answered_on = groundwork_core::days::lived_day(clock.now()).to_string();

    let export = export_json(&g);
    let checks = &export["curriculum"]["dad_mood_checks"];
    assert_eq!(checks.as_array().map(Vec::len), Some(1));
    assert_eq!(checks[0]["window_week"], 13);
    assert_eq!(checks[0]["baby_born"], BORN);
    assert_eq!(checks[0]["local_day"], answered_on.as_str());
    assert_eq!(
        checks[0]["answers"],
        serde_json::json!({ "interest": 2, "down": 2, "temper": 3 })
    );

    // Back from a backup on a new phone: the same answers, so not offered again.
    let file = g
        .backup_with_work_factor("correct horse battery", 2)
        .expect("backup");
    let new_dir = tempfile::tempdir().expect("dir");
    let (restored, new_clock) = open_at(new_dir.path(), BIRTH);
    new_clock.set(clock.now());
    let summary = restored
        .restore_backup(
            &file.contents,
            "correct horse battery",
            RestoreMode::ReplaceEmpty,
        )
        .expect("restore");
    assert_eq!(summary.added.dad_mood_checks, 1);
    assert_eq!(
        export_json(&restored)["curriculum"]["dad_mood_checks"],
        *checks
    );
    assert!(!offered(&restored));

    // A report with everything he could choose holds none of it.
    let entries: Vec<uuid::Uuid> = g
        .journal_page(JournalFilter::default(), None, 100)
        .expect("journal")
        .items
        .into_iter()
        .map(|i| i.id)
        .collect();
    let everything = ShareSelection {
        from_day: groundwork_tests::day(BORN),
        to_day: groundwork_tests::day(&answered_on),
        include_trends: true,
        journal_entry_ids: entries,
        include_completed_modules: true,
        living_document_ids: Vec::new(),
        include_anger_log: false,
    };
    let preview = format!(
        "{:?}",
        g.share_preview(everything.clone()).expect("preview")
    );
    for format in [ShareFormat::Html, ShareFormat::Markdown] {
        let report = g
            .share_report(everything.clone(), format)
            .expect("report")
            .contents;
        assert!(
            report.contains("Took the baby for a walk"),
            "it has content"
        );
        for shown in [&report, &preview] {
            let lower = shown.to_lowercase();
            for never in [
                "mood check",
                "dad_mood",
                "phq",
                "temper",
                texts.intro.as_str(),
                texts.interest.as_str(),
                texts.down.as_str(),
                texts.temper.as_str(),
                texts.hard.as_str(),
                texts.card_title.as_str(),
                "nearly every day",
                "more than half the days",
            ] {
                assert!(
                    !lower.contains(&never.to_lowercase()),
                    "{format:?} report or preview mentions {never:?}"
                );
            }
        }
    }
}

#[test]
fn bad_input_is_a_typed_error_that_changes_nothing() {
    let (_dir, g, clock) = new_dad();
    // Nothing offered yet: answering or putting off is refused.
    day(&clock, 60);
    assert_eq!(
        invalid_field(
            g.answer_dad_mood_check(vec![0, 0, 0], None)
                .expect_err("not offered")
        ),
        "answers"
    );
    assert_eq!(
        invalid_field(g.skip_dad_mood_check().expect_err("not offered")),
        "answers"
    );
    assert_eq!(
        invalid_field(g.dad_mood_check().expect_err("not offered")),
        "answers"
    );

    day(&clock, 91);
    let before = (
        g.home_screen().expect("home"),
        export_json(&g)["curriculum"].clone(),
    );
    for bad in [
        vec![],
        vec![1, 1],
        vec![1, 1, 1, 1],
        vec![4, 0, 0],
        vec![0, -1, 0],
        vec![0, 0, 7],
        vec![i32::MAX, i32::MAX, i32::MAX],
    ] {
        assert_eq!(
            invalid_field(
                g.answer_dad_mood_check(bad.clone(), None)
                    .expect_err("refused")
            ),
            "answers",
            "{bad:?}"
        );
    }
    assert_eq!(
        (
            g.home_screen().expect("home"),
            export_json(&g)["curriculum"].clone()
        ),
        before
    );
    assert!(offered(&g), "still offered");
    assert_eq!(
        export_json(&g)["curriculum"]["dad_mood_checks"],
        serde_json::json!([])
    );
}

#[test]
fn the_home_safety_question_and_the_mood_check_are_kept_apart() {
    // Answering one never answers the other.
    let (_dir, g, clock) = new_dad();
    day(&clock, 91);
    assert!(
        g.answer_home_safety_question(HomeSafetyAnswer::No, None, None)
            .is_ok()
    );
    assert!(offered(&g));
}

#[test]
fn the_check_and_what_follows_carry_help_at_new_dad_with_the_regions_emergency_number() {
    for answers in [[3, 3, 3], [0, 0, 0]] {
        let (_dir, g, clock) = new_dad();
        day(&clock, 91);
        let screen = g.dad_mood_check().expect("the check");
        let follow = answer(&g, answers);
        for (what, help) in [("check", &screen.help), ("follow-up", &follow.help)] {
            assert_eq!(help.label, "Help now", "{what}");
            assert!(!help.accessibility_label.is_empty(), "{what}");
            assert_eq!(help.situation, Some(Situation::NewDad), "{what}");
            assert_eq!(help.emergency_number.as_deref(), Some("000"), "{what}");
            assert_eq!(help.emergency_label.as_deref(), Some("Call 000"), "{what}");
        }
    }
}
