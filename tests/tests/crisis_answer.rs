//! What he sees straight after writing something the crisis check finds, per situation, and the
//! quiet question the next time he opens the app.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use groundwork_core::reminders::ReminderSettings;
use groundwork_core::safety::HelpLineCard;
use groundwork_core::{
    AngerMomentInput, AnswerPart, ApiError, CheckInInput, CrisisAnswer, FollowUpAnswer, Groundwork,
    JournalEntryInput, ManualClock, Situation,
};
use groundwork_tests::region;
use groundwork_tests::{at, day, open_at, test_key};

const NOW: &str = "2026-06-10T21:00:00+10:00";
const WANTS_TO_DIE_TONIGHT: &str = "honestly I want to kill myself tonight";
const WANTS_TO_DIE: &str = "Some days I just want to die.";
const MIGHT_HIT_HER_TONIGHT: &str = "I'm scared I might hit my wife tonight";
const MIGHT_HIT_HER: &str = "I'm scared I'm going to hit her one of these days.";
const BEING_HIT: &str = "my partner hit me again";

/// A Groundwork in `dir` with Australia chosen.
fn in_australia(dir: &Path) -> (Groundwork, Arc<ManualClock>) {
    let (g, clock) = open_at(dir, NOW);
    g.set_region(region("AU")).expect("region");
    (g, clock)
}

fn write(g: &Groundwork, text: &str) -> Option<CrisisAnswer> {
    g.submit_journal_entry(JournalEntryInput {
        body: text.into(),
        tags: vec![],
        prompt_id: None,
    })
    .expect("saved")
    .crisis_answer
}

fn answer(g: &Groundwork, text: &str) -> CrisisAnswer {
    write(g, text).unwrap_or_else(|| panic!("no answer for {text:?}"))
}

/// Every number to call in a part, in order.
fn numbers(lines: &[HelpLineCard]) -> Vec<String> {
    lines
        .iter()
        .flat_map(|l| l.actions.first().map(|a| a.target.clone()))
        .collect()
}

/// Each part as a short name: "calls", "plan" or "steps".
fn shape(answer: &CrisisAnswer) -> Vec<&'static str> {
    answer
        .parts
        .iter()
        .map(|p| match p {
            AnswerPart::Calls { .. } => "calls",
            AnswerPart::Plan { .. } => "plan",
            AnswerPart::Steps { .. } => "steps",
        })
        .collect()
}

fn calls(part: &AnswerPart) -> Vec<String> {
    match part {
        AnswerPart::Calls { lines, .. } => numbers(lines),
        other => panic!("expected calls, got {other:?}"),
    }
}

fn names(part: &AnswerPart) -> Vec<String> {
    match part {
        AnswerPart::Calls { lines, .. } => lines.iter().map(|l| l.name.clone()).collect(),
        other => panic!("expected calls, got {other:?}"),
    }
}

fn plan_texts(part: &AnswerPart) -> Vec<String> {
    match part {
        AnswerPart::Plan { items, .. } => items.iter().map(|i| i.text.clone()).collect(),
        other => panic!("expected his plan, got {other:?}"),
    }
}

fn save(g: &Groundwork, document: &str, fields: &[(&str, &str)]) {
    let values: HashMap<String, String> = fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    g.save_living_document(document.into(), values)
        .expect("plan saved");
}

#[test]
fn no_situation_gets_the_old_one_sentence_for_all() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    let answers: Vec<CrisisAnswer> = [WANTS_TO_DIE, MIGHT_HIT_HER, BEING_HIT]
        .iter()
        .map(|t| answer(&g, t))
        .collect();
    let situations: Vec<Situation> = answers.iter().map(|a| a.situation).collect();
    assert_eq!(
        situations,
        [
            Situation::SelfHarm,
            Situation::HurtSomeone,
            Situation::BeingHurt
        ]
    );
    for a in &answers {
        assert!(!a.message.contains("Thanks for writing that down"), "{a:?}");
    }
    let titles: std::collections::HashSet<&str> =
        answers.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles.len(), 3, "each situation has its own words");
}

