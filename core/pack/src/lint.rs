//! The content lint: how the writing reads, beyond what the validator requires.
//!
//! - Reading level: each step's text (with its exercise's prompt and hint) scored on the reading
//!   scale of the pack's language ([`ReadingScale::for_locale`]), with a syllable-counting
//!   heuristic for that language. English: the Flesch-Kincaid grade, grade 8 or below. French:
//!   Kandel and Moles' reading ease (their adaptation of Flesch's formula to French), 60 or
//!   above. The target is met by at least 95% of steps.
//! - Phrases to avoid: shaming or clinical words, kept in a plain file authors can edit
//!   (`avoid.txt` in the pack folder, see [`AvoidList::parse`]), each hit located.
//! - Length limits: titles, summaries, prompts and options that fit a phone screen.
//!
//! `safety.toml` is checked where it is prose (situation titles, intros and first steps, the risk
//! questions, the safety plan, the pause safeguards), never in its crisis check (classes, patterns
//! and their sample lines) or the crisis model, which hold a man's own words on purpose. Each of
//! its parts must meet the scale's target (grade 8 or below in English).

use crate::diagnostic::{Diagnostic, Location, ModuleAt, Seg, keys};
use crate::model::{Block, Exercise, Pack, Safety};
use crate::source::LoadedPack;

/// The reading grade a step should not go above, in English.
pub const TARGET_GRADE: f64 = 8.0;

/// The reading ease a step should reach, in French (Kandel and Moles' scale, 0 to 100 and
/// beyond: 60 to 70 is their "standard" band, the level Flesch's grade 8 to 9 stands for).
pub const TARGET_EASE_FR: f64 = 60.0;

/// The language whose rules score the reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadingLanguage {
    /// English syllables, the Flesch-Kincaid grade.
    English,
    /// French syllables, Kandel and Moles' reading ease.
    French,
}

/// How a pack's language measures reading, and the target each step must meet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReadingScale {
    /// Whose syllables and formula.
    pub language: ReadingLanguage,
    /// What the score is called in a report: "grade", "reading ease".
    pub unit: &'static str,
    /// The formula's name.
    pub formula: &'static str,
    /// The target each step should meet.
    pub target: f64,
}

impl ReadingScale {
    /// English: the Flesch-Kincaid grade, 8 or below.
    pub const ENGLISH: ReadingScale = ReadingScale {
        language: ReadingLanguage::English,
        unit: "grade",
        formula: "Flesch-Kincaid",
        target: TARGET_GRADE,
    };

    /// French: Kandel and Moles' reading ease, 60 or above (L. Kandel and A. Moles, "Application
    /// de l'indice de Flesch à la langue française", Cahiers Études de Radio-Télévision 19,
    /// 1958): 207 − 1.015 × words per sentence − 73.6 × syllables per word.
    pub const FRENCH: ReadingScale = ReadingScale {
        language: ReadingLanguage::French,
        unit: "reading ease",
        formula: "Kandel-Moles",
        target: TARGET_EASE_FR,
    };

    /// The scale for a pack's `locale`: French for `fr` and its regions, English otherwise.
    pub fn for_locale(locale: &str) -> ReadingScale {
        let language = locale.split(['-', '_']).next().unwrap_or_default();
        if language.eq_ignore_ascii_case("fr") {
            ReadingScale::FRENCH
        } else {
            ReadingScale::ENGLISH
        }
    }

    /// Whether a score meets the target: at or below a grade, at or above a reading ease.
    pub fn meets(&self, score: f64) -> bool {
        match self.language {
            ReadingLanguage::English => score <= self.target,
            ReadingLanguage::French => score >= self.target,
        }
    }

    /// How much harder `a` reads than `b` (for "hardest first").
    pub fn harder(&self, a: f64, b: f64) -> std::cmp::Ordering {
        match self.language {
            ReadingLanguage::English => a.total_cmp(&b),
            ReadingLanguage::French => b.total_cmp(&a),
        }
    }

    /// "at grade 8 or below", "at a reading ease of 60 or above".
    pub fn target_words(&self) -> String {
        match self.language {
            ReadingLanguage::English => format!("at grade {} or below", self.target),
            ReadingLanguage::French => format!("at a reading ease of {} or above", self.target),
        }
    }
}

/// The share of steps that must meet their scale's target.
pub const TARGET_SHARE: f64 = 0.95;

/// Length limits in characters, by what is limited.
pub mod limits {
    /// A module's title.
    pub const MODULE_TITLE: usize = 60;
    /// A step's title.
    pub const STEP_TITLE: usize = 50;
    /// A module's summary.
    pub const SUMMARY: usize = 140;
    /// An exercise's prompt, or a plan's title.
    pub const PROMPT: usize = 200;
    /// An exercise's hint, or a plan field's hint.
    pub const HINT: usize = 160;
    /// An option, checklist item, suggestion or body-scan region.
    pub const OPTION: usize = 140;
    /// A plan field's label.
    pub const LABEL: usize = 60;
    /// A scale's end label.
    pub const SCALE_LABEL: usize = 40;
    /// An emotion's definition.
    pub const DEFINITION: usize = 90;
    /// A journal prompt.
    pub const JOURNAL_PROMPT: usize = 140;
    /// Who a help line is for.
    pub const FOR_WHOM: usize = 200;
    /// A situation's title on the help now screen.
    pub const SITUATION_TITLE: usize = 60;
    /// A situation's intro, or the risk questions' intro.
    pub const INTRO: usize = 140;
    /// A risk question.
    pub const QUESTION: usize = 140;
    /// An answer button: yes, no, skip.
    pub const ANSWER: usize = 30;
}

