//! The crisis check, as every save runs it: a check-in note, a long journal entry, and the
//! longest entry the journal takes (50,000 characters). The patterns run first, then the model.
//!
//! cargo bench -p groundwork-tests --bench crisis

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use groundwork_core::content::default_pack;
use groundwork_core::safety::crisis_check;

fn bench(c: &mut Criterion) {
    let pack = default_pack().expect("the built-in pack");
    let note = "Long day at work, snapped at the kids, went for a walk after and felt better.";
    let paragraph = "Long day at work, snapped at the kids, went for a walk after and felt \
        better. Tomorrow I'll try again with the boss and the missus. ";
    let long = paragraph.repeat(80);
    let longest: String = paragraph.repeat(400).chars().take(50_000).collect();
    let mut group = c.benchmark_group("crisis check");
    group.bench_function("a check-in note (15 words)", |b| {
        b.iter(|| crisis_check(pack, black_box(note)));
    });
    group.bench_function("a journal entry of 2,080 words", |b| {
        b.iter(|| crisis_check(pack, black_box(&long)));
    });
    group.sample_size(20);
    group.bench_function("the longest entry, 50,000 characters", |b| {
        b.iter(|| crisis_check(pack, black_box(&longest)));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
