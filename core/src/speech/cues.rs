//! The guided exercises, timed by the core: each cue is a line to say and how long it lasts
//! before the next one, so the apps (and the terminal) can play them with the screen off. The
//! timings come from the exercise itself: a breathing exercise's parts and count of breaths, a
//! body scan's regions and seconds on each. The lines are the catalogs' (`speech.ftl`), in the
//! language of the pack in use.

use groundwork_pack as pack;

use crate::base::text::Language;

/// One line of a guided exercise.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct SpokenCue {
    /// What to say.
    pub line: String,
    /// Seconds from the start of this line to the start of the next: say the line, then wait
    /// out the rest of them (0 for the last line).
    pub pause_after_seconds: u32,
}

/// Seconds given to the line that opens a guided exercise, before its first timed part.
pub const LEAD_IN_SECONDS: u32 = 4;

fn cue(line: impl Into<String>, pause_after_seconds: u32) -> SpokenCue {
    SpokenCue {
        line: line.into(),
        pause_after_seconds,
    }
}

/// One sentence about a breathing exercise in `language`: "6 slow breaths: in for 4 seconds,
/// out for 6 seconds."
pub(crate) fn breathing_summary(b: &pack::Breathing, language: Language) -> String {
    language.say_with(
        "speech-breathing-summary",
        &[
            ("breaths", b.cycles.into()),
            ("inhale", b.inhale.into()),
            ("hold", b.hold.into()),
            ("exhale", b.exhale.into()),
            ("hold_after", b.hold_after.unwrap_or(0).into()),
        ],
    )
}

/// Paced breathing in `language`: a line to settle in, then for each breath "Breathe in",
/// "Hold", "Breathe out" (and "Hold" again when the exercise holds after breathing out), each
/// lasting its seconds; parts of zero seconds are left out. The last breath is named, and a
/// closing line ends it. The timed parts add up to the exercise's own length,
/// `(inhale + hold + exhale + hold_after) * cycles`.
pub fn breathing(b: &pack::Breathing, language: Language) -> Vec<SpokenCue> {
    let hold_after = b.hold_after.unwrap_or(0);
    let mut out = vec![cue(
        language.say_with(
            "speech-breathing-intro",
            &[("summary", breathing_summary(b, language).into())],
        ),
        LEAD_IN_SECONDS,
    )];
    for n in 1..=b.cycles {
        let breathe_in = if n == b.cycles && b.cycles > 1 {
            "speech-breathe-in-last"
        } else {
            "speech-breathe-in"
        };
        out.push(cue(language.say(breathe_in), b.inhale));
        if b.hold > 0 {
            out.push(cue(language.say("speech-hold"), b.hold));
        }
        out.push(cue(language.say("speech-breathe-out"), b.exhale));
        if hold_after > 0 {
            out.push(cue(language.say("speech-hold"), hold_after));
        }
    }
    out.push(cue(language.say("speech-breathing-done"), 0));
    out
}

/// A body scan in `language`: a line to settle in, then each region in order, lasting the
/// scan's seconds per region, then a closing line. The regions add up to
/// `seconds_per_region * regions`.
pub fn body_scan(b: &pack::BodyScan, language: Language) -> Vec<SpokenCue> {
    let mut out = vec![cue(language.say("speech-body-scan-intro"), LEAD_IN_SECONDS)];
    for (i, region) in b.regions.iter().enumerate() {
        let region = super::lower_first(&super::say(region, None, language));
        let id = if i == 0 {
            "speech-body-scan-first"
        } else {
            "speech-body-scan-next"
        };
        out.push(cue(
            language.say_with(id, &[("region", region.into())]),
            b.seconds_per_region,
        ));
    }
    out.push(cue(language.say("speech-body-scan-done"), 0));
    out
}

/// A grounding exercise, for a voice in `language`: its opening line for the lead-in, each step
/// said for its seconds, then its closing line. The steps add up to the sum of their own
/// seconds.
pub fn grounding(g: &pack::Grounding, language: Language) -> Vec<SpokenCue> {
    let mut out = vec![cue(super::say(&g.intro, None, language), LEAD_IN_SECONDS)];
    out.extend(
        g.steps
            .iter()
            .map(|step| cue(super::say(&step.say, None, language), step.seconds)),
    );
    out.push(cue(super::say(&g.closing, None, language), 0));
    out
}

