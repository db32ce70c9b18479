//! Cold start and everyday calls against a five-year history.
//!
//! Run with `cargo bench -p groundwork-tests --bench home`. The dataset (three check-ins a day for
//! five years, 2,000 journal entries, 200 anger moments, every module done with its answers and
//! a commitment a week) is generated once per run into a temporary directory.

use std::hint::black_box;
use std::sync::Arc;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use groundwork_core::curriculum::ExerciseAnswer;
use groundwork_core::{CheckInInput, Groundwork, ManualClock};
use groundwork_tests::{at, synthetic_history, test_key};

const NOW: &str = "2026-11-22T07:30:00+11:00";

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("dir");
    let size = synthetic_history(dir.path(), NOW, 5, 2_000, 200);
    eprintln!(
        "dataset: {} check-ins, {} journal entries, {} KiB",
        size.check_ins,
        size.journal_entries,
        std::fs::metadata(groundwork_core::database_path(dir.path()))
            .map(|m| m.len() / 1024)
            .unwrap_or(0)
    );
    let clock = Arc::new(ManualClock::new(at(NOW)));

    // What the first screen of a new process pays once: the built-in pack is LZ4-compressed in the
    // library, then decoded and checked against every content rule.
    c.bench_function(
        "built-in pack: decompress, decode and check (first use)",
        |b| {
            b.iter(|| {
                let bytes = groundwork_core::content::embedded_bundle().expect("decompresses");
                black_box(groundwork_core::content::import_bundle(&bytes).expect("imports"))
            })
        },
    );
    c.bench_function("built-in pack: decompress only", |b| {
        b.iter(|| black_box(groundwork_core::content::embedded_bundle().expect("decompresses")))
    });

    c.bench_function("cold open + home screen (5-year history)", |b| {
        b.iter(|| {
            let g = Groundwork::open_with(dir.path(), &test_key(), clock.clone()).expect("open");
            black_box(g.home_screen().expect("home"));
        })
    });

    let g = Groundwork::open_with(dir.path(), &test_key(), clock.clone()).expect("open");
    c.bench_function("home screen on an open database", |b| {
        b.iter(|| black_box(g.home_screen().expect("home")))
    });
    c.bench_function("record a check-in", |b| {
        b.iter(|| {
            g.record_check_in(CheckInInput {
                emotions: vec!["tired".into(), "hopeful".into()],
                note: Some("bench".into()),
                ..CheckInInput::new(-1, 2)
            })
            .expect("record")
        })
    });
    c.bench_function("phase map", |b| {
        b.iter(|| black_box(g.phase_map().expect("map")))
    });
    c.bench_function(
        "advance one lesson step (answer saved, next step built)",
        |b| {
            b.iter_batched(
                || g.go_to_step("where-you-are-now".into(), 0).expect("step 0"),
                |step| {
                    black_box(
                        g.continue_lesson(
                            step.module_id,
                            step.step_index,
                            Some(ExerciseAnswer::Choice { index: 1 }),
                        )
                        .expect("next"),
                    )
                },
                BatchSize::PerIteration,
            )
        },
    );
    c.bench_function("journal search, 2,000 entries", |b| {
        b.iter(|| black_box(g.search_journal("angry jaw".into(), 20).expect("search")))
    });
}

criterion_group!(home, benches);
criterion_main!(home);
