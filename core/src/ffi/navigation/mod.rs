//! The app's navigation: where he is, what each thing he does leads to, and when the app locks.
//!
//! The shells send what happened ([`Action`]) and draw what comes back ([`AppView`]): the screen
//! on top (an [`AppScreen`] wrapping the capabilities' screen models), how deep the stack is, a line
//! over it, and what only the platform can do ([`Effect`]: load, store or delete the key, keep
//! its preferences, schedule reminders, share a file, open a web address, set a timer while
//! away). The decisions are all here, so both apps do the same thing.
//!
//! The database key stays with the open database (zeroed when it closes), so setting a lock or
//! turning on fingerprint or face needs nothing from the shell but the answer of its key store.

pub mod action;
pub mod dictation;
mod handlers;
pub mod read_aloud;
pub mod screen;
pub mod shell_text;
pub mod view;

use std::path::PathBuf;
use std::sync::Arc;

use uuid::Uuid;
use zeroize::Zeroizing;

use crate::base::clock::Clock;
use crate::base::keys::DatabaseKey;
use crate::base::region::RegionCode;
use crate::base::text::Language;
use crate::curriculum::{HomeSafetyOutcome, LessonOutcome, ModuleOpening};
use crate::ffi::ApiError;
use crate::ffi::Groundwork;
use crate::insights::InsightRange;
use crate::journal::JournalFilter;
use crate::links::AppLink;
use crate::lock::lifecycle::{Away, LockDecision};
use crate::lock::{LockGrace, LockSecret, LockStatus, UnlockOutcome};
use crate::safety::HelpNowScreen;
use crate::safety::Situation;
use crate::safety::answer::CrisisAnswer;
use crate::safety::help::HelpButton;
use crate::screens::home::HomeDestination;
use crate::screens::home::HomeScreen;

pub use action::{Action, Destination, OnboardingLock};
pub use dictation::{
    DictationField, DictationState, DictationView, KeepRecordingOffer, RecordingPlayback,
};
pub use read_aloud::{PlayerBar, ReadAloudView, ReadingSpeed, Utterance};
pub use screen::AppScreen;
pub use shell_text::ShellText;
pub use view::{AppNotice, AppView, Effect, LockedView, Phase, ShellPreferences};

/// How many days of reminders are handed to the platform at a time.
pub const SCHEDULE_DAYS: u32 = 14;
/// Journal entries per page.
pub const JOURNAL_PAGE_SIZE: i32 = 30;
/// Most search results shown.
pub const SEARCH_LIMIT: i32 = 50;

/// What a screen is, so it can be loaded again when it comes back to the top.
#[derive(Debug, Clone, PartialEq)]
enum Route {
    Home,
    CheckIn,
    HelpNow(Option<Situation>),
    AngerMoment,
    Journal {
        cursor: Option<String>,
    },
    JournalEditor(Option<Uuid>),
    JournalSearch,
    Insights(InsightRange),
    Plans,
    Plan(String),
    Settings,
    Onboarding,
    PhaseMap,
    ModuleOverview(String),
    DadMoodCheck,
    /// A recommendation read from `code`, kept to accept it.
    Recommendation {
        code: String,
    },
    /// A pack file, previewed.
    InstallPack(Vec<u8>),
    /// A screen an action returned (a step, a completion, a question, an answer): shown as given.
    Given,
}

#[derive(Debug, Clone)]
struct Entry {
    id: u64,
    route: Route,
    screen: AppScreen,
}

/// An effect the shell was asked for, waiting for its answer.
enum Awaiting {
    KeyToStart,
    KeyToUnlock,
    FirstKey(DatabaseKey),
    RemoveLock(LockSecret),
    Biometric(bool),
}

/// The app's state: one per app, behind the exported `AppNavigator` (`ffi/navigator.rs`).
pub struct Navigator {
    data_dir: PathBuf,
    locale: Option<String>,
    /// The language the navigation's own lines are said in, from `locale`.
    language: Language,
    clock: Arc<dyn Clock>,
    preferences: ShellPreferences,
    core: Option<Arc<Groundwork>>,
    key: Option<DatabaseKey>,
    phase: Phase,
    stack: Vec<Entry>,
    next_id: u64,
    notice: Option<AppNotice>,
    help_before_unlock: Option<HelpNowScreen>,
    /// He asked to see what each line is for on the discreet lock screen.
    help_details: bool,
    first_run: bool,
    pending_link: Option<String>,
    awaiting: Option<Awaiting>,
    away: Away,
    /// A file went to the share sheet and its copy has not been deleted yet.
    shared: bool,
    effects: Vec<Effect>,
    kdf: crate::base::keys::KdfParams,
    /// "Read to me": what is being read and where.
    player: read_aloud::Player,
    /// The locale of the speech recogniser the shell reported running on this phone.
    recognition: Option<String>,
    /// Saying it on the form on top.
    dictation: Option<dictation::Dictation>,
}

impl std::fmt::Debug for Navigator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Navigator")
            .field("phase", &self.phase)
            .field("depth", &self.stack.len())
            .finish_non_exhaustive()
    }
}

type Done = Result<(), ApiError>;

impl Navigator {
    /// The language its own lines are said in, negotiated from the device locale it was given.
    pub fn language(&self) -> Language {
        self.language
    }

