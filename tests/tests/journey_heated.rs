//! The man who arrives in the middle of it, through the FFI: onboarding that hears things are
//! hard right now, "Start here if things are heated" (the pause plan and his safety plan, open
//! from day one), a check-in whose line describes the feeling and never him, help now; and
//! closing the loop: a week's commitment ticked and asked about at the week's end, a repair marked
//! done. Every screen model on the heated first evening is snapshotted.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::Duration;
use groundwork_core::curriculum::{
    CommitmentState, LessonOutcome, ModuleAccess, ModuleState, OnboardingChoices, PhaseMapScreen,
    StartHereItemKind, WeekOutcome,
};
use groundwork_core::{
    AngerMomentInput, ApiError, CheckInInput, Clock, Groundwork, ManualClock, Situation,
};
use groundwork_tests::{answer_for, open_at, open_step, walk};

/// A Tuesday evening in Sydney.
const EVENING: &str = "2026-03-03T20:45:00+11:00";

fn onboard(g: &Groundwork, hard: bool) -> groundwork_core::HomeScreen {
    g.complete_onboarding(OnboardingChoices {
        region: "AU".into(),
        track_ids: vec!["general".into()],
        baby_date: None,
        discreet_mode: false,
        things_are_hard: hard,
    })
    .expect("onboarding")
}

/// The partner phase's reason for being closed, from the phase map.
fn skills_for_two_reason(map: &PhaseMapScreen) -> String {
    map.phases
        .iter()
        .find(|p| p.id == "partner-skills")
        .and_then(|p| p.locked_reason.clone())
        .expect("skills for two is closed")
}

fn module_state(map: &PhaseMapScreen, id: &str) -> (ModuleState, ModuleAccess) {
    let card = map
        .phases
        .iter()
        .flat_map(|p| &p.modules)
        .find(|m| m.id == id)
        .expect("the module is on the map");
    (card.state, card.access.clone())
}

fn safety_plan_values() -> HashMap<String, String> {
    HashMap::from([
        (
            "warning-signs".to_owned(),
            "Jaw tight, voice getting louder, pacing.".to_owned(),
        ),
        (
            "coping-alone".to_owned(),
            "Walk round the block, cold water on my face.".to_owned(),
        ),
    ])
}

#[test]
fn the_heated_first_evening_goes_from_onboarding_to_a_pause_plan_a_safety_plan_a_check_in_and_help()
{
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), EVENING);

    // First open: onboarding asks whether things are hard at home right now.
    let onboarding = g
        .onboarding_screen(Some("en_AU".into()))
        .expect("onboarding");
    assert!(!onboarding.hard_right_now.answered_yes);
    insta::assert_json_snapshot!("heated_01_onboarding", onboarding);

    // He says yes: home puts "Start here if things are heated" first, for tonight.
    let home = onboard(&g, true);
    let path = home
        .start_here
        .clone()
        .expect("home offers the heated path");
    assert_eq!(path.id, "heated");
    assert_eq!(
        path.items
            .iter()
            .map(|i| (i.kind, i.id.as_str()))
            .collect::<Vec<_>>(),
        [
            (StartHereItemKind::Module, "the-pause-plan"),
            (StartHereItemKind::Plan, "safety-plan"),
        ]
    );
    assert!(path.items.iter().all(|i| !i.done));
    assert_eq!(path.help.situation, Some(Situation::HurtSomeone));
    assert!(
        g.onboarding_screen(None)
            .expect("your path")
            .hard_right_now
            .answered_yes,
        "his answer is kept"
    );
    insta::assert_json_snapshot!("heated_02_home_after_onboarding", home, {
        ".greeting" => "[greeting]",
    });

    // The pause plan opens tonight, with none of the six modules before it done.
    let mut step = open_step(&g, "the-pause-plan");
    let mut n = 3;
    let completion = loop {
        insta::assert_json_snapshot!(format!("heated_{n:02}_pause_plan_step"), step);
        n += 1;
        let answer = step.exercise.as_ref().map(answer_for);
        match g
            .continue_lesson(step.module_id.clone(), step.step_index, answer)
            .expect("continue")
        {
            LessonOutcome::Step { screen } => step = screen,
            LessonOutcome::Completed { screen } => break screen,
        }
    };
    assert_eq!(completion.module_id, "the-pause-plan");
    insta::assert_json_snapshot!(format!("heated_{n:02}_pause_plan_done"), completion, {
        ".commitment.id" => "[id]",
    });
    n += 1;

    // His safety plan, straight from the path.
    let plan = g
        .save_living_document("safety-plan".into(), safety_plan_values())
        .expect("safety plan saved");
    assert!(plan.started);
    insta::assert_json_snapshot!(format!("heated_{n:02}_safety_plan"), plan, {
        ".updated_at" => "[time]",
    });
    n += 1;

    // Both done: the path says so, and home no longer puts it first.
    let paths = g.start_here_paths().expect("paths");
    assert!(paths[0].all_done, "{:?}", paths[0]);
    insta::assert_json_snapshot!(format!("heated_{n:02}_start_here_done"), paths);
    n += 1;
    assert_eq!(g.home_screen().expect("home").start_here, None);

    // A check-in later that evening.
    clock.set(clock.now() + Duration::minutes(40));
    let outcome = g
        .submit_check_in(CheckInInput {
            emotions: vec!["stressed".into(), "tired".into(), "flat".into()],
            ..CheckInInput::new(-2, 0)
        })
        .expect("check-in");
    assert_eq!(
        outcome.saved_message,
        "Saved. Stressed, tired and flat: that's a heavy mix to carry."
    );
    insta::assert_json_snapshot!(format!("heated_{n:02}_check_in_saved"), outcome, {
        ".check_in.id" => "[id]",
    });
    n += 1;

    // Help now, at the lines for men worried they might hurt someone.
    let help = g
        .help_now(Some(Situation::HurtSomeone), Some("en_AU".into()))
        .expect("help now");
    assert!(!help.lines.is_empty());
    insta::assert_json_snapshot!(format!("heated_{n:02}_help_now"), help);
}

