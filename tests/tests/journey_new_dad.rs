//! The new dad whose due date has passed, driven through the FFI as a shell drives it: a due
//! date set, the weeks counted on home, then the due date passing with no birth recorded. Home
//! never guesses that the baby has come; it asks, and each of the three answers is followed in a
//! test of its own: the baby is here (the baby's age), not yet (the pregnancy weeks kept, asked
//! again a few days later), and a loss (the new-dad modules, reminders and mood check stop at
//! once, kind words, the loss lines for his region), then picking the track up again, his
//! choice. Every screen model on the way is snapshotted.

use std::path::Path;
use std::sync::Arc;

use chrono::{Duration, NaiveDate};
use groundwork_core::backup::RestoreMode;
use groundwork_core::curriculum::{
    BabyArrivalAnswer, BabyDate, BabyDateKind, ModuleAccess, NextStepKind, OnboardingChoices,
    PhaseCard,
};
use groundwork_core::export::ExportFormat;
use groundwork_core::navigation::screen::AppScreen;
use groundwork_core::navigation::{Action, AppView, Effect, Navigator, ShellPreferences};
use groundwork_core::reminders::ReminderKind;
use groundwork_core::{ApiError, Clock, Groundwork, HomeScreen, ManualClock, Situation};
use groundwork_tests::{at, cheap_kdf, open_at, walk};

/// An evening in Sydney (standard time), about nine weeks before the due date.
const START: &str = "2026-08-31T19:30:00+10:00";
const DUE: &str = "2026-11-01";

fn due() -> NaiveDate {
    NaiveDate::parse_from_str(DUE, "%Y-%m-%d").expect("date")
}