    /// A navigator for the data in `data_dir`, with the shell's `preferences` and the device's
    /// `locale` (e.g. "en_AU"); nothing is opened until [`Action::Start`].
    pub fn new(
        data_dir: impl Into<PathBuf>,
        preferences: ShellPreferences,
        locale: Option<String>,
        clock: Arc<dyn Clock>,
    ) -> Navigator {
        Navigator {
            data_dir: data_dir.into(),
            language: Language::from_locale(locale.as_deref()),
            locale,
            clock,
            preferences,
            core: None,
            key: None,
            phase: Phase::Starting,
            stack: Vec::new(),
            next_id: 0,
            notice: None,
            help_before_unlock: None,
            help_details: false,
            first_run: false,
            pending_link: None,
            awaiting: None,
            away: Away::default(),
            shared: false,
            effects: Vec::new(),
            kdf: crate::base::keys::KdfParams::default(),
            player: read_aloud::Player::default(),
            recognition: None,
            dictation: None,
        }
    }

    /// The same navigator with a cheaper Argon2id cost for a new or changed lock: for tests.
    pub fn with_kdf(mut self, kdf: crate::base::keys::KdfParams) -> Navigator {
        self.kdf = kdf;
        self
    }

    /// Handles what happened and answers with what to draw and do.
    pub fn send(&mut self, action: Action) -> AppView {
        self.effects.clear();
        if let Err(error) = self.handle(action) {
            self.say_error(error.say(self.language));
        }
        self.stop_reading_if_left();
        self.settle_dictation();
        self.view()
    }

    /// What to draw now, with no effects.
    pub fn view(&self) -> AppView {
        let top = self.stack.last();
        let help = match (&self.help_before_unlock, &self.phase) {
            (Some(help), _) => Some(help.help.clone()),
            (None, Phase::Starting) => None,
            (None, Phase::Locked { lock }) => Some(lock.screen.help.clone()),
            (None, Phase::Unlocked) => top.map(|e| e.screen.help().clone()),
            (None, Phase::Unavailable { .. }) => Some(self.help_before_opening()),
        };
        AppView {
            phase: self.phase.clone(),
            screen: top.map(|e| e.screen.clone()),
            screen_id: top.map_or(0, |e| e.id),
            depth: self.stack.len() as u32,
            can_go_back: self.stack.len() > 1,
            notice: self.notice.clone(),
            help_before_unlock: self.help_before_unlock.clone(),
            help,
            first_run: self.first_run,
            effects: self.effects.clone(),
            read_aloud: self.read_aloud_view(),
            dictation: self.dictation_view(),
            recording: self.recording_playback(),
        }
    }

    fn handle(&mut self, action: Action) -> Done {
        match action {
            Action::Start => self.start(),
            action @ (Action::ReadAloud
            | Action::GuideExercise
            | Action::PauseReading
            | Action::ResumeReading
            | Action::BackOneSentence
            | Action::SetReadingSpeed { .. }
            | Action::StopReading
            | Action::SentenceSpoken { .. }
            | Action::SpeechFinished
            | Action::SpeechUnavailable) => self.reading_action(action),
            action @ (Action::KeyLoaded { .. }
            | Action::KeyStored { .. }
            | Action::UnlockWithDevice
            | Action::Unlock { .. }
            | Action::LockNow
            | Action::WentToBackground { .. }
            | Action::CameBack { .. }
            | Action::HandingOff { .. }
            | Action::LockCheckDue { .. }) => self.lock_action(action),
            action @ (Action::Show { .. }
            | Action::OpenShortcut { .. }
            | Action::Back
            | Action::GoHome
            | Action::Reload
            | Action::DismissNotice
            | Action::OpenHelp
            | Action::ShowHelpNow { .. }
            | Action::CloseHelpBeforeUnlock
            | Action::ShowHelpDetails
            | Action::ChooseRegion { .. }
            | Action::FollowLink { .. }
            | Action::OpenLink { .. }
            | Action::OpenCode { .. }
            | Action::AcceptRecommendation) => self.moving_action(action),
            action @ (Action::SubmitCheckIn { .. }
            | Action::AnswerSafetyQuestions { .. }
            | Action::RecordAngerMoment { .. }
            | Action::SaveJournalEntry { .. }
            | Action::DeleteJournalEntry
            | Action::LoadMoreJournal
            | Action::FilterJournal { .. }
            | Action::SearchJournal { .. }
            | Action::AddOwnPrompt { .. }
            | Action::ShowInsightsRange { .. }
            | Action::SaveDocument { .. }) => self.writing_action(action),
            action @ (Action::CompleteOnboarding { .. }
            | Action::OpenModule { .. }
            | Action::AskHomeSafetyQuestion
            | Action::AnswerHomeSafetyQuestion { .. }
            | Action::SaveAnswer { .. }
            | Action::ContinueLesson { .. }
            | Action::GoToStep { .. }
            | Action::OpenDadMoodCheck
            | Action::AnswerDadMoodCheck { .. }
            | Action::SkipDadMoodCheck
            | Action::DismissPeerGroupsCard
            | Action::AnswerBabyArrival { .. }
            | Action::ResumeTrack { .. }
            | Action::CloseCrisisAnswer
            | Action::OpenPlan { .. }
            | Action::AnswerFollowUp { .. }
            | Action::SetCrisisFollowUp { .. }
            | Action::SetCommitmentState { .. }
            | Action::AnswerWeekReview { .. }
            | Action::MarkRepairDone { .. }) => self.path_action(action),
            action @ (Action::SaveReminderSettings { .. }
            | Action::SetDiscreet { .. }
            | Action::SetLockGrace { .. }
            | Action::SetAppLock { .. }
            | Action::ChangeAppLock { .. }
            | Action::RemoveAppLock { .. }
            | Action::SetBiometricKey { .. }
            | Action::PreviewPack { .. }
            | Action::ConfirmPackInstall { .. }
            | Action::RemoveInstalledPack
            | Action::MakeBackup { .. }
            | Action::RestoreBackup { .. }
            | Action::Export { .. }
            | Action::EraseEverything
            | Action::RefreshReminders) => self.settings_action(action),
            action @ (Action::RecognitionAvailable { .. }
            | Action::StartDictation { .. }
            | Action::StartDictationAgain
            | Action::StopDictation
            | Action::DictationText { .. }
            | Action::DictationFailed
            | Action::EditTranscript { .. }
            | Action::SetKeepRecording { .. }
            | Action::RecordingReady { .. }
            | Action::PlayRecording) => self.dictation_action(action),
        }
    }

