//! The Groundwork core.
//!
//! Everything Groundwork decides lives here: storage (SQLite encrypted with SQLCipher), the
//! check-ins, the journal, and the screen models the iOS and Android shells render. Shells open
//! one [`Groundwork`] object, call it with what the person did, and draw what it returns.
//!
//! This file is the whole FFI surface and only translates between the FFI and the domain
//! modules; the decisions are made in those modules.

#![warn(missing_docs)]

pub mod anger;
pub mod backup;
pub mod checkins;
mod clock;
pub mod content;
pub mod curriculum;
pub mod days;
pub mod documents;
mod error;
pub mod export;
pub mod ffi_types;
pub mod insights;
pub mod journal;
pub mod keys;
pub mod links;
pub mod lock;
pub mod navigation;
pub mod recommend;
pub mod reminders;
pub mod safety;
pub mod screens;
pub mod share;
mod store;
mod validate;
pub mod wipe;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use groundwork_pack::Pack;
use uuid::Uuid;

pub use crate::anger::{AngerMoment, AngerMomentInput};
pub use crate::checkins::{CheckIn, CheckInInput, Quadrant, SortedWords};
#[cfg(feature = "test-clock")]
pub use crate::clock::TestClock;
pub use crate::clock::{Clock, ManualClock, SystemClock};
pub use crate::content::ffi::{ContentStatus, PackInstallOutcome, PackPreview, help_now_in};
pub use crate::documents::{DocumentField, LivingDocument};
pub use crate::error::ApiError;
pub use crate::insights::{InsightRange, InsightsScreen};
pub use crate::journal::{
    JournalEntry, JournalEntryInput, JournalFilter, JournalListItem, JournalPage, JournalSearchHit,
    OwnPrompt, TextRun,
};
pub use crate::keys::DatabaseKey;
pub use crate::safety::answer::{
    AnswerPart, CrisisAnswer, FollowUpAnswer, FollowUpCard, FollowUpChoice, FollowUpOutcome,
    PlanItem,
};
pub use crate::safety::{
    CheckInOutcome, HelpNowScreen, PlanLink, SafetyCard, SafetyFollowUp, SafetyQuestions, Situation,
};
pub use crate::screens::forms::{AngerMomentForm, CheckInForm, PromptLibrary};
pub use crate::screens::help::HelpButton;
pub use crate::screens::home::{CheckInSummary, HomeDestination, HomeScreen, HomeShortcut};
use crate::store::Store;

uniffi::setup_scaffolding!();

/// The file name of the database inside the data directory.
pub const DATABASE_FILE: &str = "groundwork.db";

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = store::schema::VERSION;

/// An open Groundwork: one per app process, safe to share between threads.
#[derive(Debug, uniffi::Object)]
pub struct Groundwork {
    store: Store,
    clock: Arc<dyn Clock>,
    /// The content pack everything is built from: the built-in one, or one he installed
    /// (`install_pack`, composed with the built-in help lines and safety section), swapped whole
    /// while the app runs.
    content: RwLock<content::ffi::ActivePack>,
    /// The folder holding the database (and an installed pack).
    data_dir: PathBuf,
    /// When this database was opened: the question about how he is comes back once the app has
    /// been opened again since he wrote something heavy.
    opened_at: chrono::DateTime<chrono::Utc>,
}

#[uniffi::export]
impl Groundwork {
    /// Opens (creating on first use) the encrypted database in `data_dir` with the raw 32-byte
    /// `key` from the platform keystore, upgrading its schema if needed.
    ///
    /// Errors: `WrongKey` if the key does not open an existing database; `DatabaseTooNew` if a
    /// newer app wrote it; `InvalidInput` if the key is not 32 bytes. Nothing is changed on error.
    #[uniffi::constructor]
    pub fn open(data_dir: String, key: Vec<u8>) -> Result<Arc<Self>, ApiError> {
        let key = keys::DatabaseKey::from_bytes(&key)?;
        Ok(Arc::new(Self::open_with(
            Path::new(&data_dir),
            &key,
            Arc::new(SystemClock),
        )?))
    }

    /// The home screen, ready to render.
    pub fn home_screen(&self) -> Result<HomeScreen, ApiError> {
        let now = self.clock.now();
        Ok(self.store.read(|conn| {
            screens::home::build(conn, &self.pack(), now, self.opened_at, self.app_lock_set())
        })?)
    }

    // ----- Check-ins -----

    /// What the check-in screen shows: the mood meter's words, tag suggestions and labels.
    pub fn check_in_form(&self) -> Result<CheckInForm, ApiError> {
        let pack: &Pack = &self.pack();
        Ok(self
            .store
            .read(|conn| screens::forms::check_in_form(conn, pack))?)
    }

    /// Sorts words he typed into vocabulary ids and his own words, for a free-text word field.
    pub fn sort_emotion_words(
        &self,
        words: Vec<String>,
    ) -> Result<checkins::SortedWords, ApiError> {
        Ok(checkins::sort_words(&self.pack().emotions, &words))
    }