#[test]
fn a_man_who_wants_to_die_tonight_sees_the_emergency_number_and_crisis_line_first() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    let a = answer(&g, WANTS_TO_DIE_TONIGHT);
    assert_eq!(a.situation, Situation::SelfHarm);
    assert!(a.urgent);
    assert_eq!(a.title, "Please reach out now");
    let first = calls(&a.parts[0]);
    assert_eq!(first[0], "000", "the emergency number leads");
    assert_eq!(first[1], "131114", "then Lifeline");
    assert_eq!(shape(&a), ["calls", "steps"]);
}

#[test]
fn a_man_who_wants_to_die_but_names_no_time_sees_the_crisis_lines_then_the_emergency_number_last() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    let a = answer(&g, WANTS_TO_DIE);
    assert!(!a.urgent);
    assert_eq!(a.title, "You don't have to carry this alone");
    assert_eq!(shape(&a), ["calls", "steps", "calls"]);
    assert_eq!(names(&a.parts[0])[0], "Lifeline");
    assert!(!calls(&a.parts[0]).contains(&"000".to_owned()));
    assert_eq!(calls(&a.parts[2]), ["000"]);
}

#[test]
fn his_own_reasons_and_first_steps_from_his_safety_plan_replace_the_built_in_steps() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    let without = answer(&g, WANTS_TO_DIE);
    let AnswerPart::Steps { link, .. } = &without.parts[1] else {
        panic!("built-in steps before he has a plan: {:?}", without.parts)
    };
    assert_eq!(
        link.as_ref()
            .map(|l| (l.document_id.as_str(), l.label.as_str())),
        Some(("safety-plan", "Make my safety plan")),
        "one tap to make it"
    );
    save(
        &g,
        "safety-plan",
        &[
            ("reasons-for-living", "My girls. Seeing them grow up."),
            ("coping-alone", "A walk with the dog"),
            ("warning-signs", "I stop answering texts"),
        ],
    );
    let with = answer(&g, WANTS_TO_DIE);
    assert_eq!(shape(&with), ["calls", "plan", "calls"]);
    assert_eq!(
        plan_texts(&with.parts[1]),
        ["My girls. Seeing them grow up.", "A walk with the dog"],
        "his reasons first, then what helps, and only the fields the answer names"
    );
    let AnswerPart::Plan { link, .. } = &with.parts[1] else {
        unreachable!()
    };
    assert_eq!(link.label, "Open my safety plan");
    let urgent = answer(&g, WANTS_TO_DIE_TONIGHT);
    assert_eq!(
        shape(&urgent),
        ["calls", "plan"],
        "urgent: calls, then his plan"
    );
}

#[test]
fn a_man_who_might_hit_his_wife_is_told_to_step_away_and_sees_his_pause_plan_before_the_mens_line()
{
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    let a = answer(&g, MIGHT_HIT_HER);
    assert_eq!(a.situation, Situation::HurtSomeone);
    assert!(!a.urgent);
    assert_eq!(a.title, "Step away now");
    assert_eq!(shape(&a), ["steps", "calls", "calls"]);
    let AnswerPart::Steps { steps, link, .. } = &a.parts[0] else {
        unreachable!()
    };
    assert!(steps[0].contains("I need a break"), "{steps:?}");
    assert_eq!(
        link.as_ref().map(|l| l.document_id.as_str()),
        Some("pause-plan")
    );
    assert_eq!(
        names(&a.parts[1])[0],
        "Men's Referral Service (No to Violence)",
        "the line for men worried about their behaviour"
    );
    assert_eq!(calls(&a.parts[2]), ["000"], "if anyone is in danger now");

    save(
        &g,
        "pause-plan",
        &[
            ("where-i-go", "Round the block"),
            ("pause-words", "I'm too heated, back in 30"),
        ],
    );
    let with = answer(&g, MIGHT_HIT_HER);
    assert_eq!(shape(&with), ["plan", "calls", "calls"]);
    assert_eq!(
        plan_texts(&with.parts[0]),
        ["I'm too heated, back in 30", "Round the block"],
        "his own words, in the order of the plan's first steps"
    );
}

