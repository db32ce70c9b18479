//! The crisis check measured on labelled lines: per situation, with every line's outcome kept in
//! a reviewed snapshot so that any change in what is caught shows up in review.
//!
//! The check is the pack's patterns, then, for what no pattern names, its model trained on the
//! pack's labelled lines (`content/packs/core-en/crisis-lines/`). The corpora, all labelled
//! self-harm, hurt-someone, being-hurt, new-dad or none, with `urgent` on positive lines:
//! - `crisis_corpus_v2.toml`: the labelled corpus the check was written against (544 lines).
//!   It must meet the bar for each situation: recall 0.95 and precision 0.90.
//! - `crisis_corpus.toml`, `crisis_corpus_holdout.toml`, `crisis_corpus_holdout2.toml`: the
//!   phrase-list era's corpora, now regression sets.
//! - `crisis_holdout_v3.toml`, `_v4`, `_v5`: each written without seeing the rules, measured
//!   once as it arrived (their headers record that first measure), then used to widen the
//!   classes: now regression sets.
//! - `tests/fixtures/crisis_holdout_v6.toml`: written without seeing the rules, never used to
//!   change them and never trained on: the honest measure of how the check does on lines it has
//!   not seen. Never edit its cases, tune on its misses or move it into the pack's labelled
//!   lines; when it has taught all it can, add a new one.
//!
//! `cargo test -p groundwork-pack --test crisis_check -- --nocapture` prints the figures.
//!
//! It runs the matcher of this crate on the pack read from `content/packs/core-en`, the same
//! check the core runs on the pack built into the apps (`groundwork_core::safety::crisis_check`
//! is `Matcher::check` on it), so a change to the matcher is measured without building the core.

use std::path::PathBuf;
use std::sync::OnceLock;

use groundwork_pack::HelpSituation as Situation;
use groundwork_pack::crisis::{Finding, Matcher};

#[path = "common/corpus.rs"]
mod corpus;
use corpus::Report;

/// The folder of the pack the apps are built with.
fn pack_dir() -> String {
    format!("{}/../../content/packs/core-en", env!("CARGO_MANIFEST_DIR"))
}

/// The pack's crisis check, compiled once for every test here.
fn crisis_check(text: &str) -> Option<Finding> {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER
        .get_or_init(|| {
            let loaded = groundwork_pack::load_dir(std::path::Path::new(&pack_dir()))
                .expect("the pack reads");
            Matcher::new(&loaded.pack().safety.crisis_check).expect("the crisis check compiles")
        })
        .check(text)
}

/// Where a corpus lives: the pack's labelled lines, or the held-out set among the test fixtures.
fn corpus_path(file: &str) -> PathBuf {
    let root = env!("CARGO_MANIFEST_DIR");
    if file == HELD_OUT {
        PathBuf::from(format!("{root}/../../tests/fixtures/{file}"))
    } else {
        PathBuf::from(format!("{}/crisis-lines/{file}", pack_dir()))
    }
}

/// The lines never used to write the patterns or train the model.
const HELD_OUT: &str = "crisis_holdout_v6.toml";

fn measure(file: &str) -> Report {
    corpus::measure(&corpus_path(file), crisis_check)
}

fn assert_floor(report: &Report, precision: f64, recall: f64) {
    for (situation, c) in &report.by_situation {
        assert!(
            c.precision() >= precision && c.recall() >= recall,
            "{situation}: precision {:.3} (floor {precision}), recall {:.3} (floor {recall})\n{}",
            c.precision(),
            c.recall(),
            report.outcomes
        );
    }
}

#[test]
fn the_crisis_check_meets_the_bar_for_each_situation_on_the_labelled_corpus() {
    let report = measure("crisis_corpus_v2.toml");
    assert_eq!(report.by_situation.len(), 4, "every situation is measured");
    assert_floor(&report, 0.90, 0.95);
}

#[test]
fn every_line_of_the_labelled_corpus_keeps_its_reviewed_outcome() {
    let report = measure("crisis_corpus_v2.toml");
    insta::assert_snapshot!("crisis_corpus_v2_outcomes", report.outcomes);
}

#[test]
fn most_lines_that_carry_time_a_plan_or_the_means_are_called_urgent_and_few_others_are() {
    let report = measure("crisis_corpus_v2.toml");
    let (urgent, of) = report.urgent_found;
    assert!(
        f64::from(urgent) / f64::from(of) >= 0.85,
        "{urgent} of {of} urgent lines called urgent"
    );
    let (called, of) = report.calm_called_urgent;
    assert!(
        f64::from(called) / f64::from(of) <= 0.25,
        "{called} of {of} calm lines called urgent"
    );
}

#[test]
fn the_regression_sets_keep_what_they_taught_the_check() {
    for file in [
        "crisis_corpus.toml",
        "crisis_corpus_holdout.toml",
        "crisis_corpus_holdout2.toml",
        "crisis_holdout_v3.toml",
        "crisis_holdout_v4.toml",
        "crisis_holdout_v5.toml",
    ] {
        let report = measure(file);
        insta::assert_snapshot!(
            format!("{}_outcomes", file.trim_end_matches(".toml")),
            report.outcomes
        );
        assert!(
            report.any.precision() >= 0.93 && report.any.recall() >= 0.92,
            "{file}: precision {:.3}, recall {:.3}",
            report.any.precision(),
            report.any.recall()
        );
    }
}

/// Measured with the patterns, then the model at threshold 0.7, trained on the pack's labelled
/// lines and the patterns' examples: any help precision 0.898, recall 0.946 (the rules alone:
/// 0.963 and 0.623). The floors sit just under what was measured, so a change that loses ground
/// on unseen lines fails here.
#[test]
fn on_lines_it_has_never_seen_the_check_still_finds_nearly_every_crisis() {
    let report = measure(HELD_OUT);
    insta::assert_snapshot!("crisis_holdout_v6_outcomes", report.outcomes);
    assert!(
        report.any.precision() >= 0.89 && report.any.recall() >= 0.94,
        "precision {:.3}, recall {:.3}",
        report.any.precision(),
        report.any.recall()
    );
}

/// The everyday lines share words with a crisis and must all stay quiet; each line's outcome is
/// kept like the corpora's.
#[test]
fn every_everyday_line_keeps_its_reviewed_outcome_and_none_offers_help() {
    let report = measure("everyday.toml");
    insta::assert_snapshot!("everyday_outcomes", report.outcomes);
    assert_eq!(report.any.false_alarms, 0, "{}", report.outcomes);
}

/// Lines a small change to the matcher once lost, checked with the pack's own check: a negation
/// one word past the window, a comma ending the clause, quote marks around the words.
#[test]
fn lines_at_the_edge_of_the_negation_window_a_clause_or_a_quote_are_still_caught() {
    for text in [
        "I don't know why I want to die",
        "Not good, want to die.",
        "'kill myself' is all I can think",
    ] {
        assert_eq!(
            crisis_check(text).map(|f| f.situation),
            Some(Situation::SelfHarm),
            "{text}"
        );
    }
}
