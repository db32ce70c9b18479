//! What the core answers: the screen to draw, where it is in the stack, a line over it, and
//! what the platform must do.

use crate::base::ffi_types::Timestamp;
use crate::lock::{LockKind, LockScreen};
use crate::reminders::{DiscreetTexts, ScheduledNotification};
use crate::safety::HelpNowScreen;
use crate::safety::help::HelpButton;

use super::dictation::{DictationView, RecordingPlayback};
use super::read_aloud::{ReadAloudView, Utterance};
use super::screen::AppScreen;

/// Everything to draw, and what to do.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct AppView {
    /// Starting, locked, open, or unavailable.
    pub phase: Phase,
    /// The screen on top while open.
    pub screen: Option<AppScreen>,
    /// A stable id for the screen on top (the same while its model is refreshed).
    pub screen_id: u64,
    /// How many screens are stacked (1: home).
    pub depth: u32,
    /// Whether back goes somewhere.
    pub can_go_back: bool,
    /// A line over the screen.
    pub notice: Option<AppNotice>,
    /// Help now opened over the lock screen (from the content alone).
    pub help_before_unlock: Option<HelpNowScreen>,
    /// The help now button of what is on screen; `None` only before `Start`.
    pub help: Option<HelpButton>,
    /// Whether the database was created in this session.
    pub first_run: bool,
    /// What the platform must do, in order. `LoadKey` and `StoreKey` come last and are answered
    /// with `KeyLoaded` and `KeyStored`.
    pub effects: Vec<Effect>,
    /// "Read to me" on what is on screen, with the player bar while reading; `None` where
    /// there is nothing to read.
    pub read_aloud: Option<ReadAloudView>,
    /// The microphone on the form on top: present only when recognition runs on this phone for
    /// the pack's language and the screen takes free text.
    pub dictation: Option<DictationView>,
    /// The recording kept with the journal entry on screen, to play.
    pub recording: Option<RecordingPlayback>,
}

/// Where the app is as a whole.
// Variants hold records by value: the FFI has no boxes.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum Phase {
    /// Before `Start`, or waiting for the key store.
    Starting,
    /// The database is closed; the lock screen shows (help now stays reachable).
    Locked {
        /// What the lock screen shows.
        lock: LockedView,
    },
    /// The database is open.
    Unlocked,
    /// The key on this device does not open the database; the sentence says why.
    Unavailable {
        /// Why.
        reason: String,
    },
}

/// What the lock screen shows.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LockedView {
    /// PIN (number pad) or passphrase (keyboard); `None` when the unlock button opens it.
    pub kind: Option<LockKind>,
    /// No attempt before this time.
    pub retry_after: Option<Timestamp>,
    /// With the erase opt-in, wrong attempts left.
    pub attempts_left_before_erase: Option<u32>,
    /// The line after an attempt.
    pub message: Option<String>,
    /// The app name and quick-hide texts, neutral in discreet mode.
    pub texts: DiscreetTexts,
    /// Title, prompt, button labels and help now.
    pub screen: LockScreen,
}

/// A line over the screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum AppNotice {
    /// Something done.
    Message {
        /// What to say.
        text: String,
    },
    /// What went wrong (never anything he wrote).
    Error {
        /// What to say.
        text: String,
    },
}

/// What the shell keeps outside the database, needed before it opens.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct ShellPreferences {
    /// Discreet mode (lock screen, notifications).
    pub discreet: bool,
    /// His region, for help now before unlock (e.g. "AU"). A plain string, read leniently: one
    /// that is not a region code counts as none, so a damaged preference never keeps the app
    /// from opening.
    pub region: Option<String>,
    /// Whether fingerprint or face guards the key on this device.
    pub biometric_key: bool,
}

