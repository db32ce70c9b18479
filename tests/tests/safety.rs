//! Help now (with no database and no key), the safety questions after a hard check-in, the
//! private crisis-phrase check, living documents, and a pack update that changes a number.

use std::collections::HashMap;

use groundwork_core::content::{default_pack, import_bundle};
use groundwork_core::safety::{ContactKind, RegionSource, help_now_with_pack};
use groundwork_core::{ApiError, CheckInInput, HelpNowScreen, JournalEntryInput, Situation};
use groundwork_tests::region;
use groundwork_tests::{at, device_time, open_at};

/// When help is asked for in these tests: a winter evening in Sydney.
const NOW: &str = "2026-06-10T22:00:00+10:00";

/// Help now from the built-in content alone, as a device asks for it at [`NOW`].
fn help_now(
    region: Option<groundwork_core::RegionCode>,
    device_locale: Option<String>,
    situation: Option<Situation>,
) -> Result<HelpNowScreen, ApiError> {
    let (now, offset) = device_time(NOW);
    groundwork_core::help_now(region, device_locale, situation, now, offset)
}

const REGIONS: [&str; 6] = ["AU", "CA", "US", "GB", "NZ", "IE"];
const SITUATIONS: [Situation; 6] = [
    Situation::SelfHarm,
    Situation::HurtSomeone,
    Situation::BeingHurt,
    Situation::Talk,
    Situation::NewDad,
    Situation::BabyLoss,
];

#[test]
fn help_now_works_for_every_region_and_situation_without_a_database_or_key() {
    for region in REGIONS {
        for situation in SITUATIONS.iter().copied().map(Some).chain([None]) {
            let screen = help_now(Some(groundwork_tests::region(region)), None, situation)
                .expect("help now");
            let emergency = screen.emergency.as_ref().expect("emergency number first");
            assert_eq!(emergency.actions[0].kind, ContactKind::Call, "{region}");
            assert!(emergency.actions[0].uri.starts_with("tel:"), "{region}");
            assert!(!screen.lines.is_empty(), "{region} has lines");
            assert!(
                screen.lines.iter().all(|l| !l.actions.is_empty()),
                "every line can be reached"
            );
            assert_eq!(screen.situations.len(), SITUATIONS.len());
            assert_eq!(screen.situation, situation);
            assert_eq!(screen.region_source, RegionSource::Chosen);
            assert!((5..=9).contains(&screen.pause_plan.safeguards.len()));
            if situation.is_some() {
                assert!(screen.situation_intro.is_some());
                assert_eq!(screen.situations.iter().filter(|s| s.selected).count(), 1);
            }
        }
    }
}

#[test]
fn lines_not_yet_confirmed_come_after_the_confirmed_ones_that_fit() {
    let pack = default_pack().expect("built-in pack");
    let us = help_now(Some(region("US")), None, Some(Situation::HurtSomeone)).expect("us");
    let unconfirmed = |id: &str| {
        pack.region("US")
            .and_then(|r| r.lines.iter().find(|l| l.id == id))
            .is_some_and(|l| l.unconfirmed)
    };
    let call_for_change = us
        .lines
        .iter()
        .position(|l| l.id == "us-a-call-for-change")
        .expect("A Call for Change is still listed");
    assert!(unconfirmed("us-a-call-for-change"));
    assert!(call_for_change > 0);
    assert!(
        us.lines[..call_for_change]
            .iter()
            .all(|l| !unconfirmed(&l.id))
    );
}

#[test]
fn the_lines_that_fit_the_situation_come_first() {
    let au = help_now(Some(region("AU")), None, Some(Situation::HurtSomeone)).expect("au");
    assert!(
        au.lines[0].name.contains("Men's Referral"),
        "{}",
        au.lines[0].name
    );
    let gb = help_now(Some(region("GB")), None, Some(Situation::HurtSomeone)).expect("gb");
    // Respect's line is for people worried about their own behaviour, and its number is confirmed.
    assert!(gb.lines[0].name.contains("Respect"), "{}", gb.lines[0].name);
    let dad = help_now(Some(region("AU")), None, Some(Situation::NewDad)).expect("dad");
    assert!(dad.lines[0].name.contains("PANDA"), "{}", dad.lines[0].name);
    let text = au
        .lines
        .iter()
        .flat_map(|l| &l.actions)
        .find(|a| a.kind == ContactKind::Text && a.body.is_some());
    if let Some(text) = text {
        assert!(
            text.uri.starts_with("sms:") && text.uri.contains("?body="),
            "{}",
            text.uri
        );
    }
}

