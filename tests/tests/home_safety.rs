//! The home safety question, driven as a shell drives it: before the exercises he does together
//! with his partner open (skills for two, and the new-dad team modules), the core asks once
//! whether anyone at home is afraid of him. A no opens them; a yes or "not sure" keeps them
//! closed, with help for him on his own, and asks again four weeks later. The answer is his:
//! in his backup and export, never in a report for his counsellor.

use std::collections::BTreeMap;

use chrono::Duration;
use groundwork_core::backup::RestoreMode;
use groundwork_core::curriculum::{
    BabyDate, BabyDateKind, HomeSafetyAnswer, HomeSafetyNotYetScreen, HomeSafetyOutcome,
    HomeSafetyQuestion, ModuleAccess, ModuleCompletionScreen, ModuleOpening, ModuleState,
    NextStepKind, OnboardingChoices,
};
use groundwork_core::export::ExportFormat;
use groundwork_core::share::{ShareFormat, ShareSelection};
use groundwork_core::{ApiError, Clock, Groundwork, JournalFilter, ManualClock, Situation};
use groundwork_tests::{at, day, open_at, open_step, walk};

const START: &str = "2026-03-02T19:30:00+11:00";

/// A partner module with no prerequisite beyond the "me" work.
const PARTNER: &str = "listening-to-understand";

fn onboard(g: &Groundwork, tracks: &[&str], baby: Option<BabyDate>) {
    g.complete_onboarding(OnboardingChoices {
        region: "AU".into(),
        track_ids: tracks.iter().map(|t| (*t).to_owned()).collect(),
        baby_date: baby,
        discreet_mode: false,
        things_are_hard: false,
    })
    .expect("onboarding");
}

/// Onboards on the main path and walks the module home offers next, a day apart, until a
/// completion screen asks the home safety question (the "me" work is done); returns it.
fn up_to_the_question(g: &Groundwork, clock: &ManualClock) -> ModuleCompletionScreen {
    onboard(g, &["general"], None);
    for _ in 0..20 {
        let id = g
            .home_screen()
            .expect("home")
            .next_step
            .module_id
            .expect("a module to do");
        let completion = walk(g, &id);
        clock.set(clock.now() + Duration::days(1));
        if completion.home_safety_question.is_some() {
            return completion;
        }
    }
    panic!("the question never came")
}

fn question_of(opening: ModuleOpening) -> HomeSafetyQuestion {
    match opening {
        ModuleOpening::Question { screen } => screen,
        other => panic!("expected the question, got {other:?}"),
    }
}

fn not_yet_of(opening: ModuleOpening) -> HomeSafetyNotYetScreen {
    match opening {
        ModuleOpening::NotYet { screen } => screen,
        other => panic!("expected \"not yet\", got {other:?}"),
    }
}

fn answer(g: &Groundwork, reply: HomeSafetyAnswer, module: Option<&str>) -> HomeSafetyOutcome {
    g.answer_home_safety_question(reply, module.map(str::to_owned), None)
        .expect("answer")
}

fn access_of(g: &Groundwork, id: &str) -> ModuleAccess {
    g.module_overview(id.into())
        .expect("overview")
        .module
        .access
}

/// Every module's state, by id, as the phase map shows it.
fn states(g: &Groundwork) -> BTreeMap<String, ModuleState> {
    g.phase_map()
        .expect("map")
        .phases
        .into_iter()
        .flat_map(|p| p.modules)
        .map(|m| (m.id, m.state))
        .collect()
}

fn export_json(g: &Groundwork) -> serde_json::Value {
    serde_json::from_str(&g.export(ExportFormat::Json).expect("export").contents).expect("json")
}

