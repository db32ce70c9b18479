//! The English pack, `content/packs/core-en`: it validates clean, lints clean, and holds the
//! whole curriculum the issue asks for.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use groundwork_core::content::pack::{
    self, Exercise, HelpSituation, HelplineKind, PhaseKind, SAFETY_PLAN_STEPS,
    lint::{AvoidList, TARGET_GRADE, TARGET_SHARE},
};

fn core_en() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/packs/core-en")
}

fn show(problems: &[pack::Diagnostic]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_english_pack_validates_clean() {
    pack::load_dir(&core_en()).unwrap_or_else(|problems| panic!("{}", show(&problems)));
}

#[test]
fn the_english_pack_holds_the_whole_curriculum() {
    let loaded = pack::load_dir(&core_en()).unwrap_or_else(|p| panic!("{}", show(&p)));
    let pack = loaded.pack();
    let mut per_phase: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &pack.modules {
        *per_phase.entry(m.meta.phase.as_str()).or_default() += 1;
    }
    for (phase, at_least) in [
        ("self-awareness", 4),
        ("emotions", 4),
        ("anger-as-energy", 4),
        ("partner-skills", 5),
        ("new-dad", 6),
    ] {
        let n = per_phase.get(phase).copied().unwrap_or(0);
        assert!(n >= at_least, "{phase} has {n} modules, needs {at_least}");
    }
    let kinds: Vec<PhaseKind> = pack.manifest.phases.iter().map(|p| p.kind).collect();
    let first_we = kinds
        .iter()
        .position(|k| *k == PhaseKind::We)
        .expect("a we phase");
    assert!(
        kinds[..first_we].contains(&PhaseKind::Me),
        "me phases come before we"
    );
    let new_dad_weeks: Vec<i32> = pack.modules.iter().filter_map(|m| m.meta.week).collect();
    assert!(
        new_dad_weeks.iter().any(|w| *w < 0),
        "the new-dad track starts in pregnancy"
    );
    assert!(
        new_dad_weeks.iter().any(|w| *w > 0),
        "and runs into the first year"
    );
    let kinds_used: Vec<&str> = pack
        .modules
        .iter()
        .flat_map(|m| &m.steps)
        .filter_map(|s| s.exercise.as_ref().map(Exercise::kind))
        .collect();
    for kind in Exercise::KINDS {
        assert!(
            kinds_used.contains(&kind),
            "no module uses a {kind} exercise"
        );
    }
    for code in ["AU", "CA", "US", "GB", "NZ"] {
        let region = pack.region(code).expect("region");
        for kind in [
            HelplineKind::Emergency,
            HelplineKind::Crisis,
            HelplineKind::ViolenceUsed,
        ] {
            assert!(
                region.lines.iter().any(|l| l.kinds.contains(&kind)),
                "{code} has no {kind:?} line"
            );
        }
    }
    assert!(pack.emotions.len() >= 100);
}

#[test]
fn the_english_pack_lints_clean() {
    let loaded = pack::load_dir(&core_en()).unwrap_or_else(|p| panic!("{}", show(&p)));
    let avoid_text =
        std::fs::read_to_string(core_en().join("avoid.txt")).expect("core-en has avoid.txt");
    let avoid = AvoidList::parse(&avoid_text);
    assert!(
        avoid.entries.len() >= 20,
        "the list of phrases to avoid is in use"
    );
    let report = pack::lint::lint(&loaded, &avoid);
    assert!(report.findings.is_empty(), "{}", show(&report.findings));
    assert_eq!(report.scale, pack::lint::ReadingScale::ENGLISH);
    let share = report.share_meeting_target();
    assert!(
        share >= TARGET_SHARE,
        "{:.1}% of steps at grade {TARGET_GRADE} or below",
        share * 100.0
    );
    let steps: usize = loaded.pack().modules.iter().map(|m| m.steps.len()).sum();
    assert_eq!(
        report.grades.len(),
        steps,
        "every step has something to read"
    );
}

#[test]
fn the_english_pack_has_help_now_the_risk_questions_the_safety_plan_and_the_pause_safeguards() {
    let loaded = pack::load_dir(&core_en()).unwrap_or_else(|p| panic!("{}", show(&p)));
    let safety = &loaded.pack().safety;
    let situations: Vec<(HelpSituation, &str)> = safety
        .situations
        .iter()
        .map(|s| (s.id, s.title.as_str()))
        .collect();
    assert_eq!(
        situations,
        [
            (HelpSituation::SelfHarm, "I'm thinking about hurting myself"),
            (
                HelpSituation::HurtSomeone,
                "I'm worried I might hurt someone"
            ),
            (HelpSituation::BeingHurt, "Someone is hurting me"),
            (HelpSituation::Talk, "I need to talk to someone"),
            (HelpSituation::NewDad, "I'm a new dad and struggling"),
            (HelpSituation::BabyLoss, "We lost our baby"),
        ]
    );
    let hurt = loaded
        .pack()
        .situation(HelpSituation::HurtSomeone)
        .expect("hurt-someone");
    assert_eq!(
        hurt.kinds.first(),
        Some(&HelplineKind::ViolenceUsed),
        "lines for men who fear they might use violence come first"
    );
    for s in &safety.situations {
        assert!(
            s.kinds.contains(&HelplineKind::Crisis) || s.kinds.contains(&HelplineKind::Emergency),
            "{:?} falls back to crisis lines",
            s.id
        );
    }
    let ids: Vec<&str> = safety.safety_plan.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, SAFETY_PLAN_STEPS);
    assert!((5..=9).contains(&safety.pause_safeguards.len()));
    assert!(
        !hurt.first_steps.is_empty(),
        "help for a man afraid he might hurt someone starts with what he can do this minute"
    );
    let q = &safety.risk_questions;
    assert!(q.self_harm.ends_with('?') && q.hurt_someone.ends_with('?'));
}

