//! Help now on the discreet lock screen: every number one tap away, nothing that says what it is.
//!
//! With discreet mode on, someone who picks up the phone and taps "Numbers" on the lock screen
//! sees a plain list of numbers: the emergency number, then each line as "Line 1", "Line 2"...
//! with its hours and its call and text buttons, in the same order as help now would put them.
//! What each line is, who it is for, the situations, the first steps and the pause plan's
//! safeguards are left out until he taps "Show what each line is for" (he may be the one
//! holding the phone, in crisis); that choice lasts until the help screen is closed.

use super::{ContactKind, HelpLineCard, HelpNowScreen, PausePlanCard};

/// The heading of the neutral list; the same word as the lock screen's button.
pub(crate) const TITLE: &str = "Numbers";
/// The button that shows the full help now.
pub(crate) const SHOW_DETAILS: &str = "Show what each line is for";
/// What screen readers say for the button and the heading.
pub(crate) const ACCESSIBILITY: &str = "Phone numbers";
/// The emergency number's neutral name.
const EMERGENCY: &str = "Emergency";

/// `screen` with nothing on it, or read aloud from it, that says what the numbers are for.
pub(crate) fn neutral(screen: HelpNowScreen) -> HelpNowScreen {
    let region = screen.region.as_ref().map(|r| r.code.clone());
    let region = region.as_deref();
    let emergency = screen
        .emergency
        .map(|card| renamed(card, EMERGENCY.to_owned(), region));
    let lines = screen
        .lines
        .into_iter()
        .enumerate()
        .map(|(i, card)| renamed(card, format!("Line {}", i + 1), region))
        .collect();
    let help = neutral_button(screen.help);
    let mut neutral = HelpNowScreen {
        title: TITLE.to_owned(),
        emergency,
        situations: Vec::new(),
        situation_intro: None,
        first_steps: None,
        lines,
        peer_groups: None,
        safety_plan: None,
        pause_plan: PausePlanCard {
            title: String::new(),
            safeguards: Vec::new(),
            plan: None,
        },
        pause_plan_first: false,
        plan_links: Vec::new(),
        help,
        show_details: Some(SHOW_DETAILS.to_owned()),
        ..screen
    };
    neutral.spoken = super::help_now_spoken(&neutral);
    neutral
}

/// `card` under a neutral `name`, with nothing about who it is for, read aloud as its name, its
/// call and text buttons (numbers said the region's way) and its hours.
fn renamed(card: HelpLineCard, name: String, region: Option<&str>) -> HelpLineCard {
    use crate::speech::{join, say};
    let mut parts = vec![say(&name, region)];
    parts.extend(
        card.actions
            .iter()
            .filter(|a| a.kind != ContactKind::Web)
            .map(|a| say(&a.label, region)),
    );
    parts.push(say(&card.hours, region));
    HelpLineCard {
        spoken: join(parts),
        name,
        for_whom: String::new(),
        ..card
    }
}

/// The help now button with neutral words; the emergency number stays on it.
pub(crate) fn neutral_button(
    mut help: crate::safety::help::HelpButton,
) -> crate::safety::help::HelpButton {
    help.label = TITLE.to_owned();
    help.accessibility_label = ACCESSIBILITY.to_owned();
    help
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::safety::Situation;

    fn full() -> HelpNowScreen {
        let pack = crate::content::default_pack_shared().expect("built-in pack");
        let now =
            chrono::DateTime::parse_from_rfc3339("2026-12-06T21:00:00+11:00").expect("a time");
        crate::safety::help_now_with_pack(
            &pack,
            Some("AU"),
            None,
            Some(Situation::HurtSomeone),
            now,
        )
        .expect("help now for Australia")
    }

    #[test]
    fn the_neutral_list_keeps_every_number_and_button_in_the_same_order() {
        let full = full();
        let neutral = neutral(full.clone());
        let targets = |s: &HelpNowScreen| -> Vec<String> {
            s.emergency
                .iter()
                .chain(&s.lines)
                .flat_map(|l| l.actions.iter().map(|a| a.uri.clone()))
                .collect()
        };
        assert!(!targets(&full).is_empty());
        assert_eq!(targets(&neutral), targets(&full));
        assert_eq!(neutral.help.emergency_number, full.help.emergency_number);
        let hours = |s: &HelpNowScreen| s.lines.iter().map(|l| l.hours.clone()).collect::<Vec<_>>();
        assert_eq!(hours(&neutral), hours(&full));
    }

    #[test]
    fn nothing_in_the_neutral_list_names_a_line_or_what_it_is_for() {
        let full = full();
        let neutral = neutral(full.clone());
        let shown = serde_json::to_string(&(
            &neutral.title,
            &neutral.emergency.as_ref().map(|e| (&e.name, &e.for_whom)),
            neutral
                .lines
                .iter()
                .map(|l| (&l.name, &l.for_whom))
                .collect::<Vec<_>>(),
            &neutral.situations,
            &neutral.situation_intro,
            &neutral.first_steps,
            &neutral.pause_plan,
            &neutral.help.label,
            &neutral.help.accessibility_label,
            &neutral.spoken,
            neutral.lines.iter().map(|l| &l.spoken).collect::<Vec<_>>(),
        ))
        .expect("serialisable");
        for line in full.emergency.iter().chain(&full.lines) {
            assert!(
                !shown.contains(&line.name),
                "{} is named: {shown}",
                line.name
            );
        }
        for word in [
            "hurt",
            "violence",
            "suicide",
            "Help now",
            "pause",
            "Right now",
        ] {
            assert!(
                !shown.to_lowercase().contains(&word.to_lowercase()),
                "{word:?} shows: {shown}"
            );
        }
        assert_eq!(neutral.lines[0].name, "Line 1");
        assert!(neutral.spoken.contains("Line 1"), "{}", neutral.spoken);
        assert_eq!(neutral.show_details.as_deref(), Some(SHOW_DETAILS));
        assert_eq!(full.show_details, None);
    }
}