#[test]
fn a_man_who_might_hit_his_wife_tonight_sees_the_emergency_number_first_then_his_plan() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    save(&g, "pause-plan", &[("where-i-go", "Round the block")]);
    let a = answer(&g, MIGHT_HIT_HER_TONIGHT);
    assert!(a.urgent);
    assert_eq!(a.title, "Step away now, and keep everyone safe");
    assert_eq!(shape(&a), ["calls", "plan"]);
    let first = calls(&a.parts[0]);
    assert_eq!(first[0], "000");
    assert_eq!(first[1], "1300766491", "then the Men's Referral Service");
}

#[test]
fn a_man_being_hurt_hears_it_is_not_his_fault_and_sees_the_line_for_people_being_hurt() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    let a = answer(&g, BEING_HIT);
    assert_eq!(a.situation, Situation::BeingHurt);
    assert_eq!(a.title, "This is not your fault");
    assert_eq!(shape(&a), ["calls", "steps", "calls"]);
    assert_eq!(names(&a.parts[0])[0], "1800RESPECT");
    assert_eq!(calls(&a.parts[2]), ["000"]);
}

#[test]
fn every_region_answers_each_situation_with_its_own_numbers() {
    for (region, emergency) in [
        ("AU", "000"),
        ("NZ", "111"),
        ("GB", "999"),
        ("US", "911"),
        ("CA", "911"),
    ] {
        let dir = tempfile::tempdir().expect("dir");
        let (g, _) = open_at(dir.path(), NOW);
        g.set_region(groundwork_tests::region(region))
            .expect("region");
        for text in [WANTS_TO_DIE_TONIGHT, MIGHT_HIT_HER_TONIGHT] {
            let a = answer(&g, text);
            let first = calls(&a.parts[0]);
            assert_eq!(first[0], emergency, "{region}: {text}");
            assert!(
                first.len() >= 2,
                "{region}: a line after the emergency number"
            );
        }
        for text in [WANTS_TO_DIE, MIGHT_HIT_HER, BEING_HIT] {
            let a = answer(&g, text);
            assert!(
                a.parts
                    .iter()
                    .any(|p| matches!(p, AnswerPart::Calls { lines, .. } if !lines.is_empty() && !numbers(lines).contains(&emergency.to_owned()))),
                "{region}: {text}: a line for the situation besides the emergency number"
            );
            assert_eq!(a.help.emergency_number.as_deref(), Some(emergency));
        }
    }
}

#[test]
fn when_his_region_is_not_known_every_regions_emergency_number_leads() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    let a = answer(&g, WANTS_TO_DIE);
    let first = calls(&a.parts[0]);
    for number in ["000", "111", "999", "911"] {
        assert!(first.contains(&number.to_owned()), "{number} in {first:?}");
    }
    assert!(names(&a.parts[0]).contains(&"Australia".to_owned()));
}

#[test]
fn discreet_mode_changes_the_words_and_never_the_numbers() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    for text in [WANTS_TO_DIE_TONIGHT, MIGHT_HIT_HER, BEING_HIT] {
        let open = answer(&g, text);
        g.save_reminder_settings(ReminderSettings {
            discreet: true,
            ..ReminderSettings::default()
        })
        .expect("discreet on");
        let discreet = answer(&g, text);
        g.save_reminder_settings(ReminderSettings::default())
            .expect("discreet off");
        assert_ne!(open.title, discreet.title, "{text}");
        assert_ne!(open.message, discreet.message, "{text}");
        for word in ["kill", "die", "hurt", "hit", "fault", "danger"] {
            assert!(
                !discreet.title.to_lowercase().contains(word),
                "{text}: {:?}",
                discreet.title
            );
        }
        let all = |a: &CrisisAnswer| -> Vec<String> {
            a.parts
                .iter()
                .flat_map(|p| match p {
                    AnswerPart::Calls { lines, .. } => numbers(lines),
                    _ => vec![],
                })
                .collect()
        };
        assert_eq!(all(&open), all(&discreet), "{text}: the same numbers");
        assert_eq!(shape(&open), shape(&discreet));
    }
}

