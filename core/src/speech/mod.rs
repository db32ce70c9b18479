//! What is read aloud: the `spoken` text every screen model that can be listened to carries,
//! and the timed cues of the guided exercises (`cues.rs`). The core writes it once, so both apps
//! and the terminal say the same words; the shells only hand it to the platform's offline voice.
//!
//! Spoken text has no Markdown left (emphasis, headings and list marks go, a list is read as
//! sentences, a link is said as its words), common abbreviations are said in full ("e.g." as
//! "for example"), and numbers are said the way people in his region say them (`numbers.rs`:
//! phone numbers group by group, "triple zero" in Australia, never a long number as a count).
//! `docs/speech.md` has the rules and their sources.
//!
//! The voice speaks the language of the text: English words for numbers and abbreviations are
//! written only for English. For another language (French), ordinary numbers stay in digits
//! for its own voice to read, a phone number is its digits group by group (commas between the
//! groups, a pause), and abbreviations are left as written; the words this module adds (a
//! list's "First", an exercise's "Pick one of these", the guided exercises' cues) come from the
//! catalogs (`core/locales/*/speech.ftl`).

pub mod cues;
pub mod numbers;

use groundwork_pack as pack;
use rusqlite::{Connection, Transaction};

use crate::base::error::Result;
use crate::base::text::Language;
use crate::store::{Setting, put_setting, setting};

pub use cues::SpokenCue;

/// The words said for an abbreviation in English, in the order they are tried. Each is matched
/// as a whole word (not inside another word). Text in another language keeps its abbreviations
/// as written.
const ABBREVIATIONS: [(&str, &str); 12] = [
    ("e.g.", "for example"),
    ("i.e.", "that is"),
    ("etc.", "and so on"),
    ("approx.", "about"),
    ("vs.", "versus"),
    ("vs", "versus"),
    ("24/7", "twenty-four seven"),
    ("&", "and"),
    ("w/", "with"),
    ("Dr", "Doctor"),
    ("hrs", "hours"),
    ("mins", "minutes"),
];

/// Characters that mark Markdown, never said.
pub const MARKDOWN_MARKS: [char; 7] = ['*', '_', '#', '`', '[', ']', '>'];

/// The hint shown before he first listens, in `language`: headphones keep it private.
pub fn headphones_hint_words(language: Language) -> String {
    language.say("speech-headphones-hint")
}

/// The headphones hint in `language`, until he has listened once (`listened`).
pub(crate) fn headphones_hint(conn: &Connection, language: Language) -> Result<Option<String>> {
    Ok(setting(conn, Setting::HeadphonesHintSeen)?
        .is_none()
        .then(|| headphones_hint_words(language)))
}

/// Records that he has listened to something read aloud: the headphones hint is not shown again.
pub(crate) fn listened(tx: &Transaction<'_>) -> Result<()> {
    put_setting(tx, Setting::HeadphonesHintSeen, "1")
}

/// `text` ready to be said by a voice for `language`: Markdown marks gone, links as their words,
/// spaces tidied; in English, abbreviations in full and numbers as people in `region` say them;
/// in another language, abbreviations as written and ordinary numbers in digits, phone numbers
/// digit by digit, group by group.
pub fn say(text: &str, region: Option<&str>, language: Language) -> String {
    let text = strip_markdown(text);
    let text = if language == Language::ENGLISH {
        expand_abbreviations(&text)
    } else {
        text
    };
    let text = say_numbers(&text, region, language);
    tidy(&text)
}

