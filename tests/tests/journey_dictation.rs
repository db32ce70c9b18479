//! Saying it instead of typing it, driven through the core's navigation as a shell drives it:
//! no microphone until the phone reports recognition on the phone for the pack's language; then
//! listening, the transcript shown and edited in the form's own field, saved by the form's own
//! save (so the crisis check answers it as it answers typed words), a failure that keeps what was
//! typed, and a recording kept only when he asks, played back from the entry.

use std::path::Path;
use std::sync::Arc;

use groundwork_core::base::text::Language;
use groundwork_core::curriculum::{ExerciseAnswer, ExerciseView, OnboardingChoices};
use groundwork_core::navigation::screen::AppScreen;
use groundwork_core::navigation::{
    Action, AppNotice, AppView, Destination, DictationField, DictationState, DictationView, Effect,
    Navigator, OnboardingLock, Phase, ShellPreferences,
};
use groundwork_core::{
    AngerMomentInput, CheckInInput, JournalEntryInput, ManualClock, RecordingInput,
};
use groundwork_tests::{answer_for, at, cheap_kdf};

const NOW: &str = "2026-03-01T19:30:00+11:00";
const CRISIS: &str = "I want to kill myself tonight";

/// A phone that keeps the key and records what dictation asked of it.
struct Phone {
    app: Navigator,
    view: AppView,
    key: Option<Vec<u8>>,
    /// Each `StartDictation`: the locale and whether audio is to be kept.
    started: Vec<(String, bool)>,
    stopped: usize,
    played: Vec<(String, Vec<u8>)>,
}

impl Phone {
    fn onboarded(dir: &Path) -> Phone {
        Phone::onboarded_in(dir, "en_AU", "AU")
    }

    /// Onboarded on a phone set to `locale`, in `region`.
    fn onboarded_in(dir: &Path, locale: &str, region: &str) -> Phone {
        let clock = Arc::new(ManualClock::new(at(NOW)));
        let app = Navigator::new(dir, ShellPreferences::default(), Some(locale.into()), clock)
            .with_kdf(cheap_kdf());
        let mut phone = Phone {
            view: app.view(),
            app,
            key: None,
            started: Vec::new(),
            stopped: 0,
            played: Vec::new(),
        };
        phone.send(Action::Start);
        phone.send(Action::CompleteOnboarding {
            choices: OnboardingChoices {
                region: region.into(),
                track_ids: vec!["general".into()],
                baby_date: None,
                discreet_mode: false,
                things_are_hard: false,
            },
            lock: OnboardingLock::NotNow,
        });
        phone
    }

    fn send(&mut self, action: Action) -> &AppView {
        let mut view = self.app.send(action);
        loop {
            let mut reply = None;
            for effect in view.effects.clone() {
                match effect {
                    Effect::LoadKey { .. } => {
                        reply = Some(Action::KeyLoaded {
                            key: self.key.clone(),
                        })
                    }
                    Effect::StoreKey { key, .. } => {
                        self.key = Some(key);
                        reply = Some(Action::KeyStored { confirmed: true });
                    }
                    Effect::StartDictation { locale, keep_audio } => {
                        self.started.push((locale, keep_audio))
                    }
                    Effect::StopDictation => self.stopped += 1,
                    Effect::PlayRecording { codec, audio } => self.played.push((codec, audio)),
                    _ => {}
                }
            }
            match reply {
                Some(action) => view = self.app.send(action),
                None => break,
            }
        }
        self.view = view;
        &self.view
    }

    fn on_device(&mut self, locale: &str) {
        self.send(Action::RecognitionAvailable {
            on_device: true,
            locale: locale.into(),
        });
    }

    fn mic(&self) -> DictationView {
        self.view.dictation.clone().expect("the microphone shows")
    }

    fn state(&self) -> DictationState {
        self.mic().state
    }

    fn journal_bodies(&mut self) -> Vec<String> {
        self.send(Action::GoHome);
        self.send(Action::Show {
            destination: Destination::Journal,
        });
        let AppScreen::Journal { items, .. } = self.view.screen.clone().expect("a screen") else {
            panic!("the journal list");
        };
        items.into_iter().map(|i| i.preview).collect()
    }

    fn open(&mut self, destination: Destination) {
        self.send(Action::Show { destination });
    }

    /// Taps the microphone on an empty field and says `heard`.
    fn dictate(&mut self, heard: &str) {
        self.send(Action::StartDictation {
            typed: String::new(),
        });
        self.say(heard);
    }

    fn say(&mut self, heard: &str) {
        self.send(Action::StopDictation);
        self.send(Action::DictationText {
            text: heard.into(),
            is_final: true,
        });
    }
}

fn entry(body: &str) -> JournalEntryInput {
    JournalEntryInput {
        body: body.into(),
        tags: Vec::new(),
        prompt_id: None,
    }
}

