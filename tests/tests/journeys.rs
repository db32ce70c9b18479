//! A person's way through the app, driven through the core's navigation exactly as a shell
//! drives it: it sends what he did, carries out the effects (a key store, preferences,
//! notifications, a share sheet, a timer) and looks only at the view that comes back. From the
//! first open: onboarding with the lock offer, check-ins (one with a crisis answer), the journal,
//! a lesson, help now from every screen, plans, settings, a backup and its restore, a counsellor's
//! recommendation, the new dad's home, and locking on the way out and back.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use groundwork_core::backup::RestoreMode;
use groundwork_core::curriculum::{
    BabyDate, BabyDateKind, ExerciseAnswer, ExerciseView, HomeSafetyAnswer, OnboardingChoices,
};
use groundwork_core::lock::{LockChoice, LockGrace, LockKind, LockSecret};
use groundwork_core::navigation::screen::AppScreen;
use groundwork_core::navigation::{
    Action, AppNotice, AppView, Destination, Effect, Navigator, OnboardingLock, Phase,
    ShellPreferences,
};
use groundwork_core::reminders::{ReminderKind, ScheduledNotification, TimeOfDay};
use groundwork_core::{
    AngerMomentInput, AnswerPart, CheckInInput, Clock, FollowUpAnswer, HelpButton, HomeDestination,
    HomeScreen, InsightRange, JournalEntryInput, ManualClock, Situation,
};
use groundwork_tests::{answer_for, at, cheap_kdf};

/// A Sunday evening in Sydney.
const NOW: &str = "2026-03-01T19:30:00+11:00";
const PIN: &str = "482916";

/// The phone around the app: what the platform keeps and does for it.
struct Phone {
    dir: PathBuf,
    clock: Arc<ManualClock>,
    app: Navigator,
    view: AppView,
    key: Option<Vec<u8>>,
    biometric: bool,
    preferences: ShellPreferences,
    reminders: Vec<Vec<ScheduledNotification>>,
    shared: Vec<(String, Vec<u8>)>,
    /// How many times the platform was asked to delete the share sheet's copies.
    shares_deleted: usize,
    timers: Vec<DateTime<Utc>>,
    urls: Vec<String>,
    /// The key store refuses to keep a key.
    store_refuses: bool,
    /// The key store keeps something other than the key it was given.
    store_garbles: bool,
    /// The key store cannot delete its copy.
    delete_fails: bool,
}

impl Phone {
    fn new(dir: &Path) -> Phone {
        let clock = Arc::new(ManualClock::new(at(NOW)));
        let app = navigator(dir, &clock, ShellPreferences::default());
        Phone {
            dir: dir.to_path_buf(),
            view: app.view(),
            app,
            clock,
            key: None,
            biometric: false,
            preferences: ShellPreferences::default(),
            reminders: Vec::new(),
            shared: Vec::new(),
            shares_deleted: 0,
            timers: Vec::new(),
            urls: Vec::new(),
            store_refuses: false,
            store_garbles: false,
            delete_fails: false,
        }
    }

    /// The app launched again on the same phone.
    fn relaunch(&mut self) {
        self.app = navigator(&self.dir, &self.clock, self.preferences.clone());
        self.send(Action::Start);
    }

    /// Sends `action` and carries out every effect, answering the key store's requests.
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
                    Effect::StoreKey { key, biometric } => {
                        if !self.store_refuses {
                            self.key = Some(if self.store_garbles {
                                vec![1; 32]
                            } else {
                                key.clone()
                            });
                            self.biometric = biometric;
                        }
                        let confirmed = self.key.as_ref() == Some(&key);
                        reply = Some(Action::KeyStored { confirmed });
                    }
                    Effect::DeleteKey => {
                        if !self.delete_fails {
                            self.key = None;
                        }
                    }
                    Effect::SavePreferences { preferences } => self.preferences = preferences,
                    Effect::ScheduleReminders { notifications } => {
                        self.reminders.push(notifications)
                    }
                    Effect::ShareFile {
                        file_name,
                        contents,
                        ..
                    } => self.shared.push((file_name, contents)),
                    Effect::OpenUrl { url } => self.urls.push(url),
                    Effect::CheckLockAt { at } => self.timers.push(at),
                    Effect::Locked => {}
                    Effect::DeleteSharedFiles => self.shares_deleted += 1,
                    // Reading aloud has journeys of its own (`read_aloud.rs`).
                    Effect::Speak { .. } | Effect::StopSpeaking => {}
                    // Dictation is driven in `journey_dictation.rs`.
                    Effect::StartDictation { .. }
                    | Effect::StopDictation
                    | Effect::PlayRecording { .. } => {}
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

    fn screen(&self) -> &AppScreen {
        self.view
            .screen
            .as_ref()
            .unwrap_or_else(|| panic!("no screen: {:?}", self.view.phase))
    }

    fn home(&self) -> HomeScreen {
        match self.screen() {
            AppScreen::Home { home } => home.clone(),
            other => panic!("expected home, got {}", name(other)),
        }
    }

    fn notice(&self) -> String {
        match &self.view.notice {
            Some(AppNotice::Message { text } | AppNotice::Error { text }) => text.clone(),
            None => String::new(),
        }
    }

    fn error(&self) -> String {
        match &self.view.notice {
            Some(AppNotice::Error { text }) => text.clone(),
            other => panic!("expected an error, got {other:?}"),
        }
    }

    fn show(&mut self, destination: Destination) -> &AppView {
        self.send(Action::Show { destination })
    }

    fn lock_view(&self) -> groundwork_core::navigation::LockedView {
        match &self.view.phase {
            Phase::Locked { lock } => lock.clone(),
            other => panic!("expected the lock screen, got {other:?}"),
        }
    }

    /// First open, through onboarding with "not now" to the lock.
    fn onboarded(dir: &Path) -> Phone {
        let mut phone = Phone::new(dir);
        phone.send(Action::Start);
        phone.onboard(OnboardingLock::NotNow);
        phone
    }

    /// First open, through onboarding with a PIN for the app.
    fn with_pin(dir: &Path) -> Phone {
        let mut phone = Phone::new(dir);
        phone.send(Action::Start);
        phone.onboard(OnboardingLock::Secret { secret: pin(PIN) });
        phone
    }

    /// First open on `tracks`, the baby born `weeks` ago.
    fn new_dad(dir: &Path, tracks: &[&str], weeks: i64) -> Phone {
        let mut phone = Phone::new(dir);
        phone.send(Action::Start);
        let baby = baby_born_weeks_ago(&phone, weeks);
        phone.onboard_with(choices(tracks, Some(baby)), OnboardingLock::NotNow);
        phone
    }

    /// The app leaves the screen `from` minutes from now and comes back at `back`.
    fn away(&mut self, from: i64, back: i64) {
        let (from, back) = (minutes(self, from), minutes(self, back));
        self.send(Action::WentToBackground { at: from });
        self.send(Action::CameBack { at: back });
    }

    fn locked(&self) -> bool {
        matches!(self.view.phase, Phase::Locked { .. })
    }

    fn onboard(&mut self, lock: OnboardingLock) {
        self.onboard_with(choices(&["general"], None), lock);
    }

    fn onboard_with(&mut self, choices: OnboardingChoices, lock: OnboardingLock) {
        self.send(Action::CompleteOnboarding { choices, lock });
    }

    fn check_in(&mut self, input: CheckInInput) {
        self.show(Destination::CheckIn);
        self.send(Action::SubmitCheckIn { input });
    }

    fn write(&mut self, body: &str) {
        self.show(Destination::NewJournalEntry);
        self.send(Action::SaveJournalEntry { input: entry(body) });
    }
}

fn navigator(dir: &Path, clock: &Arc<ManualClock>, preferences: ShellPreferences) -> Navigator {
    Navigator::new(dir, preferences, Some("en_AU".into()), clock.clone()).with_kdf(cheap_kdf())
}

fn choices(tracks: &[&str], baby_date: Option<BabyDate>) -> OnboardingChoices {
    OnboardingChoices {
        region: "AU".into(),
        track_ids: tracks.iter().map(|t| (*t).to_owned()).collect(),
        baby_date,
        discreet_mode: false,
        things_are_hard: false,
    }
}

fn pin(text: &str) -> LockSecret {
    LockSecret::Pin(text.into())
}

fn feeling(pleasantness: i32, energy: i32) -> CheckInInput {
    CheckInInput {
        pleasantness,
        energy,
        emotions: vec![],
        own_words: vec![],
        anger: None,
        stress: None,
        hours_slept: None,
        tags: vec![],
        note: None,
    }
}

fn entry(body: &str) -> JournalEntryInput {
    JournalEntryInput {
        body: body.into(),
        tags: vec![],
        prompt_id: None,
    }
}

fn anger(what: &str, intensity: i32, thoughts: Option<&str>) -> AngerMomentInput {
    AngerMomentInput {
        what_happened: what.into(),
        intensity,
        body_cues: vec![],
        thoughts: thoughts.map(Into::into),
        what_i_did: None,
        next_time: None,
        repair_needed: false,
        repair_done: false,
    }
}

