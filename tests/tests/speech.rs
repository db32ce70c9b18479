//! What is read aloud: the `spoken` text of every lesson step, help now, the plans and
//! insights, written by the core with no Markdown and with numbers said as people in each region
//! say them; and the cues of the guided exercises, timed from the exercise itself.

use groundwork_core::base::text::Language;
use groundwork_core::content::default_pack;
use groundwork_core::curriculum::{ExerciseView, OnboardingChoices};
use groundwork_core::safety::HelpLineCard;
use groundwork_core::speech::{self, MARKDOWN_MARKS, cues::LEAD_IN_SECONDS};
use groundwork_core::{Groundwork, HelpNowScreen, InsightRange};
use groundwork_pack::Exercise;
use groundwork_tests::{device_time, open_at, open_step};

const START: &str = "2026-03-02T19:30:00+11:00";
/// The built-in pack's language.
const EN: Language = Language::ENGLISH;
const REGIONS: [&str; 6] = ["AU", "CA", "US", "GB", "NZ", "IE"];

fn help_in(region: &str) -> HelpNowScreen {
    groundwork_tests::help_now_in_region(region, START)
}

fn line<'a>(screen: &'a HelpNowScreen, id: &str) -> &'a HelpLineCard {
    screen
        .emergency
        .iter()
        .chain(&screen.lines)
        .find(|l| l.id == id)
        .unwrap_or_else(|| panic!("no line {id}"))
}

fn onboard(g: &Groundwork, region: &str) {
    g.complete_onboarding(OnboardingChoices {
        region: region.into(),
        track_ids: vec!["general".into()],
        baby_date: None,
        discreet_mode: false,
        things_are_hard: true,
    })
    .expect("onboarding");
}

/// Runs of digits in `text` with at least `n` digits.
fn digit_runs(text: &str, n: usize) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() >= n)
        .map(str::to_owned)
        .collect()
}

/// The places "hundred" or "thousand" are said other than in a free-call prefix ("one eight
/// hundred", "oh eight hundred").
fn counted(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            **w == "thousand"
                || (**w == "hundred" && !matches!(words.get(i - 1), Some(&("eight" | "three"))))
        })
        .map(|(i, _)| words[i.saturating_sub(3)..=i].join(" "))
        .collect()
}

#[test]
fn each_region_says_its_emergency_number_the_way_its_service_does() {
    let said = [
        ("AU", "au-emergency", "Call triple zero."),
        ("US", "us-emergency", "Call nine one one."),
        ("CA", "ca-emergency", "Call nine one one."),
        ("GB", "gb-emergency", "Call nine nine nine."),
        ("NZ", "nz-emergency", "Call one one one."),
        ("IE", "ie-emergency", "Call one one two."),
    ];
    for (region, id, expected) in said {
        let screen = help_in(region);
        let spoken = &line(&screen, id).spoken;
        assert!(spoken.contains(expected), "{region}: {spoken}");
        assert!(
            screen.spoken.contains(expected),
            "{region}: {}",
            screen.spoken
        );
    }
}

#[test]
fn each_region_says_its_help_lines_group_by_group() {
    let said = [
        ("AU", "au-lifeline", "Call thirteen eleven fourteen."),
        ("AU", "au-13yarn", "Call thirteen ninety-two seventy-six."),
        (
            "AU",
            "au-1800respect",
            "Call one eight hundred, seven three seven, seven three two.",
        ),
        (
            "AU",
            "au-mensline",
            "Call one three hundred, seventy-eight ninety-nine seventy-eight.",
        ),
        (
            "US",
            "us-988",
            "Call nine eight eight.\nOr text nine eight eight.",
        ),
        (
            "US",
            "us-crisis-text-line",
            "Text the word HOME to seven four one, seven four one.",
        ),
        (
            "US",
            "us-national-domestic-violence-hotline",
            "Call one, eight hundred, seven nine nine, seven two three three.",
        ),
        ("CA", "ca-988", "Call nine eight eight."),
        ("GB", "gb-samaritans", "Call one one six, one two three."),
        (
            "GB",
            "gb-calm",
            "Call oh eight hundred, fifty-eight fifty-eight fifty-eight.",
        ),
        ("NZ", "nz-1737", "Call one seven three seven."),
        ("NZ", "nz-hey-bro", "Oh eight hundred HEY BRO."),
        ("IE", "ie-samaritans", "Call one one six, one two three."),
        (
            "IE",
            "ie-pieta",
            "Call one eight hundred, two four seven, two four seven.",
        ),
    ];
    for (region, id, expected) in said {
        let screen = help_in(region);
        let spoken = &line(&screen, id).spoken;
        assert!(spoken.contains(expected), "{region} {id}: {spoken}");
    }
}