    // ----- Opening, locking, unlocking -----

    fn start(&mut self) -> Done {
        self.first_run = false;
        // A copy left for the share sheet by an app that was closed before he came back.
        self.shared = false;
        self.effects.push(Effect::DeleteSharedFiles);
        let status = match crate::lock::lock_status(&self.data_dir, self.now(), self.language) {
            Ok(status) => status,
            Err(error) => {
                self.phase = Phase::Unavailable {
                    reason: ApiError::from(error).say(self.language),
                };
                return Ok(());
            }
        };
        if status.locked || self.preferences.biometric_key {
            self.phase = Phase::Locked {
                lock: self.lock_view(status),
            };
            return Ok(());
        }
        self.phase = Phase::Starting;
        self.awaiting = Some(Awaiting::KeyToStart);
        self.effects.push(Effect::LoadKey { biometric: false });
        Ok(())
    }

    fn key_loaded(&mut self, key: Option<Zeroizing<Vec<u8>>>) -> Done {
        match self.awaiting.take() {
            Some(Awaiting::KeyToStart) => match key {
                Some(key) => {
                    let opened = DatabaseKey::from_bytes(&key)
                        .map_err(ApiError::from)
                        .and_then(|key| self.open(key));
                    if let Err(error) = opened {
                        self.phase = Phase::Unavailable {
                            reason: error.say(self.language),
                        };
                    }
                }
                None if crate::store::files::database_path(&self.data_dir).exists() => {
                    self.phase = Phase::Unavailable {
                        reason: self.language.say("key-missing"),
                    };
                }
                None => {
                    let key = DatabaseKey::generate();
                    self.effects.push(Effect::StoreKey {
                        key: key.expose_bytes().to_vec(),
                        biometric: false,
                    });
                    self.awaiting = Some(Awaiting::FirstKey(key));
                }
            },
            Some(Awaiting::KeyToUnlock) => match key {
                Some(key) => {
                    let opened = DatabaseKey::from_bytes(&key)
                        .map_err(ApiError::from)
                        .and_then(|key| self.open(key));
                    if let Err(error) = opened {
                        self.set_lock_message(error.say(self.language));
                    }
                }
                None => self.set_lock_message(self.language.say("key-missing")),
            },
            other => self.awaiting = other,
        }
        Ok(())
    }

    fn key_stored(&mut self, confirmed: bool) -> Done {
        match self.awaiting.take() {
            Some(Awaiting::FirstKey(key)) => {
                if !confirmed {
                    self.phase = Phase::Unavailable {
                        reason: self.language.say("key-not-kept"),
                    };
                    return Ok(());
                }
                if let Err(error) = self.open(key) {
                    self.phase = Phase::Unavailable {
                        reason: error.say(self.language),
                    };
                    return Ok(());
                }
                self.first_run = true;
                Ok(())
            }
            Some(Awaiting::RemoveLock(mut secret)) => {
                if !confirmed {
                    zeroize::Zeroize::zeroize(&mut secret);
                    self.say_error(self.language.say("key-not-moved"));
                    return Ok(());
                }
                let outcome =
                    crate::lock::remove_lock(&self.data_dir, &secret, self.now(), self.language);
                zeroize::Zeroize::zeroize(&mut secret);
                let outcome = outcome?;
                if matches!(outcome, UnlockOutcome::Unlocked { .. }) {
                    self.preferences.biometric_key = false;
                    self.save_preferences();
                }
                self.settings_outcome(outcome, &self.language.say("lock-removed"))?;
                self.reload_top()
            }
            Some(Awaiting::Biometric(on)) => {
                if !confirmed {
                    self.say_error(self.language.say("key-not-moved"));
                    return Ok(());
                }
                self.preferences.biometric_key = on;
                self.save_preferences();
                if on {
                    self.forget_lock_choice()?;
                }
                self.reload_top()?;
                self.say(self.language.say("saved"));
                Ok(())
            }
            other => {
                self.awaiting = other;
                Ok(())
            }
        }
    }

