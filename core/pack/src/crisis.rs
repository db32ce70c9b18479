//! The crisis check: reads what he wrote, on the device, and says which situation it suggests
//! (self-harm, hurting someone, being hurt, a new dad's frightening thoughts), which pattern
//! found it, and whether it is urgent. It never changes or blocks what was written.
//!
//! How a text is read:
//! 1. It is split into lower-case words (letters, digits and apostrophes; curly apostrophes count
//!    as straight ones; quote marks around a word are dropped), and each word is respelled through
//!    the pack's `spellings` ("gonna" becomes "going to", "dont" becomes "do not").
//! 2. The words are cut into clauses at `. ! ? ; : ,`, a line break, and the pack's
//!    `clause_breaks` ("but"). No pattern and no negation reaches across a clause.
//! 3. Each class's entries are found in each clause; an entry of an inflected class also matches
//!    the other forms of its first word ("kick" matches kicks, kicked, kicking).
//! 4. A pattern is its parts in order, with at most `gap` other words between two parts.
//! 5. A match is dropped when it overlaps one of the `quiet` sayings, when a negation stands in a
//!    gap inside it, or when a negation ends just before it: within `negation_window` words for a
//!    wish or intent, within `done_negation_window` words for something done.
//! 6. A match is urgent when its pattern is, or when a word of the `urgent` class stands in the
//!    same sentence or the one after it.

use std::collections::{HashMap, HashSet};

use crate::model::{CrisisCheck, HelpSituation, Inflection, PatternKind};

/// The pattern id a finding of the model carries.
pub const MODEL_PATTERN: &str = "model";

/// The name of the class whose words make a match urgent ("tonight", "right now").
pub const URGENT_CLASS: &str = "urgent";

/// The situations a match can suggest, in the order one is chosen when several match (after
/// urgency): self-harm; a new dad's unwanted, frightening thoughts (whose patterns require words
/// saying they are unwanted, so they come before the wish to hurt that the same words also
/// match); hurting someone; being hurt.
pub const MATCH_SITUATIONS: [HelpSituation; 4] = [
    HelpSituation::SelfHarm,
    HelpSituation::NewDad,
    HelpSituation::HurtSomeone,
    HelpSituation::BeingHurt,
];

/// What one match found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The situation the words suggest.
    pub situation: HelpSituation,
    /// The id of the pattern that matched.
    pub pattern: String,
    /// Whether the words carry time, a plan, the means or harm happening now.
    pub urgent: bool,
}

/// A problem that keeps a check from being compiled: a pattern naming a class that does not
/// exist, or a part that is not a word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileProblem {
    /// Which pattern (its index in `patterns`).
    pub pattern: usize,
    /// What is wrong, for a person.
    pub message: String,
}

/// A compiled crisis check.
#[derive(Debug, Clone)]
pub struct Matcher {
    spellings: HashMap<String, Vec<String>>,
    negations: Vec<Vec<String>>,
    negation_flips: Vec<String>,
    wish_window: usize,
    done_window: usize,
    clause_breaks: Vec<Vec<String>>,
    not_his: Vec<Vec<String>>,
    not_done: Vec<Vec<String>>,
    still_done: Vec<Vec<String>>,
    quiet: Vec<Vec<String>>,
    classes: Vec<Class>,
    urgent_class: Option<usize>,
    patterns: Vec<Pattern>,
    scorer: Option<crate::crisis_model::Scorer>,
}

/// A class, indexed by the forms its entries' first words can take.
#[derive(Debug, Clone, Default)]
struct Class {
    /// First word (each of its forms) to the words that must follow it, one list per entry.
    by_first: HashMap<String, Vec<Vec<String>>>,
}

#[derive(Debug, Clone)]
enum Part {
    Class(usize),
    Word(String),
}

#[derive(Debug, Clone)]
struct Pattern {
    id: String,
    situation: HelpSituation,
    kind: PatternKind,
    urgent: bool,
    gap: usize,
    requires: Vec<usize>,
    parts: Vec<Part>,
}

/// One word of the text, with the sentence it stands in.
#[derive(Debug, Clone)]
struct Clause {
    words: Vec<String>,
    sentence: usize,
}

/// For each class, for each start in a clause, where its entries end.
type ClassTable = Vec<Vec<Vec<usize>>>;

/// A clause with its class table.
struct View<'a> {
    words: &'a [String],
    table: &'a ClassTable,
}

/// Where a part can end, from a given start.
enum PartEnds<'t> {
    Class(&'t Vec<usize>),
    Word(Option<usize>),
}

/// Where one pattern matched in a clause: the first and one past the last word, and the word
/// ranges of the gaps between its parts.
#[derive(Debug, Clone)]
struct Span {
    start: usize,
    end: usize,
    gaps: Vec<(usize, usize)>,
}