/// The cues of an exercise that is guided by voice (breathing and the body scan), in
/// `language`; none for the others, which he answers at his own pace.
pub fn for_exercise(exercise: &pack::Exercise, language: Language) -> Vec<SpokenCue> {
    match exercise {
        pack::Exercise::Breathing(b) => breathing(b, language),
        pack::Exercise::BodyScan(b) => body_scan(b, language),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn box_breathing() -> pack::Breathing {
        pack::Breathing {
            id: "b".to_owned(),
            prompt: None,
            inhale: 4,
            hold: 4,
            exhale: 4,
            hold_after: Some(4),
            cycles: 3,
        }
    }

    #[test]
    fn breathing_cues_follow_the_breath_and_add_up_to_its_length() {
        let b = box_breathing();
        let cues = breathing(&b, Language::ENGLISH);
        let timed: u32 = cues.iter().map(|c| c.pause_after_seconds).sum();
        assert_eq!(timed, LEAD_IN_SECONDS + (4 + 4 + 4 + 4) * 3);
        assert_eq!(
            cues.iter()
                .filter(|c| c.line.ends_with("Breathe in."))
                .count(),
            3
        );
        assert_eq!(cues.iter().filter(|c| c.line == "Hold.").count(), 6);
        assert_eq!(cues[1].line, "Breathe in.");
        assert!(cues[cues.len() - 5].line.starts_with("Last one."));
        assert_eq!(cues.last().map(|c| c.pause_after_seconds), Some(0));
    }

    #[test]
    fn a_part_of_zero_seconds_is_not_said() {
        let b = pack::Breathing {
            hold: 0,
            hold_after: None,
            exhale: 6,
            cycles: 2,
            ..box_breathing()
        };
        let cues = breathing(&b, Language::ENGLISH);
        let lines: Vec<&str> = cues.iter().skip(1).map(|c| c.line.as_str()).collect();
        assert_eq!(
            &lines[..4],
            [
                "Breathe in.",
                "Breathe out.",
                "Last one. Breathe in.",
                "Breathe out."
            ]
        );
        assert_eq!(
            breathing_summary(&b, Language::ENGLISH),
            "2 slow breaths: in for 4 seconds, out for 6 seconds."
        );
    }

    #[test]
    fn grounding_says_each_step_for_its_own_seconds() {
        let g = pack::Grounding {
            title: "Grounding".to_owned(),
            intro: "Stay where you are.".to_owned(),
            steps: vec![
                pack::GroundingStep {
                    say: "Name five things you can see.".to_owned(),
                    seconds: 20,
                },
                pack::GroundingStep {
                    say: "Name three things you can hear.".to_owned(),
                    seconds: 15,
                },
            ],
            closing: "You're here.".to_owned(),
            sources: vec!["seeds/000".to_owned()],
        };
        let cues = grounding(&g, Language::ENGLISH);
        assert_eq!(cues.len(), 4);
        assert_eq!(cues[1], cue("Name five things you can see.", 20));
        assert_eq!(cues[2], cue("Name three things you can hear.", 15));
        let timed: u32 = cues.iter().map(|c| c.pause_after_seconds).sum();
        assert_eq!(timed, LEAD_IN_SECONDS + 35);
        assert_eq!(cues.last().map(|c| c.pause_after_seconds), Some(0));
    }

    #[test]
    fn a_body_scan_names_each_region_for_its_seconds() {
        let b = pack::BodyScan {
            id: "s".to_owned(),
            prompt: None,
            regions: vec!["Feet and legs".to_owned(), "Jaw".to_owned()],
            seconds_per_region: 20,
        };
        let cues = body_scan(&b, Language::ENGLISH);
        assert_eq!(cues[1].line, "Start with your feet and legs.");
        assert_eq!(cues[2].line, "Now your jaw.");
        let timed: u32 = cues.iter().map(|c| c.pause_after_seconds).sum();
        assert_eq!(timed, LEAD_IN_SECONDS + 40);
    }

    #[test]
    fn the_guided_breathing_is_said_in_french_with_the_french_pack() {
        let french = Language::of_pack("fr-CA");
        let b = pack::Breathing {
            hold: 0,
            hold_after: None,
            exhale: 6,
            cycles: 2,
            ..box_breathing()
        };
        let cues = breathing(&b, french);
        let lines: Vec<&str> = cues.iter().skip(1).map(|c| c.line.as_str()).collect();
        assert_eq!(
            &lines[..4],
            [
                "Inspire.",
                "Expire.",
                "Une dernière fois. Inspire.",
                "Expire."
            ]
        );
        assert_eq!(
            breathing_summary(&b, french),
            "2 respirations lentes\u{a0}: inspire pendant 4 secondes, expire pendant 6 secondes."
        );
        let one = pack::Breathing {
            cycles: 1,
            inhale: 1,
            ..box_breathing()
        };
        assert_eq!(
            breathing_summary(&one, french),
            "1 respiration lente\u{a0}: inspire pendant 1 seconde, retiens ton souffle pendant 4 \
             secondes, expire pendant 4 secondes, retiens ton souffle pendant 4 secondes."
        );
        assert_eq!(
            breathing_summary(&one, Language::ENGLISH),
            "1 slow breath: in for 1 second, hold for 4 seconds, out for 4 seconds, hold for 4 \
             seconds."
        );
        let timed: u32 = cues.iter().map(|c| c.pause_after_seconds).sum();
        assert_eq!(timed, LEAD_IN_SECONDS + (4 + 6) * 2);
        assert_ne!(cues[0].line, breathing(&b, Language::ENGLISH)[0].line);
    }

    #[test]
    fn a_body_scan_names_each_region_in_french_with_the_french_pack() {
        let b = pack::BodyScan {
            id: "s".to_owned(),
            prompt: None,
            regions: vec!["Pieds et jambes".to_owned(), "Mâchoire".to_owned()],
            seconds_per_region: 15,
        };
        let cues = body_scan(&b, Language::of_pack("fr-CA"));
        assert_eq!(cues[1].line, "Pour commencer\u{a0}: pieds et jambes.");
        assert_eq!(cues[2].line, "Maintenant\u{a0}: mâchoire.");
    }
}