#[test]
fn every_place_he_writes_brings_the_answer_that_fits() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    let check_in = g
        .submit_check_in(CheckInInput {
            note: Some(MIGHT_HIT_HER_TONIGHT.into()),
            ..CheckInInput::new(-4, 4)
        })
        .expect("check-in");
    assert_eq!(
        check_in.crisis_answer.as_ref().map(|a| a.title.as_str()),
        Some("Step away now, and keep everyone safe")
    );
    assert!(
        check_in.safety_questions.is_none(),
        "the answer, not two questions on top of it"
    );
    let edited = g
        .submit_check_in_edit(
            check_in.check_in.id,
            CheckInInput {
                note: Some(BEING_HIT.into()),
                ..CheckInInput::new(-4, 4)
            },
        )
        .expect("edit");
    assert_eq!(
        edited.crisis_answer.map(|a| a.situation),
        Some(Situation::BeingHurt)
    );
    let anger = g
        .submit_anger_moment(AngerMomentInput {
            what_happened: "Argument about money".into(),
            intensity: 8,
            body_cues: vec![],
            thoughts: Some(MIGHT_HIT_HER.into()),
            what_i_did: None,
            next_time: None,
            repair_needed: false,
            repair_done: false,
        })
        .expect("anger moment");
    assert_eq!(
        anger.crisis_answer.map(|a| a.title),
        Some("Step away now".to_owned())
    );
    let entry = g
        .submit_journal_entry(JournalEntryInput {
            body: "A long day.".into(),
            tags: vec![],
            prompt_id: None,
        })
        .expect("entry");
    assert!(entry.crisis_answer.is_none());
    let edit = g
        .submit_journal_edit(entry.entry.id, WANTS_TO_DIE_TONIGHT.into(), vec![])
        .expect("edit");
    assert_eq!(
        edit.crisis_answer.map(|a| (a.situation, a.urgent)),
        Some((Situation::SelfHarm, true))
    );
}

// ----- The question the next time he opens the app -----

fn reopen(dir: &Path, now: &str) -> Groundwork {
    let clock = Arc::new(ManualClock::new(at(now)));
    Groundwork::open_with(dir, &test_key(), clock).expect("reopen")
}

#[test]
fn the_next_time_he_opens_the_app_home_asks_how_he_is_now() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = in_australia(dir.path());
    assert!(g.home_screen().expect("home").follow_up_card.is_none());
    write(&g, MIGHT_HIT_HER).expect("answer");
    assert!(
        g.home_screen().expect("home").follow_up_card.is_none(),
        "not straight after he wrote it, in the same sitting"
    );
    clock.set(at("2026-06-10T22:00:00+10:00"));
    assert!(g.home_screen().expect("home").follow_up_card.is_none());
    drop(g);
    let g = reopen(dir.path(), "2026-06-10T22:00:00+10:00");
    let card = g
        .home_screen()
        .expect("home")
        .follow_up_card
        .expect("asked the next time he opens the app");
    assert_eq!(card.title, "Last time you wrote something heavy.");
    assert_eq!(card.question, "How are you now?");
    let answers: Vec<FollowUpAnswer> = card.choices.iter().map(|c| c.answer).collect();
    assert_eq!(
        answers,
        [
            FollowUpAnswer::Better,
            FollowUpAnswer::Same,
            FollowUpAnswer::Worse,
            FollowUpAnswer::RatherNotSay
        ]
    );
}

#[test]
fn in_the_same_sitting_the_question_comes_after_four_hours_and_is_gone_after_three_days() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = in_australia(dir.path());
    write(&g, WANTS_TO_DIE).expect("answer");
    clock.set(at("2026-06-11T00:59:00+10:00"));
    assert!(g.home_screen().expect("home").follow_up_card.is_none());
    clock.set(at("2026-06-11T01:00:00+10:00"));
    assert!(g.home_screen().expect("home").follow_up_card.is_some());
    clock.set(at("2026-06-13T21:00:00+10:00"));
    assert!(
        g.home_screen().expect("home").follow_up_card.is_some(),
        "still there at 72 hours"
    );
    clock.set(at("2026-06-13T21:00:01+10:00"));
    assert!(g.home_screen().expect("home").follow_up_card.is_none());
}