fn name(screen: &AppScreen) -> &'static str {
    match screen {
        AppScreen::Home { .. } => "home",
        AppScreen::CheckIn { .. } => "check-in",
        AppScreen::SafetyQuestions { .. } => "safety questions",
        AppScreen::HelpNow { .. } => "help now",
        AppScreen::AngerMoment { .. } => "anger moment",
        AppScreen::Journal { .. } => "journal",
        AppScreen::JournalEditor { .. } => "journal editor",
        AppScreen::JournalSearch { .. } => "journal search",
        AppScreen::Insights { .. } => "insights",
        AppScreen::Plans { .. } => "plans",
        AppScreen::Plan { .. } => "plan",
        AppScreen::Settings { .. } => "settings",
        AppScreen::Recommendation { .. } => "recommendation",
        AppScreen::Onboarding { .. } => "onboarding",
        AppScreen::PhaseMap { .. } => "phase map",
        AppScreen::ModuleOverview { .. } => "module overview",
        AppScreen::LessonStep { .. } => "lesson step",
        AppScreen::ModuleCompletion { .. } => "module completion",
        AppScreen::HomeSafetyQuestion { .. } => "home safety question",
        AppScreen::HomeSafetyNotYet { .. } => "home safety not yet",
        AppScreen::DadMoodCheck { .. } => "dad mood check",
        AppScreen::BabyLoss { .. } => "baby loss",
        AppScreen::CrisisAnswer { .. } => "crisis answer",
        AppScreen::InstallPack { .. } => "install pack",
    }
}

fn on(phone: &Phone) -> &'static str {
    name(phone.screen())
}

fn minutes(phone: &Phone, m: i64) -> DateTime<Utc> {
    phone.clock.now_utc() + Duration::minutes(m)
}

trait NowUtc {
    fn now_utc(&self) -> DateTime<Utc>;
}

impl NowUtc for ManualClock {
    fn now_utc(&self) -> DateTime<Utc> {
        groundwork_core::Clock::now(self).to_utc()
    }
}

// ----- First open and the lock offer -----

#[test]
fn first_open_makes_a_key_opens_the_database_and_starts_with_onboarding_and_the_lock_offer() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::new(dir.path());
    phone.send(Action::Start);
    assert_eq!(phone.view.phase, Phase::Unlocked);
    assert!(phone.view.first_run);
    assert_eq!(phone.key.as_ref().map(Vec::len), Some(32));
    let AppScreen::Onboarding { onboarding } = phone.screen() else {
        panic!("expected onboarding, got {}", on(&phone));
    };
    assert_eq!(onboarding.selected_region.as_deref(), Some("AU"));
    let offer = onboarding.lock_offer.clone().expect("the lock is offered");
    assert!(offer.advice.contains("Don't reuse your phone's PIN"));
    assert!(offer.not_now_means.contains("anyone who has your phone"));
    assert_eq!(
        offer.choices.iter().map(|c| c.choice).collect::<Vec<_>>(),
        [
            LockChoice::Pin,
            LockChoice::Passphrase,
            LockChoice::Biometric,
            LockChoice::NotNow
        ]
    );
    assert_eq!(phone.view.depth, 2);

    phone.onboard(OnboardingLock::NotNow);
    assert_eq!(phone.view.depth, 1);
    assert!(!phone.view.can_go_back);
    let home = phone.home();
    assert!(!home.needs_onboarding);
    assert!(
        home.lock_reminder.is_some(),
        "not now leaves a quiet reminder"
    );
    assert_eq!(phone.preferences.region.as_deref(), Some("AU"));

    phone.relaunch();
    assert_eq!(phone.view.phase, Phase::Unlocked);
    assert!(!phone.view.first_run, "the same database with the same key");
    assert_eq!(on(&phone), "home");
}

#[test]
fn a_key_store_that_cannot_keep_the_new_key_sets_nothing_up() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::new(dir.path());
    phone.store_refuses = true;
    phone.send(Action::Start);
    assert!(matches!(phone.view.phase, Phase::Unavailable { .. }));
    assert!(
        !dir.path().join(groundwork_core::DATABASE_FILE).exists(),
        "no database under a key nobody kept"
    );
    assert!(phone.view.help.is_some(), "help now is still there");
}

#[test]
fn choosing_a_pin_in_onboarding_locks_the_app_and_keeps_the_key_out_of_the_key_store() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::with_pin(dir.path());
    assert_eq!(on(&phone), "home");
    assert_eq!(phone.key, None, "the key lives wrapped under the PIN");
    assert!(phone.home().lock_reminder.is_none());

    phone.relaunch();
    let lock = phone.lock_view();
    assert_eq!(lock.kind, Some(LockKind::Pin));
    assert_eq!(lock.screen.prompt.as_deref(), Some("Enter your PIN"));
    assert_eq!(
        phone.view.help.as_ref().map(|h| h.label.as_str()),
        Some("Help now")
    );
    phone.send(Action::Unlock {
        secret: pin("000000"),
    });
    assert_eq!(
        phone.lock_view().message.as_deref(),
        Some("That didn't match. Take your time and try again.")
    );
    phone.send(Action::Unlock { secret: pin(PIN) });
    assert_eq!(phone.view.phase, Phase::Unlocked);
    assert_eq!(on(&phone), "home");
}

#[test]
fn a_pin_that_breaks_the_rules_keeps_onboarding_open_and_sets_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::new(dir.path());
    phone.send(Action::Start);
    phone.onboard(OnboardingLock::Secret { secret: pin("12") });
    assert!(phone.error().starts_with("pin") || phone.error().contains("digits"));
    assert_eq!(on(&phone), "onboarding");
    assert!(phone.key.is_some(), "the key is still in the key store");
    phone.onboard(OnboardingLock::Secret { secret: pin(PIN) });
    assert_eq!(on(&phone), "home");
    assert_eq!(phone.key, None);
}

#[test]
fn fingerprint_or_face_in_onboarding_guards_the_key_and_the_next_open_asks_for_it() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::new(dir.path());
    phone.send(Action::Start);
    phone.onboard(OnboardingLock::Biometric);
    assert!(phone.biometric);
    assert!(phone.preferences.biometric_key);
    assert!(phone.home().lock_reminder.is_none());

    phone.relaunch();
    assert_eq!(phone.lock_view().kind, None, "a tap, then the phone checks");
    let view = phone.app.send(Action::UnlockWithDevice);
    assert_eq!(view.effects, [Effect::LoadKey { biometric: true }]);
    phone.send(Action::KeyLoaded {
        key: phone.key.clone(),
    });
    assert_eq!(phone.view.phase, Phase::Unlocked);
}

#[test]
fn setting_a_lock_later_clears_the_reminder_and_your_path_no_longer_offers_it() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    assert!(phone.home().lock_reminder.is_some());
    phone.show(Destination::Settings);
    phone.send(Action::SetAppLock {
        secret: pin(PIN),
        erase_after: None,
    });
    assert_eq!(phone.notice(), "App lock is on.");
    phone.send(Action::GoHome);
    assert!(phone.home().lock_reminder.is_none());
    phone.show(Destination::YourPath);
    let AppScreen::Onboarding { onboarding } = phone.screen() else {
        panic!("expected your path");
    };
    assert!(onboarding.lock_offer.is_none());
}

// ----- The lock decision -----

#[test]
fn by_default_the_app_locks_as_soon_as_it_leaves_the_screen() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Journal);
    let at = minutes(&phone, 0);
    phone.send(Action::WentToBackground { at });
    assert!(phone.locked());
    assert!(
        phone.view.screen.is_none(),
        "nothing drawn from the database"
    );
    assert_eq!(phone.view.depth, 0);
}

#[test]
fn a_grace_period_he_chose_keeps_it_open_that_long_and_no_longer() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Settings);
    phone.send(Action::SetLockGrace {
        grace: LockGrace::OneMinute,
    });
    let AppScreen::Settings { settings } = phone.screen() else {
        panic!("expected settings");
    };
    assert!(
        settings
            .lock_grace
            .iter()
            .any(|o| o.grace == LockGrace::OneMinute && o.selected)
    );

    phone.send(Action::WentToBackground {
        at: minutes(&phone, 0),
    });
    assert_eq!(phone.view.phase, Phase::Unlocked);
    assert_eq!(
        phone.timers,
        [minutes(&phone, 1)],
        "a timer for when it runs out"
    );
    phone.send(Action::CameBack {
        at: minutes(&phone, 0) + Duration::seconds(40),
    });
    assert_eq!(phone.view.phase, Phase::Unlocked);
    assert_eq!(on(&phone), "settings", "still where he was");

    phone.away(2, 4);
    assert!(phone.locked());
}

#[test]
fn sharing_a_file_keeps_the_app_open_for_three_minutes_at_most_even_if_he_never_comes_back() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Settings);
    phone.send(Action::Export {
        format: groundwork_core::export::ExportFormat::Markdown,
    });
    assert_eq!(phone.shared.len(), 1, "the file goes to the share sheet");
    phone.send(Action::WentToBackground {
        at: minutes(&phone, 0),
    });
    assert_eq!(
        phone.view.phase,
        Phase::Unlocked,
        "open while he is in the share sheet"
    );
    let due = *phone.timers.last().expect("a timer");
    assert_eq!(due, minutes(&phone, 3));

    // He goes home from the other app and never comes back: the timer fires.
    phone.send(Action::LockCheckDue {
        at: minutes(&phone, 2),
    });
    assert_eq!(phone.view.phase, Phase::Unlocked);
    phone.send(Action::LockCheckDue { at: due });
    assert!(phone.locked());
}