fn recording(seconds: u32) -> RecordingInput {
    RecordingInput {
        codec: "audio/mp4".into(),
        duration_ms: seconds * 1000,
        audio: vec![9; 2_000],
    }
}

/// Goes through `module_id` until a step asking for a written answer is on top.
fn open_written_step(phone: &mut Phone, module_id: &str) {
    phone.send(Action::OpenModule {
        module_id: module_id.into(),
    });
    for _ in 0..40 {
        if matches!(phone.view.screen, Some(AppScreen::CrisisAnswer { .. })) {
            phone.send(Action::CloseCrisisAnswer);
        }
        let Some(AppScreen::LessonStep { step, .. }) = phone.view.screen.clone() else {
            panic!(
                "the module ended before a written answer: {:?}",
                phone.view.notice
            );
        };
        match &step.exercise {
            Some(ExerciseView::Reflection { .. } | ExerciseView::Commitment { .. }) => return,
            other => {
                let answer = other.as_ref().map(answer_for);
                phone.send(Action::ContinueLesson { answer });
            }
        }
    }
    panic!("no written answer in {module_id}");
}

#[test]
fn no_microphone_shows_until_the_phone_reports_recognition_on_the_phone_for_the_packs_language() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.open(Destination::NewJournalEntry);
    assert_eq!(phone.view.dictation, None, "nothing reported yet");
    // Only a server recogniser: no button, ever.
    phone.send(Action::RecognitionAvailable {
        on_device: false,
        locale: "en-AU".into(),
    });
    assert_eq!(phone.view.dictation, None);
    // On the phone, but not in the pack's language.
    phone.on_device("fr-FR");
    assert_eq!(phone.view.dictation, None);
    // Tapping a button that is not there does nothing.
    phone.send(Action::StartDictation {
        typed: String::new(),
    });
    assert!(phone.started.is_empty());

    phone.on_device("en-AU");
    let mic = phone.mic();
    assert_eq!(mic.field, DictationField::JournalBody);
    assert_eq!(mic.state, DictationState::Ready);
    assert_eq!(mic.label, "Say it instead");
    assert!(mic.hint.contains("Nothing is sent anywhere"));
    assert!(
        mic.keep_recording.as_ref().is_some_and(|k| !k.on),
        "off unless he turns it on"
    );
}

#[test]
fn every_form_that_takes_free_text_offers_the_microphone_and_no_other_screen_does() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.on_device("en_AU");
    assert_eq!(phone.view.dictation, None, "home takes no text");
    for (destination, field) in [
        (Destination::CheckIn, DictationField::CheckInNote),
        (Destination::AngerMoment, DictationField::WhatHappened),
        (Destination::NewJournalEntry, DictationField::JournalBody),
    ] {
        phone.send(Action::GoHome);
        phone.send(Action::Show { destination });
        let mic = phone.mic();
        assert_eq!(mic.field, field);
        // Keeping audio is offered with a new journal entry only.
        assert_eq!(
            mic.keep_recording.is_some(),
            field == DictationField::JournalBody
        );
    }
    phone.send(Action::GoHome);
    phone.open(Destination::Settings);
    assert_eq!(phone.view.dictation, None);
    phone.send(Action::GoHome);
    open_written_step(&mut phone, "where-you-are-now");
    assert_eq!(phone.mic().field, DictationField::ExerciseAnswer);
}

#[test]
fn listening_shows_the_words_as_they_come_after_what_he_typed_then_the_transcript() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.on_device("en-AU");
    phone.open(Destination::NewJournalEntry);
    phone.send(Action::StartDictation {
        typed: "Rough day.".into(),
    });
    assert_eq!(phone.started, vec![("en-AU".to_owned(), false)]);
    assert_eq!(
        phone.state(),
        DictationState::Listening {
            text: "Rough day.".into()
        }
    );
    assert_eq!(
        phone.mic().listening_label,
        "Listening. Tap when you're done."
    );
    phone.send(Action::DictationText {
        text: "I kept".into(),
        is_final: false,
    });
    assert_eq!(
        phone.state(),
        DictationState::Listening {
            text: "Rough day. I kept".into()
        }
    );
    // A second tap while listening starts nothing more.
    phone.send(Action::StartDictation { typed: "x".into() });
    assert_eq!(phone.started.len(), 1);
    phone.say("I kept my cool at pickup");
    assert_eq!(phone.stopped, 1);
    assert_eq!(
        phone.state(),
        DictationState::Transcript {
            text: "Rough day. I kept my cool at pickup".into()
        }
    );
}

