//! Help now is one tap away on every screen: every screen model carries the core's help button,
//! with the words, the situation help opens at from that screen, and the emergency number of his
//! region, so a shell draws it in the same place everywhere and one tap can call even offline.

use chrono::Duration;
use groundwork_core::curriculum::{
    HomeSafetyAnswer, HomeSafetyOutcome, ModuleOpening, OnboardingChoices,
};
use groundwork_core::{
    CheckInInput, Clock, Groundwork, HelpButton, InsightRange, JournalFilter, Situation,
};
use groundwork_tests::region;
use groundwork_tests::{open_at, open_step, walk};

const START: &str = "2026-03-02T19:30:00+11:00";

/// A partner module with no prerequisite beyond the "me" work.
const PARTNER: &str = "listening-to-understand";

fn onboard(g: &Groundwork, region: &str, tracks: &[&str]) {
    g.complete_onboarding(OnboardingChoices {
        region: region.into(),
        track_ids: tracks.iter().map(|t| (*t).to_owned()).collect(),
        baby_date: None,
        discreet_mode: false,
        things_are_hard: false,
    })
    .expect("onboarding");
}

/// Every screen's button: the core's label and the region's emergency number.
fn assert_help(screen: &str, help: &HelpButton, number: Option<&str>) {
    assert_eq!(help.label, "Help now", "{screen}");
    assert!(!help.accessibility_label.is_empty(), "{screen}");
    assert_eq!(help.emergency_number.as_deref(), number, "{screen}");
    assert_eq!(
        help.emergency_label,
        number.map(|n| format!("Call {n}")),
        "{screen}"
    );
}

#[test]
fn every_screen_along_a_short_journey_carries_help_with_the_regions_emergency_number() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _clock) = open_at(dir.path(), START);

    // Before a region is saved: the button is there, with no number to call.
    assert_help(
        "home before onboarding",
        &g.home_screen().expect("home").help,
        None,
    );
    let onboarding = g
        .onboarding_screen(Some("en_AU".into()))
        .expect("onboarding");
    assert_help(
        "onboarding, with the guessed region",
        &onboarding.help,
        Some("000"),
    );

    onboard(&g, "AU", &["general", "new-father"]);
    let au = Some("000");
    assert_help("home", &g.home_screen().expect("home").help, au);
    assert_help("check-in form", &g.check_in_form().expect("form").help, au);
    assert_help(
        "anger moment form",
        &g.anger_moment_form().expect("form").help,
        au,
    );
    let page = g
        .journal_page(JournalFilter::default(), None, 30)
        .expect("journal");
    assert_help("journal", &page.help, au);
    assert_help(
        "journal editor",
        &g.journal_prompts().expect("prompts").help,
        au,
    );
    assert_help(
        "insights",
        &g.insights(InsightRange::Month).expect("insights").help,
        au,
    );
    assert_help("phase map", &g.phase_map().expect("map").help, au);
    assert_help(
        "screens with no model of their own",
        &g.help_button().expect("help"),
        au,
    );
    assert_help(
        "help now",
        &g.help_now(Some(Situation::Talk), None)
            .expect("help now")
            .help,
        au,
    );
    assert_help(
        "onboarding again",
        &g.onboarding_screen(None).expect("onboarding").help,
        au,
    );

    let first = g
        .home_screen()
        .expect("home")
        .next_step
        .module_id
        .expect("a module to do");
    assert_help(
        "module overview",
        &g.module_overview(first.clone()).expect("overview").help,
        au,
    );
    assert_help("lesson step", &open_step(&g, &first).help, au);
    assert_help("module completion", &walk(&g, &first).help, au);

    let outcome = g
        .submit_check_in(CheckInInput {
            anger: Some(9),
            ..CheckInInput::new(-4, 4)
        })
        .expect("check-in");
    let questions = outcome.safety_questions.expect("asked after high distress");
    assert_help("safety questions", &questions.help, au);

    // Another region saved: every screen follows it.
    g.set_region(region("GB")).expect("region");
    assert_help(
        "home in the UK",
        &g.home_screen().expect("home").help,
        Some("999"),
    );
    assert_help(
        "anger moment form in the UK",
        &g.anger_moment_form().expect("form").help,
        Some("999"),
    );
}