/// The file whose prose is checked by its fields rather than as a whole (its phrase lists are
/// a man's own words, not ours).
const SAFETY_FILE: &str = "safety.toml";

/// One entry of the list of phrases to avoid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AvoidEntry {
    /// The phrase, lowercase.
    pub phrase: String,
    /// Matches any word starting with the phrase (written `word*`).
    pub prefix: bool,
    /// Checked in titles and headings only (written `heading: phrase`).
    pub headings_only: bool,
    /// What to write instead (written `phrase => instead`).
    pub instead: Option<String>,
}

/// The phrases to avoid.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AvoidList {
    /// The entries, in file order.
    pub entries: Vec<AvoidEntry>,
}

impl AvoidList {
    /// Reads the list: one phrase a line, matched ignoring case as whole words; blank lines and
    /// lines starting with `#` are ignored.
    ///
    /// - `phrase => what to write instead` adds a suggestion;
    /// - `heading: phrase` checks only titles and headings;
    /// - `word*` matches any word starting with `word`.
    pub fn parse(text: &str) -> Self {
        let entries = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|line| {
                let (phrase, instead) = match line.split_once("=>") {
                    Some((p, i)) => (p.trim(), Some(i.trim().to_owned())),
                    None => (line, None),
                };
                let (phrase, headings_only) = match phrase.strip_prefix("heading:") {
                    Some(p) => (p.trim(), true),
                    None => (phrase, false),
                };
                let (phrase, prefix) = match phrase.strip_suffix('*') {
                    Some(p) => (p.trim(), true),
                    None => (phrase, false),
                };
                let phrase = phrase.to_ascii_lowercase();
                (!phrase.is_empty()).then_some(AvoidEntry {
                    phrase,
                    prefix,
                    headings_only,
                    instead: instead.filter(|i| !i.is_empty()),
                })
            })
            .collect();
        Self { entries }
    }
}

/// The reading grade of one step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepGrade {
    /// The module's id.
    pub module: String,
    /// The step's number, from 1.
    pub step: usize,
    /// The step's title.
    pub title: String,
    /// Where the step starts: `file:line:col`.
    pub file: String,
    /// The line of the step's heading.
    pub line: u32,
    /// Words read.
    pub words: usize,
    /// Sentences read.
    pub sentences: usize,
    /// Its score on the pack's [`ReadingScale`]: a grade in English, a reading ease in French.
    pub score: f64,
}

/// What the lint found.
#[derive(Debug, Clone, PartialEq)]
pub struct LintReport {
    /// How the pack's language measures reading.
    pub scale: ReadingScale,
    /// The reading score of every step that has text, in pack order.
    pub grades: Vec<StepGrade>,
    /// Phrases to avoid and lengths over their limit, each located.
    pub findings: Vec<Diagnostic>,
}

impl LintReport {
    /// An empty report for a pack in `scale`'s language.
    pub fn new(scale: ReadingScale) -> Self {
        Self {
            scale,
            grades: Vec::new(),
            findings: Vec::new(),
        }
    }

    /// The share of graded steps that meet the scale's target (1.0 when no step has text).
    pub fn share_meeting_target(&self) -> f64 {
        if self.grades.is_empty() {
            return 1.0;
        }
        let n = self
            .grades
            .iter()
            .filter(|g| self.scale.meets(g.score))
            .count();
        n as f64 / self.grades.len() as f64
    }

    /// Whether enough steps meet the reading target.
    pub fn reading_target_met(&self) -> bool {
        self.share_meeting_target() >= TARGET_SHARE
    }

    /// Whether the lint passes: the reading target is met and nothing was found.
    pub fn passes(&self) -> bool {
        self.reading_target_met() && self.findings.is_empty()
    }

    /// How many steps fall in each band of the scale. English, by grade rounded up (grade 6.2
    /// is in band 7): `("<= 4", n)`, `("5", n)`, ... `(">= 12", n)`. French, by reading ease
    /// rounded down to tens: `("< 30", n)`, `("30", n)`, ... `(">= 90", n)`.
    pub fn distribution(&self) -> Vec<(String, usize)> {
        if self.scale.language == ReadingLanguage::French {
            let mut bands = vec![0usize; 8];
            for g in &self.grades {
                let band = ((g.score / 10.0).floor().clamp(2.0, 9.0) as usize).saturating_sub(2);
                bands[band] += 1;
            }
            return bands
                .into_iter()
                .enumerate()
                .map(|(i, n)| {
                    let label = match i {
                        0 => "< 30".to_owned(),
                        7 => ">= 90".to_owned(),
                        _ => ((i + 2) * 10).to_string(),
                    };
                    (label, n)
                })
                .collect();
        }
        let mut bands = vec![0usize; 9];
        for g in &self.grades {
            let band = (g.score.ceil().clamp(4.0, 12.0) as usize)
                .saturating_sub(4)
                .min(8);
            bands[band] += 1;
        }
        bands
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                let label = match i {
                    0 => "<= 4".to_owned(),
                    8 => ">= 12".to_owned(),
                    _ => (i + 4).to_string(),
                };
                (label, n)
            })
            .collect()
    }
}