#[test]
fn the_transcript_is_his_to_edit_and_nothing_is_saved_until_he_taps_save() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.on_device("en-AU");
    phone.open(Destination::NewJournalEntry);
    phone.dictate("I kept my cool at pick up");
    // He leaves without saving: nothing was kept, and the words are gone with the screen.
    assert!(phone.journal_bodies().is_empty());

    phone.open(Destination::NewJournalEntry);
    assert_eq!(phone.state(), DictationState::Ready);
    phone.dictate("I kept my cool at pick up");
    phone.send(Action::EditTranscript {
        text: "I kept my cool at pickup.".into(),
    });
    assert_eq!(
        phone.state(),
        DictationState::Transcript {
            text: "I kept my cool at pickup.".into()
        }
    );
    // "Start again" drops the words heard and listens again.
    phone.send(Action::StartDictationAgain);
    assert_eq!(
        phone.state(),
        DictationState::Listening {
            text: String::new()
        }
    );
    phone.say("I kept my cool at pickup.");
    let DictationState::Transcript { text } = phone.state() else {
        panic!("a transcript");
    };
    // Saved by the journal's own save, as typed text is.
    phone.send(Action::SaveJournalEntry {
        input: entry(&text),
    });
    assert_eq!(phone.view.dictation, None, "back off the form");
    assert_eq!(
        phone.journal_bodies(),
        vec!["I kept my cool at pickup.".to_owned()]
    );
}

#[test]
fn words_of_crisis_said_aloud_bring_the_same_answer_as_typed_ones_on_every_form() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.on_device("en-AU");

    phone.open(Destination::NewJournalEntry);
    phone.dictate(CRISIS);
    phone.send(Action::SaveJournalEntry {
        input: entry(CRISIS),
    });
    let Some(AppScreen::CrisisAnswer { answer: said }) = phone.view.screen.clone() else {
        panic!("the crisis answer after a spoken entry");
    };
    phone.send(Action::CloseCrisisAnswer);
    phone.open(Destination::NewJournalEntry);
    phone.send(Action::SaveJournalEntry {
        input: entry(CRISIS),
    });
    let Some(AppScreen::CrisisAnswer { answer: typed }) = phone.view.screen.clone() else {
        panic!("the crisis answer after a typed entry");
    };
    assert_eq!(said, typed);

    phone.send(Action::GoHome);
    phone.open(Destination::CheckIn);
    phone.dictate(CRISIS);
    phone.send(Action::SubmitCheckIn {
        input: CheckInInput {
            note: Some(CRISIS.into()),
            ..CheckInInput::new(-4, -2)
        },
    });
    assert!(matches!(
        phone.view.screen,
        Some(AppScreen::CrisisAnswer { .. })
    ));

    phone.send(Action::GoHome);
    phone.open(Destination::AngerMoment);
    phone.dictate("I'm going to hurt her");
    phone.send(Action::RecordAngerMoment {
        input: AngerMomentInput {
            what_happened: "I'm going to hurt her".into(),
            intensity: 9,
            body_cues: Vec::new(),
            thoughts: None,
            what_i_did: None,
            next_time: None,
            repair_needed: false,
            repair_done: false,
        },
    });
    assert!(matches!(
        phone.view.screen,
        Some(AppScreen::CrisisAnswer { .. })
    ));
}

#[test]
fn a_written_answer_said_aloud_goes_on_like_a_typed_one() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.on_device("en-AU");
    open_written_step(&mut phone, "where-you-are-now");
    let Some(AppScreen::LessonStep { step: before, .. }) = phone.view.screen.clone() else {
        panic!("a step");
    };
    phone.dictate("My shoulders go up first");
    let DictationState::Transcript { text } = phone.state() else {
        panic!("a transcript");
    };
    let answer = match before.exercise {
        Some(ExerciseView::Commitment { .. }) => ExerciseAnswer::Commitment { text },
        _ => ExerciseAnswer::Reflection { text },
    };
    phone.send(Action::ContinueLesson {
        answer: Some(answer),
    });
    let moved_on = match &phone.view.screen {
        Some(AppScreen::LessonStep { step, .. }) => step.step_index != before.step_index,
        _ => true,
    };
    assert!(moved_on, "the answer was taken and the lesson went on");
}

#[test]
fn on_a_phone_set_to_french_the_microphone_and_its_failure_speak_french() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded_in(dir.path(), "fr_CA.UTF-8", "CA");
    phone.open(Destination::NewJournalEntry);
    phone.on_device("fr-CA");
    let mic = phone.mic();
    assert_eq!(mic.label, "Le dire plutôt");
    assert!(
        mic.hint.contains("Rien n'est envoyé nulle part"),
        "{}",
        mic.hint
    );
    assert_eq!(mic.stop_label, "Fini");
    assert_eq!(
        mic.keep_recording.map(|k| k.label),
        Some("Garder l'enregistrement".to_owned())
    );
    phone.send(Action::StartDictation {
        typed: "Fatigué".into(),
    });
    phone.send(Action::DictationFailed);
    assert_eq!(
        phone.state(),
        DictationState::Failed {
            text: "Fatigué".into(),
            message: Language::from_locale(Some("fr-CA")).say("dictation-failed"),
        }
    );
    assert!(
        matches!(phone.state(), DictationState::Failed { message, .. } if message.starts_with("Ça n'a pas passé"))
    );
}

