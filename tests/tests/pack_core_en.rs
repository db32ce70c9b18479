//! The English pack, `content/packs/core-en`: it validates clean, lints clean, and holds the
//! whole curriculum the issue asks for.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use groundwork_core::content::pack::{
    self, Exercise, HelplineKind, PhaseKind,
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
    let share = report.share_at_or_below(TARGET_GRADE);
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