#[test]
fn help_opens_at_the_situation_that_fits_the_screen() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _clock) = open_at(dir.path(), START);
    onboard(&g, "AU", &["general", "new-father"]);

    let anger = g.anger_moment_form().expect("form");
    assert_eq!(anger.help.situation, Some(Situation::HurtSomeone));
    assert_eq!(g.home_screen().expect("home").help.situation, None);
    assert_eq!(g.check_in_form().expect("form").help.situation, None);

    let anger_module = g
        .module_overview("anger-as-information".into())
        .expect("overview");
    assert_eq!(anger_module.help.situation, Some(Situation::HurtSomeone));

    let new_dad = g
        .module_overview("becoming-a-dad".into())
        .expect("overview");
    assert_eq!(new_dad.help.situation, Some(Situation::NewDad));
    let step = open_step(&g, "becoming-a-dad");
    assert_eq!(step.help.situation, Some(Situation::NewDad));
    assert_eq!(
        walk(&g, "becoming-a-dad").help.situation,
        Some(Situation::NewDad)
    );

    let help_now = g
        .help_now(Some(Situation::HurtSomeone), None)
        .expect("help now");
    assert_eq!(help_now.help.situation, Some(Situation::HurtSomeone));
}

#[test]
fn the_home_safety_screens_carry_help_and_after_a_yes_it_opens_at_hurt_someone() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    onboard(&g, "NZ", &["general"]);
    let nz = Some("111");
    let mut asked = None;
    for _ in 0..20 {
        let id = g
            .home_screen()
            .expect("home")
            .next_step
            .module_id
            .expect("a module to do");
        let completion = walk(&g, &id);
        assert_help("module completion", &completion.help, nz);
        clock.set(clock.now() + Duration::days(1));
        if let Some(question) = completion.home_safety_question {
            asked = Some(question);
            break;
        }
    }
    let asked = asked.expect("the question comes once the me work is done");
    assert_help(
        "home safety question on a completion screen",
        &asked.help,
        nz,
    );

    let ModuleOpening::Question { screen } = g.open_module(PARTNER.into()).expect("open") else {
        panic!("the question comes first");
    };
    assert_help("home safety question", &screen.help, nz);
    match g
        .answer_home_safety_question(HomeSafetyAnswer::Yes, Some(PARTNER.into()), None)
        .expect("answer")
    {
        HomeSafetyOutcome::NotYet { screen } => {
            assert_help("not yet", &screen.help, nz);
            assert_eq!(screen.help.situation, Some(Situation::HurtSomeone));
        }
        other => panic!("a yes keeps them closed: {other:?}"),
    }
}

#[test]
fn the_lock_screen_carries_help_from_the_content_alone() {
    let dir = tempfile::tempdir().expect("dir");
    let data_dir = dir.path().to_string_lossy().into_owned();
    let screen = groundwork_core::app_lock_screen(data_dir.clone(), None, false, Some("au".into()));
    assert_help("lock screen", &screen.help, Some("000"));
    let unknown =
        groundwork_core::app_lock_screen(data_dir.clone(), None, false, Some("ZZ".into()));
    assert_help("lock screen, region not covered", &unknown.help, None);
    // In discreet mode the button's words are neutral ("Numbers", tests/tests/lock.rs) and the
    // number stays on it.
    let discreet = groundwork_core::app_lock_screen(data_dir, None, true, Some("AU".into()));
    assert_eq!(discreet.help.emergency_number.as_deref(), Some("000"));
    assert_eq!(discreet.help.emergency_label.as_deref(), Some("Call 000"));
}