/// Splits text into lower-case words; `None` marks a clause end and `Some(true)`-style sentence
/// ends are told apart by the caller through [`raw_tokens`].
enum Token {
    Word(String),
    ClauseEnd,
    SentenceEnd,
}

fn raw_tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Vec<Token>| {
        let word = current.trim_matches('\'');
        if !word.is_empty() {
            out.push(Token::Word(word.to_owned()));
        }
        current.clear();
    };
    for c in text.chars() {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' => '\'',
            c => c,
        };
        if c.is_alphanumeric() || c == '\'' {
            current.extend(c.to_lowercase());
        } else {
            flush(&mut current, &mut out);
            match c {
                '.' | '!' | '?' | '\n' => out.push(Token::SentenceEnd),
                ';' | ':' | ',' | '(' | ')' | '\u{2014}' | '\u{2013}' => out.push(Token::ClauseEnd),
                _ => {}
            }
        }
    }
    flush(&mut current, &mut out);
    out
}

/// Splits a pack string (an entry, a negation, a saying) into words, the same way text is.
pub fn words(text: &str) -> Vec<String> {
    raw_tokens(text)
        .into_iter()
        .filter_map(|t| match t {
            Token::Word(w) => Some(w),
            _ => None,
        })
        .collect()
}

/// The other forms of an English word: -s, -es, -ed, -d, -ing, with a doubled last consonant
/// and y turned to i where English spells it so. Over-generating is harmless: a form no one
/// writes never matches.
fn english_forms(word: &str) -> Vec<String> {
    let mut out = vec![word.to_owned()];
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n < 2 || !chars.iter().all(|c| c.is_alphabetic()) {
        return out;
    }
    let vowel = |c: char| "aeiou".contains(c);
    let last = chars[n - 1];
    let push = |out: &mut Vec<String>, s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    // -s / -es
    if last == 's' || last == 'x' || last == 'z' || word.ends_with("ch") || word.ends_with("sh") {
        push(&mut out, format!("{word}es"));
    } else if last == 'y' && !vowel(chars[n - 2]) {
        let stem: String = chars[..n - 1].iter().collect();
        push(&mut out, format!("{stem}ies"));
        push(&mut out, format!("{stem}ied"));
    } else {
        push(&mut out, format!("{word}s"));
    }
    // -ed / -ing
    if last == 'e' {
        let stem: String = chars[..n - 1].iter().collect();
        push(&mut out, format!("{word}d"));
        push(&mut out, format!("{stem}ing"));
    } else {
        push(&mut out, format!("{word}ed"));
        push(&mut out, format!("{word}ing"));
        // A short word ending consonant-vowel-consonant doubles it: hit, hitting; slap, slapped.
        if n >= 3
            && !vowel(last)
            && !"wxy".contains(last)
            && vowel(chars[n - 2])
            && !vowel(chars[n - 3])
        {
            push(&mut out, format!("{word}{last}ed"));
            push(&mut out, format!("{word}{last}ing"));
        }
    }
    out
}