    /// Saves an edit to a check-in, then says what comes next, as `submit_check_in` does: an
    /// edit that now shows high distress brings the two optional questions, and a note with
    /// words of crisis a gentle offer of help. Errors as `update_check_in`.
    pub fn submit_check_in_edit(
        &self,
        id: Uuid,
        input: CheckInInput,
    ) -> Result<CheckInOutcome, ApiError> {
        let check_in = self.update_check_in(id, input)?;
        self.check_in_outcome(check_in)
    }

    /// Deletes a check-in for good. `NotFound` if there is no such check-in.
    pub fn delete_check_in(&self, id: Uuid) -> Result<(), ApiError> {
        Ok(self.store.write(|tx| checkins::delete(tx, id))?)
    }

    /// One check-in. `NotFound` if there is no such check-in.
    pub fn check_in(&self, id: Uuid) -> Result<CheckIn, ApiError> {
        Ok(self.store.read(|conn| checkins::get(conn, id))?)
    }

    /// The most recent check-ins, newest first; `limit` is 1 to 500.
    pub fn recent_check_ins(&self, limit: i32) -> Result<Vec<CheckIn>, ApiError> {
        Ok(self.store.read(|conn| checkins::recent(conn, limit))?)
    }

    /// Saves a check-in, then says what comes next: after a very unpleasant check-in, or anger or
    /// stress near the top of the scale, two optional safety questions; when the note holds
    /// words of crisis, a gentle offer of help. The check-in is saved either way, unchanged.
    pub fn submit_check_in(&self, input: CheckInInput) -> Result<CheckInOutcome, ApiError> {
        let check_in = self.record_check_in(input)?;
        self.check_in_outcome(check_in)
    }

    /// Records the answers to the safety questions (`None` = skipped). A yes returns help now at
    /// the matching lines with his safety plan and pause plan, and keeps a quiet card on the
    /// home screen that day and the next; a no is recorded and shows no help (answering again
    /// replaces the earlier answers). `NotFound` for an unknown check-in.
    pub fn answer_safety_questions(
        &self,
        check_in_id: Uuid,
        self_harm: Option<bool>,
        hurt_someone: Option<bool>,
        device_locale: Option<String>,
    ) -> Result<SafetyFollowUp, ApiError> {
        let now = self.clock.now();
        let situations = self.store.write(|tx| {
            let situations = safety::record_answers(tx, check_in_id, self_harm, hurt_someone, now)?;
            if self_harm.is_some() || hurt_someone.is_some() {
                days::restamp_safety_answer(tx, check_in_id, now)?;
            }
            Ok(situations)
        })?;
        if situations.is_empty() {
            return Ok(SafetyFollowUp {
                help_now: None,
                message: (self_harm.is_some() || hurt_someone.is_some())
                    .then(|| "Thanks for answering. Help is always one tap away.".to_owned()),
            });
        }
        Ok(SafetyFollowUp {
            help_now: Some(self.help_now_for(&situations, device_locale)?),
            message: None,
        })
    }

    // ----- Safety and living documents -----

    /// Help now, with his region (or the device locale's guess), his safety plan and pause plan.
    pub fn help_now(
        &self,
        situation: Option<Situation>,
        device_locale: Option<String>,
    ) -> Result<HelpNowScreen, ApiError> {
        self.help_now_for(situation.as_slice(), device_locale)
    }

    /// Remembers his region (e.g. "AU") for help now. `InvalidInput` for a region with no lines.
    pub fn set_region(&self, code: String) -> Result<(), ApiError> {
        let code = code.trim().to_ascii_uppercase();
        if !self.pack().helplines.iter().any(|r| r.code == code) {
            return Err(ApiError::InvalidInput {
                field: "region".into(),
                reason: "choose one of the regions listed".into(),
            });
        }
        Ok(self
            .store
            .write(|tx| store::put_setting(tx, "region", &code))?)
    }

    /// His chosen region, if he picked one.
    pub fn region(&self) -> Result<Option<String>, ApiError> {
        Ok(self.store.read(|conn| store::setting(conn, "region"))?)
    }

    /// The reminder settings; everything is off until saved.
    pub fn reminder_settings(&self) -> Result<reminders::ReminderSettings, ApiError> {
        let stored = self
            .store
            .read(|conn| store::setting(conn, reminders::SETTINGS_KEY))?;
        match stored {
            Some(json) => reminders::from_json(&json),
            None => Ok(reminders::ReminderSettings::default()),
        }
    }

    /// Saves the reminder settings (validated). Shells then ask for the schedule again.
    pub fn save_reminder_settings(
        &self,
        settings: reminders::ReminderSettings,
    ) -> Result<(), ApiError> {
        let json = reminders::to_json(&settings)?;
        Ok(self
            .store
            .write(|tx| store::put_setting(tx, reminders::SETTINGS_KEY, &json))?)
    }