#[test]
fn a_hand_off_is_used_up_when_he_comes_back() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Settings);
    phone.send(Action::HandingOff {
        at: minutes(&phone, 0),
    });
    phone.away(0, 1);
    assert_eq!(phone.view.phase, Phase::Unlocked);
    phone.send(Action::WentToBackground {
        at: minutes(&phone, 2),
    });
    assert!(phone.locked());
}

#[test]
fn coming_back_from_a_hand_off_after_three_minutes_finds_it_locked_whatever_the_grace_period() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Settings);
    phone.send(Action::SetLockGrace {
        grace: LockGrace::FiveMinutes,
    });
    phone.send(Action::HandingOff {
        at: minutes(&phone, 0),
    });
    phone.away(0, 4);
    assert!(phone.locked());
}

#[test]
fn quick_hide_locks_and_the_device_key_opens_it_again_where_home_is() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Journal);
    phone.send(Action::LockNow);
    assert_eq!(phone.lock_view().kind, None);
    phone.send(Action::UnlockWithDevice);
    assert_eq!(phone.view.phase, Phase::Unlocked);
    assert_eq!(on(&phone), "home");
}

// ----- Check-ins -----

#[test]
fn a_check_in_goes_home_counts_today_and_a_typed_pack_word_becomes_a_picked_word() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::CheckIn);
    let AppScreen::CheckIn {
        form,
        grid,
        word_groups,
    } = phone.screen().clone()
    else {
        panic!("expected the check-in form");
    };
    assert_eq!(grid.rows.len(), 11);
    assert_eq!(grid.rows[0].energy, 5);
    assert_eq!(grid.all_words().count(), form.emotions.len());
    assert_eq!(
        word_groups.iter().map(|g| g.words.len()).sum::<usize>(),
        form.emotions.len()
    );
    let picked = form
        .emotions
        .iter()
        .find(|e| e.pleasantness > 0)
        .expect("a pleasant word");
    let typed = &form.emotions[0];
    phone.send(Action::SubmitCheckIn {
        input: CheckInInput {
            emotions: vec![picked.id.clone()],
            own_words: vec!["wobbly".into(), typed.word.clone()],
            ..feeling(2, 1)
        },
    });
    assert_eq!(phone.view.depth, 1);
    assert_eq!(phone.home().check_ins_today, 1);
    let last = phone.home().last_check_in.expect("the check-in");
    assert_eq!(last.emotions, [picked.id.clone(), typed.id.clone()]);
    // The core's line, led by his words: the feeling, never him.
    assert!(phone.notice().starts_with("Saved. "), "{}", phone.notice());
    assert!(phone.notice().contains("wobbly"), "{}", phone.notice());
    assert!(!phone.notice().contains("You're"), "{}", phone.notice());
    assert!(!phone.reminders.is_empty(), "the schedule is handed over");
}

#[test]
fn a_hard_check_in_asks_the_safety_questions_and_a_yes_opens_help_now_with_the_number() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.check_in(CheckInInput {
        stress: Some(9),
        ..feeling(-5, 4)
    });
    assert_eq!(on(&phone), "safety questions");
    phone.send(Action::AnswerSafetyQuestions {
        self_harm: Some(true),
        hurt_someone: None,
    });
    let AppScreen::HelpNow { help } = phone.screen() else {
        panic!("expected help now, got {}", on(&phone));
    };
    assert_eq!(help.situation, Some(Situation::SelfHarm));
    assert_eq!(help.region.as_ref().map(|r| r.code.as_str()), Some("AU"));
    assert!(
        help.lines
            .iter()
            .flat_map(|l| &l.actions)
            .any(|a| a.uri.starts_with("tel:"))
    );
    phone.send(Action::GoHome);
    assert!(
        phone.home().safety_card.is_some(),
        "a quiet card after a yes"
    );
}

#[test]
fn a_no_to_the_safety_questions_goes_home_with_the_cores_line() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.check_in(feeling(-5, -3));
    phone.send(Action::AnswerSafetyQuestions {
        self_harm: Some(false),
        hurt_someone: Some(false),
    });
    assert_eq!(phone.view.depth, 1);
    assert!(phone.notice().contains("Thanks"), "{}", phone.notice());
}

#[test]
fn words_of_crisis_in_a_note_bring_the_answer_in_place_of_the_form_and_closing_it_goes_back() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.check_in(CheckInInput {
        note: Some("honestly I want to kill myself tonight".into()),
        ..feeling(-1, -1)
    });
    let AppScreen::CrisisAnswer { answer } = phone.screen().clone() else {
        panic!("expected the crisis answer, got {}", on(&phone));
    };
    assert_eq!(answer.situation, Situation::SelfHarm);
    assert!(answer.urgent);
    let AnswerPart::Calls { lines, .. } = &answer.parts[0] else {
        panic!("calls first");
    };
    assert_eq!(lines[0].actions[0].target, "000");
    assert_eq!(
        phone.view.help.as_ref().and_then(|h| h.situation),
        Some(Situation::SelfHarm)
    );
    phone.send(Action::CloseCrisisAnswer);
    assert_eq!(on(&phone), "home");
}

// ----- The journal -----

#[test]
fn a_journal_entry_is_listed_found_by_search_and_edited_back_to_the_list() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Journal);
    phone.show(Destination::NewJournalEntry);
    let AppScreen::JournalEditor {
        entry: None,
        prompts,
    } = phone.screen()
    else {
        panic!("expected a new entry");
    };
    assert!(!prompts.themes.is_empty());
    phone.send(Action::SaveJournalEntry {
        input: JournalEntryInput {
            tags: vec!["walk".into()],
            ..entry("Took a long walk before dinner and felt my jaw unclench.")
        },
    });
    let AppScreen::Journal { items, .. } = phone.screen() else {
        panic!("back to the list, got {}", on(&phone));
    };
    assert_eq!(items.len(), 1);
    let id = items[0].id;

    phone.show(Destination::JournalSearch);
    phone.send(Action::SearchJournal {
        query: "jaw".into(),
    });
    let AppScreen::JournalSearch { hits, .. } = phone.screen() else {
        panic!("expected search");
    };
    assert_eq!(hits.iter().map(|h| h.entry_id).collect::<Vec<_>>(), [id]);
    let marked: Vec<_> = hits[0]
        .snippet
        .iter()
        .filter(|r| r.highlighted)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(marked, ["jaw"]);
    phone.send(Action::SearchJournal {
        query: String::new(),
    });
    assert!(matches!(phone.screen(), AppScreen::JournalSearch { hits, .. } if hits.is_empty()));

    phone.send(Action::Back);
    phone.show(Destination::JournalEntry { id });
    phone.send(Action::SaveJournalEntry {
        input: entry("Took a walk. Jaw unclenched."),
    });
    assert_eq!(phone.view.depth, 2, "editing goes back to the list");
    phone.send(Action::GoHome);
    assert_eq!(phone.home().journal_entry_count, 1);
}

#[test]
fn an_edited_journal_entry_goes_through_the_same_crisis_check_as_a_new_one() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Journal);
    phone.write("A long day at work.");
    assert_eq!(on(&phone), "journal", "an ordinary day answers nothing");
    let AppScreen::Journal { items, .. } = phone.screen() else {
        unreachable!()
    };
    let id = items[0].id;
    phone.show(Destination::JournalEntry { id });
    phone.send(Action::SaveJournalEntry {
        input: entry("A long day at work. I put my hands on her neck."),
    });
    assert!(
        matches!(phone.screen(), AppScreen::CrisisAnswer { answer } if answer.situation == Situation::HurtSomeone)
    );
    phone.send(Action::CloseCrisisAnswer);
    assert_eq!(on(&phone), "journal", "closing it returns to the journal");
}

#[test]
fn deleting_the_entry_in_the_editor_goes_back_to_a_list_without_it() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Journal);
    phone.write("Short one.");
    let AppScreen::Journal { items, .. } = phone.screen() else {
        unreachable!()
    };
    let id = items[0].id;
    phone.show(Destination::JournalEntry { id });
    phone.send(Action::DeleteJournalEntry);
    assert!(matches!(phone.screen(), AppScreen::Journal { items, .. } if items.is_empty()));
}

// ----- Anger moments, the question after, plans -----