/// Something only the platform can do. `Debug` never shows a key or a file's contents.
#[derive(Clone, PartialEq, uniffi::Enum)]
pub enum Effect {
    /// Load the database key from the key store (after a fingerprint or face prompt when
    /// `biometric`), then send `KeyLoaded`.
    LoadKey {
        /// Ask for fingerprint or face first.
        biometric: bool,
    },
    /// Keep this key in the key store, replacing any other, read it back, then send `KeyStored`.
    StoreKey {
        /// The raw 32-byte key.
        key: Vec<u8>,
        /// Guard it with fingerprint or face.
        biometric: bool,
    },
    /// Delete the key store's copy (an app lock holds the key now).
    DeleteKey,
    /// Keep these preferences outside the database.
    SavePreferences {
        /// All of them.
        preferences: ShellPreferences,
    },
    /// Replace the pending notifications with these (an empty list cancels them all).
    ScheduleReminders {
        /// The schedule.
        notifications: Vec<ScheduledNotification>,
    },
    /// Hand a file to the share sheet (a backup, an export).
    ShareFile {
        /// Its name.
        file_name: String,
        /// Its type.
        mime_type: String,
        /// Its bytes.
        contents: Vec<u8>,
    },
    /// Open a web address outside the app.
    OpenUrl {
        /// The address.
        url: String,
    },
    /// While away, send `LockCheckDue` at this time (a timer or alarm).
    CheckLockAt {
        /// When.
        at: Timestamp,
    },
    /// The database was closed: drop anything drawn from it (the lock screen follows).
    Locked,
    /// Delete every file written for the share sheet (the copies of backups, exports and
    /// reports handed to another app). Asked for when he comes back from sharing, when the app
    /// locks, and at start (a copy left by an app that was killed).
    DeleteSharedFiles,
    /// Say these, in order, straight after one another (queued at once, so speech goes on with
    /// the screen off), with the silence each asks for after it; report `SentenceSpoken` after
    /// each and `SpeechFinished` after the last, or `SpeechUnavailable` when no offline voice
    /// speaks `locale`. Replaces anything being said.
    Speak {
        /// What to say.
        utterances: Vec<Utterance>,
        /// The rate, as a multiple of the voice's usual one.
        rate: f32,
        /// The language, e.g. "en-AU".
        locale: String,
    },
    /// Stop speaking now, dropping what is queued.
    StopSpeaking,
    /// Start the on-device speech recogniser for `locale` (never a server one), sending
    /// `DictationText` as words come and `DictationFailed` if it cannot; with `keep_audio`, also
    /// record, and send the recording with `RecordingReady` when it stops.
    StartDictation {
        /// The recogniser's locale, as reported.
        locale: String,
        /// Record the audio too (he chose to keep it).
        keep_audio: bool,
    },
    /// Stop listening; the final words follow as `DictationText { is_final: true }`.
    StopDictation,
    /// Play a kept recording.
    PlayRecording {
        /// Its MIME type.
        codec: String,
        /// The audio.
        audio: Vec<u8>,
    },
}

impl std::fmt::Debug for Effect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Effect::LoadKey { biometric } => write!(f, "LoadKey {{ biometric: {biometric} }}"),
            Effect::StoreKey { biometric, .. } => {
                write!(f, "StoreKey {{ key: <redacted>, biometric: {biometric} }}")
            }
            Effect::DeleteKey => f.write_str("DeleteKey"),
            Effect::SavePreferences { preferences } => {
                write!(f, "SavePreferences {{ {preferences:?} }}")
            }
            Effect::ScheduleReminders { notifications } => {
                write!(f, "ScheduleReminders {{ {} }}", notifications.len())
            }
            Effect::ShareFile {
                file_name,
                mime_type,
                contents,
            } => write!(
                f,
                "ShareFile {{ {file_name}, {mime_type}, {} bytes }}",
                contents.len()
            ),
            Effect::OpenUrl { url } => write!(f, "OpenUrl {{ {url} }}"),
            Effect::CheckLockAt { at } => write!(f, "CheckLockAt {{ {at} }}"),
            Effect::Locked => f.write_str("Locked"),
            Effect::DeleteSharedFiles => f.write_str("DeleteSharedFiles"),
            // Never the words: a plan's spoken text holds what he wrote.
            Effect::Speak {
                utterances,
                rate,
                locale,
            } => write!(
                f,
                "Speak {{ {} utterances, rate: {rate}, locale: {locale} }}",
                utterances.len()
            ),
            Effect::StopSpeaking => f.write_str("StopSpeaking"),
            Effect::StartDictation { locale, keep_audio } => {
                write!(f, "StartDictation {{ {locale}, keep_audio: {keep_audio} }}")
            }
            Effect::StopDictation => f.write_str("StopDictation"),
            Effect::PlayRecording { codec, audio } => {
                write!(f, "PlayRecording {{ {codec}, {} bytes }}", audio.len())
            }
        }
    }
}