#[test]
fn the_question_is_shown_until_he_answers_and_not_again() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    write(&g, WANTS_TO_DIE).expect("answer");
    write(&g, MIGHT_HIT_HER).expect("answer");
    let g = reopen(dir.path(), "2026-06-11T09:00:00+10:00");
    assert!(g.home_screen().expect("home").follow_up_card.is_some());
    assert!(
        g.home_screen().expect("home").follow_up_card.is_some(),
        "still there until he answers"
    );
    let outcome = g
        .answer_crisis_follow_up(FollowUpAnswer::RatherNotSay)
        .expect("answered");
    assert_eq!(
        outcome.message,
        "That's fine. Help now is always at the top of the screen."
    );
    assert!(outcome.answer.is_none());
    assert!(g.home_screen().expect("home").follow_up_card.is_none());
    let g = reopen(dir.path(), "2026-06-11T10:00:00+10:00");
    assert!(
        g.home_screen().expect("home").follow_up_card.is_none(),
        "one answer closes both times, and it does not come back"
    );
    assert!(matches!(
        g.answer_crisis_follow_up(FollowUpAnswer::Better),
        Err(ApiError::NotFound { .. })
    ));
}

#[test]
fn worse_brings_the_same_help_again_and_better_brings_credit_and_his_plan() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    write(&g, MIGHT_HIT_HER_TONIGHT).expect("answer");
    let g = reopen(dir.path(), "2026-06-11T09:00:00+10:00");
    let worse = g
        .answer_crisis_follow_up(FollowUpAnswer::Worse)
        .expect("answered");
    let again = worse.answer.expect("the same help");
    assert_eq!(again.situation, Situation::HurtSomeone);
    assert!(again.urgent, "as urgent as when he wrote it");
    assert_eq!(calls(&again.parts[0])[0], "000");

    write(&g, WANTS_TO_DIE).expect("answer");
    let g = reopen(dir.path(), "2026-06-11T12:00:00+10:00");
    let better = g
        .answer_crisis_follow_up(FollowUpAnswer::Better)
        .expect("answered");
    assert!(
        better.message.starts_with("Good to hear."),
        "{}",
        better.message
    );
    assert!(better.answer.is_none());
    assert_eq!(
        better.plan_link.map(|l| l.document_id),
        Some("safety-plan".to_owned())
    );
}

#[test]
fn turned_off_the_question_never_shows_and_nothing_is_kept_for_it() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    assert!(g.crisis_follow_up_on().expect("setting"));
    write(&g, WANTS_TO_DIE).expect("answer");
    let g = reopen(dir.path(), "2026-06-11T09:00:00+10:00");
    assert!(g.home_screen().expect("home").follow_up_card.is_some());
    let said = g.set_crisis_follow_up(false).expect("off");
    assert_eq!(
        said.as_deref(),
        Some("We won't ask again. You can turn this back on in settings.")
    );
    assert!(!g.crisis_follow_up_on().expect("setting"));
    assert!(g.home_screen().expect("home").follow_up_card.is_none());
    write(&g, WANTS_TO_DIE).expect("the answer still shows");
    g.set_crisis_follow_up(true).expect("on again");
    let g = reopen(dir.path(), "2026-06-11T12:00:00+10:00");
    assert!(
        g.home_screen().expect("home").follow_up_card.is_none(),
        "what he wrote while it was off was not kept for a question"
    );
    let rows: i64 = groundwork_tests::raw_connection(g.database_path())
        .query_row("SELECT count(*) FROM crisis_follow_ups", [], |r| r.get(0))
        .expect("count");
    assert_eq!(rows, 1, "only the first time, answered by turning it off");
}

#[test]
fn discreet_mode_keeps_the_question_on_home_neutral() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    g.save_reminder_settings(ReminderSettings {
        discreet: true,
        ..ReminderSettings::default()
    })
    .expect("discreet on");
    write(&g, WANTS_TO_DIE).expect("answer");
    let g = reopen(dir.path(), "2026-06-11T09:00:00+10:00");
    let card = g.home_screen().expect("home").follow_up_card.expect("card");
    assert_eq!(card.title, "Checking in");
}

