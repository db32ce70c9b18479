//! "Read to me", walked through the core's navigation as a shell drives it: the app sends what he
//! tapped and what the voice reported, and carries out `Speak` and `StopSpeaking`. Nothing is
//! spoken before he taps (in discreet mode too), the headphones hint comes first the first time
//! only, pause, resume, back one sentence and speed move the core's position, and leaving the
//! screen, locking or a crisis answer stops the voice.

use std::path::Path;
use std::sync::Arc;

use groundwork_core::base::text::Language;
use groundwork_core::curriculum::{
    ExerciseAnswer, ExerciseView, LessonStepScreen, OnboardingChoices,
};
use groundwork_core::lock::LockSecret;
use groundwork_core::navigation::read_aloud::{cue_pauses_ms, sentences};
use groundwork_core::navigation::screen::AppScreen;
use groundwork_core::navigation::{
    Action, AppNotice, AppView, Destination, Effect, Navigator, OnboardingLock, Phase, PlayerBar,
    ReadAloudView, ReadingSpeed, ShellPreferences, Utterance,
};
use groundwork_core::speech::headphones_hint_words;
use groundwork_core::{InsightRange, ManualClock};
use groundwork_tests::{answer_for, at, cheap_kdf};

/// The app, a key store, and a voice that records what it was asked to do.
struct Listener {
    app: Navigator,
    view: AppView,
    key: Option<Vec<u8>>,
    /// Every `Speak` and `StopSpeaking`, in order.
    voice: Vec<Effect>,
}

impl Listener {
    fn open(dir: &Path, discreet: bool, lock: OnboardingLock) -> Listener {
        let clock = Arc::new(ManualClock::new(at("2026-03-01T19:30:00+11:00")));
        let app = Navigator::new(
            dir,
            ShellPreferences::default(),
            Some("en_AU".into()),
            clock,
        )
        .with_kdf(cheap_kdf());
        let mut me = Listener {
            view: app.view(),
            app,
            key: None,
            voice: Vec::new(),
        };
        me.tap(Action::Start);
        me.tap(Action::CompleteOnboarding {
            choices: OnboardingChoices {
                region: "AU".into(),
                track_ids: vec!["general".into()],
                baby_date: None,
                discreet_mode: discreet,
                things_are_hard: false,
            },
            lock,
        });
        me
    }

    /// Sends `action`, answers the key store, and keeps what the voice was asked.
    fn tap(&mut self, action: Action) -> &AppView {
        let mut next = Some(action);
        while let Some(action) = next.take() {
            self.view = self.app.send(action);
            for effect in self.view.effects.clone() {
                match effect {
                    Effect::LoadKey { .. } => {
                        next = Some(Action::KeyLoaded {
                            key: self.key.clone(),
                        })
                    }
                    Effect::StoreKey { key, .. } => {
                        self.key = Some(key);
                        next = Some(Action::KeyStored { confirmed: true });
                    }
                    Effect::DeleteKey => self.key = None,
                    e @ (Effect::Speak { .. } | Effect::StopSpeaking) => self.voice.push(e),
                    _ => {}
                }
            }
        }
        &self.view
    }

    fn offer(&self) -> ReadAloudView {
        self.view
            .read_aloud
            .clone()
            .expect("this screen offers read to me")
    }

    fn bar(&self) -> PlayerBar {
        self.offer().player.expect("the player is showing")
    }

    fn bar_if_any(&self) -> Option<PlayerBar> {
        self.view.read_aloud.as_ref().and_then(|o| o.player.clone())
    }

    /// What the last `Speak` handed the voice.
    fn last_spoken(&self) -> (Vec<Utterance>, f32) {
        match self
            .voice
            .iter()
            .rev()
            .find(|e| matches!(e, Effect::Speak { .. }))
        {
            Some(Effect::Speak {
                utterances, rate, ..
            }) => (utterances.clone(), *rate),
            _ => panic!("nothing was spoken"),
        }
    }

    fn spoken_text(&self) -> String {
        match self.view.screen.as_ref().expect("a screen") {
            AppScreen::HelpNow { help } => help.spoken.clone(),
            AppScreen::Plan { document, .. } => document.spoken.clone(),
            AppScreen::Insights { insights, .. } => insights.spoken.clone(),
            AppScreen::LessonStep { step, .. } => step.spoken.clone(),
            _ => panic!("nothing to read here"),
        }
    }