fn invalid_field(err: ApiError) -> String {
    match err {
        ApiError::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

#[test]
fn before_he_answers_a_partner_module_asks_the_question_and_nothing_opens() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    let texts = g.pack().safety.home_safety.clone();
    let completion = up_to_the_question(&g, &clock);
    assert!(
        !completion
            .newly_opened
            .iter()
            .any(|line| line.contains("Skills for two")),
        "the completion screen does not say skills for two opened: {:?}",
        completion.newly_opened
    );
    let offered = completion.home_safety_question.expect("offered");
    assert_eq!(offered.question, texts.question);
    assert_eq!(offered.intro, texts.intro);
    let choices: Vec<(HomeSafetyAnswer, String)> = offered
        .choices
        .iter()
        .map(|c| (c.answer, c.label.clone()))
        .collect();
    assert_eq!(
        choices,
        [
            (HomeSafetyAnswer::Yes, "Yes".to_owned()),
            (HomeSafetyAnswer::No, "No".to_owned()),
            (HomeSafetyAnswer::NotSure, "I'm not sure".to_owned()),
        ]
    );

    // The partner modules show as needing the question, and opening one asks it.
    let map = g.phase_map().expect("map");
    let partner = map
        .phases
        .iter()
        .find(|p| p.id == "partner-skills")
        .expect("partner phase");
    assert_eq!(
        partner.locked_reason.as_deref(),
        Some(texts.ask_label.as_str())
    );
    let card = partner
        .modules
        .iter()
        .find(|m| m.id == PARTNER)
        .expect("card");
    assert_eq!(
        card.access,
        ModuleAccess::AskFirst {
            reason: texts.ask_label.clone()
        }
    );
    assert_eq!(card.state_label, texts.ask_label);
    let home = g.home_screen().expect("home");
    assert!(
        home.phases
            .iter()
            .any(|p| p.id == "partner-skills" && !p.open)
    );
    let overview = g.module_overview(PARTNER.into()).expect("overview");
    assert_eq!(overview.action_label.as_deref(), Some("Start"));
    let asked = question_of(g.open_module(PARTNER.into()).expect("open"));
    assert_eq!(asked.module_id.as_deref(), Some(PARTNER));
    assert_eq!(asked.question, texts.question);

    // Asking saved nothing, and the module cannot be gone through around the question.
    assert_eq!(states(&g)[PARTNER], ModuleState::NotStarted);
    assert_eq!(
        export_json(&g)["curriculum"]["home_safety_answers"],
        serde_json::json!([])
    );
    assert_eq!(
        invalid_field(
            g.continue_lesson(PARTNER.into(), 0, None)
                .expect_err("not opened")
        ),
        "module_id"
    );
}

#[test]
fn yes_keeps_partner_skills_closed_with_the_reason_help_and_his_own_work_and_changes_no_progress() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    let texts = g.pack().safety.home_safety.clone();
    up_to_the_question(&g, &clock);
    let before = states(&g);
    let modules_before = export_json(&g)["curriculum"]["modules"].clone();
    let journal_before = g
        .journal_page(JournalFilter::default(), None, 100)
        .expect("journal");

    let HomeSafetyOutcome::NotYet { screen } = g
        .answer_home_safety_question(
            HomeSafetyAnswer::Yes,
            Some(PARTNER.into()),
            Some("en_AU".into()),
        )
        .expect("answer")
    else {
        panic!("a yes keeps them closed")
    };
    assert_eq!(screen.message, texts.not_yet);
    assert!(screen.message.contains("both of you feel safe"));
    assert_eq!(screen.ask_again, texts.ask_again);
    let today = groundwork_core::days::lived_day(clock.now());
    assert_eq!(screen.asks_again_on, today + Duration::days(28));
    // The lines for men worried they might hurt someone, for his region.
    let help = &screen.help_now;
    assert_eq!(help.situation, Some(Situation::HurtSomeone));
    assert_eq!(help.region.as_ref().map(|r| r.code.as_str()), Some("AU"));
    assert!(help.emergency.is_some());
    assert!(!help.lines.is_empty());
    let hurt_intro = g
        .pack()
        .safety
        .situations
        .iter()
        .find(|s| Situation::from(s.id) == Situation::HurtSomeone)
        .map(|s| s.intro.clone());
    assert_eq!(help.situation_intro, hurt_intro);
    // What he can do on his own: none of it done together with his partner.
    assert_eq!(screen.own_work_title, texts.own_work);
    assert!(!screen.own_work.is_empty());
    let pack = g.pack();
    for card in &screen.own_work {
        let module = pack.module(&card.id).expect("module");
        assert_ne!(module.meta.phase, "partner-skills", "{}", card.id);
        assert!(!module.meta.with_partner, "{}", card.id);
        assert_eq!(card.access, ModuleAccess::Open, "{}", card.id);
    }

    // Closed, saying why, and opening one shows the same screen; his progress is as it was.
    assert_eq!(
        access_of(&g, PARTNER),
        ModuleAccess::Locked {
            reason: texts.closed_label.clone()
        }
    );
    let partner = g
        .phase_map()
        .expect("map")
        .phases
        .into_iter()
        .find(|p| p.id == "partner-skills")
        .expect("partner phase");
    assert_eq!(partner.locked_reason, Some(texts.closed_label.clone()));
    assert_eq!(
        g.module_overview(PARTNER.into()).expect("o").action_label,
        None
    );
    let again = not_yet_of(g.open_module(PARTNER.into()).expect("open"));
    assert_eq!(again.message, screen.message);
    assert_eq!(again.asks_again_on, screen.asks_again_on);
    assert_eq!(states(&g), before);
    assert_eq!(export_json(&g)["curriculum"]["modules"], modules_before);
    assert_eq!(
        g.journal_page(JournalFilter::default(), None, 100)
            .expect("journal"),
        journal_before
    );
    let next = g.home_screen().expect("home").next_step;
    assert_ne!(next.module_id.as_deref(), Some(PARTNER));
}

