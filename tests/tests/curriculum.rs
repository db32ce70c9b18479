//! The curriculum driven exactly as a shell drives it: onboarding, the phase map, lesson steps,
//! answers, completion, tracks, the new-dad weeks, a counsellor plan and a pack upgrade. The
//! screen models along the way are snapshotted.

use std::sync::Arc;

use chrono::Duration;
use groundwork_core::curriculum::{
    BabyDate, BabyDateKind, CommitmentState, ExerciseAnswer, ExerciseView, HomeSafetyAnswer,
    HomeSafetyOutcome, LessonOutcome, LessonStepScreen, ModuleAccess, ModuleOpening, ModuleState,
    NextStepKind, OnboardingChoices,
};
use groundwork_core::{ApiError, Clock, Groundwork, JournalFilter, ManualClock};
use groundwork_tests::{answer_for, at, open_at, open_step, test_key, walk};

const START: &str = "2026-03-02T19:30:00+11:00";

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

fn first_step_with(
    g: &Groundwork,
    module_id: &str,
    pick: impl Fn(&ExerciseView) -> bool,
) -> LessonStepScreen {
    let mut step = open_step(g, module_id);
    while !step.exercise.as_ref().is_some_and(&pick) {
        let answer = step.exercise.as_ref().map(answer_for);
        step = match g
            .continue_lesson(module_id.into(), step.step_index, answer)
            .expect("continue")
        {
            LessonOutcome::Step { screen } => screen,
            LessonOutcome::Completed { .. } => panic!("no such exercise in {module_id}"),
        };
    }
    step
}

/// Onboards, takes a counsellor's recommendation of the pause plan and walks to its first step
/// whose exercise `pick` accepts.
fn pause_plan_step_with(g: &Groundwork, pick: impl Fn(&ExerciseView) -> bool) -> LessonStepScreen {
    onboard(g, &["general"], None);
    g.recommend_modules(vec!["the-pause-plan".into()], "Sam".into(), None)
        .expect("recommend");
    first_step_with(g, "the-pause-plan", pick)
}