#[test]
fn the_follow_up_keeps_no_words_he_wrote() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    write(&g, WANTS_TO_DIE_TONIGHT).expect("answer");
    let conn = groundwork_tests::raw_connection(g.database_path());
    let row: (String, i64, Option<String>) = conn
        .query_row(
            "SELECT situation, urgent, answer FROM crisis_follow_ups",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("one row");
    assert_eq!(row, ("self-harm".to_owned(), 1, None));
    let columns: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info('crisis_follow_ups')")
        .expect("columns")
        .query_map([], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("names");
    assert_eq!(
        columns,
        [
            "id",
            "found_at",
            "situation",
            "urgent",
            "answered_at",
            "answer"
        ]
    );
}

#[test]
fn every_answer_reads_at_grade_six_or_below() {
    use groundwork_core::content::pack::lint::readability;
    let pack = groundwork_core::content::default_pack().expect("the built-in pack");
    let answer = &pack.safety.crisis_answer;
    for s in &answer.situations {
        let mut pieces: Vec<String> = vec![
            s.message.clone(),
            s.urgent_message.clone(),
            s.discreet_message.clone(),
        ];
        pieces.extend(s.steps.iter().cloned());
        let measured = readability(&pieces).expect("words");
        println!("{:?}: grade {:.1}", s.situation, measured.score);
        assert!(
            measured.score <= 6.0,
            "{:?} reads at grade {:.1}",
            s.situation,
            measured.score
        );
    }
    let follow_up: Vec<String> = answer
        .follow_up
        .texts()
        .iter()
        .map(|(_, t)| (*t).clone())
        .collect();
    let measured = readability(&follow_up).expect("words");
    println!("follow-up: grade {:.1}", measured.score);
    assert!(
        measured.score <= 6.0,
        "the follow-up reads at grade {:.1}",
        measured.score
    );
}

#[test]
fn a_report_for_his_counsellor_says_nothing_of_what_the_check_found_or_how_he_answered() {
    use groundwork_core::share::{ShareFormat, ShareSelection};
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    g.submit_check_in(CheckInInput {
        note: Some(WANTS_TO_DIE.into()),
        ..CheckInInput::new(-4, -2)
    })
    .expect("check-in");
    let g = reopen(dir.path(), "2026-06-11T09:00:00+10:00");
    g.answer_crisis_follow_up(FollowUpAnswer::Worse)
        .expect("answered");
    let report = g
        .share_report(
            ShareSelection {
                from_day: day("2026-06-01"),
                to_day: day("2026-06-11"),
                include_trends: true,
                journal_entry_ids: vec![],
                include_completed_modules: true,
                living_document_ids: vec![],
                include_anger_log: false,
            },
            ShareFormat::Markdown,
        )
        .expect("report");
    assert!(
        report.contents.contains("Pleasant"),
        "the trends he chose are there"
    );
    for words in [
        "heavy",
        "How are you now",
        "Worse",
        "crisis",
        "self-harm",
        "Lifeline",
    ] {
        assert!(
            !report.contents.contains(words),
            "{words:?} in the report:\n{}",
            report.contents
        );
    }
}

#[test]
fn the_question_turned_off_stays_off_after_a_backup_is_restored() {
    use groundwork_core::backup::RestoreMode;
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    g.set_crisis_follow_up(false).expect("off");
    let file = g
        .backup_with_work_factor("a long passphrase", 10)
        .expect("backup");
    let to_dir = tempfile::tempdir().expect("dir");
    let (to, _) = open_at(to_dir.path(), NOW);
    to.restore_backup(
        &file.contents,
        "a long passphrase",
        RestoreMode::ReplaceEmpty,
    )
    .expect("a backup holding the setting restores");
    assert!(!to.crisis_follow_up_on().expect("setting"));
}

#[test]
fn turning_the_question_off_drops_the_one_waiting_and_turning_it_on_keeps_one_waiting() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = in_australia(dir.path());
    write(&g, WANTS_TO_DIE).expect("answer");
    g.set_crisis_follow_up(true).expect("on, as it was");
    let g = reopen(dir.path(), "2026-06-11T09:00:00+10:00");
    assert!(
        g.home_screen().expect("home").follow_up_card.is_some(),
        "turning it on leaves the question waiting"
    );
    g.set_crisis_follow_up(false).expect("off");
    g.set_crisis_follow_up(true).expect("on again");
    assert!(
        g.home_screen().expect("home").follow_up_card.is_none(),
        "turning it off answered the one that was waiting"
    );
}
