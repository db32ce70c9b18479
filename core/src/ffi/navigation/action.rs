//! What the shell sends: what the person did, or what the platform did for the core (a key
//! loaded or stored, the app going to the background and coming back).

use std::collections::HashMap;

use uuid::Uuid;

use super::read_aloud::ReadingSpeed;
use crate::anger::AngerMomentInput;
use crate::backup::RestoreMode;
use crate::base::ffi_types::Timestamp;
use crate::checkins::CheckInInput;
use crate::curriculum::{
    BabyArrivalAnswer, BabyDate, CommitmentState, ExerciseAnswer, HomeSafetyAnswer,
    OnboardingChoices, SpanLink, WeekOutcome,
};
use crate::export::ExportFormat;
use crate::insights::InsightRange;
use crate::journal::recording::RecordingInput;
use crate::journal::{JournalEntryInput, JournalFilter};
use crate::lock::{LockGrace, LockSecret};
use crate::reminders::ReminderSettings;
use crate::safety::Situation;
use crate::safety::answer::FollowUpAnswer;
use crate::screens::home::HomeDestination;

/// Somewhere to go from the screen on top.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Destination {
    /// The check-in form.
    CheckIn,
    /// The anger moment form.
    AngerMoment,
    /// The journal list.
    Journal,
    /// A new journal entry.
    NewJournalEntry,
    /// Editing one entry.
    JournalEntry {
        /// Which.
        id: Uuid,
    },
    /// Searching the journal.
    JournalSearch,
    /// Insights.
    Insights {
        /// Over which range.
        range: InsightRange,
    },
    /// His plans.
    Plans,
    /// One plan.
    Plan {
        /// Its id.
        id: String,
    },
    /// Settings.
    Settings,
    /// "Your path": onboarding's choices again.
    YourPath,
    /// The phase map.
    PhaseMap,
    /// One module's overview.
    ModuleOverview {
        /// Its id.
        module_id: String,
    },
}

/// How he answered the lock offer in onboarding.
#[derive(Debug, uniffi::Enum)]
pub enum OnboardingLock {
    /// A PIN or passphrase just for this app.
    Secret {
        /// The PIN or passphrase.
        secret: LockSecret,
    },
    /// Fingerprint or face guards the key on this device.
    Biometric,
    /// Not now: home keeps a quiet reminder.
    NotNow,
}

/// What happened. Every action is answered with the view to draw. (No `Debug`: some carry the
/// database key.)
#[allow(missing_debug_implementations)]
#[derive(uniffi::Enum)]
pub enum Action {
    // ----- The app's life -----
    /// The app launched.
    Start,
    /// Answer to `Effect::LoadKey`: the key from the platform's key store, `None` when it has
    /// none. (A fingerprint or face prompt he cancelled sends nothing.)
    KeyLoaded {
        /// The raw 32-byte key.
        key: Option<Vec<u8>>,
    },
    /// Answer to `Effect::StoreKey`: whether the key store holds the key now (saved and read
    /// back the same).
    KeyStored {
        /// Saved and confirmed.
        confirmed: bool,
    },
    /// The unlock button when no PIN or passphrase is set: the key on this device opens it.
    UnlockWithDevice,
    /// A PIN or passphrase on the lock screen.
    Unlock {
        /// What he typed.
        secret: LockSecret,
    },
    /// Quick hide: lock now.
    LockNow,
    /// The app left the screen at `at`.
    WentToBackground {
        /// The device's time.
        at: Timestamp,
    },
    /// The app is on screen again at `at`.
    CameBack {
        /// The device's time.
        at: Timestamp,
    },
    /// He is about to be handed to the share sheet or a file picker.
    HandingOff {
        /// The device's time.
        at: Timestamp,
    },
    /// The timer from `Effect::CheckLockAt` fired (or the app woke while away).
    LockCheckDue {
        /// The device's time.
        at: Timestamp,
    },

    // ----- Moving around -----
    /// Open a screen on top of this one.
    Show {
        /// Where.
        destination: Destination,
    },
    /// A home shortcut.
    OpenShortcut {
        /// Where the core said it goes.
        destination: HomeDestination,
    },
    /// Back one screen.
    Back,
    /// Back to home.
    GoHome,
    /// Load the screen on top again.
    Reload,
    /// Close the line over the screen.
    DismissNotice,
    /// The help button on whatever is on screen.
    OpenHelp,
    /// Help now at a situation (a home card, a crisis answer's "see all help").
    ShowHelpNow {
        /// Where it opens.
        situation: Option<Situation>,
    },
    /// Close help now shown over the lock screen.
    CloseHelpBeforeUnlock,
    /// On the discreet lock screen's list of numbers: show what each line is and who it is for
    /// (until help is closed).
    ShowHelpDetails,
    /// He picked his region (help now or settings).
    ChooseRegion {
        /// A region code such as "AU".
        code: String,
    },
    /// A link in lesson text.
    FollowLink {
        /// The link.
        link: SpanLink,
    },
    /// Any `groundwork://` link: an opened URL or a tapped reminder's.
    OpenLink {
        /// The link.
        url: String,
    },
    /// A recommendation code he typed or pasted.
    OpenCode {
        /// The code.
        text: String,
    },
    /// Accept the recommendation on top.
    AcceptRecommendation,