/// Lints a pack read from its folder.
pub fn lint(loaded: &LoadedPack, avoid: &AvoidList) -> LintReport {
    let pack = loaded.pack();
    let scale = ReadingScale::for_locale(&pack.manifest.locale);
    let mut report = LintReport::new(scale);
    for (index, module) in pack.modules.iter().enumerate() {
        for (s, step) in module.steps.iter().enumerate() {
            let mut pieces: Vec<String> = step.blocks.iter().flat_map(block_sentences).collect();
            if let Some(exercise) = &step.exercise {
                pieces.extend(exercise.reading_text().into_iter().map(str::to_owned));
            }
            let Some(score) = readability_in(&pieces, scale) else {
                continue;
            };
            let (file, line, _) = loaded.locate(&Location::Module {
                index,
                at: ModuleAt::StepTitle(s),
            });
            report.grades.push(StepGrade {
                module: module.meta.id.clone(),
                step: s + 1,
                title: step.title.clone(),
                file,
                line,
                words: score.words,
                sentences: score.sentences,
                score: score.score,
            });
        }
    }
    for over in lengths(pack) {
        let (file, line, col) = loaded.locate(&over.at);
        report.findings.push(Diagnostic {
            file,
            line,
            col,
            message: format!(
                "{} is {} characters, over the limit of {}",
                over.what, over.len, over.limit
            ),
            fix: "shorten it so it fits a phone screen".to_owned(),
        });
    }
    for (display, text) in loaded.files() {
        // safety.toml is linted by its prose below; the crisis model holds a man's own words
        // on purpose, as the crisis check's classes do.
        let name = std::path::Path::new(display).file_name();
        if name == Some(SAFETY_FILE.as_ref()) || name == Some(crate::CRISIS_MODEL_FILE.as_ref()) {
            continue;
        }
        for hit in find_avoided(text, avoid) {
            let (line, col) = loaded.position(display, hit.offset);
            report
                .findings
                .push(avoided(display.to_owned(), line, col, &hit));
        }
    }
    for (at, text) in safety_prose(&pack.safety) {
        let headings = matches!(at.last(), Some(Seg::Key(k)) if k == "title");
        let hits = find_avoided_in_text(text, avoid, headings);
        if hits.is_empty() {
            continue;
        }
        let place = loaded.toml_place(&Location::Safety(at.clone()));
        for hit in hits {
            let (file, line, col) = match place {
                Some((display, file_text, value)) => {
                    let start = value + string_start(file_text, value, text).unwrap_or(0);
                    let (line, col) = loaded.position(display, start + hit.offset);
                    (display.to_owned(), line, col)
                }
                None => loaded.locate(&Location::Safety(at.clone())),
            };
            report.findings.push(avoided(file, line, col, &hit));
        }
    }
    for unit in safety_units(&pack.safety) {
        let Some(score) = readability_in(&unit.pieces, scale) else {
            continue;
        };
        if !scale.meets(score.score) {
            let (file, line, col) = loaded.locate(&Location::Safety(unit.at));
            report.findings.push(Diagnostic {
                file,
                line,
                col,
                message: format!(
                    "{} reads at {} {:.1}, not {} ({} words in {} sentences)",
                    unit.what,
                    scale.unit,
                    score.score,
                    scale.target_words(),
                    score.words,
                    score.sentences
                ),
                fix: "it is read on a hard night: use shorter sentences and shorter words"
                    .to_owned(),
            });
        }
    }
    report
        .findings
        .sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    report
}

fn avoided(file: String, line: u32, col: u32, hit: &Hit<'_>) -> Diagnostic {
    Diagnostic {
        file,
        line,
        col,
        message: format!("\"{}\" is on the list of phrases to avoid", hit.matched),
        fix: match &hit.entry.instead {
            Some(instead) => format!("write {instead}"),
            None => "say it in plain, respectful words".to_owned(),
        },
    }
}

/// Where a TOML string's text starts, counted from its value's offset: after the opening quote
/// or quotes, when the text is written there exactly (no escapes).
fn string_start(file_text: &str, value: usize, text: &str) -> Option<usize> {
    let rest = file_text.get(value..)?;
    [
        "\"\"\"\n",
        "\"\"\"\r\n",
        "'''\n",
        "'''\r\n",
        "\"\"\"",
        "'''",
        "\"",
        "'",
    ]
    .into_iter()
    .find(|quote| rest.starts_with(quote) && rest[quote.len()..].starts_with(text))
    .map(str::len)
}

/// Every piece of prose in `safety.toml`, with its path: everything a person reads, and nothing
/// of the crisis check.
fn safety_prose(safety: &Safety) -> Vec<(Vec<Seg>, &str)> {
    let mut out: Vec<(Vec<Seg>, &str)> = Vec::new();
    for (i, s) in safety.situations.iter().enumerate() {
        out.push((keys!["situations", i, "title"], &s.title));
        out.push((keys!["situations", i, "intro"], &s.intro));
        for (f, step) in s.first_steps.iter().enumerate() {
            out.push((keys!["situations", i, "first_steps", f], step));
        }
    }
    for (key, text) in safety.risk_questions.texts() {
        out.push((keys!["risk_questions", key], text));
    }
    for (key, text) in safety.home_safety.texts() {
        out.push((keys!["home_safety", key], text));
    }
    for (key, text) in safety.dad_mood_check.texts() {
        out.push((keys!["dad_mood_check", key], text));
    }
    for (i, answer) in safety.dad_mood_check.answers.iter().enumerate() {
        out.push((keys!["dad_mood_check", "answers", i], answer));
    }
    let answer = &safety.crisis_answer;
    for (key, text) in answer.texts() {
        out.push((keys!["crisis_answer", key], text));
    }
    for (i, s) in answer.situations.iter().enumerate() {
        for (key, text) in s.texts() {
            out.push((keys!["crisis_answer", "situations", i, key], text));
        }
        for (n, step) in s.steps.iter().enumerate() {
            out.push((keys!["crisis_answer", "situations", i, "steps", n], step));
        }
    }
    for (key, text) in answer.follow_up.texts() {
        out.push((keys!["crisis_answer", "follow_up", key], text));
    }
    for (i, step) in safety.safety_plan.iter().enumerate() {
        out.push((keys!["safety_plan", i, "title"], &step.title));
        out.push((keys!["safety_plan", i, "prompt"], &step.prompt));
        for (e, example) in step.examples.iter().enumerate() {
            out.push((keys!["safety_plan", i, "examples", e], example));
        }
    }
    for (i, line) in safety.pause_safeguards.iter().enumerate() {
        out.push((keys!["pause_safeguards", i], line));
    }
    if let Some(g) = &safety.grounding {
        out.push((keys!["grounding", "intro"], &g.intro));
        for (i, step) in g.steps.iter().enumerate() {
            out.push((keys!["grounding", "steps", i, "say"], &step.say));
        }
        out.push((keys!["grounding", "closing"], &g.closing));
    }
    out
}

