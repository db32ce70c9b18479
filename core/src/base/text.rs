//! The words the core writes for a person, in his language.
//!
//! Every sentence the core composes comes from a message catalog in Project Fluent's format
//! (`core/locales/<language>/*.ftl`, embedded at build), looked up by its id: never from an
//! English literal in code. A [`Language`] is negotiated once from what the device prefers
//! ([`Language::negotiate`], [`Language::from_locale`]) and carried by whatever composes text.
//! English is the fallback: a message missing from another catalog is said in English (the
//! catalog tests fail first), and an id missing from English is a bug the same tests catch.
//!
//! Fluent's isolation marks (U+2068, U+2069 around each value put into a message) are turned off:
//! the text goes to native labels and a terminal, where they show as boxes, and the pack rules
//! refuse such characters in content for the same reason.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// One catalog file: its name and its text.
type Source = (&'static str, &'static str);

/// The languages the core speaks, English first (the fallback), each with its catalog files.
const CATALOGS: [(&str, &[Source]); 2] = [
    (
        "en",
        &[
            ("app.ftl", include_str!("../../locales/en/app.ftl")),
            (
                "checkins.ftl",
                include_str!("../../locales/en/checkins.ftl"),
            ),
            ("journal.ftl", include_str!("../../locales/en/journal.ftl")),
            ("anger.ftl", include_str!("../../locales/en/anger.ftl")),
            (
                "insights.ftl",
                include_str!("../../locales/en/insights.ftl"),
            ),
            ("lock.ftl", include_str!("../../locales/en/lock.ftl")),
            ("backup.ftl", include_str!("../../locales/en/backup.ftl")),
            ("export.ftl", include_str!("../../locales/en/export.ftl")),
            ("share.ftl", include_str!("../../locales/en/share.ftl")),
            ("safety.ftl", include_str!("../../locales/en/safety.ftl")),
            (
                "reminders.ftl",
                include_str!("../../locales/en/reminders.ftl"),
            ),
            ("speech.ftl", include_str!("../../locales/en/speech.ftl")),
            (
                "curriculum.ftl",
                include_str!("../../locales/en/curriculum.ftl"),
            ),
            ("content.ftl", include_str!("../../locales/en/content.ftl")),
            (
                "recommend.ftl",
                include_str!("../../locales/en/recommend.ftl"),
            ),
            ("errors.ftl", include_str!("../../locales/en/errors.ftl")),
            (
                "terminal.ftl",
                include_str!("../../locales/en/terminal.ftl"),
            ),
            ("shell.ftl", include_str!("../../locales/en/shell.ftl")),
        ],
    ),
    (
        "fr-CA",
        &[
            ("app.ftl", include_str!("../../locales/fr-CA/app.ftl")),
            (
                "checkins.ftl",
                include_str!("../../locales/fr-CA/checkins.ftl"),
            ),
            (
                "journal.ftl",
                include_str!("../../locales/fr-CA/journal.ftl"),
            ),
            ("anger.ftl", include_str!("../../locales/fr-CA/anger.ftl")),
            (
                "insights.ftl",
                include_str!("../../locales/fr-CA/insights.ftl"),
            ),
            ("lock.ftl", include_str!("../../locales/fr-CA/lock.ftl")),
            ("backup.ftl", include_str!("../../locales/fr-CA/backup.ftl")),
            ("export.ftl", include_str!("../../locales/fr-CA/export.ftl")),
            ("share.ftl", include_str!("../../locales/fr-CA/share.ftl")),
            ("safety.ftl", include_str!("../../locales/fr-CA/safety.ftl")),
            (
                "reminders.ftl",
                include_str!("../../locales/fr-CA/reminders.ftl"),
            ),
            ("speech.ftl", include_str!("../../locales/fr-CA/speech.ftl")),
            (
                "curriculum.ftl",
                include_str!("../../locales/fr-CA/curriculum.ftl"),
            ),
            (
                "content.ftl",
                include_str!("../../locales/fr-CA/content.ftl"),
            ),
            (
                "recommend.ftl",
                include_str!("../../locales/fr-CA/recommend.ftl"),
            ),
            ("errors.ftl", include_str!("../../locales/fr-CA/errors.ftl")),
            (
                "terminal.ftl",
                include_str!("../../locales/fr-CA/terminal.ftl"),
            ),
            ("shell.ftl", include_str!("../../locales/fr-CA/shell.ftl")),
        ],
    ),
];

