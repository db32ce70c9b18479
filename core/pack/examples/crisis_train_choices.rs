//! Measures training choices for the crisis model (L2 penalty, least lines per term, threshold)
//! on a held-out file, training on a pack's labelled lines.
//!
//! cargo run -q --release -p groundwork-pack --example crisis_train_choices -- content/packs/core-en tests/fixtures/crisis_holdout_v6.toml

use groundwork_pack::crisis::Matcher;
use groundwork_pack::crisis_model::{read_labelled, train_with};
use groundwork_pack::{CrisisCheck, HelpSituation};

fn read(path: &std::path::Path) -> Vec<(String, Option<HelpSituation>)> {
    read_labelled(&std::fs::read_to_string(path).expect("read"))
        .expect("corpus")
        .into_iter()
        .map(|c| {
            let label = c.label().expect("label");
            (c.text, label)
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = std::path::Path::new(&args[0]);
    let safety: toml::Table =
        toml::from_str(&std::fs::read_to_string(dir.join("safety.toml")).expect("safety"))
            .expect("toml");
    let check: CrisisCheck = safety["crisis_check"].clone().try_into().expect("check");
    let rules = Matcher::new(&check).expect("compiles");
    let mut files: Vec<_> = std::fs::read_dir(dir.join("crisis-lines"))
        .expect("lines")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let train: Vec<(Vec<String>, Option<HelpSituation>)> = files
        .iter()
        .flat_map(|f| read(f))
        .map(|(t, l)| (rules.words_of(&t), l))
        .collect();
    let held = read(std::path::Path::new(&args[1]));
    for l2 in [0.00006, 0.0002, 0.0006] {
        for min_lines in [1, 2] {
            let model = train_with(&train, 0.5, l2, min_lines);
            for threshold in [0.6, 0.7, 0.8] {
                let mut with = check.clone();
                let mut m = model.clone();
                m.threshold = threshold;
                with.model = Some(m);
                let matcher = Matcher::new(&with).expect("compiles");
                let (mut tp, mut fp, mut fn_) = (0, 0, 0);
                for (text, label) in &held {
                    match (label, matcher.check(text)) {
                        (Some(_), Some(_)) => tp += 1,
                        (Some(_), None) => fn_ += 1,
                        (None, Some(_)) => fp += 1,
                        (None, None) => {}
                    }
                }
                println!(
                    "l2 {l2} min_lines {min_lines} threshold {threshold}: precision {:.3} recall {:.3} ({} terms)",
                    f64::from(tp) / f64::from(tp + fp),
                    f64::from(tp) / f64::from(tp + fn_),
                    model.terms.len()
                );
            }
        }
    }
}