#[test]
fn not_sure_keeps_partner_skills_closed_just_as_yes_does() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    let texts = g.pack().safety.home_safety.clone();
    up_to_the_question(&g, &clock);
    let before = states(&g);
    let HomeSafetyOutcome::NotYet { screen } = answer(&g, HomeSafetyAnswer::NotSure, None) else {
        panic!("not sure keeps them closed")
    };
    assert_eq!(screen.message, texts.not_yet);
    assert_eq!(screen.help_now.situation, Some(Situation::HurtSomeone));
    assert!(matches!(
        access_of(&g, PARTNER),
        ModuleAccess::Locked { .. }
    ));
    not_yet_of(g.open_module(PARTNER.into()).expect("open"));
    assert_eq!(states(&g), before);
    assert_eq!(
        export_json(&g)["curriculum"]["home_safety_answers"][0]["answer"],
        "not-sure"
    );
}

#[test]
fn no_opens_partner_skills_once_the_me_work_is_done() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    let texts = g.pack().safety.home_safety.clone();
    up_to_the_question(&g, &clock);
    let HomeSafetyOutcome::Open {
        message,
        newly_opened,
        next,
    } = answer(&g, HomeSafetyAnswer::No, Some(PARTNER))
    else {
        panic!("a no opens")
    };
    assert_eq!(message, texts.after_no);
    assert!(
        newly_opened
            .iter()
            .any(|line| line.starts_with("Skills for two is open now")),
        "{newly_opened:?}"
    );
    assert_eq!(next.module_id.as_deref(), Some(PARTNER));
    assert_eq!(next.kind, NextStepKind::Start);
    assert_eq!(access_of(&g, PARTNER), ModuleAccess::Open);
    let map = g.phase_map().expect("map");
    let partner = map
        .phases
        .iter()
        .find(|p| p.id == "partner-skills")
        .expect("partner phase");
    assert_eq!(partner.locked_reason, None);
    // Other rules still apply: a prerequisite not done keeps its module locked.
    let repair = partner
        .modules
        .iter()
        .find(|m| m.id == "repair-after-conflict")
        .expect("card");
    assert!(
        matches!(&repair.access, ModuleAccess::Locked { reason } if reason.contains("Opens after")),
        "{:?}",
        repair.access
    );
    let step = open_step(&g, PARTNER);
    assert_eq!(step.step_index, 0);
    walk(&g, PARTNER);
    assert_eq!(states(&g)[PARTNER], ModuleState::Completed);
}