/// `text` as a sentence: its first letter a capital, a full stop at the end unless it already
/// ends a sentence.
pub fn sentence(text: &str) -> String {
    let text = text.trim();
    let Some(first) = text.chars().next() else {
        return String::new();
    };
    let capital: String = first.to_uppercase().collect();
    let text = format!("{capital}{}", &text[first.len_utf8()..]);
    let text = text.as_str();
    // A closing quote or bracket after the sentence's own stop ends it already.
    let last = text
        .trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', ')'])
        .chars()
        .last();
    if text.ends_with(['"', '\u{201d}', '\u{2019}', '\'', ')'])
        && matches!(last, Some('.' | '!' | '?' | '…'))
    {
        return text.to_owned();
    }
    match text.chars().last() {
        Some('.' | '!' | '?' | '…' | ':') => text.to_owned(),
        Some(',' | ';') => format!("{}.", &text[..text.len() - 1]),
        _ => format!("{text}."),
    }
}

/// Sentences and paragraphs joined into one text: each part said as a sentence, parts on lines
/// of their own (a voice pauses there, and "back one sentence" has clear places to go to).
pub fn join(parts: impl IntoIterator<Item = String>) -> String {
    parts
        .into_iter()
        .map(|p| sentence(&p))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A run of lesson text said: links as their words, emphasis dropped.
pub fn spans(spans: &[pack::Span], region: Option<&str>, language: Language) -> String {
    say(&pack::plain_text(spans), region, language)
}

/// A lesson's text blocks said in order: paragraphs and quotes as they are, each item of a list
/// as a sentence of its own (a numbered list's items led by "First", "Second", ... in
/// `language`).
pub fn blocks(blocks: &[pack::Block], region: Option<&str>, language: Language) -> Vec<String> {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            pack::Block::Paragraph { spans: s } | pack::Block::Quote { spans: s } => {
                out.push(spans(s, region, language));
            }
            pack::Block::List { ordered, items } => {
                for (i, item) in items.iter().enumerate() {
                    let said = spans(item, region, language);
                    if *ordered {
                        out.push(language.say_with(
                            "speech-numbered-item",
                            &[
                                ("position", (i + 1).into()),
                                ("item", lower_first(&said).into()),
                            ],
                        ));
                    } else {
                        out.push(said);
                    }
                }
            }
        }
    }
    out
}

/// A lesson step said in `language`: its title, its text, then its exercise (the question, and
/// what he can pick from).
pub fn lesson_step(step: &pack::Step, region: Option<&str>, language: Language) -> String {
    let mut parts = vec![say(&step.title, region, language)];
    parts.extend(blocks(&step.blocks, region, language));
    if let Some(exercise) = &step.exercise {
        parts.extend(exercise_parts(exercise, region, language));
    }
    join(parts)
}

/// The exercise at the end of a step, said.
fn exercise_parts(
    exercise: &pack::Exercise,
    region: Option<&str>,
    language: Language,
) -> Vec<String> {
    use pack::Exercise as E;
    let s = |t: &str| say(t, region, language);
    let listed = |lead: String, items: &[String]| -> Vec<String> {
        std::iter::once(lead)
            .chain(items.iter().map(|i| s(i)))
            .collect()
    };
    let mut out = Vec::new();
    match exercise {
        E::Reflection(e) => {
            out.push(s(&e.prompt));
            out.extend(e.hint.as_deref().map(s));
        }
        E::Scale(e) => {
            out.push(s(&e.prompt));
            out.push(language.say_with(
                "speech-pick-on-scale",
                &[
                    ("min", e.min.into()),
                    ("min_label", lower_first(&s(&e.min_label)).into()),
                    ("max", e.max.into()),
                    ("max_label", lower_first(&s(&e.max_label)).into()),
                ],
            ));
        }
        E::Choice(e) => {
            out.push(s(&e.prompt));
            out.extend(listed(language.say("speech-pick-one"), &e.options));
        }
        E::MultiChoice(e) => {
            out.push(s(&e.prompt));
            let lead = match e.max {
                Some(max) => language.say_with("speech-pick-up-to", &[("max", max.into())]),
                None => language.say("speech-pick-any"),
            };
            out.extend(listed(lead, &e.options));
        }
        E::Emotions(e) => {
            out.push(s(&e.prompt));
            let max = e.max.unwrap_or(3);
            out.push(language.say_with("speech-pick-emotions", &[("max", max.into())]));
        }
        E::Checklist(e) => {
            out.push(s(&e.prompt));
            out.extend(listed(language.say("speech-tick-any"), &e.items));
        }
        E::Breathing(e) => {
            out.extend(e.prompt.as_deref().map(s));
            out.push(cues::breathing_summary(e, language));
            out.push(language.say("speech-breathing-start"));
        }
        E::BodyScan(e) => {
            out.extend(e.prompt.as_deref().map(s));
            out.push(language.say_with(
                "speech-body-scan-summary",
                &[
                    ("regions", e.regions.len().into()),
                    ("seconds", e.seconds_per_region.into()),
                ],
            ));
            out.push(language.say("speech-body-scan-start"));
        }
        E::Plan(e) => {
            out.push(s(&e.title));
            out.push(language.say_with("speech-plan-parts", &[("parts", e.fields.len().into())]));
            for field in &e.fields {
                out.push(s(&field.label));
                out.extend(field.hint.as_deref().map(s));
            }
        }
        E::Commitment(e) => {
            out.push(s(&e.prompt));
            out.extend(listed(
                language.say("speech-commitment-ideas"),
                &e.suggestions,
            ));
        }
    }
    out
}