    // ----- What he writes -----
    /// Save the check-in on top (his own words are sorted by the core).
    SubmitCheckIn {
        /// What he entered.
        input: CheckInInput,
    },
    /// Answer (or skip, with `None`) the safety questions on top.
    AnswerSafetyQuestions {
        /// Thoughts of harming himself.
        self_harm: Option<bool>,
        /// Worry about hurting someone.
        hurt_someone: Option<bool>,
    },
    /// Save the anger moment form on top.
    RecordAngerMoment {
        /// What he entered.
        input: AngerMomentInput,
    },
    /// Save the journal editor on top: a new entry, or the edit of the one open.
    SaveJournalEntry {
        /// What he wrote.
        input: JournalEntryInput,
    },
    /// Delete the entry open in the editor.
    DeleteJournalEntry,
    /// The next page of the journal list on top.
    LoadMoreJournal,
    /// Filter the journal list on top.
    FilterJournal {
        /// The filter.
        filter: JournalFilter,
    },
    /// Search the journal as he types.
    SearchJournal {
        /// What he typed.
        query: String,
    },
    /// Add a prompt of his own.
    AddOwnPrompt {
        /// The prompt.
        text: String,
    },
    /// Another range on the insights on top.
    ShowInsightsRange {
        /// The range.
        range: InsightRange,
    },
    /// Save fields of the plan on top.
    SaveDocument {
        /// Field id to text.
        values: HashMap<String, String>,
    },

    // ----- The path -----
    /// Finish onboarding (or "your path"), with his answer to the lock offer.
    CompleteOnboarding {
        /// Region, tracks, baby's date, discreet mode.
        choices: OnboardingChoices,
        /// His answer to the lock offer (ignored after the first time).
        lock: OnboardingLock,
    },
    /// Open a module where he left off.
    OpenModule {
        /// Its id.
        module_id: String,
    },
    /// Show the home safety question the completion screen on top carries.
    AskHomeSafetyQuestion,
    /// Answer the home safety question on top.
    AnswerHomeSafetyQuestion {
        /// The answer.
        answer: HomeSafetyAnswer,
    },
    /// Keep a half-done answer to the step on top (only while that step is still on top).
    SaveAnswer {
        /// The answer so far.
        answer: ExerciseAnswer,
        /// The module it was typed in.
        module_id: String,
        /// The step it was typed in.
        step_index: u32,
    },
    /// Go on from the step on top.
    ContinueLesson {
        /// His answer, if the step asks one.
        answer: Option<ExerciseAnswer>,
    },
    /// Go to another step of the module on top.
    GoToStep {
        /// The step.
        index: u32,
    },
    /// Open the new dad's mood check home offers.
    OpenDadMoodCheck,
    /// Answer the mood check on top, one value per question.
    AnswerDadMoodCheck {
        /// The values.
        answers: Vec<i32>,
    },
    /// "Not now" to the mood check.
    SkipDadMoodCheck,
    /// "Not now" to home's card about groups of men near him: it does not come back.
    DismissPeerGroupsCard,
    /// Answer home's "Has your baby arrived?".
    AnswerBabyArrival {
        /// Yes with the birthday, not yet, or they lost the baby.
        answer: BabyArrivalAnswer,
    },
    /// Pick the new-dad track up again (his choice, from Your path), with a new date if given.
    ResumeTrack {
        /// The track (one timed by the baby's date).
        track_id: String,
        /// A new due date or birthday, if he gives one.
        baby_date: Option<BabyDate>,
    },
    /// Close the crisis answer on top.
    CloseCrisisAnswer,
    /// Open a plan from a crisis answer or help now.
    OpenPlan {
        /// Its id.
        document_id: String,
    },
    /// Answer home's "How are you now?".
    AnswerFollowUp {
        /// The answer.
        answer: FollowUpAnswer,
    },
    /// Turn home's question after something heavy off or on.
    SetCrisisFollowUp {
        /// On or off.
        on: bool,
    },
    /// Mark one of this week's commitments.
    SetCommitmentState {
        /// Its id.
        id: String,
        /// Done, not this time, or open.
        state: CommitmentState,
    },
    /// Answer home's week's-end question about a commitment.
    AnswerWeekReview {
        /// The commitment's id (`WeekReviewCard::commitment_id`).
        id: String,
        /// Done, partly, or not this time.
        outcome: WeekOutcome,
    },
    /// Mark the repair after an anger moment done.
    MarkRepairDone {
        /// The moment's id.
        id: Uuid,
    },

