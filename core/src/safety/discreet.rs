//! Help now on the discreet lock screen: every number one tap away, nothing that says what it is.
//!
//! With discreet mode on, someone who picks up the phone and taps "Numbers" on the lock screen
//! sees a plain list of numbers: the emergency number, then each line as "Line 1", "Line 2"...
//! with its hours and its call and text buttons, in the same order as help now would put them.
//! What each line is, who it is for, the situations, the first steps and the pause plan's
//! safeguards are left out until he taps "Show what each line is for" (he may be the one
//! holding the phone, in crisis); that choice lasts until the help screen is closed.

use super::{ContactKind, HelpLineCard, HelpNowScreen, PausePlanCard};
use crate::base::text::Language;

/// `screen` with nothing on it, or read aloud from it, that says what the numbers are for; its
/// neutral words ("Numbers", "Line 1") in `language`.
pub(crate) fn neutral(screen: HelpNowScreen, language: Language) -> HelpNowScreen {
    let region = screen.region.as_ref().map(|r| r.code.clone());
    let region = region.as_deref();
    let emergency = screen.emergency.map(|card| {
        renamed(
            card,
            language.say("safety-discreet-emergency"),
            region,
            language,
        )
    });
    let lines = screen
        .lines
        .into_iter()
        .enumerate()
        .map(|(i, card)| {
            let name = language.say_with("safety-discreet-line", &[("number", (i + 1).into())]);
            renamed(card, name, region, language)
        })
        .collect();
    let help = neutral_button(screen.help, language);
    let mut neutral = HelpNowScreen {
        title: language.say("safety-discreet-title"),
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
        show_details: Some(language.say("safety-discreet-show-details")),
        ..screen
    };
    neutral.spoken = super::help_now_spoken(&neutral, language);
    neutral
}

/// `card` under a neutral `name`, with nothing about who it is for, read aloud as its name, its
/// call and text buttons (numbers said the region's way) and its hours.
fn renamed(
    card: HelpLineCard,
    name: String,
    region: Option<&str>,
    language: Language,
) -> HelpLineCard {
    use crate::speech::{join, say};
    let mut parts = vec![say(&name, region, language)];
    parts.extend(
        card.actions
            .iter()
            .filter(|a| a.kind != ContactKind::Web)
            .map(|a| say(&a.label, region, language)),
    );
    parts.push(say(&card.hours, region, language));
    HelpLineCard {
        spoken: join(parts),
        name,
        for_whom: String::new(),
        ..card
    }
}

/// The help now button with neutral words in `language` (the lock screen's "Numbers"); the
/// emergency number stays on it.
pub(crate) fn neutral_button(
    mut help: crate::safety::help::HelpButton,
    language: Language,
) -> crate::safety::help::HelpButton {
    help.label = language.say("safety-discreet-title");
    help.accessibility_label = language.say("safety-discreet-accessibility");
    help
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::safety::Situation;

    fn full_in(language: Language) -> HelpNowScreen {
        let pack = crate::content::default_pack_shared().expect("built-in pack");
        let now =
            chrono::DateTime::parse_from_rfc3339("2026-12-06T21:00:00+11:00").expect("a time");
        crate::safety::help_now_with_pack(
            &pack,
            Some("AU"),
            None,
            Some(Situation::HurtSomeone),
            now,
            language,
        )
        .expect("help now for Australia")
    }

    fn full() -> HelpNowScreen {
        full_in(Language::ENGLISH)
    }

    fn neutral(screen: HelpNowScreen) -> HelpNowScreen {
        super::neutral(screen, Language::ENGLISH)
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
        assert_eq!(
            neutral.show_details.as_deref(),
            Some("Show what each line is for")
        );
        assert_eq!(full.show_details, None);
    }

    #[test]
    fn the_neutral_list_is_in_french_with_the_french_pack_and_names_nothing() {
        let french = Language::of_pack("fr-CA");
        let full = full_in(french);
        let neutral = super::neutral(full.clone(), french);
        assert_eq!(neutral.title, "Numéros");
        assert_eq!(neutral.help.label, "Numéros");
        assert_eq!(neutral.lines[0].name, "Ligne 1");
        assert_eq!(neutral.lines[1].name, "Ligne 2");
        assert_eq!(
            neutral.emergency.as_ref().map(|e| e.name.as_str()),
            Some("Urgence")
        );
        assert_eq!(
            neutral.show_details.as_deref(),
            Some("Montrer à quoi sert chaque ligne")
        );
        assert!(
            neutral
                .spoken
                .starts_with("Numéros.\nUrgence.\nAppeler le 0 0 0."),
            "{}",
            neutral.spoken
        );
        for word in ["aide", "pause", "Tout de suite", "triple", "Line"] {
            assert!(
                !neutral.spoken.to_lowercase().contains(&word.to_lowercase()),
                "{word:?}: {}",
                neutral.spoken
            );
        }
    }
}