    fn unlock_outcome(&mut self, outcome: UnlockOutcome) -> Done {
        match outcome {
            UnlockOutcome::Unlocked { key } => {
                let key = DatabaseKey::from_bytes(&Zeroizing::new(key))?;
                self.open(key)
            }
            UnlockOutcome::WrongSecret {
                attempts_left_before_erase,
                retry_after,
                message,
            } => {
                if let Phase::Locked { lock } = &mut self.phase {
                    lock.attempts_left_before_erase = attempts_left_before_erase;
                    lock.retry_after = retry_after;
                    lock.message = Some(message);
                }
                Ok(())
            }
            UnlockOutcome::TooSoon {
                retry_after,
                message,
            } => {
                if let Phase::Locked { lock } = &mut self.phase {
                    lock.retry_after = Some(retry_after);
                    lock.message = Some(message);
                }
                Ok(())
            }
            UnlockOutcome::Erased { message } => self.erased(message),
        }
    }

    fn open(&mut self, key: DatabaseKey) -> Done {
        let core =
            Groundwork::open_in(&self.data_dir, &key, Arc::clone(&self.clock), self.language)?;
        self.core = Some(Arc::new(core));
        self.key = Some(key);
        self.phase = Phase::Unlocked;
        self.stack.clear();
        self.help_before_unlock = None;
        self.help_details = false;
        self.away = Away::default();
        self.push(Route::Home)?;
        if matches!(self.top_screen(), Some(AppScreen::Home { home }) if home.needs_onboarding) {
            self.push(Route::Onboarding)?;
        }
        self.refresh_reminders();
        if let Some(link) = self.pending_link.take() {
            self.forget_reading_place();
            self.open_link(link)?;
        }
        if matches!(self.top_screen(), Some(AppScreen::Home { .. })) {
            self.reading_at_unlock()?;
        }
        Ok(())
    }

    /// Closes the database and shows the lock screen.
    fn lock(&mut self) {
        self.delete_shared_files();
        let Some(core) = self.core.take() else {
            return;
        };
        core.close();
        self.reading_at_lock();
        self.key = None;
        self.stack.clear();
        self.notice = None;
        self.away = Away::default();
        let status = crate::lock::lock_status(&self.data_dir, self.now(), self.language)
            .unwrap_or_else(|_| LockStatus::not_set());
        self.phase = Phase::Locked {
            lock: self.lock_view(status),
        };
        self.effects.push(Effect::Locked);
    }

    /// Asks the platform to delete the share sheet's copies, once per file shared.
    fn delete_shared_files(&mut self) {
        if std::mem::take(&mut self.shared) {
            self.effects.push(Effect::DeleteSharedFiles);
        }
    }

    fn apply(&mut self, decision: LockDecision) {
        match decision {
            LockDecision::Lock => self.lock(),
            LockDecision::StayOpen { check_at: Some(at) } => {
                self.effects.push(Effect::CheckLockAt { at })
            }
            LockDecision::StayOpen { check_at: None } => {}
        }
    }

    fn grace(&self) -> LockGrace {
        self.core
            .as_ref()
            .and_then(|core| core.lock_grace().ok())
            .unwrap_or_default()
    }

    fn lock_view(&self, status: LockStatus) -> LockedView {
        let kind = status.kind.filter(|_| status.locked);
        LockedView {
            kind,
            retry_after: status.retry_after,
            attempts_left_before_erase: status.attempts_left_before_erase,
            message: status.message,
            texts: crate::reminders::discreet_texts(self.preferences.discreet, self.language),
            screen: crate::ffi::lock::lock_screen_in(
                &self.data_dir,
                kind,
                self.preferences.discreet,
                self.preferences.region.as_deref(),
                self.language,
            ),
        }
    }

    fn help_before_opening(&self) -> HelpButton {
        self.lock_view(LockStatus::not_set()).screen.help
    }

    fn set_lock_message(&mut self, message: String) {
        match &mut self.phase {
            Phase::Locked { lock } => lock.message = Some(message),
            _ => self.notice = Some(AppNotice::Error { text: message }),
        }
    }

    fn held_key(&self) -> Result<Vec<u8>, ApiError> {
        self.key
            .as_ref()
            .map(|k| k.expose_bytes().to_vec())
            .ok_or(ApiError::Closed)
    }

    fn set_app_lock(&mut self, secret: &LockSecret, erase_after: Option<u32>) -> Done {
        self.opened()?;
        let key = self.key.as_ref().ok_or(ApiError::Closed)?;
        crate::lock::set_lock_with(&self.data_dir, key, secret, erase_after, self.kdf)?;
        if !crate::lock::lock_status(&self.data_dir, self.now(), self.language)?.locked {
            self.say_error(self.language.say("key-not-moved"));
            return Ok(());
        }
        self.effects.push(Effect::DeleteKey);
        self.preferences.biometric_key = false;
        self.save_preferences();
        self.forget_lock_choice()?;
        self.say(self.language.say("lock-set"));
        Ok(())
    }

    fn forget_lock_choice(&self) -> Done {
        self.opened()?.app_lock_chosen()
    }