#[test]
fn the_region_comes_from_the_choice_then_the_device_locale_then_a_question() {
    let guessed = help_now(None, Some("en_NZ".into()), None).expect("guess");
    assert_eq!(guessed.region.as_ref().map(|r| r.code.as_str()), Some("NZ"));
    assert_eq!(guessed.region_source, RegionSource::DeviceLocale);
    assert_eq!(
        guessed
            .emergency
            .as_ref()
            .map(|e| e.actions[0].target.as_str()),
        Some("111")
    );
    let ireland = help_now(None, Some("en_IE".into()), None).expect("ireland");
    assert_eq!(
        ireland.region.map(|r| r.code.to_string()),
        Some("IE".to_owned())
    );
    let uk = help_now(None, Some("en-UK".into()), None).expect("uk");
    assert_eq!(uk.region.map(|r| r.code.to_string()), Some("GB".to_owned()));
    let chosen = help_now(Some(region("ca")), Some("en_AU".into()), None).expect("chosen");
    assert_eq!(
        chosen.region.map(|r| r.code.to_string()),
        Some("CA".to_owned())
    );

    let unknown = help_now(None, Some("de_DE".into()), None).expect("unknown");
    assert_eq!(unknown.region_source, RegionSource::Unknown);
    assert!(unknown.region_prompt.is_some());
    assert!(unknown.emergency.is_none());
    assert_eq!(
        unknown
            .regions
            .iter()
            .map(|r| r.code.as_str())
            .collect::<Vec<_>>(),
        ["AU", "CA", "US", "GB", "NZ", "IE"]
    );
    assert!(
        unknown.regions.iter().all(|r| r.emergency_number.is_some()),
        "every emergency number is listed"
    );

    assert!(matches!(
        help_now(Some(region("FR")), None, None),
        Err(ApiError::InvalidInput { .. })
    ));
}

#[test]
fn a_hard_check_in_asks_two_optional_questions_and_an_ordinary_one_does_not() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T22:00:00+10:00");
    for (input, asks) in [
        (CheckInInput::new(-3, 2), false),
        (CheckInInput::new(-4, 2), true),
        (CheckInInput::new(-5, -5), true),
        (
            CheckInInput {
                anger: Some(7),
                ..CheckInInput::new(0, 3)
            },
            false,
        ),
        (
            CheckInInput {
                anger: Some(8),
                ..CheckInInput::new(0, 3)
            },
            true,
        ),
        (
            CheckInInput {
                stress: Some(8),
                ..CheckInInput::new(2, 3)
            },
            true,
        ),
        (
            CheckInInput {
                stress: Some(7),
                ..CheckInInput::new(2, 3)
            },
            false,
        ),
    ] {
        let outcome = g.submit_check_in(input.clone()).expect("submit");
        assert_eq!(outcome.safety_questions.is_some(), asks, "{input:?}");
    }
}

#[test]
fn a_yes_opens_help_now_with_the_plans_records_it_and_leaves_a_quiet_card_until_the_next_day() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, clock) = open_at(dir.path(), "2026-06-10T22:00:00+10:00");
    g.set_region(region("au")).expect("region");
    let mut plan = HashMap::new();
    plan.insert(
        "warning-signs".to_owned(),
        "Not sleeping, drinking alone".to_owned(),
    );
    g.save_living_document("safety-plan".into(), plan)
        .expect("safety plan");

    let no = g
        .submit_check_in(CheckInInput::new(-5, -2))
        .expect("submit");
    let questions = no.safety_questions.expect("asked");
    let follow = g
        .answer_safety_questions(questions.check_in_id, Some(false), Some(false), None)
        .expect("no");
    assert!(follow.help_now.is_none());
    assert!(
        g.home_screen().expect("home").safety_card.is_none(),
        "a no changes nothing"
    );

    let hard = g.submit_check_in(CheckInInput::new(-5, 4)).expect("submit");
    let id = hard.safety_questions.expect("asked").check_in_id;
    let follow = g
        .answer_safety_questions(id, None, Some(true), None)
        .expect("yes");
    let screen = follow.help_now.expect("help now");
    assert_eq!(screen.situation, Some(Situation::HurtSomeone));
    assert_eq!(
        screen.region.map(|r| r.code.to_string()),
        Some("AU".to_owned())
    );
    assert!(
        screen.safety_plan.is_some(),
        "his safety plan is inside help now"
    );
    assert!(!screen.pause_plan.safeguards.is_empty());
    assert_eq!(
        g.home_screen()
            .expect("home")
            .safety_card
            .map(|c| c.situation),
        Some(Situation::HurtSomeone)
    );

    clock.set(at("2026-06-11T09:00:00+10:00"));
    assert!(
        g.home_screen().expect("home").safety_card.is_some(),
        "still there the next day"
    );
    clock.set(at("2026-06-12T09:00:00+10:00"));
    assert!(
        g.home_screen().expect("home").safety_card.is_none(),
        "gone after that"
    );

    let unknown = uuid::Uuid::new_v4();
    assert!(matches!(
        g.answer_safety_questions(unknown, Some(true), None, None),
        Err(ApiError::NotFound { .. })
    ));
}