fn day_key(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// The clock at 19:30 on `day` (Sydney, summer time from October).
fn evening(clock: &ManualClock, day: NaiveDate) {
    clock.set(at(&format!("{}T19:30:00+11:00", day_key(day))));
}

/// Onboarding in Australia on `tracks`, with the baby's date.
fn choices(tracks: &[&str], kind: BabyDateKind, date: NaiveDate) -> OnboardingChoices {
    OnboardingChoices {
        region: "AU".into(),
        track_ids: tracks.iter().map(|t| (*t).to_owned()).collect(),
        baby_date: Some(BabyDate { kind, date }),
        discreet_mode: false,
        things_are_hard: false,
    }
}

/// A dad on the main path and the new-dad track, with the due date given.
fn expecting_dad(dir: &Path) -> (Groundwork, Arc<ManualClock>) {
    let (g, clock) = open_at(dir, START);
    g.complete_onboarding(choices(
        &["general", "new-father"],
        BabyDateKind::Due,
        groundwork_tests::day(DUE),
    ))
    .expect("onboarding");
    let mut settings = g.reminder_settings().expect("settings");
    settings.new_father_weekly = true;
    g.save_reminder_settings(settings).expect("reminders");
    (g, clock)
}

/// The same dad five days after the due date, with no birth recorded.
fn past_due(dir: &Path) -> (Groundwork, Arc<ManualClock>) {
    let (g, clock) = expecting_dad(dir);
    evening(&clock, due() + Duration::days(5));
    (g, clock)
}

/// The new-dad phase on the phase map.
fn new_dad_phase(g: &Groundwork) -> PhaseCard {
    g.phase_map()
        .expect("map")
        .phases
        .into_iter()
        .find(|p| p.id == "new-dad")
        .expect("phase")
}

fn invalid_field(err: ApiError) -> String {
    match err {
        ApiError::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

/// Every word home shows, to check what it never says.
fn home_words(home: &HomeScreen) -> String {
    serde_json::to_string(home).expect("json")
}

fn asked(home: &HomeScreen) -> bool {
    home.baby_card
        .as_ref()
        .is_some_and(|card| card.question.is_some())
}

fn stage(home: &HomeScreen) -> String {
    home.baby_card.as_ref().expect("baby card").stage.clone()
}

fn timed_module_ids(g: &Groundwork) -> Vec<String> {
    g.pack()
        .modules
        .iter()
        .filter(|m| m.meta.phase == "new-dad")
        .map(|m| m.meta.id.clone())
        .collect()
}

fn new_dad_reminders(g: &Groundwork) -> usize {
    g.reminder_schedule(14)
        .expect("schedule")
        .iter()
        .filter(|n| n.kind == ReminderKind::NewModule)
        .count()
}

fn export_json(g: &Groundwork) -> serde_json::Value {
    serde_json::from_str(&g.export(ExportFormat::Json).expect("export").contents).expect("json")
}

#[test]
fn home_counts_the_weeks_to_the_due_date_and_opens_the_track_with_its_opening_module() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = expecting_dad(dir.path());
    let home = g.home_screen().expect("home");
    insta::assert_json_snapshot!("due_date_set_home", home);
    assert_eq!(stage(&home), "About 9 weeks to the due date.");
    assert!(!asked(&home));
    // Two new-dad modules are open nine weeks out; the track's opening module comes first.
    let dad = new_dad_phase(&g);
    let open: Vec<&str> = dad
        .modules
        .iter()
        .filter(|m| m.access == ModuleAccess::Open)
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(open, ["becoming-a-dad", "provider-as-support"]);
    assert_eq!(home.next_step.kind, NextStepKind::ThisWeek);
    assert_eq!(home.next_step.module_id.as_deref(), Some("becoming-a-dad"));
    assert!(
        home.next_step
            .detail
            .starts_with("About 9 weeks to the due date.")
    );
    walk(&g, "becoming-a-dad");
    let home = g.home_screen().expect("home");
    assert_eq!(
        home.next_step.module_id.as_deref(),
        Some("provider-as-support")
    );
    // A week before, the day itself, and no question until the day has passed.
    evening(&clock, due() - Duration::days(3));
    let home = g.home_screen().expect("home");
    assert_eq!(stage(&home), "About a week to the due date.");
    assert!(!asked(&home));
    evening(&clock, due());
    let home = g.home_screen().expect("home");
    assert_eq!(stage(&home), "Your due date is today.");
    assert!(!asked(&home));
}

#[test]
fn a_dad_who_starts_after_the_birth_is_offered_the_opening_module_first() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    let born = clock.now().date_naive() - Duration::weeks(7);
    g.complete_onboarding(choices(&["new-father"], BabyDateKind::Born, born))
        .expect("onboarding");
    let home = g.home_screen().expect("home");
    assert_eq!(stage(&home), "Your baby is 7 weeks old.");
    assert_eq!(home.next_step.module_id.as_deref(), Some("becoming-a-dad"));
    walk(&g, "becoming-a-dad");
    // Then the newest module open: the one for the baby's week.
    let home = g.home_screen().expect("home");
    assert_eq!(
        home.next_step.module_id.as_deref(),
        Some("bonding-with-your-baby")
    );
}

#[test]
fn once_the_due_date_has_passed_home_asks_whether_the_baby_has_arrived_and_never_assumes_it() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = past_due(dir.path());
    let home = g.home_screen().expect("home");
    insta::assert_json_snapshot!("due_date_passed_home", home);
    assert_eq!(stage(&home), "Your due date was 5 days ago.");
    let question = home
        .baby_card
        .as_ref()
        .and_then(|c| c.question.as_ref())
        .expect("question");
    assert_eq!(question.title, "Has your baby arrived?");
    let words = home_words(&home);
    assert!(!words.contains("weeks old") && !words.contains("week old"));
    assert!(!words.contains("Your baby is"), "{words}");
    // The modules for after the birth wait for it, and no mood check on a due date.
    let map = g.phase_map().expect("map");
    insta::assert_json_snapshot!("due_date_passed_phase_map", map);
    let dad = map
        .phases
        .iter()
        .find(|p| p.id == "new-dad")
        .expect("phase");
    let sleep = dad
        .modules
        .iter()
        .find(|m| m.id == "sleep-loss-and-stress")
        .expect("module");
    assert_eq!(
        sleep.access,
        ModuleAccess::Locked {
            reason: "Opens once your baby has arrived".into()
        }
    );
    assert_eq!(
        invalid_field(
            g.open_module("sleep-loss-and-stress".into())
                .expect_err("waits")
        ),
        "module_id"
    );
    for days in [5, 13 * 7 + 2, 26 * 7 + 2] {
        evening(&clock, due() + Duration::days(days));
        let home = g.home_screen().expect("home");
        assert!(home.dad_mood_card.is_none(), "day {days}");
        assert!(g.dad_mood_check().is_err());
        assert!(!home_words(&home).contains("weeks old"));
    }
    // Two weeks past, the days become weeks.
    evening(&clock, due() + Duration::days(15));
    assert_eq!(
        stage(&g.home_screen().expect("home")),
        "Your due date was 2 weeks ago."
    );
}