    /// The local notifications for the next `days` days (1 to 14), earliest first, with their
    /// texts (neutral ones in discreet mode). Shells replace pending notifications by id and
    /// cancel ids no longer listed; ask again after a check-in, a settings change, on returning
    /// to the foreground and when the time zone changes.
    pub fn reminder_schedule(
        &self,
        days: u32,
    ) -> Result<Vec<reminders::ScheduledNotification>, ApiError> {
        let settings = self.reminder_settings()?;
        let now = self.clock.now();
        let today = crate::days::lived_day(now);
        let pack = self.pack();
        let context = self.store.read(|conn| {
            Ok(reminders::ScheduleContext {
                practice_commitment: curriculum::open_commitment(conn, &pack, today)?,
                new_father_baby_date: curriculum::new_father_date(conn, &pack)?,
                new_father_module_weeks: Some(
                    pack.modules
                        .iter()
                        .filter_map(|m| m.meta.week.map(i64::from))
                        .collect(),
                ),
                checked_in_today: checkins::count_on_day(
                    conn,
                    &insights::day_key(days::lived_day(now)),
                )? > 0,
            })
        })?;
        reminders::schedule(&settings, now, days, &context)
    }

    /// The texts to show where others might see them, following the saved discreet setting.
    pub fn discreet_texts(&self) -> Result<reminders::DiscreetTexts, ApiError> {
        Ok(reminders::discreet_texts(
            self.reminder_settings()?.discreet,
        ))
    }

    /// Every living document the pack defines (values list, warning signs, pause plan, dad plan,
    /// team plan, safety plan), with what he wrote.
    pub fn living_documents(&self) -> Result<Vec<LivingDocument>, ApiError> {
        let pack: &Pack = &self.pack();
        Ok(self.store.read(|conn| documents::all(conn, pack))?)
    }

    /// One living document. `NotFound` if the pack defines no such document.
    pub fn living_document(&self, id: String) -> Result<LivingDocument, ApiError> {
        let pack: &Pack = &self.pack();
        Ok(self.store.read(|conn| documents::get(conn, pack, &id))?)
    }

    /// Saves fields of a living document (others keep their values; an empty value clears one).
    /// `NotFound` for an unknown document; `InvalidInput` for an unknown field or an answer over
    /// 2,000 characters. Nothing is saved on error.
    pub fn save_living_document(
        &self,
        id: String,
        values: HashMap<String, String>,
    ) -> Result<LivingDocument, ApiError> {
        let pack: &Pack = &self.pack();
        let now = self.clock.now();
        Ok(self
            .store
            .write(|tx| documents::save(tx, pack, &id, values, now))?)
    }

    // ----- Anger moments -----

    /// What the anger moment screen shows; its help opens at the lines for men worried they
    /// might hurt someone.
    pub fn anger_moment_form(&self) -> Result<AngerMomentForm, ApiError> {
        let pack: &Pack = &self.pack();
        Ok(self
            .store
            .read(|conn| screens::forms::anger_moment_form(conn, pack))?)
    }

    /// The help now button for a screen with no model of its own (journal search, the list of
    /// plans, one plan, settings, a counsellor's recommendation): his region's emergency number,
    /// and help now at the general list. Every screen model carries its own `help`.
    pub fn help_button(&self) -> Result<screens::help::HelpButton, ApiError> {
        let pack: &Pack = &self.pack();
        Ok(self
            .store
            .read(|conn| screens::help::saved(conn, pack, None))?)
    }

    /// Saves an anger moment logged now, then, if what he wrote holds words of crisis, offers
    /// help that fits, as every other save does. What he wrote is saved exactly as written.
    ///
    /// Errors: `InvalidInput` if what happened is empty or an answer is over 1,000 characters,
    /// intensity is outside 0..=10, there are more than eight body cues, or a repair is marked
    /// done without being needed. Nothing is saved on error.
    pub fn submit_anger_moment(&self, input: AngerMomentInput) -> Result<AngerOutcome, ApiError> {
        let moment = self.record_anger_moment(input)?;
        self.anger_outcome(moment)
    }

    /// Saves an edit to an anger moment (e.g. the repair marked done), then offers help as
    /// `submit_anger_moment` does. `NotFound` if it was deleted.
    pub fn submit_anger_edit(
        &self,
        id: Uuid,
        input: AngerMomentInput,
    ) -> Result<AngerOutcome, ApiError> {
        let moment = self.update_anger_moment(id, input)?;
        self.anger_outcome(moment)
    }

    /// Deletes an anger moment for good. `NotFound` if there is no such moment.
    pub fn delete_anger_moment(&self, id: Uuid) -> Result<(), ApiError> {
        Ok(self.store.write(|tx| anger::delete(tx, id))?)
    }

    /// The most recent anger moments, newest first; `limit` is 1 to 500.
    pub fn recent_anger_moments(&self, limit: i32) -> Result<Vec<AngerMoment>, ApiError> {
        Ok(self.store.read(|conn| anger::recent(conn, limit))?)
    }

    // ----- After something heavy -----

    /// Answers the quiet question on home ("How are you now?", `HomeScreen.follow_up_card`):
    /// better or about the same bring a word and his plan, worse brings the same help as when he
    /// wrote it, rather not say a line. The question does not come back for that time.
    ///
    /// Errors: `NotFound` when no question is waiting (answered already, or turned off).
    pub fn answer_crisis_follow_up(
        &self,
        answer: FollowUpAnswer,
    ) -> Result<FollowUpOutcome, ApiError> {
        let pack = self.pack();
        let now = self.clock.now();
        Ok(self
            .store
            .write(|tx| safety::answer::answer_follow_up(tx, &pack, answer, now, self.opened_at))?)
    }

