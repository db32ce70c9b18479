//! The Groundwork core.
//!
//! Everything Groundwork decides lives here: storage (SQLite encrypted with SQLCipher), the
//! check-ins, the journal, the curriculum, help now, and the screen models the iOS and Android
//! shells render. Shells open one [`Groundwork`] object, call it with what the person did, and
//! draw what it returns.
//!
//! # Where to start
//!
//! The crate is in layers; a module uses only the ones below it (`tests/tests/layers.rs` checks
//! this, and declares the order):
//!
//! 1. [`base`]: errors, the lived day, the clock, keys, input rules, stored rows, FFI types.
//! 2. `store`: the encrypted database, its settings and migrations.
//! 3. Capabilities, lowest first: [`content`], [`reminders`], [`recommend`], [`checkins`],
//!    [`anger`], [`documents`], [`safety`], [`wipe`], [`lock`], [`journal`], [`insights`],
//!    [`curriculum`] (its onboarding offers the lock), [`links`], [`export`], [`share`],
//!    [`backup`]. Each decides its own rules and returns the internal `base::error::Result`.
//! 4. [`screens`]: screen models composed from the capabilities.
//! 5. `ffi`: the whole FFI surface, and the only place the error that crosses the FFI is made
//!    (from `base::error::Error`). Its two exported objects: `Groundwork`, one file per
//!    capability, each method a thin call into a capability or a screen; and `AppNavigator`
//!    (`ffi/navigator.rs`), the app's [`navigation`] (`ffi/navigation/`), which drives the
//!    `Groundwork` object as a shell would.
//!
//! To follow what a button does, find its method in `ffi/` and the one call it makes.

#![warn(missing_docs)]

pub mod anger;
pub mod backup;
pub mod base;
pub mod checkins;
pub mod content;
pub mod curriculum;
pub mod documents;
pub mod export;
mod ffi;
pub mod insights;
pub mod journal;
pub mod links;
pub mod lock;
pub mod recommend;
pub mod reminders;
pub mod safety;
pub mod screens;
pub mod share;
pub mod speech;
mod store;
pub mod wipe;

uniffi::setup_scaffolding!();

pub use base::region::RegionCode;
pub use base::{days, ffi_types, keys};
pub use ffi::navigation;
pub use ffi::*;

pub use anger::{AngerMoment, AngerMomentInput, repair_done_message};
#[cfg(feature = "test-clock")]
pub use base::clock::TestClock;
pub use base::clock::{Clock, ManualClock, SystemClock};
pub use base::error::Error;
pub use base::keys::DatabaseKey;
pub use checkins::{CheckIn, CheckInInput, Quadrant, SortedWords, saved_sentence};
pub use documents::{DocumentField, LivingDocument};
pub use insights::{InsightRange, InsightsScreen};
pub use journal::recording::{RecordingInfo, RecordingInput};
pub use journal::{
    JournalEntry, JournalEntryInput, JournalFilter, JournalListItem, JournalPage, JournalSearchHit,
    OwnPrompt, TextRun,
};
pub use safety::answer::{
    AnswerPart, CrisisAnswer, FollowUpAnswer, FollowUpCard, FollowUpChoice, FollowUpOutcome,
    PlanItem,
};
pub use safety::help::HelpButton;
pub use safety::{
    CheckInOutcome, HelpNowScreen, PeerGroupCard, PeerGroupType, PeerGroupsCard,
    PeerGroupsHomeCard, PlanLink, SafetyCard, SafetyFollowUp, SafetyQuestions, Situation,
};
pub use screens::content::{ContentStatus, PackInstallOutcome, PackPreview};
pub use screens::forms::{AngerMomentForm, CheckInForm, PromptLibrary};
pub use screens::home::{CheckInSummary, HomeDestination, HomeScreen, HomeShortcut};
pub use screens::outcomes::{AngerOutcome, JournalOutcome};
pub use store::files::{DATABASE_FILE, REGION_FILE, database_path, region_file_path};

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = store::schema::VERSION;