#[test]
fn yes_with_the_birthday_makes_home_count_the_babys_age_and_the_mood_check_follows_the_birth() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = past_due(dir.path());
    let born = due() + Duration::days(3);
    let outcome = g
        .answer_baby_arrival(BabyArrivalAnswer::Arrived { born_on: born }, None)
        .expect("answer");
    insta::assert_json_snapshot!("arrived_outcome", outcome);
    assert!(outcome.loss.is_none());
    let home = g.home_screen().expect("home");
    insta::assert_json_snapshot!("arrived_home", home);
    assert_eq!(stage(&home), "Your baby is here: this is the first week.");
    assert!(!asked(&home));
    // The modules for after the birth open by the baby's age.
    evening(&clock, born + Duration::weeks(1));
    let home = g.home_screen().expect("home");
    assert_eq!(stage(&home), "Your baby is 1 week old.");
    assert!(
        g.phase_map()
            .expect("map")
            .phases
            .iter()
            .flat_map(|p| &p.modules)
            .any(|m| m.id == "sleep-loss-and-stress" && m.access == ModuleAccess::Open)
    );
    evening(&clock, born + Duration::weeks(13));
    let home = g.home_screen().expect("home");
    assert_eq!(stage(&home), "Your baby is 13 weeks old.");
    assert!(
        home.dad_mood_card.is_some(),
        "the mood check follows the birth"
    );
    // The question is gone for good.
    assert!(
        invalid_field(
            g.answer_baby_arrival(BabyArrivalAnswer::NotYet, None)
                .expect_err("nothing to answer")
        ) == "answer"
    );
}

#[test]
fn not_yet_keeps_the_pregnancy_weeks_and_asks_again_after_a_few_days_not_at_every_open() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = past_due(dir.path());
    let outcome = g
        .answer_baby_arrival(BabyArrivalAnswer::NotYet, None)
        .expect("answer");
    insta::assert_json_snapshot!("not_yet_outcome", outcome);
    let home = g.home_screen().expect("home");
    insta::assert_json_snapshot!("not_yet_home", home);
    assert_eq!(stage(&home), "Your due date was 5 days ago.");
    assert!(!asked(&home));
    // Opened again the same night and the next two days: not asked.
    for days in [5, 6, 7] {
        evening(&clock, due() + Duration::days(days));
        let home = g.home_screen().expect("home");
        assert!(!asked(&home), "day {days}");
        assert_eq!(
            stage(&home),
            format!("Your due date was {days} days ago."),
            "day {days}"
        );
    }
    // Three days on, asked again.
    evening(&clock, due() + Duration::days(8));
    let home = g.home_screen().expect("home");
    assert!(asked(&home));
    insta::assert_json_snapshot!("asked_again_home", home.baby_card);
    // No reminder announces a module that waits for the birth.
    assert_eq!(new_dad_reminders(&g), 0);
    let export = export_json(&g);
    assert_eq!(export["curriculum"]["baby_arrival"]["answer"], "not-yet");
    assert_eq!(export["curriculum"]["baby_date"]["kind"], "due");
}

