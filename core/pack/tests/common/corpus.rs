//! Measuring a crisis check on a file of labelled lines, shared by `crisis_check.rs` (English)
//! and `crisis_check_fr.rs` (French): per situation, any help at all, urgency, and one line per
//! case for review.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use groundwork_pack::HelpSituation as Situation;
use groundwork_pack::crisis::Finding;
use groundwork_pack::crisis_model::read_labelled;

/// A situation's name as the corpora write it.
pub fn name(s: Option<Situation>) -> &'static str {
    match s {
        None => "none",
        Some(Situation::SelfHarm) => "self-harm",
        Some(Situation::HurtSomeone) => "hurt-someone",
        Some(Situation::BeingHurt) => "being-hurt",
        Some(Situation::NewDad) => "new-dad",
        Some(Situation::Talk) => "talk",
        Some(Situation::BabyLoss) => "baby-loss",
    }
}

/// Counts for one situation.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub found: u32,
    pub missed: u32,
    pub false_alarms: u32,
}

impl Counts {
    pub fn precision(self) -> f64 {
        f64::from(self.found) / f64::from((self.found + self.false_alarms).max(1))
    }
    pub fn recall(self) -> f64 {
        f64::from(self.found) / f64::from((self.found + self.missed).max(1))
    }
}

#[derive(Debug, Default)]
pub struct Report {
    /// Per situation: found there, missed (nothing or another situation), false alarms.
    pub by_situation: BTreeMap<&'static str, Counts>,
    /// Any help offered for any positive line, against none for every quiet line.
    pub any: Counts,
    /// Positive lines found, labelled urgent: how many the check called urgent.
    pub urgent_found: (u32, u32),
    /// Positive lines found, labelled not urgent: how many the check called urgent.
    pub calm_called_urgent: (u32, u32),
    /// One line per case: a `!` where the check got it wrong, label, found, pattern, urgency,
    /// text.
    pub outcomes: String,
}

/// Runs `check` on every line of the labelled corpus at `path` and prints the figures (never
/// the lines).
pub fn measure(path: &Path, check: impl Fn(&str) -> Option<Finding>) -> Report {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let corpus = read_labelled(&text).expect("labelled lines");
    let mut report = Report::default();
    for case in &corpus {
        let expected = case.label().expect("a known label");
        let found = check(&case.text);
        let got = found.as_ref().map(|f| f.situation);
        if let Some(e) = expected {
            let c = report.by_situation.entry(name(Some(e))).or_default();
            if got == Some(e) {
                c.found += 1;
            } else {
                c.missed += 1;
            }
        }
        if let Some(g) = got
            && got != expected
        {
            report
                .by_situation
                .entry(name(Some(g)))
                .or_default()
                .false_alarms += 1;
        }
        match (expected, &found) {
            (Some(_), Some(f)) => {
                report.any.found += 1;
                match case.urgent {
                    Some(true) => {
                        report.urgent_found.1 += 1;
                        report.urgent_found.0 += u32::from(f.urgent);
                    }
                    Some(false) => {
                        report.calm_called_urgent.1 += 1;
                        report.calm_called_urgent.0 += u32::from(f.urgent);
                    }
                    None => {}
                }
            }
            (Some(_), None) => report.any.missed += 1,
            (None, Some(_)) => report.any.false_alarms += 1,
            (None, None) => {}
        }
        let mark = if got == expected { " " } else { "!" };
        let _ = writeln!(
            report.outcomes,
            "{mark} {:<12} -> {:<12} {:<24} {} | {}",
            case.expect,
            name(got),
            found.as_ref().map_or("", |f| f.pattern.as_str()),
            found
                .as_ref()
                .map_or("      ", |f| if f.urgent { "urgent" } else { "calm  " }),
            case.text
        );
    }
    println!(
        "{}: {} lines; any help: precision {:.3}, recall {:.3}; urgent lines called urgent {}/{}, calm lines called urgent {}/{}",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        corpus.len(),
        report.any.precision(),
        report.any.recall(),
        report.urgent_found.0,
        report.urgent_found.1,
        report.calm_called_urgent.0,
        report.calm_called_urgent.1,
    );
    for (situation, c) in &report.by_situation {
        println!(
            "  {situation:<12} precision {:.3} recall {:.3} ({} found, {} missed, {} false alarms)",
            c.precision(),
            c.recall(),
            c.found,
            c.missed,
            c.false_alarms
        );
    }
    report
}