/// A part of `safety.toml` graded as one piece of reading.
struct SafetyUnit {
    at: Vec<Seg>,
    what: String,
    pieces: Vec<String>,
}

/// The parts of `safety.toml` that are graded: each situation (title, intro and first steps), the
/// risk questions (without the answer labels), each safety plan step, and the pause safeguards
/// together.
fn safety_units(safety: &Safety) -> Vec<SafetyUnit> {
    let mut out = Vec::new();
    for (i, s) in safety.situations.iter().enumerate() {
        out.push(SafetyUnit {
            at: keys!["situations", i, "intro"],
            what: format!("the situation `{}`", s.id.as_str()),
            pieces: [&s.title, &s.intro]
                .into_iter()
                .chain(&s.first_steps)
                .cloned()
                .collect(),
        });
    }
    let q = &safety.risk_questions;
    out.push(SafetyUnit {
        at: keys!["risk_questions"],
        what: "the risk questions".to_owned(),
        pieces: vec![q.intro.clone(), q.self_harm.clone(), q.hurt_someone.clone()],
    });
    let h = &safety.home_safety;
    out.push(SafetyUnit {
        at: keys!["home_safety"],
        what: "the home safety question".to_owned(),
        pieces: vec![
            h.intro.clone(),
            h.question.clone(),
            h.not_yet.clone(),
            h.ask_again.clone(),
            h.after_no.clone(),
        ],
    });
    let d = &safety.dad_mood_check;
    out.push(SafetyUnit {
        at: keys!["dad_mood_check"],
        what: "the new dad's mood check".to_owned(),
        pieces: vec![
            d.intro.clone(),
            d.stem.clone(),
            d.interest.clone(),
            d.down.clone(),
            d.temper.clone(),
            d.hard.clone(),
            d.hard_next.clone(),
            d.easy.clone(),
            d.easy_next.clone(),
        ],
    });
    for (i, step) in safety.safety_plan.iter().enumerate() {
        let mut pieces = vec![step.title.clone(), step.prompt.clone()];
        pieces.extend(step.examples.iter().cloned());
        out.push(SafetyUnit {
            at: keys!["safety_plan", i, "prompt"],
            what: format!("the safety plan step `{}`", step.id),
            pieces,
        });
    }
    out.push(SafetyUnit {
        at: keys!["pause_safeguards"],
        what: "the pause safeguards".to_owned(),
        pieces: safety.pause_safeguards.clone(),
    });
    out
}

/// The sentences of a block: each list item counts as one.
fn block_sentences(block: &Block) -> Vec<String> {
    block
        .runs()
        .into_iter()
        .map(crate::model::plain_text)
        .collect()
}

/// Counts of a piece of text, and its score on a reading scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Readability {
    /// Words.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Syllables, by heuristic.
    pub syllables: usize,
    /// In English, the Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per
    /// word − 15.59. In French, Kandel and Moles' reading ease: 207 − 1.015 × words per sentence
    /// − 73.6 × syllables per word.
    pub score: f64,
}

/// The English readability of pieces of text (each piece ends a sentence): the Flesch-Kincaid
/// grade; `None` if there are no words.
pub fn readability(pieces: &[String]) -> Option<Readability> {
    readability_in(pieces, ReadingScale::ENGLISH)
}

/// The readability of pieces of text on `scale`, counting syllables by its language's rules;
/// `None` if there are no words.
pub fn readability_in(pieces: &[String], scale: ReadingScale) -> Option<Readability> {
    let mut words = 0;
    let mut sentences = 0;
    let mut syllables = 0;
    for piece in pieces {
        let mut in_sentence = false;
        for token in piece.split_whitespace() {
            let word: String = token
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == '\'' || *c == '’' || *c == '-')
                .collect();
            if word.chars().any(char::is_alphanumeric) {
                words += 1;
                syllables += match scale.language {
                    ReadingLanguage::English => word_syllables(&word),
                    ReadingLanguage::French => french_syllables(&word),
                };
                in_sentence = true;
            }
            let end = token.trim_end_matches(['"', '\'', '’', '”', ')', '*', '»', '\u{a0}']);
            if in_sentence && (end.ends_with('.') || end.ends_with('!') || end.ends_with('?')) {
                sentences += 1;
                in_sentence = false;
            }
        }
        if in_sentence {
            sentences += 1;
        }
    }
    if words == 0 {
        return None;
    }
    let w = words as f64;
    let per_sentence = w / sentences.max(1) as f64;
    let per_word = syllables as f64 / w;
    let score = match scale.language {
        ReadingLanguage::English => 0.39 * per_sentence + 11.8 * per_word - 15.59,
        ReadingLanguage::French => 207.0 - 1.015 * per_sentence - 73.6 * per_word,
    };
    Some(Readability {
        words,
        sentences,
        syllables,
        score,
    })
}

