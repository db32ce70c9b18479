//! The language the terminal companion speaks: `--lang TAG` when given, else the one the
//! environment's locale asks for (POSIX order: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, with
//! `LANGUAGE` as a list of preferred languages before it), negotiated with the core's catalogs
//! (`Language::negotiate`; English when none matches). Its own lines are in
//! `core/locales/<tag>/terminal.ftl`, ids starting with `terminal-`.
//!
//! Chosen once in `main` and handed to everything that writes for the person.

use std::collections::HashMap;

pub use groundwork_core::base::text::{Language, Value};

/// The environment variables that say which language to speak, as they are read.
const LOCALE_VARIABLES: [&str; 4] = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

/// The language to speak: `--lang TAG` when given, else the process environment's.
pub fn chosen(flag: Option<&str>) -> Language {
    let environment: HashMap<&str, String> = LOCALE_VARIABLES
        .iter()
        .filter_map(|name| std::env::var(name).ok().map(|value| (*name, value)))
        .collect();
    choose(flag, &environment)
}

/// The language for `--lang` (when given) and an environment's locale variables.
pub fn choose(flag: Option<&str>, environment: &HashMap<&str, String>) -> Language {
    match flag {
        Some(tag) => Language::negotiate(&[tag]),
        None => Language::negotiate(&preferred(environment)),
    }
}