#[test]
fn after_a_yes_the_question_waits_four_weeks_by_the_lived_day_then_comes_back_and_a_no_opens() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    up_to_the_question(&g, &clock);
    // Answered at 21:00 on 10 March: lived day 10 March, asked again from 7 April.
    clock.set(at("2026-03-10T21:00:00+11:00"));
    let HomeSafetyOutcome::NotYet { screen } = answer(&g, HomeSafetyAnswer::Yes, Some(PARTNER))
    else {
        panic!("closed")
    };
    assert_eq!(screen.asks_again_on, groundwork_tests::day("2026-04-07"));

    // 27 days later: still closed, and not asked.
    clock.set(at("2026-04-06T21:00:00+10:00"));
    not_yet_of(g.open_module(PARTNER.into()).expect("open"));
    assert!(matches!(
        access_of(&g, PARTNER),
        ModuleAccess::Locked { .. }
    ));
    assert_eq!(
        invalid_field(
            g.answer_home_safety_question(HomeSafetyAnswer::No, Some(PARTNER.into()), None)
                .expect_err("not asked yet")
        ),
        "answer"
    );
    // 03:30 on 7 April is still the night of 6 April.
    clock.set(at("2026-04-07T03:30:00+10:00"));
    not_yet_of(g.open_module(PARTNER.into()).expect("open"));

    // 28 days later: asked again, and a no opens.
    clock.set(at("2026-04-07T09:00:00+10:00"));
    assert!(matches!(
        access_of(&g, PARTNER),
        ModuleAccess::AskFirst { .. }
    ));
    question_of(g.open_module(PARTNER.into()).expect("open"));
    let HomeSafetyOutcome::Open { next, .. } = answer(&g, HomeSafetyAnswer::No, Some(PARTNER))
    else {
        panic!("a no opens")
    };
    assert_eq!(next.module_id.as_deref(), Some(PARTNER));
    open_step(&g, PARTNER);
    let answers = export_json(&g)["curriculum"]["home_safety_answers"].clone();
    let kept: Vec<(&str, &str)> = answers
        .as_array()
        .expect("answers")
        .iter()
        .map(|a| {
            (
                a["answer"].as_str().expect("answer"),
                a["local_day"].as_str().expect("day"),
            )
        })
        .collect();
    assert_eq!(kept, [("yes", "2026-03-10"), ("no", "2026-04-07")]);
}

#[test]
fn a_counsellors_recommendation_of_a_partner_module_still_asks_first() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    up_to_the_question(&g, &clock);
    // "Repair after conflict" comes after "Gentle start-up", but a recommendation opens it.
    let home = g
        .recommend_modules(vec!["repair-after-conflict".into()], "Alex".into(), None)
        .expect("recommend");
    assert_eq!(home.next_step.kind, NextStepKind::Recommended);
    assert_eq!(
        home.next_step.module_id.as_deref(),
        Some("repair-after-conflict")
    );
    assert!(matches!(
        access_of(&g, "repair-after-conflict"),
        ModuleAccess::AskFirst { .. }
    ));
    let asked = question_of(g.open_module("repair-after-conflict".into()).expect("open"));
    assert_eq!(asked.module_id.as_deref(), Some("repair-after-conflict"));
    answer(&g, HomeSafetyAnswer::Yes, Some("repair-after-conflict"));
    not_yet_of(g.open_module("repair-after-conflict".into()).expect("open"));
    // A code read later changes nothing either.
    let code =
        groundwork_core::create_recommendation_code(vec!["appreciation".into()], "Jo".into(), None)
            .expect("code");
    g.accept_recommendation(code.code).expect("accept");
    not_yet_of(g.open_module("appreciation".into()).expect("open"));
    assert_ne!(
        g.home_screen()
            .expect("home")
            .next_step
            .module_id
            .as_deref(),
        Some("appreciation")
    );
}