    /// Whether home asks how he is after he wrote something heavy (on unless he turned it off).
    pub fn crisis_follow_up_on(&self) -> Result<bool, ApiError> {
        Ok(self.store.read(safety::answer::follow_up_on)?)
    }

    /// Turns the question on home on or off (a setting); off also drops a question waiting.
    /// Returns what to say: after turning it off, where to turn it on again.
    pub fn set_crisis_follow_up(&self, on: bool) -> Result<Option<String>, ApiError> {
        let now = self.clock.now().with_timezone(&chrono::Utc);
        self.store
            .write(|tx| safety::answer::set_follow_up(tx, on, now))?;
        Ok((!on).then(|| safety::answer::turned_off_message(&self.pack())))
    }

    // ----- Journal -----

    /// Saves a journal entry, then, if it holds words of crisis, offers help gently. What he
    /// wrote is saved exactly as written either way.
    pub fn submit_journal_entry(
        &self,
        input: JournalEntryInput,
    ) -> Result<JournalOutcome, ApiError> {
        let entry = self.write_journal_entry(input)?;
        Ok(JournalOutcome {
            crisis_answer: self.answer_for(&entry.body)?,
            entry,
        })
    }

    /// Saves an edit to an entry, then, if it now holds words of crisis, offers help gently, as
    /// `submit_journal_entry` does. Errors as `update_journal_entry`.
    pub fn submit_journal_edit(
        &self,
        id: Uuid,
        body: String,
        tags: Vec<String>,
    ) -> Result<JournalOutcome, ApiError> {
        let entry = self.update_journal_entry(id, body, tags)?;
        Ok(JournalOutcome {
            crisis_answer: self.answer_for(&entry.body)?,
            entry,
        })
    }

    /// Deletes an entry for good, from the search index too. `NotFound` if there is no such entry.
    pub fn delete_journal_entry(&self, id: Uuid) -> Result<(), ApiError> {
        Ok(self.store.write(|tx| journal::delete(tx, id))?)
    }

    /// One entry. `NotFound` if there is no such entry.
    pub fn journal_entry(&self, id: Uuid) -> Result<JournalEntry, ApiError> {
        Ok(self.store.read(|conn| journal::get(conn, id))?)
    }

    /// A page of the journal, newest first. Pass `None` for the first page, then the page's
    /// `next_cursor`; `limit` is 1 to 100.
    ///
    /// Errors: `InvalidInput` for an impossible date, a start after the end, or a malformed
    /// cursor.
    pub fn journal_page(
        &self,
        filter: JournalFilter,
        cursor: Option<String>,
        limit: i32,
    ) -> Result<JournalPage, ApiError> {
        Ok(self.store.read(|conn| {
            let help = screens::help::saved(conn, &self.pack(), None)?;
            journal::page(conn, &filter, cursor.as_deref(), limit, help)
        })?)
    }

    /// Searches the journal for entries containing every word and emoji of `query` (the last
    /// word may be the start of a word), best match first; `limit` is 1 to 100.
    ///
    /// Errors: `InvalidInput` if the query has no words or emoji, or is over 200 characters.
    pub fn search_journal(
        &self,
        query: String,
        limit: i32,
    ) -> Result<Vec<JournalSearchHit>, ApiError> {
        self.search_journal_filtered(query, JournalFilter::default(), limit)
    }

    /// `search_journal`, narrowed to a date range, a tag and/or a mood-meter quadrant.
    pub fn search_journal_filtered(
        &self,
        query: String,
        filter: JournalFilter,
        limit: i32,
    ) -> Result<Vec<JournalSearchHit>, ApiError> {
        Ok(self
            .store
            .read(|conn| journal::search(conn, &query, &filter, limit))?)
    }

    /// The prompt library: the pack's prompts by theme, then his own.
    pub fn journal_prompts(&self) -> Result<PromptLibrary, ApiError> {
        let pack: &Pack = &self.pack();
        Ok(self
            .store
            .read(|conn| screens::forms::prompt_library(conn, pack))?)
    }

    /// Saves a prompt of his own. `InvalidInput` if empty or over 300 characters.
    pub fn add_own_prompt(&self, text: String) -> Result<OwnPrompt, ApiError> {
        let now = self.clock.now();
        Ok(self
            .store
            .write(|tx| journal::add_own_prompt(tx, text, now))?)
    }

    /// Removes one of his prompts; entries that answered it keep its words.
    pub fn delete_own_prompt(&self, id: String) -> Result<(), ApiError> {
        Ok(self.store.write(|tx| journal::delete_own_prompt(tx, &id))?)
    }

    // ----- Insights -----

