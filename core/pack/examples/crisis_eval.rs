//! Runs the crisis check of a safety.toml over labelled corpora and prints what it found.
//!
//! cargo run -q -p groundwork-pack --example crisis_eval -- content/packs/core-en tests/fixtures/crisis_holdout_v6.toml

use groundwork_pack::crisis::Matcher;
use groundwork_pack::crisis_model::read_labelled;
use groundwork_pack::{CrisisCheck, HelpSituation};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Read the check straight from the files, without validating, so a model that breaks the
    // validator can still be measured.
    let dir = std::path::Path::new(&args[0]);
    let safety: toml::Table =
        toml::from_str(&std::fs::read_to_string(dir.join("safety.toml")).expect("read safety"))
            .expect("safety.toml");
    let mut check: CrisisCheck = safety["crisis_check"]
        .clone()
        .try_into()
        .unwrap_or_else(|e: toml::de::Error| panic!("{}", e.message()));
    check.model = std::fs::read_to_string(dir.join("crisis-model.toml"))
        .ok()
        .map(|t| toml::from_str(&t).expect("crisis-model.toml"));
    if let Some(th) = args.iter().find_map(|a| a.strip_prefix("--threshold="))
        && let Some(m) = check.model.as_mut()
    {
        m.threshold = th.parse().expect("threshold");
    }
    if args.iter().any(|a| a == "--rules-only") {
        check.model = None;
    }
    let matcher = Matcher::new(&check).expect("compiles");
    let quiet = args.iter().any(|a| a == "-q");
    for path in args[1..].iter().filter(|a| !a.starts_with('-')) {
        let corpus = read_labelled(&std::fs::read_to_string(path).expect("read")).expect("corpus");
        let (mut tp, mut fp, mut fn_, mut wrong, mut urg_ok, mut urg_n) = (0, 0, 0, 0, 0, 0);
        for case in &corpus {
            let found = matcher.check(&case.text);
            let expected = HelpSituation::from_name(&case.expect);
            match (expected, &found) {
                (Some(e), Some(f)) => {
                    tp += 1;
                    if e != f.situation {
                        wrong += 1;
                        if !quiet {
                            println!(
                                "WRONG {} as {} ({}): {}",
                                case.expect,
                                f.situation.as_str(),
                                f.pattern,
                                case.text
                            );
                        }
                    }
                    if let Some(u) = case.urgent {
                        urg_n += 1;
                        if u == f.urgent {
                            urg_ok += 1
                        } else if !quiet {
                            println!("URGENT? want {u} ({}): {}", f.pattern, case.text)
                        }
                    }
                }
                (Some(_), None) => {
                    fn_ += 1;
                    if !quiet {
                        println!("MISS {}: {}", case.expect, case.text);
                    }
                }
                (None, Some(f)) => {
                    fp += 1;
                    if !quiet {
                        println!("FALSE ({}): {}", f.pattern, case.text);
                    }
                }
                (None, None) => {}
            }
        }
        println!(
            "{path}: {} cases; precision {:.3}, recall {:.3}; {fp} false, {fn_} missed, {wrong} other situation; urgency right {urg_ok}/{urg_n}",
            corpus.len(),
            tp as f64 / (tp + fp).max(1) as f64,
            tp as f64 / (tp + fn_).max(1) as f64,
        );
    }
}