#[test]
fn lines_for_the_whole_region_come_before_lines_for_one_province_in_every_situation() {
    let pack = default_pack().expect("pack");
    let mut area_lines_seen = 0;
    for region in &pack.helplines {
        let area_of = |id: &str| {
            region
                .lines
                .iter()
                .find(|l| l.id == id)
                .and_then(|l| l.area.clone())
        };
        for situation in &pack.safety.situations {
            let screen = help_now(
                Some(groundwork_tests::region(&region.code)),
                None,
                Some(Situation::from(situation.id)),
            )
            .expect("help");
            let fits = |id: &str| {
                region
                    .lines
                    .iter()
                    .find(|l| l.id == id)
                    .is_some_and(|l| l.kinds.iter().any(|k| situation.kinds.contains(k)))
            };
            let mut after_area = false;
            for line in &screen.lines {
                if area_of(&line.id).is_some() {
                    after_area = true;
                    area_lines_seen += 1;
                } else if after_area {
                    assert!(
                        !fits(&line.id),
                        "{} {:?}: {} serves the whole region and fits, yet comes after a line for one area",
                        region.code,
                        situation.id,
                        line.id
                    );
                }
            }
        }
    }
    assert!(
        area_lines_seen > 0,
        "the pack has lines for one area (Canada's provinces)"
    );
}

#[test]
fn help_now_opens_his_safety_plan_and_pause_plan_in_one_tap_once_unlocked_and_never_before() {
    let before = help_now(Some(region("AU")), None, Some(Situation::HurtSomeone)).expect("help");
    assert!(
        before.plan_links.is_empty(),
        "his plans are not readable before unlock"
    );
    assert!(
        !before.pause_plan.safeguards.is_empty(),
        "the safeguards always show"
    );

    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T22:00:00+10:00");
    let links = |g: &groundwork_core::Groundwork| {
        g.help_now(Some(Situation::HurtSomeone), Some("en_AU".into()))
            .expect("help")
            .plan_links
            .into_iter()
            .map(|l| (l.document_id, l.label))
            .collect::<Vec<_>>()
    };
    // Worried he might hurt someone: his pause plan first.
    assert_eq!(
        links(&g),
        [
            ("pause-plan".to_owned(), "Make your pause plan".to_owned()),
            ("safety-plan".to_owned(), "Make your safety plan".to_owned()),
        ]
    );
    let pause = g.living_document("pause-plan".into()).expect("pause");
    let mut values = HashMap::new();
    values.insert(pause.fields[0].id.clone(), "Taking 30 minutes.".to_owned());
    g.save_living_document("pause-plan".into(), values)
        .expect("save");
    assert_eq!(links(&g)[0].1, "Edit your pause plan");
    // The link opens the document it names.
    assert_eq!(
        g.living_document(links(&g)[0].0.clone()).expect("open").id,
        "pause-plan"
    );
}

#[test]
fn a_yes_to_both_questions_puts_the_first_line_for_each_at_the_top_in_every_region() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T22:00:00+10:00");
    for region in ["AU", "CA", "US", "GB", "NZ"] {
        g.set_region(groundwork_tests::region(region))
            .expect("region");
        let only = |s| g.help_now(Some(s), None).expect("help").lines;
        let self_harm = only(Situation::SelfHarm);
        let hurt_someone = only(Situation::HurtSomeone);
        let id = g
            .submit_check_in(CheckInInput::new(-5, 3))
            .expect("submit")
            .safety_questions
            .expect("asked")
            .check_in_id;
        let both = g
            .answer_safety_questions(id, Some(true), Some(true), None)
            .expect("answers")
            .help_now
            .expect("help now");
        assert_eq!(both.situation, Some(Situation::SelfHarm), "{region}");
        assert_eq!(both.lines[0], self_harm[0], "{region}");
        if hurt_someone[0] == self_harm[0] {
            assert!(
                both.lines[1] == self_harm[1] || both.lines[1] == hurt_someone[1],
                "{region}: the next line of either list comes second"
            );
        } else {
            assert_eq!(
                both.lines[1], hurt_someone[0],
                "{region}: the first hurt-someone line comes second"
            );
        }
        assert_eq!(
            both.lines.len(),
            self_harm.len(),
            "{region}: every line still shows"
        );
    }
}