#[test]
fn the_pause_plan_done_early_counts_on_the_main_path() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _clock) = open_at(dir.path(), EVENING);
    onboard(&g, true);
    walk(&g, "the-pause-plan");

    let map = g.phase_map().expect("map");
    assert_eq!(
        module_state(&map, "the-pause-plan"),
        (ModuleState::Completed, ModuleAccess::Open)
    );
    // What it opens on the main path is open now; what comes before it is still in order.
    assert_eq!(
        module_state(&map, "putting-the-energy-to-work").1,
        ModuleAccess::Open
    );
    assert!(matches!(
        module_state(&map, "the-escalation-cycle").1,
        ModuleAccess::Locked { .. }
    ));
    // Walking the main path, the pause plan never comes up again as a step to take.
    walk(&g, "where-you-are-now");
    for id in [
        "body-signals",
        "naming-what-you-feel",
        "under-the-anger",
        "anger-as-information",
    ] {
        walk(&g, id);
    }
    let map = g.phase_map().expect("map");
    assert!(
        map.phases
            .iter()
            .find(|p| p.id == "partner-skills")
            .expect("skills for two")
            .locked_reason
            .as_deref()
            .is_some_and(|r| !r.contains("more module")),
        "the \"me\" work the partner phase needs is done: {map:?}"
    );
    assert_ne!(
        g.home_screen()
            .expect("home")
            .next_step
            .module_id
            .as_deref(),
        Some("the-pause-plan")
    );
}

#[test]
fn the_modules_left_before_skills_for_two_are_the_ones_really_still_needed() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _clock) = open_at(dir.path(), EVENING);
    onboard(&g, false);

    // Day one: the five modules skills for two waits for, and "Under the anger", which stands
    // before one of them. Not the two the pause plan would need on the main path: the heated
    // path opens it without them.
    assert_eq!(
        skills_for_two_reason(&g.phase_map().expect("map")),
        "Opens once you've done the work on yourself: 6 more modules to go."
    );

    // Two done, one of them early: four left, not a list's length.
    walk(&g, "the-pause-plan");
    walk(&g, "where-you-are-now");
    assert_eq!(
        skills_for_two_reason(&g.phase_map().expect("map")),
        "Opens once you've done the work on yourself: 4 more modules to go."
    );

    // A counsellor recommends "Anger as information": it opens without "Under the anger", so
    // that one no longer stands in the way.
    g.recommend_modules(vec!["anger-as-information".into()], "Sam".into(), None)
        .expect("recommend");
    assert_eq!(
        skills_for_two_reason(&g.phase_map().expect("map")),
        "Opens once you've done the work on yourself: 3 more modules to go."
    );

    // The last one.
    for id in ["body-signals", "naming-what-you-feel"] {
        walk(&g, id);
    }
    assert_eq!(
        skills_for_two_reason(&g.phase_map().expect("map")),
        "Opens once you've done the work on yourself: 1 more module to go."
    );
}

#[test]
fn the_heated_path_is_open_to_anyone_from_day_one_but_home_leads_with_it_only_after_a_yes() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _clock) = open_at(dir.path(), EVENING);
    let home = onboard(&g, false);
    assert_eq!(home.start_here, None);
    let map = g.phase_map().expect("map");
    assert_eq!(map.start_here.len(), 1);
    assert_eq!(
        module_state(&map, "the-pause-plan"),
        (ModuleState::NotStarted, ModuleAccess::Open)
    );
    open_step(&g, "the-pause-plan");
}