    fn settings_outcome(&mut self, outcome: UnlockOutcome, success: &str) -> Done {
        match outcome {
            UnlockOutcome::Unlocked { .. } => {
                self.say(success);
                self.reload_top()
            }
            UnlockOutcome::WrongSecret { message, .. } | UnlockOutcome::TooSoon { message, .. } => {
                self.say_error(message);
                Ok(())
            }
            UnlockOutcome::Erased { message } => self.erased(message),
        }
    }

    /// The last wrong attempt he opted in to erased everything: the app starts again as new,
    /// with the core's words.
    fn erased(&mut self, message: String) -> Done {
        if let Some(core) = self.core.take() {
            core.close();
        }
        self.forget_device();
        self.start()?;
        self.say(message);
        Ok(())
    }

    /// Everything on this device goes: the key, the preferences, the reminders.
    fn forget_device(&mut self) {
        self.core = None;
        self.key = None;
        self.stack.clear();
        self.awaiting = None;
        self.preferences = ShellPreferences::default();
        self.effects.push(Effect::DeleteKey);
        self.save_preferences();
        self.effects.push(Effect::ScheduleReminders {
            notifications: Vec::new(),
        });
    }

    fn save_preferences(&mut self) {
        self.effects.push(Effect::SavePreferences {
            preferences: self.preferences.clone(),
        });
    }

    // ----- The stack -----

    fn show(&mut self, destination: Destination) -> Done {
        self.push(match destination {
            Destination::CheckIn => Route::CheckIn,
            Destination::AngerMoment => Route::AngerMoment,
            Destination::Journal => Route::Journal { cursor: None },
            Destination::NewJournalEntry => Route::JournalEditor(None),
            Destination::JournalEntry { id } => Route::JournalEditor(Some(id)),
            Destination::JournalSearch => Route::JournalSearch,
            Destination::Insights { range } => Route::Insights(range),
            Destination::Plans => Route::Plans,
            Destination::Plan { id } => Route::Plan(id),
            Destination::Settings => Route::Settings,
            Destination::YourPath => Route::Onboarding,
            Destination::PhaseMap => Route::PhaseMap,
            Destination::ModuleOverview { module_id } => Route::ModuleOverview(module_id),
        })
    }

    fn push(&mut self, route: Route) -> Done {
        let (screen, route) = self.load(route, None)?;
        self.push_given(route, screen);
        Ok(())
    }

    fn push_given(&mut self, route: Route, screen: AppScreen) {
        self.next_id += 1;
        self.stack.push(Entry {
            id: self.next_id,
            route,
            screen,
        });
    }

    fn replace_top(&mut self, route: Route, screen: AppScreen) {
        self.stack.pop();
        self.push_given(route, screen);
    }

    fn replace_top_route(&mut self, route: Route) -> Done {
        let (screen, route) = self.load(route, None)?;
        self.replace_top(route, screen);
        Ok(())
    }

    fn replace_top_screen(&mut self, screen: AppScreen, route: Option<Route>) {
        if let Some(top) = self.stack.last_mut() {
            top.screen = screen;
            if let Some(route) = route {
                top.route = route;
            }
        }
    }

    fn back(&mut self) -> Done {
        if self.stack.len() <= 1 {
            return Ok(());
        }
        self.stack.pop();
        self.reload_top()
    }

    fn go_home(&mut self) -> Done {
        if self.stack.is_empty() {
            return Ok(());
        }
        self.stack.truncate(1);
        self.reload_top()
    }

    fn reload_top(&mut self) -> Done {
        let Some(top) = self.stack.last() else {
            return Ok(());
        };
        let (route, previous) = (top.route.clone(), top.screen.clone());
        let (screen, route) = self.load(route, Some(&previous))?;
        self.replace_top_screen(screen, Some(route));
        Ok(())
    }

    fn show_home(&mut self, home: HomeScreen) {
        self.stack.truncate(1);
        if let Some(root) = self.stack.first_mut() {
            root.screen = AppScreen::Home { home };
        }
    }

    /// The id of the journal entry open in the editor on top, if an existing one is.
    fn entry_on_top(&self) -> Option<uuid::Uuid> {
        match self.top_screen() {
            Some(AppScreen::JournalEditor {
                entry: Some(entry), ..
            }) => Some(entry.id),
            _ => None,
        }
    }

    fn top_screen(&self) -> Option<&AppScreen> {
        self.stack.last().map(|e| &e.screen)
    }

    fn top_route(&self) -> Option<&Route> {
        self.stack.last().map(|e| &e.route)
    }