#[test]
fn an_anger_moment_is_two_taps_from_home_and_words_of_harm_bring_the_pause_plan() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    let shortcut = phone
        .home()
        .shortcuts
        .into_iter()
        .find(|s| s.destination == HomeDestination::AngerMoment)
        .expect("the shortcut");
    assert_eq!(shortcut.label, "Log an anger moment");
    phone.send(Action::OpenShortcut {
        destination: shortcut.destination,
    });
    assert_eq!(on(&phone), "anger moment");
    phone.send(Action::RecordAngerMoment {
        input: anger("Cut off in traffic", 4, None),
    });
    assert_eq!(on(&phone), "home", "an ordinary moment answers nothing");

    phone.show(Destination::AngerMoment);
    phone.send(Action::RecordAngerMoment {
        input: anger("", 3, None),
    });
    assert!(!phone.error().is_empty(), "an empty moment is refused");
    assert_eq!(
        on(&phone),
        "anger moment",
        "a refused save stays on the form"
    );

    phone.send(Action::RecordAngerMoment {
        input: anger(
            "Argued about money",
            9,
            Some("I'm scared I'm going to hit her"),
        ),
    });
    let AppScreen::CrisisAnswer { answer } = phone.screen().clone() else {
        panic!("expected the answer, got {}", on(&phone));
    };
    assert_eq!(answer.title, "Step away now");
    let AnswerPart::Steps { link, .. } = &answer.parts[0] else {
        panic!("steps first");
    };
    let plan = link.clone().expect("the pause plan").document_id;
    phone.send(Action::OpenPlan { document_id: plan });
    assert!(
        matches!(phone.screen(), AppScreen::Plan { document, .. } if document.id == "pause-plan")
    );
}

#[test]
fn home_asks_how_he_is_the_next_time_and_worse_brings_the_same_help_again() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::AngerMoment);
    phone.send(Action::RecordAngerMoment {
        input: anger("Argued", 9, Some("I might hit her tonight")),
    });
    phone.send(Action::CloseCrisisAnswer);
    assert!(
        phone.home().follow_up_card.is_none(),
        "not in the same sitting"
    );
    phone.clock.set(at(NOW) + Duration::minutes(30));
    phone.send(Action::LockNow);
    phone.send(Action::UnlockWithDevice);
    assert!(phone.home().follow_up_card.is_some());
    phone.send(Action::AnswerFollowUp {
        answer: FollowUpAnswer::Worse,
    });
    assert!(
        matches!(phone.screen(), AppScreen::CrisisAnswer { answer } if answer.situation == Situation::HurtSomeone && answer.urgent)
    );
    phone.send(Action::GoHome);
    assert!(phone.home().follow_up_card.is_none(), "answered: not again");
}

#[test]
fn turning_the_question_off_from_the_card_keeps_it_off_and_settings_shows_it() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Journal);
    phone.write("Some days I just want to die.");
    phone.clock.set(at(NOW) + Duration::minutes(30));
    phone.send(Action::LockNow);
    phone.send(Action::UnlockWithDevice);
    assert!(phone.home().follow_up_card.is_some());
    phone.send(Action::SetCrisisFollowUp { on: false });
    assert!(phone.home().follow_up_card.is_none());
    assert!(phone.notice().contains("settings"), "{}", phone.notice());
    phone.show(Destination::Settings);
    assert!(
        matches!(phone.screen(), AppScreen::Settings { settings } if !settings.crisis_follow_up)
    );
    phone.send(Action::SetCrisisFollowUp { on: true });
    assert!(
        matches!(phone.screen(), AppScreen::Settings { settings } if settings.crisis_follow_up)
    );
}

#[test]
fn plans_save_and_come_back_as_stored_and_help_now_links_to_the_pause_plan() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.send(Action::ShowHelpNow { situation: None });
    let AppScreen::HelpNow { help } = phone.screen() else {
        panic!("expected help now");
    };
    let link = help
        .plan_links
        .iter()
        .find(|l| l.document_id == "pause-plan")
        .expect("a link to his pause plan")
        .document_id
        .clone();
    phone.send(Action::OpenPlan { document_id: link });
    let AppScreen::Plan { document, .. } = phone.screen().clone() else {
        panic!("expected the plan");
    };
    let field = document.fields[0].id.clone();
    phone.send(Action::SaveDocument {
        values: [(field.clone(), "Walk round the block.".to_owned())].into(),
    });
    assert_eq!(phone.notice(), "Saved.");
    phone.send(Action::GoHome);
    phone.show(Destination::Plans);
    phone.show(Destination::Plan {
        id: "pause-plan".into(),
    });
    let AppScreen::Plan { document, .. } = phone.screen() else {
        panic!("expected the plan");
    };
    assert_eq!(
        document
            .fields
            .iter()
            .find(|f| f.id == field)
            .map(|f| f.value.as_str()),
        Some("Walk round the block.")
    );
}

#[test]
fn insights_come_with_charts_whose_days_are_dates() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.check_in(feeling(2, 1));
    phone.send(Action::OpenShortcut {
        destination: HomeDestination::Insights,
    });
    phone.send(Action::ShowInsightsRange {
        range: InsightRange::Week,
    });
    let AppScreen::Insights { insights, charts } = phone.screen() else {
        panic!("expected insights");
    };
    assert_eq!(charts.len(), insights.trends.len());
    let points: Vec<_> = charts.iter().flat_map(|c| &c.points).collect();
    assert!(!points.is_empty());
    assert!(points.iter().all(|p| p.day.year == 2026));
    assert!(charts.iter().all(|c| c.scale_max >= c.scale_min));
    assert_eq!(phone.view.depth, 2, "another range replaces the screen");
}

// ----- A lesson -----

#[test]
fn a_lesson_keeps_a_draft_drops_a_late_one_and_completes() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    let module_id = phone.home().next_step.module_id.expect("a module to start");
    phone.show(Destination::PhaseMap);
    phone.show(Destination::ModuleOverview {
        module_id: module_id.clone(),
    });
    phone.send(Action::OpenModule {
        module_id: module_id.clone(),
    });
    let mut drafted = false;
    for _ in 0..40 {
        if matches!(phone.screen(), AppScreen::CrisisAnswer { .. }) {
            // A sample answer the crisis check reads as heavy: close it, the lesson goes on.
            phone.send(Action::CloseCrisisAnswer);
        }
        let AppScreen::LessonStep { step, .. } = phone.screen().clone() else {
            break;
        };
        let answer = step.exercise.as_ref().map(answer_for);
        if let Some(answer) = &answer
            && !drafted
        {
            drafted = true;
            phone.send(Action::SaveAnswer {
                answer: answer.clone(),
                module_id: step.module_id.clone(),
                step_index: step.step_index,
            });
            let AppScreen::LessonStep { step: saved, .. } = phone.screen() else {
                panic!("the draft stays on the step");
            };
            assert_eq!(saved.answer.as_ref(), Some(answer));
            assert_eq!(phone.view.depth, 4, "home, map, overview, step");
        }
        let before = phone.screen().clone();
        phone.send(Action::ContinueLesson {
            answer: answer.clone(),
        });
        assert_eq!(phone.view.notice, None, "refused: {}", phone.notice());
        if let Some(answer) = answer {
            let after = phone.screen().clone();
            phone.send(Action::SaveAnswer {
                answer,
                module_id: step.module_id.clone(),
                step_index: step.step_index,
            });
            assert_eq!(
                phone.screen(),
                &after,
                "a late draft never lands on the next step"
            );
            assert_ne!(before, after);
        }
    }
    assert!(drafted, "the first module has an exercise");
    if matches!(phone.screen(), AppScreen::CrisisAnswer { .. }) {
        // A sample answer the crisis check reads as heavy: the answer sits over the completion.
        phone.send(Action::CloseCrisisAnswer);
    }
    let AppScreen::ModuleCompletion { completion } = phone.screen() else {
        panic!("expected the completion, got {}", on(&phone));
    };
    assert_eq!(completion.module_id, module_id);
    phone.send(Action::GoHome);
    assert_ne!(phone.home().next_step.module_id, Some(module_id));
}

#[test]
fn words_of_crisis_in_an_exercise_answer_bring_the_answer_over_the_next_step() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    let module_id = phone.home().next_step.module_id.expect("a module");
    phone.send(Action::OpenModule { module_id });
    for _ in 0..10 {
        let AppScreen::LessonStep { step, .. } = phone.screen().clone() else {
            break;
        };
        if let Some(ExerciseView::Reflection { .. }) = &step.exercise {
            phone.send(Action::ContinueLesson {
                answer: Some(ExerciseAnswer::Reflection {
                    text: "Some days I just want to die.".into(),
                }),
            });
            assert!(
                matches!(phone.screen(), AppScreen::CrisisAnswer { answer } if answer.situation == Situation::SelfHarm)
            );
            phone.send(Action::CloseCrisisAnswer);
            assert_eq!(on(&phone), "lesson step", "the lesson goes on under it");
            return;
        }
        phone.send(Action::ContinueLesson {
            answer: step.exercise.as_ref().map(answer_for),
        });
    }
    panic!("no reflection in the first module");
}

// ----- The new dad -----

fn baby_born_weeks_ago(phone: &Phone, weeks: i64) -> BabyDate {
    let day =
        (groundwork_core::Clock::now(phone.clock.as_ref()) - Duration::weeks(weeks)).date_naive();
    BabyDate {
        kind: BabyDateKind::Born,
        date: day,
    }
}

#[test]
fn a_team_module_asks_the_home_safety_question_first_and_not_sure_shows_why_with_help() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::new_dad(dir.path(), &["new-father"], 12);
    phone.send(Action::OpenModule {
        module_id: "co-parenting-as-a-team".into(),
    });
    let AppScreen::HomeSafetyQuestion { question } = phone.screen() else {
        panic!("expected the question, got {}", on(&phone));
    };
    assert_eq!(question.choices.len(), 3);
    phone.send(Action::AnswerHomeSafetyQuestion {
        answer: HomeSafetyAnswer::NotSure,
    });
    let AppScreen::HomeSafetyNotYet { not_yet } = phone.screen() else {
        panic!("expected why, got {}", on(&phone));
    };
    assert_eq!(not_yet.help_now.situation, Some(Situation::HurtSomeone));
    assert_eq!(phone.view.depth, 2, "the answer replaced the question");
}