#[test]
fn the_saved_check_in_line_describes_the_feeling_for_every_quadrant_and_the_middle() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _clock) = open_at(dir.path(), EVENING);
    onboard(&g, false);
    let line = |p: i32, e: i32, words: &[&str]| {
        g.submit_check_in(CheckInInput {
            emotions: words.iter().map(|w| (*w).to_owned()).collect(),
            ..CheckInInput::new(p, e)
        })
        .expect("check-in")
        .saved_message
    };
    let lines = [
        // Unpleasant, high energy.
        line(-3, 4, &[]),
        line(-3, 4, &["angry", "on-edge"]),
        // Unpleasant, low energy; a -2 with energy at 0 is unpleasant, never "the middle".
        line(-3, -3, &[]),
        line(-2, 0, &["stressed", "tired", "flat"]),
        line(-2, 0, &["flat"]),
        // Pleasant, high energy.
        line(3, 3, &[]),
        line(3, 3, &["proud"]),
        // Pleasant, low energy.
        line(2, -2, &[]),
        line(2, -2, &["calm"]),
        // The middle.
        line(0, 0, &[]),
        line(0, 1, &["okay"]),
    ];
    assert_eq!(
        lines,
        [
            "Saved. A tense, wound-up kind of feeling.",
            "Saved. Angry and on edge: that's a lot to be holding right now.",
            "Saved. A heavy, low kind of feeling.",
            "Saved. Stressed, tired and flat: that's a heavy mix to carry.",
            "Saved. Flat: that's a heavy thing to carry.",
            "Saved. A bright, lively kind of feeling.",
            "Saved. Proud: that's good energy to have.",
            "Saved. A calm, settled kind of feeling.",
            "Saved. Calm: that's a good place to be.",
            "Saved. Somewhere in between: not good, not bad.",
            "Saved. Okay: somewhere in between, and worth noticing.",
        ]
    );
    for line in &lines {
        assert!(
            !line.contains("You're"),
            "describes the feeling, not him: {line}"
        );
    }
}

/// Walks the pause plan (its last steps make a commitment) and returns the commitment's id.
fn commit(g: &Groundwork) -> String {
    let done = walk(g, "the-pause-plan");
    done.commitment
        .expect("the pause plan makes a commitment")
        .id
}

#[test]
fn a_commitment_ticked_off_during_the_week_is_not_asked_about_again() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), EVENING);
    onboard(&g, true);
    let id = commit(&g);
    let home = g
        .set_commitment_state(id.clone(), CommitmentState::Done)
        .expect("ticked");
    assert_eq!(home.commitments[0].state, CommitmentState::Done);
    // The week's end question is not asked, during the week or after it.
    assert_eq!(home.week_review, None);
    clock.set(clock.now() + Duration::days(8));
    assert_eq!(g.home_screen().expect("home").week_review, None);
    // And it cannot be answered before the week is over either.
    let dir = tempfile::tempdir().expect("dir");
    let (g, _clock) = open_at(dir.path(), EVENING);
    onboard(&g, true);
    let id = commit(&g);
    assert!(matches!(
        g.answer_week_review(id, WeekOutcome::Done),
        Err(ApiError::InvalidInput { field, .. }) if field == "id"
    ));
    assert!(matches!(
        g.answer_week_review("no-such-commitment".into(), WeekOutcome::Done),
        Err(ApiError::NotFound { .. })
    ));
}

#[test]
fn at_the_weeks_end_home_asks_how_it_went_and_every_answer_is_met_warmly_and_kept() {
    let mut replies = Vec::new();
    for outcome in [
        WeekOutcome::Done,
        WeekOutcome::Partly,
        WeekOutcome::NotThisTime,
    ] {
        let dir = tempfile::tempdir().expect("dir");
        let clock = Arc::new(ManualClock::new(groundwork_tests::at(EVENING)));
        let g = Groundwork::open_with(dir.path(), &groundwork_tests::test_key(), clock.clone())
            .expect("open");
        onboard(&g, true);
        let id = commit(&g);
        // During the week: no question.
        clock.set(clock.now() + Duration::days(6));
        assert_eq!(g.home_screen().expect("home").week_review, None);
        // Once it is over: asked, in his words.
        clock.set(clock.now() + Duration::days(1));
        let card = g
            .home_screen()
            .expect("home")
            .week_review
            .expect("home asks how the week went");
        assert_eq!(card.commitment_id, id);
        if outcome == WeekOutcome::Done {
            insta::assert_json_snapshot!("week_review_card", card, {
                ".commitment_id" => "[id]",
            });
        }
        let reply = g
            .answer_week_review(card.commitment_id, outcome)
            .expect("answered");
        assert_eq!(reply.outcome, outcome);
        for blame in ["fail", "should have", "again?"] {
            assert!(!reply.message.contains(blame), "{}", reply.message);
        }
        replies.push(reply.message);
        // Answered: not asked again; the answer is kept and exported.
        assert_eq!(g.home_screen().expect("home").week_review, None);
        let export = g
            .export(groundwork_core::export::ExportFormat::Json)
            .expect("export");
        let value: serde_json::Value = serde_json::from_str(&export.contents).expect("json");
        let key = match outcome {
            WeekOutcome::Done => "done",
            WeekOutcome::Partly => "partly",
            WeekOutcome::NotThisTime => "not-this-time",
        };
        assert_eq!(value["curriculum"]["commitments"][0]["week_outcome"], key);
    }
    insta::assert_json_snapshot!("week_review_replies", replies);
}

