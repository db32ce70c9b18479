//! The private, on-device check of what he wrote against the pack's crisis phrases. It never
//! blocks or changes what was written; on a match the app offers help gently, after saving.
//!
//! Text and phrases are compared as sequences of lower-case words (letters, digits and
//! apostrophes; curly apostrophes count as straight ones). A phrase word ending in `*` matches
//! any word that starts with it ("hit*" matches "hit", "hits", "hitting"). A phrase is cancelled
//! when one of the pack's negations ends within `window` words before it: "I would never hurt her".

/// A phrase list for one situation, already split into words.
#[derive(Debug, Clone)]
pub(crate) struct PhraseSet<S> {
    pub situation: S,
    pub phrases: Vec<Vec<String>>,
}

/// A compiled crisis check.
#[derive(Debug, Clone)]
pub(crate) struct CrisisMatcher<S> {
    negations: Vec<Vec<String>>,
    window: usize,
    sets: Vec<PhraseSet<S>>,
}

/// Marks the end of a sentence among the words, so neither a phrase nor a negation reaches
/// across it ("I'm not ok. I want to die" still matches).
const SENTENCE_END: &str = "\u{0}";

/// Splits text into lower-case words, with a marker at each sentence end.
pub(crate) fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Vec<String>| {
        let word = current.trim_matches('\'');
        if !word.is_empty() {
            out.push(word.to_owned());
        }
        current.clear();
    };
    for c in text.chars() {
        let c = if c == '\u{2019}' || c == '\u{2018}' {
            '\''
        } else {
            c
        };
        if c.is_alphanumeric() || c == '\'' {
            current.extend(c.to_lowercase());
        } else {
            flush(&mut current, &mut out);
            if matches!(c, '.' | '!' | '?' | '\n' | ';' | ',' | ':')
                && out.last().is_some_and(|w| w != SENTENCE_END)
            {
                out.push(SENTENCE_END.to_owned());
            }
        }
    }
    flush(&mut current, &mut out);
    out
}

impl<S: Copy> CrisisMatcher<S> {
    /// Compiles the pack's lists.
    pub(crate) fn new<'a>(
        negations: impl IntoIterator<Item = &'a str>,
        window: usize,
        sets: impl IntoIterator<Item = (S, Vec<&'a str>)>,
    ) -> Self {
        CrisisMatcher {
            negations: negations
                .into_iter()
                .map(words)
                .filter(|w| !w.is_empty())
                .collect(),
            window,
            sets: sets
                .into_iter()
                .map(|(situation, phrases)| PhraseSet {
                    situation,
                    phrases: phrases
                        .into_iter()
                        .map(pattern)
                        .filter(|w| !w.is_empty())
                        .collect(),
                })
                .collect(),
        }
    }

    /// The first situation whose phrase appears in `text` without a negation just before it.
    pub(crate) fn check(&self, text: &str) -> Option<S> {
        let text = words(text);
        for set in &self.sets {
            for phrase in &set.phrases {
                for start in occurrences(&text, phrase) {
                    if !self.negated(&text, start) {
                        return Some(set.situation);
                    }
                }
            }
        }
        None
    }

    /// Whether a negation ends within `window` words before `start`, in the same sentence.
    fn negated(&self, text: &[String], start: usize) -> bool {
        let sentence_start = text[..start]
            .iter()
            .rposition(|w| w == SENTENCE_END)
            .map_or(0, |i| i + 1);
        let from = start.saturating_sub(self.window).max(sentence_start);
        self.negations.iter().any(|negation| {
            occurrences(&text[..start], negation).any(|s| s + negation.len() > from)
        })
    }
}

/// Splits a phrase into words, keeping a trailing `*` on a word as a prefix marker.
fn pattern(phrase: &str) -> Vec<String> {
    phrase
        .split_whitespace()
        .flat_map(|part| {
            let star = part.ends_with('*');
            let mut split = words(part.trim_end_matches('*'));
            if star && let Some(last) = split.last_mut() {
                last.push('*');
            }
            split
        })
        .collect()
}

fn word_matches(word: &str, pattern: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => word.starts_with(prefix),
        None => word == pattern,
    }
}

fn occurrences<'a>(text: &'a [String], phrase: &'a [String]) -> impl Iterator<Item = usize> + 'a {
    let n = phrase.len();
    (0..(text.len() + 1).saturating_sub(n)).filter(move |&i| {
        n > 0
            && text[i..i + n]
                .iter()
                .zip(phrase)
                .all(|(w, p)| word_matches(w, p))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> CrisisMatcher<&'static str> {
        CrisisMatcher::new(
            ["never", "not", "would never", "don't"],
            3,
            [
                ("self", vec!["kill myself", "end it all"]),
                ("other", vec!["hurt her"]),
            ],
        )
    }

    #[test]
    fn a_phrase_is_found_whatever_the_case_and_punctuation() {
        assert_eq!(
            matcher().check("Some days I want to END IT ALL."),
            Some("self")
        );
        assert_eq!(
            matcher().check("i could kill myself, honestly"),
            Some("self")
        );
    }

    #[test]
    fn a_negation_just_before_cancels_the_phrase() {
        assert_eq!(matcher().check("I would never hurt her."), None);
        assert_eq!(
            matcher().check("I don’t want to hurt her"),
            None,
            "curly apostrophe"
        );
    }

    #[test]
    fn a_negation_further_back_does_not_cancel_it() {
        assert_eq!(
            matcher().check("Never thought I'd say it but I want to hurt her"),
            Some("other")
        );
    }

    #[test]
    fn a_negation_in_the_sentence_before_does_not_cancel_a_phrase() {
        assert_eq!(
            matcher().check("I'm not ok. I want to end it all."),
            Some("self")
        );
        assert_eq!(matcher().check("Never\nkill myself"), Some("self"));
    }

    #[test]
    fn a_negation_in_an_earlier_clause_does_not_cancel_a_phrase() {
        assert_eq!(
            matcher().check("I'm not ok, I want to end it all"),
            Some("self")
        );
    }

    #[test]
    fn a_starred_word_matches_any_ending() {
        let m = CrisisMatcher::new(["never"], 3, [("other", vec!["hit* her"])]);
        assert_eq!(m.check("I was close to hitting her"), Some("other"));
        assert_eq!(m.check("he hits her"), Some("other"));
        assert_eq!(m.check("I'd never hit her"), None);
        assert_eq!(m.check("white herons"), None);
    }

    #[test]
    fn words_inside_other_words_do_not_match() {
        assert_eq!(matcher().check("the bathurst herald"), None);
        assert_eq!(matcher().check("skill myself up"), None);
    }
}