    /// Walks the path until a step guided by voice, and returns it.
    fn walk_to_guided_step(&mut self) -> LessonStepScreen {
        for _ in 0..200 {
            match self.view.screen.clone() {
                Some(AppScreen::LessonStep { step, .. }) if !step.cues.is_empty() => return step,
                Some(AppScreen::LessonStep { step, .. }) => {
                    self.tap(Action::ContinueLesson {
                        answer: step.exercise.as_ref().map(answer_for),
                    });
                }
                Some(AppScreen::Home { home }) => {
                    let module_id = home.next_step.module_id.expect("a module to go on with");
                    self.tap(Action::OpenModule { module_id });
                }
                Some(AppScreen::CrisisAnswer { .. }) => {
                    self.tap(Action::CloseCrisisAnswer);
                }
                _ => {
                    self.tap(Action::GoHome);
                }
            }
        }
        panic!("the path has a guided exercise");
    }

    /// The lesson step on top.
    fn step(&self) -> LessonStepScreen {
        match self.view.screen.clone() {
            Some(AppScreen::LessonStep { step, .. }) => step,
            other => panic!("a lesson step is on top, got {other:?}"),
        }
    }

    /// Past the headphones hint: the first tap shows it, the second plays.
    fn play(&mut self) {
        self.tap(Action::ReadAloud);
        if self.offer().hint.is_some() {
            self.tap(Action::ReadAloud);
        }
    }
}

fn not_now(dir: &Path) -> Listener {
    Listener::open(dir, false, OnboardingLock::NotNow)
}

const PIN: &str = "482916";

fn with_pin(dir: &Path) -> Listener {
    Listener::open(
        dir,
        false,
        OnboardingLock::Secret {
            secret: LockSecret::Pin(PIN.into()),
        },
    )
}

fn unlock(me: &mut Listener) {
    me.tap(Action::Unlock {
        secret: LockSecret::Pin(PIN.into()),
    });
    assert_eq!(me.view.phase, Phase::Unlocked, "the PIN unlocks");
}

fn says(view: &AppView) -> Vec<&Effect> {
    view.effects
        .iter()
        .filter(|e| matches!(e, Effect::Speak { .. } | Effect::StopSpeaking))
        .collect()
}

#[test]
fn the_first_tap_shows_the_headphones_hint_the_second_reads_and_the_hint_never_comes_back() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = not_now(dir.path());
    me.tap(Action::ShowHelpNow { situation: None });
    let offer = me.offer();
    assert_eq!(offer.read_label, "Read to me");
    assert_eq!((offer.hint, offer.player), (None, None));

    me.tap(Action::ReadAloud);
    assert_eq!(
        me.offer().hint,
        Some(headphones_hint_words(Language::ENGLISH))
    );
    assert!(me.voice.is_empty(), "the hint comes before any voice");

    me.tap(Action::ReadAloud);
    assert_eq!(me.offer().hint, None);
    let (utterances, rate) = me.last_spoken();
    let expected = sentences(&me.spoken_text());
    assert!(expected.len() > 3, "help now is several sentences");
    assert_eq!(
        utterances
            .iter()
            .map(|u| u.text.clone())
            .collect::<Vec<_>>(),
        expected,
        "every sentence queued at once"
    );
    assert!(utterances.iter().all(|u| u.pause_after_ms == 0));
    assert_eq!(rate, 1.0);
    let bar = me.bar();
    assert!(bar.playing && !bar.guided && !bar.can_go_back);
    assert_eq!(
        bar.position_label,
        format!("Sentence 1 of {}", expected.len())
    );
    assert_eq!(
        (bar.play_pause_label.as_str(), bar.back_label.as_str()),
        ("Pause", "Back one sentence")
    );

    me.tap(Action::GoHome);
    me.tap(Action::Show {
        destination: Destination::Plan {
            id: "pause-plan".into(),
        },
    });
    let before = me.voice.len();
    me.tap(Action::ReadAloud);
    assert_eq!(me.offer().hint, None, "the hint shows the first time only");
    assert!(
        matches!(me.voice[before..], [Effect::Speak { .. }]),
        "one tap reads now"
    );
}