/// Counts the syllables of a French word with a heuristic: groups of vowels (`ou`, `eau`, `oi`
/// are one), a `u` after `q` silent, `é` before another vowel its own syllable (`cré-a-tion`),
/// a silent final `e` or `es` after a consonant (`table`, `tables`, but `idée`), and at least
/// one. Parts joined by an apostrophe or a hyphen count on their own (`aujourd'hui`,
/// `peut-être`); a part with no vowel (`l'`, `j'`) adds none.
pub fn french_syllables(word: &str) -> usize {
    let vowel = |c: char| "aeiouyàâäéèêëîïôöùûüÿœæ".contains(c);
    let mut total = 0;
    for part in word.split(['\'', '’', '-']).filter(|p| !p.is_empty()) {
        let w: Vec<char> = part
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        if w.is_empty() {
            // A number: one syllable per group of digits.
            total += part
                .split(|c: char| !c.is_ascii_digit())
                .filter(|p| !p.is_empty())
                .count();
            continue;
        }
        let mut count = 0;
        let mut prev = false;
        for (i, &c) in w.iter().enumerate() {
            let v = vowel(c) && !(c == 'u' && i > 0 && w[i - 1] == 'q');
            if v && (!prev || (w[i - 1] == 'é' && c != 'e')) {
                count += 1;
            }
            prev = v;
        }
        let n = w.len();
        let silent_e = match (w.last(), n) {
            (Some('e'), n) if n >= 2 => !vowel(w[n - 2]),
            (Some('s'), n) if n >= 3 && w[n - 2] == 'e' => !vowel(w[n - 3]),
            _ => false,
        };
        if silent_e && count > 1 {
            count -= 1;
        }
        total += count;
    }
    total.max(1)
}

/// Counts the syllables of a word with a heuristic: vowel groups, less a silent final `e` and
/// a silent `-es`/`-ed`, and at least one. Hyphenated words count each part.
pub fn word_syllables(word: &str) -> usize {
    let parts: Vec<&str> = word.split('-').filter(|p| !p.is_empty()).collect();
    if parts.len() > 1 {
        return parts.iter().map(|p| word_syllables(p)).sum();
    }
    let w: String = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if w.is_empty() {
        // A number: count one syllable per group of digits.
        return word
            .split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty())
            .count()
            .max(1);
    }
    if w.len() <= 3 {
        return 1;
    }
    let b = w.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let mut count = 0;
    let mut prev = false;
    for (i, &c) in b.iter().enumerate() {
        // A leading `y` is a consonant ("yes", "you").
        let v = vowel(c) && !(c == b'y' && i == 0);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = b.len();
    let consonant = |c: u8| !vowel(c);
    if w.ends_with('e')
        && !w.ends_with("le")
        && !w.ends_with("ee")
        && !w.ends_with("ye")
        && count > 1
    {
        count -= 1; // make, stone
    } else if w.ends_with("le") && n >= 3 && !consonant(b[n - 3]) && count > 1 {
        count -= 1; // whale, smile
    }
    if w.ends_with("es") && count > 1 {
        let stem = &w[..n - 2];
        let sibilant = ["s", "z", "x", "ch", "sh", "g", "c"]
            .iter()
            .any(|s| stem.ends_with(s));
        if !sibilant {
            count -= 1; // takes, makes
        }
    }
    if w.ends_with("ed") && count > 1 && !w.ends_with("ted") && !w.ends_with("ded") {
        count -= 1; // walked, seemed
    }
    count.max(1)
}

struct Over {
    at: Location,
    what: &'static str,
    len: usize,
    limit: usize,
}