#[test]
fn the_home_safety_question_is_plain_and_only_the_couples_new_dad_modules_wait_for_it() {
    let loaded = pack::load_dir(&core_en()).unwrap_or_else(|p| panic!("{}", show(&p)));
    let pack = loaded.pack();
    let h = &pack.safety.home_safety;
    assert!(h.question.contains("afraid of you") && h.question.ends_with('?'));
    let answers = [&h.yes_label, &h.no_label, &h.not_sure_label];
    assert_eq!(answers, ["Yes", "No", "I'm not sure"]);
    // Written for a grade 5 reader (the lint only asks for grade 8).
    for (what, pieces) in [
        ("the question", vec![h.intro.clone(), h.question.clone()]),
        (
            "what follows a yes or not sure",
            vec![h.not_yet.clone(), h.ask_again.clone()],
        ),
        ("what follows a no", vec![h.after_no.clone()]),
    ] {
        let grade = pack::lint::readability(&pieces).expect("words").score;
        assert!(grade <= 5.0, "{what} reads at grade {grade:.1}");
    }
    // New-dad modules whose exercises he does together with his partner wait for the question;
    // the ones he does on his own for her (her recovery, providing) do not.
    let together: Vec<&str> = pack
        .modules
        .iter()
        .filter(|m| m.meta.with_partner)
        .map(|m| m.meta.id.as_str())
        .collect();
    assert_eq!(together, ["co-parenting-as-a-team", "still-a-team-of-two"]);
}