    /// The screen for `route`, keeping what the one it replaces had typed (a journal filter, a
    /// search).
    fn load(
        &self,
        route: Route,
        previous: Option<&AppScreen>,
    ) -> Result<(AppScreen, Route), ApiError> {
        if let (Some(screen), Route::Given | Route::Recommendation { .. }) = (previous, &route) {
            return Ok((screen.clone(), route));
        }
        let core = self.opened()?;
        let screen = match &route {
            Route::Home => AppScreen::Home {
                home: core.home_screen()?,
            },
            Route::CheckIn => AppScreen::check_in(core.check_in_form()?),
            Route::HelpNow(situation) => AppScreen::HelpNow {
                help: core.help_now(*situation, self.locale.clone())?,
            },
            Route::AngerMoment => AppScreen::AngerMoment {
                form: core.anger_moment_form()?,
            },
            Route::Journal { .. } => {
                let filter = match previous {
                    Some(AppScreen::Journal { filter, .. }) => filter.clone(),
                    _ => JournalFilter::default(),
                };
                let (screen, cursor) = self.journal_screen(filter)?;
                return Ok((screen, Route::Journal { cursor }));
            }
            Route::JournalEditor(id) => AppScreen::JournalEditor {
                entry: id.map(|id| core.journal_entry(id)).transpose()?,
                prompts: core.journal_prompts()?,
            },
            Route::JournalSearch => {
                let query = match previous {
                    Some(AppScreen::JournalSearch { query, .. }) => query.clone(),
                    _ => String::new(),
                };
                let hits = if query.is_empty() {
                    Vec::new()
                } else {
                    core.search_journal(query.clone(), SEARCH_LIMIT)?
                };
                AppScreen::JournalSearch {
                    query,
                    hits,
                    help: core.help_button()?,
                }
            }
            Route::Insights(range) => AppScreen::insights(core.insights(*range)?),
            Route::Plans => AppScreen::Plans {
                documents: core.living_documents()?,
                help: core.help_button()?,
            },
            Route::Plan(id) => AppScreen::Plan {
                document: core.living_document(id.clone())?,
                help: core.help_button()?,
            },
            Route::Settings => AppScreen::Settings {
                settings: self.settings_screen(&core)?,
            },
            Route::Onboarding => {
                let mut onboarding = core.onboarding_screen(self.locale.clone())?;
                if self.preferences.biometric_key {
                    onboarding.lock_offer = None;
                }
                AppScreen::Onboarding { onboarding }
            }
            Route::PhaseMap => AppScreen::PhaseMap {
                map: core.phase_map()?,
            },
            Route::ModuleOverview(id) => AppScreen::ModuleOverview {
                overview: core.module_overview(id.clone())?,
            },
            Route::DadMoodCheck => AppScreen::DadMoodCheck {
                check: core.dad_mood_check()?,
            },
            Route::InstallPack(bundle) => AppScreen::InstallPack {
                preview: core.preview_pack(bundle.clone())?,
            },
            Route::Recommendation { .. } | Route::Given => return Err(ApiError::Closed),
        };
        Ok((screen, route))
    }

    fn settings_screen(&self, core: &Groundwork) -> Result<screen::SettingsScreen, ApiError> {
        Ok(screen::SettingsScreen {
            lock: crate::lock::lock_status(&self.data_dir, self.now(), self.language)?,
            lock_grace: screen::LockGraceOption::all(self.grace(), self.language),
            biometric_key: self.preferences.biometric_key,
            reminders: core.reminder_settings()?,
            texts: core.discreet_texts()?,
            region: core.region()?,
            regions: core.help_now(None, self.locale.clone())?.regions,
            content: core.content_status(),
            core_version: crate::ffi::core_version(),
            crisis_follow_up: core.crisis_follow_up_on()?,
            help: core.help_button()?,
        })
    }

    fn journal_screen(
        &self,
        filter: JournalFilter,
    ) -> Result<(AppScreen, Option<String>), ApiError> {
        let page = self
            .opened()?
            .journal_page(filter.clone(), None, JOURNAL_PAGE_SIZE)?;
        Ok((
            AppScreen::Journal {
                filter,
                items: page.items,
                has_more: page.next_cursor.is_some(),
                help: page.help,
            },
            page.next_cursor,
        ))
    }

    fn load_more_journal(&mut self) -> Done {
        let Some(Entry {
            route: Route::Journal {
                cursor: Some(cursor),
            },
            screen:
                AppScreen::Journal {
                    filter,
                    items,
                    help,
                    ..
                },
            ..
        }) = self.stack.last()
        else {
            return Ok(());
        };
        let page =
            self.opened()?
                .journal_page(filter.clone(), Some(cursor.clone()), JOURNAL_PAGE_SIZE)?;
        let mut all = items.clone();
        all.extend(page.items);
        let screen = AppScreen::Journal {
            filter: filter.clone(),
            items: all,
            has_more: page.next_cursor.is_some(),
            help: help.clone(),
        };
        self.replace_top_screen(
            screen,
            Some(Route::Journal {
                cursor: page.next_cursor,
            }),
        );
        Ok(())
    }

    // ----- Help now -----

    fn open_help(&mut self) -> Done {
        if self.help_before_unlock.is_some() {
            return Ok(());
        }
        if self.phase == Phase::Unlocked
            && matches!(self.top_screen(), Some(AppScreen::HelpNow { .. }))
        {
            return Ok(());
        }
        let Some(help) = self.view().help else {
            return Ok(());
        };
        self.show_help_now(help.situation)
    }

    fn show_help_now(&mut self, situation: Option<Situation>) -> Done {
        if self.core.is_some() {
            return self.push(Route::HelpNow(situation));
        }
        let kept = self.preferences.region.as_deref();
        let help = self.help_from_content(kept.and_then(RegionCode::from_kept), situation)?;
        self.help_before_unlock = Some(help);
        Ok(())
    }