/// Every text over its length limit.
fn lengths(pack: &Pack) -> Vec<Over> {
    let mut out = Vec::new();
    let mut check = |at: Location, what: &'static str, text: &str, limit: usize| {
        let len = text.chars().count();
        if len > limit {
            out.push(Over {
                at,
                what,
                len,
                limit,
            });
        }
    };
    for (index, module) in pack.modules.iter().enumerate() {
        let meta = |key: &str| Location::Module {
            index,
            at: ModuleAt::Meta(keys![key]),
        };
        check(
            meta("title"),
            "the module title",
            &module.meta.title,
            limits::MODULE_TITLE,
        );
        check(
            meta("summary"),
            "the summary",
            &module.meta.summary,
            limits::SUMMARY,
        );
        for (s, step) in module.steps.iter().enumerate() {
            check(
                Location::Module {
                    index,
                    at: ModuleAt::StepTitle(s),
                },
                "the step title",
                &step.title,
                limits::STEP_TITLE,
            );
            let Some(exercise) = &step.exercise else {
                continue;
            };
            let ex = |path: Vec<Seg>| Location::Module {
                index,
                at: ModuleAt::Exercise { step: s, path },
            };
            let mut lists: Vec<(&str, &[String])> = Vec::new();
            match exercise {
                Exercise::Reflection(e) => {
                    check(ex(keys!["prompt"]), "the prompt", &e.prompt, limits::PROMPT);
                    if let Some(h) = &e.hint {
                        check(ex(keys!["hint"]), "the hint", h, limits::HINT);
                    }
                }
                Exercise::Scale(e) => {
                    check(ex(keys!["prompt"]), "the prompt", &e.prompt, limits::PROMPT);
                    check(
                        ex(keys!["min_label"]),
                        "the label",
                        &e.min_label,
                        limits::SCALE_LABEL,
                    );
                    check(
                        ex(keys!["max_label"]),
                        "the label",
                        &e.max_label,
                        limits::SCALE_LABEL,
                    );
                }
                Exercise::Choice(e) => {
                    check(ex(keys!["prompt"]), "the prompt", &e.prompt, limits::PROMPT);
                    lists.push(("options", &e.options));
                }
                Exercise::MultiChoice(e) => {
                    check(ex(keys!["prompt"]), "the prompt", &e.prompt, limits::PROMPT);
                    lists.push(("options", &e.options));
                }
                Exercise::Emotions(e) => {
                    check(ex(keys!["prompt"]), "the prompt", &e.prompt, limits::PROMPT);
                }
                Exercise::Checklist(e) => {
                    check(ex(keys!["prompt"]), "the prompt", &e.prompt, limits::PROMPT);
                    lists.push(("items", &e.items));
                }
                Exercise::Breathing(e) => {
                    if let Some(p) = &e.prompt {
                        check(ex(keys!["prompt"]), "the prompt", p, limits::PROMPT);
                    }
                }
                Exercise::BodyScan(e) => {
                    if let Some(p) = &e.prompt {
                        check(ex(keys!["prompt"]), "the prompt", p, limits::PROMPT);
                    }
                    lists.push(("regions", &e.regions));
                }
                Exercise::Plan(e) => {
                    check(
                        ex(keys!["title"]),
                        "the plan title",
                        &e.title,
                        limits::PROMPT,
                    );
                    for (i, f) in e.fields.iter().enumerate() {
                        check(
                            ex(keys!["fields", i, "label"]),
                            "the label",
                            &f.label,
                            limits::LABEL,
                        );
                        if let Some(h) = &f.hint {
                            check(ex(keys!["fields", i, "hint"]), "the hint", h, limits::HINT);
                        }
                    }
                }
                Exercise::Commitment(e) => {
                    check(ex(keys!["prompt"]), "the prompt", &e.prompt, limits::PROMPT);
                    lists.push(("suggestions", &e.suggestions));
                }
            }
            for (key, values) in lists {
                for (i, v) in values.iter().enumerate() {
                    check(ex(keys![key, i]), "the option", v, limits::OPTION);
                }
            }
        }
    }
    for (i, e) in pack.emotions.iter().enumerate() {
        check(
            Location::Emotions(keys!["emotions", i, "definition"]),
            "the definition",
            &e.definition,
            limits::DEFINITION,
        );
    }
    for (i, p) in pack.prompts.iter().enumerate() {
        check(
            Location::Prompts(keys!["prompts", i, "text"]),
            "the prompt",
            &p.text,
            limits::JOURNAL_PROMPT,
        );
    }
    for (r, region) in pack.helplines.iter().enumerate() {
        for (l, line) in region.lines.iter().enumerate() {
            check(
                Location::Helplines(keys!["regions", r, "lines", l, "for_whom"]),
                "`for_whom`",
                &line.for_whom,
                limits::FOR_WHOM,
            );
        }
    }
    for (i, group) in pack.peer_groups.iter().enumerate() {
        for (key, what, value) in [
            ("what", "`what`", &group.what),
            ("for_whom", "`for_whom`", &group.for_whom),
            ("find", "`find`", &group.find),
        ] {
            check(
                Location::PeerGroups(keys!["groups", i, key]),
                what,
                value,
                limits::FOR_WHOM,
            );
        }
    }
    let safety = &pack.safety;
    let at = Location::Safety;
    for (i, s) in safety.situations.iter().enumerate() {
        check(
            at(keys!["situations", i, "title"]),
            "the situation title",
            &s.title,
            limits::SITUATION_TITLE,
        );
        check(
            at(keys!["situations", i, "intro"]),
            "the intro",
            &s.intro,
            limits::INTRO,
        );
        for (f, step) in s.first_steps.iter().enumerate() {
            check(
                at(keys!["situations", i, "first_steps", f]),
                "the first step",
                step,
                limits::OPTION,
            );
        }
    }
    let q = &safety.risk_questions;
    check(
        at(keys!["risk_questions", "intro"]),
        "the intro",
        &q.intro,
        limits::INTRO,
    );
    for (key, text) in [
        ("self_harm", &q.self_harm),
        ("hurt_someone", &q.hurt_someone),
    ] {
        check(
            at(keys!["risk_questions", key]),
            "the question",
            text,
            limits::QUESTION,
        );
    }
    for (key, text) in [
        ("yes_label", &q.yes_label),
        ("no_label", &q.no_label),
        ("skip_label", &q.skip_label),
    ] {
        check(
            at(keys!["risk_questions", key]),
            "the answer",
            text,
            limits::ANSWER,
        );
    }
    let h = &safety.home_safety;
    check(
        at(keys!["home_safety", "intro"]),
        "the intro",
        &h.intro,
        limits::INTRO,
    );
    check(
        at(keys!["home_safety", "question"]),
        "the question",
        &h.question,
        limits::QUESTION,
    );
    for (key, text) in [
        ("yes_label", &h.yes_label),
        ("no_label", &h.no_label),
        ("not_sure_label", &h.not_sure_label),
    ] {
        check(
            at(keys!["home_safety", key]),
            "the answer",
            text,
            limits::ANSWER,
        );
    }
    for (key, text) in [
        ("ask_label", &h.ask_label),
        ("closed_label", &h.closed_label),
        ("own_work", &h.own_work),
    ] {
        check(
            at(keys!["home_safety", key]),
            "the label",
            text,
            limits::SITUATION_TITLE,
        );
    }
    for (key, text) in [
        ("not_yet", &h.not_yet),
        ("ask_again", &h.ask_again),
        ("after_no", &h.after_no),
    ] {
        check(
            at(keys!["home_safety", key]),
            "the line",
            text,
            limits::PROMPT,
        );
    }
    let d = &safety.dad_mood_check;
    check(
        at(keys!["dad_mood_check", "intro"]),
        "the intro",
        &d.intro,
        limits::INTRO,
    );
    for (key, text) in [
        ("stem", &d.stem),
        ("interest", &d.interest),
        ("down", &d.down),
        ("temper", &d.temper),
    ] {
        check(
            at(keys!["dad_mood_check", key]),
            "the question",
            text,
            limits::QUESTION,
        );
    }
    for (i, text) in d.answers.iter().enumerate() {
        check(
            at(keys!["dad_mood_check", "answers", i]),
            "the answer",
            text,
            limits::ANSWER,
        );
    }
    for (key, text) in [
        ("card_title", &d.card_title),
        ("start_label", &d.start_label),
        ("not_now_label", &d.not_now_label),
        ("done_label", &d.done_label),
    ] {
        check(
            at(keys!["dad_mood_check", key]),
            "the label",
            text,
            limits::SITUATION_TITLE,
        );
    }
    for (key, text) in [
        ("card_message", &d.card_message),
        ("hard", &d.hard),
        ("hard_next", &d.hard_next),
        ("easy", &d.easy),
        ("easy_next", &d.easy_next),
    ] {
        check(
            at(keys!["dad_mood_check", key]),
            "the line",
            text,
            limits::PROMPT,
        );
    }
    for (i, step) in safety.safety_plan.iter().enumerate() {
        check(
            at(keys!["safety_plan", i, "title"]),
            "the step title",
            &step.title,
            limits::STEP_TITLE,
        );
        check(
            at(keys!["safety_plan", i, "prompt"]),
            "the prompt",
            &step.prompt,
            limits::PROMPT,
        );
        for (e, example) in step.examples.iter().enumerate() {
            check(
                at(keys!["safety_plan", i, "examples", e]),
                "the example",
                example,
                limits::OPTION,
            );
        }
    }
    for (i, line) in safety.pause_safeguards.iter().enumerate() {
        check(
            at(keys!["pause_safeguards", i]),
            "the safeguard",
            line,
            limits::OPTION,
        );
    }
    out
}