fn invalid_field(err: ApiError) -> String {
    match err {
        ApiError::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

#[test]
fn onboarding_then_the_whole_main_path_opens_partner_skills_only_after_the_me_work() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    let home = g.home_screen().expect("home");
    assert!(home.needs_onboarding);
    assert_eq!(home.help.label, "Help now");
    let onboarding = g
        .onboarding_screen(Some("en_AU".into()))
        .expect("onboarding");
    assert_eq!(onboarding.selected_region.as_deref(), Some("AU"));
    insta::assert_json_snapshot!("onboarding_screen", onboarding);

    onboard(&g, &["general"], None);
    let home = g.home_screen().expect("home");
    assert!(!home.needs_onboarding);
    assert_eq!(home.next_step.kind, NextStepKind::Start);
    assert_eq!(
        home.next_step.module_id.as_deref(),
        Some("where-you-are-now")
    );
    insta::assert_json_snapshot!("home_after_onboarding", home);

    let map = g.phase_map().expect("map");
    let partner = map
        .phases
        .iter()
        .find(|p| p.id == "partner-skills")
        .expect("partner phase");
    assert!(partner.locked_reason.is_some());
    assert!(
        partner
            .modules
            .iter()
            .all(|m| matches!(m.access, ModuleAccess::Locked { .. }))
    );

    let first = open_step(&g, "where-you-are-now");
    insta::assert_json_snapshot!("first_lesson_step", first);

    let required = g.pack().manifest.unlock.we_requires.clone();
    let mut done = Vec::new();
    let mut partner_opened_after = None;
    loop {
        let home = g.home_screen().expect("home");
        let Some(id) = home.next_step.module_id.clone() else {
            assert_eq!(home.next_step.kind, NextStepKind::AllDone);
            break;
        };
        let completion = walk(&g, &id);
        assert!(
            !completion
                .newly_opened
                .iter()
                .any(|line| line.starts_with("Skills for two is open now")),
            "partner skills never open before the home safety question is answered"
        );
        if let Some(question) = &completion.home_safety_question {
            assert!(
                required.iter().all(|r| done.contains(r) || *r == id),
                "the question came before the me work was done"
            );
            assert_eq!(question.module_id, None);
            let HomeSafetyOutcome::Open { newly_opened, .. } = g
                .answer_home_safety_question(HomeSafetyAnswer::No, None, None)
                .expect("answer")
            else {
                panic!("a no opens")
            };
            assert!(
                newly_opened
                    .iter()
                    .any(|line| line.starts_with("Skills for two is open now")),
                "{newly_opened:?}"
            );
            partner_opened_after = Some(done.len() + 1);
        }
        if id == "the-pause-plan" {
            insta::assert_json_snapshot!("pause_plan_completion", completion, {
                ".commitment.id" => "[id]",
            });
        }
        done.push(id);
        clock.set(clock.now() + Duration::hours(20));
        assert!(done.len() <= 40, "the path never ends");
    }
    assert!(
        partner_opened_after.is_some(),
        "partner skills never opened"
    );
    let pack = g.pack();
    let general: Vec<&str> = pack
        .modules
        .iter()
        .filter(|m| m.meta.tracks.iter().any(|t| t == "general"))
        .map(|m| m.meta.id.as_str())
        .collect();
    assert_eq!(
        done.len(),
        general.len(),
        "every module on the main path, once"
    );
    let phases_seen: Vec<String> = done
        .iter()
        .map(|id| g.pack().module(id).expect("module").meta.phase.clone())
        .collect();
    let first_partner = phases_seen
        .iter()
        .position(|p| p == "partner-skills")
        .expect("partner modules done");
    assert!(
        phases_seen[..first_partner]
            .iter()
            .filter(|p| *p == "anger-as-energy")
            .count()
            >= 2,
        "the anger-as-energy work comes before partner skills"
    );
    let map = g.phase_map().expect("map");
    assert!(
        map.phases
            .iter()
            .filter(|p| p.on_your_tracks)
            .all(|p| p.completed == p.total)
    );
    insta::assert_json_snapshot!("phase_map_all_done", map);
}

#[test]
fn a_half_answered_step_is_there_exactly_as_left_after_closing_the_app() {
    let dir = tempfile::tempdir().expect("dir");
    {
        let (g, _) = open_at(dir.path(), START);
        onboard(&g, &["general"], None);
        let step = first_step_with(&g, "where-you-are-now", |e| {
            matches!(e, ExerciseView::Reflection { .. })
        });
        let saved = g
            .save_answer(
                step.module_id.clone(),
                step.step_index,
                ExerciseAnswer::Reflection {
                    text: "Half a thought, and".into(),
                },
            )
            .expect("draft");
        assert_eq!(
            saved.answer,
            Some(ExerciseAnswer::Reflection {
                text: "Half a thought, and".into()
            })
        );
        g.close();
    }
    let (g, _) = open_at(dir.path(), "2026-03-03T08:00:00+11:00");
    let home = g.home_screen().expect("home");
    assert_eq!(home.next_step.kind, NextStepKind::Continue);
    let resumed = open_step(&g, "where-you-are-now");
    assert!(matches!(
        resumed.exercise,
        Some(ExerciseView::Reflection { .. })
    ));
    assert_eq!(
        resumed.answer,
        Some(ExerciseAnswer::Reflection {
            text: "Half a thought, and".into()
        })
    );
    let overview = g
        .module_overview("where-you-are-now".into())
        .expect("overview");
    assert_eq!(overview.action_label.as_deref(), Some("Continue"));
    assert_eq!(
        overview.steps[resumed.step_index as usize].state,
        groundwork_core::curriculum::StepState::InProgress
    );
}

#[test]
fn a_reflection_becomes_a_journal_entry_linked_to_its_step_and_a_review_edits_the_same_entry() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), START);
    onboard(&g, &["general"], None);
    let step = first_step_with(&g, "where-you-are-now", |e| {
        matches!(e, ExerciseView::Reflection { .. })
    });
    let Some(ExerciseView::Reflection { prompt, .. }) = step.exercise.clone() else {
        unreachable!()
    };
    g.continue_lesson(
        step.module_id.clone(),
        step.step_index,
        Some(ExerciseAnswer::Reflection {
            text: "Work has been heavy.".into(),
        }),
    )
    .expect("continue");
    let page = g
        .journal_page(JournalFilter::default(), None, 10)
        .expect("page");
    assert_eq!(page.items.len(), 1);
    let entry = g.journal_entry(page.items[0].id).expect("entry");
    assert_eq!(entry.body, "Work has been heavy.");
    assert_eq!(entry.prompt_text.as_deref(), Some(prompt.as_str()));

    // Finish, then go through the module again and change the reflection.
    walk(&g, "where-you-are-now");
    let step = first_step_with(&g, "where-you-are-now", |e| {
        matches!(e, ExerciseView::Reflection { .. })
    });
    assert!(step.reviewing);
    assert_eq!(
        step.answer,
        Some(ExerciseAnswer::Reflection {
            text: "Work has been heavy.".into()
        })
    );
    g.continue_lesson(
        step.module_id.clone(),
        step.step_index,
        Some(ExerciseAnswer::Reflection {
            text: "Work has been heavy, and I've been short with people.".into(),
        }),
    )
    .expect("continue");
    let page = g
        .journal_page(JournalFilter::default(), None, 10)
        .expect("page");
    assert_eq!(
        page.items.len(),
        1,
        "the same entry is edited, not a second one"
    );
    assert_eq!(
        g.journal_entry(page.items[0].id).expect("entry").body,
        "Work has been heavy, and I've been short with people."
    );
}