#[test]
fn a_failure_says_so_plainly_and_keeps_what_he_typed() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.on_device("en-AU");
    phone.open(Destination::CheckIn);
    phone.send(Action::StartDictation {
        typed: "Tired but okay".into(),
    });
    phone.send(Action::DictationText {
        text: "and".into(),
        is_final: false,
    });
    phone.send(Action::DictationFailed);
    assert_eq!(
        phone.state(),
        DictationState::Failed {
            text: "Tired but okay".into(),
            message: Language::ENGLISH.say("dictation-failed"),
        }
    );
    // He can try again.
    phone.send(Action::StartDictation {
        typed: "Tired but okay".into(),
    });
    assert_eq!(phone.started.len(), 2);
}

#[test]
fn leaving_the_app_while_listening_stops_the_microphone_and_keeps_nothing_past_the_lock() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.on_device("en-AU");
    phone.open(Destination::NewJournalEntry);
    phone.send(Action::StartDictation {
        typed: String::new(),
    });
    phone.send(Action::DictationText {
        text: "private words".into(),
        is_final: false,
    });
    phone.send(Action::WentToBackground {
        at: at(NOW).to_utc(),
    });
    assert_eq!(phone.stopped, 1, "the recogniser is stopped");
    assert!(matches!(phone.view.phase, Phase::Locked { .. }));
    assert_eq!(phone.view.dictation, None);
    phone.send(Action::UnlockWithDevice);
    assert_eq!(phone.view.phase, Phase::Unlocked);
    phone.open(Destination::NewJournalEntry);
    assert_eq!(phone.state(), DictationState::Ready);
}

#[test]
fn a_recording_is_kept_only_when_he_asks_and_plays_back_from_the_entry() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.on_device("en-AU");

    // Not asked for: a recording the shell sends anyway is never kept.
    phone.open(Destination::NewJournalEntry);
    phone.dictate("Words only");
    phone.send(Action::RecordingReady {
        recording: recording(3),
    });
    assert!(!phone.mic().keep_recording.expect("offered").held);
    phone.send(Action::SaveJournalEntry {
        input: entry("Words only"),
    });

    // Asked for.
    phone.open(Destination::NewJournalEntry);
    phone.send(Action::SetKeepRecording { on: true });
    phone.send(Action::StartDictation {
        typed: String::new(),
    });
    assert_eq!(phone.started.last(), Some(&("en-AU".to_owned(), true)));
    phone.say("With my voice");
    phone.send(Action::RecordingReady {
        recording: recording(12),
    });
    let keep = phone.mic().keep_recording.expect("offered");
    assert!(keep.on && keep.held);
    phone.send(Action::SaveJournalEntry {
        input: entry("With my voice"),
    });

    // Over the limit: said plainly, the words are saved, the audio is not.
    phone.open(Destination::NewJournalEntry);
    phone.send(Action::SetKeepRecording { on: true });
    phone.dictate("A long one");
    phone.send(Action::RecordingReady {
        recording: recording(301),
    });
    assert_eq!(
        phone.view.notice,
        Some(AppNotice::Error {
            text: Language::ENGLISH.say("recording-too-long")
        })
    );
    let keep = phone.mic().keep_recording.expect("offered");
    assert!(!keep.on && !keep.held);
    phone.send(Action::SaveJournalEntry {
        input: entry("A long one"),
    });

    // Each entry's screen: only the kept one plays.
    phone.open(Destination::Journal);
    let Some(AppScreen::Journal { items, .. }) = phone.view.screen.clone() else {
        panic!("the list");
    };
    let mut playable = Vec::new();
    for item in items {
        phone.send(Action::Show {
            destination: Destination::JournalEntry { id: item.id },
        });
        if let Some(playback) = phone.view.recording.clone() {
            assert_eq!(playback.label, "Play the recording");
            assert_eq!(playback.seconds, 12);
            phone.send(Action::PlayRecording);
            playable.push(item.preview);
        }
        // Editing an entry offers the microphone but never keeps audio.
        assert!(phone.mic().keep_recording.is_none());
        phone.send(Action::Back);
    }
    assert_eq!(playable, vec!["With my voice".to_owned()]);
    assert_eq!(phone.played, vec![("audio/mp4".to_owned(), vec![9; 2_000])]);
}
