//! "Read to me": the player. Every screen with `spoken` text (a lesson step, help now, a plan,
//! the insights) offers it; a guided exercise (breathing, the body scan, grounding) also offers
//! to guide him through its `cues`. The core splits the text into sentences and keeps the
//! position; the shell speaks what `Effect::Speak` hands it, all at once so speech goes on with
//! the screen off, and reports each sentence spoken. Nothing is spoken until he taps, in discreet
//! mode too; the first tap shows the headphones hint instead, and the next one plays. Leaving the
//! screen or a crisis answer on top stops it.
//!
//! Locking stops what is his (a plan read out, his insights) but not what is the app's own: a
//! lesson step, a guided exercise's cues and help now go on through the lock, so he can follow
//! them with the screen off. The lock screen then shows the player (its position and buttons say
//! nothing of his), and unlocking brings him back to the step or to help now, still playing. A
//! guided exercise in a lesson that plays to its end counts as done: its answer is saved on the
//! step (at once, or when unlocking brings him back to it).

use super::{AppScreen, Effect, Navigator, Phase};
use crate::base::text::Language;
use crate::curriculum::{ExerciseAnswer, ExerciseView};
use crate::ffi::ApiError;
use crate::speech::SpokenCue;

/// How fast the voice reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, uniffi::Enum)]
pub enum ReadingSpeed {
    /// Three quarters of the voice's usual pace.
    Slower,
    /// The voice's usual pace.
    #[default]
    Normal,
    /// A quarter faster.
    Faster,
}

impl ReadingSpeed {
    /// The rate, as a multiple of the platform voice's usual one.
    pub fn rate(self) -> f32 {
        match self {
            ReadingSpeed::Slower => 0.75,
            ReadingSpeed::Normal => 1.0,
            ReadingSpeed::Faster => 1.25,
        }
    }

    /// Its name on the speed button, in `language`.
    pub fn label(self, language: Language) -> String {
        language.say(match self {
            ReadingSpeed::Slower => "speech-speed-slower",
            ReadingSpeed::Normal => "speech-speed-normal",
            ReadingSpeed::Faster => "speech-speed-faster",
        })
    }

    /// The speed one tap on the speed button moves to.
    pub fn next(self) -> ReadingSpeed {
        match self {
            ReadingSpeed::Slower => ReadingSpeed::Normal,
            ReadingSpeed::Normal => ReadingSpeed::Faster,
            ReadingSpeed::Faster => ReadingSpeed::Slower,
        }
    }
}

/// One thing for the voice to say, and the silence after it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Utterance {
    /// Its place among the sentences (reported back in `Action::SentenceSpoken`).
    pub index: u32,
    /// What to say.
    pub text: String,
    /// Milliseconds of silence after it (iOS `postUtteranceDelay`, Android
    /// `playSilentUtterance`): a guided exercise's timing; 0 when reading.
    pub pause_after_ms: u32,
}

/// "Read to me" on the screen on top: its buttons, the hint, and the player once started.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReadAloudView {
    /// The button that reads the screen ("Read to me").
    pub read_label: String,
    /// The button that guides him through the exercise's cues, when the screen has one.
    pub guide_label: Option<String>,
    /// The headphones hint, shown after his first tap; the next tap plays.
    pub hint: Option<String>,
    /// The player bar, while reading.
    pub player: Option<PlayerBar>,
}

/// The player bar, ready to draw.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PlayerBar {
    /// Speaking now (else paused).
    pub playing: bool,
    /// Playing a guided exercise's cues (else reading the screen).
    pub guided: bool,
    /// The sentence being read, from 1.
    pub sentence: u32,
    /// How many sentences there are.
    pub count: u32,
    /// "Sentence 3 of 12" (a guided exercise: "Step 3 of 12").
    pub position_label: String,
    /// The play or pause button's label ("Pause" while playing, else "Play").
    pub play_pause_label: String,
    /// "Back one sentence".
    pub back_label: String,
    /// Whether there is a sentence before this one.
    pub can_go_back: bool,
    /// The speed now.
    pub speed: ReadingSpeed,
    /// The speed button's label ("Speed: normal").
    pub speed_label: String,
    /// The speed the speed button moves to.
    pub next_speed: ReadingSpeed,
    /// "Stop".
    pub stop_label: String,
}