#[test]
fn a_plan_builder_fills_a_living_document_that_is_edited_outside_the_module_too() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), START);
    let step = pause_plan_step_with(&g, |e| matches!(e, ExerciseView::Plan { .. }));
    insta::assert_json_snapshot!("pause_plan_builder_step", step);
    let mut fields = std::collections::HashMap::new();
    fields.insert(
        "pause-words".to_owned(),
        "I'm getting heated. Back at 8.".to_owned(),
    );
    g.continue_lesson(
        step.module_id.clone(),
        step.step_index,
        Some(ExerciseAnswer::Plan { fields }),
    )
    .expect("continue");
    let doc = g.living_document("pause-plan".into()).expect("doc");
    assert!(doc.started);
    assert_eq!(
        doc.fields
            .iter()
            .find(|f| f.id == "pause-words")
            .map(|f| f.value.as_str()),
        Some("I'm getting heated. Back at 8.")
    );
    let mut edit = std::collections::HashMap::new();
    edit.insert("how-long".to_owned(), "30 minutes".to_owned());
    g.save_living_document("pause-plan".into(), edit)
        .expect("edit");
    let back = g
        .go_to_step("the-pause-plan".into(), step.step_index)
        .expect("back");
    let Some(ExerciseAnswer::Plan { fields }) = back.answer else {
        panic!("the plan shows its document")
    };
    assert_eq!(
        fields.get("how-long").map(String::as_str),
        Some("30 minutes")
    );
    assert_eq!(
        fields.get("pause-words").map(String::as_str),
        Some("I'm getting heated. Back at 8.")
    );
}

#[test]
fn this_weeks_commitment_is_on_home_for_seven_days_and_can_be_marked_without_blame() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    onboard(&g, &["general"], None);
    let completion = walk(&g, "where-you-are-now");
    let commitment = completion.commitment.expect("a commitment");
    let home = g.home_screen().expect("home");
    assert_eq!(home.commitments.len(), 1);
    assert_eq!(home.commitments[0].text, commitment.text);
    assert_eq!(home.commitments[0].state, CommitmentState::Open);

    clock.set(at("2026-03-05T09:00:00+11:00"));
    let home = g
        .set_commitment_state(commitment.id.clone(), CommitmentState::NotThisTime)
        .expect("mark");
    assert_eq!(home.commitments[0].state, CommitmentState::NotThisTime);
    assert_eq!(
        home.commitments[0].when_label,
        "Not this time. That's fine."
    );

    clock.set(at("2026-03-08T21:00:00+11:00"));
    assert_eq!(g.home_screen().expect("home").commitments.len(), 1, "day 7");
    clock.set(at("2026-03-09T08:00:00+11:00"));
    assert!(
        g.home_screen().expect("home").commitments.is_empty(),
        "the week is over"
    );
    assert!(matches!(
        g.set_commitment_state("no-such-id".into(), CommitmentState::Done),
        Err(ApiError::NotFound { .. })
    ));
}

