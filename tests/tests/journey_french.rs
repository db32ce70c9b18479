//! The whole app in French: one phone set to `fr_CA.UTF-8` and one set to `en_CA` go through the
//! same day (onboarding, home, a check-in, an anger moment, the journal and its search, insights,
//! plans, the path and a lesson to its end, help now, settings, a lock set and unlocked, a backup
//! and an export), driven through the navigation as a shell drives it. After every step, any
//! sentence on the French phone's screen that is word for word the English phone's is a message
//! left in English: the test fails and names it. Names that are the same in both languages (the
//! app's, services' own names) are listed, and the list is kept short.

use std::path::Path;
use std::sync::Arc;

use groundwork_core::curriculum::{ExerciseAnswer, ExerciseView, OnboardingChoices};
use groundwork_core::export::ExportFormat;
use groundwork_core::lock::LockSecret;
use groundwork_core::navigation::screen::AppScreen;
use groundwork_core::navigation::{
    Action, AppView, Destination, Effect, Navigator, OnboardingLock, ShellPreferences,
};
use groundwork_core::{
    AngerMomentInput, CheckInInput, InsightRange, JournalEntryInput, ManualClock,
};
use groundwork_tests::{answer_for, at, cheap_kdf};

/// A weekday evening in Montreal.
const NOW: &str = "2026-03-04T19:30:00-05:00";

/// Words that read the same in both languages and are not a message left untranslated: names.
const SAME_IN_BOTH: [&str; 4] = [
    "Groundwork",
    // Services' own names, the same in French and English.
    "SOS violence conjugale (Québec)",
    "Men's Sheds Canada",
    "City Dads Group",
];

/// A phone in one locale: its navigator and a key store.
struct Phone {
    app: Navigator,
    key: Option<Vec<u8>>,
    view: AppView,
}

impl Phone {
    fn new(dir: &Path, locale: &str) -> Phone {
        let clock = Arc::new(ManualClock::new(at(NOW)));
        let app = Navigator::new(dir, ShellPreferences::default(), Some(locale.into()), clock)
            .with_kdf(cheap_kdf());
        Phone {
            view: app.view(),
            app,
            key: None,
        }
    }