#[test]
fn no_help_line_in_the_built_in_pack_is_read_as_a_count() {
    let pack = default_pack().expect("pack");
    let mut checked = 0;
    for region in &pack.helplines {
        let screen = help_in(&region.code);
        for card in screen.emergency.iter().chain(&screen.lines) {
            assert!(!card.spoken.is_empty(), "{} says nothing", card.id);
            assert!(
                digit_runs(&card.spoken, 3).is_empty(),
                "{} leaves digits to the voice: {}",
                card.id,
                card.spoken
            );
            assert!(
                counted(&card.spoken).is_empty(),
                "{} is read as a count: {:?}",
                card.id,
                counted(&card.spoken)
            );
            assert!(
                card.spoken.starts_with(
                    speech::sentence(&speech::say(&card.name, Some(&region.code), EN))
                        .trim_end_matches('.')
                ),
                "{}",
                card.spoken
            );
            assert!(card.spoken.contains(&card.hours), "{}", card.spoken);
            checked += 1;
        }
    }
    assert!(checked >= 40, "only {checked} lines");
}

#[test]
fn help_now_reads_the_first_steps_before_the_lines() {
    let (at, offset) = device_time(START);
    let screen = groundwork_core::help_now(
        Some(groundwork_tests::region("AU")),
        None,
        Some(groundwork_core::Situation::HurtSomeone),
        at,
        offset,
    )
    .expect("help now");
    let spoken = &screen.spoken;
    let first_step = spoken
        .find("Leave the room now.")
        .expect("first steps said");
    let first_line = spoken
        .find(&screen.lines[0].spoken)
        .expect("lines said after");
    assert!(spoken.starts_with("Help now.\n"));
    assert!(spoken.find("triple zero").expect("emergency said") < first_step);
    assert!(first_step < first_line);
    assert!(!spoken.contains(MARKDOWN_MARKS));
}

#[test]
fn every_step_of_every_module_has_spoken_text_without_markdown() {
    let pack = default_pack().expect("pack");
    let mut steps = 0;
    for module in &pack.modules {
        for step in &module.steps {
            for region in REGIONS {
                let spoken = speech::lesson_step(step, Some(region), EN);
                assert!(
                    spoken.starts_with(
                        speech::sentence(&speech::say(&step.title, Some(region), EN))
                            .trim_end_matches('.')
                    ),
                    "{}: {spoken}",
                    module.meta.id
                );
                assert!(
                    spoken.len() > step.title.len() + 20,
                    "{} / {} says too little: {spoken}",
                    module.meta.id,
                    step.title
                );
                assert!(
                    !spoken.contains(MARKDOWN_MARKS),
                    "{} / {}: {spoken}",
                    module.meta.id,
                    step.title
                );
                assert!(
                    digit_runs(&spoken, 3).is_empty() && counted(&spoken).is_empty(),
                    "{} / {} reads a long number as a count: {spoken}",
                    module.meta.id,
                    step.title
                );
                assert!(!spoken.contains("e.g."), "{spoken}");
            }
            steps += 1;
        }
    }
    assert!(steps > 150, "only {steps} steps");
}