#[test]
fn the_new_father_track_brings_each_module_in_its_week_from_twenty_weeks_pregnant_through_the_first_year()
 {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), START);
    let today = clock.now().date_naive();
    let due = today + Duration::weeks(20);
    onboard(
        &g,
        &["new-father"],
        Some(BabyDate {
            kind: BabyDateKind::Due,
            date: due,
        }),
    );
    let mut timeline = Vec::new();
    let born_early = due - Duration::weeks(2);
    // From 20 weeks before the due date to the end of the first year.
    for week in 0..=72 {
        let now = at(START) + Duration::weeks(week);
        clock.set(now);
        let date = now.date_naive();
        if date >= born_early && date < born_early + Duration::weeks(1) {
            // The baby comes two weeks early.
            g.set_baby_date(Some(BabyDate {
                kind: BabyDateKind::Born,
                date: born_early,
            }))
            .expect("birthday");
            timeline.push(format!("{date}: the baby is born, two weeks early"));
        }
        let home = g.home_screen().expect("home");
        match home.next_step.kind {
            NextStepKind::ThisWeek => {
                let id = home.next_step.module_id.clone().expect("module");
                if let ModuleOpening::Question { .. } = g.open_module(id.clone()).expect("open") {
                    g.answer_home_safety_question(HomeSafetyAnswer::No, Some(id.clone()), None)
                        .expect("answer");
                    timeline.push(format!(
                        "{date}: asked before {id} whether anyone at home is afraid; answered no"
                    ));
                }
                walk(&g, &id);
                timeline.push(format!(
                    "{date}: {id} ({})",
                    home.next_step.detail.split('.').next().unwrap_or("")
                ));
            }
            NextStepKind::Upcoming | NextStepKind::AllDone => {}
            other => panic!("unexpected next step {other:?} in week {week}"),
        }
    }
    insta::assert_json_snapshot!("new_father_timeline", timeline);
    let done: Vec<&str> = timeline
        .iter()
        .filter(|line| !line.ends_with("two weeks early") && !line.ends_with("answered no"))
        .filter_map(|line| line.split(": ").nth(1))
        .filter_map(|rest| rest.split(' ').next())
        .collect();
    let pack = g.pack();
    let mut by_week: Vec<(&str, i32)> = pack
        .modules
        .iter()
        .filter_map(|m| m.meta.week.map(|w| (m.meta.id.as_str(), w)))
        .collect();
    by_week.sort_by_key(|(_, w)| *w);
    let expected: Vec<&str> = by_week.iter().map(|(id, _)| *id).collect();
    assert_eq!(done, expected, "each module once, in the order of its week");
    let map = g.phase_map().expect("map");
    let dad = map
        .phases
        .iter()
        .find(|p| p.id == "new-dad")
        .expect("phase");
    assert_eq!(dad.completed, dad.total);
}

#[test]
fn without_a_baby_date_the_new_dad_modules_come_one_after_another() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), START);
    onboard(&g, &["new-father"], None);
    let timed: Vec<String> = g
        .pack()
        .modules
        .iter()
        .filter(|m| m.meta.phase == "new-dad")
        .map(|m| m.meta.id.clone())
        .collect();
    let err = g
        .open_module(timed[1].clone())
        .expect_err("second is not open yet");
    assert_eq!(invalid_field(err), "module_id");
    for id in &timed {
        let home = g.home_screen().expect("home");
        assert_eq!(home.next_step.module_id.as_ref(), Some(id));
        if let ModuleOpening::Question { .. } = g.open_module(id.clone()).expect("open") {
            g.answer_home_safety_question(HomeSafetyAnswer::No, Some(id.clone()), None)
                .expect("answer");
        }
        walk(&g, id);
    }
    assert_eq!(
        g.home_screen().expect("home").next_step.kind,
        NextStepKind::AllDone
    );
}

#[test]
fn a_counsellor_plan_comes_first_opens_its_modules_and_still_keeps_partner_skills_for_later() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), START);
    onboard(&g, &["general"], None);
    assert!(matches!(
        g.module_overview("shame-and-guilt".into())
            .expect("overview")
            .module
            .access,
        ModuleAccess::Locked { .. }
    ));
    let home = g
        .recommend_modules(
            vec!["shame-and-guilt".into(), "gentle-start-up".into()],
            "Alex (counsellor)".into(),
            Some("Let's talk about this one on Thursday.".into()),
        )
        .expect("recommend");
    assert_eq!(home.next_step.kind, NextStepKind::Recommended);
    assert_eq!(home.next_step.module_id.as_deref(), Some("shame-and-guilt"));
    insta::assert_json_snapshot!("home_with_counsellor_plan", home);
    let overview = g
        .module_overview("shame-and-guilt".into())
        .expect("overview");
    assert_eq!(overview.module.access, ModuleAccess::Open);
    assert_eq!(
        overview.counsellor_note.as_deref(),
        Some("Let's talk about this one on Thursday.")
    );
    let err = g
        .open_module("gentle-start-up".into())
        .expect_err("partner skill");
    assert_eq!(invalid_field(err), "module_id");
    walk(&g, "shame-and-guilt");
    assert_eq!(
        g.home_screen()
            .expect("home")
            .next_step
            .module_id
            .as_deref(),
        Some("where-you-are-now"),
        "the locked recommendation waits; the path goes on"
    );

    // Bad recommendations change nothing.
    let before = g.home_screen().expect("home");
    assert!(g.recommend_modules(vec![], "Alex".into(), None).is_err());
    assert!(
        g.recommend_modules(vec!["no-such-module".into()], "Alex".into(), None)
            .is_err()
    );
    assert!(
        g.recommend_modules(vec!["appreciation".into()], " ".into(), None)
            .is_err()
    );
    assert!(
        g.recommend_modules(vec!["appreciation".into()], "x".repeat(41), None)
            .is_err()
    );
    assert_eq!(g.home_screen().expect("home"), before);

    // A code made by the terminal companion adds to the plan in the app.
    let rec =
        groundwork_core::create_recommendation_code(vec!["your-values".into()], "Jo".into(), None)
            .expect("code");
    let home = g.accept_recommendation(rec.link).expect("accept");
    let card = home.recommendations.expect("card");
    assert_eq!(card.headline, "Recommended by Jo");
    assert!(card.modules.iter().any(|m| m.id == "your-values"));
    assert!(matches!(
        g.accept_recommendation("GW-NOT-A-CODE".into()),
        Err(ApiError::InvalidInput { .. })
    ));
}

