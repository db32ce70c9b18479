//! Help now, his region, the safety questions after a hard check-in, and the question on home
//! after he wrote something heavy.

use uuid::Uuid;

use super::Groundwork;
use crate::base::error::ApiError;
use crate::base::ffi_types::Timestamp;
use crate::base::region::RegionCode;
use crate::safety::answer::{FollowUpAnswer, FollowUpOutcome};
use crate::safety::{self, HelpNowScreen, PeerGroupsCard, SafetyFollowUp, Situation};
use crate::screens::home::HomeScreen;

impl Groundwork {
    /// Copies the region saved in the database to the region file help now reads before
    /// unlock. Best effort: if the file cannot be written, help now before unlock guesses from
    /// the device's locale as it did before, and the database keeps the region.
    pub(crate) fn remember_region(&self) {
        if let Ok(Some(code)) = self.store.read(safety::saved_region) {
            let _ = safety::remembered::remember(&self.data_dir, &code);
        }
    }
}

#[uniffi::export]
impl Groundwork {
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
        Ok(safety::answer_questions(
            &self.store,
            &self.pack(),
            check_in_id,
            self_harm,
            hurt_someone,
            device_locale.as_deref(),
            self.clock.now(),
        )?)
    }

    /// Help now, with his region (or the device locale's guess), his safety plan and pause plan.
    pub fn help_now(
        &self,
        situation: Option<Situation>,
        device_locale: Option<String>,
    ) -> Result<HelpNowScreen, ApiError> {
        self.help_now_for(situation.as_slice(), device_locale)
    }

    /// Remembers his region (e.g. "AU") for help now, in the database and in the small
    /// non-secret region file beside it, which help now reads before unlock
    /// (`store::files::REGION_FILE`). `InvalidInput` for "region" when the code is not two
    /// letters or has no lines; nothing is changed.
    pub fn set_region(&self, code: RegionCode) -> Result<(), ApiError> {
        let pack = self.pack();
        self.store
            .write(|tx| safety::set_region(tx, &pack, code.as_str()))?;
        self.remember_region();
        Ok(())
    }

    /// "Not now" on home's "find your people" card: puts it away for good (the groups stay in
    /// help now's "I need to talk to someone" and after the friends module). Returns the home
    /// screen.
    pub fn dismiss_peer_groups_card(&self) -> Result<HomeScreen, ApiError> {
        Ok(self.store.write(|tx| {
            safety::people::dismiss_home_card(tx)?;
            self.home_after(tx)
        })?)
    }

    /// The groups where men meet in a region ("find your people"), from the built-in pack: his
    /// saved region when `region` is `None`. `None` when the region is unknown or has no
    /// groups.
    ///
    /// Errors: `InvalidInput` for a region that is not two letters or has no help lines.
    pub fn peer_groups(
        &self,
        region: Option<RegionCode>,
    ) -> Result<Option<PeerGroupsCard>, ApiError> {
        let pack = self.pack();
        Ok(self.store.read(|conn| {
            safety::people::card_for(conn, &pack, region.as_ref().map(RegionCode::as_str))
        })?)
    }

    /// His chosen region, if he picked one.
    pub fn region(&self) -> Result<Option<RegionCode>, ApiError> {
        Ok(self
            .store
            .read(safety::saved_region)?
            .and_then(|code| RegionCode::from_kept(&code)))
    }

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
}

impl Groundwork {
    /// Help now opened at `situations` (most pressing first), with his plans.
    fn help_now_for(
        &self,
        situations: &[Situation],
        device_locale: Option<String>,
    ) -> Result<HelpNowScreen, ApiError> {
        let pack = self.pack();
        let now = self.clock.now();
        Ok(self.store.read(|conn| {
            safety::help_now_stored(conn, &pack, situations, device_locale.as_deref(), now)
        })?)
    }
}

/// Help now, from the built-in content alone: no database and no key, so shells can show it
/// before the app is unlocked. `region` is his choice if known (e.g. "AU"), else the device
/// locale (e.g. "en_AU") is used to guess, else the screen asks. `now` and `utc_offset_minutes`
/// are the device's clock and its UTC offset at that moment (e.g. 600 in Sydney in winter): each
/// line says whether it is open then, in his time.
///
/// The app's own words are in English for now: the built-in pack is English, and no device
/// language reaches this function yet.
///
/// Errors: `InvalidInput` for a region that is not two letters or has no lines, or an offset of
/// a day or more.
#[uniffi::export]
pub fn help_now(
    region: Option<RegionCode>,
    device_locale: Option<String>,
    situation: Option<Situation>,
    now: Timestamp,
    utc_offset_minutes: i32,
) -> Result<HelpNowScreen, ApiError> {
    let built_in = crate::content::built_in(crate::base::text::Language::from_locale(
        device_locale.as_deref(),
    ))
    .map_err(super::content_unreadable)?;
    Ok(safety::help_now(
        &built_in,
        safety::RegionChoice {
            chosen: region.as_ref().map(RegionCode::as_str),
            device_locale: device_locale.as_deref(),
        },
        situation.as_slice(),
        safety::local_time(now, utc_offset_minutes)?,
        crate::base::text::Language::ENGLISH,
    )?)
}