#[test]
fn a_loss_stops_the_new_dad_modules_reminders_and_mood_check_at_once_with_kind_words_and_the_loss_lines()
 {
    // A loss during the pregnancy, twelve weeks and three days before the due date: a module
    // opens in three days, with its reminder, and a commitment from the opening module is on home
    // and in the practice reminder.
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    let due = clock.now().date_naive() + Duration::weeks(12) + Duration::days(3);
    g.complete_onboarding(choices(&["general", "new-father"], BabyDateKind::Due, due))
        .expect("onboarding");
    walk(&g, "becoming-a-dad");
    let mut settings = g.reminder_settings().expect("settings");
    settings.new_father_weekly = true;
    settings.weekly_practice = Some(groundwork_core::reminders::WeeklyTime {
        weekday: groundwork_core::reminders::Weekday::Sunday,
        time: groundwork_core::reminders::TimeOfDay {
            hour: 18,
            minute: 0,
        },
    });
    g.save_reminder_settings(settings).expect("reminders");
    let before = g.home_screen().expect("home");
    let commitments_before = before.commitments.len();
    assert!(commitments_before >= 1);
    assert!(new_dad_reminders(&g) > 0);
    let names_commitment = |g: &Groundwork| {
        g.reminder_schedule(14)
            .expect("schedule")
            .iter()
            .any(|n| n.body.contains("excited"))
    };
    assert!(names_commitment(&g), "the practice reminder names it");

    let outcome = g
        .answer_baby_arrival(BabyArrivalAnswer::Lost, None)
        .expect("answer");
    insta::assert_json_snapshot!("lost_outcome", outcome);
    let loss = outcome.loss.expect("loss screen");
    assert_eq!(loss.title, "This is a loss for you too");
    for cliche in ["reason", "at least", "angel", "meant to be", "move on"] {
        assert!(
            !loss.message.to_lowercase().contains(cliche),
            "no cliché: {cliche}"
        );
    }
    assert!(loss.paused.contains("stopped") && loss.paused.contains("stays"));
    assert_eq!(loss.help.situation, Some(Situation::BabyLoss));
    assert_eq!(loss.help_now.situation, Some(Situation::BabyLoss));
    assert_eq!(
        loss.help_now.lines.first().map(|l| l.id.as_str()),
        Some("au-sands"),
        "a confirmed loss line first for his region"
    );
    assert!(
        loss.help_now
            .lines
            .iter()
            .any(|l| l.id == "au-red-nose-grief-and-loss")
    );
    assert_eq!(
        loss.help_now.emergency.as_ref().map(|e| e.id.as_str()),
        Some("au-emergency")
    );

    // Home at once: no baby card, no new-dad module, no new-dad commitment, no new-dad reminder.
    let home = g.home_screen().expect("home");
    insta::assert_json_snapshot!("lost_home", home);
    assert!(home.baby_card.is_none());
    assert!(home.dad_mood_card.is_none());
    let timed = timed_module_ids(&g);
    assert!(
        !home
            .next_step
            .module_id
            .as_ref()
            .is_some_and(|id| timed.contains(id))
    );
    assert_eq!(home.commitments.len(), commitments_before - 1);
    assert_eq!(new_dad_reminders(&g), 0);
    assert!(
        !names_commitment(&g),
        "no practice reminder names the new-dad commitment"
    );
    // The modules not started wait; the one he finished stays open to go back to.
    for id in timed.iter().filter(|id| *id != "becoming-a-dad") {
        assert_eq!(
            invalid_field(g.open_module(id.clone()).expect_err("paused")),
            "module_id",
            "{id}"
        );
    }
    assert!(g.open_module("becoming-a-dad".into()).is_ok());
    let dad = new_dad_phase(&g);
    insta::assert_json_snapshot!("lost_phase_card", dad);
    assert!(
        dad.locked_reason
            .as_deref()
            .is_some_and(|r| r.starts_with("Paused"))
    );
    // Everything else he did stays.
    assert!(
        dad.modules
            .iter()
            .any(|m| m.id == "becoming-a-dad" && m.state_label != "Not started")
    );
    // The mood check never comes, not at 13 weeks nor at 26.
    for weeks in [13, 26] {
        evening(&clock, due + Duration::weeks(weeks) + Duration::days(2));
        assert!(g.home_screen().expect("home").dad_mood_card.is_none());
        assert!(g.dad_mood_check().is_err());
        assert_eq!(new_dad_reminders(&g), 0);
    }
    // Nothing prompts him to pick the track up again.
    assert!(!home_words(&g.home_screen().expect("home")).contains("new-dad track"));
    let onboarding = g.onboarding_screen(None).expect("your path");
    let track = onboarding
        .tracks
        .iter()
        .find(|t| t.id == "new-father")
        .expect("track");
    insta::assert_json_snapshot!("lost_track_option", track);
    assert!(!track.selected);
    let export = export_json(&g);
    assert_eq!(export["curriculum"]["baby_arrival"]["answer"], "lost");
    assert!(export["curriculum"]["baby_date"].is_null());
}

#[test]
fn help_now_offers_the_loss_lines_in_every_region_without_the_app_open() {
    let (now, offset) = groundwork_tests::device_time("2026-12-05T21:00:00+11:00");
    // Lines for a whole region come first; PAIL Network serves Ontario, so it follows them.
    for (region, loss_line, first) in [
        ("AU", "au-sands", true),
        ("CA", "ca-pail-network", false),
        ("US", "us-share", true),
        ("GB", "gb-sands", true),
        ("NZ", "nz-sands", true),
    ] {
        let help = groundwork_core::help_now(
            Some(groundwork_tests::region(region)),
            None,
            Some(Situation::BabyLoss),
            now,
            offset,
        )
        .expect("help now");
        assert_eq!(help.situation, Some(Situation::BabyLoss), "{region}");
        assert!(
            help.situations
                .iter()
                .any(|s| s.situation == Situation::BabyLoss && s.title == "We lost our baby"),
            "{region}: the situation is offered"
        );
        let at = help
            .lines
            .iter()
            .position(|l| l.id == loss_line)
            .expect("the loss line");
        assert_eq!(at == 0, first, "{region}");
    }
    assert_eq!(
        groundwork_core::read_link("groundwork://help?situation=baby-loss".into()).expect("link"),
        groundwork_core::links::AppLink::HelpNow {
            situation: Some(Situation::BabyLoss)
        }
    );
}

