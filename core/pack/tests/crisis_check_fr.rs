//! The French (Canada) crisis check, measured on labelled French lines as the English one is
//! (`crisis_check.rs`), with the same bar for each situation.
//!
//! The check is `[crisis_check]` in `content/packs/core-fr-CA/safety.toml`: its patterns, then,
//! for what no pattern names, the model in the pack's `crisis-model.toml`, trained by
//! `groundwork pack train-crisis` on its labelled lines (`crisis-lines/*.toml`) and every
//! pattern's own examples.
//!
//! - `crisis-lines/corpus.toml`: the labelled lines the check was written against. It must meet
//!   the bar for each situation: recall 0.95 and precision 0.90.
//! - `tests/fixtures/crisis_holdout_fr_v1.toml`: written without seeing the rules, never used to
//!   change them and never trained on: the honest measure on lines the check has not seen. Only
//!   its figures are printed, never its lines; never tune on it or move it into `crisis-lines/`.
//!
//! `cargo test -p groundwork-pack --test crisis_check_fr -- --nocapture` prints the figures, and
//! for the labelled corpus every line the check gets wrong.

use std::path::PathBuf;
use std::sync::OnceLock;

use groundwork_pack::crisis::Matcher;

#[path = "common/corpus.rs"]
mod corpus;
use corpus::Report;

/// The French pack's folder.
fn pack_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content/packs/core-fr-CA")
}

/// The lines never used to write the patterns or train the model.
fn held_out() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/crisis_holdout_fr_v1.toml")
}

/// The French pack, read and checked as `groundwork pack validate` does: the crisis check is
/// its patterns and the model in its `crisis-model.toml` (which `tests/run-all.sh` checks is
/// what training on its labelled lines gives).
fn french_pack() -> &'static groundwork_pack::Pack {
    static PACK: OnceLock<groundwork_pack::Pack> = OnceLock::new();
    PACK.get_or_init(|| {
        groundwork_pack::load_dir(&pack_dir())
            .unwrap_or_else(|p| panic!("the French pack reads: {p:?}"))
            .into_pack()
    })
}

/// The French check, compiled once.
fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        Matcher::new(&french_pack().safety.crisis_check).expect("the French crisis check compiles")
    })
}

fn measure(path: &std::path::Path) -> Report {
    corpus::measure(path, |text| matcher().check(text))
}

#[test]
fn the_french_crisis_check_meets_the_bar_for_each_situation_on_its_labelled_corpus() {
    let report = measure(&pack_dir().join("crisis-lines/corpus.toml"));
    let wrong: Vec<&str> = report
        .outcomes
        .lines()
        .filter(|l| l.starts_with('!'))
        .collect();
    for line in &wrong {
        println!("  {line}");
    }
    assert_eq!(report.by_situation.len(), 4, "every situation is measured");
    for (situation, c) in &report.by_situation {
        assert!(
            c.precision() >= 0.90 && c.recall() >= 0.95,
            "{situation}: precision {:.3} (floor 0.90), recall {:.3} (floor 0.95)\n{}",
            c.precision(),
            c.recall(),
            wrong.join("\n")
        );
    }
}

#[test]
fn most_french_lines_that_carry_time_a_plan_or_the_means_are_called_urgent_and_few_others_are() {
    let report = measure(&pack_dir().join("crisis-lines/corpus.toml"));
    let (urgent, of) = report.urgent_found;
    assert!(
        f64::from(urgent) / f64::from(of.max(1)) >= 0.85,
        "{urgent} of {of} urgent lines called urgent"
    );
    let (called, of) = report.calm_called_urgent;
    assert!(
        f64::from(called) / f64::from(of.max(1)) <= 0.25,
        "{called} of {of} calm lines called urgent"
    );
}

/// Measured once, the first time the check met these lines (2026-12-08), with the patterns and
/// the model at threshold 0.7: any help precision 0.920, recall 0.794; self-harm recall 0.590
/// (23 of 39), hurt-someone 0.875, being-hurt 0.875, new-dad 0.714; urgent lines called urgent
/// 11 of 19. Well short of the English check on its unseen lines (recall 0.946): the next step
/// is to widen the classes from new labelled lines, then measure on a new held-out set. The
/// floors sit just under what was measured, so a change that loses ground fails here.
#[test]
fn on_french_lines_it_has_never_seen_the_check_finds_what_it_found_when_first_measured() {
    let report = measure(&held_out());
    // Figures only: the lines themselves are never printed, so no one tunes on them.
    assert!(
        report.any.precision() >= 0.91 && report.any.recall() >= 0.79,
        "precision {:.3}, recall {:.3}",
        report.any.precision(),
        report.any.recall()
    );
}

#[test]
fn the_french_pack_is_valid_with_its_crisis_check_and_its_trained_model() {
    let pack = french_pack();
    assert_eq!(pack.manifest.locale, "fr-CA");
    let check = &pack.safety.crisis_check;
    assert!(check.model.is_some(), "crisis-model.toml is read");
    assert!(!check.patterns.is_empty() && !check.classes.is_empty());
}