#[test]
fn a_list_in_a_step_is_read_as_sentences_and_an_exercise_as_its_question_and_choices() {
    let pack = default_pack().expect("pack");
    let module = pack.module("the-escalation-cycle").expect("module");
    let step = module
        .steps
        .iter()
        .find(|s| {
            s.blocks
                .iter()
                .any(|b| matches!(b, groundwork_pack::Block::List { .. }))
        })
        .expect("a step with a list");
    let spoken = speech::lesson_step(step, Some("AU"), EN);
    let groundwork_pack::Block::List { items, .. } = step
        .blocks
        .iter()
        .find(|b| matches!(b, groundwork_pack::Block::List { .. }))
        .expect("list")
    else {
        unreachable!()
    };
    for item in items {
        let said = speech::sentence(&speech::spans(item, Some("AU"), EN));
        assert!(
            spoken
                .lines()
                .any(|l| l.ends_with(&said) || l.ends_with(&speech::lower_first(&said))),
            "{said} is not a sentence of its own in {spoken}"
        );
    }
    let with_choices = pack
        .modules
        .iter()
        .flat_map(|m| &m.steps)
        .find(|s| matches!(s.exercise, Some(Exercise::Choice(_))))
        .expect("a choice");
    let Some(Exercise::Choice(choice)) = &with_choices.exercise else {
        unreachable!()
    };
    let spoken = speech::lesson_step(with_choices, None, EN);
    assert!(spoken.contains(&speech::sentence(&speech::say(&choice.prompt, None, EN))));
    assert!(spoken.contains("Pick one of these."));
    for option in &choice.options {
        assert!(spoken.contains(&speech::say(option, None, EN)), "{option}");
    }
}

#[test]
fn every_guided_exercise_in_the_pack_is_timed_to_its_own_length() {
    let pack = default_pack().expect("pack");
    let mut guided = 0;
    for step in pack.modules.iter().flat_map(|m| &m.steps) {
        let Some(exercise) = &step.exercise else {
            continue;
        };
        let cues = speech::cues::for_exercise(exercise, EN);
        let timed: u32 = cues.iter().map(|c| c.pause_after_seconds).sum();
        match exercise {
            Exercise::Breathing(b) => {
                let length = (b.inhale + b.hold + b.exhale + b.hold_after.unwrap_or(0)) * b.cycles;
                assert_eq!(timed, LEAD_IN_SECONDS + length, "{}", b.id);
                let breaths = cues
                    .iter()
                    .filter(|c| c.line.ends_with("Breathe in."))
                    .count();
                assert_eq!(breaths, b.cycles as usize, "{}", b.id);
                let inhales: u32 = cues
                    .iter()
                    .filter(|c| c.line.ends_with("Breathe in."))
                    .map(|c| c.pause_after_seconds)
                    .sum();
                assert_eq!(inhales, b.inhale * b.cycles);
                guided += 1;
            }
            Exercise::BodyScan(s) => {
                let regions = u32::try_from(s.regions.len()).expect("few regions");
                assert_eq!(timed, LEAD_IN_SECONDS + s.seconds_per_region * regions);
                for region in &s.regions {
                    let lower = speech::lower_first(region);
                    assert!(
                        cues.iter().any(|c| c.line.contains(&lower)
                            && c.pause_after_seconds == s.seconds_per_region),
                        "{region} has no cue of its own"
                    );
                }
                guided += 1;
            }
            _ => assert!(cues.is_empty()),
        }
        assert!(cues.last().is_none_or(|c| c.pause_after_seconds == 0));
    }
    assert!(guided >= 5, "only {guided} guided exercises");
}

#[test]
fn the_grounding_exercise_is_timed_by_its_own_steps_and_cites_its_sources() {
    let pack = default_pack().expect("pack");
    let g = pack
        .safety
        .grounding
        .as_ref()
        .expect("the built-in pack has a grounding exercise");
    let cues = speech::cues::grounding(g, EN);
    assert_eq!(
        cues.len(),
        g.steps.len() + 2,
        "a lead-in, the steps, a close"
    );
    for (cue, step) in cues[1..].iter().zip(&g.steps) {
        assert_eq!(cue.line, speech::say(&step.say, None, EN));
        assert_eq!(cue.pause_after_seconds, step.seconds);
    }
    let timed: u32 = cues.iter().map(|c| c.pause_after_seconds).sum();
    let steps: u32 = g.steps.iter().map(|s| s.seconds).sum();
    assert_eq!(timed, LEAD_IN_SECONDS + steps);
    assert!(
        (60..=180).contains(&timed),
        "about two minutes, not {timed} s"
    );
    assert_eq!(cues.last().map(|c| c.pause_after_seconds), Some(0));
    assert!(cues.iter().all(|c| !c.line.contains(MARKDOWN_MARKS)));
    assert!(g.sources.iter().any(|s| s.starts_with("seeds/000")));
    assert!(
        g.sources
            .iter()
            .any(|s| s.starts_with("research/evidence.md"))
    );
}

