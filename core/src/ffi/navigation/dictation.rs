//! Saying it instead of typing it: the microphone on every form that takes free text (the
//! journal editor, the check-in note, the anger moment's "what happened", an exercise's written
//! answer).
//!
//! The offer shows only after the shell reported (`Action::RecognitionAvailable`) that speech
//! recognition runs on this phone, with no server, for the pack's language. Then a small machine:
//! ready; listening (`Action::StartDictation`, the shell starts its recogniser on
//! `Effect::StartDictation` and sends `Action::DictationText` as words come); the transcript,
//! shown in the form's own field and editable (`Action::EditTranscript`, or
//! `Action::StartDictationAgain`); and saved, by the form's own save action, so the words go
//! through the same checks as typed ones. A failure says so plainly and keeps what was typed.
//!
//! Audio is kept only when he turns "Keep the recording" on for a new journal entry: the shell
//! then hands the recording over (`Action::RecordingReady`), the core checks its limits and holds
//! it until he saves, and the entry and recording are stored in one transaction.

use crate::curriculum::ExerciseView;
use crate::journal::recording::{self, RecordingInput};

use super::screen::AppScreen;
use super::{Action, Done, Effect, Navigator, Phase};

/// Which of the form's fields the words land in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum DictationField {
    /// The journal entry's text.
    JournalBody,
    /// The check-in's note.
    CheckInNote,
    /// The anger moment's "what happened".
    WhatHappened,
    /// An exercise's written answer (a reflection or a commitment).
    ExerciseAnswer,
}

/// Where saying it has got to.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum DictationState {
    /// The button shows; nothing is listening.
    Ready,
    /// The phone is listening; `text` is what he had typed and the words heard so far.
    Listening {
        /// The field's text as it stands.
        text: String,
    },
    /// The words heard, after what he had typed: shown in the field, his to change, saved only
    /// when he taps save.
    Transcript {
        /// The field's text.
        text: String,
    },
    /// Listening did not work.
    Failed {
        /// What he had typed, kept.
        text: String,
        /// What to say.
        message: String,
    },
}

/// The switch that keeps the audio with a new journal entry.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct KeepRecordingOffer {
    /// "Keep the recording".
    pub label: String,
    /// What keeping means.
    pub hint: String,
    /// Whether he turned it on for this entry.
    pub on: bool,
    /// Whether a recording is held, to be saved with the entry.
    pub held: bool,
}

/// The microphone on the form on top.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DictationView {
    /// Which field the words land in.
    pub field: DictationField,
    /// Where it has got to.
    pub state: DictationState,
    /// The button: "Say it instead".
    pub label: String,
    /// Under the button: nothing leaves the phone, and he can change the words.
    pub hint: String,
    /// While listening.
    pub listening_label: String,
    /// The button that stops listening.
    pub stop_label: String,
    /// Over the transcript.
    pub transcript_label: String,
    /// Drops the words heard and listens again.
    pub start_again_label: String,
    /// On a new journal entry only: keep the audio too.
    pub keep_recording: Option<KeepRecordingOffer>,
}

/// A recording kept with the entry on screen, to play (`Action::PlayRecording`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RecordingPlayback {
    /// "Play the recording".
    pub label: String,
    /// How long it lasts, in whole seconds (at least 1).
    pub seconds: u32,
}

/// Dictation on one screen (by its id): dropped when that screen leaves the top.
#[derive(Debug)]
pub(super) struct Dictation {
    screen_id: u64,
    /// What was in the field when he started.
    before: String,
    state: DictationState,
    keep: bool,
    recording: Option<RecordingInput>,
}

/// `heard` after what he had typed, with one space between.
fn joined(before: &str, heard: &str) -> String {
    let (before, heard) = (before.trim_end(), heard.trim());
    match (before.is_empty(), heard.is_empty()) {
        (true, _) => heard.to_owned(),
        (false, true) => before.to_owned(),
        (false, false) => format!("{before} {heard}"),
    }
}