    /// The insights screen for a range ending today: trends, quadrants, words, anger by time,
    /// patterns where there is enough data, and the week in plain words.
    pub fn insights(&self, range: InsightRange) -> Result<InsightsScreen, ApiError> {
        let today = days::lived_day(self.clock.now());
        Ok(self.store.read(|conn| {
            let help = screens::help::saved(conn, &self.pack(), None)?;
            insights::build(conn, range, today, help)
        })?)
    }

    /// Makes an encrypted backup of everything (an age file locked with a passphrase of at least
    /// 8 characters), to save or share. `InvalidInput` if the passphrase is too short.
    pub fn backup(&self, passphrase: String) -> Result<backup::BackupFile, ApiError> {
        Ok(self.backup_with_work_factor(&passphrase, backup::DEFAULT_WORK_FACTOR)?)
    }

    /// Restores a backup: `ReplaceEmpty` into a new app (refused if anything he wrote is here),
    /// `Merge` adds what is missing, matched by id. A wrong passphrase, a damaged or cut-off
    /// file, a file that is not a backup, or one from a newer version changes nothing.
    ///
    /// Errors: `BackupWrongPassphrase`, `BackupDamaged`, `NotABackup`, `BackupTooNew`, and
    /// `RestoreNeedsEmptyApp` for `ReplaceEmpty` into an app with data in it.
    pub fn restore(
        &self,
        bytes: Vec<u8>,
        passphrase: String,
        mode: backup::RestoreMode,
    ) -> Result<backup::RestoreSummary, ApiError> {
        Ok(self.restore_backup(&bytes, &passphrase, mode)?)
    }

    /// Everything he wrote, as a file to save or share: JSON (all of it, versioned schema),
    /// Markdown (the journal) or CSV (the check-ins).
    pub fn export(&self, format: export::ExportFormat) -> Result<export::ExportFile, ApiError> {
        let pack: &Pack = &self.pack();
        let now = self.clock.now();
        Ok(self
            .store
            .read(|conn| export::export(conn, pack, format, now))?)
    }

    /// Erases everything: closes the database and deletes it with its write-ahead log and shared
    /// memory files. Later calls return `Closed`. The shell then deletes the key it kept.
    ///
    /// Errors: `EraseIncomplete` naming each file still there afterwards.
    pub fn erase_everything(&self) -> Result<(), ApiError> {
        self.store.close();
        let _guard = lock::serialize();
        wipe::erase_data_dir(&self.data_dir)
    }

    /// Closes the database now (for example when the app locks), instead of whenever the last
    /// reference goes away. Every later call returns `Closed`. Closing twice is harmless.
    pub fn close(&self) {
        self.store.close();
    }
}

/// What comes after saving an anger moment.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct AngerOutcome {
    /// The saved moment.
    pub moment: AngerMoment,
    /// The answer that fits, when the crisis check finds something in what he wrote.
    pub crisis_answer: Option<CrisisAnswer>,
}

/// Opening with a clock the binding tests set (the `test-clock` feature only; apps never have it).
#[cfg(feature = "test-clock")]
#[uniffi::export]
impl Groundwork {
    /// Opens as `open` does, with `clock` as "now", for binding tests that need days to pass.
    ///
    /// Errors: as `open`.
    #[uniffi::constructor]
    pub fn open_with_test_clock(
        data_dir: String,
        key: Vec<u8>,
        clock: Arc<clock::TestClock>,
    ) -> Result<Arc<Self>, ApiError> {
        let key = keys::DatabaseKey::from_bytes(&key)?;
        Ok(Arc::new(Self::open_with(
            Path::new(&data_dir),
            &key,
            clock,
        )?))
    }
}

/// What comes after saving a journal entry.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct JournalOutcome {
    /// The saved entry.
    pub entry: JournalEntry,
    /// The answer that fits, when the crisis check finds something in the entry.
    pub crisis_answer: Option<CrisisAnswer>,
}

/// Help now, from the built-in content alone: no database and no key, so shells can show it
/// before the app is unlocked. `region` is his choice if known (e.g. "AU"), else the device
/// locale (e.g. "en_AU") is used to guess, else the screen asks. `now` and `utc_offset_minutes`
/// are the device's clock and its UTC offset at that moment (e.g. 600 in Sydney in winter): each
/// line says whether it is open then, in his time.
///
/// Errors: `InvalidInput` for a region with no lines, or an offset of a day or more.
#[uniffi::export]
pub fn help_now(
    region: Option<String>,
    device_locale: Option<String>,
    situation: Option<Situation>,
    now: ffi_types::Timestamp,
    utc_offset_minutes: i32,
) -> Result<HelpNowScreen, ApiError> {
    Ok(safety::help_now(
        pack()?,
        safety::RegionChoice {
            chosen: region.as_deref(),
            device_locale: device_locale.as_deref(),
        },
        situation.as_slice(),
        safety::local_time(now, utc_offset_minutes)?,
    )?)
}

/// The built-in pack, shared by every open Groundwork.
fn shared_default_pack() -> Result<Arc<Pack>, ApiError> {
    content::default_pack_shared().map_err(content_unreadable)
}

fn content_unreadable(_: content::ContentError) -> ApiError {
    ApiError::Internal {
        reason: "the built-in content could not be read".to_owned(),
    }
}