#[test]
fn the_pause_plan_through_the_ffi_offers_the_grounding_cues_and_no_other_plan_does() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _clock) = open_at(dir.path(), START);
    onboard(&g, "AU");
    let pause = g.living_document("pause-plan".into()).expect("plan");
    let grounding = default_pack()
        .expect("pack")
        .safety
        .grounding
        .clone()
        .expect("grounding");
    assert_eq!(pause.cues, speech::cues::grounding(&grounding, EN));
    let safety = g.living_document("safety-plan".into()).expect("plan");
    assert!(safety.cues.is_empty());
}

#[test]
fn a_lesson_step_through_the_ffi_carries_spoken_text_cues_and_the_headphones_hint_once() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _clock) = open_at(dir.path(), START);
    onboard(&g, "AU");
    let step = open_step(&g, "the-pause-plan");
    assert!(step.spoken.starts_with(&format!("{}.", step.title)));
    assert!(!step.spoken.contains(MARKDOWN_MARKS));
    assert!(step.cues.is_empty());
    let hint = step.headphones_hint.clone().expect("hint before listening");
    assert!(hint.contains("Headphones"));
    assert_eq!(g.headphones_hint().expect("hint"), Some(hint));

    // The breathing step carries the cues of its own exercise.
    let mut step = step;
    while !matches!(step.exercise, Some(ExerciseView::Breathing { .. })) {
        let answer = step.exercise.as_ref().map(groundwork_tests::answer_for);
        step = match g
            .continue_lesson(step.module_id.clone(), step.step_index, answer)
            .expect("continue")
        {
            groundwork_core::curriculum::LessonOutcome::Step { screen } => screen,
            other => panic!("no breathing step: {other:?}"),
        };
    }
    let Some(ExerciseView::Breathing {
        total_seconds,
        cycles,
        ..
    }) = step.exercise
    else {
        unreachable!()
    };
    let timed: u32 = step.cues.iter().map(|c| c.pause_after_seconds).sum();
    assert_eq!(timed, LEAD_IN_SECONDS + total_seconds);
    assert!(step.spoken.contains(&format!("{cycles} slow breaths")));

    g.listened().expect("listened");
    assert_eq!(g.headphones_hint().expect("hint"), None);
    let again = open_step(&g, "the-pause-plan");
    assert_eq!(again.headphones_hint, None);
}

#[test]
fn help_now_through_the_ffi_says_his_regions_numbers() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _clock) = open_at(dir.path(), START);
    onboard(&g, "GB");
    let help = g.help_now(None, None).expect("help now");
    assert!(
        help.spoken.contains("Call nine nine nine."),
        "{}",
        help.spoken
    );
    assert!(help.spoken.contains("one one six, one two three"));
    assert!(!help.spoken.contains("116"));
}

#[test]
fn the_pause_plan_is_read_with_what_he_wrote_and_its_safeguards() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _clock) = open_at(dir.path(), START);
    onboard(&g, "AU");
    let empty = g.living_document("pause-plan".into()).expect("plan");
    assert!(empty.spoken.contains("Nothing written in it yet."));
    assert!(empty.spoken.contains("Every time you take a pause."));
    let first = empty.fields[0].clone();
    let saved = g
        .save_living_document(
            "pause-plan".into(),
            [(
                first.id.clone(),
                "Walk to the park, e.g. around the block".to_owned(),
            )]
            .into_iter()
            .collect(),
        )
        .expect("save");
    assert!(
        saved
            .spoken
            .contains("Walk to the park, for example around the block."),
        "{}",
        saved.spoken
    );
    assert!(!saved.spoken.contains("Nothing written"));
    let pack = default_pack().expect("pack");
    for safeguard in &pack.safety.pause_safeguards {
        assert!(
            saved
                .spoken
                .contains(&speech::sentence(&speech::say(safeguard, Some("AU"), EN)))
        );
    }
}

#[test]
fn insights_are_read_as_their_sentences() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _clock) = open_at(dir.path(), START);
    onboard(&g, "AU");
    let insights = g.insights(InsightRange::Month).expect("insights");
    assert!(
        insights.spoken.starts_with("Your insights: last"),
        "{}",
        insights.spoken
    );
    assert!(insights.spoken.contains(&insights.consistency));
    for sentence in &insights.weekly_summary {
        assert!(insights.spoken.contains(sentence.trim_end_matches('.')));
    }
}