#[test]
fn a_repair_needed_after_an_anger_moment_can_be_marked_done_later() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), EVENING);
    onboard(&g, true);
    let moment = g
        .submit_anger_moment(AngerMomentInput {
            what_happened: "Shouted at the kids over shoes".into(),
            intensity: 7,
            body_cues: vec!["jaw tight".into()],
            thoughts: None,
            what_i_did: Some("Yelled, then left the room".into()),
            next_time: None,
            repair_needed: true,
            repair_done: false,
        })
        .expect("logged")
        .moment;
    assert!(!moment.repair_done);
    clock.set(clock.now() + Duration::hours(14));
    let done = g.mark_repair_done(moment.id).expect("repair done");
    assert!(done.repair_done);
    assert_eq!(
        done.what_happened, moment.what_happened,
        "nothing else changes"
    );
    assert_eq!(done.recorded_at, moment.recorded_at);
    assert!(g.recent_anger_moments(5).expect("list")[0].repair_done);
    // Marking it again keeps it done.
    assert!(g.mark_repair_done(moment.id).expect("again").repair_done);

    // A moment with no repair needed, or one that does not exist, is refused and unchanged.
    let calm = g
        .submit_anger_moment(AngerMomentInput {
            what_happened: "Traffic".into(),
            intensity: 3,
            body_cues: vec![],
            thoughts: None,
            what_i_did: None,
            next_time: None,
            repair_needed: false,
            repair_done: false,
        })
        .expect("logged")
        .moment;
    assert!(matches!(
        g.mark_repair_done(calm.id),
        Err(ApiError::InvalidInput { field, .. }) if field == "repair_done"
    ));
    assert!(
        !g.recent_anger_moments(5).expect("list")[0].repair_done,
        "the refused one is unchanged"
    );
    assert!(matches!(
        g.mark_repair_done(uuid::Uuid::new_v4()),
        Err(ApiError::NotFound { .. })
    ));
}

#[test]
fn the_weeks_end_answer_and_the_heated_answer_survive_a_backup_restored_into_a_new_app_and_a_merge()
{
    use groundwork_core::backup::RestoreMode;
    const PASSPHRASE: &str = "correct horse battery";
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), EVENING);
    onboard(&g, true);
    let id = commit(&g);
    clock.set(clock.now() + Duration::days(7));
    g.answer_week_review(id.clone(), WeekOutcome::Partly)
        .expect("answered");
    let bytes = g
        .backup_with_work_factor(PASSPHRASE, 2)
        .expect("backup")
        .contents;

    let week_outcome = |g: &Groundwork| {
        let export = g
            .export(groundwork_core::export::ExportFormat::Json)
            .expect("export");
        let value: serde_json::Value = serde_json::from_str(&export.contents).expect("json");
        value["curriculum"]["commitments"][0]["week_outcome"].clone()
    };
    for mode in [RestoreMode::ReplaceEmpty, RestoreMode::Merge] {
        let other = tempfile::tempdir().expect("dir");
        let (restored, _clock) = open_at(other.path(), "2026-03-10T21:00:00+11:00");
        if mode == RestoreMode::Merge {
            onboard(&restored, false);
        }
        restored
            .restore_backup(&bytes, PASSPHRASE, mode)
            .expect("restored");
        assert_eq!(week_outcome(&restored), "partly", "{mode:?}");
        assert_eq!(
            restored.home_screen().expect("home").week_review,
            None,
            "answered before: not asked again ({mode:?})"
        );
        assert_eq!(
            restored
                .onboarding_screen(None)
                .expect("your path")
                .hard_right_now
                .answered_yes,
            mode == RestoreMode::ReplaceEmpty,
            "a new app takes his answer; a merge keeps the one here"
        );
    }
}