struct Hit<'a> {
    offset: usize,
    matched: String,
    entry: &'a AvoidEntry,
}

/// Every phrase to avoid in a file's text, with its byte offset.
fn find_avoided<'a>(text: &str, avoid: &'a AvoidList) -> Vec<Hit<'a>> {
    let mut hits = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let lower = line.to_ascii_lowercase();
        let trimmed = lower.trim_start();
        let heading = line_is_markdown_heading(trimmed)
            || trimmed.starts_with("title =")
            || trimmed.starts_with("title=");
        // Web addresses are where a line or a source lives, never prose anyone reads.
        let addresses = web_addresses(&lower);
        for entry in &avoid.entries {
            if entry.headings_only && !heading {
                continue;
            }
            hits.extend(
                matches_of(&lower, line, line_start, entry)
                    .into_iter()
                    .filter(|h| {
                        !addresses
                            .iter()
                            .any(|a| a.contains(&(h.offset - line_start)))
                    }),
            );
        }
        line_start += line.len();
    }
    hits
}

/// The byte ranges of the web addresses (`http://` or `https://` up to a space, quote or
/// bracket) in `text`.
fn web_addresses(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|s| s.find("http")) {
        let start = from + found;
        let rest = &text[start..];
        let end = start
            + rest
                .find(|c: char| {
                    c.is_whitespace() || matches!(c, '"' | '\'' | '(' | ')' | '<' | '>')
                })
                .unwrap_or(rest.len());
        if rest.starts_with("https://") || rest.starts_with("http://") {
            out.push(start..end);
        }
        from = end.max(start + 4);
    }
    out
}

/// Every phrase to avoid in one piece of text (not a file), with byte offsets into it;
/// `heading` says whether heading-only phrases apply.
fn find_avoided_in_text<'a>(text: &str, avoid: &'a AvoidList, heading: bool) -> Vec<Hit<'a>> {
    let mut hits = Vec::new();
    let lower = text.to_ascii_lowercase();
    for entry in &avoid.entries {
        if entry.headings_only && !heading {
            continue;
        }
        hits.extend(matches_of(&lower, text, 0, entry));
    }
    hits.sort_by_key(|h| h.offset);
    hits
}

/// The whole-word matches of `entry` in `lower` (the lowercase of `original`), offsets shifted
/// by `base`.
fn matches_of<'a>(lower: &str, original: &str, base: usize, entry: &'a AvoidEntry) -> Vec<Hit<'a>> {
    let mut hits = Vec::new();
    let mut from = 0;
    while let Some(found) = lower.get(from..).and_then(|s| s.find(&entry.phrase)) {
        let start = from + found;
        let mut end = start + entry.phrase.len();
        from = end;
        let before_ok = lower[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if entry.prefix {
            end += lower[end..]
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .map(char::len_utf8)
                .sum::<usize>();
        }
        let after_ok = lower[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            hits.push(Hit {
                offset: base + start,
                matched: original
                    .get(start..end)
                    .unwrap_or(&lower[start..end])
                    .to_owned(),
                entry,
            });
        }
    }
    hits
}