/// The active content pack.
fn pack() -> Result<&'static Pack, ApiError> {
    content::default_pack().map_err(content_unreadable)
}

/// The saves that skip the crisis check, for Rust callers that set up data (tests, benchmarks,
/// imports). They are not exported: every shell saves through the `submit_*` methods, so what he
/// writes is always checked, in one place.
impl Groundwork {
    /// Saves a check-in made now and returns it as stored.
    ///
    /// Errors: `InvalidInput` naming the field, for a value outside its range, an emotion id not
    /// in the vocabulary, more than three words of either kind, a repeated or over-long word,
    /// more than ten tags, or a note over 2,000 characters. Nothing is saved on error.
    pub fn record_check_in(&self, input: CheckInInput) -> Result<CheckIn, ApiError> {
        let now = self.clock.now();
        let pack: &Pack = &self.pack();
        Ok(self
            .store
            .write(|tx| checkins::record(tx, input, &pack.emotions, now))?)
    }

    /// Replaces what a check-in says; when it was made stays. Same rules as recording;
    /// `NotFound` if it was deleted.
    pub fn update_check_in(&self, id: Uuid, input: CheckInInput) -> Result<CheckIn, ApiError> {
        let now = self.clock.now();
        let pack: &Pack = &self.pack();
        Ok(self
            .store
            .write(|tx| checkins::update(tx, id, input, &pack.emotions, now))?)
    }

    /// Saves an anger moment logged now.
    ///
    /// Errors: `InvalidInput` if what happened is empty or an answer is over 1,000 characters,
    /// intensity is outside 0..=10, there are more than eight body cues, or a repair is marked
    /// done without being needed.
    pub fn record_anger_moment(&self, input: AngerMomentInput) -> Result<AngerMoment, ApiError> {
        let now = self.clock.now();
        Ok(self.store.write(|tx| anger::record(tx, input, now))?)
    }

    /// Replaces what an anger moment says (e.g. to mark the repair done). `NotFound` if deleted.
    pub fn update_anger_moment(
        &self,
        id: Uuid,
        input: AngerMomentInput,
    ) -> Result<AngerMoment, ApiError> {
        let now = self.clock.now();
        Ok(self.store.write(|tx| anger::update(tx, id, input, now))?)
    }

    /// Saves a journal entry written now, exactly as written.
    ///
    /// Errors: `InvalidInput` if it is empty or longer than 50,000 characters, has more than ten
    /// tags, or names a prompt that is not in the library.
    pub fn write_journal_entry(&self, input: JournalEntryInput) -> Result<JournalEntry, ApiError> {
        let now = self.clock.now();
        let pack: &Pack = &self.pack();
        Ok(self
            .store
            .write(|tx| journal::write(tx, input, &pack.prompts, now))?)
    }

    /// Saves a free journal entry with no tags or prompt: `write_journal_entry` in short.
    pub fn add_journal_entry(&self, body: String) -> Result<JournalEntry, ApiError> {
        self.write_journal_entry(JournalEntryInput {
            body,
            tags: Vec::new(),
            prompt_id: None,
        })
    }

    /// Replaces an entry's text and tags; the search index follows. `NotFound` if deleted.
    pub fn update_journal_entry(
        &self,
        id: Uuid,
        body: String,
        tags: Vec<String>,
    ) -> Result<JournalEntry, ApiError> {
        let now = self.clock.now();
        Ok(self
            .store
            .write(|tx| journal::update(tx, id, body, tags, now))?)
    }

    /// What comes after saving an anger moment: help, when what he wrote suggests it.
    fn anger_outcome(&self, moment: AngerMoment) -> Result<AngerOutcome, ApiError> {
        let text = [
            Some(moment.what_happened.as_str()),
            moment.thoughts.as_deref(),
            moment.what_i_did.as_deref(),
            moment.next_time.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n");
        Ok(AngerOutcome {
            crisis_answer: self.answer_for(&text)?,
            moment,
        })
    }
}

impl Groundwork {
    /// Help now opened at `situations` (most pressing first), with his plans.
    fn help_now_for(
        &self,
        situations: &[Situation],
        device_locale: Option<String>,
    ) -> Result<HelpNowScreen, ApiError> {
        let pack: &Pack = &self.pack();
        let now = self.clock.now();
        Ok(self.store.read(|conn| {
            safety::help_now_stored(conn, pack, situations, device_locale.as_deref(), now)
        })?)
    }

    /// What comes after saving `check_in`: the answer that fits when the note holds words of
    /// crisis, otherwise the safety questions when the check-in shows high distress.
    fn check_in_outcome(&self, check_in: CheckIn) -> Result<CheckInOutcome, ApiError> {
        let pack = self.pack();
        let crisis_answer = match check_in.note.as_deref() {
            Some(note) => self.answer_for(note)?,
            None => None,
        };
        let help = self
            .store
            .read(|conn| screens::help::saved(conn, &pack, None))?;
        Ok(CheckInOutcome {
            safety_questions: crisis_answer
                .is_none()
                .then(|| safety::questions_for(&pack, &check_in, help))
                .flatten(),
            crisis_answer,
            check_in,
        })
    }