#[test]
fn the_english_crisis_check_catches_plain_words_of_crisis_and_not_everyday_talk() {
    let loaded = pack::load_dir(&core_en()).unwrap_or_else(|p| panic!("{}", show(&p)));
    let safety = &loaded.pack().safety;
    let matcher =
        pack::crisis::Matcher::new(&safety.crisis_check).expect("the crisis check compiles");
    for (situation, at_least) in [
        (HelpSituation::SelfHarm, 5),
        (HelpSituation::HurtSomeone, 8),
        (HelpSituation::BeingHurt, 3),
        (HelpSituation::NewDad, 1),
    ] {
        let n = safety
            .crisis_check
            .patterns
            .iter()
            .filter(|p| p.situation == situation)
            .count();
        assert!(
            n >= at_least,
            "{situation:?} has {n} patterns, wants {at_least}"
        );
    }
    let matched = |text: &str| -> Vec<(HelpSituation, String)> {
        matcher
            .findings_or_model(text)
            .into_iter()
            .map(|f| (f.situation, f.pattern))
            .collect()
    };
    for (text, situation) in [
        (
            "Honestly I just want to end it all.",
            HelpSituation::SelfHarm,
        ),
        (
            "They'd all be better off without me",
            HelpSituation::SelfHarm,
        ),
        ("i dont want to live anymore", HelpSituation::SelfHarm),
        (
            "Some nights I think about killing myself",
            HelpSituation::SelfHarm,
        ),
        (
            "I’m scared I’ll hurt her if this keeps up",
            HelpSituation::HurtSomeone,
        ),
        ("I nearly hit her last night", HelpSituation::HurtSomeone),
        (
            "The baby would not stop and I felt like I could shake the baby",
            HelpSituation::HurtSomeone,
        ),
        ("im going to snap", HelpSituation::HurtSomeone),
        ("My kids are scared of me", HelpSituation::HurtSomeone),
        (
            "She hits me when she's been drinking",
            HelpSituation::BeingHurt,
        ),
        ("He threatened to kill me", HelpSituation::BeingHurt),
    ] {
        let found = matched(text);
        assert!(
            found.iter().any(|(s, _)| *s == situation),
            "{text:?} should match {situation:?}, found {found:?}"
        );
    }
    for text in [
        "I'm killing it at work this week",
        "Dying to see the new film",
        "I should hit her up this weekend",
        "I think I hurt her feelings when I said that",
        "Cut myself shaving this morning",
        "Hurt myself at the gym, pulled a hamstring",
        "My back is killing me",
        "The night feeds are killing me, I'm dead on my feet",
        "I don't want to live in this city anymore",
        "She beat me at cards again",
        "He hit me up about the game",
        "My boss will kill me if I'm late",
        "I could murder a pie",
        "We had a blazing row but I walked away and came back to talk",
        "Pushed her on the swing for an hour, she loved it",
        "Trying to cut myself some slack this week",
        "I'm burning myself out at work",
        "The toddler threw a toy at my head and laughed",
        "The baby kicked me in the ribs all night",
        "Put my hands on her belly and felt the baby kick",
        "Grabbed her by the hand to cross the road",
        "Went fishing off the bridge with my son",
        "Tired of living paycheque to paycheque",
        "Done with life admin for the week",
        "They won't let me see the baby in the NICU until the morning",
        "Put my arm around her and said sorry",
        // Answers to the modules' own questions (crisis-lines/lesson_answers.toml).
        "I notice I go quiet when I'm tense.",
    ] {
        let found = matched(text);
        assert!(found.is_empty(), "{text:?} matched {found:?}");
    }
}

#[test]
fn the_dad_mood_check_asks_the_phq2_and_his_temper_in_plain_words_and_never_shames() {
    let loaded = pack::load_dir(&core_en()).unwrap_or_else(|p| panic!("{}", show(&p)));
    let pack = loaded.pack();
    let d = &pack.safety.dad_mood_check;
    assert_eq!(
        d.answers,
        [
            "Not at all",
            "Several days",
            "More than half the days",
            "Nearly every day"
        ]
    );
    assert!(d.stem.contains("2 weeks"));
    assert!(d.temper.contains("temper"));
    assert_eq!(
        d.hard,
        "Lots of new dads feel this. It's common and it gets better with support."
    );
    assert!(d.hard_next.contains("doctor"));
    assert!(d.intro.contains("minute") && d.intro.contains("skip"));
    // Written for a grade 5 reader (the lint only asks for grade 8).
    for (what, pieces) in [
        (
            "the questions",
            vec![
                d.intro.clone(),
                d.stem.clone(),
                d.interest.clone(),
                d.down.clone(),
                d.temper.clone(),
            ],
        ),
        (
            "what follows hard answers",
            vec![d.hard.clone(), d.hard_next.clone()],
        ),
        (
            "what follows the others",
            vec![d.easy.clone(), d.easy_next.clone()],
        ),
    ] {
        let grade = pack::lint::readability(&pieces).expect("words").score;
        assert!(grade <= 5.0, "{what} reads at grade {grade:.1}");
    }
}