    fn help_from_content(
        &self,
        region: Option<RegionCode>,
        situation: Option<Situation>,
    ) -> Result<HelpNowScreen, ApiError> {
        let now = self.clock.now();
        let help = crate::ffi::help_now_in(
            self.data_dir.to_string_lossy().into_owned(),
            region,
            self.locale.clone(),
            situation,
            now.to_utc(),
            now.offset().local_minus_utc() / 60,
        )?;
        // On the discreet lock screen, numbers with nothing that says what they are for.
        Ok(if self.preferences.discreet && !self.help_details {
            crate::safety::discreet::neutral(help, self.language)
        } else {
            help
        })
    }

    fn choose_region(&mut self, code: String) -> Done {
        // Read here rather than at the FFI, so a malformed code is a notice and changes nothing.
        let code = RegionCode::parse(&code)?;
        match self.core.clone() {
            Some(core) => {
                core.set_region(code)?;
                self.preferences.region = core.region()?.map(String::from);
                self.save_preferences();
                if matches!(
                    self.top_screen(),
                    Some(AppScreen::HelpNow { .. } | AppScreen::Settings { .. })
                ) {
                    self.reload_top()?;
                }
            }
            None => {
                let situation = self.help_before_unlock.as_ref().and_then(|h| h.situation);
                let help = self.help_from_content(Some(code), situation)?;
                self.preferences.region = help.region.as_ref().map(|r| r.code.to_string());
                // Remembered beside the database too (no key needed), for help before unlock.
                if let Some(code) = &self.preferences.region {
                    let _ = crate::safety::remembered::remember(&self.data_dir, code);
                }
                self.save_preferences();
                self.help_before_unlock = Some(help);
            }
        }
        Ok(())
    }

    // ----- What he writes -----

    fn submit_check_in(&mut self, mut input: crate::checkins::CheckInInput) -> Done {
        if !matches!(self.top_screen(), Some(AppScreen::CheckIn { .. })) {
            return Ok(());
        }
        let core = self.opened()?;
        if !input.own_words.is_empty() {
            let sorted = core.sort_emotion_words(std::mem::take(&mut input.own_words))?;
            for emotion in sorted.emotions {
                if !input.emotions.contains(&emotion) {
                    input.emotions.push(emotion);
                }
            }
            input.own_words = sorted.own_words;
        }
        let outcome = core.submit_check_in(input)?;
        self.refresh_reminders();
        match (outcome.crisis_answer, outcome.safety_questions) {
            (Some(answer), _) => self.replace_top(Route::Given, AppScreen::CrisisAnswer { answer }),
            (None, Some(questions)) => {
                self.replace_top(Route::Given, AppScreen::SafetyQuestions { questions })
            }
            (None, None) => {
                self.back()?;
                // The core's line, led by his words ("Saved. Stressed, tired and flat: ...").
                self.say(outcome.saved_message);
            }
        }
        Ok(())
    }

    /// After a save: back to where he was, then the core's answer on top when it found words of
    /// crisis (closing it returns there).
    fn after_saving(&mut self, answer: Option<CrisisAnswer>) -> Done {
        self.back()?;
        if let Some(answer) = answer {
            self.push_given(Route::Given, AppScreen::CrisisAnswer { answer });
        }
        Ok(())
    }

    // ----- The path -----

    fn complete_onboarding(
        &mut self,
        choices: crate::curriculum::OnboardingChoices,
        lock: OnboardingLock,
    ) -> Done {
        let core = self.opened()?;
        let offered = matches!(
            self.top_screen(),
            Some(AppScreen::Onboarding { onboarding }) if onboarding.lock_offer.is_some()
        );
        if offered && let OnboardingLock::Secret { secret } = &lock {
            // The lock first: a PIN that breaks the rules leaves onboarding open, unchanged.
            self.set_app_lock(secret, None)?;
        }
        if let OnboardingLock::Secret { mut secret } = lock {
            zeroize::Zeroize::zeroize(&mut secret);
        } else if offered {
            match lock {
                OnboardingLock::Biometric => {
                    self.effects.push(Effect::StoreKey {
                        key: self.held_key()?,
                        biometric: true,
                    });
                    self.awaiting = Some(Awaiting::Biometric(true));
                }
                OnboardingLock::NotNow => core.put_off_app_lock()?,
                OnboardingLock::Secret { .. } => {}
            }
        }
        let discreet = choices.discreet_mode;
        let home = core.complete_onboarding(choices)?;
        self.preferences.discreet = discreet;
        self.preferences.region = core.region()?.map(String::from);
        self.save_preferences();
        self.show_home(home);
        self.refresh_reminders();
        Ok(())
    }

    fn answer_home_safety(&mut self, answer: crate::curriculum::HomeSafetyAnswer) -> Done {
        let Some(AppScreen::HomeSafetyQuestion { question }) = self.top_screen() else {
            return Ok(());
        };
        let module_id = question.module_id.clone();
        let core = self.opened()?;
        match core.answer_home_safety_question(answer, module_id, self.locale.clone())? {
            HomeSafetyOutcome::Open { message, next, .. } => {
                match (next.module_id, next.action_label) {
                    (Some(next), Some(_)) => {
                        let (route, screen) = opening_screen(core.open_module(next)?);
                        self.replace_top(route, screen);
                    }
                    _ => self.back()?,
                }
                self.say(message);
            }
            HomeSafetyOutcome::NotYet { screen } => self.replace_top(
                Route::Given,
                AppScreen::HomeSafetyNotYet { not_yet: screen },
            ),
        }
        Ok(())
    }