#[test]
fn a_no_to_the_home_safety_question_opens_the_module_in_its_place() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::new_dad(dir.path(), &["new-father"], 12);
    phone.send(Action::OpenModule {
        module_id: "co-parenting-as-a-team".into(),
    });
    phone.send(Action::AnswerHomeSafetyQuestion {
        answer: HomeSafetyAnswer::No,
    });
    assert!(
        matches!(phone.screen(), AppScreen::LessonStep { step, .. } if step.module_id == "co-parenting-as-a-team")
    );
    assert_eq!(phone.view.depth, 2);
    assert!(matches!(phone.view.notice, Some(AppNotice::Message { .. })));
}

#[test]
fn at_thirteen_weeks_new_dad_home_offers_the_mood_check_and_a_hard_answer_ends_at_help_now() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::new_dad(dir.path(), &["general", "new-father"], 12);
    assert!(phone.home().dad_mood_card.is_none(), "not before 13 weeks");
    phone.clock.set(at(NOW) + Duration::days(7));
    phone.send(Action::Reload);
    assert!(phone.home().dad_mood_card.is_some());

    phone.send(Action::OpenDadMoodCheck);
    assert_eq!(
        phone.view.help.as_ref().and_then(|h| h.situation),
        Some(Situation::NewDad)
    );
    phone.send(Action::AnswerDadMoodCheck {
        answers: vec![2, 2],
    });
    assert!(!phone.error().is_empty(), "two answers for three questions");
    assert_eq!(on(&phone), "dad mood check", "the check stays");

    phone.send(Action::AnswerDadMoodCheck {
        answers: vec![2, 1, 0],
    });
    assert!(
        matches!(phone.screen(), AppScreen::HelpNow { help } if help.situation == Some(Situation::NewDad))
    );
    assert_eq!(phone.view.depth, 2, "help now takes the check's place");
    assert!(phone.notice().contains("common"), "{}", phone.notice());
    phone.send(Action::Back);
    assert!(phone.home().dad_mood_card.is_none(), "offered once");
}

#[test]
fn not_now_to_the_mood_check_removes_the_card() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::new_dad(dir.path(), &["general", "new-father"], 13);
    assert!(phone.home().dad_mood_card.is_some());
    phone.send(Action::SkipDadMoodCheck);
    assert!(phone.home().dad_mood_card.is_none());
    phone.send(Action::OpenDadMoodCheck);
    assert!(!phone.error().is_empty(), "no check to open now");
    assert_eq!(phone.view.depth, 1);
}

#[test]
fn an_easy_answer_to_the_mood_check_goes_home_with_the_cores_words() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::new_dad(dir.path(), &["general", "new-father"], 13);
    phone.send(Action::OpenDadMoodCheck);
    phone.send(Action::AnswerDadMoodCheck {
        answers: vec![1, 1, 1],
    });
    assert_eq!((on(&phone), phone.view.depth), ("home", 1));
    assert!(
        matches!(&phone.view.notice, Some(AppNotice::Message { text }) if !text.is_empty()),
        "{:?}",
        phone.view.notice
    );
    assert!(
        phone.home().dad_mood_card.is_none(),
        "answered: offered once"
    );
}

// ----- Finding his people -----

// ----- Help now from everywhere -----

fn assert_help_on_top(phone: &Phone, what: &str) -> HelpButton {
    let help = phone
        .view
        .help
        .clone()
        .unwrap_or_else(|| panic!("{what}: no help"));
    assert_eq!(help.label, "Help now", "{what}");
    assert_eq!(help.emergency_number.as_deref(), Some("000"), "{what}");
    assert_eq!(
        &help,
        phone.screen().help(),
        "{what}: the view's button is the screen's"
    );
    help
}

/// Checks the button on top, presses it and comes back.
fn press_help(phone: &mut Phone, seen: &mut Vec<&'static str>) {
    let what = on(phone);
    seen.push(what);
    let help = assert_help_on_top(phone, what);
    let depth = phone.view.depth;
    phone.send(Action::OpenHelp);
    if what == "help now" {
        assert_eq!(phone.view.depth, depth, "help now's own button stays put");
        return;
    }
    assert!(
        matches!(phone.screen(), AppScreen::HelpNow { help: h } if h.situation == help.situation),
        "{what}: help now opens at the screen's situation"
    );
    phone.send(Action::Back);
    assert_eq!(on(phone), what, "{what}: back returns");
}

#[test]
fn every_screen_carries_the_cores_help_button_and_pressing_it_opens_help_now_there() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::new(dir.path());
    let mut seen = Vec::new();
    phone.send(Action::Start);
    press_help(&mut phone, &mut seen);
    phone.onboard_with(
        choices(&["general", "new-father"], None),
        OnboardingLock::NotNow,
    );
    press_help(&mut phone, &mut seen);

    let destinations = [
        Destination::CheckIn,
        Destination::AngerMoment,
        Destination::Journal,
        Destination::NewJournalEntry,
        Destination::JournalSearch,
        Destination::Insights {
            range: InsightRange::Month,
        },
        Destination::Plans,
        Destination::Plan {
            id: "pause-plan".into(),
        },
        Destination::Settings,
        Destination::YourPath,
        Destination::PhaseMap,
    ];
    for destination in destinations {
        phone.send(Action::GoHome);
        phone.show(destination);
        press_help(&mut phone, &mut seen);
    }
    phone.send(Action::GoHome);
    phone.show(Destination::AngerMoment);
    assert_eq!(
        phone.view.help.as_ref().and_then(|h| h.situation),
        Some(Situation::HurtSomeone),
        "the anger moment form opens help at hurt-someone"
    );

    phone.send(Action::GoHome);
    phone.send(Action::ShowHelpNow { situation: None });
    press_help(&mut phone, &mut seen);

    phone.send(Action::GoHome);
    phone.check_in(CheckInInput {
        anger: Some(9),
        ..feeling(-5, 4)
    });
    press_help(&mut phone, &mut seen);

    phone.send(Action::GoHome);
    phone.show(Destination::AngerMoment);
    phone.send(Action::RecordAngerMoment {
        input: AngerMomentInput {
            what_i_did: Some("Shoved her into the wall".into()),
            ..anger("Argued", 9, None)
        },
    });
    press_help(&mut phone, &mut seen);

    phone.send(Action::GoHome);
    let code = groundwork_core::create_recommendation_code(
        vec!["the-pause-plan".into()],
        "Sam".into(),
        None,
    )
    .expect("a code");
    phone.send(Action::OpenCode { text: code.code });
    press_help(&mut phone, &mut seen);

    phone.send(Action::GoHome);
    let module_id = phone.home().next_step.module_id.expect("a module");
    phone.show(Destination::ModuleOverview {
        module_id: module_id.clone(),
    });
    press_help(&mut phone, &mut seen);
    phone.send(Action::OpenModule { module_id });
    press_help(&mut phone, &mut seen);
    for _ in 0..40 {
        if matches!(phone.screen(), AppScreen::CrisisAnswer { .. }) {
            // A sample answer the crisis check reads as heavy: close it, the lesson goes on.
            phone.send(Action::CloseCrisisAnswer);
        }
        let AppScreen::LessonStep { step, .. } = phone.screen().clone() else {
            break;
        };
        phone.send(Action::ContinueLesson {
            answer: step.exercise.as_ref().map(answer_for),
        });
    }
    if matches!(phone.screen(), AppScreen::CrisisAnswer { .. }) {
        phone.send(Action::CloseCrisisAnswer);
    }
    press_help(&mut phone, &mut seen);

    phone.send(Action::GoHome);
    let baby = baby_born_weeks_ago(&phone, 12);
    phone.show(Destination::YourPath);
    phone.onboard_with(choices(&["new-father"], Some(baby)), OnboardingLock::NotNow);
    phone.send(Action::OpenModule {
        module_id: "co-parenting-as-a-team".into(),
    });
    press_help(&mut phone, &mut seen);
    phone.send(Action::AnswerHomeSafetyQuestion {
        answer: HomeSafetyAnswer::NotSure,
    });
    press_help(&mut phone, &mut seen);

    phone.send(Action::GoHome);
    let baby = baby_born_weeks_ago(&phone, 13);
    phone.show(Destination::YourPath);
    phone.onboard_with(choices(&["new-father"], Some(baby)), OnboardingLock::NotNow);
    phone.send(Action::OpenDadMoodCheck);
    press_help(&mut phone, &mut seen);

    phone.send(Action::GoHome);
    let bundle = groundwork_tests::edited_core_en_bundle(|_| {});
    phone.show(Destination::Settings);
    phone.send(Action::PreviewPack { bundle });
    press_help(&mut phone, &mut seen);

    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), 23, "every kind of screen was walked: {seen:?}");

    // Locked: the lock screen's button, with the remembered region's number.
    phone.send(Action::LockNow);
    let locked = phone.view.help.clone().expect("help on the lock screen");
    assert_eq!(locked.emergency_number.as_deref(), Some("000"));
    phone.send(Action::OpenHelp);
    assert!(phone.view.help_before_unlock.is_some());
    assert!(phone.locked());
}