#[test]
fn editing_a_check_in_or_an_entry_into_hard_words_answers_as_a_new_one_would() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T22:00:00+10:00");
    let calm = g.submit_check_in(CheckInInput::new(2, 1)).expect("submit");
    assert!(calm.safety_questions.is_none());
    let note = "I keep thinking I want to end my life.";
    let edited = g
        .submit_check_in_edit(
            calm.check_in.id,
            CheckInInput {
                note: Some(note.into()),
                ..CheckInInput::new(-5, -1)
            },
        )
        .expect("edit");
    assert!(
        edited.safety_questions.is_none(),
        "the answer covers what the two questions would ask"
    );
    assert_eq!(
        edited.crisis_answer.map(|o| o.situation),
        Some(Situation::SelfHarm)
    );
    let hard = g
        .submit_check_in_edit(calm.check_in.id, CheckInInput::new(-5, -1))
        .expect("edit without a note");
    assert_eq!(
        hard.safety_questions.map(|q| q.check_in_id),
        Some(calm.check_in.id),
        "a hard check-in with no words of crisis still brings the two questions"
    );
    assert_eq!(
        edited.check_in.note.as_deref(),
        Some(note),
        "kept as written"
    );

    let entry = g
        .submit_journal_entry(JournalEntryInput {
            body: "A long day at work.".into(),
            tags: vec![],
            prompt_id: None,
        })
        .expect("entry");
    assert!(entry.crisis_answer.is_none());
    let edited = g
        .submit_journal_edit(
            entry.entry.id,
            format!("A long day at work. {note}"),
            vec![],
        )
        .expect("edit");
    assert_eq!(
        edited.crisis_answer.map(|o| o.situation),
        Some(Situation::SelfHarm)
    );
    assert!(matches!(
        g.submit_journal_edit(uuid::Uuid::new_v4(), "gone".into(), vec![]),
        Err(ApiError::NotFound { .. })
    ));
}

#[test]
fn crisis_words_in_a_note_or_entry_offer_help_after_saving_without_changing_a_word() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T22:00:00+10:00");
    let note = "Some nights I want to end it all.";
    let outcome = g
        .submit_check_in(CheckInInput {
            note: Some(note.into()),
            ..CheckInInput::new(-2, -2)
        })
        .expect("submit");
    assert_eq!(outcome.check_in.note.as_deref(), Some(note));
    assert_eq!(
        outcome.crisis_answer.map(|o| o.situation),
        Some(Situation::SelfHarm)
    );

    let entry = "I would never hurt her. We sorted it out.";
    let saved = g
        .submit_journal_entry(JournalEntryInput {
            body: entry.into(),
            tags: vec![],
            prompt_id: None,
        })
        .expect("entry");
    assert_eq!(saved.entry.body, entry);
    assert!(saved.crisis_answer.is_none());
}

#[test]
fn living_documents_keep_his_words_by_field_and_refuse_unknown_fields() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), "2026-06-10T22:00:00+10:00");
    let docs = g.living_documents().expect("docs");
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    for id in ["values", "warning-signs", "pause-plan", "safety-plan"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    assert!(docs.iter().all(|d| !d.started));

    let pause = g.living_document("pause-plan".into()).expect("pause");
    let first = pause.fields[0].id.clone();
    let second = pause.fields[1].id.clone();
    let mut values = HashMap::new();
    values.insert(
        first.clone(),
        "I'm getting too heated, I'm taking 30 minutes.".to_owned(),
    );
    values.insert(second.clone(), "30 minutes".to_owned());
    let saved = g
        .save_living_document("pause-plan".into(), values)
        .expect("save");
    assert!(saved.started && saved.updated_at.is_some());
    let mut clear = HashMap::new();
    clear.insert(second.clone(), "  ".to_owned());
    let saved = g
        .save_living_document("pause-plan".into(), clear)
        .expect("clear one");
    assert_eq!(
        saved.fields[0].value,
        "I'm getting too heated, I'm taking 30 minutes."
    );
    assert_eq!(saved.fields[1].value, "");

    let mut bad = HashMap::new();
    bad.insert("not-a-field".to_owned(), "x".to_owned());
    assert!(matches!(
        g.save_living_document("pause-plan".into(), bad),
        Err(ApiError::InvalidInput { .. })
    ));
    assert!(matches!(
        g.living_document("no-such-doc".into()),
        Err(ApiError::NotFound { .. })
    ));
    let help = g
        .help_now(Some(Situation::HurtSomeone), Some("en_GB".into()))
        .expect("help");
    assert_eq!(
        help.pause_plan.plan.map(|p| p.fields[0].value.clone()),
        Some(saved.fields[0].value.clone())
    );
}