    // ----- Settings -----
    /// Save the reminder settings (discreet mode among them).
    SaveReminderSettings {
        /// The settings.
        settings: ReminderSettings,
    },
    /// Discreet mode on or off.
    SetDiscreet {
        /// On or off.
        on: bool,
    },
    /// How long the app may be away before it locks.
    SetLockGrace {
        /// The choice.
        grace: LockGrace,
    },
    /// Set an app lock.
    SetAppLock {
        /// The PIN or passphrase.
        secret: LockSecret,
        /// Erase everything after this many wrong attempts in a row (opt-in).
        erase_after: Option<u32>,
    },
    /// Change the app lock's secret.
    ChangeAppLock {
        /// The one in use.
        old: LockSecret,
        /// The new one.
        new: LockSecret,
    },
    /// Remove the app lock.
    RemoveAppLock {
        /// The one in use.
        secret: LockSecret,
    },
    /// Fingerprint or face on or off for the key on this device.
    SetBiometricKey {
        /// On or off.
        on: bool,
    },
    /// Show what a pack file he picked would add.
    PreviewPack {
        /// The file.
        bundle: Vec<u8>,
    },
    /// Install the pack previewed on top.
    ConfirmPackInstall {
        /// The app lock's secret, when the preview asks for it.
        secret: Option<LockSecret>,
    },
    /// Go back to the built-in content.
    RemoveInstalledPack,
    /// Make an encrypted backup to share.
    MakeBackup {
        /// The backup's passphrase.
        passphrase: String,
    },
    /// Restore a backup.
    RestoreBackup {
        /// The file.
        bytes: Vec<u8>,
        /// Its passphrase.
        passphrase: String,
        /// Into an empty app, or merged.
        mode: RestoreMode,
    },
    /// Export to share.
    Export {
        /// The format.
        format: ExportFormat,
    },
    /// Erase everything; the app starts again as new.
    EraseEverything,
    /// Hand the reminder schedule to the platform again (on resume, a time zone change).
    RefreshReminders,

    // ----- Read to me -----
    /// "Read to me" on the screen on top: the first time the headphones hint shows, the next
    /// tap reads.
    ReadAloud,
    /// "Guide me through it": play the guided exercise's cues on the screen on top.
    GuideExercise,
    /// Pause the reading.
    PauseReading,
    /// Go on from where the reading paused.
    ResumeReading,
    /// Back one sentence.
    BackOneSentence,
    /// Read at another speed.
    SetReadingSpeed {
        /// The speed.
        speed: ReadingSpeed,
    },
    /// Close the player.
    StopReading,
    /// The voice finished the utterance with this `index`.
    SentenceSpoken {
        /// `Utterance::index`.
        index: u32,
    },
    /// The voice finished everything it was handed.
    SpeechFinished,
    /// The phone has no offline voice for the language.
    SpeechUnavailable,
    // ----- Saying it instead of typing it (`dictation`) -----
    /// Once per launch (and when it changes): whether speech recognition runs on this phone,
    /// with no server, and for which locale. Anything short of on-device recognition is
    /// `on_device: false`, and no microphone shows.
    RecognitionAvailable {
        /// Recognition runs on the phone itself.
        on_device: bool,
        /// The recogniser's locale, e.g. "en-AU".
        locale: String,
    },
    /// He tapped the microphone; `typed` is what the field held. Answered with
    /// `Effect::StartDictation`.
    StartDictation {
        /// The field's text when he tapped.
        typed: String,
    },
    /// "Start again": drop the words heard and listen again after what he had typed.
    StartDictationAgain,
    /// He tapped done: answered with `Effect::StopDictation`; the recogniser's last words come
    /// as `DictationText` with `is_final`.
    StopDictation,
    /// Words the recogniser heard: partial while listening, final when it stopped.
    DictationText {
        /// Everything heard since listening started.
        text: String,
        /// The last words: listening is over.
        is_final: bool,
    },
    /// Listening failed (no permission, no speech, the recogniser stopped).
    DictationFailed,
    /// He changed the transcript in the field.
    EditTranscript {
        /// The field's text.
        text: String,
    },
    /// "Keep the recording" on or off for the new journal entry on top.
    SetKeepRecording {
        /// On or off.
        on: bool,
    },
    /// The recording made while he spoke, when keeping it was asked for (`keep_audio`).
    RecordingReady {
        /// The audio.
        recording: RecordingInput,
    },
    /// Play the recording kept with the entry on screen: answered with `Effect::PlayRecording`.
    PlayRecording,
}