#[test]
fn switching_and_adding_tracks_loses_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), START);
    onboard(&g, &["general"], None);
    walk(&g, "where-you-are-now");
    let home = g.set_tracks(vec!["new-father".into()]).expect("switch");
    assert!(home.phases.iter().all(|p| p.id == "new-dad"));
    let home = g
        .set_tracks(vec!["general".into(), "new-father".into()])
        .expect("both");
    let me = home
        .phases
        .iter()
        .find(|p| p.id == "self-awareness")
        .expect("phase");
    assert_eq!(me.completed, 1, "the module done before is still done");
    assert_eq!(
        g.module_overview("where-you-are-now".into())
            .expect("overview")
            .module
            .state,
        ModuleState::Completed
    );
    for bad in [
        vec![],
        vec!["nope".to_owned()],
        vec!["general".into(), "general".into()],
    ] {
        assert_eq!(invalid_field(g.set_tracks(bad).expect_err("bad")), "tracks");
    }
}

#[test]
fn bad_input_is_a_typed_error_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), START);
    onboard(&g, &["general"], None);
    assert!(matches!(
        g.open_module("no-such-module".into()),
        Err(ApiError::NotFound { .. })
    ));
    assert!(matches!(
        g.module_overview("no-such-module".into()),
        Err(ApiError::NotFound { .. })
    ));
    // A locked module cannot be opened, answered or completed.
    assert_eq!(
        invalid_field(g.open_module("body-signals".into()).expect_err("locked")),
        "module_id"
    );
    assert_eq!(
        invalid_field(
            g.continue_lesson("body-signals".into(), 0, None)
                .expect_err("not opened")
        ),
        "module_id"
    );
    assert!(g.module_completion("body-signals".into()).is_err());

    let step = first_step_with(&g, "where-you-are-now", |_| true);
    let before = open_step(&g, "where-you-are-now");
    assert_eq!(before, step);
    // Wrong shape for the exercise.
    let wrong = match step.exercise {
        Some(ExerciseView::Scale { .. }) => ExerciseAnswer::Choice { index: 0 },
        _ => ExerciseAnswer::Scale { value: 3 },
    };
    assert_eq!(
        invalid_field(
            g.save_answer(step.module_id.clone(), step.step_index, wrong.clone())
                .expect_err("wrong kind")
        ),
        "answer"
    );
    assert_eq!(
        invalid_field(
            g.continue_lesson(step.module_id.clone(), step.step_index, Some(wrong))
                .expect_err("wrong kind")
        ),
        "answer"
    );
    // A step that is not the open one.
    assert_eq!(
        invalid_field(
            g.continue_lesson(step.module_id.clone(), step.step_index + 1, None)
                .expect_err("wrong step")
        ),
        "step_index"
    );
    assert_eq!(
        invalid_field(
            g.go_to_step(step.module_id.clone(), 99)
                .expect_err("far step")
        ),
        "step_index"
    );
    assert_eq!(open_step(&g, "where-you-are-now"), before);

    // Out-of-range answers for a scale, a choice and a commitment that is required.
    let scale = first_step_with(&g, "where-you-are-now", |e| {
        matches!(e, ExerciseView::Scale { .. })
    });
    let Some(ExerciseView::Scale { max, .. }) = scale.exercise else {
        unreachable!()
    };
    assert_eq!(
        invalid_field(
            g.save_answer(
                scale.module_id.clone(),
                scale.step_index,
                ExerciseAnswer::Scale { value: max + 1 }
            )
            .expect_err("too high")
        ),
        "value"
    );
    let commitment = first_step_with(&g, "where-you-are-now", |e| {
        matches!(e, ExerciseView::Commitment { .. })
    });
    assert!(!commitment.can_continue);
    assert_eq!(
        invalid_field(
            g.continue_lesson(commitment.module_id.clone(), commitment.step_index, None)
                .expect_err("required")
        ),
        "answer"
    );
    assert_eq!(
        invalid_field(
            g.continue_lesson(
                commitment.module_id.clone(),
                commitment.step_index,
                Some(ExerciseAnswer::Commitment {
                    text: "x".repeat(281)
                })
            )
            .expect_err("too long")
        ),
        "text"
    );
    assert_eq!(
        g.module_overview("where-you-are-now".into())
            .expect("o")
            .module
            .state,
        ModuleState::InProgress
    );

    // Out-of-range baby dates (an impossible one is refused before the call: `days.rs`).
    for (kind, date) in [
        (BabyDateKind::Due, "2027-12-01"),
        (BabyDateKind::Born, "2026-04-01"),
        (BabyDateKind::Born, "2020-01-01"),
    ] {
        let err = g
            .set_baby_date(Some(BabyDate {
                kind,
                date: groundwork_tests::day(date),
            }))
            .expect_err("bad date");
        assert_eq!(invalid_field(err), "baby_date");
    }
    assert!(
        g.onboarding_screen(None)
            .expect("screen")
            .baby_date
            .is_none()
    );
}