/// `text` with its first letter in lower case, unless it starts a name or an acronym (a
/// capital followed by another capital, or "I").
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second))
            if first.is_uppercase() && !second.is_uppercase() && second != ' ' =>
        {
            let mut out = first.to_lowercase().collect::<String>();
            out.push_str(&text[first.len_utf8()..]);
            out
        }
        _ => text.to_owned(),
    }
}

/// Markdown gone: `[words](address)` as its words, emphasis, code and heading marks dropped,
/// list and quote marks at the start of a line dropped.
fn strip_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.lines().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut line = line.trim_start();
        line = line.trim_start_matches('#').trim_start();
        line = line.trim_start_matches('>').trim_start();
        for mark in ["- ", "* ", "+ "] {
            if let Some(rest) = line.strip_prefix(mark) {
                line = rest;
            }
        }
        out.push_str(&links_as_words(line));
    }
    out.chars()
        .map(|c| match c {
            '*' | '`' | '#' | '[' | ']' | '>' => ' ',
            '_' => ' ',
            c => c,
        })
        .collect()
}

/// `[words](address)` as its words.
fn links_as_words(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else { break };
        let Some(end) = after[close + 2..].find(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&after[..close]);
        rest = &after[close + 2 + end + 1..];
    }
    out.push_str(rest);
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Abbreviations said in full, each only as a whole word; one that ended a sentence keeps its
/// full stop.
fn expand_abbreviations(text: &str) -> String {
    let mut text = text.to_owned();
    for (short, long) in ABBREVIATIONS {
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(at) = rest.find(short) {
            let before = rest[..at].chars().last();
            let after_text = &rest[at + short.len()..];
            let after = after_text.chars().next();
            let starts_word = before.is_none_or(|c| !is_word_char(c));
            let ends_word = !short.chars().last().is_some_and(is_word_char)
                || after.is_none_or(|c| !is_word_char(c));
            // "Dr" only before a name; "hrs"/"mins" only after a number.
            let fits = match short {
                "Dr" => after == Some(' '),
                "hrs" | "mins" => rest[..at]
                    .trim_end()
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_ascii_digit()),
                _ => true,
            };
            out.push_str(&rest[..at]);
            if starts_word && ends_word && fits {
                out.push_str(long);
                let next = after_text.trim_start().chars().next();
                if short.ends_with('.') && next.is_none_or(char::is_uppercase) {
                    out.push('.');
                }
            } else {
                out.push_str(short);
            }
            rest = after_text;
        }
        out.push_str(rest);
        text = out;
    }
    text.replace('%', " percent")
}