    /// The answer after saving `text`, when the crisis check finds something in it. What he
    /// wrote is already saved; if the match cannot be remembered for the question later (a full
    /// disk), the answer is still shown.
    fn answer_for(&self, text: &str) -> Result<Option<CrisisAnswer>, ApiError> {
        let pack = self.pack();
        let now = self.clock.now();
        match safety::answer_for_text(&self.store, &pack, text, now) {
            Ok(answer) => Ok(answer),
            Err(_) => {
                let Some(found) = safety::crisis_check(&pack, text) else {
                    return Ok(None);
                };
                Ok(self
                    .store
                    .read(|conn| safety::answer::answer(conn, &pack, &found, now))?)
            }
        }
    }

    /// Opens with a chosen clock: for tests, benchmarks and the terminal companion.
    pub fn open_with(
        data_dir: &Path,
        key: &DatabaseKey,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, ApiError> {
        let choice = content::installed::choose(data_dir, &shared_default_pack()?);
        Self::open_active(
            data_dir,
            key,
            clock,
            content::ffi::ActivePack {
                pack: choice.pack,
                installed: choice.installed,
                note: choice.note,
            },
        )
    }

    /// Opens with a given content pack instead of the built-in one (a newer or imported pack,
    /// or a test pack). Progress stored under module ids the pack's manifest renamed is carried
    /// over to the new ids, in one transaction.
    pub fn open_with_pack(
        data_dir: &Path,
        key: &DatabaseKey,
        clock: Arc<dyn Clock>,
        pack: Arc<Pack>,
    ) -> Result<Self, ApiError> {
        let active = content::ffi::ActivePack {
            pack,
            installed: false,
            note: None,
        };
        Self::open_active(data_dir, key, clock, active)
    }

    fn open_active(
        data_dir: &Path,
        key: &DatabaseKey,
        clock: Arc<dyn Clock>,
        active: content::ffi::ActivePack,
    ) -> Result<Self, ApiError> {
        std::fs::create_dir_all(data_dir).map_err(error::Error::from)?;
        let database = database_path(data_dir);
        // With an app lock set, a database was made before it: one missing now was lost, and a
        // new empty one must not take its place.
        if lock::lock_file_path(data_dir).exists() && !database.exists() {
            return Err(error::Error::DatabaseDamaged.into());
        }
        let store = Store::open(&database, key)?;
        curriculum::carry_renamed_progress(&store, &active.pack)?;
        Ok(Groundwork {
            store,
            opened_at: clock.now().with_timezone(&chrono::Utc),
            clock,
            content: RwLock::new(active),
            data_dir: data_dir.to_path_buf(),
        })
    }

    /// The content pack in use.
    pub fn pack(&self) -> Arc<Pack> {
        // A poisoned lock still holds a whole pack: swaps replace it in one step.
        Arc::clone(&self.content.read().unwrap_or_else(|e| e.into_inner()).pack)
    }

    /// Where this Groundwork's database file is.
    pub fn database_path(&self) -> &Path {
        self.store.path()
    }
}

/// The database file for a data directory.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join(DATABASE_FILE)
}

/// Erases the database files, the app lock and the installed pack in `data_dir` without opening
/// them: for a forgotten passphrase or a damaged database. Each is overwritten, deleted and then
/// looked for again. Files that are not there are fine; nothing else in the folder is touched.
///
/// Errors: `EraseIncomplete` naming each file still there afterwards.
#[uniffi::export]
pub fn erase_data_dir(data_dir: String) -> Result<(), ApiError> {
    let _guard = lock::serialize();
    wipe::erase_data_dir(Path::new(&data_dir))
}

/// Makes a counsellor's recommendation: a short, typo-resistant code to read out or text, and a
/// `groundwork://recommend` link, for 1 to 10 modules of the built-in pack, from NAME (1 to 40
/// characters) with an optional note (up to 140). Needs no database.
///
/// Errors: `InvalidInput` for an unknown module or a broken rule.
#[uniffi::export]
pub fn create_recommendation_code(
    module_ids: Vec<String>,
    from: String,
    note: Option<String>,
) -> Result<recommend::Recommendation, ApiError> {
    Ok(recommend::create_code(
        pack()?,
        &module_ids,
        &from,
        note.as_deref(),
    )?)
}

/// Reads a recommendation code (any case, O for 0, I or L for 1, hyphens and spaces ignored) or
/// link. Nothing is saved.
///
/// Errors: `InvalidInput { field: "code" }` for a typo, a code for other content, modules this
/// version lacks, a code from a newer version, or text that is not a code.
#[uniffi::export]
pub fn read_recommendation_code(
    text: String,
) -> Result<recommend::ReceivedRecommendation, ApiError> {
    Ok(recommend::read_code(pack()?, &text)?)
}

/// Reads any `groundwork://` link: a reminder's (`check-in`, `practice`, `new-dad`), a
/// counsellor's recommendation (`recommend?code=…`, read as `read_recommendation_code` reads it)
/// or help now (`help`, with an optional `?situation=self-harm`). Needs no database, so help now
/// opens before unlocking. Nothing is saved.
///
/// Errors: `InvalidInput { field: "link" }` for anything else; a recommendation's errors as
/// `read_recommendation_code` gives them.
#[uniffi::export]
pub fn read_link(url: String) -> Result<links::AppLink, ApiError> {
    Ok(links::read(pack()?, &url)?)
}

/// Neutral texts (discreet mode on) or the usual ones, before the database is open: shells keep
/// the discreet flag in their own preferences for the lock screen and notifications.
#[uniffi::export]
pub fn discreet_texts_for(on: bool) -> reminders::DiscreetTexts {
    reminders::discreet_texts(on)
}

/// Whether an app lock is set (PIN or passphrase) and when the next try is allowed. Call before
/// opening: it reads only the small lock file beside the database.
///
/// Errors: `AppLockDamaged` or `AppLockTooNew` for a lock file this version cannot read.
#[uniffi::export]
pub fn app_lock_status(data_dir: String) -> Result<lock::LockStatus, ApiError> {
    lock::lock_status(Path::new(&data_dir), chrono::Utc::now())
}

/// The lock screen's title, prompt and button labels for a lock of `kind` (`None` when there is
/// no PIN or passphrase and the key on this device unlocks), neutral in `discreet` mode, with its
/// help now button: `region` is the one the shell remembered (e.g. "AU"), for the emergency
/// number; an unknown or missing one leaves the number out. Needs no database (the content is
/// read from `data_dir`, or the built-in one), so help now is reachable before unlocking; never
/// fails.
#[uniffi::export]
pub fn app_lock_screen(
    data_dir: String,
    kind: Option<lock::LockKind>,
    discreet: bool,
    region: Option<String>,
) -> lock::LockScreen {
    lock::lock_screen(
        kind,
        discreet,
        content::ffi::help_before_unlock(&data_dir, region),
    )
}

/// Wraps the database key under a PIN (6+ digits) or passphrase (8+ characters) with Argon2id;
/// the lock file is on disk when this returns. Afterwards the shell confirms the lock
/// (`app_lock_status` says locked) and only then deletes its own stored copy of the key, so the
/// key always has a home. `erase_after` opts in to erasing everything after that many wrong
/// attempts in a row (5 to 100).
///
/// Errors: `InvalidInput` for a secret or `erase_after` that breaks the rules;
/// `AppLockAlreadySet`; `WrongKey` if `key` does not open the database. Nothing is written.
#[uniffi::export]
pub fn set_app_lock(
    data_dir: String,
    key: Vec<u8>,
    secret: lock::LockSecret,
    erase_after: Option<u32>,
) -> Result<(), ApiError> {
    let key = DatabaseKey::from_bytes(&zeroize::Zeroizing::new(key))?;
    lock::set_lock(Path::new(&data_dir), &key, &secret, erase_after)
}

/// Tries the PIN or passphrase. `Unlocked { key }` opens the database with `Groundwork.open`;
/// wrong attempts are throttled with growing delays that survive restarts. A wrong secret is an
/// outcome, `WrongSecret`, not an error; so is `TooSoon` (with when to try again).
///
/// Errors: `AppLockNotSet`; `InvalidInput` for a secret that breaks the rules and
/// `WrongLockKind` for the other kind of secret (neither counts as an attempt);
/// `AppLockDamaged` or `AppLockTooNew`.
#[uniffi::export]
pub fn unlock_app(
    data_dir: String,
    secret: lock::LockSecret,
) -> Result<lock::UnlockOutcome, ApiError> {
    lock::unlock(Path::new(&data_dir), &secret, chrono::Utc::now())
}

/// Re-wraps the same database key under a new secret (nothing is re-encrypted). A wrong old
/// secret counts as a wrong attempt. Errors: as `unlock_app`.
#[uniffi::export]
pub fn change_app_lock(
    data_dir: String,
    old: lock::LockSecret,
    new: lock::LockSecret,
) -> Result<lock::UnlockOutcome, ApiError> {
    lock::change_lock(Path::new(&data_dir), &old, &new, chrono::Utc::now())
}

/// Removes the lock; `Unlocked { key }` is the raw key for the shell to keep in the Keychain or
/// Keystore again. The lock file is gone when this returns, so the shell first takes the key
/// with `unlock_app`, saves it in its key store and reads it back, and only then calls this: the
/// key always has a home. Errors: as `unlock_app`.
#[uniffi::export]
pub fn remove_app_lock(
    data_dir: String,
    secret: lock::LockSecret,
) -> Result<lock::UnlockOutcome, ApiError> {
    lock::remove_lock(Path::new(&data_dir), &secret, chrono::Utc::now())
}

/// A new random 32-byte database key, for a shell to store in the Keychain or Keystore on
/// first launch.
#[uniffi::export]
pub fn generate_database_key() -> Vec<u8> {
    keys::DatabaseKey::generate().expose_bytes().to_vec()
}

/// The version of this core, e.g. "0.1.0".
#[uniffi::export]
pub fn core_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