/// The language part of a locale ("en" of "en_AU", "en-AU" or "EN").
fn language(locale: &str) -> String {
    locale
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

impl Navigator {
    pub(super) fn dictation_action(&mut self, action: Action) -> Done {
        match action {
            Action::RecognitionAvailable { on_device, locale } => {
                // Only recognition on this phone counts; anything else shows no button.
                self.recognition = on_device.then_some(locale).filter(|l| !l.is_empty());
                Ok(())
            }
            Action::StartDictation { typed } => self.start_dictation(typed),
            Action::StartDictationAgain => {
                let Some(before) = self.dictation_here().map(|d| d.before.clone()) else {
                    return Ok(());
                };
                if let Some(d) = &mut self.dictation {
                    d.recording = None;
                }
                self.start_dictation(before)
            }
            Action::StopDictation => {
                if matches!(
                    self.dictation_here().map(|d| &d.state),
                    Some(DictationState::Listening { .. })
                ) {
                    self.effects.push(Effect::StopDictation);
                }
                Ok(())
            }
            Action::DictationText { text, is_final } => {
                let Some(d) = self.dictation_here_mut() else {
                    return Ok(());
                };
                if !matches!(d.state, DictationState::Listening { .. }) {
                    return Ok(());
                }
                let text = joined(&d.before, &text);
                d.state = if is_final {
                    DictationState::Transcript { text }
                } else {
                    DictationState::Listening { text }
                };
                Ok(())
            }
            Action::DictationFailed => {
                let message = self.language.say("dictation-failed");
                if let Some(d) = self.dictation_here_mut() {
                    d.state = DictationState::Failed {
                        text: d.before.clone(),
                        message,
                    };
                    d.recording = None;
                }
                Ok(())
            }
            Action::EditTranscript { text } => {
                if let Some(d) = self.dictation_here_mut()
                    && let DictationState::Transcript { text: shown } = &mut d.state
                {
                    *shown = text;
                }
                Ok(())
            }
            Action::SetKeepRecording { on } => {
                let offered = self
                    .dictation_view()
                    .is_some_and(|v| v.keep_recording.is_some());
                if offered {
                    let id = self.top_id();
                    let d = self.dictation.get_or_insert_with(|| Dictation {
                        screen_id: id,
                        before: String::new(),
                        state: DictationState::Ready,
                        keep: false,
                        recording: None,
                    });
                    d.keep = on;
                    if !on {
                        d.recording = None;
                    }
                }
                Ok(())
            }
            Action::RecordingReady { recording } => {
                let Some(d) = self.dictation_here_mut() else {
                    return Ok(());
                };
                if !d.keep {
                    // Not asked for: never held.
                    return Ok(());
                }
                match recording::validate(&recording) {
                    Ok(()) => d.recording = Some(recording),
                    Err(_) => {
                        d.recording = None;
                        d.keep = false;
                        self.say_error(self.language.say("recording-too-long"));
                    }
                }
                Ok(())
            }
            Action::PlayRecording => {
                let Some(id) = self.entry_on_top() else {
                    return Ok(());
                };
                if let Some(kept) = self.opened()?.journal_recording_audio(id)? {
                    self.effects.push(Effect::PlayRecording {
                        codec: kept.codec,
                        audio: kept.audio,
                    });
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn start_dictation(&mut self, typed: String) -> Done {
        let Some(locale) = self.recognition.clone() else {
            return Ok(());
        };
        if self.dictation_field().is_none() {
            return Ok(());
        }
        if matches!(
            self.dictation_here().map(|d| &d.state),
            Some(DictationState::Listening { .. })
        ) {
            return Ok(());
        }
        let id = self.top_id();
        let keep = self.dictation_here().is_some_and(|d| d.keep);
        let recording = self.dictation.take().and_then(|d| d.recording);
        self.dictation = Some(Dictation {
            screen_id: id,
            state: DictationState::Listening {
                text: typed.clone(),
            },
            before: typed,
            keep,
            recording,
        });
        self.effects.push(Effect::StartDictation {
            locale,
            keep_audio: keep,
        });
        Ok(())
    }

    /// After every action: dictation belongs to the screen it started on. When that screen has
    /// gone (saved, back, locked), it is dropped, and a recogniser still listening is stopped.
    pub(super) fn settle_dictation(&mut self) {
        let here = self.phase == Phase::Unlocked
            && self.dictation.as_ref().map(|d| d.screen_id) == Some(self.top_id());
        if !here
            && let Some(d) = self.dictation.take()
            && matches!(d.state, DictationState::Listening { .. })
        {
            self.effects.push(Effect::StopDictation);
        }
    }

    /// Going to the background stops listening; the words heard so far stay, to change or save.
    pub(super) fn pause_dictation(&mut self) {
        if let Some(d) = self.dictation_here_mut()
            && let DictationState::Listening { text } = &d.state
        {
            d.state = DictationState::Transcript { text: text.clone() };
            self.effects.push(Effect::StopDictation);
        }
    }

    /// The recording to save with a new journal entry, when he chose to keep one.
    pub(super) fn kept_recording(&mut self) -> Option<RecordingInput> {
        self.dictation_here_mut()
            .filter(|d| d.keep)
            .and_then(|d| d.recording.take())
    }

    /// Which field the microphone fills on the screen on top; `None` when no microphone shows.
    fn dictation_field(&self) -> Option<DictationField> {
        if self.phase != Phase::Unlocked {
            return None;
        }
        let recogniser = language(self.recognition.as_deref()?);
        let pack = self.core.as_ref()?.pack();
        if recogniser != language(&pack.manifest.locale) {
            return None;
        }
        match self.top_screen()? {
            AppScreen::JournalEditor { .. } => Some(DictationField::JournalBody),
            AppScreen::CheckIn { .. } => Some(DictationField::CheckInNote),
            AppScreen::AngerMoment { .. } => Some(DictationField::WhatHappened),
            AppScreen::LessonStep { step, .. } => match &step.exercise {
                Some(ExerciseView::Reflection { .. } | ExerciseView::Commitment { .. }) => {
                    Some(DictationField::ExerciseAnswer)
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The microphone on the form on top, if it shows.
    pub(super) fn dictation_view(&self) -> Option<DictationView> {
        let field = self.dictation_field()?;
        let here = self.dictation_here();
        let new_entry = matches!(
            self.top_screen(),
            Some(AppScreen::JournalEditor { entry: None, .. })
        );
        Some(DictationView {
            field,
            state: here.map_or(DictationState::Ready, |d| d.state.clone()),
            label: self.language.say("dictation-label"),
            hint: self.language.say("dictation-hint"),
            listening_label: self.language.say("dictation-listening"),
            stop_label: self.language.say("dictation-stop"),
            transcript_label: self.language.say("dictation-transcript"),
            start_again_label: self.language.say("dictation-start-again"),
            keep_recording: new_entry.then(|| KeepRecordingOffer {
                label: self.language.say("keep-recording-label"),
                hint: self.language.say("keep-recording-hint"),
                on: here.is_some_and(|d| d.keep),
                held: here.is_some_and(|d| d.recording.is_some()),
            }),
        })
    }

    /// The kept recording of the entry on screen, to play.
    pub(super) fn recording_playback(&self) -> Option<RecordingPlayback> {
        if self.phase != Phase::Unlocked {
            return None;
        }
        let Some(AppScreen::JournalEditor {
            entry: Some(entry), ..
        }) = self.top_screen()
        else {
            return None;
        };
        let info = self.core.as_ref()?.journal_recording(entry.id).ok()??;
        Some(RecordingPlayback {
            label: self.language.say("play-recording"),
            seconds: info.duration_ms.div_ceil(1000).max(1),
        })
    }

    fn top_id(&self) -> u64 {
        self.stack.last().map_or(0, |e| e.id)
    }

    fn dictation_here(&self) -> Option<&Dictation> {
        self.dictation
            .as_ref()
            .filter(|d| d.screen_id == self.top_id())
    }

    fn dictation_here_mut(&mut self) -> Option<&mut Dictation> {
        let id = self.top_id();
        self.dictation.as_mut().filter(|d| d.screen_id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_heard_follow_what_was_typed_with_one_space() {
        assert_eq!(
            joined("Rough day.  ", " I held it together "),
            "Rough day. I held it together"
        );
        assert_eq!(joined("", "I held it"), "I held it");
        assert_eq!(joined("Typed", "  "), "Typed");
    }

    #[test]
    fn a_recogniser_matches_the_pack_by_language() {
        assert_eq!(language("en_AU"), "en");
        assert_eq!(language("EN-us"), "en");
        assert_eq!(language("fr"), "fr");
    }
}