/// Numbers as people say them in English: a number of three digits or more, or digits in groups
/// ("13 11 14", "1-800-799-7233"), is said as a phone number in `region`'s way; a year from 1900
/// to 2099 standing alone as a year; one or two digits stay as they are (every voice says "20"
/// well).
///
/// In another language no English word is written: ordinary numbers (a count, a year, a time)
/// stay in digits for that language's voice to read, and a phone number (digits in groups, glued
/// to capitals, five digits or more, or three or four after a word that calls or texts a number,
/// "le 988") is said digit by digit, group by group (`numbers::phone`).
fn say_numbers(text: &str, region: Option<&str>, language: Language) -> String {
    let english = language == Language::ENGLISH;
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let joined_to_word = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '.');
        if !c.is_ascii_digit() || joined_to_word {
            out.push(c);
            i += 1;
            continue;
        }
        // The digits, with single spaces or dashes between groups.
        let mut end = i;
        while end < chars.len() {
            let joins_groups = matches!(chars[end], ' ' | '-')
                && chars.get(end + 1).is_some_and(char::is_ascii_digit)
                && chars[end - 1].is_ascii_digit();
            if chars[end].is_ascii_digit() || joins_groups {
                end += 1;
            } else {
                break;
            }
        }
        // A time, a decimal or a thousands separator ("10:30", "2.5", "1,000") is left to
        // the voice.
        let followed_by = chars.get(end).copied();
        let part_of_other = matches!(followed_by, Some(':' | '.' | ',' | '/'))
            && chars.get(end + 1).is_some_and(char::is_ascii_digit);
        // Capital letters glued on ("1800RESPECT", "13YARN") belong to the number.
        let mut glued = end;
        while glued < chars.len() && chars[glued].is_ascii_uppercase() {
            glued += 1;
        }
        let glued_word = glued > end && chars.get(glued).is_none_or(|c| !c.is_alphanumeric());
        let token: String = chars[i..end].iter().collect();
        let digits = token.chars().filter(char::is_ascii_digit).count();
        // A key to press is said digit by digit ("press 55": "press five five").
        if english
            && out.trim_end().to_lowercase().ends_with("press")
            && single_group_of_digits(&token)
        {
            out.push_str(&numbers::keys(&token, region, language));
            i = end;
            continue;
        }
        let single_group = !token.contains([' ', '-']);
        if part_of_other || (digits <= 2 && !glued_word) {
            out.push_str(&token);
            i = end;
            continue;
        }
        if glued_word {
            let with_word: String = chars[i..glued].iter().collect();
            out.push_str(&numbers::phone(&with_word, region, language));
            i = glued;
            continue;
        }
        if !english {
            // A number glued to small letters ("100e") is a word of its own.
            let glued_to_letters = followed_by.is_some_and(char::is_alphabetic);
            let dialled = digits >= 5
                || (after_dial_word(&out, language) && !(digits == 4 && is_year(&token)));
            if single_group && (glued_to_letters || !dialled) {
                out.push_str(&token);
            } else {
                out.push_str(&numbers::phone(&token, region, language));
            }
            i = end;
            continue;
        }
        let year = single_group
            .then(|| token.parse::<u32>().ok())
            .flatten()
            .filter(|_| digits == 4 && !token.starts_with('0'))
            .and_then(numbers::year);
        match year {
            Some(y) => out.push_str(&y),
            None => out.push_str(&numbers::phone(&token, region, language)),
        }
        i = end;
    }
    out
}

/// Whether `token` (four digits) reads as a year from 1900 to 2099.
fn is_year(token: &str) -> bool {
    token
        .parse::<u32>()
        .is_ok_and(|n| (1900..=2099).contains(&n))
}

/// The words after which a number of three or four digits is one to call or text, in a language
/// that keeps ordinary numbers in digits: French "appelle le 988", "par le 211", "texte au
/// 686868".
fn dial_words(language: Language) -> &'static [&'static str] {
    if language.tag().starts_with("fr") {
        &[
            "le", "au", "du", "compose", "composer", "appelle", "appeler", "texte", "texter",
            "numéro",
        ]
    } else {
        &[]
    }
}

