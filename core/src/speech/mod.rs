//! What is read aloud: the `spoken` text every screen model that can be listened to carries,
//! and the timed cues of the guided exercises (`cues.rs`). The core writes it once, so both apps
//! and the terminal say the same words; the shells only hand it to the platform's offline voice.
//!
//! Spoken text has no Markdown left (emphasis, headings and list marks go, a list is read as
//! sentences, a link is said as its words), common abbreviations are said in full ("e.g." as
//! "for example"), and numbers are said the way people in his region say them (`numbers.rs`:
//! phone numbers group by group, "triple zero" in Australia, never a long number as a count).
//! `docs/speech.md` has the rules and their sources.

pub mod cues;
pub mod numbers;

use groundwork_pack as pack;
use rusqlite::{Connection, Transaction};

use crate::base::error::Result;
use crate::store::{Setting, put_setting, setting};

pub use cues::SpokenCue;

/// The words said for an abbreviation, in the order they are tried. Each is matched as a whole
/// word (not inside another word).
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

/// The hint shown before he first listens: headphones keep it private.
pub const HEADPHONES_HINT: &str = "Headphones keep what you listen to between you and the app. Plug them in or pair them, then tap play.";

/// The headphones hint, until he has listened once (`listened`).
pub(crate) fn headphones_hint(conn: &Connection) -> Result<Option<String>> {
    Ok(setting(conn, Setting::HeadphonesHintSeen)?
        .is_none()
        .then(|| HEADPHONES_HINT.to_owned()))
}

/// Records that he has listened to something read aloud: the headphones hint is not shown again.
pub(crate) fn listened(tx: &Transaction<'_>) -> Result<()> {
    put_setting(tx, Setting::HeadphonesHintSeen, "1")
}

/// `text` ready to be said: Markdown marks gone, links as their words, abbreviations in full,
/// numbers as people in `region` say them, spaces tidied.
pub fn say(text: &str, region: Option<&str>) -> String {
    let text = strip_markdown(text);
    let text = expand_abbreviations(&text);
    let text = say_numbers(&text, region);
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
pub fn spans(spans: &[pack::Span], region: Option<&str>) -> String {
    say(&pack::plain_text(spans), region)
}

/// The words that lead a numbered list's items.
const ORDINALS: [&str; 10] = [
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
];

/// A lesson's text blocks said in order: paragraphs and quotes as they are, each item of a list
/// as a sentence of its own (a numbered list's items led by "First", "Second", ...).
pub fn blocks(blocks: &[pack::Block], region: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            pack::Block::Paragraph { spans: s } | pack::Block::Quote { spans: s } => {
                out.push(spans(s, region));
            }
            pack::Block::List { ordered, items } => {
                for (i, item) in items.iter().enumerate() {
                    let said = spans(item, region);
                    if *ordered {
                        let lead = ORDINALS.get(i).copied().unwrap_or("Next");
                        out.push(format!("{lead}, {}", lower_first(&said)));
                    } else {
                        out.push(said);
                    }
                }
            }
        }
    }
    out
}

/// A lesson step said: its title, its text, then its exercise (the question, and what he can
/// pick from).
pub fn lesson_step(step: &pack::Step, region: Option<&str>) -> String {
    let mut parts = vec![say(&step.title, region)];
    parts.extend(blocks(&step.blocks, region));
    if let Some(exercise) = &step.exercise {
        parts.extend(exercise_parts(exercise, region));
    }
    join(parts)
}

fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The exercise at the end of a step, said.
fn exercise_parts(exercise: &pack::Exercise, region: Option<&str>) -> Vec<String> {
    use pack::Exercise as E;
    let s = |t: &str| say(t, region);
    let listed = |lead: &str, items: &[String]| -> Vec<String> {
        std::iter::once(lead.to_owned())
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
            out.push(format!(
                "Pick a number from {}, {}, to {}, {}",
                e.min,
                lower_first(&s(&e.min_label)),
                e.max,
                lower_first(&s(&e.max_label))
            ));
        }
        E::Choice(e) => {
            out.push(s(&e.prompt));
            out.extend(listed("Pick one of these", &e.options));
        }
        E::MultiChoice(e) => {
            out.push(s(&e.prompt));
            let lead = match e.max {
                Some(max) => format!("Pick up to {max} of these"),
                None => "Pick any of these".to_owned(),
            };
            out.extend(listed(&lead, &e.options));
        }
        E::Emotions(e) => {
            out.push(s(&e.prompt));
            let max = e.max.unwrap_or(3);
            out.push(format!(
                "Pick up to {} on the mood meter",
                plural(max, "word", "words")
            ));
        }
        E::Checklist(e) => {
            out.push(s(&e.prompt));
            out.extend(listed("Tick any that fit", &e.items));
        }
        E::Breathing(e) => {
            out.extend(e.prompt.as_deref().map(s));
            out.push(cues::breathing_summary(e));
            out.push("Start when you are ready, and breathe along".to_owned());
        }
        E::BodyScan(e) => {
            out.extend(e.prompt.as_deref().map(s));
            out.push(format!(
                "{} parts of the body, {} on each",
                e.regions.len(),
                plural(e.seconds_per_region, "second", "seconds")
            ));
            out.push("Start when you are ready".to_owned());
        }
        E::Plan(e) => {
            out.push(s(&e.title));
            let lead = format!(
                "{} to fill in",
                plural(
                    u32::try_from(e.fields.len()).unwrap_or(u32::MAX),
                    "part",
                    "parts"
                )
            );
            out.push(lead);
            for field in &e.fields {
                out.push(s(&field.label));
                out.extend(field.hint.as_deref().map(s));
            }
        }
        E::Commitment(e) => {
            out.push(s(&e.prompt));
            out.extend(listed("Some ideas, or use your own words", &e.suggestions));
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

/// Numbers as people say them: a number of three digits or more, or digits in groups ("13 11
/// 14", "1-800-799-7233"), is said as a phone number in `region`'s way; a year from 1900 to 2099
/// standing alone as a year; one or two digits stay as they are (every voice says "20" well).
fn say_numbers(text: &str, region: Option<&str>) -> String {
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
        if out.trim_end().to_lowercase().ends_with("press") && single_group_of_digits(&token) {
            out.push_str(&numbers::keys(&token, region));
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
            out.push_str(&numbers::phone(&with_word, region));
            i = glued;
            continue;
        }
        let year = single_group
            .then(|| token.parse::<u32>().ok())
            .flatten()
            .filter(|_| digits == 4 && !token.starts_with('0'))
            .and_then(numbers::year);
        match year {
            Some(y) => out.push_str(&y),
            None => out.push_str(&numbers::phone(&token, region)),
        }
        i = end;
    }
    out
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
            say("Small things, e.g. a walk. Rest etc. Then go", None),
            "Small things, for example a walk. Rest and so on. Then go"
        );
        assert_eq!(
            say("Open 24/7 & free", None),
            "Open twenty-four seven and free"
        );
        assert_eq!(say("Stay 10 mins", None), "Stay 10 minutes");
        // Inside a word, nothing changes.
        assert_eq!(say("adminsitting versus", None), "adminsitting versus");
    }

    #[test]
    fn numbers_in_text_are_said_as_the_region_says_them() {
        assert_eq!(
            say("Call 13 11 14 or 000.", Some("AU")),
            "Call thirteen eleven fourteen or triple zero."
        );
        assert_eq!(
            say("Call or text 988.", Some("US")),
            "Call or text nine eight eight."
        );
        assert_eq!(
            say("Call 999 and press 55 when asked.", Some("GB")),
            "Call nine nine nine and press five five when asked."
        );
        assert_eq!(
            say("1800RESPECT is there.", Some("AU")),
            "one eight hundred RESPECT is there."
        );
        assert_eq!(
            say("In 2026, 20 to 60 minutes at 10:30", None),
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
}