#[test]
fn pause_resume_back_one_sentence_and_speed_move_the_cores_position() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = not_now(dir.path());
    me.tap(Action::ShowHelpNow { situation: None });
    me.play();
    let count = me.bar().count;
    me.tap(Action::SentenceSpoken { index: 0 });
    me.tap(Action::SentenceSpoken { index: 1 });
    assert_eq!(me.bar().position_label, format!("Sentence 3 of {count}"));

    let view = me.tap(Action::PauseReading).clone();
    assert_eq!(says(&view), [&Effect::StopSpeaking]);
    assert!(!me.bar().playing);
    assert_eq!(me.bar().play_pause_label, "Play");
    me.tap(Action::SentenceSpoken { index: 5 });
    assert_eq!(
        me.bar().sentence,
        3,
        "a late report after a pause moves nothing"
    );

    me.tap(Action::ResumeReading);
    let (utterances, _) = me.last_spoken();
    assert_eq!(utterances.first().map(|u| u.index), Some(2));
    assert_eq!(utterances.len() as u32, count - 2);

    let view = me.tap(Action::BackOneSentence).clone();
    assert!(matches!(
        says(&view)[..],
        [Effect::StopSpeaking, Effect::Speak { .. }]
    ));
    assert_eq!(me.last_spoken().0.first().map(|u| u.index), Some(1));
    assert_eq!(me.bar().position_label, format!("Sentence 2 of {count}"));

    let bar = me.bar();
    assert_eq!(
        (bar.speed, bar.speed_label.as_str(), bar.next_speed),
        (ReadingSpeed::Normal, "Speed: normal", ReadingSpeed::Faster)
    );
    me.tap(Action::SetReadingSpeed {
        speed: ReadingSpeed::Faster,
    });
    let (utterances, rate) = me.last_spoken();
    assert_eq!(
        (utterances[0].index, rate),
        (1, 1.25),
        "the same sentence, faster"
    );
    assert_eq!(me.bar().speed_label, "Speed: faster");

    me.tap(Action::SpeechFinished);
    assert_eq!(me.offer().player, None, "the player closes at the end");
}

#[test]
fn leaving_the_screen_or_locking_stops_the_voice_first() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = Listener::open(
        dir.path(),
        false,
        OnboardingLock::Secret {
            secret: LockSecret::Pin("482916".into()),
        },
    );
    me.tap(Action::Show {
        destination: Destination::Insights {
            range: InsightRange::Month,
        },
    });
    me.play();
    assert!(me.bar().playing);
    let view = me.tap(Action::Back).clone();
    assert_eq!(view.effects.first(), Some(&Effect::StopSpeaking));
    assert_eq!(view.read_aloud, None, "home has nothing to read");

    me.tap(Action::Show {
        destination: Destination::Plan {
            id: "safety-plan".into(),
        },
    });
    me.play();
    let view = me.tap(Action::LockNow).clone();
    assert_eq!(view.effects.first(), Some(&Effect::StopSpeaking));
    assert!(view.effects.contains(&Effect::Locked));
}

#[test]
fn help_now_over_the_lock_screen_is_read_at_the_first_tap() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = Listener::open(
        dir.path(),
        true,
        OnboardingLock::Secret {
            secret: LockSecret::Pin("482916".into()),
        },
    );
    me.tap(Action::LockNow);
    me.tap(Action::ShowHelpNow { situation: None });
    let before = me.voice.len();
    me.tap(Action::ReadAloud);
    assert!(matches!(me.voice[before..], [Effect::Speak { .. }]));
    let view = me.tap(Action::CloseHelpBeforeUnlock).clone();
    assert_eq!(says(&view), [&Effect::StopSpeaking]);
}

#[test]
fn a_crisis_answer_over_the_step_stops_the_voice() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = not_now(dir.path());
    let module_id = match me.view.screen.as_ref() {
        Some(AppScreen::Home { home }) => home.next_step.module_id.clone().expect("a module"),
        _ => panic!("expected home"),
    };
    me.tap(Action::OpenModule { module_id });
    for _ in 0..10 {
        let Some(AppScreen::LessonStep { step, .. }) = me.view.screen.clone() else {
            break;
        };
        if let Some(ExerciseView::Reflection { .. }) = &step.exercise {
            me.play();
            assert!(me.bar().playing);
            let view = me
                .tap(Action::ContinueLesson {
                    answer: Some(ExerciseAnswer::Reflection {
                        text: "Some days I just want to die.".into(),
                    }),
                })
                .clone();
            assert!(matches!(view.screen, Some(AppScreen::CrisisAnswer { .. })));
            assert_eq!(view.effects.first(), Some(&Effect::StopSpeaking));
            assert_eq!(view.read_aloud, None);
            return;
        }
        me.tap(Action::ContinueLesson {
            answer: step.exercise.as_ref().map(answer_for),
        });
    }
    panic!("no reflection in the first module");
}

#[test]
fn in_discreet_mode_nothing_is_spoken_until_he_taps() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = Listener::open(dir.path(), true, OnboardingLock::NotNow);
    for destination in [
        Destination::Plan {
            id: "pause-plan".into(),
        },
        Destination::Insights {
            range: InsightRange::Week,
        },
    ] {
        me.tap(Action::Show { destination });
        me.tap(Action::Reload);
        me.tap(Action::GoHome);
    }
    me.tap(Action::ShowHelpNow { situation: None });
    assert!(me.voice.is_empty(), "no screen starts a voice by itself");
    me.play();
    assert!(matches!(me.voice[..], [Effect::Speak { .. }]));
}