#[test]
fn help_now_before_unlock_comes_from_the_content_alone_and_remembers_a_region_choice() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::with_pin(dir.path());
    phone.send(Action::LockNow);
    phone.send(Action::ShowHelpNow {
        situation: Some(Situation::HurtSomeone),
    });
    let help = phone.view.help_before_unlock.clone().expect("help now");
    assert_eq!(help.situation, Some(Situation::HurtSomeone));
    assert_eq!(help.region.as_ref().map(|r| r.code.as_str()), Some("AU"));
    assert!(help.safety_plan.is_none(), "nothing he wrote before unlock");
    phone.send(Action::ChooseRegion { code: "nz".into() });
    assert_eq!(
        phone
            .view
            .help_before_unlock
            .as_ref()
            .and_then(|h| h.region.as_ref())
            .map(|r| r.code.as_str()),
        Some("NZ")
    );
    assert_eq!(phone.preferences.region.as_deref(), Some("NZ"));
    assert_eq!(
        std::fs::read_to_string(groundwork_core::region_file_path(dir.path()))
            .expect("the region remembered beside the database"),
        "NZ"
    );
    phone.send(Action::CloseHelpBeforeUnlock);
    assert!(phone.view.help_before_unlock.is_none());
}

#[test]
fn on_a_phone_set_to_french_a_refused_region_is_said_in_french() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::new(dir.path());
    phone.app = Navigator::new(
        dir.path(),
        ShellPreferences::default(),
        Some("fr_CA.UTF-8".into()),
        phone.clock.clone(),
    )
    .with_kdf(cheap_kdf());
    phone.send(Action::Start);
    phone.onboard(OnboardingLock::NotNow);
    phone.show(Destination::Settings);
    phone.send(Action::ChooseRegion { code: "AUS".into() });
    assert_eq!(
        phone.error(),
        "Vérifie la région : utilise un code de région de deux lettres, comme CA. Rien n'a été changé."
    );
}

#[test]
fn a_region_that_is_not_two_letters_is_said_as_an_error_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Settings);
    let before = phone.preferences.region.clone();
    assert_eq!(before.as_deref(), Some("AU"));
    for bad in ["AUS", "A1", "", "ÅU"] {
        phone.send(Action::ChooseRegion { code: bad.into() });
        assert_eq!(
            phone.error(),
            "Check the region: use a two-letter region code, such as AU. Nothing was changed.",
            "{bad:?}"
        );
        assert_eq!(phone.preferences.region, before, "{bad:?}");
        match phone.screen() {
            AppScreen::Settings { settings } => {
                assert_eq!(settings.region.as_ref().map(|r| r.as_str()), Some("AU"))
            }
            other => panic!("settings stays open, not {}", name(other)),
        }
    }
}

#[test]
fn help_on_the_discreet_lock_screen_lists_plain_numbers_until_he_asks_what_they_are() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::with_pin(dir.path());
    phone.show(Destination::Settings);
    phone.send(Action::SetDiscreet { on: true });
    phone.send(Action::LockNow);
    assert_eq!(phone.lock_view().screen.help.label, "Numbers");

    phone.send(Action::OpenHelp);
    let plain = phone.view.help_before_unlock.clone().expect("the numbers");
    assert_eq!(plain.title, "Numbers");
    assert_eq!(
        plain.emergency.as_ref().map(|e| e.name.as_str()),
        Some("Emergency")
    );
    assert!(
        plain.situations.is_empty(),
        "no situation names what is going on"
    );
    assert!(
        plain
            .lines
            .iter()
            .all(|l| l.name.starts_with("Line ") && l.for_whom.is_empty())
    );
    let show = plain
        .show_details
        .clone()
        .expect("a way to see what each line is for");

    phone.send(Action::ShowHelpDetails);
    let full = phone
        .view
        .help_before_unlock
        .clone()
        .expect("help now in full");
    assert_eq!(full.title, "Help now");
    assert!(full.show_details.is_none());
    assert!(!full.situations.is_empty());
    let uris = |h: &groundwork_core::HelpNowScreen| -> Vec<String> {
        h.lines
            .iter()
            .flat_map(|l| l.actions.iter().map(|a| a.uri.clone()))
            .collect()
    };
    assert_eq!(
        uris(&plain),
        uris(&full),
        "the same numbers, in the same order"
    );
    assert!(full.lines.iter().any(|l| l.name.contains("Lifeline")));
    assert!(!show.is_empty());

    phone.send(Action::CloseHelpBeforeUnlock);
    phone.send(Action::OpenHelp);
    let again = phone
        .view
        .help_before_unlock
        .clone()
        .expect("the numbers again");
    assert_eq!(
        again.title, "Numbers",
        "the choice lasts until help is closed"
    );

    phone.send(Action::CloseHelpBeforeUnlock);
    phone.show(Destination::Settings);
    phone.send(Action::Unlock { secret: pin(PIN) });
    phone.send(Action::SetDiscreet { on: false });
    phone.send(Action::LockNow);
    phone.send(Action::OpenHelp);
    let open = phone.view.help_before_unlock.clone().expect("help now");
    assert_eq!(
        open.title, "Help now",
        "without discreet mode nothing is hidden"
    );
    assert!(open.show_details.is_none());
}

// ----- Links, reminders, recommendations -----

#[test]
fn a_tapped_reminder_opens_its_screen_and_an_unknown_link_goes_nowhere() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Journal);
    phone.send(Action::OpenLink {
        url: "groundwork://check-in".into(),
    });
    assert_eq!((on(&phone), phone.view.depth), ("check-in", 2));
    phone.send(Action::OpenLink {
        url: "groundwork://new-dad".into(),
    });
    assert_eq!((on(&phone), phone.view.depth), ("phase map", 2));
    phone.send(Action::OpenLink {
        url: "groundwork://practice".into(),
    });
    assert_eq!(phone.view.depth, 1);
    phone.send(Action::OpenLink {
        url: "groundwork://journal".into(),
    });
    assert!(
        phone.error().starts_with("Check the link:"),
        "{}",
        phone.error()
    );
    assert_eq!(phone.view.depth, 1);

    phone.send(Action::LockNow);
    phone.send(Action::OpenLink {
        url: "groundwork://help?situation=self-harm".into(),
    });
    assert!(
        phone.view.help_before_unlock.is_some(),
        "help opens before unlock"
    );
    assert!(phone.locked());
}

#[test]
fn a_counsellors_link_opens_the_recommendation_even_from_the_lock_screen() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    let code = groundwork_core::create_recommendation_code(
        vec!["the-pause-plan".into()],
        "Sam".into(),
        None,
    )
    .expect("a code");
    phone.send(Action::LockNow);
    phone.send(Action::OpenLink {
        url: code.link.clone(),
    });
    phone.send(Action::UnlockWithDevice);
    let AppScreen::Recommendation { recommendation, .. } = phone.screen().clone() else {
        panic!("the link waited for unlock, got {}", on(&phone));
    };
    assert_eq!(phone.view.depth, 2);
    phone.send(Action::AcceptRecommendation);
    assert_eq!(phone.view.depth, 1, "accepting goes home");
    let card = phone.home().recommendations.expect("on home");
    assert_eq!(card.headline, recommendation.headline);
    phone.send(Action::OpenLink {
        url: "groundwork://recommend?code=NOPE".into(),
    });
    assert!(phone.error().starts_with("Check the recommendation code:"));
}

#[test]
fn reminders_are_scheduled_from_the_core_and_discreet_mode_reaches_the_lock_screen() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    assert_eq!(
        phone.reminders.last(),
        Some(&vec![]),
        "off until he turns them on"
    );
    phone.show(Destination::Settings);
    let AppScreen::Settings { settings } = phone.screen().clone() else {
        panic!("expected settings");
    };
    let mut reminders = settings.reminders;
    reminders.daily_check_in = Some(TimeOfDay {
        hour: 20,
        minute: 30,
    });
    phone.send(Action::SaveReminderSettings {
        settings: reminders,
    });
    let last = phone.reminders.last().expect("a schedule");
    assert!(last.len() >= 13);
    assert!(last.iter().all(|n| n.kind == ReminderKind::CheckIn));
    assert_eq!(last[0].deep_link, "groundwork://check-in");

    phone.send(Action::SetDiscreet { on: true });
    assert!(
        phone
            .reminders
            .last()
            .expect("again")
            .iter()
            .all(|n| n.title == "Reminder")
    );
    assert!(phone.preferences.discreet);
    phone.send(Action::LockNow);
    assert_eq!(phone.lock_view().texts.app_display_name, "Notes");
    assert_eq!(phone.lock_view().screen.title, "Notes");
}

// ----- Backup, erase, the key moving -----