/// A Markdown heading line (`## Title`), as opposed to a TOML comment (`# note`).
fn line_is_markdown_heading(line: &str) -> bool {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    hashes >= 1 && line[hashes..].starts_with(' ') && hashes <= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_are_counted_by_vowel_groups_with_common_silent_endings() {
        for (word, n) in [
            ("the", 1),
            ("make", 1),
            ("makes", 1),
            ("walked", 1),
            ("wanted", 2),
            ("little", 2),
            ("anger", 2),
            ("yes", 1),
            ("beautiful", 3),
            ("relationship", 4),
            ("you're", 1),
            ("30-minute", 3),
            ("1800", 1),
            ("emotions", 3),
        ] {
            assert_eq!(word_syllables(word), n, "{word}");
        }
    }

    #[test]
    fn short_plain_sentences_read_at_a_low_grade() {
        let easy = readability(&["You showed up. That took guts. Take a breath.".to_owned()])
            .expect("words");
        assert_eq!(easy.sentences, 3);
        assert!(easy.score < 3.0, "{easy:?}");
        let hard = readability(&["Interpersonal dysregulation characteristically precipitates considerable psychological deterioration within relationships.".to_owned()]).expect("words");
        assert!(hard.score > 16.0, "{hard:?}");
        assert_eq!(readability(&["".to_owned(), "  ".to_owned()]), None);
    }

    #[test]
    fn avoided_phrases_match_whole_words_ignoring_case() {
        let list = AvoidList::parse(
            "# comment\nman up => \"it takes strength to ask for help\"\nheading: mental health\ndiagnos*\n",
        );
        assert_eq!(list.entries.len(), 3);
        let text = "+++\ntitle = \"Mental health\"\n+++\n## Step\n\nJust Man up. Human upkeep.\nYour mental health counts.\nNo diagnosis.\n";
        let hits = find_avoided(text, &list);
        let found: Vec<&str> = hits.iter().map(|h| h.matched.as_str()).collect();
        assert_eq!(found, vec!["Mental health", "Man up", "diagnosis"]);
        assert_eq!(&text[hits[1].offset..hits[1].offset + 6], "Man up");
        let cited = "# hours: https://example.org/diagnosis-and-care.html (\"no diagnosis\")\n";
        let hits = find_avoided(cited, &list);
        assert_eq!(hits.len(), 1, "words in a web address are not prose");
        assert_eq!(&cited[hits[0].offset..hits[0].offset + 9], "diagnosis");
        assert!(hits[0].offset > cited.find(" (").expect("quote"));
    }

    /// A step of ten words with `score` on its pack's scale.
    fn step_scored(score: f64) -> StepGrade {
        StepGrade {
            module: "m".into(),
            step: 1,
            title: "t".into(),
            file: "f".into(),
            line: 1,
            words: 10,
            sentences: 1,
            score,
        }
    }

    #[test]
    fn the_distribution_puts_each_step_in_the_band_of_its_grade_rounded_up() {
        let grade = step_scored;
        let report = LintReport {
            scale: ReadingScale::ENGLISH,
            grades: vec![grade(2.0), grade(6.2), grade(8.0), grade(8.1), grade(15.0)],
            findings: Vec::new(),
        };
        let d = report.distribution();
        assert_eq!(d[0], ("<= 4".to_owned(), 1));
        assert_eq!(d[3], ("7".to_owned(), 1));
        assert_eq!(d[4], ("8".to_owned(), 1));
        assert_eq!(d[5], ("9".to_owned(), 1));
        assert_eq!(d[8], (">= 12".to_owned(), 1));
        assert!((report.share_meeting_target() - 0.6).abs() < 1e-9);
        assert!(!report.reading_target_met());
    }

    #[test]
    fn french_syllables_are_counted_by_french_rules() {
        for (word, n) in [
            ("chat", 1),
            ("maison", 2),
            ("table", 1),
            ("tables", 1),
            ("colère", 2),
            ("idée", 2),
            ("création", 3),
            ("oiseau", 2),
            ("aujourd'hui", 3),
            ("quelqu'un", 2),
            ("l'homme", 1),
            ("peut-être", 2),
            ("respiration", 4),
            ("2026", 1),
        ] {
            assert_eq!(french_syllables(word), n, "{word}");
        }
    }

    #[test]
    fn french_is_scored_by_reading_ease_where_higher_reads_easier() {
        let scale = ReadingScale::for_locale("fr-CA");
        assert_eq!(scale, ReadingScale::FRENCH);
        assert_eq!(ReadingScale::for_locale("en-AU"), ReadingScale::ENGLISH);
        assert_eq!(ReadingScale::for_locale("fr_CA"), ReadingScale::FRENCH);
        let easy = readability_in(
            &["Tu es là. Prends une pause. Respire lentement.".to_owned()],
            scale,
        )
        .expect("words");
        assert_eq!((easy.words, easy.sentences, easy.syllables), (8, 3, 11));
        let expected = 207.0 - 1.015 * (8.0 / 3.0) - 73.6 * (11.0 / 8.0);
        assert!((easy.score - expected).abs() < 1e-9, "{easy:?}");
        assert!(scale.meets(easy.score));
        let hard = readability_in(
            &["La dysrégulation interpersonnelle précipite caractéristiquement une détérioration psychologique considérable au sein des relations conjugales contemporaines.".to_owned()],
            scale,
        )
        .expect("words");
        assert!(!scale.meets(hard.score), "{hard:?}");
        assert!(scale.harder(hard.score, easy.score).is_gt());
        assert!(ReadingScale::ENGLISH.harder(9.0, 4.0).is_gt());
        assert!(ReadingScale::ENGLISH.meets(8.0) && !ReadingScale::ENGLISH.meets(8.1));
        assert!(scale.meets(60.0) && !scale.meets(59.9));
    }

    #[test]
    fn the_french_distribution_puts_each_step_in_its_band_of_ten() {
        let step = step_scored;
        let report = LintReport {
            scale: ReadingScale::FRENCH,
            grades: vec![step(12.0), step(59.9), step(60.0), step(75.0), step(104.0)],
            findings: Vec::new(),
        };
        let d = report.distribution();
        assert_eq!(d[0], ("< 30".to_owned(), 1));
        assert_eq!(d[3], ("50".to_owned(), 1));
        assert_eq!(d[4], ("60".to_owned(), 1));
        assert_eq!(d[5], ("70".to_owned(), 1));
        assert_eq!(d[7], (">= 90".to_owned(), 1));
        assert!((report.share_meeting_target() - 0.6).abs() < 1e-9);
    }
}