#[test]
fn a_pack_upgrade_mid_module_keeps_progress_under_a_renamed_id_and_history_of_removed_modules() {
    let dir = tempfile::tempdir().expect("dir");
    let clock = Arc::new(ManualClock::new(at(START)));
    {
        let g = Groundwork::open_with(dir.path(), &test_key(), clock.clone()).expect("open");
        onboard(&g, &["general"], None);
        walk(&g, "where-you-are-now");
        let step = open_step(&g, "your-values");
        let answer = step.exercise.as_ref().map(answer_for);
        g.continue_lesson("your-values".into(), step.step_index, answer)
            .expect("one step on");
        g.close();
    }
    // Version 1.1: "your-values" is now "what-matters-to-you"; "where-you-are-now" is gone.
    let mut pack = g_pack();
    pack.manifest.version = "1.1.0".into();
    pack.manifest
        .renamed
        .insert("your-values".into(), "what-matters-to-you".into());
    for module in &mut pack.modules {
        if module.meta.id == "your-values" {
            module.meta.id = "what-matters-to-you".into();
        }
        module
            .meta
            .prerequisites
            .retain(|p| p != "where-you-are-now");
    }
    pack.modules.retain(|m| m.meta.id != "where-you-are-now");
    pack.manifest
        .unlock
        .we_requires
        .retain(|p| p != "where-you-are-now");

    let g = Groundwork::open_with_pack(dir.path(), &test_key(), clock.clone(), Arc::new(pack))
        .expect("open with the new pack");
    let home = g.home_screen().expect("home");
    assert_eq!(home.next_step.kind, NextStepKind::Continue);
    assert_eq!(
        home.next_step.module_id.as_deref(),
        Some("what-matters-to-you")
    );
    let resumed = open_step(&g, "what-matters-to-you");
    assert_eq!(resumed.step_index, 1, "exactly where he left off");
    assert!(matches!(
        g.open_module("your-values".into()),
        Err(ApiError::NotFound { .. })
    ));
    // The removed module is not shown, and its history is kept.
    let map = g.phase_map().expect("map");
    assert!(
        map.phases
            .iter()
            .flat_map(|p| &p.modules)
            .all(|m| m.id != "where-you-are-now")
    );
    drop(g);
    let conn = groundwork_tests::raw_connection(&groundwork_core::database_path(dir.path()));
    let kept: i64 = conn
        .query_row(
            "SELECT count(*) FROM module_progress WHERE module_id = 'where-you-are-now' AND completed_at IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(kept, 1);
}

fn g_pack() -> groundwork_core::content::Pack {
    groundwork_core::content::default_pack()
        .expect("pack")
        .clone()
}

#[test]
fn reminders_name_this_weeks_commitment_and_follow_the_new_dad_weeks() {
    use groundwork_core::reminders::{
        ReminderKind, ReminderSettings, TimeOfDay, Weekday, WeeklyTime,
    };
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), START);
    // The baby was born on a Monday four weeks ago: week 5 starts next Monday.
    onboard(
        &g,
        &["general", "new-father"],
        Some(BabyDate {
            kind: BabyDateKind::Born,
            date: groundwork_tests::day("2026-02-02"),
        }),
    );
    let commitment = walk(&g, "where-you-are-now")
        .commitment
        .expect("commitment");
    g.save_reminder_settings(ReminderSettings {
        daily_check_in: None,
        weekly_practice: Some(WeeklyTime {
            weekday: Weekday::Thursday,
            time: TimeOfDay {
                hour: 18,
                minute: 0,
            },
        }),
        new_father_weekly: true,
        quiet_hours: None,
        discreet: false,
    })
    .expect("settings");
    let schedule = g.reminder_schedule(14).expect("schedule");
    let practice = schedule
        .iter()
        .find(|n| n.kind == ReminderKind::WeeklyPractice)
        .expect("a practice reminder");
    assert!(
        practice.body.contains(&commitment.text[..20]),
        "{}",
        practice.body
    );
    // Weeks 5 and 6 start in the next fortnight; only week 6 opens a module.
    let new_dad: Vec<&str> = schedule
        .iter()
        .filter(|n| n.kind == ReminderKind::NewModule)
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(new_dad, ["new-dad-2026-03-16"]);
    g.set_tracks(vec!["general".into()]).expect("tracks");
    assert!(
        !g.reminder_schedule(14)
            .expect("schedule")
            .iter()
            .any(|n| n.kind == ReminderKind::NewModule),
        "no new-dad reminders off the track"
    );
}