#[test]
fn a_backup_goes_to_the_share_sheet_and_restores_after_erasing_everything() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.write("Backed up thoughts.");
    phone.send(Action::GoHome);
    phone.show(Destination::Settings);
    phone.send(Action::MakeBackup {
        passphrase: "correct horse battery".into(),
    });
    let (_, backup) = phone.shared.last().cloned().expect("a backup to share");
    phone.send(Action::MakeBackup {
        passphrase: "short".into(),
    });
    assert!(!phone.error().contains("short"));

    phone.send(Action::EraseEverything);
    assert!(phone.view.first_run, "the app starts again as new");
    assert!(
        phone.reminders.iter().any(Vec::is_empty),
        "erasing cancels every reminder"
    );
    phone.onboard(OnboardingLock::NotNow);
    assert_eq!(phone.home().journal_entry_count, 0);
    phone.send(Action::RestoreBackup {
        bytes: backup,
        passphrase: "correct horse battery".into(),
        mode: RestoreMode::ReplaceEmpty,
    });
    assert!(
        phone.notice().starts_with("Restored: "),
        "{}",
        phone.notice()
    );
    assert_eq!(phone.home().journal_entry_count, 1);
}

#[test]
fn the_share_sheets_copy_is_deleted_when_he_comes_back_when_it_locks_and_at_the_next_start() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    let at_start = phone.shares_deleted;
    assert_eq!(
        at_start, 1,
        "a copy an earlier run left behind is cleared at start"
    );
    phone.show(Destination::Settings);
    phone.send(Action::MakeBackup {
        passphrase: "correct horse battery".into(),
    });
    assert_eq!(phone.shared.len(), 1);
    assert_eq!(
        phone.shares_deleted, at_start,
        "not while the other app has it"
    );
    let back = minutes(&phone, 0);
    phone.send(Action::CameBack { at: back });
    assert_eq!(phone.shares_deleted, at_start + 1);
    phone.send(Action::CameBack { at: back });
    assert_eq!(phone.shares_deleted, at_start + 1, "once per file shared");

    phone.show(Destination::Settings);
    phone.send(Action::MakeBackup {
        passphrase: "correct horse battery".into(),
    });
    phone.send(Action::LockNow);
    assert_eq!(phone.shares_deleted, at_start + 2, "locking deletes it too");
}

#[test]
fn removing_the_lock_saves_the_key_first_then_the_lock_goes() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::with_pin(dir.path());
    phone.show(Destination::Settings);
    phone.send(Action::RemoveAppLock {
        secret: pin("000000"),
    });
    assert!(phone.error().contains("didn't match"));
    assert_eq!(phone.key, None, "a wrong PIN changes nothing");

    phone.send(Action::RemoveAppLock { secret: pin(PIN) });
    assert_eq!(phone.notice(), "App lock is off.");
    assert_eq!(phone.key.as_ref().map(Vec::len), Some(32));
    phone.relaunch();
    assert_eq!(phone.view.phase, Phase::Unlocked, "the key store opens it");
}

#[test]
fn removing_the_lock_when_the_key_store_refuses_or_garbles_the_key_leaves_the_lock_in_place() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::with_pin(dir.path());
    phone.show(Destination::Settings);

    phone.store_refuses = true;
    phone.send(Action::RemoveAppLock { secret: pin(PIN) });
    assert!(phone.error().contains("could not be moved"));
    phone.store_refuses = false;
    phone.store_garbles = true;
    phone.send(Action::RemoveAppLock { secret: pin(PIN) });
    assert!(phone.error().contains("could not be moved"));

    phone.relaunch();
    assert_eq!(phone.lock_view().kind, Some(LockKind::Pin), "still locked");
    phone.send(Action::Unlock { secret: pin(PIN) });
    assert_eq!(phone.view.phase, Phase::Unlocked, "the PIN still opens it");
}

#[test]
fn setting_a_lock_when_the_key_store_cannot_delete_its_copy_keeps_the_lock_and_the_pin_opens() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.delete_fails = true;
    phone.show(Destination::Settings);
    phone.send(Action::SetAppLock {
        secret: pin(PIN),
        erase_after: None,
    });
    phone.relaunch();
    assert_eq!(phone.lock_view().kind, Some(LockKind::Pin));
    phone.send(Action::Unlock { secret: pin(PIN) });
    assert_eq!(phone.view.phase, Phase::Unlocked);
}

#[test]
fn a_lock_the_core_refuses_leaves_the_key_in_the_key_store() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Settings);
    phone.send(Action::SetAppLock {
        secret: pin("12"),
        erase_after: None,
    });
    assert!(!phone.error().is_empty());
    assert!(phone.key.is_some());
    phone.relaunch();
    assert_eq!(phone.view.phase, Phase::Unlocked);
}

#[test]
fn a_web_link_in_a_lesson_is_the_platforms_to_open() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.send(Action::FollowLink {
        link: groundwork_core::curriculum::SpanLink::Web {
            url: "https://example.org".into(),
        },
    });
    assert_eq!(phone.urls, ["https://example.org"]);
    phone.send(Action::FollowLink {
        link: groundwork_core::curriculum::SpanLink::HelpNow {
            situation: Some(Situation::Talk),
        },
    });
    assert!(
        matches!(phone.screen(), AppScreen::HelpNow { help } if help.situation == Some(Situation::Talk))
    );
}

#[test]
fn with_a_pin_set_fingerprint_or_face_is_refused_and_the_key_stays_out_of_the_key_store() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::with_pin(dir.path());
    phone.show(Destination::Settings);
    phone.send(Action::SetBiometricKey { on: true });
    assert!(
        phone.error().starts_with("Check fingerprint or face:"),
        "{}",
        phone.error()
    );
    assert_eq!(phone.key, None);

    phone.send(Action::LockNow);
    let view = phone.app.send(Action::UnlockWithDevice);
    assert!(
        view.effects.is_empty(),
        "with a PIN set, the unlock button asks the key store for nothing"
    );
    assert!(phone.locked());
}

#[test]
fn the_timer_the_core_asks_for_locks_at_exactly_its_time_even_with_a_clock_finer_than_a_millisecond()
 {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone
        .clock
        .set(at(NOW) + Duration::nanoseconds(123_456_789));
    phone.show(Destination::Settings);
    phone.send(Action::Export {
        format: groundwork_core::export::ExportFormat::Csv,
    });
    phone.send(Action::WentToBackground {
        at: minutes(&phone, 0),
    });
    let due = *phone.timers.last().expect("a timer");
    assert_eq!(
        due.timestamp_subsec_nanos() % 1_000_000,
        0,
        "whole milliseconds"
    );
    phone.send(Action::LockCheckDue { at: due });
    assert!(phone.locked());
}

#[test]
fn a_heated_first_evening_leads_with_the_pause_plan_and_closes_the_loop_on_its_commitment() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::new(dir.path());
    phone.send(Action::Start);
    phone.onboard_with(
        OnboardingChoices {
            things_are_hard: true,
            ..choices(&["general"], None)
        },
        OnboardingLock::NotNow,
    );
    let home = phone.home();
    assert_eq!(home.start_here.expect("the heated path").id, "heated");
    assert_eq!(home.next_step.module_id.as_deref(), Some("the-pause-plan"));
    phone.send(Action::OpenModule {
        module_id: "the-pause-plan".into(),
    });
    for _ in 0..20 {
        if matches!(phone.screen(), AppScreen::CrisisAnswer { .. }) {
            // A sample answer the crisis check reads as heavy: close it, the lesson goes on.
            phone.send(Action::CloseCrisisAnswer);
        }
        let AppScreen::LessonStep { step, .. } = phone.screen().clone() else {
            break;
        };
        let answer = step.exercise.as_ref().map(answer_for);
        phone.send(Action::ContinueLesson { answer });
    }
    if matches!(phone.screen(), AppScreen::CrisisAnswer { .. }) {
        phone.send(Action::CloseCrisisAnswer);
    }
    let AppScreen::ModuleCompletion { completion } = phone.screen().clone() else {
        panic!("expected the completion, got {}", on(&phone));
    };
    let id = completion.commitment.expect("a commitment").id;
    phone.send(Action::GoHome);

    // A week on, home asks how it went; the answer is met warmly and the question goes.
    phone
        .clock
        .set(phone.clock.now() + chrono::Duration::days(7));
    phone.send(Action::Reload);
    let card = phone.home().week_review.expect("the week's-end question");
    assert_eq!(card.commitment_id, id);
    phone.send(Action::AnswerWeekReview {
        id,
        outcome: groundwork_core::curriculum::WeekOutcome::Partly,
    });
    assert_eq!(on(&phone), "home");
    assert!(
        phone.notice().starts_with("Part of it happened"),
        "{}",
        phone.notice()
    );
    assert_eq!(phone.home().week_review, None);
}

#[test]
fn a_repair_is_marked_done_from_the_app_after_the_fact() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::AngerMoment);
    phone.send(Action::RecordAngerMoment {
        input: AngerMomentInput {
            repair_needed: true,
            ..anger("Shouted at the kids", 7, None)
        },
    });
    // The moment's id, as a list of moments would give it: through a second handle with the key
    // the key store holds.
    let key = groundwork_core::DatabaseKey::from_bytes(phone.key.as_deref().expect("the key"))
        .expect("32 bytes");
    let g = groundwork_core::Groundwork::open_with(dir.path(), &key, phone.clock.clone())
        .expect("a second handle");
    let moment = g.recent_anger_moments(1).expect("list")[0].clone();
    assert!(!moment.repair_done);
    phone.send(Action::MarkRepairDone { id: moment.id });
    assert_eq!(
        phone.notice(),
        groundwork_core::repair_done_message(groundwork_core::base::text::Language::ENGLISH)
    );
    assert!(g.recent_anger_moments(1).expect("list")[0].repair_done);
}