#[test]
fn a_guided_exercise_hands_the_voice_each_cue_with_the_core_s_silence_after_it() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = not_now(dir.path());
    let cues = me.walk_to_guided_step().cues;
    assert_eq!(
        me.offer().guide_label.as_deref(),
        Some("Guide me through it")
    );

    me.tap(Action::GuideExercise);
    me.tap(Action::GuideExercise);
    let (utterances, rate) = me.last_spoken();
    assert_eq!(
        utterances
            .iter()
            .map(|u| u.text.as_str())
            .collect::<Vec<_>>(),
        cues.iter().map(|c| c.line.as_str()).collect::<Vec<_>>()
    );
    assert_eq!(
        utterances
            .iter()
            .map(|u| u.pause_after_ms)
            .collect::<Vec<_>>(),
        cue_pauses_ms(&cues, rate)
    );
    for (u, c) in utterances.iter().zip(&cues) {
        assert!(u.pause_after_ms <= c.pause_after_seconds * 1000);
    }
    let bar = me.bar();
    assert!(bar.guided);
    assert_eq!(bar.position_label, format!("Step 1 of {}", cues.len()));
}

#[test]
fn a_phone_with_no_offline_voice_closes_the_player_and_says_so() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = not_now(dir.path());
    me.tap(Action::ShowHelpNow { situation: None });
    me.play();
    me.tap(Action::SpeechUnavailable);
    assert_eq!(me.offer().player, None);
    assert!(matches!(
        &me.view.notice,
        Some(AppNotice::Error { text }) if text.contains("no voice it can use offline")
    ));
}

#[test]
fn the_pause_plan_offers_grounding_and_guides_him_through_its_steps() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = not_now(dir.path());
    me.tap(Action::Show {
        destination: Destination::Plan {
            id: "pause-plan".into(),
        },
    });
    assert_eq!(
        me.offer().guide_label.as_deref(),
        Some("Guide me through grounding")
    );
    me.tap(Action::GuideExercise);
    me.tap(Action::GuideExercise);
    let (utterances, _) = me.last_spoken();
    assert!(
        utterances
            .iter()
            .any(|u| u.text == "Look around you. Name five things you can see.")
    );
    assert!(me.bar().guided);

    me.tap(Action::GoHome);
    me.tap(Action::Show {
        destination: Destination::Plan {
            id: "safety-plan".into(),
        },
    });
    assert_eq!(
        me.offer().guide_label,
        None,
        "only the pause plan offers it"
    );
}

#[test]
fn a_lesson_step_goes_on_reading_through_the_lock_and_unlocking_brings_him_back_to_it_playing() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = with_pin(dir.path());
    let module_id = me.walk_to_guided_step().module_id;
    me.tap(Action::GoHome);
    me.tap(Action::OpenModule { module_id });
    let step = me.step();
    me.play();
    me.tap(Action::SentenceSpoken { index: 0 });

    let view = me.tap(Action::LockNow).clone();
    assert!(view.effects.contains(&Effect::Locked));
    assert_eq!(says(&view), Vec::<&Effect>::new(), "the voice goes on");
    let over_lock = view
        .read_aloud
        .expect("the player shows over the lock screen");
    assert_eq!(over_lock.guide_label, None);
    assert_eq!(over_lock.hint, None);
    let bar = over_lock.player.expect("the player");
    assert!(bar.playing);
    assert_eq!(bar.sentence, 2);
    me.tap(Action::SentenceSpoken { index: 1 });
    assert_eq!(me.bar().sentence, 3, "the position moves on while locked");

    let before = me.voice.len();
    unlock(&mut me);
    let back = me.step();
    assert_eq!(
        (back.module_id.as_str(), back.step_index),
        (step.module_id.as_str(), step.step_index),
        "back at the step being read"
    );
    assert_eq!(me.voice.len(), before, "nothing stopped or restarted");
    assert!(me.bar().playing);
    assert_eq!(me.bar().sentence, 3);
    let view = me.tap(Action::Back).clone();
    assert!(matches!(view.screen, Some(AppScreen::Home { .. })));
    assert_eq!(says(&view), [&Effect::StopSpeaking]);
}

