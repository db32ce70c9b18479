//! The guided exercises, timed by the core: each cue is a line to say and how long it lasts
//! before the next one, so the apps (and the terminal) can play them with the screen off. The
//! timings come from the exercise itself: a breathing exercise's parts and count of breaths, a
//! body scan's regions and seconds on each.

use groundwork_pack as pack;

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

fn seconds(n: u32) -> String {
    if n == 1 {
        "1 second".to_owned()
    } else {
        format!("{n} seconds")
    }
}

/// One sentence about a breathing exercise: "6 slow breaths: in for 4 seconds, out for 6
/// seconds."
pub(crate) fn breathing_summary(b: &pack::Breathing) -> String {
    let mut parts = vec![format!("in for {}", seconds(b.inhale))];
    if b.hold > 0 {
        parts.push(format!("hold for {}", seconds(b.hold)));
    }
    parts.push(format!("out for {}", seconds(b.exhale)));
    let hold_after = b.hold_after.unwrap_or(0);
    if hold_after > 0 {
        parts.push(format!("hold for {}", seconds(hold_after)));
    }
    let breaths = if b.cycles == 1 {
        "1 slow breath".to_owned()
    } else {
        format!("{} slow breaths", b.cycles)
    };
    format!("{breaths}: {}.", parts.join(", "))
}

/// Paced breathing: a line to settle in, then for each breath "Breathe in", "Hold", "Breathe
/// out" (and "Hold" again when the exercise holds after breathing out), each lasting its
/// seconds; parts of zero seconds are left out. The last breath is named, and a closing line
/// ends it. The timed parts add up to the exercise's own length,
/// `(inhale + hold + exhale + hold_after) * cycles`.
pub fn breathing(b: &pack::Breathing) -> Vec<SpokenCue> {
    let hold_after = b.hold_after.unwrap_or(0);
    let mut out = vec![cue(
        format!(
            "Get comfortable, and let your shoulders drop. {}",
            breathing_summary(b)
        ),
        LEAD_IN_SECONDS,
    )];
    for n in 1..=b.cycles {
        let breathe_in = if n == b.cycles && b.cycles > 1 {
            "Last one. Breathe in."
        } else {
            "Breathe in."
        };
        out.push(cue(breathe_in, b.inhale));
        if b.hold > 0 {
            out.push(cue("Hold.", b.hold));
        }
        out.push(cue("Breathe out.", b.exhale));
        if hold_after > 0 {
            out.push(cue("Hold.", hold_after));
        }
    }
    out.push(cue(
        "That's it. Notice how your body feels now. You can come back to this whenever you need it.",
        0,
    ));
    out
}

/// A body scan: a line to settle in, then each region in order, lasting the scan's seconds per
/// region, then a closing line. The regions add up to `seconds_per_region * regions`.
pub fn body_scan(b: &pack::BodyScan) -> Vec<SpokenCue> {
    let mut out = vec![cue(
        "Sit or lie however is comfortable. Close your eyes if that feels okay. Your attention will move slowly through your body. Just notice what is there, without changing it.",
        LEAD_IN_SECONDS,
    )];
    for (i, region) in b.regions.iter().enumerate() {
        let region = super::say(region, None);
        let line = if i == 0 {
            format!("Start with your {}.", super::lower_first(&region))
        } else {
            format!("Now your {}.", super::lower_first(&region))
        };
        out.push(cue(line, b.seconds_per_region));
    }
    out.push(cue(
        "That's the scan done. Take a moment before you move on.",
        0,
    ));
    out
}

/// A grounding exercise: its opening line for the lead-in, each step said for its seconds, then
/// its closing line. The steps add up to the sum of their own seconds.
pub fn grounding(g: &pack::Grounding) -> Vec<SpokenCue> {
    let mut out = vec![cue(super::say(&g.intro, None), LEAD_IN_SECONDS)];
    out.extend(
        g.steps
            .iter()
            .map(|step| cue(super::say(&step.say, None), step.seconds)),
    );
    out.push(cue(super::say(&g.closing, None), 0));
    out
}

/// The cues of an exercise that is guided by voice (breathing and the body scan); none for the
/// others, which he answers at his own pace.
pub fn for_exercise(exercise: &pack::Exercise) -> Vec<SpokenCue> {
    match exercise {
        pack::Exercise::Breathing(b) => breathing(b),
        pack::Exercise::BodyScan(b) => body_scan(b),
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
        let cues = breathing(&b);
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
        let cues = breathing(&b);
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
            breathing_summary(&b),
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
        let cues = grounding(&g);
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
        let cues = body_scan(&b);
        assert_eq!(cues[1].line, "Start with your feet and legs.");
        assert_eq!(cues[2].line, "Now your jaw.");
        let timed: u32 = cues.iter().map(|c| c.pause_after_seconds).sum();
        assert_eq!(timed, LEAD_IN_SECONDS + 40);
    }
}