// ----- What the app models used to check on their own -----

#[test]
fn after_not_now_the_mood_check_comes_back_at_twenty_six_weeks() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::new_dad(dir.path(), &["general", "new-father"], 13);
    phone.send(Action::SkipDadMoodCheck);
    assert!(phone.home().dad_mood_card.is_none());
    phone.clock.set(at(NOW) + Duration::days(91));
    phone.send(Action::Reload);
    assert!(
        phone.home().dad_mood_card.is_some(),
        "offered again at 26 weeks"
    );
}

#[test]
fn help_now_for_talking_to_someone_lists_his_regions_peer_groups_and_other_situations_do_not() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.send(Action::ShowHelpNow {
        situation: Some(Situation::Talk),
    });
    let AppScreen::HelpNow { help } = phone.screen() else {
        panic!("expected help now, got {}", on(&phone));
    };
    let groups = help
        .peer_groups
        .clone()
        .expect("the groups come with talking");
    assert_eq!(groups.region_name, "Australia");
    assert!(!groups.groups.is_empty());
    assert!(
        groups.groups.iter().all(|g| !g.actions.is_empty()),
        "each says how to find the nearest"
    );
    phone.send(Action::ShowHelpNow {
        situation: Some(Situation::HurtSomeone),
    });
    assert!(matches!(phone.screen(), AppScreen::HelpNow { help } if help.peer_groups.is_none()));
}

#[test]
fn home_offers_peer_groups_three_weeks_in_and_not_now_puts_the_card_away_for_good() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.check_in(feeling(1, 0));
    phone.clock.set(at(NOW) + Duration::days(20));
    phone.send(Action::Reload);
    assert!(
        phone.home().peer_groups_card.is_none(),
        "not before three weeks"
    );
    phone.clock.set(at(NOW) + Duration::days(21));
    phone.send(Action::Reload);
    let card = phone.home().peer_groups_card.expect("three weeks in");
    assert_eq!(card.groups.region_name, "Australia");
    assert!(!card.dismiss_label.is_empty());

    phone.send(Action::DismissPeerGroupsCard);
    assert_eq!(phone.view.depth, 1);
    assert!(phone.home().peer_groups_card.is_none(), "put away");
    phone.clock.set(at(NOW) + Duration::days(51));
    phone.send(Action::Reload);
    assert!(phone.home().peer_groups_card.is_none(), "for good");
}

#[test]
fn help_now_before_unlock_says_the_lines_hours_by_the_phones_clock() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::with_pin(dir.path());
    phone.send(Action::LockNow);
    // A Sunday evening in Perth: PANDA, on Sydney hours, opens at 6 am tomorrow, his time.
    phone.clock.set(at("2026-12-06T20:00:00+08:00"));
    phone.send(Action::ShowHelpNow {
        situation: Some(Situation::NewDad),
    });
    let help = phone.view.help_before_unlock.clone().expect("help now");
    assert_eq!(
        help.lines
            .iter()
            .find(|l| l.id == "au-panda")
            .map(|l| l.hours.as_str()),
        Some("Closed now, opens tomorrow 6 am")
    );
    assert_eq!(
        help.emergency.map(|e| e.hours).as_deref(),
        Some("Open 24 hours")
    );
}

fn lifeline(help: &groundwork_core::HelpNowScreen) -> Option<&str> {
    help.lines
        .iter()
        .find(|l| l.name.contains("Lifeline"))
        .and_then(|l| l.actions.first())
        .map(|a| a.target.as_str())
}

fn newer_pack() -> Vec<u8> {
    groundwork_tests::edited_core_en_bundle(|dir| groundwork_tests::set_pack_version(dir, "90.0.0"))
}

#[test]
fn a_pack_that_changes_a_help_line_is_refused_and_one_installed_keeps_the_built_in_numbers() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Settings);
    phone.send(Action::PreviewPack {
        bundle: b"not a pack".to_vec(),
    });
    assert!(
        phone.error().ends_with("Nothing was changed."),
        "{}",
        phone.error()
    );
    assert_eq!(on(&phone), "settings", "nothing opens");

    let changed = groundwork_tests::edited_core_en_bundle(|dir| {
        groundwork_tests::set_pack_version(dir, "90.0.0");
        groundwork_tests::replace_in(dir, "helplines.toml", "\"13 11 14\"", "\"13 99 99\"");
    });
    phone.send(Action::PreviewPack { bundle: changed });
    assert!(
        phone.error().contains("Lifeline's number in Australia"),
        "{}",
        phone.error()
    );
    assert_eq!(on(&phone), "settings", "nothing opens");

    phone.send(Action::PreviewPack {
        bundle: newer_pack(),
    });
    let AppScreen::InstallPack { preview } = phone.screen() else {
        panic!("expected the preview, got {}", on(&phone));
    };
    assert!(preview.secret_kind.is_none(), "no app lock is set");
    assert!(
        preview
            .may_not_change
            .iter()
            .any(|s| s.contains("Emergency numbers and help lines"))
    );
    phone.send(Action::ConfirmPackInstall { secret: None });
    let AppScreen::Settings { settings } = phone.screen().clone() else {
        panic!("back to settings, got {}", on(&phone));
    };
    assert!(settings.content.installed);
    assert_eq!(phone.notice(), settings.content.summary);

    phone.send(Action::ShowHelpNow {
        situation: Some(Situation::Talk),
    });
    let AppScreen::HelpNow { help } = phone.screen() else {
        panic!("expected help now");
    };
    assert_eq!(lifeline(help), Some("131114"));
    phone.send(Action::LockNow);
    phone.send(Action::ShowHelpNow {
        situation: Some(Situation::Talk),
    });
    let before = phone.view.help_before_unlock.clone().expect("help now");
    assert_eq!(lifeline(&before), Some("131114"), "before unlock too");
}

#[test]
fn with_an_app_lock_installing_a_pack_asks_for_the_pin_and_a_wrong_one_installs_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::with_pin(dir.path());
    phone.show(Destination::Settings);
    phone.send(Action::PreviewPack {
        bundle: newer_pack(),
    });
    let AppScreen::InstallPack { preview } = phone.screen() else {
        panic!("expected the preview, got {}", on(&phone));
    };
    assert_eq!(preview.secret_kind, Some(LockKind::Pin));

    phone.send(Action::ConfirmPackInstall { secret: None });
    assert!(phone.error().contains("PIN"), "{}", phone.error());
    phone.send(Action::ConfirmPackInstall {
        secret: Some(pin("000000")),
    });
    assert!(phone.error().contains("didn't match"), "{}", phone.error());
    assert_eq!(on(&phone), "install pack", "still on the preview");

    phone.send(Action::ConfirmPackInstall {
        secret: Some(pin(PIN)),
    });
    assert!(
        matches!(phone.screen(), AppScreen::Settings { settings } if settings.content.installed),
        "installed, back in settings: {}",
        on(&phone)
    );
}

#[test]
fn an_export_is_a_markdown_file_handed_to_the_share_sheet() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::Settings);
    let view = phone.app.send(Action::Export {
        format: groundwork_core::export::ExportFormat::Markdown,
    });
    let shared: Vec<_> = view
        .effects
        .iter()
        .filter_map(|e| match e {
            Effect::ShareFile {
                file_name,
                mime_type,
                contents,
            } => Some((file_name.clone(), mime_type.clone(), contents.len())),
            _ => None,
        })
        .collect();
    assert_eq!(shared.len(), 1, "{:?}", view.effects);
    let (file_name, mime_type, size) = &shared[0];
    assert!(file_name.ends_with(".md"), "{file_name}");
    assert_eq!(mime_type, "text/markdown");
    assert!(*size > 0);
}

#[test]
fn what_is_sent_to_a_locked_app_opens_nothing_and_shares_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.send(Action::LockNow);
    phone.send(Action::Export {
        format: groundwork_core::export::ExportFormat::Markdown,
    });
    phone.send(Action::Show {
        destination: Destination::Journal,
    });
    assert!(phone.locked());
    assert!(phone.view.screen.is_none(), "nothing from the database");
    assert!(phone.shared.is_empty());
}

#[test]
fn a_check_in_with_more_words_than_the_form_allows_is_refused_and_saves_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let mut phone = Phone::onboarded(dir.path());
    phone.show(Destination::CheckIn);
    let AppScreen::CheckIn { form, .. } = phone.screen().clone() else {
        panic!("expected the check-in form");
    };
    let too_many: Vec<String> = form
        .emotions
        .iter()
        .take(form.max_emotions as usize + 1)
        .map(|e| e.id.clone())
        .collect();
    assert_eq!(too_many.len(), form.max_emotions as usize + 1);
    phone.send(Action::SubmitCheckIn {
        input: CheckInInput {
            emotions: too_many,
            ..feeling(1, 0)
        },
    });
    assert!(phone.error().contains("up to"), "{}", phone.error());
    assert_eq!(on(&phone), "check-in", "the form stays");
    phone.send(Action::GoHome);
    assert_eq!(phone.home().check_ins_today, 0);
}