#[test]
fn a_pack_update_changes_a_number_without_an_app_release() {
    let dir = tempfile::tempdir().expect("dir");
    groundwork_tests::copy_core_en(dir.path());
    let helplines = dir.path().join("helplines.toml");
    let text = std::fs::read_to_string(&helplines).expect("read");
    assert!(
        text.contains("\"13 11 14\""),
        "Lifeline's number is in the pack"
    );
    std::fs::write(&helplines, text.replace("\"13 11 14\"", "\"13 99 99\"")).expect("write");
    let loaded = groundwork_pack::load_dir(dir.path()).expect("valid pack");
    let bundle = groundwork_pack::compile(loaded.pack()).expect("compile");
    let updated = import_bundle(&bundle).expect("import");

    let before = help_now(Some(region("AU")), None, Some(Situation::SelfHarm)).expect("before");
    let after = help_now_with_pack(
        &updated,
        Some("AU"),
        None,
        Some(Situation::SelfHarm),
        at(NOW),
        groundwork_core::base::text::Language::ENGLISH,
    )
    .expect("after");
    let number = |s: &groundwork_core::HelpNowScreen| {
        s.lines
            .iter()
            .find(|l| l.name.contains("Lifeline"))
            .and_then(|l| l.actions.first())
            .map(|a| a.target.clone())
    };
    assert_eq!(number(&before).as_deref(), Some("131114"));
    assert_eq!(number(&after).as_deref(), Some("139999"));
}

#[test]
fn worried_he_might_hurt_someone_help_starts_with_what_he_can_do_this_minute() {
    for region in REGIONS {
        let screen = help_now(
            Some(groundwork_tests::region(region)),
            None,
            Some(Situation::HurtSomeone),
        )
        .expect("help");
        let first = screen.first_steps.as_ref().expect("first steps");
        let steps = first.steps.join("\n").to_lowercase();
        for point in [
            "leave the room",
            "put the baby down",
            "don't drive",
            "weapons",
            "kids",
            "call one of the lines",
            "emergency number",
        ] {
            assert!(steps.contains(point), "{region}: no {point:?} in {steps}");
        }
        assert!(
            first.steps[0].starts_with("Leave the room"),
            "the first thing is to leave the room"
        );
        assert!(
            screen.pause_plan_first,
            "then the lines, then his pause plan"
        );
        assert!(!screen.lines.is_empty());
    }
    for situation in [
        Situation::SelfHarm,
        Situation::BeingHurt,
        Situation::Talk,
        Situation::NewDad,
        Situation::BabyLoss,
    ] {
        let screen = help_now(Some(region("AU")), None, Some(situation)).expect("help");
        assert!(screen.first_steps.is_none(), "{situation:?}");
        assert!(!screen.pause_plan_first, "{situation:?}");
    }
    let none = help_now(Some(region("AU")), None, None).expect("help");
    assert!(none.first_steps.is_none() && !none.pause_plan_first);
}

#[test]
fn the_pause_safeguards_cover_the_baby_driving_weapons_and_the_kids() {
    let screen = help_now(Some(region("GB")), None, Some(Situation::HurtSomeone)).expect("help");
    let safeguards = screen.pause_plan.safeguards.join("\n").to_lowercase();
    for point in ["baby", "drive", "weapons", "kids", "come back"] {
        assert!(safeguards.contains(point), "no {point:?} in {safeguards}");
    }
    assert!((5..=9).contains(&screen.pause_plan.safeguards.len()));
}

#[test]
fn once_unlocked_his_pause_plan_comes_first_when_he_is_worried_he_might_hurt_someone() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    g.set_region(region("AU")).expect("region");
    let mut plan = HashMap::new();
    plan.insert("warning-signs".to_owned(), "Not sleeping".to_owned());
    g.save_living_document("safety-plan".into(), plan)
        .expect("safety plan");
    let links = |situation| {
        g.help_now(Some(situation), None)
            .expect("help")
            .plan_links
            .into_iter()
            .map(|l| l.document_id)
            .collect::<Vec<_>>()
    };
    assert_eq!(links(Situation::HurtSomeone), ["pause-plan", "safety-plan"]);
    assert_eq!(links(Situation::SelfHarm), ["safety-plan", "pause-plan"]);
    let hurt = g
        .help_now(Some(Situation::HurtSomeone), None)
        .expect("help");
    assert!(hurt.pause_plan_first && hurt.first_steps.is_some());
    assert!(
        hurt.safety_plan.is_some(),
        "his safety plan still shows, after"
    );
}