#[test]
fn the_answer_survives_a_backup_is_in_the_json_export_and_never_in_a_counsellor_report() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    let texts = g.pack().safety.home_safety.clone();
    up_to_the_question(&g, &clock);
    answer(&g, HomeSafetyAnswer::NotSure, Some(PARTNER));
    let answered_on = groundwork_core::days::lived_day(clock.now())
        .format("%Y-%m-%d")
        .to_string();

    let export = export_json(&g);
    let answers = &export["curriculum"]["home_safety_answers"];
    assert_eq!(answers.as_array().map(Vec::len), Some(1));
    assert_eq!(answers[0]["answer"], "not-sure");
    assert_eq!(answers[0]["local_day"], answered_on.as_str());
    assert!(answers[0]["answered_at"].is_string());

    // Back from a backup on a new phone: the same answer, so the same closed door.
    let file = g
        .backup_with_work_factor("correct horse battery", 2)
        .expect("backup");
    let new_dir = tempfile::tempdir().expect("dir");
    let (restored, new_clock) = open_at(new_dir.path(), START);
    new_clock.set(clock.now());
    let summary = restored
        .restore_backup(
            &file.contents,
            "correct horse battery",
            RestoreMode::ReplaceEmpty,
        )
        .expect("restore");
    assert_eq!(summary.added.home_safety_answers, 1);
    assert_eq!(
        export_json(&restored)["curriculum"]["home_safety_answers"],
        *answers
    );
    not_yet_of(restored.open_module(PARTNER.into()).expect("open"));

    // A report with everything he could choose holds none of it.
    let entries: Vec<uuid::Uuid> = g
        .journal_page(JournalFilter::default(), None, 100)
        .expect("journal")
        .items
        .into_iter()
        .map(|i| i.id)
        .collect();
    let documents: Vec<String> = g
        .living_documents()
        .expect("documents")
        .into_iter()
        .filter(|d| d.started)
        .map(|d| d.id)
        .collect();
    assert!(!entries.is_empty() && !documents.is_empty());
    let everything = ShareSelection {
        from_day: day("2026-03-01"),
        to_day: day(&answered_on),
        include_trends: true,
        journal_entry_ids: entries,
        include_completed_modules: true,
        living_document_ids: documents,
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
            report.contains("Where you are now"),
            "the report has content"
        );
        for shown in [&report, &preview] {
            let lower = shown.to_lowercase();
            for never in [
                "afraid",
                "not-sure",
                "not sure",
                "home safety",
                "home_safety",
                texts.question.as_str(),
                texts.not_yet.as_str(),
                texts.ask_label.as_str(),
                texts.closed_label.as_str(),
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
fn the_new_dad_modules_done_as_a_couple_wait_for_the_same_question_and_it_is_asked_once() {
    let dir = tempfile::tempdir().expect("dir");
    // Born on 8 December: 12 weeks old on 2 March, so week 10's team module is open.
    let (g, clock) = open_at(dir.path(), START);
    onboard(
        &g,
        &["new-father"],
        Some(BabyDate {
            kind: BabyDateKind::Born,
            date: groundwork_tests::day("2025-12-08"),
        }),
    );
    // The track's opening module comes first; once it is done, this week's is next.
    assert_eq!(
        g.home_screen()
            .expect("home")
            .next_step
            .module_id
            .as_deref(),
        Some("becoming-a-dad")
    );
    walk(&g, "becoming-a-dad");
    let home = g.home_screen().expect("home");
    assert_eq!(home.next_step.kind, NextStepKind::ThisWeek);
    assert_eq!(
        home.next_step.module_id.as_deref(),
        Some("co-parenting-as-a-team")
    );
    assert!(matches!(
        access_of(&g, "co-parenting-as-a-team"),
        ModuleAccess::AskFirst { .. }
    ));
    // The ones he does on his own open as before.
    assert_eq!(
        access_of(&g, "her-recovery-and-perinatal-mood"),
        ModuleAccess::Open
    );
    let asked = question_of(
        g.open_module("co-parenting-as-a-team".into())
            .expect("open"),
    );
    assert_eq!(asked.module_id.as_deref(), Some("co-parenting-as-a-team"));

    let HomeSafetyOutcome::NotYet { screen } =
        answer(&g, HomeSafetyAnswer::Yes, Some("co-parenting-as-a-team"))
    else {
        panic!("closed")
    };
    let own: Vec<&str> = screen.own_work.iter().map(|m| m.id.as_str()).collect();
    assert!(own.contains(&"her-recovery-and-perinatal-mood"), "{own:?}");
    assert!(!own.contains(&"co-parenting-as-a-team"), "{own:?}");
    assert!(matches!(
        access_of(&g, "co-parenting-as-a-team"),
        ModuleAccess::Locked { .. }
    ));

    // Four weeks on: asked again; a no opens the team module now and the couple's module when
    // its week comes, without asking again.
    clock.set(at(START) + Duration::days(28));
    question_of(
        g.open_module("co-parenting-as-a-team".into())
            .expect("open"),
    );
    answer(&g, HomeSafetyAnswer::No, Some("co-parenting-as-a-team"));
    walk(&g, "co-parenting-as-a-team");
    assert!(matches!(
        access_of(&g, "still-a-team-of-two"),
        ModuleAccess::Upcoming { .. }
    ));
    clock.set(at("2026-06-08T19:30:00+10:00"));
    assert_eq!(access_of(&g, "still-a-team-of-two"), ModuleAccess::Open);
    walk(&g, "still-a-team-of-two");
}

#[test]
fn an_answer_when_the_question_is_not_being_asked_is_a_typed_error_that_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), START);
    onboard(&g, &["general"], None);
    // Before the "me" work, partner modules are locked by it, and nothing asks the question.
    assert!(matches!(
        access_of(&g, PARTNER),
        ModuleAccess::Locked { .. }
    ));
    assert_eq!(
        invalid_field(g.open_module(PARTNER.into()).expect_err("locked")),
        "module_id"
    );
    let before = (states(&g), g.home_screen().expect("home"));
    for reply in [
        HomeSafetyAnswer::Yes,
        HomeSafetyAnswer::No,
        HomeSafetyAnswer::NotSure,
    ] {
        assert_eq!(
            invalid_field(
                g.answer_home_safety_question(reply, None, None)
                    .expect_err("not asked")
            ),
            "answer"
        );
    }
    assert_eq!((states(&g), g.home_screen().expect("home")), before);
    assert_eq!(
        export_json(&g)["curriculum"]["home_safety_answers"],
        serde_json::json!([])
    );

    // Asked now, but for a module the pack does not have.
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    up_to_the_question(&g, &clock);
    assert!(matches!(
        g.answer_home_safety_question(HomeSafetyAnswer::No, Some("no-such-module".into()), None),
        Err(ApiError::NotFound { .. })
    ));
    question_of(g.open_module(PARTNER.into()).expect("still asked"));
    // Answered no: the question is not asked again, and a second answer changes nothing.
    answer(&g, HomeSafetyAnswer::No, None);
    assert_eq!(
        invalid_field(
            g.answer_home_safety_question(HomeSafetyAnswer::Yes, None, None)
                .expect_err("answered")
        ),
        "answer"
    );
    open_step(&g, PARTNER);
    assert_eq!(
        export_json(&g)["curriculum"]["home_safety_answers"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

#[test]
fn a_partner_module_started_before_the_question_came_asks_first_and_is_not_gone_on_around_it() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    up_to_the_question(&g, &clock);
    let now = clock.now();
    drop(g);
    // Started under an earlier version, with no question then: two steps in.
    groundwork_tests::raw_connection(&groundwork_core::database_path(dir.path()))
        .execute(
            "INSERT INTO module_progress (module_id, title, current_step, furthest_step, started_at, updated_at)
             VALUES (?1, 'Listening to understand', 1, 1, ?2, ?2)",
            rusqlite::params![PARTNER, now.timestamp_millis()],
        )
        .expect("progress");
    let (g, clock) = open_at(dir.path(), &now.to_rfc3339());
    let home = g.home_screen().expect("home");
    assert_eq!(home.next_step.kind, NextStepKind::Continue);
    assert_eq!(home.next_step.module_id.as_deref(), Some(PARTNER));
    question_of(g.open_module(PARTNER.into()).expect("open"));
    for refused in [
        g.continue_lesson(PARTNER.into(), 1, None).map(drop),
        g.go_to_step(PARTNER.into(), 0).map(drop),
        g.save_answer(
            PARTNER.into(),
            1,
            groundwork_core::curriculum::ExerciseAnswer::Reflection { text: "x".into() },
        )
        .map(drop),
    ] {
        assert_eq!(invalid_field(refused.expect_err("asks first")), "module_id");
    }
    // Closed after a yes: home no longer offers to continue it, and his place in it is kept.
    answer(&g, HomeSafetyAnswer::Yes, Some(PARTNER));
    assert_ne!(
        g.home_screen()
            .expect("home")
            .next_step
            .module_id
            .as_deref(),
        Some(PARTNER)
    );
    assert_eq!(states(&g)[PARTNER], ModuleState::InProgress);
    clock.set(clock.now() + Duration::days(28));
    answer(&g, HomeSafetyAnswer::No, Some(PARTNER));
    assert_eq!(open_step(&g, PARTNER).step_index, 1, "where he left off");
}