    /// Sends `action`, answering the key store's requests as a phone would.
    fn send(&mut self, action: Action) -> &AppView {
        let mut view = self.app.send(action);
        loop {
            let mut reply = None;
            for effect in view.effects.clone() {
                match effect {
                    Effect::LoadKey { .. } => {
                        reply = Some(Action::KeyLoaded {
                            key: self.key.clone(),
                        });
                    }
                    Effect::StoreKey { key, .. } => {
                        self.key = Some(key);
                        reply = Some(Action::KeyStored { confirmed: true });
                    }
                    Effect::DeleteKey => self.key = None,
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
}

/// The same step on both phones, built per language (his words differ: he writes in his own).
type Step = Box<dyn Fn(&AppView, bool) -> Option<Action>>;

fn show(destination: Destination) -> Step {
    Box::new(move |_, _| {
        Some(Action::Show {
            destination: destination.clone(),
        })
    })
}

fn act(action: impl Fn() -> Action + 'static) -> Step {
    Box::new(move |_, _| Some(action()))
}

fn the_day() -> Vec<(&'static str, Step)> {
    let pin = || LockSecret::Pin("482916".into());
    vec![
        ("first open", act(|| Action::Start)),
        (
            "onboarding done",
            act(|| Action::CompleteOnboarding {
                choices: OnboardingChoices {
                    region: "CA".into(),
                    track_ids: vec!["general".into()],
                    baby_date: None,
                    discreet_mode: false,
                    things_are_hard: false,
                },
                lock: OnboardingLock::NotNow,
            }),
        ),
        ("the check-in form", show(Destination::CheckIn)),
        (
            "a check-in saved",
            Box::new(|view: &AppView, _| {
                let Some(AppScreen::CheckIn { form, .. }) = &view.screen else {
                    return None;
                };
                let word = form.emotions.iter().find(|e| e.pleasantness > 0)?;
                Some(Action::SubmitCheckIn {
                    input: CheckInInput {
                        pleasantness: 2,
                        energy: 1,
                        emotions: vec![word.id.clone()],
                        own_words: Vec::new(),
                        tags: Vec::new(),
                        note: None,
                        hours_slept: Some(7.0),
                        stress: Some(3),
                        anger: None,
                    },
                })
            }),
        ),
        ("the anger moment form", show(Destination::AngerMoment)),
        (
            "an anger moment saved",
            Box::new(|_, french| {
                Some(Action::RecordAngerMoment {
                    input: AngerMomentInput {
                        what_happened: if french {
                            "Le souper était froid, encore.".into()
                        } else {
                            "Dinner was cold again.".into()
                        },
                        intensity: 4,
                        body_cues: Vec::new(),
                        thoughts: None,
                        what_i_did: None,
                        next_time: None,
                        repair_needed: false,
                        repair_done: false,
                    },
                })
            }),
        ),
        ("a new journal entry", show(Destination::NewJournalEntry)),
        (
            "an entry saved",
            Box::new(|_, french| {
                Some(Action::SaveJournalEntry {
                    input: JournalEntryInput {
                        body: if french {
                            "Une bonne journée au travail.".into()
                        } else {
                            "A good day at work.".into()
                        },
                        prompt_id: None,
                        tags: Vec::new(),
                    },
                })
            }),
        ),
        ("the journal", show(Destination::Journal)),
        ("the journal's search", show(Destination::JournalSearch)),
        (
            "insights",
            show(Destination::Insights {
                range: InsightRange::Month,
            }),
        ),
        ("plans", show(Destination::Plans)),
        (
            "the safety plan",
            show(Destination::Plan {
                id: "safety-plan".into(),
            }),
        ),
        ("the path", show(Destination::YourPath)),
        ("the phase map", show(Destination::PhaseMap)),
        (
            "a module's overview",
            show(Destination::ModuleOverview {
                module_id: "where-you-are-now".into(),
            }),
        ),
        (
            "a lesson begun",
            act(|| Action::OpenModule {
                module_id: "where-you-are-now".into(),
            }),
        ),
        ("step 2", Box::new(next_step)),
        ("step 3", Box::new(next_step)),
        ("step 4", Box::new(next_step)),
        ("step 5", Box::new(next_step)),
        ("step 6", Box::new(next_step)),
        ("step 7", Box::new(next_step)),
        ("step 8", Box::new(next_step)),
        ("home again", act(|| Action::GoHome)),
        ("help now", act(|| Action::OpenHelp)),
        ("back", act(|| Action::Back)),
        ("settings", show(Destination::Settings)),
        (
            "a lock set",
            act(move || Action::SetAppLock {
                secret: pin(),
                erase_after: None,
            }),
        ),
        ("locked", act(|| Action::LockNow)),
        ("unlocked", act(move || Action::Unlock { secret: pin() })),
        ("settings again", show(Destination::Settings)),
        (
            "a backup",
            act(|| Action::MakeBackup {
                passphrase: "a long backup passphrase".into(),
            }),
        ),
        (
            "an export",
            act(|| Action::Export {
                format: ExportFormat::Markdown,
            }),
        ),
    ]
}

/// The lesson's next step: its exercise answered as a person would; once the module is done,
/// the completion screen drawn again.
fn next_step(view: &AppView, french: bool) -> Option<Action> {
    let step = match &view.screen {
        Some(AppScreen::LessonStep { step, .. }) => step,
        Some(AppScreen::ModuleCompletion { .. }) => return Some(Action::Reload),
        _ => return None,
    };
    Some(Action::ContinueLesson {
        answer: step.exercise.as_ref().map(|exercise| match exercise {
            ExerciseView::Reflection { .. } => ExerciseAnswer::Reflection {
                text: if french {
                    "Je cuisine bien.".into()
                } else {
                    "I cook well.".into()
                },
            },
            other => answer_for(other),
        }),
    })
}

/// Every string in a view, as its `Debug` form writes them.
fn strings(view: &AppView) -> Vec<String> {
    let text = format!("{view:?}");
    let mut out = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(escaped) = chars.next() {
                        s.push(escaped);
                    }
                }
                '"' => break,
                c => s.push(c),
            }
        }
        out.push(s);
    }
    out
}

/// Whether a string reads as words for a person: two words of letters or more, not an address.
fn is_words(s: &str) -> bool {
    !s.contains("://")
        && !s.starts_with("groundwork:")
        && s.split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .count()
            >= 2
}

#[test]
fn every_screen_of_a_day_in_the_app_is_in_french_on_a_phone_set_to_french() {
    let (en_dir, fr_dir) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    let mut english = Phone::new(en_dir.path(), "en_CA");
    let mut french = Phone::new(fr_dir.path(), "fr_CA.UTF-8");
    let mut left_in_english = Vec::new();
    for (name, step) in the_day() {
        let (Some(en), Some(fr)) = (step(&english.view, false), step(&french.view, true)) else {
            let on = |phone: &Phone| {
                let text = format!("{:?}", phone.view.screen);
                text.chars().take(200).collect::<String>()
            };
            panic!(
                "{name}: the step could not be taken from the screen before it:\n{}\n{}",
                on(&english),
                on(&french)
            );
        };
        english.send(en);
        french.send(fr);
        let ours = strings(&english.view);
        for s in strings(&french.view) {
            if is_words(&s) && ours.contains(&s) && !SAME_IN_BOTH.contains(&s.as_str()) {
                left_in_english.push(format!("{name}: {s:?}"));
            }
        }
        assert_eq!(
            std::mem::discriminant(&english.view.screen),
            std::mem::discriminant(&french.view.screen),
            "{name}: both phones are on the same screen"
        );
    }
    left_in_english.dedup();
    assert!(
        left_in_english.is_empty(),
        "{} sentences left in English:\n{}",
        left_in_english.len(),
        left_in_english.join("\n")
    );
}