#[test]
fn lifeline_australia_can_be_texted_from_help_now() {
    let screen = help_now(Some(region("AU")), None, Some(Situation::SelfHarm)).expect("help");
    let lifeline = screen
        .lines
        .iter()
        .find(|l| l.id == "au-lifeline")
        .expect("Lifeline");
    let text = lifeline
        .actions
        .iter()
        .find(|a| a.kind == ContactKind::Text)
        .expect("a text button");
    assert_eq!(text.label, "Text 0477 13 11 14");
    assert_eq!(text.uri, "sms:0477131114");
    assert_eq!(lifeline.hours, "Open 24 hours");
    let pack = default_pack().expect("pack");
    let note = pack
        .region("AU")
        .and_then(|r| r.lines.iter().find(|l| l.id == "au-lifeline"))
        .and_then(|l| l.note.clone())
        .unwrap_or_default();
    assert!(
        note.contains("text number from secondary sources only; confirm before release"),
        "{note}"
    );
}

#[test]
fn a_new_dad_after_a_loss_finds_the_pregnancy_and_baby_loss_lines_among_the_new_dad_lines() {
    let pack = default_pack().expect("pack");
    // The line's place among the lines help now shows for a new dad, and the place of the
    // first line of the region that fits no new-dad kind (e.g. a line for people being hurt).
    let places = |region: &str, id: &str| -> (usize, usize) {
        let screen = help_now(
            Some(groundwork_tests::region(region)),
            None,
            Some(Situation::NewDad),
        )
        .expect("help");
        let lines = &pack.region(region).expect("region").lines;
        let kinds_of = |card_id: &str| {
            lines
                .iter()
                .find(|l| l.id == card_id)
                .map(|l| l.kinds.clone())
                .unwrap_or_default()
        };
        let fits = |card_id: &str| {
            kinds_of(card_id).iter().any(|k| {
                matches!(
                    k,
                    groundwork_pack::HelplineKind::Perinatal
                        | groundwork_pack::HelplineKind::Men
                        | groundwork_pack::HelplineKind::Crisis
                )
            })
        };
        let at = screen
            .lines
            .iter()
            .position(|l| l.id == id)
            .unwrap_or_else(|| panic!("{region}: {id} is offered"));
        let first_unfitting = screen
            .lines
            .iter()
            .position(|l| !fits(&l.id))
            .expect("a line for another situation");
        (at, first_unfitting)
    };
    // Sands is confirmed: among the first, before the crisis lines.
    let gb = help_now(Some(region("GB")), None, Some(Situation::NewDad)).expect("help");
    let sands = gb
        .lines
        .iter()
        .position(|l| l.id == "gb-sands")
        .expect("Sands");
    let samaritans = gb
        .lines
        .iter()
        .position(|l| l.id == "gb-samaritans")
        .expect("Samaritans");
    assert!(sands < samaritans, "a loss line fits a new dad better");
    // Red Nose is not yet confirmed: after the confirmed lines that fit, before the rest.
    for (region, id) in [("GB", "gb-sands"), ("AU", "au-red-nose-grief-and-loss")] {
        let (at, first_unfitting) = places(region, id);
        assert!(
            at < first_unfitting,
            "{region}: {id} is among the lines that fit"
        );
    }
    // The new-dad module that speaks of loss links the lines for parents after a loss.
    let module = default_pack()
        .expect("pack")
        .module("becoming-a-dad")
        .expect("module");
    assert!(module.meta.topics.iter().any(|t| t == "loss"));
    let links_loss = module
        .steps
        .iter()
        .flat_map(|s| &s.blocks)
        .flat_map(groundwork_pack::Block::runs)
        .flatten()
        .any(|span| {
            matches!(
                span,
                groundwork_pack::Span::Link {
                    target: groundwork_pack::LinkTarget::Help {
                        situation: Some(groundwork_pack::HelpSituation::BabyLoss)
                    },
                    ..
                }
            )
        });
    assert!(links_loss, "becoming-a-dad links help:baby-loss");
}