#[test]
fn a_reflection_with_crisis_words_is_saved_as_written_and_offers_help_gently() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), START);
    onboard(&g, &["general"], None);
    let step = first_step_with(&g, "where-you-are-now", |e| {
        matches!(e, ExerciseView::Reflection { .. })
    });
    let words = "Some nights I want to kill myself.";
    let LessonOutcome::Step { screen } = g
        .continue_lesson(
            step.module_id.clone(),
            step.step_index,
            Some(ExerciseAnswer::Reflection { text: words.into() }),
        )
        .expect("continue")
    else {
        panic!("the module goes on")
    };
    let offer = screen.crisis_answer.expect("help is offered");
    assert_eq!(offer.situation, groundwork_core::Situation::SelfHarm);
    let page = g
        .journal_page(JournalFilter::default(), None, 10)
        .expect("page");
    assert_eq!(
        g.journal_entry(page.items[0].id).expect("entry").body,
        words
    );
    let calm = open_step(&g, "where-you-are-now");
    assert!(
        calm.crisis_answer.is_none(),
        "offered once, not on every visit"
    );
}

#[test]
fn a_breathing_step_names_each_part_of_a_breath_and_its_start_and_stop_buttons() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), START);
    let step = pause_plan_step_with(&g, |e| matches!(e, ExerciseView::Breathing { .. }));
    let Some(ExerciseView::Breathing {
        phase_labels,
        controls,
        ..
    }) = step.exercise
    else {
        panic!("a breathing step");
    };
    assert_eq!(phase_labels.breathe_in, "Breathe in");
    assert_eq!(phase_labels.hold, "Hold");
    assert_eq!(phase_labels.breathe_out, "Breathe out");
    assert_eq!(controls.ready, "Ready when you are");
    assert_eq!(controls.start, "Start");
    assert_eq!(controls.stop, "Stop");
}

#[test]
fn a_commitment_card_offers_every_choice_with_its_label_and_marks_where_it_stands() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), START);
    onboard(&g, &["general"], None);
    let commitment = walk(&g, "where-you-are-now")
        .commitment
        .expect("a commitment");
    let labels = |card: &groundwork_core::curriculum::CommitmentCard| {
        card.actions
            .iter()
            .map(|a| (a.state, a.label.clone(), a.selected))
            .collect::<Vec<_>>()
    };
    let home = g.home_screen().expect("home");
    assert_eq!(
        labels(&home.commitments[0]),
        [
            (CommitmentState::Open, "Still on it".to_owned(), true),
            (CommitmentState::Done, "Done".to_owned(), false),
            (
                CommitmentState::NotThisTime,
                "Not this time".to_owned(),
                false
            ),
        ]
    );
    let home = g
        .set_commitment_state(commitment.id, CommitmentState::Done)
        .expect("mark");
    let selected: Vec<CommitmentState> = home.commitments[0]
        .actions
        .iter()
        .filter(|a| a.selected)
        .map(|a| a.state)
        .collect();
    assert_eq!(
        selected,
        [CommitmentState::Done],
        "exactly one choice is selected"
    );
}