#[test]
fn picking_the_track_up_again_is_his_choice_with_a_new_date_or_none() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = past_due(dir.path());
    g.answer_baby_arrival(BabyArrivalAnswer::Lost, None)
        .expect("answer");
    // Months later, a new pregnancy.
    evening(&clock, due() + Duration::weeks(30));
    let new_due = due() + Duration::weeks(42) + Duration::days(3);
    let home = g
        .resume_track(
            "new-father".into(),
            Some(BabyDate {
                kind: BabyDateKind::Due,
                date: new_due,
            }),
        )
        .expect("resume");
    insta::assert_json_snapshot!("resumed_home", home);
    assert_eq!(stage(&home), "About 13 weeks to the due date.");
    assert!(!asked(&home));
    assert!(new_dad_reminders(&g) > 0);
    let dad = new_dad_phase(&g);
    assert!(dad.locked_reason.is_none());
    assert!(dad.on_your_tracks);
    let onboarding = g.onboarding_screen(None).expect("your path");
    let ids: Vec<&str> = onboarding
        .tracks
        .iter()
        .filter(|t| t.selected)
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(ids, ["general", "new-father"], "the main path stays");
    assert!(export_json(&g)["curriculum"]["baby_arrival"].is_null());

    // Choosing the track again in Your path picks it up too, here with no date.
    g.answer_baby_arrival(BabyArrivalAnswer::Lost, None)
        .expect("lost again");
    g.set_tracks(vec!["general".into(), "new-father".into()])
        .expect("tracks");
    let home = g.home_screen().expect("home");
    assert!(home.baby_card.is_none(), "no date given");
    assert!(
        g.phase_map()
            .expect("map")
            .phases
            .iter()
            .find(|p| p.id == "new-dad")
            .expect("phase")
            .locked_reason
            .is_none()
    );
}

#[test]
fn bad_answers_are_typed_errors_and_change_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = expecting_dad(dir.path());
    // Before the due date, "not yet" has nothing to answer.
    assert_eq!(
        invalid_field(
            g.answer_baby_arrival(BabyArrivalAnswer::NotYet, None)
                .expect_err("too soon")
        ),
        "answer"
    );
    evening(&clock, due() + Duration::days(5));
    let before = export_json(&g);
    // A birthday after today (a date that is not one is refused before the call: `days.rs`).
    let err = g
        .answer_baby_arrival(
            BabyArrivalAnswer::Arrived {
                born_on: due() + Duration::days(6),
            },
            None,
        )
        .expect_err("bad birthday");
    assert_eq!(invalid_field(err), "baby_date");
    assert_eq!(
        invalid_field(
            g.resume_track("general".into(), None)
                .expect_err("not a timed track")
        ),
        "track_id"
    );
    assert_eq!(export_json(&g)["curriculum"], before["curriculum"]);
    // Off the new-dad track there is nothing to answer.
    g.set_tracks(vec!["general".into()]).expect("tracks");
    for answer in [
        BabyArrivalAnswer::NotYet,
        BabyArrivalAnswer::Lost,
        BabyArrivalAnswer::Arrived { born_on: due() },
    ] {
        assert_eq!(
            invalid_field(g.answer_baby_arrival(answer, None).expect_err("off track")),
            "answer"
        );
    }
}

#[test]
fn the_answer_survives_a_backup_restore_and_merge() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = past_due(dir.path());
    g.answer_baby_arrival(BabyArrivalAnswer::Lost, None)
        .expect("answer");
    let file = g
        .backup_with_work_factor("correct horse battery", 2)
        .expect("backup");
    let new_dir = tempfile::tempdir().expect("dir");
    let (restored, new_clock) = open_at(new_dir.path(), START);
    new_clock.set(clock.now());
    restored
        .restore_backup(
            &file.contents,
            "correct horse battery",
            RestoreMode::ReplaceEmpty,
        )
        .expect("restore");
    assert_eq!(
        export_json(&restored)["curriculum"]["baby_arrival"],
        export_json(&g)["curriculum"]["baby_arrival"]
    );
    let home = restored.home_screen().expect("home");
    assert!(home.baby_card.is_none());
    assert_eq!(new_dad_reminders(&restored), 0);
    // Merged into a phone where he is still on the track: the track stays as it is there.
    let merge_dir = tempfile::tempdir().expect("dir");
    let (other, _) = past_due(merge_dir.path());
    other
        .restore_backup(&file.contents, "correct horse battery", RestoreMode::Merge)
        .expect("merge");
    assert!(asked(&other.home_screen().expect("home")));
}