/// Abbreviations whose full stop does not end a sentence.
const NOT_AN_END: [&str; 12] = [
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "e.g", "i.e", "approx",
];

/// `text` (spoken text, one part to a line) as its sentences, in order: each line split after
/// a full stop, question or exclamation mark followed by a space and a capital or a digit,
/// except after an abbreviation such as "Dr." or a single initial. Numbers such as "2.5" or
/// "10:30" stay whole. No sentence is empty or only punctuation.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut start = 0;
        for (i, &(at, c)) in chars.iter().enumerate() {
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            // Closing quotes and brackets belong to the sentence they close.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '\u{201d}' | '\u{2019}' | ')') {
                j += 1;
            }
            if j >= chars.len() || !chars[j].1.is_whitespace() {
                continue;
            }
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let Some(&(_, next)) = chars.get(k) else {
                continue;
            };
            if !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '"' | '\u{201c}')) {
                continue;
            }
            if c == '.' && abbreviation_before(&line[start..at]) {
                continue;
            }
            let end = chars.get(j).map_or(line.len(), |&(e, _)| e);
            push_sentence(&mut out, &line[start..end]);
            start = chars[k].0;
        }
        push_sentence(&mut out, &line[start..]);
    }
    out
}

/// Whether the word just before a full stop is an abbreviation or an initial.
fn abbreviation_before(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    NOT_AN_END.contains(&lower.as_str())
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

fn push_sentence(out: &mut Vec<String>, part: &str) {
    let part = part.trim();
    if part.chars().any(char::is_alphanumeric) {
        out.push(part.to_owned());
    }
}

/// About how long a line takes to say at `rate`: 150 words a minute at the usual pace.
fn speaking_ms(line: &str, rate: f32) -> u32 {
    let words = line.split_whitespace().count() as f32;
    (words * 400.0 / rate.max(0.1)) as u32
}

/// The silence after each cue: its seconds less the time the line itself takes to say, so a
/// cue's line and its silence last what the exercise says.
pub fn cue_pauses_ms(cues: &[SpokenCue], rate: f32) -> Vec<u32> {
    cues.iter()
        .map(|c| {
            (c.pause_after_seconds * 1000).saturating_sub(if c.pause_after_seconds == 0 {
                0
            } else {
                speaking_ms(&c.line, rate)
            })
        })
        .collect()
}

/// What is being read, on which screen, and where.
#[derive(Debug, Clone)]
pub(super) struct Reading {
    /// The screen it belongs to (`READABLE_BEFORE_UNLOCK` for help over the lock screen).
    key: u64,
    guided: bool,
    lines: Vec<String>,
    cues: Vec<SpokenCue>,
    /// The sentence being read (the next not yet spoken).
    position: u32,
    playing: bool,
    /// Where to bring him back after unlocking, when it goes on through the lock; `None` when
    /// locking stops it (a plan read out, his insights).
    through_lock: Option<ReturnTo>,
    /// The answer that marks the step's guided exercise done when its cues play to the end.
    done_answer: Option<ExerciseAnswer>,
}

/// Where reading that went on through the lock brings him back to.
#[derive(Debug, Clone, PartialEq)]
enum ReturnTo {
    /// A lesson's step.
    Step { module_id: String, step_index: u32 },
    /// Help now.
    HelpNow,
    /// A plan, whose grounding cues were playing.
    Plan { id: String },
}

/// A guided exercise's answer to save on a step once he can be brought back to it.
#[derive(Debug, Clone)]
struct DoneAnswer {
    module_id: String,
    step_index: u32,
    answer: ExerciseAnswer,
}

/// The player's state, kept by the navigator.
#[derive(Debug, Clone, Default)]
pub(super) struct Player {
    speed: ReadingSpeed,
    reading: Option<Reading>,
    /// The screen the headphones hint was shown on.
    hint_on: Option<u64>,
    /// Where unlocking brings him back to (reading went on through the lock).
    resume: Option<ReturnTo>,
    /// A guided exercise that played to its end while locked, to save when he is back.
    done_while_locked: Option<DoneAnswer>,
}

/// The key of help now shown over the lock screen (no stack entry there).
const READABLE_BEFORE_UNLOCK: u64 = u64::MAX;

/// The key of reading that goes on through the lock (no stack entry while locked).
const READING_THROUGH_LOCK: u64 = u64::MAX - 1;

/// Where reading on `screen` brings him back to after unlocking, or `None` when locking stops
/// it: what is read is his own (a plan, his insights), unless it is a plan's grounding cues.
fn return_to(screen: &AppScreen, guided: bool) -> Option<ReturnTo> {
    match screen {
        AppScreen::LessonStep { step, .. } => Some(ReturnTo::Step {
            module_id: step.module_id.clone(),
            step_index: step.step_index,
        }),
        AppScreen::HelpNow { .. } => Some(ReturnTo::HelpNow),
        _ => None,
    }
    .or_else(|| match screen {
        AppScreen::Plan { document, .. } if guided => Some(ReturnTo::Plan {
            id: document.id.clone(),
        }),
        _ => None,
    })
}

/// The answer that marks a lesson step's guided exercise done, if it has one.
fn done_answer(screen: &AppScreen) -> Option<ExerciseAnswer> {
    let AppScreen::LessonStep { step, .. } = screen else {
        return None;
    };
    match step.exercise.as_ref()? {
        ExerciseView::Breathing { cycles, .. } => Some(ExerciseAnswer::Breathing {
            cycles_done: *cycles,
        }),
        ExerciseView::BodyScan { regions, .. } => Some(ExerciseAnswer::BodyScan {
            regions_done: regions.len() as u32,
        }),
        _ => None,
    }
}

/// What the screen on top can read: its spoken text and its cues.
fn readable_in(screen: &AppScreen) -> Option<(&str, &[SpokenCue])> {
    match screen {
        AppScreen::LessonStep { step, .. } => Some((step.spoken.as_str(), step.cues.as_slice())),
        AppScreen::HelpNow { help } => Some((help.spoken.as_str(), &[][..])),
        AppScreen::Plan { document, .. } => {
            Some((document.spoken.as_str(), document.cues.as_slice()))
        }
        AppScreen::Insights { insights, .. } => Some((insights.spoken.as_str(), &[][..])),
        _ => None,
    }
    .filter(|(spoken, _)| !spoken.trim().is_empty())
}

impl Navigator {
    /// What can be read now, and the key of where it is.
    fn readable(&self) -> Option<(u64, &str, &[SpokenCue])> {
        if let Some(help) = &self.help_before_unlock {
            return Some((READABLE_BEFORE_UNLOCK, &help.spoken, &[]));
        }
        if self.phase != Phase::Unlocked {
            return None;
        }
        let top = self.stack.last()?;
        readable_in(&top.screen).map(|(spoken, cues)| (top.id, spoken, cues))
    }

    /// "Read to me" (or, `guided`, "Guide me through it") on the screen on top.
    pub(super) fn read_aloud(&mut self, guided: bool) -> Result<(), ApiError> {
        let Some((key, spoken, cues)) = self.readable() else {
            return Ok(());
        };
        if guided && cues.is_empty() {
            return Ok(());
        }
        let lines = if guided {
            cues.iter().map(|c| c.line.clone()).collect()
        } else {
            sentences(spoken)
        };
        let cues = cues.to_vec();
        if lines.is_empty() {
            return Ok(());
        }
        let on = self
            .stack
            .last()
            .filter(|top| top.id == key)
            .map(|top| &top.screen);
        let through_lock = on.and_then(|screen| return_to(screen, guided));
        let done_answer = on.filter(|_| guided).and_then(done_answer);
        // The first time, the hint first; the next tap plays. None before unlock: help is read
        // straight away.
        if let Some(core) = self.core.clone().filter(|_| key != READABLE_BEFORE_UNLOCK)
            && core.headphones_hint()?.is_some()
        {
            if self.player.hint_on != Some(key) {
                self.player.hint_on = Some(key);
                return Ok(());
            }
            core.listened()?;
        }
        self.player.hint_on = None;
        if self.player.reading.is_some() {
            self.effects.push(Effect::StopSpeaking);
        }
        self.player.reading = Some(Reading {
            key,
            guided,
            lines,
            cues: if guided { cues } else { Vec::new() },
            position: 0,
            playing: true,
            through_lock,
            done_answer,
        });
        self.speak_from_position();
        Ok(())
    }

    /// Hands the sentences from the position on to the voice.
    fn speak_from_position(&mut self) {
        let rate = self.player.speed.rate();
        let Some(reading) = &self.player.reading else {
            return;
        };
        let pauses = cue_pauses_ms(&reading.cues, rate);
        let utterances = reading
            .lines
            .iter()
            .enumerate()
            .skip(reading.position as usize)
            .map(|(i, text)| Utterance {
                index: i as u32,
                text: text.clone(),
                pause_after_ms: pauses.get(i).copied().unwrap_or(0),
            })
            .collect();
        let locale = self
            .core
            .as_ref()
            .map(|core| core.pack().manifest.locale.clone())
            .or_else(|| self.locale.clone())
            .unwrap_or_else(|| "en".to_owned());
        self.effects.push(Effect::Speak {
            utterances,
            rate,
            locale,
        });
    }

    pub(super) fn pause_reading(&mut self) {
        if let Some(reading) = self.player.reading.as_mut().filter(|r| r.playing) {
            reading.playing = false;
            self.effects.push(Effect::StopSpeaking);
        }
    }

    pub(super) fn resume_reading(&mut self) {
        if let Some(reading) = self.player.reading.as_mut().filter(|r| !r.playing) {
            reading.playing = true;
            self.speak_from_position();
        }
    }

    pub(super) fn back_one_sentence(&mut self) {
        let Some(reading) = self.player.reading.as_mut() else {
            return;
        };
        reading.position = reading.position.saturating_sub(1);
        if reading.playing {
            self.effects.push(Effect::StopSpeaking);
            self.speak_from_position();
        }
    }

    pub(super) fn set_reading_speed(&mut self, speed: ReadingSpeed) {
        if self.player.speed == speed {
            return;
        }
        self.player.speed = speed;
        if self.player.reading.as_ref().is_some_and(|r| r.playing) {
            self.effects.push(Effect::StopSpeaking);
            self.speak_from_position();
        }
    }

    pub(super) fn stop_reading(&mut self) {
        self.player.hint_on = None;
        if self.player.reading.take().is_some() {
            self.effects.push(Effect::StopSpeaking);
        }
    }

    /// The voice finished sentence `index`: the position moves past it.
    pub(super) fn sentence_spoken(&mut self, index: u32) {
        if let Some(reading) = self.player.reading.as_mut().filter(|r| r.playing)
            && index >= reading.position
            && (index as usize) < reading.lines.len()
        {
            reading.position = index + 1;
        }
    }

    /// The voice said everything handed to it: the player closes, and a lesson's guided
    /// exercise counts as done (saved on its step now, or when unlocking brings him back).
    pub(super) fn speech_finished(&mut self) -> Result<(), ApiError> {
        if !self.player.reading.as_ref().is_some_and(|r| r.playing) {
            return Ok(());
        }
        let Some(reading) = self.player.reading.take() else {
            return Ok(());
        };
        let (
            Some(answer),
            Some(ReturnTo::Step {
                module_id,
                step_index,
            }),
        ) = (reading.done_answer, reading.through_lock)
        else {
            return Ok(());
        };
        let done = DoneAnswer {
            module_id,
            step_index,
            answer,
        };
        if reading.key == READING_THROUGH_LOCK {
            self.player.done_while_locked = Some(done);
            Ok(())
        } else {
            self.save_done_answer(done)
        }
    }

    /// Saves a guided exercise's answer on its step, if that step is on top.
    fn save_done_answer(&mut self, done: DoneAnswer) -> Result<(), ApiError> {
        let on_top = matches!(
            self.stack.last().map(|e| &e.screen),
            Some(AppScreen::LessonStep { step, .. })
                if step.module_id == done.module_id && step.step_index == done.step_index
        );
        if !on_top {
            return Ok(());
        }
        let step = self
            .opened()?
            .save_answer(done.module_id, done.step_index, done.answer)?;
        self.replace_top_screen(AppScreen::lesson_step(step), None);
        Ok(())
    }

    /// The app is locking: reading that is the app's own goes on (keyed to the lock now), and
    /// where it was is kept for unlocking; anything else stops after this action.
    pub(super) fn reading_at_lock(&mut self) {
        self.player.hint_on = None;
        self.player.resume = None;
        self.player.done_while_locked = None;
        if let Some(reading) = self.player.reading.as_mut()
            && let Some(back) = reading.through_lock.clone()
        {
            reading.key = READING_THROUGH_LOCK;
            self.player.resume = Some(back);
        }
    }

    /// The lock screen is on top (not help now opened over it): only reading that goes on
    /// through the lock belongs there.
    fn over_lock_screen(&self) -> bool {
        matches!(self.phase, Phase::Locked { .. }) && self.help_before_unlock.is_none()
    }

    /// A link opened at unlocking goes first: reading that went on through the lock is not
    /// brought back to its screen (it stops there, as its screen is not on top).
    pub(super) fn forget_reading_place(&mut self) {
        self.player.resume = None;
        self.player.done_while_locked = None;
    }

    /// Unlocked, at home: back to where reading went on through the lock (the step, help now,
    /// the plan), the reading still playing there; a guided exercise that played to its end
    /// while locked is saved on its step.
    pub(super) fn reading_at_unlock(&mut self) -> Result<(), ApiError> {
        let Some(back) = self.player.resume.take() else {
            return Ok(());
        };
        let done = self.player.done_while_locked.take();
        let still_reading = self
            .player
            .reading
            .as_ref()
            .is_some_and(|r| r.key == READING_THROUGH_LOCK);
        if !still_reading && done.is_none() {
            return Ok(());
        }
        match back {
            ReturnTo::Step {
                module_id,
                step_index,
            } => {
                let step = self.opened()?.go_to_step(module_id, step_index)?;
                self.push_given(super::Route::Given, AppScreen::lesson_step(step));
            }
            ReturnTo::HelpNow => self.open_help()?,
            ReturnTo::Plan { id } => self.show(super::Destination::Plan { id })?,
        }
        if let Some(done) = done {
            self.save_done_answer(done)?;
        }
        let top = self.stack.last().map(|e| e.id);
        if let (Some(reading), Some(top)) = (self.player.reading.as_mut(), top)
            && reading.key == READING_THROUGH_LOCK
        {
            reading.key = top;
        }
        Ok(())
    }

    /// The platform has no offline voice for the language: the player closes and says so.
    pub(super) fn speech_unavailable(&mut self) {
        if self.player.reading.take().is_some() {
            self.say_error(self.language.say("speech-unavailable"));
        }
    }

    /// After every action: reading stops when its screen is no longer on top (he left, the app
    /// locked, a crisis answer came over it). The stop goes first among the effects.
    pub(super) fn stop_reading_if_left(&mut self) {
        let here = if self.over_lock_screen() {
            Some(READING_THROUGH_LOCK)
        } else {
            self.readable().map(|(key, ..)| key)
        };
        if self.player.hint_on.is_some() && self.player.hint_on != here {
            self.player.hint_on = None;
        }
        if self
            .player
            .reading
            .as_ref()
            .is_some_and(|r| Some(r.key) != here)
        {
            self.player.reading = None;
            self.effects.insert(0, Effect::StopSpeaking);
        }
    }

    /// "Read to me" on the screen on top, for the view.
    pub(super) fn read_aloud_view(&self) -> Option<ReadAloudView> {
        if self.over_lock_screen() {
            // Over the lock screen: only the player of reading that goes on through the lock.
            let reading = self.player.reading.as_ref()?;
            return Some(ReadAloudView {
                read_label: self.language.say("speech-read"),
                guide_label: None,
                hint: None,
                player: Some(self.player_bar(reading)),
            });
        }
        let (key, _, cues) = self.readable()?;
        let reading = self.player.reading.as_ref().filter(|r| r.key == key);
        Some(ReadAloudView {
            read_label: self.language.say("speech-read"),
            guide_label: (!cues.is_empty()).then(|| {
                let in_a_plan = matches!(
                    self.stack.last().map(|e| &e.screen),
                    Some(AppScreen::Plan { .. })
                );
                self.language.say(if in_a_plan {
                    "speech-guide-grounding"
                } else {
                    "speech-guide"
                })
            }),
            hint: (self.player.hint_on == Some(key))
                .then(|| crate::speech::headphones_hint_words(self.language)),
            player: reading.map(|r| self.player_bar(r)),
        })
    }

    fn player_bar(&self, r: &Reading) -> PlayerBar {
        let count = r.lines.len() as u32;
        let sentence = (r.position + 1).min(count);
        let speed = self.player.speed;
        PlayerBar {
            playing: r.playing,
            guided: r.guided,
            sentence,
            count,
            position_label: self.language.say_with(
                if r.guided {
                    "speech-position-step"
                } else {
                    "speech-position-sentence"
                },
                &[("sentence", sentence.into()), ("count", count.into())],
            ),
            play_pause_label: self.language.say(if r.playing {
                "speech-pause"
            } else {
                "speech-play"
            }),
            back_label: self.language.say("speech-back"),
            can_go_back: r.position > 0,
            speed,
            speed_label: speed.label(self.language),
            next_speed: speed.next(),
            stop_label: self.language.say("speech-stop"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_split_at_each_sentence_end() {
        assert_eq!(
            sentences("Breathe in. Hold it! Now out? Good.\nNext line."),
            ["Breathe in.", "Hold it!", "Now out?", "Good.", "Next line."]
        );
    }

    #[test]
    fn an_abbreviation_or_an_initial_does_not_end_a_sentence() {
        assert_eq!(
            sentences("Call Dr. Lee today. Ask Mr. J. Smith. St. Vincent's helps."),
            [
                "Call Dr. Lee today.",
                "Ask Mr. J. Smith.",
                "St. Vincent's helps."
            ]
        );
        assert_eq!(
            sentences("Use a plan, e.g. Walk first. Then talk."),
            ["Use a plan, e.g. Walk first.", "Then talk."]
        );
    }

    #[test]
    fn numbers_stay_whole_and_a_number_may_start_a_sentence() {
        assert_eq!(
            sentences("Rate it 2.5 out of 10. At 10:30 you stop. 3 breaths is enough."),
            [
                "Rate it 2.5 out of 10.",
                "At 10:30 you stop.",
                "3 breaths is enough."
            ]
        );
    }

    #[test]
    fn a_lowercase_word_after_a_stop_does_not_start_a_sentence() {
        assert_eq!(sentences("Wait... and then go."), ["Wait... and then go."]);
    }

    #[test]
    fn no_sentence_is_empty_or_only_punctuation() {
        let out = sentences("\n\n  . \nOne.  \n\n - \nTwo.   ...   Three.\n");
        assert_eq!(out, ["One.", "Two.   ...", "Three."]);
        assert!(out.iter().all(|s| !s.trim().is_empty()));
        assert!(sentences("").is_empty());
    }

    #[test]
    fn a_closing_quote_stays_with_its_sentence() {
        assert_eq!(
            sentences("He said \"Stop.\" Then he left."),
            ["He said \"Stop.\"", "Then he left."]
        );
    }

    #[test]
    fn a_cue_s_silence_is_its_seconds_less_the_time_to_say_it() {
        let cues = vec![
            SpokenCue {
                line: "Breathe in.".to_owned(),
                pause_after_seconds: 4,
            },
            SpokenCue {
                line: "Done.".to_owned(),
                pause_after_seconds: 0,
            },
        ];
        assert_eq!(cue_pauses_ms(&cues, 1.0), [3200, 0]);
        assert_eq!(cue_pauses_ms(&cues, 0.5), [2400, 0]);
    }

    #[test]
    fn the_speed_button_goes_round_the_three_speeds() {
        let s = ReadingSpeed::Normal;
        assert_eq!(s.next().next().next(), s);
        assert!(ReadingSpeed::Slower.rate() < s.rate() && s.rate() < ReadingSpeed::Faster.rate());
    }

    #[test]
    fn the_players_words_are_french_for_a_french_device() {
        let french = Language::from_locale(Some("fr_CA.UTF-8"));
        assert_eq!(ReadingSpeed::Normal.label(french), "Vitesse\u{a0}: normale");
        assert_eq!(
            ReadingSpeed::Normal.label(Language::ENGLISH),
            "Speed: normal"
        );
        assert_eq!(
            french.say_with(
                "speech-position-sentence",
                &[("sentence", 3.into()), ("count", 12.into())]
            ),
            "Phrase 3 sur 12"
        );
        assert_ne!(
            french.say("speech-read"),
            Language::ENGLISH.say("speech-read")
        );
    }
}