/// The languages an environment prefers, most preferred first. The locale for messages is the
/// first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty; when it is `C` or
/// `POSIX` (or there is none) nothing is preferred and `LANGUAGE` is ignored, as gettext does.
/// Otherwise `LANGUAGE`'s colon-separated list comes first, then the locale itself.
pub fn preferred(environment: &HashMap<&str, String>) -> Vec<String> {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| environment.get(name))
        .find(|value| !value.is_empty());
    let Some(locale) = locale else {
        return Vec::new();
    };
    if is_c_locale(locale) {
        return Vec::new();
    }
    let mut list: Vec<String> = environment
        .get("LANGUAGE")
        .map(|languages| {
            languages
                .split(':')
                .filter(|l| !l.trim().is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    list.push(locale.clone());
    list
}

/// Whether a locale is the plain `C` or `POSIX` one (`C.UTF-8` too): no language at all.
fn is_c_locale(locale: &str) -> bool {
    let base = locale.split(['.', '@']).next().unwrap_or_default();
    base.eq_ignore_ascii_case("c") || base.eq_ignore_ascii_case("posix")
}

/// Whether `reply` means yes in `language` (`y`, `yes`; in French `o`, `oui` too), whatever its
/// case.
pub fn is_yes(language: Language, reply: &str) -> bool {
    is_one_of(&language.say("terminal-answers-yes"), reply)
}

/// Whether `reply` means no in `language` (`n`, `no`; in French `non` too), whatever its case.
pub fn is_no(language: Language, reply: &str) -> bool {
    is_one_of(&language.say("terminal-answers-no"), reply)
}

/// Whether `reply` turns a reminder setting off in `language` (`off`; in French `non` too).
pub fn is_off(language: Language, reply: &str) -> bool {
    is_one_of(&language.say("terminal-answers-off"), reply)
}

/// Whether `reply` is one of the comma-separated `words`, ignoring case and the spaces around it.
fn is_one_of(words: &str, reply: &str) -> bool {
    let reply = reply.trim();
    !reply.is_empty()
        && words
            .split(',')
            .any(|word| word.trim().to_lowercase() == reply.to_lowercase())
}

/// A prompt from the catalog with the space after it that the catalogs cannot keep (Fluent
/// trims a message's trailing spaces): what he types comes after that space.
pub fn prompt(language: Language, id: &str) -> String {
    format!("{} ", language.say(id))
}

/// [`prompt`] with its values filled in.
pub fn prompt_with(language: Language, id: &str, args: &[(&str, Value)]) -> String {
    format!("{} ", language.say_with(id, args))
}

/// "label: value" as the language writes it (French puts a space before the colon).
pub fn label_value(language: Language, label: &str, value: &str) -> String {
    language.say_with(
        "terminal-label-value",
        &[("label", label.into()), ("value", value.into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn environment(pairs: &[(&'static str, &str)]) -> HashMap<&'static str, String> {
        pairs.iter().map(|(k, v)| (*k, (*v).to_owned())).collect()
    }

    fn tag(flag: Option<&str>, pairs: &[(&'static str, &str)]) -> &'static str {
        choose(flag, &environment(pairs)).tag()
    }

    #[test]
    fn lc_all_wins_over_lc_messages_which_wins_over_lang() {
        assert_eq!(
            tag(
                None,
                &[
                    ("LC_ALL", "fr_CA.UTF-8"),
                    ("LC_MESSAGES", "en_AU.UTF-8"),
                    ("LANG", "en_US.UTF-8")
                ]
            ),
            "fr-CA"
        );
        assert_eq!(
            tag(
                None,
                &[("LC_ALL", "en_GB.UTF-8"), ("LC_MESSAGES", "fr_CA.UTF-8")]
            ),
            "en"
        );
        assert_eq!(
            tag(
                None,
                &[("LC_MESSAGES", "fr_FR.UTF-8"), ("LANG", "en_US.UTF-8")]
            ),
            "fr-CA"
        );
        assert_eq!(
            tag(None, &[("LC_MESSAGES", "en_CA"), ("LANG", "fr_CA.UTF-8")]),
            "en"
        );
        assert_eq!(tag(None, &[("LANG", "fr_CA.UTF-8")]), "fr-CA");
        // An empty variable is as good as unset.
        assert_eq!(
            tag(None, &[("LC_ALL", ""), ("LANG", "fr_CA.UTF-8")]),
            "fr-CA"
        );
    }

    #[test]
    fn language_lists_preferences_before_the_locale_unless_the_locale_is_c() {
        assert_eq!(
            tag(
                None,
                &[("LANGUAGE", "de:fr_CA:en"), ("LANG", "en_US.UTF-8")]
            ),
            "fr-CA"
        );
        assert_eq!(
            tag(None, &[("LANGUAGE", "en:fr"), ("LANG", "fr_CA.UTF-8")]),
            "en"
        );
        assert_eq!(
            preferred(&environment(&[
                ("LANGUAGE", "de::fr"),
                ("LC_ALL", "en_AU.UTF-8")
            ])),
            vec!["de", "fr", "en_AU.UTF-8"]
        );
        // The C locale speaks no language: LANGUAGE is not read, as gettext does.
        for c in ["C", "C.UTF-8", "POSIX"] {
            assert_eq!(
                tag(None, &[("LANGUAGE", "fr_CA"), ("LC_ALL", c)]),
                "en",
                "{c}"
            );
        }
        assert_eq!(tag(None, &[("LANGUAGE", "fr_CA")]), "en");
        assert_eq!(tag(None, &[]), "en");
    }

    #[test]
    fn the_lang_option_wins_over_the_environment() {
        let french = [("LC_ALL", "fr_CA.UTF-8"), ("LANGUAGE", "fr")];
        assert_eq!(tag(Some("en"), &french), "en");
        assert_eq!(tag(Some("fr-CA"), &[("LANG", "en_US.UTF-8")]), "fr-CA");
        assert_eq!(tag(Some("fr"), &[]), "fr-CA");
        // A language the companion does not speak is English, whatever the environment says.
        assert_eq!(tag(Some("de"), &french), "en");
    }

    #[test]
    fn french_takes_oui_and_non_as_well_as_yes_and_no() {
        let french = Language::negotiate(&["fr-CA"]);
        for yes in ["o", "O", "oui", "Oui", "y", "yes", " oui "] {
            assert!(is_yes(french, yes), "{yes}");
        }
        for no in ["n", "non", "NON", "no"] {
            assert!(is_no(french, no), "{no}");
            assert!(!is_yes(french, no), "{no}");
        }
        assert!(!is_yes(french, ""));
        assert!(!is_no(french, "peut-être"));
        assert!(is_yes(Language::ENGLISH, "Yes"));
        assert!(is_yes(Language::ENGLISH, "y"));
        assert!(!is_yes(Language::ENGLISH, "oui"));
        assert!(is_no(Language::ENGLISH, "N"));
        assert!(is_off(Language::ENGLISH, "OFF"));
        assert!(is_off(french, "off") && is_off(french, "non"));
    }

    #[test]
    fn a_prompt_keeps_the_space_he_types_after() {
        assert_eq!(
            prompt(Language::ENGLISH, "terminal-search-for"),
            "Search for: "
        );
        assert_eq!(
            label_value(Language::negotiate(&["fr-CA"]), "Corps", "mâchoire"),
            "Corps : mâchoire"
        );
    }

    /// The companion's source files, where every `terminal-` id it says is written.
    const SOURCES: [&str; 13] = [
        include_str!("commands.rs"),
        include_str!("content.rs"),
        include_str!("files.rs"),
        include_str!("interactive.rs"),
        include_str!("keyfile.rs"),
        include_str!("language.rs"),
        include_str!("lesson.rs"),
        include_str!("main.rs"),
        include_str!("pack.rs"),
        include_str!("privacy.rs"),
        include_str!("recommend.rs"),
        include_str!("render.rs"),
        include_str!("start_here.rs"),
    ];

    #[test]
    fn every_id_the_companion_says_is_in_the_catalogs() {
        let mut ids = std::collections::BTreeSet::new();
        for source in SOURCES {
            for (at, _) in source.match_indices("\"terminal-") {
                let rest = &source[at + 1..];
                let id = &rest[..rest.find('"').unwrap_or(rest.len())];
                let is_id = id.len() > "terminal-".len()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if is_id {
                    ids.insert(id);
                }
            }
        }
        assert!(ids.len() > 200, "{ids:?}");
        // An id missing from the catalogs is said as itself: the person would read the id.
        let missing: Vec<_> = ids
            .iter()
            .filter(|id| Language::ENGLISH.say(id) == **id)
            .collect();
        assert!(missing.is_empty(), "not in terminal.ftl: {missing:?}");
    }
}