#[test]
fn help_now_goes_on_through_the_lock_and_unlocking_brings_him_back_to_it() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = with_pin(dir.path());
    me.tap(Action::OpenHelp);
    me.play();
    let view = me.tap(Action::LockNow).clone();
    assert_eq!(says(&view), Vec::<&Effect>::new());
    assert!(me.bar().playing);
    unlock(&mut me);
    assert!(matches!(me.view.screen, Some(AppScreen::HelpNow { .. })));
    assert!(me.bar().playing);
}

#[test]
fn stopping_the_player_over_the_lock_screen_stops_the_voice_and_unlocking_goes_home() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = with_pin(dir.path());
    me.tap(Action::OpenHelp);
    me.play();
    me.tap(Action::LockNow);
    me.tap(Action::PauseReading);
    assert!(!me.bar().playing, "paused over the lock screen");
    let view = me.tap(Action::StopReading).clone();
    assert_eq!(says(&view), [&Effect::StopSpeaking]);
    assert_eq!(view.read_aloud, None);
    unlock(&mut me);
    assert!(matches!(me.view.screen, Some(AppScreen::Home { .. })));
}

#[test]
fn the_guided_cues_of_a_plan_go_on_through_the_lock_but_the_plan_read_out_does_not() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = with_pin(dir.path());
    let pause_plan = || Action::Show {
        destination: Destination::Plan {
            id: "pause-plan".into(),
        },
    };
    me.tap(pause_plan());
    me.play();
    assert!(!me.bar().guided);
    let view = me.tap(Action::LockNow).clone();
    assert_eq!(says(&view), [&Effect::StopSpeaking], "his plan is his own");
    assert_eq!(view.read_aloud, None);

    unlock(&mut me);
    assert!(matches!(me.view.screen, Some(AppScreen::Home { .. })));
    me.tap(pause_plan());
    me.tap(Action::GuideExercise);
    let view = me.tap(Action::LockNow).clone();
    assert_eq!(says(&view), Vec::<&Effect>::new(), "grounding goes on");
    unlock(&mut me);
    assert!(matches!(
        &me.view.screen,
        Some(AppScreen::Plan { document, .. }) if document.id == "pause-plan"
    ));
    assert!(me.bar().guided);
}

/// The answer a guided exercise played to its end gives its step.
fn done(step: &LessonStepScreen) -> ExerciseAnswer {
    match step.exercise.as_ref().expect("a guided exercise") {
        ExerciseView::Breathing { cycles, .. } => ExerciseAnswer::Breathing {
            cycles_done: *cycles,
        },
        ExerciseView::BodyScan { regions, .. } => ExerciseAnswer::BodyScan {
            regions_done: regions.len() as u32,
        },
        other => panic!("only breathing and the body scan are guided, got {other:?}"),
    }
}

#[test]
fn a_guided_exercise_played_to_its_end_marks_its_step_done() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = not_now(dir.path());
    let step = me.walk_to_guided_step();
    assert_eq!(step.answer, None);
    me.tap(Action::GuideExercise);
    me.tap(Action::GuideExercise);
    me.tap(Action::SentenceSpoken { index: 0 });
    assert_eq!(me.step().answer, None, "not done part way through");
    me.tap(Action::SpeechFinished);
    let after = me.step();
    assert_eq!(after.answer, Some(done(&step)));
    assert!(after.can_continue);
    assert_eq!(me.bar_if_any(), None, "the player closed");
}

#[test]
fn a_step_read_to_its_end_or_a_guided_exercise_stopped_part_way_is_not_marked_done() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = not_now(dir.path());
    me.walk_to_guided_step();
    me.play();
    me.tap(Action::SpeechFinished);
    assert_eq!(me.step().answer, None, "reading the words is not doing it");
    me.tap(Action::GuideExercise);
    me.tap(Action::PauseReading);
    me.tap(Action::SpeechFinished);
    assert_eq!(
        me.step().answer,
        None,
        "a paused voice finishing is not the end"
    );
    me.tap(Action::StopReading);
    me.tap(Action::SpeechFinished);
    assert_eq!(me.step().answer, None);
}

#[test]
fn a_guided_exercise_that_ends_while_locked_is_saved_when_unlocking_brings_him_back() {
    let dir = tempfile::tempdir().expect("dir");
    let mut me = with_pin(dir.path());
    let step = me.walk_to_guided_step();
    me.tap(Action::GuideExercise);
    me.tap(Action::GuideExercise);
    me.tap(Action::LockNow);
    me.tap(Action::SpeechFinished);
    assert_eq!(
        me.view.read_aloud, None,
        "the player closed over the lock screen"
    );
    unlock(&mut me);
    let back = me.step();
    assert_eq!(back.step_index, step.step_index);
    assert_eq!(back.answer, Some(done(&step)));
    assert_eq!(me.bar_if_any(), None);
}