/// The navigator, as a shell drives it: first open, onboarding, and the answer from home.
fn started_phone(dir: &Path, clock: &Arc<ManualClock>) -> (Navigator, AppView) {
    let mut app =
        Navigator::new(dir, ShellPreferences::default(), None, clock.clone()).with_kdf(cheap_kdf());
    let mut view = app.send(Action::Start);
    let mut key = None;
    let mut settle = |app: &mut Navigator, mut view: AppView| loop {
        let mut reply = None;
        for effect in &view.effects {
            match effect {
                Effect::LoadKey { .. } => reply = Some(Action::KeyLoaded { key: key.clone() }),
                Effect::StoreKey { key: k, .. } => {
                    key = Some(k.clone());
                    reply = Some(Action::KeyStored { confirmed: true });
                }
                _ => {}
            }
        }
        match reply {
            Some(action) => view = app.send(action),
            None => return view,
        }
    };
    view = settle(&mut app, view);
    let view2 = app.send(Action::CompleteOnboarding {
        choices: choices(
            &["general", "new-father"],
            BabyDateKind::Due,
            groundwork_tests::day(DUE),
        ),
        lock: groundwork_core::navigation::OnboardingLock::NotNow,
    });
    drop(view);
    let view = settle(&mut app, view2);
    (app, view)
}

#[test]
fn through_the_navigation_a_loss_shows_its_screen_and_hands_the_platform_a_schedule_with_no_new_dad_reminder()
 {
    let dir = tempfile::tempdir().expect("dir");
    let clock = Arc::new(ManualClock::new(at(START)));
    let (mut app, view) = started_phone(dir.path(), &clock);
    assert!(
        matches!(view.screen, Some(AppScreen::Home { .. })),
        "{view:?}"
    );
    evening(&clock, due() + Duration::days(5));
    let view = app.send(Action::RefreshReminders);
    let new_dad = |view: &AppView| -> Option<usize> {
        view.effects.iter().find_map(|e| match e {
            Effect::ScheduleReminders { notifications } => Some(
                notifications
                    .iter()
                    .filter(|n| n.kind == ReminderKind::NewModule)
                    .count(),
            ),
            _ => None,
        })
    };
    let _ = new_dad(&view);
    let view = app.send(Action::AnswerBabyArrival {
        answer: BabyArrivalAnswer::NotYet,
    });
    assert!(matches!(view.screen, Some(AppScreen::Home { .. })));
    assert_eq!(
        view.notice,
        Some(groundwork_core::navigation::AppNotice::Message {
            text: "Thanks. Nothing changes for now, and you'll be asked again in a few days."
                .into()
        })
    );
    evening(&clock, due() + Duration::days(8));
    let view = app.send(Action::AnswerBabyArrival {
        answer: BabyArrivalAnswer::Lost,
    });
    let Some(AppScreen::BabyLoss { loss }) = &view.screen else {
        panic!("the loss screen: {view:?}");
    };
    assert_eq!(loss.help.situation, Some(Situation::BabyLoss));
    assert_eq!(
        view.help.as_ref().and_then(|h| h.situation),
        Some(Situation::BabyLoss)
    );
    assert_eq!(
        new_dad(&view),
        Some(0),
        "no new-dad reminder from the moment he answers"
    );
    let view = app.send(Action::Back);
    assert!(matches!(view.screen, Some(AppScreen::Home { ref home }) if home.baby_card.is_none()));
    // Picked up again from Your path, when he chooses.
    let view = app.send(Action::ResumeTrack {
        track_id: "new-father".into(),
        baby_date: Some(BabyDate {
            kind: BabyDateKind::Due,
            date: due() + Duration::weeks(40),
        }),
    });
    assert!(matches!(view.screen, Some(AppScreen::Home { ref home }) if home.baby_card.is_some()));
    assert!(
        new_dad(&view).is_some(),
        "the schedule is handed over again"
    );
}
