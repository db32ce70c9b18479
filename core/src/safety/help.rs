//! The help button every screen model carries, decided in one place: its words, the situation
//! help now opens at from that screen, and the emergency number of his region, so one tap can
//! call it even offline.

use groundwork_pack::{HelplineKind, Module, Pack};
use rusqlite::Connection;

use crate::base::error::Result;
use crate::base::text::Language;
use crate::safety::Situation;

/// The help now button on every screen, drawn in the same place on each.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct HelpButton {
    /// The button's words: "Help now".
    pub label: String,
    /// What screen readers say for it.
    pub accessibility_label: String,
    /// The situation help now opens at from this screen (hurt-someone from the anger moment
    /// form or an anger lesson, new-dad from a new-dad module), or `None` for the general list.
    pub situation: Option<Situation>,
    /// The emergency number of his region (e.g. "000"), when the region is known: one tap
    /// calls it, with no network.
    pub emergency_number: Option<String>,
    /// The words for calling it, e.g. "Call 000", when there is a number.
    pub emergency_label: Option<String>,
}

/// The help button for a screen with `situation`, for `region` (an ISO code such as "AU"; one
/// the pack does not cover counts as unknown), its words in the pack's language.
pub(crate) fn button(
    pack: &Pack,
    region: Option<&str>,
    situation: Option<Situation>,
) -> HelpButton {
    button_in(
        pack,
        region,
        situation,
        Language::of_pack(&pack.manifest.locale),
    )
}

/// [`button`] with its words in `language`.
pub(crate) fn button_in(
    pack: &Pack,
    region: Option<&str>,
    situation: Option<Situation>,
    language: Language,
) -> HelpButton {
    let emergency_number = region
        .map(|code| code.trim().to_ascii_uppercase())
        .and_then(|code| pack.helplines.iter().find(|r| r.code == code))
        .and_then(|r| {
            r.lines
                .iter()
                .find(|l| l.kinds.contains(&HelplineKind::Emergency))
        })
        .and_then(|l| l.phone.clone());
    HelpButton {
        emergency_label: emergency_number
            .as_deref()
            .map(|n| super::call_label(n, language)),
        emergency_number,
        ..without_number(situation, language)
    }
}

/// The help button with no emergency number (the region is not known), in `language`.
pub(crate) fn without_number(situation: Option<Situation>, language: Language) -> HelpButton {
    HelpButton {
        label: language.say("safety-help-button"),
        accessibility_label: language.say("safety-help-button-accessibility"),
        situation,
        emergency_number: None,
        emergency_label: None,
    }
}

/// The help button with his saved region.
pub(crate) fn saved(
    conn: &Connection,
    pack: &Pack,
    situation: Option<Situation>,
) -> Result<HelpButton> {
    let region = crate::store::setting(conn, crate::store::Setting::Region)?;
    Ok(button(pack, region.as_deref(), situation))
}

/// The situation help opens at from a module's screens: hurt-someone in the anger phase, new-dad
/// in a module of the new-dad weeks (or its phase), otherwise none.
pub(crate) fn situation_for_module(module: &Module) -> Option<Situation> {
    let phase = module.meta.phase.as_str();
    if phase.contains("anger") {
        Some(Situation::HurtSomeone)
    } else if module.meta.week.is_some() || phase.contains("dad") {
        Some(Situation::NewDad)
    } else {
        None
    }
}

/// The situation help opens at from the anger moment form.
pub(crate) const ANGER_MOMENT: Option<Situation> = Some(Situation::HurtSomeone);

/// The situation help opens at from the screen saying why the exercises for two stay closed.
pub(crate) const HOME_SAFETY_NOT_YET: Option<Situation> = Some(Situation::HurtSomeone);

/// The situation help opens at from the new dad's mood check and what it says after.
pub(crate) const DAD_MOOD: Option<Situation> = Some(Situation::NewDad);

/// The help button before the database is open (the lock screen, a database that will not
/// open), from the content in `data_dir` (or the built-in one in `language`, the device's) and
/// the region the shell remembered, in the language of that content. Never fails: without
/// content it still says "Help now" in `language`, with no number.
pub(crate) fn before_unlock(
    data_dir: &std::path::Path,
    region: Option<&str>,
    language: Language,
) -> HelpButton {
    match crate::content::built_in(language) {
        Ok(default) => {
            let choice = crate::content::installed::choose(data_dir, &default);
            let remembered = match region {
                Some(_) => None,
                None => super::remembered::read(data_dir, &choice.pack),
            };
            button(&choice.pack, region.or(remembered.as_deref()), None)
        }
        Err(_) => without_number(None, language),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_button_is_in_french_with_the_emergency_number_kept() {
        let pack = crate::content::default_pack().expect("the built-in pack");
        let french = Language::of_pack("fr-CA");
        let in_french = button_in(pack, Some("AU"), None, french);
        assert_eq!(in_french.label, "De l'aide maintenant");
        assert_eq!(in_french.emergency_number.as_deref(), Some("000"));
        assert_eq!(in_french.emergency_label.as_deref(), Some("Appeler le 000"));
        let english = button(pack, Some("AU"), None);
        assert_eq!(english.label, "Help now");
        assert_eq!(english.emergency_label.as_deref(), Some("Call 000"));
        assert_eq!(english.emergency_number, in_french.emergency_number);
        assert_eq!(
            without_number(None, french).accessibility_label,
            "De l'aide maintenant\u{a0}: des lignes à appeler ou à texter, et tes plans"
        );
    }
}