#[test]
fn a_man_in_the_us_worried_about_his_own_behaviour_finds_a_line_for_him_among_the_first() {
    let screen = help_now(Some(region("US")), None, Some(Situation::HurtSomeone)).expect("help");
    let ids: Vec<&str> = screen.lines.iter().map(|l| l.id.as_str()).collect();
    let hotline = ids
        .iter()
        .position(|id| *id == "us-national-domestic-violence-hotline")
        .expect("the hotline");
    let change = ids
        .iter()
        .position(|id| *id == "us-a-call-for-change")
        .expect("A Call for Change");
    assert!(
        hotline < change,
        "the confirmed line first, the unconfirmed one after it: {ids:?}"
    );
    let card = &screen.lines[change];
    assert_eq!(card.actions[0].uri, "tel:18778983411");
}

/// His region, remembered beside the database so help now knows it before unlock, with no key.
mod remembered_region {
    use std::path::Path;

    use groundwork_core::curriculum::OnboardingChoices;
    use groundwork_core::safety::RegionSource;
    use groundwork_core::{REGION_FILE, region_file_path};
    use groundwork_tests::{device_time, open_at};

    use super::NOW;

    /// Help now before unlock: no key, nothing but the folder and the device's locale.
    fn before_unlock(dir: &Path, locale: &str) -> groundwork_core::HelpNowScreen {
        let (now, offset) = device_time(NOW);
        groundwork_core::help_now_at(dir, None, Some(locale.into()), None, now, offset)
            .expect("help now")
    }

    fn region_code(screen: &groundwork_core::HelpNowScreen) -> Option<String> {
        screen.region.as_ref().map(|r| r.code.to_string())
    }