#[test]
fn onboarding_offers_due_and_born_with_labels_and_selects_the_kind_given_before() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), START);
    let kinds = |g: &Groundwork| {
        g.onboarding_screen(None)
            .expect("onboarding")
            .baby_date_kinds
            .into_iter()
            .map(|o| (o.kind, o.label, o.selected))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds(&g),
        [
            (BabyDateKind::Due, "Due".to_owned(), true),
            (BabyDateKind::Born, "Born".to_owned(), false),
        ],
        "due is chosen until he says otherwise"
    );
    onboard(
        &g,
        &["new-father"],
        Some(BabyDate {
            kind: BabyDateKind::Born,
            date: groundwork_tests::day("2026-02-20"),
        }),
    );
    assert_eq!(
        kinds(&g),
        [
            (BabyDateKind::Due, "Due".to_owned(), false),
            (BabyDateKind::Born, "Born".to_owned(), true),
        ]
    );
}

/// Goes through `module_id` from its first step, answering as a person would and picking the
/// commitment suggestion at `pick`: how many suggestions its commitment offered, and the module ids
/// of every step or completion that came back with a crisis answer.
fn walk_picking(g: &Groundwork, module_id: &str, pick: usize) -> (usize, Vec<String>) {
    walk_committing(g, module_id, |suggestions| {
        suggestions[pick.min(suggestions.len() - 1)].clone()
    })
}

/// Goes through `module_id` as [`walk_picking`] does, committing to what `commit` makes of the
/// commitment's suggestions.
fn walk_committing(
    g: &Groundwork,
    module_id: &str,
    commit: impl Fn(&[String]) -> String,
) -> (usize, Vec<String>) {
    let (mut offered, mut crises) = (0, Vec::new());
    let Ok(groundwork_core::curriculum::ModuleOpening::Step { screen }) =
        g.open_module(module_id.to_owned())
    else {
        return (0, crises);
    };
    let mut step = g.go_to_step(screen.module_id.clone(), 0).unwrap_or(screen);
    loop {
        let answer = step.exercise.as_ref().map(|exercise| match exercise {
            ExerciseView::Commitment { suggestions, .. } => {
                offered = suggestions.len();
                ExerciseAnswer::Commitment {
                    text: commit(suggestions),
                }
            }
            ExerciseView::Reflection { .. } => ExerciseAnswer::Reflection { text: "ok".into() },
            // Fields filled with a word: the labels themselves may speak of hard moments.
            ExerciseView::Plan { fields, .. } => ExerciseAnswer::Plan {
                fields: fields.iter().map(|f| (f.id.clone(), "ok".into())).collect(),
            },
            other => answer_for(other),
        });
        match g
            .continue_lesson(step.module_id.clone(), step.step_index, answer)
            .expect("continue")
        {
            LessonOutcome::Step { screen } => {
                if screen.crisis_answer.is_some() {
                    crises.push(module_id.to_owned());
                }
                step = screen;
            }
            LessonOutcome::Completed { screen } => {
                if screen.crisis_answer.is_some() {
                    crises.push(module_id.to_owned());
                }
                return (offered, crises);
            }
        }
    }
}

#[test]
fn a_commitment_picked_from_the_packs_suggestions_never_brings_a_crisis_answer_in_either_language()
{
    for tag in ["en", "fr-CA"] {
        let language = groundwork_core::base::text::Language::of_pack(tag);
        let dir = tempfile::tempdir().expect("dir");
        let clock = Arc::new(ManualClock::new(at(START)));
        let g = Groundwork::open_in(dir.path(), &test_key(), clock, language).expect("open");
        onboard(&g, &["general"], None);
        let mut picked = 0;
        // Every commitment of the modules open on day one, each suggestion picked in turn.
        let open: Vec<String> = g
            .pack()
            .modules
            .iter()
            .filter(|m| m.meta.prerequisites.is_empty())
            .map(|m| m.meta.id.clone())
            .collect();
        for module_id in open {
            let mut pick = 0;
            loop {
                let (offered, crises) = walk_picking(&g, &module_id, pick);
                assert!(crises.is_empty(), "{tag}: suggestion {pick} of {crises:?}");
                picked += usize::from(offered > 0);
                pick += 1;
                if pick >= offered {
                    break;
                }
            }
        }
        assert!(picked > 5, "{tag}: only {picked} suggestions were tried");
    }
    // A commitment in his own words is still read: words of crisis there bring the answer.
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), START);
    onboard(&g, &["general"], None);
    let (_, crises) = walk_committing(&g, "where-you-are-now", |_| {
        "Honestly I just want to end my life this week".into()
    });
    assert_eq!(crises, ["where-you-are-now"]);
}