/// Whether the word just said (the end of `said`) is one of `language`'s [`dial_words`].
fn after_dial_word(said: &str, language: Language) -> bool {
    let word = said
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    dial_words(language).contains(&word.as_str())
}

fn single_group_of_digits(token: &str) -> bool {
    !token.is_empty() && token.chars().all(|c| c.is_ascii_digit())
}

/// Spaces tidied: runs of spaces made one, none before punctuation, lines trimmed.
fn tidy(text: &str) -> String {
    text.lines()
        .map(|line| {
            let mut out = String::with_capacity(line.len());
            for word in line.split_whitespace() {
                let glue = word.starts_with([',', '.', ';', ':', '!', '?', ')']);
                if !out.is_empty() && !glue {
                    out.push(' ');
                }
                out.push_str(word);
            }
            out
        })
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_marks_are_never_said() {
        let said = say(
            "## Notice it\n- **Body:** a *tight* jaw, `fists`\n> Say [what you feel](https://example.org) _first_",
            None,
            Language::ENGLISH,
        );
        assert_eq!(
            said,
            "Notice it\nBody: a tight jaw, fists\nSay what you feel first"
        );
        assert!(!said.contains(MARKDOWN_MARKS));
    }

    #[test]
    fn abbreviations_are_said_in_full_only_as_whole_words() {
        assert_eq!(
            say(
                "Small things, e.g. a walk. Rest etc. Then go",
                None,
                Language::ENGLISH
            ),
            "Small things, for example a walk. Rest and so on. Then go"
        );
        assert_eq!(
            say("Open 24/7 & free", None, Language::ENGLISH),
            "Open twenty-four seven and free"
        );
        assert_eq!(
            say("Stay 10 mins", None, Language::ENGLISH),
            "Stay 10 minutes"
        );
        // Inside a word, nothing changes.
        assert_eq!(
            say("adminsitting versus", None, Language::ENGLISH),
            "adminsitting versus"
        );
    }

    #[test]
    fn numbers_in_text_are_said_as_the_region_says_them() {
        assert_eq!(
            say("Call 13 11 14 or 000.", Some("AU"), Language::ENGLISH),
            "Call thirteen eleven fourteen or triple zero."
        );
        assert_eq!(
            say("Call or text 988.", Some("US"), Language::ENGLISH),
            "Call or text nine eight eight."
        );
        assert_eq!(
            say(
                "Call 999 and press 55 when asked.",
                Some("GB"),
                Language::ENGLISH
            ),
            "Call nine nine nine and press five five when asked."
        );
        assert_eq!(
            say("1800RESPECT is there.", Some("AU"), Language::ENGLISH),
            "one eight hundred RESPECT is there."
        );
        assert_eq!(
            say(
                "In 2026, 20 to 60 minutes at 10:30",
                None,
                Language::ENGLISH
            ),
            "In twenty twenty-six, 20 to 60 minutes at 10:30"
        );
    }

    #[test]
    fn a_sentence_ends_once() {
        assert_eq!(sentence("Breathe in"), "Breathe in.");
        assert_eq!(sentence("Ready?"), "Ready?");
        assert_eq!(sentence("a, b,"), "A, b.");
        assert_eq!(sentence("  "), "");
        assert_eq!(sentence("thirteen YARN"), "Thirteen YARN.");
        assert_eq!(sentence("\"I'll be back at 8.\""), "\"I'll be back at 8.\"");
        assert_eq!(sentence("\"Back at 8\""), "\"Back at 8\".");
    }

    #[test]
    fn the_first_letter_is_lowered_except_for_names_and_acronyms() {
        assert_eq!(lower_first("Feet and legs"), "feet and legs");
        assert_eq!(lower_first("PANDA line"), "PANDA line");
        assert_eq!(lower_first("I need"), "I need");
    }

    fn french() -> Language {
        Language::of_pack("fr-CA")
    }

    #[test]
    fn a_french_voice_keeps_ordinary_numbers_in_digits_and_reads_a_phone_number_digit_by_digit() {
        assert_eq!(
            say(
                "Appelle ou texte le 988, 24 h sur 24.",
                Some("CA"),
                french()
            ),
            "Appelle ou texte le 9 8 8, 24 h sur 24."
        );
        assert_eq!(
            say(
                "Compose le 2-1-1 et demande Men's Counselling Link.",
                Some("CA"),
                french()
            ),
            "Compose le 2, 1, 1 et demande Men's Counselling Link."
        );
        assert_eq!(
            say(
                "Plus de 130 ateliers depuis 2026, de 20 à 60 minutes, à 21 h 30.",
                Some("CA"),
                french()
            ),
            "Plus de 130 ateliers depuis 2026, de 20 à 60 minutes, à 21 h 30."
        );
        assert_eq!(
            say(
                "Texte au 686868 ou appelle le 1 866 277-3553.",
                Some("CA"),
                french()
            ),
            "Texte au 6 8 6, 8 6 8 ou appelle le 1, 8 6 6, 2 7 7, 3 5 5 3."
        );
        assert_eq!(
            say("En Australie, le 000.", Some("AU"), french()),
            "En Australie, le 0 0 0."
        );
    }

    #[test]
    fn a_french_voice_gets_no_english_abbreviation_or_number_word() {
        let said = say(
            "Ouvert 24/7 & gratuit, p. ex. 10 mins, 50 %.",
            Some("AU"),
            french(),
        );
        assert_eq!(said, "Ouvert 24/7 & gratuit, p. ex. 10 mins, 50 %.");
        for english in ["twenty", "and", "for example", "percent", "minutes"] {
            assert!(!said.contains(english), "{english}: {said}");
        }
    }

    #[test]
    fn an_exercise_is_introduced_in_french_with_the_french_pack() {
        let choice = pack::Exercise::MultiChoice(pack::MultiChoice {
            id: "c".to_owned(),
            prompt: "Qu'est-ce qui t'aide?".to_owned(),
            options: vec!["Marcher".to_owned(), "Parler".to_owned()],
            max: Some(1),
        });
        let french_parts = exercise_parts(&choice, None, french());
        assert_eq!(french_parts[1], "Choisis jusqu'à 1 réponse");
        assert_eq!(
            exercise_parts(&choice, None, Language::ENGLISH)[1],
            "Pick up to 1 of these"
        );
        let emotions = |language, max| {
            exercise_parts(
                &pack::Exercise::Emotions(pack::EmotionPicker {
                    id: "e".to_owned(),
                    prompt: "Comment tu te sens?".to_owned(),
                    words: None,
                    max: Some(max),
                }),
                None,
                language,
            )[1]
            .clone()
        };
        assert_eq!(
            emotions(french(), 1),
            "Choisis jusqu'à 1 mot sur le baromètre des émotions"
        );
        assert_eq!(
            emotions(french(), 3),
            "Choisis jusqu'à 3 mots sur le baromètre des émotions"
        );
        assert_eq!(
            emotions(Language::ENGLISH, 1),
            "Pick up to 1 word on the mood meter"
        );
        assert_eq!(
            emotions(Language::ENGLISH, 3),
            "Pick up to 3 words on the mood meter"
        );
    }

    #[test]
    fn a_numbered_list_is_led_by_french_ordinals_with_the_french_pack() {
        let item = |t: &str| {
            vec![pack::Span::Text {
                text: t.to_owned(),
                emphasis: false,
                strong: false,
            }]
        };
        let list = [pack::Block::List {
            ordered: true,
            items: vec![item("Respire"), item("Marche")],
        }];
        assert_eq!(
            blocks(&list, None, french()),
            ["Premièrement, respire", "Deuxièmement, marche"]
        );
        assert_eq!(
            blocks(&list, None, Language::ENGLISH),
            ["First, respire", "Second, marche"]
        );
    }
}