    #[test]
    fn a_region_he_chose_is_used_by_help_now_before_unlock_over_the_devices_language() {
        let dir = tempfile::tempdir().expect("dir");
        let (g, _) = open_at(dir.path(), NOW);
        g.set_region(groundwork_tests::region("nz"))
            .expect("region");
        drop(g);
        let screen = before_unlock(dir.path(), "en_AU.UTF-8");
        assert_eq!(region_code(&screen).as_deref(), Some("NZ"));
        assert_eq!(screen.region_source, RegionSource::Chosen);
        assert_eq!(
            std::fs::read_to_string(region_file_path(dir.path())).expect("file"),
            "NZ",
            "the file holds the region code and nothing else"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(region_file_path(dir.path()))
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn the_region_chosen_in_onboarding_is_remembered_and_the_lock_screen_button_calls_its_number() {
        let dir = tempfile::tempdir().expect("dir");
        let (g, _) = open_at(dir.path(), NOW);
        g.complete_onboarding(OnboardingChoices {
            region: "GB".into(),
            track_ids: vec!["general".into()],
            baby_date: None,
            discreet_mode: false,
            things_are_hard: false,
        })
        .expect("onboarding");
        drop(g);
        assert_eq!(
            region_code(&before_unlock(dir.path(), "en_US")).as_deref(),
            Some("GB")
        );
        let data_dir = dir.path().to_str().expect("utf-8").to_owned();
        let lock_screen = groundwork_core::app_lock_screen(data_dir, None, false, None);
        assert_eq!(lock_screen.help.emergency_number.as_deref(), Some("999"));
    }

    #[test]
    fn erasing_everything_removes_the_remembered_region_and_help_guesses_again() {
        let dir = tempfile::tempdir().expect("dir");
        let (g, _) = open_at(dir.path(), NOW);
        g.set_region(groundwork_tests::region("NZ"))
            .expect("region");
        g.erase_everything().expect("erase");
        assert!(!region_file_path(dir.path()).exists());
        let screen = before_unlock(dir.path(), "en_AU");
        assert_eq!(region_code(&screen).as_deref(), Some("AU"));
        assert_eq!(screen.region_source, RegionSource::DeviceLocale);
    }

    #[test]
    fn a_changed_region_file_is_no_region_and_help_falls_back_to_the_device() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(dir.path().join(REGION_FILE), "ZZ\nanything else").expect("write");
        let screen = before_unlock(dir.path(), "en_GB");
        assert_eq!(region_code(&screen).as_deref(), Some("GB"));
        assert_eq!(screen.region_source, RegionSource::DeviceLocale);
    }

    #[test]
    fn a_region_saved_before_the_file_existed_is_copied_there_when_the_database_opens() {
        let dir = tempfile::tempdir().expect("dir");
        let (g, _) = open_at(dir.path(), NOW);
        g.set_region(groundwork_tests::region("CA"))
            .expect("region");
        drop(g);
        std::fs::remove_file(region_file_path(dir.path())).expect("remove");
        let (g, _) = open_at(dir.path(), NOW);
        assert_eq!(g.region().expect("region").as_deref(), Some("CA"));
        assert_eq!(
            region_code(&before_unlock(dir.path(), "en_AU")).as_deref(),
            Some("CA")
        );
    }
}

#[test]
fn in_ireland_a_man_who_might_hurt_someone_is_offered_the_programmes_for_men_and_talking_falls_back_to_crisis_lines()
 {
    let hurt = help_now(Some(region("IE")), None, Some(Situation::HurtSomeone)).expect("hurt");
    assert_eq!(
        hurt.emergency
            .as_ref()
            .map(|e| e.actions[0].target.as_str()),
        Some("112")
    );
    let ids: Vec<&str> = hurt.lines.iter().map(|l| l.id.as_str()).collect();
    // Confirmed lines come first (Samaritans); among those not yet confirmed, the programmes for
    // men who want to stop come before the other crisis line.
    assert_eq!(ids.first(), Some(&"ie-samaritans"), "{ids:?}");
    let position = |id: &str| ids.iter().position(|i| *i == id).expect(id);
    assert!(position("ie-move") < position("ie-pieta"), "{ids:?}");
    assert!(position("ie-mend") < position("ie-pieta"), "{ids:?}");

    let talk = help_now(Some(region("IE")), None, Some(Situation::Talk)).expect("talk");
    let ids: Vec<&str> = talk.lines.iter().map(|l| l.id.as_str()).collect();
    assert!(ids.contains(&"ie-samaritans"), "{ids:?}");
    let groups = talk.peer_groups.expect("Ireland has a group");
    assert!(groups.groups.iter().any(|g| g.id == "ie-mens-sheds"));
}

#[test]
fn in_ireland_a_dad_whose_baby_died_is_offered_the_bereavement_line_and_a_man_being_hurt_the_male_advice_line()
 {
    let loss = help_now(Some(region("IE")), None, Some(Situation::BabyLoss)).expect("loss");
    let ids: Vec<&str> = loss.lines.iter().map(|l| l.id.as_str()).collect();
    // Confirmed lines come first; among those not yet confirmed, the line for loss leads.
    let position = |id: &str| ids.iter().position(|i| *i == id).expect(id);
    assert!(
        position("ie-bereavement-support-line") < position("ie-pieta"),
        "{ids:?}"
    );
    let line = &loss.lines[position("ie-bereavement-support-line")];
    assert!(
        line.actions.iter().any(|a| a.uri == "tel:1800807077"),
        "{:?}",
        line.actions
    );

    let all = help_now(Some(region("IE")), None, None).expect("all");
    let advice = all
        .lines
        .iter()
        .find(|l| l.id == "ie-male-advice-line")
        .expect("the Male Advice Line is listed");
    assert!(advice.actions.iter().any(|a| a.uri == "tel:1800816588"));
    assert_eq!(advice.hours, "See the website for hours");
}

/// A saved region the pack in use no longer covers (a newer pack dropped it) is passed over:
/// help now still opens, at the region the phone's language names.
#[test]
fn a_saved_region_the_pack_no_longer_covers_is_passed_over_and_help_still_shows() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    groundwork_tests::raw_connection(g.database_path())
        .execute(
            "INSERT INTO settings (key, value) VALUES ('region', 'ZZ')
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [],
        )
        .expect("a region no pack has");
    let screen = g
        .help_now(Some(Situation::SelfHarm), Some("en_NZ".into()))
        .expect("help now always shows");
    assert_eq!(screen.region.map(|r| r.code), Some(region("NZ")));
    assert_eq!(screen.region_source, RegionSource::DeviceLocale);
}

/// Answering one question and skipping the other is still an answer, and is thanked; skipping
/// both says nothing.
#[test]
fn one_question_answered_no_and_one_skipped_is_thanked_and_two_skipped_are_not() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _) = open_at(dir.path(), NOW);
    for (self_harm, hurt_someone, thanked) in [
        (Some(false), None, true),
        (None, Some(false), true),
        (None, None, false),
    ] {
        let id = g
            .submit_check_in(CheckInInput::new(-5, -2))
            .expect("submit")
            .safety_questions
            .expect("asked")
            .check_in_id;
        let follow = g
            .answer_safety_questions(id, self_harm, hurt_someone, None)
            .expect("answered");
        assert!(follow.help_now.is_none());
        assert_eq!(
            follow.message.is_some(),
            thanked,
            "{self_harm:?} {hurt_someone:?}"
        );
    }
}