    fn continue_lesson(&mut self, answer: Option<crate::curriculum::ExerciseAnswer>) -> Done {
        let Some(AppScreen::LessonStep { step, .. }) = self.top_screen() else {
            return Ok(());
        };
        let (module_id, index) = (step.module_id.clone(), step.step_index);
        let outcome = self.opened()?.continue_lesson(module_id, index, answer)?;
        let crisis = match outcome {
            LessonOutcome::Step { screen } => {
                let crisis = screen.crisis_answer.clone();
                self.replace_top(Route::Given, AppScreen::lesson_step(screen));
                crisis
            }
            LessonOutcome::Completed { screen } => {
                let crisis = screen.crisis_answer.clone();
                self.replace_top(
                    Route::Given,
                    AppScreen::ModuleCompletion { completion: screen },
                );
                self.refresh_reminders();
                crisis
            }
        };
        if let Some(answer) = crisis {
            self.push_given(Route::Given, AppScreen::CrisisAnswer { answer });
        }
        Ok(())
    }

    // ----- Links -----

    fn open_link(&mut self, url: String) -> Done {
        let link = crate::ffi::read_link(url.clone())?;
        if let AppLink::HelpNow { situation } = link {
            return self.show_help_now(situation);
        }
        if self.core.is_none() {
            self.pending_link = Some(url);
            return Ok(());
        }
        match link {
            AppLink::CheckIn => {
                self.go_home()?;
                self.push(Route::CheckIn)
            }
            AppLink::Practice => self.go_home(),
            AppLink::NewDad => {
                self.go_home()?;
                self.push(Route::PhaseMap)
            }
            AppLink::Recommendation { recommendation } => {
                let help = self.opened()?.help_button()?;
                self.push_given(
                    Route::Recommendation { code: url },
                    AppScreen::Recommendation {
                        recommendation,
                        help,
                    },
                );
                Ok(())
            }
            AppLink::HelpNow { situation } => self.show_help_now(situation),
        }
    }

    // ----- Settings -----

    fn save_reminder_settings(&mut self, settings: crate::reminders::ReminderSettings) -> Done {
        let discreet = settings.discreet;
        self.opened()?.save_reminder_settings(settings)?;
        self.preferences.discreet = discreet;
        self.save_preferences();
        self.refresh_reminders();
        self.reload_top()
    }

    fn confirm_pack_install(&mut self, secret: Option<LockSecret>) -> Done {
        let Some(Route::InstallPack(bundle)) = self.top_route().cloned() else {
            return Ok(());
        };
        match self.opened()?.install_pack(bundle, secret)? {
            crate::screens::content::PackInstallOutcome::Installed { status } => {
                self.back()?;
                self.say(status.summary);
            }
            crate::screens::content::PackInstallOutcome::SecretNeeded { message, .. }
            | crate::screens::content::PackInstallOutcome::NotInstalled { message, .. } => {
                self.say_error(message)
            }
            crate::screens::content::PackInstallOutcome::Erased { message } => {
                self.erased(message)?
            }
        }
        Ok(())
    }

    fn share(&mut self, file_name: String, mime_type: String, contents: Vec<u8>) {
        self.away.handing_off(self.now());
        self.shared = true;
        self.effects.push(Effect::ShareFile {
            file_name,
            mime_type,
            contents,
        });
    }

    fn refresh_reminders(&mut self) {
        let Some(core) = &self.core else {
            return;
        };
        if let Ok(notifications) = core.reminder_schedule(SCHEDULE_DAYS) {
            self.effects
                .push(Effect::ScheduleReminders { notifications });
        }
    }

    // ----- Helpers -----

    fn opened(&self) -> Result<Arc<Groundwork>, ApiError> {
        self.core.clone().ok_or(ApiError::Closed)
    }

    /// Now, to the millisecond: the precision times cross the FFI with, so a deadline the shell
    /// is given comes back as the same instant.
    fn now(&self) -> crate::base::ffi_types::Timestamp {
        let now = self.clock.now().to_utc();
        chrono::DateTime::from_timestamp_millis(now.timestamp_millis()).unwrap_or(now)
    }

    fn say(&mut self, text: impl Into<String>) {
        self.notice = Some(AppNotice::Message { text: text.into() });
    }

    fn say_error(&mut self, text: String) {
        if matches!(self.phase, Phase::Locked { .. }) && self.core.is_none() {
            self.set_lock_message(text);
        } else {
            self.notice = Some(AppNotice::Error { text });
        }
    }
}

fn opening_screen(opening: ModuleOpening) -> (Route, AppScreen) {
    let screen = match opening {
        ModuleOpening::Step { screen } => AppScreen::lesson_step(screen),
        ModuleOpening::Question { screen } => AppScreen::HomeSafetyQuestion { question: screen },
        ModuleOpening::NotYet { screen } => AppScreen::HomeSafetyNotYet { not_yet: screen },
    };
    (Route::Given, screen)
}