/// A language the core speaks, chosen from what the device prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Language(usize);

impl Language {
    /// English: the language every other falls back to.
    pub const ENGLISH: Language = Language(0);

    /// Every language the core speaks, English first.
    pub fn all() -> impl Iterator<Item = Language> {
        (0..CATALOGS.len()).map(Language)
    }

    /// Its BCP 47 tag: `en`, `fr-CA`.
    pub fn tag(self) -> &'static str {
        CATALOGS[self.0].0
    }

    /// The best language for what the device prefers, most preferred first (`["fr-CA", "en"]`,
    /// or POSIX forms like `fr_CA.UTF-8`): the first one the core speaks, matching a region it
    /// does not have by its language (`fr-FR` gets `fr-CA`); English when none matches.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Language {
        let requested: Vec<LanguageIdentifier> = preferred
            .iter()
            .filter_map(|p| parse_locale(p.as_ref()))
            .collect();
        let available = available();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            available,
            Some(&available[0]),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|best| available.iter().position(|a| a == *best))
            .map_or(Language::ENGLISH, Language)
    }

    /// The language for one device locale (`fr_CA.UTF-8`, `fr-CA`, `en_AU`), English when there
    /// is none or the core does not speak it.
    pub fn from_locale(locale: Option<&str>) -> Language {
        Language::negotiate(locale.as_slice())
    }

    /// The language of a content pack (`locale` from its `pack.toml`): the core's own words on a
    /// screen are in the language of the content on it.
    /// A pack's locale is nearly always one of the catalogs' tags exactly: that is a comparison,
    /// with no negotiation.
    pub fn of_pack(locale: &str) -> Language {
        CATALOGS
            .iter()
            .position(|(tag, _)| tag.eq_ignore_ascii_case(locale))
            .map_or_else(|| Language::from_locale(Some(locale)), Language)
    }

    /// The message `id` in this language (in English if this catalog lacks it; the id itself if
    /// English lacks it too, which the catalog tests refuse).
    pub fn say(self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its values filled in, e.g.
    /// `say_with("days-checked-in", &[("days", 12.into())])`.
    pub fn say_with(self, id: &str, args: &[(&str, Value)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.to_fluent());
        }
        self.format(id, Some(&fluent))
    }

    /// `items` as one list in this language: "a", "a and b", "a, b and c" (`list-join` in
    /// `app.ftl` joins each next item, so each language chooses its commas and its "and").
    pub fn list<S: AsRef<str>>(self, items: &[S]) -> String {
        let Some((first, rest)) = items.split_first() else {
            return String::new();
        };
        rest.iter()
            .enumerate()
            .fold(first.as_ref().to_owned(), |before, (i, next)| {
                let place = if i + 1 == rest.len() { "last" } else { "more" };
                self.say_with(
                    "list-join",
                    &[
                        ("before", before.into()),
                        ("next", next.as_ref().into()),
                        ("place", place.into()),
                    ],
                )
            })
    }

    fn format(self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in [bundle(self), bundle(Language::ENGLISH)] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                return text.into_owned();
            }
        }
        id.to_owned()
    }
}

/// A value put into a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A count or other number: it chooses the plural form.
    Number(i64),
    /// Words, used as they are.
    Text(String),
}

impl Value {
    fn to_fluent(&self) -> FluentValue<'static> {
        match self {
            Value::Number(n) => FluentValue::from(*n),
            Value::Text(t) => FluentValue::from(t.clone()),
        }
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Number(n)
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::Number(i64::from(n))
    }
}