impl Matcher {
    /// Compiles a pack's check. Problems with a pattern (an unknown class, a part that is not a
    /// word) are returned; the validator reports them at their place.
    pub fn new(check: &CrisisCheck) -> Result<Self, Vec<CompileProblem>> {
        let spellings: HashMap<String, Vec<String>> = check
            .spellings
            .iter()
            .map(|(from, to)| (from.to_lowercase(), words(to)))
            .collect();
        let respell = |text: &str| -> Vec<String> {
            words(text)
                .into_iter()
                .flat_map(|w| spellings.get(&w).cloned().unwrap_or_else(|| vec![w]))
                .collect()
        };
        let forms = |word: &str, inflect: bool| -> Vec<String> {
            let mut all = if inflect && check.inflection == Inflection::English {
                english_forms(word)
            } else {
                vec![word.to_owned()]
            };
            if inflect && let Some(irregular) = check.irregular.get(word) {
                all.extend(irregular.iter().map(|w| w.to_lowercase()));
            }
            all
        };
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut classes = Vec::with_capacity(check.classes.len());
        for (i, class) in check.classes.iter().enumerate() {
            index.entry(class.id.as_str()).or_insert(i);
            let mut compiled = Class::default();
            for entry in &class.words {
                let entry = respell(entry);
                let Some((first, rest)) = entry.split_first() else {
                    continue;
                };
                for form in forms(first, class.inflect) {
                    compiled
                        .by_first
                        .entry(form)
                        .or_default()
                        .push(rest.to_vec());
                }
            }
            classes.push(compiled);
        }
        let mut problems = Vec::new();
        let mut patterns = Vec::with_capacity(check.patterns.len());
        for (p, pattern) in check.patterns.iter().enumerate() {
            let mut parts = Vec::new();
            for part in pattern.sequence.split_whitespace() {
                if let Some(name) = part.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    match index.get(name) {
                        Some(&i) => parts.push(Part::Class(i)),
                        None => problems.push(CompileProblem {
                            pattern: p,
                            message: format!("the class `{name}` is not defined"),
                        }),
                    }
                } else {
                    let respelled = respell(part);
                    if respelled.is_empty() || part.contains(['{', '}']) {
                        problems.push(CompileProblem {
                            pattern: p,
                            message: format!(
                                "the part \"{part}\" is neither a word nor a {{class}}"
                            ),
                        });
                    }
                    parts.extend(respelled.into_iter().map(Part::Word));
                }
            }
            if parts.is_empty() && !problems.iter().any(|q| q.pattern == p) {
                problems.push(CompileProblem {
                    pattern: p,
                    message: "the pattern has no parts".to_owned(),
                });
            }
            let mut requires = Vec::new();
            for name in &pattern.requires {
                match index.get(name.as_str()) {
                    Some(&i) => requires.push(i),
                    None => problems.push(CompileProblem {
                        pattern: p,
                        message: format!("the class `{name}` it requires is not defined"),
                    }),
                }
            }
            patterns.push(Pattern {
                requires,
                id: pattern.id.clone(),
                situation: pattern.situation,
                kind: pattern.kind,
                urgent: pattern.urgent,
                gap: pattern.gap as usize,
                parts,
            });
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Matcher {
            negations: check
                .negations
                .iter()
                .map(|n| respell(n))
                .filter(|n| !n.is_empty())
                .collect(),
            negation_flips: check
                .negation_flips
                .iter()
                .flat_map(|n| respell(n))
                .collect(),
            wish_window: check.negation_window as usize,
            done_window: check.done_negation_window as usize,
            clause_breaks: check
                .clause_breaks
                .iter()
                .map(|n| respell(n))
                .filter(|n| !n.is_empty())
                .collect(),
            not_his: check.not_his.iter().map(|n| respell(n)).collect(),
            not_done: check.not_done.iter().map(|n| respell(n)).collect(),
            still_done: check.still_done.iter().map(|n| respell(n)).collect(),
            quiet: check
                .quiet
                .iter()
                .map(|n| respell(n))
                .filter(|n| !n.is_empty())
                .collect(),
            urgent_class: index.get(URGENT_CLASS).copied(),
            scorer: check
                .model
                .as_ref()
                .and_then(crate::crisis_model::Scorer::new),
            classes,
            patterns,
            spellings,
        })
    }

    /// The text's clauses, respelled, each with its sentence number.
    fn clauses(&self, text: &str) -> Vec<Clause> {
        let mut out: Vec<Clause> = Vec::new();
        let mut sentence = 0;
        let mut current: Vec<String> = Vec::new();
        let close = |current: &mut Vec<String>, sentence: usize, out: &mut Vec<Clause>| {
            if !current.is_empty() {
                out.push(Clause {
                    words: std::mem::take(current),
                    sentence,
                });
            }
        };
        for token in raw_tokens(text) {
            match token {
                Token::Word(w) => match self.spellings.get(&w) {
                    Some(to) => current.extend(to.iter().cloned()),
                    None => current.push(w),
                },
                Token::ClauseEnd => close(&mut current, sentence, &mut out),
                Token::SentenceEnd => {
                    close(&mut current, sentence, &mut out);
                    sentence += 1;
                }
            }
        }
        close(&mut current, sentence, &mut out);
        // Clause-break words ("but") start a new clause of the same sentence.
        if self.clause_breaks.is_empty() {
            return out;
        }
        let mut split = Vec::with_capacity(out.len());
        for clause in out {
            let mut start = 0;
            let mut i = 0;
            while i < clause.words.len() {
                if let Some(brk) = self
                    .clause_breaks
                    .iter()
                    .find(|b| clause.words[i..].starts_with(b))
                {
                    if i > start {
                        split.push(Clause {
                            words: clause.words[start..i].to_vec(),
                            sentence: clause.sentence,
                        });
                    }
                    i += brk.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            if start < clause.words.len() {
                split.push(Clause {
                    words: clause.words[start..].to_vec(),
                    sentence: clause.sentence,
                });
            }
        }
        split
    }

    /// Where each of `class`'s entries ends when it starts at `at`.
    fn class_ends(&self, class: usize, words: &[String], at: usize) -> Vec<usize> {
        let Some(rests) = self.classes[class].by_first.get(&words[at]) else {
            return Vec::new();
        };
        let mut ends: Vec<usize> = rests
            .iter()
            .filter(|rest| words[at + 1..].starts_with(rest))
            .map(|rest| at + 1 + rest.len())
            .collect();
        ends.sort_unstable();
        ends.dedup();
        ends
    }

    /// Where each class's entries end, for every class and every start in `words`: found once
    /// per clause, then read by every pattern.
    fn class_table(&self, words: &[String]) -> ClassTable {
        (0..self.classes.len())
            .map(|class| {
                (0..words.len())
                    .map(|at| self.class_ends(class, words, at))
                    .collect()
            })
            .collect()
    }

    fn part_ends<'t>(&self, part: &Part, view: &'t View<'_>, at: usize) -> PartEnds<'t> {
        match part {
            Part::Class(c) => PartEnds::Class(&view.table[*c][at]),
            Part::Word(w) => PartEnds::Word((view.words[at] == *w).then_some(at + 1)),
        }
    }

    /// Every way `pattern`'s parts from `part` on match from `at`, each with its gaps.
    fn spans_from(
        &self,
        pattern: &Pattern,
        part: usize,
        view: &View<'_>,
        at: usize,
        gaps: &mut Vec<(usize, usize)>,
        out: &mut Vec<Span>,
    ) {
        if part == pattern.parts.len() {
            // The first part's "gap" is empty and marks where the match starts.
            out.push(Span {
                start: gaps.first().map_or(at, |g| g.1),
                end: at,
                gaps: gaps.clone(),
            });
            return;
        }
        let allowed = if part == 0 { 0 } else { pattern.gap };
        for skip in 0..=allowed {
            let here = at + skip;
            if here >= view.words.len() {
                break;
            }
            let ends: Vec<usize> = match self.part_ends(&pattern.parts[part], view, here) {
                PartEnds::Class(ends) => ends.clone(),
                PartEnds::Word(end) => end.into_iter().collect(),
            };
            for end in ends {
                gaps.push((at, here));
                self.spans_from(pattern, part + 1, view, end, gaps, out);
                gaps.pop();
            }
        }
    }

    /// Whether a negation ends within `window` words before the match, or stands in a gap
    /// inside it.
    fn negated(&self, words: &[String], span: &Span, window: usize) -> bool {
        // A negation that ends at `e` and starts at or after `floor`.
        let ends_at = |e: usize, floor: usize| {
            self.negations.iter().any(|n| {
                n.len() <= e - floor
                    && words[e - n.len()..e] == n[..]
                    && !words
                        .get(e)
                        .is_some_and(|next| self.negation_flips.contains(next))
            })
        };
        let before = (span.start.saturating_sub(window) + 1..=span.start).any(|e| ends_at(e, 0));
        let inside = span
            .gaps
            .iter()
            .any(|&(a, b)| (a + 1..=b).any(|e| ends_at(e, a)));
        before || inside
    }

    /// Whether a quiet saying overlaps the match, or touches it on either side ("asked if I
    /// would ever hurt her", "wrote letters to my kids to open on their 18th").
    fn quiet_overlaps(&self, words: &[String], span: &Span) -> bool {
        self.quiet.iter().any(|q| {
            (0..(words.len() + 1).saturating_sub(q.len())).any(|i| {
                words[i..i + q.len()] == q[..] && i <= span.end && i + q.len() >= span.start
            })
        })
    }

    /// Every match in `text`, in the order found.
    pub fn findings(&self, text: &str) -> Vec<Finding> {
        let clauses = self.clauses(text);
        let tables: Vec<ClassTable> = clauses.iter().map(|c| self.class_table(&c.words)).collect();
        let in_clause =
            |table: &ClassTable, class: usize| table[class].iter().any(|e| !e.is_empty());
        let present: Vec<bool> = (0..self.classes.len())
            .map(|class| tables.iter().any(|t| in_clause(t, class)))
            .collect();
        let urgent_sentences: HashSet<usize> = match self.urgent_class {
            Some(class) => clauses
                .iter()
                .zip(&tables)
                .filter(|(_, t)| in_clause(t, class))
                .map(|(c, _)| c.sentence)
                .collect(),
            None => HashSet::new(),
        };
        let mut out: Vec<Finding> = Vec::new();
        for (clause, table) in clauses.iter().zip(&tables) {
            let words = &clause.words;
            let view = View { words, table };
            for pattern in &self.patterns {
                if out.iter().any(|f| f.pattern == pattern.id)
                    || pattern.requires.iter().any(|&class| !present[class])
                {
                    continue;
                }
                let window = match pattern.kind {
                    PatternKind::Wish => self.wish_window,
                    PatternKind::Done => self.done_window,
                };
                let mut spans = Vec::new();
                for at in 0..words.len() {
                    self.spans_from(pattern, 0, &view, at, &mut Vec::new(), &mut spans);
                }
                let found = spans.iter().any(|s| {
                    let ends_before = |list: &[Vec<String>]| {
                        list.iter()
                            .any(|l| !l.is_empty() && words[..s.start].ends_with(l))
                    };
                    if ends_before(&self.not_his) {
                        return false;
                    }
                    let cancelled = match pattern.kind {
                        PatternKind::Wish => self.negated(words, s, window),
                        PatternKind::Done => {
                            if ends_before(&self.still_done) {
                                self.negated(words, s, 0)
                            } else {
                                ends_before(&self.not_done) || self.negated(words, s, window)
                            }
                        }
                    };
                    !cancelled && !self.quiet_overlaps(words, s)
                });
                if found {
                    let urgent = pattern.urgent
                        || urgent_sentences.contains(&clause.sentence)
                        || urgent_sentences.contains(&(clause.sentence + 1));
                    out.push(Finding {
                        situation: pattern.situation,
                        pattern: pattern.id.clone(),
                        urgent,
                    });
                }
            }
        }
        out
    }

    /// Every word of `text`, respelled as the patterns read them, in order.
    pub fn words_of(&self, text: &str) -> Vec<String> {
        self.clauses(text)
            .into_iter()
            .flat_map(|c| c.words)
            .collect()
    }

    /// What the model says about `text`, when the pack has one.
    pub fn model_score(&self, text: &str) -> Option<crate::crisis_model::Score> {
        Some(self.scorer.as_ref()?.score(&self.words_of(text)))
    }

    /// The model's finding, when no pattern matched and the model flags the text: pattern
    /// [`MODEL_PATTERN`], urgent when a word of the `urgent` class stands anywhere in it.
    fn model_finding(&self, text: &str) -> Option<Finding> {
        let situation = self.model_score(text)?.situation?;
        let urgent = self.urgent_class.is_some_and(|class| {
            self.clauses(text).iter().any(|c| {
                (0..c.words.len()).any(|i| !self.class_ends(class, &c.words, i).is_empty())
            })
        });
        Some(Finding {
            situation,
            pattern: MODEL_PATTERN.to_owned(),
            urgent,
        })
    }

    /// The one finding to answer: an urgent one first, then by [`MATCH_SITUATIONS`].
    pub fn check(&self, text: &str) -> Option<Finding> {
        let rank = |f: &Finding| {
            (
                !f.urgent,
                MATCH_SITUATIONS
                    .iter()
                    .position(|s| *s == f.situation)
                    .unwrap_or(MATCH_SITUATIONS.len()),
            )
        };
        self.findings_or_model(text).into_iter().min_by_key(rank)
    }

    /// Every pattern's finding in `text`, or, when no pattern matched, the model's.
    pub fn findings_or_model(&self, text: &str) -> Vec<Finding> {
        let found = self.findings(text);
        if found.is_empty() {
            self.model_finding(text).into_iter().collect()
        } else {
            found
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CrisisPattern, WordClass};

    fn class(id: &str, inflect: bool, words: &[&str]) -> WordClass {
        WordClass {
            id: id.into(),
            inflect,
            words: words.iter().map(|w| (*w).to_owned()).collect(),
        }
    }

    fn pattern(id: &str, situation: HelpSituation, kind: PatternKind, seq: &str) -> CrisisPattern {
        CrisisPattern {
            id: id.into(),
            situation,
            kind,
            urgent: false,
            gap: 2,
            requires: vec![],
            sequence: seq.into(),
            catches: vec![],
            ignores: vec![],
        }
    }

    fn check() -> CrisisCheck {
        CrisisCheck {
            inflection: Inflection::English,
            irregular: [("throw".to_owned(), vec!["threw".to_owned()])].into(),
            spellings: [
                ("gonna".to_owned(), "going to".to_owned()),
                ("didn't".to_owned(), "did not".to_owned()),
                ("don't".to_owned(), "do not".to_owned()),
                ("i'll".to_owned(), "i will".to_owned()),
            ]
            .into(),
            negations: vec!["not".into(), "never".into()],
            negation_flips: vec!["stop".into()],
            negation_window: 3,
            done_negation_window: 1,
            not_his: vec!["she".into()],
            not_done: vec!["to".into(), "will".into()],
            still_done: vec!["mean to".into()],
            clause_breaks: vec!["but".into()],
            quiet: vec!["hit her up".into()],
            classes: vec![
                class("person", false, &["her", "my wife", "the baby"]),
                class("harm", true, &["hit", "push", "throw", "put my hands on"]),
                class(
                    "intent",
                    false,
                    &["going to", "i will", "want to", "wanting to"],
                ),
                class("die", true, &["die", "kill myself"]),
                class("urgent", false, &["tonight", "right now"]),
            ],
            patterns: vec![
                pattern(
                    "harm-intent",
                    HelpSituation::HurtSomeone,
                    PatternKind::Wish,
                    "{intent} {harm} {person}",
                ),
                pattern(
                    "harm-done",
                    HelpSituation::HurtSomeone,
                    PatternKind::Done,
                    "{harm} {person}",
                ),
                pattern(
                    "wish-to-die",
                    HelpSituation::SelfHarm,
                    PatternKind::Wish,
                    "{intent} {die}",
                ),
            ],
            model: None,
        }
    }

    fn found(text: &str) -> Option<(HelpSituation, String, bool)> {
        Matcher::new(&check())
            .expect("compiles")
            .check(text)
            .map(|f| (f.situation, f.pattern, f.urgent))
    }

    #[test]
    fn the_first_word_of_an_inflected_entry_matches_its_other_forms() {
        for text in [
            "I hit her",
            "he hits her",
            "hitting her",
            "I pushed her",
            "I threw the baby",
            "I put my hands on her",
        ] {
            assert!(found(text).is_some(), "{text}");
        }
        assert_eq!(
            found("I putting my hands on her").map(|f| f.1),
            Some("harm-done".into())
        );
        assert!(found("hither").is_none());
    }

    #[test]
    fn a_negation_cancels_a_wish_before_it_but_not_an_admission_with_an_excuse() {
        assert!(found("I would never want to hit her").is_none());
        assert!(found("I don't want to die").is_none());
        assert!(found("I didn't hit her").is_none());
        assert_eq!(
            found("I didn't mean to hit her").map(|f| f.1),
            Some("harm-done".into())
        );
        assert_eq!(
            found("I don't know why I pushed her").map(|f| f.0),
            Some(HelpSituation::HurtSomeone)
        );
    }

    #[test]
    fn a_negation_in_another_clause_does_not_cancel_and_one_inside_the_match_does() {
        assert_eq!(
            found("Not good, want to die").map(|f| f.0),
            Some(HelpSituation::SelfHarm)
        );
        assert_eq!(
            found("Never thought I'd say it but I'm gonna hit her").map(|f| f.1),
            Some("harm-intent".into())
        );
        assert!(found("I want to not die").is_none());
        assert_eq!(
            found("I can not stop wanting to die").map(|f| f.0),
            Some(HelpSituation::SelfHarm),
            "a negation followed by a flip word is undone"
        );
        assert!(found("I do not want to die").is_none());
    }

    #[test]
    fn quote_marks_and_curly_apostrophes_do_not_hide_words() {
        assert!(
            found("'kill myself' is all I want to do").is_none(),
            "no intent before it"
        );
        assert_eq!(
            found("i want to 'kill myself'").map(|f| f.0),
            Some(HelpSituation::SelfHarm)
        );
        assert!(found("I don’t want to die").is_none());
    }

    #[test]
    fn a_quiet_saying_drops_the_match_it_overlaps() {
        assert!(found("I'll hit her up later").is_none());
        assert!(found("I hit her").is_some());
    }

    #[test]
    fn a_word_of_the_urgent_class_in_the_sentence_or_the_one_before_makes_it_urgent() {
        assert_eq!(
            found("I want to die tonight"),
            Some((HelpSituation::SelfHarm, "wish-to-die".into(), true))
        );
        assert_eq!(
            found("I want to die. Tonight."),
            Some((HelpSituation::SelfHarm, "wish-to-die".into(), true))
        );
        assert_eq!(
            found("Tonight was ok. Some days I want to die").map(|f| f.2),
            Some(false)
        );
    }

    #[test]
    fn the_gap_bounds_the_words_between_parts() {
        assert!(found("I'm going to really hit her").is_some());
        assert_eq!(
            found("I will go to the shops, the gym, to hit her").map(|f| f.1),
            None,
            "too far for the wish, and after \"to\" it is not a thing done"
        );
        let mut c = check();
        c.patterns.truncate(1);
        let m = Matcher::new(&c).expect("compiles");
        assert!(
            m.check("I am going to go and then really hit her")
                .is_none()
        );
        assert!(m.check("I am going to really hit her").is_some());
    }

    #[test]
    fn a_word_written_into_a_pattern_is_passed_before_its_next_part_is_looked_for() {
        let mut c = check();
        let mut at = pattern(
            "throw-at",
            HelpSituation::HurtSomeone,
            PatternKind::Done,
            "{harm} at {person}",
        );
        at.gap = 0;
        c.patterns = vec![at];
        let m = Matcher::new(&c).expect("compiles");
        assert_eq!(
            m.check("then threw at her").map(|f| f.pattern).as_deref(),
            Some("throw-at")
        );
        assert!(m.check("then threw it at her").is_none(), "no gap allowed");
    }

    #[test]
    fn an_urgent_finding_is_chosen_before_the_situation_order() {
        let m = Matcher::new(&check()).expect("compiles");
        let f = m
            .check("I want to die. Work was long. I'm going to hit her right now")
            .expect("found");
        assert_eq!((f.situation, f.urgent), (HelpSituation::HurtSomeone, true));
        let f = m
            .check("I want to die. I'm going to hit her")
            .expect("found");
        assert_eq!(f.situation, HelpSituation::SelfHarm);
    }

    #[test]
    fn a_pattern_naming_an_unknown_class_does_not_compile() {
        let mut c = check();
        c.patterns.push(pattern(
            "x",
            HelpSituation::SelfHarm,
            PatternKind::Wish,
            "{nope} die",
        ));
        let problems = Matcher::new(&c).expect_err("unknown class");
        assert_eq!(problems[0].pattern, 3);
        assert!(problems[0].message.contains("`nope`"));
    }

    #[test]
    fn a_not_his_word_right_before_makes_it_someone_elses() {
        assert!(
            found("she hits her").is_none(),
            "her sister's husband, not him"
        );
        assert!(found("I hit her").is_some());
    }

    #[test]
    fn a_clause_break_word_ends_a_negation_s_reach() {
        assert!(found("I would never say it").is_none());
        assert_eq!(
            found("Never thought I would write this but I want to die").map(|f| f.0),
            Some(HelpSituation::SelfHarm)
        );
        let mut c = check();
        c.clause_breaks.clear();
        let m = Matcher::new(&c).expect("compiles");
        assert!(
            m.check("Never but I want to die").is_none(),
            "without the break the negation reaches the wish"
        );
    }

    #[test]
    fn a_pattern_that_requires_a_class_counts_only_when_one_of_its_words_is_there() {
        let mut c = check();
        c.patterns[2].requires = vec!["urgent".into()];
        let m = Matcher::new(&c).expect("compiles");
        assert!(m.check("I want to die").is_none());
        let f = m.check("I want to die. Tonight.").expect("found");
        assert_eq!(f.pattern, "wish-to-die");
    }

    #[test]
    fn an_urgent_pattern_is_urgent_without_urgent_words() {
        let mut c = check();
        c.patterns[1].urgent = true;
        let m = Matcher::new(&c).expect("compiles");
        assert_eq!(m.check("I hit her").map(|f| f.urgent), Some(true));
        assert_eq!(found("I hit her").map(|f| f.2), Some(false));
    }

    #[test]
    fn words_of_respells_and_keeps_every_clause_in_order() {
        let m = Matcher::new(&check()).expect("compiles");
        assert_eq!(
            m.words_of("I'm gonna go. Don't wait, OK?"),
            ["i'm", "going", "to", "go", "do", "not", "wait", "ok"]
        );
    }

    #[test]
    fn the_model_speaks_only_when_no_pattern_matched() {
        let line = |t: &str, l: Option<HelpSituation>| {
            (
                t.split_whitespace().map(str::to_owned).collect::<Vec<_>>(),
                l,
            )
        };
        let lines = vec![
            line("the rope is in the shed", Some(HelpSituation::SelfHarm)),
            line("looking at the rope again", Some(HelpSituation::SelfHarm)),
            line("rope in the ute", Some(HelpSituation::SelfHarm)),
            line("went to the footy", None),
            line("mowed the lawn", None),
            line("had tea with the kids", None),
        ];
        let mut c = check();
        c.model = Some(crate::crisis_model::train(&lines, 0.5));
        let m = Matcher::new(&c).expect("compiles");
        let f = m
            .check("that rope in the shed")
            .expect("the model finds it");
        assert_eq!(
            (f.situation, f.pattern.as_str()),
            (HelpSituation::SelfHarm, MODEL_PATTERN)
        );
        assert!(!f.urgent);
        let f = m
            .check("that rope in the shed tonight")
            .expect("the model finds it");
        assert!(
            f.urgent,
            "an urgent word anywhere makes the model's finding urgent"
        );
        let f = m.check("I want to die").expect("a pattern finds it");
        assert_eq!(
            f.pattern, "wish-to-die",
            "a pattern's finding comes before the model's"
        );
        assert!(m.check("mowed the lawn with the kids").is_none());
    }

    #[test]
    fn english_forms_are_exactly_the_regular_endings() {
        let forms = |w: &str| english_forms(w);
        assert_eq!(forms("a"), ["a"], "one letter has no other forms");
        assert_eq!(
            forms("b2b"),
            ["b2b"],
            "a word with digits has no other forms"
        );
        assert_eq!(forms("go"), ["go", "gos", "goed", "going"]);
        assert_eq!(forms("kick"), ["kick", "kicks", "kicked", "kicking"]);
        assert_eq!(
            forms("row"),
            ["row", "rows", "rowed", "rowing"],
            "w is never doubled"
        );
        assert_eq!(forms("shout"), ["shout", "shouts", "shouted", "shouting"]);
        assert_eq!(
            forms("hit"),
            ["hit", "hits", "hited", "hiting", "hitted", "hitting"]
        );
        assert_eq!(forms("annoy"), ["annoy", "annoys", "annoyed", "annoying"]);
        assert_eq!(
            forms("strap"),
            [
                "strap",
                "straps",
                "straped",
                "straping",
                "strapped",
                "strapping"
            ],
            "the vowel before the last letter decides the doubling"
        );
        for (word, plural) in [
            ("kiss", "kisses"),
            ("box", "boxes"),
            ("buzz", "buzzes"),
            ("punch", "punches"),
            ("push", "pushes"),
        ] {
            assert!(forms(word).contains(&plural.to_owned()), "{word}");
            assert!(!forms(word).contains(&format!("{word}s")), "{word}");
        }
    }

    #[test]
    fn a_negation_one_word_past_the_window_does_not_cancel_a_wish() {
        // "not" ends three words before "want to", just outside a window of three.
        assert_eq!(
            found("I did not sleep well and want to die").map(|f| f.0),
            Some(HelpSituation::SelfHarm)
        );
        assert!(
            found("I did not really want to die").is_none(),
            "inside the window"
        );
    }

    #[test]
    fn i_dont_know_why_i_want_to_die_is_caught_because_the_negation_ends_just_past_the_window() {
        // "i do not know why i want to die": "not" ends four words before "want".
        assert_eq!(
            found("I don't know why I want to die").map(|f| f.0),
            Some(HelpSituation::SelfHarm)
        );
    }

    #[test]
    fn a_comma_ends_a_clause_so_a_negation_right_before_it_does_not_reach_the_wish() {
        // Without the comma "not" would end two words before "want": inside the window.
        assert_eq!(
            found("Not good, want to die.").map(|f| f.0),
            Some(HelpSituation::SelfHarm)
        );
        assert!(
            found("Not good want to die.").is_none(),
            "one clause: cancelled"
        );
    }

    #[test]
    fn quote_marks_around_words_are_dropped_before_matching() {
        assert_eq!(
            found("'i want to kill myself' is all I can think").map(|f| f.0),
            Some(HelpSituation::SelfHarm)
        );
        assert_eq!(words("'kill myself'"), ["kill", "myself"]);
        assert_eq!(words("\u{2018}don\u{2019}t\u{2019}"), ["don't"]);
    }

    #[test]
    fn a_negation_that_starts_before_a_gap_does_not_count_as_inside_it() {
        let mut c = check();
        c.negations = vec!["hard not".into()];
        c.classes.push(class("a", false, &["hard"]));
        c.patterns = vec![pattern(
            "ab",
            HelpSituation::SelfHarm,
            PatternKind::Done,
            "{a} {die}",
        )];
        let m = Matcher::new(&c).expect("compiles");
        assert!(m.check("hard not die").is_some());
        c.negations = vec!["not".into()];
        let m = Matcher::new(&c).expect("compiles");
        assert!(
            m.check("hard not die").is_none(),
            "a negation wholly in the gap cancels"
        );
    }

    #[test]
    fn a_quiet_saying_is_found_at_the_end_of_a_clause_and_only_near_the_match() {
        assert!(found("I'll hit her up").is_none(), "at the very end");
        assert!(
            found("so I said hit her up later then I hit her").is_some(),
            "a saying earlier in the clause, not touching the match, leaves it"
        );
    }

    #[test]
    fn english_forms_cover_regular_endings() {
        let f = english_forms("slap");
        for w in ["slaps", "slapped", "slapping"] {
            assert!(f.contains(&w.to_owned()), "{w}");
        }
        let f = english_forms("choke");
        for w in ["chokes", "choked", "choking"] {
            assert!(f.contains(&w.to_owned()), "{w}");
        }
        let f = english_forms("cry");
        for w in ["cries", "cried", "crying"] {
            assert!(f.contains(&w.to_owned()), "{w}");
        }
        let f = english_forms("punch");
        for w in ["punches", "punched", "punching"] {
            assert!(f.contains(&w.to_owned()), "{w}");
        }
    }
}