impl From<i32> for Value {
    fn from(n: i32) -> Self {
        Value::Number(i64::from(n))
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Self {
        Value::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<String> for Value {
    fn from(t: String) -> Self {
        Value::Text(t)
    }
}

impl From<&str> for Value {
    fn from(t: &str) -> Self {
        Value::Text(t.to_owned())
    }
}

/// A device locale read as a language tag: `fr_CA.UTF-8@euro` is `fr-CA`; `C` and `POSIX`
/// (no language) and anything unreadable are `None`.
fn parse_locale(locale: &str) -> Option<LanguageIdentifier> {
    let base = locale.split(['.', '@']).next().unwrap_or_default().trim();
    if base.is_empty() || base.eq_ignore_ascii_case("c") || base.eq_ignore_ascii_case("posix") {
        return None;
    }
    base.replace('_', "-").parse().ok()
}

/// The catalogs' tags, parsed once, in the order of [`CATALOGS`].
fn available() -> &'static [LanguageIdentifier] {
    static AVAILABLE: OnceLock<Vec<LanguageIdentifier>> = OnceLock::new();
    AVAILABLE.get_or_init(|| {
        CATALOGS
            .iter()
            .map(|(tag, _)| tag.parse().expect("the catalogs' tags are valid"))
            .collect()
    })
}

/// A language's catalog, parsed the first time it is used: a phone in English never parses the
/// French one.
fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; CATALOGS.len()] =
        [const { OnceLock::new() }; CATALOGS.len()];
    BUNDLES[language.0].get_or_init(|| {
        let mut bundle = FluentBundle::new_concurrent(vec![available()[language.0].clone()]);
        bundle.set_use_isolating(false);
        for (_, text) in CATALOGS[language.0].1 {
            // A catalog that does not parse fails the catalog tests; what parsed is kept.
            let resource =
                FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
            // A message defined twice fails the catalog tests; the first is kept.
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    fn french() -> Language {
        Language::negotiate(&["fr-CA"])
    }

    #[test]
    fn a_device_locale_in_any_of_its_written_forms_chooses_its_language() {
        for locale in [
            "fr-CA",
            "fr_CA.UTF-8",
            "fr_CA.utf8@euro",
            "fr",
            "fr-FR",
            "fr_BE",
        ] {
            assert_eq!(
                Language::from_locale(Some(locale)).tag(),
                "fr-CA",
                "{locale}"
            );
        }
        for locale in [
            "en",
            "en_AU.UTF-8",
            "en-CA",
            "de_DE",
            "C",
            "POSIX",
            "",
            "??",
            "zz-ZZ",
        ] {
            assert_eq!(
                Language::from_locale(Some(locale)),
                Language::ENGLISH,
                "{locale}"
            );
        }
        assert_eq!(Language::from_locale(None), Language::ENGLISH);
    }

    #[test]
    fn the_first_preferred_language_the_core_speaks_wins() {
        assert_eq!(
            Language::negotiate(&["de-DE", "fr-CA", "en"]).tag(),
            "fr-CA"
        );
        assert_eq!(Language::negotiate(&["en-GB", "fr-CA"]).tag(), "en");
        assert_eq!(Language::negotiate(&["de", "it"]), Language::ENGLISH);
        assert_eq!(Language::negotiate::<&str>(&[]), Language::ENGLISH);
    }

    #[test]
    fn a_message_is_said_in_the_chosen_language_without_isolation_marks() {
        assert_eq!(Language::ENGLISH.say("saved"), "Saved.");
        assert_eq!(french().say("saved"), "C'est enregistré.");
        for language in Language::all() {
            for id in message_ids(language).keys() {
                let text = language.say(id);
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{}: {id}: {text:?}",
                    language.tag()
                );
            }
        }
    }

    #[test]
    fn a_list_is_joined_with_each_languages_commas_and_and() {
        let english = Language::ENGLISH;
        assert_eq!(english.list::<&str>(&[]), "");
        assert_eq!(english.list(&["a"]), "a");
        assert_eq!(english.list(&["a", "b"]), "a and b");
        assert_eq!(english.list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(french().list(&["a", "b", "c"]), "a, b et c");
    }

    #[test]
    fn an_unknown_id_is_said_as_itself_never_a_panic_or_blank() {
        assert_eq!(french().say("no-such-message"), "no-such-message");
        assert_eq!(
            Language::ENGLISH.say_with("no-such-message", &[("n", 3.into())]),
            "no-such-message"
        );
    }

    /// Each message id of a language's catalogs, with the variables it uses; a catalog that does
    /// not parse, or an id defined twice, fails here.
    fn message_ids(language: Language) -> BTreeMap<String, BTreeSet<String>> {
        let mut ids = BTreeMap::new();
        for (file, text) in CATALOGS[language.0].1 {
            let resource = ast_of(language, file, text);
            for entry in resource.body {
                if let ast::Entry::Message(message) = entry {
                    let mut variables = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        pattern_variables(pattern, &mut variables);
                    }
                    assert!(
                        ids.insert(message.id.name.to_owned(), variables).is_none(),
                        "{}/{file}: `{}` is defined twice",
                        language.tag(),
                        message.id.name
                    );
                }
            }
        }
        ids
    }

    fn ast_of<'a>(language: Language, file: &str, text: &'a str) -> ast::Resource<&'a str> {
        fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
            panic!("{}/{file} does not parse: {errors:?}", language.tag())
        })
    }

    fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, out);
                for variant in variants {
                    pattern_variables(&variant.value, out);
                }
            }
            ast::Expression::Inline(inline) => inline_variables(inline, out),
        }
    }

    fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, out);
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline_variables(argument, out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_language_has_every_english_message_with_the_same_values_and_nothing_else() {
        let english = message_ids(Language::ENGLISH);
        assert!(!english.is_empty());
        for language in Language::all().skip(1) {
            let other = message_ids(language);
            let missing: Vec<&String> = english
                .keys()
                .filter(|id| !other.contains_key(*id))
                .collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", language.tag());
            let extra: Vec<&String> = other
                .keys()
                .filter(|id| !english.contains_key(*id))
                .collect();
            assert!(extra.is_empty(), "{} has unknown {extra:?}", language.tag());
            for (id, variables) in &english {
                assert_eq!(
                    &other[id],
                    variables,
                    "{}: `{id}` must use the values English does",
                    language.tag()
                );
            }
        }
    }

    /// Messages that are the same word in French as in English: keep this list short.
    const SAME_IN_FRENCH: [&str; 1] = [
        // "Journal" is the French word too.
        "home-journal",
    ];

    #[test]
    fn no_translated_message_is_left_in_english() {
        for language in Language::all().skip(1) {
            for id in message_ids(Language::ENGLISH).keys() {
                if SAME_IN_FRENCH.contains(&id.as_str()) {
                    assert_eq!(
                        language.say(id),
                        Language::ENGLISH.say(id),
                        "{id} differs now"
                    );
                    continue;
                }
                assert_ne!(
                    language.say(id),
                    Language::ENGLISH.say(id),
                    "{}: `{id}` is still the English",
                    language.tag()
                );
            }
        }
    }

    #[test]
    fn a_value_put_into_a_message_chooses_its_plural_form_and_fills_its_place() {
        // A catalog entry made for this test alone: the product catalogs are checked above.
        let mut bundle = FluentBundle::new_concurrent(vec!["fr-CA".parse().expect("tag")]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(
            "jours = { $n ->\n    [one] { $n } jour\n   *[other] { $n } jours\n}\n".to_owned(),
        )
        .expect("parses");
        bundle.add_resource(resource).expect("added");
        let say = |n: i64| {
            let mut args = FluentArgs::new();
            args.set("n", Value::from(n).to_fluent());
            let pattern = bundle
                .get_message("jours")
                .and_then(|m| m.value())
                .expect("message");
            bundle
                .format_pattern(pattern, Some(&args), &mut Vec::new())
                .into_owned()
        };
        assert_eq!(say(1), "1 jour");
        assert_eq!(say(12), "12 jours");
    }
}
