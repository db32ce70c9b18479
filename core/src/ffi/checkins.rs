//! Check-ins: the form, saving through the crisis check, reading and deleting.

use groundwork_pack::Pack;
use uuid::Uuid;

use super::Groundwork;
use crate::base::error::ApiError;
use crate::checkins::{self, CheckIn, CheckInInput};
use crate::safety::CheckInOutcome;
use crate::screens::forms::{self, CheckInForm};

#[uniffi::export]
impl Groundwork {
    /// What the check-in screen shows: the mood meter's words, tag suggestions and labels.
    pub fn check_in_form(&self) -> Result<CheckInForm, ApiError> {
        let pack: &Pack = &self.pack();
        Ok(self.store.read(|conn| forms::check_in_form(conn, pack))?)
    }

    /// Sorts words he typed into vocabulary ids and his own words, for a free-text word field.
    pub fn sort_emotion_words(
        &self,
        words: Vec<String>,
    ) -> Result<checkins::SortedWords, ApiError> {
        Ok(checkins::sort_words(&self.pack().emotions, &words))
    }

    /// Saves a check-in, then says what comes next: after a very unpleasant check-in, or anger or
    /// stress near the top of the scale, two optional safety questions; when the note holds
    /// words of crisis, a gentle offer of help. The check-in is saved either way, unchanged.
    pub fn submit_check_in(&self, input: CheckInInput) -> Result<CheckInOutcome, ApiError> {
        let check_in = self.record_check_in(input)?;
        self.check_in_outcome(check_in)
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
        let language = self.language();
        Ok(self.store.read(|conn| checkins::get(conn, id, language))?)
    }

    /// The most recent check-ins, newest first; `limit` is 1 to 500.
    pub fn recent_check_ins(&self, limit: i32) -> Result<Vec<CheckIn>, ApiError> {
        let language = self.language();
        Ok(self
            .store
            .read(|conn| checkins::recent(conn, limit, language))?)
    }
}

impl Groundwork {
    /// Saves a check-in made now and returns it as stored.
    ///
    /// Errors: `InvalidInput` naming the field, for a value outside its range, an emotion id not
    /// in the vocabulary, more than three words of either kind, a repeated or over-long word,
    /// more than ten tags, or a note over 2,000 characters. Nothing is saved on error.
    pub fn record_check_in(&self, input: CheckInInput) -> Result<CheckIn, ApiError> {
        let now = self.clock.now();
        let pack: &Pack = &self.pack();
        let language = crate::base::text::Language::of_pack(&pack.manifest.locale);
        Ok(self
            .store
            .write(|tx| checkins::record(tx, input, &pack.emotions, now, language))?)
    }

    /// Replaces what a check-in says; when it was made stays. Same rules as recording;
    /// `NotFound` if it was deleted.
    pub fn update_check_in(&self, id: Uuid, input: CheckInInput) -> Result<CheckIn, ApiError> {
        let now = self.clock.now();
        let pack: &Pack = &self.pack();
        let language = crate::base::text::Language::of_pack(&pack.manifest.locale);
        Ok(self
            .store
            .write(|tx| checkins::update(tx, id, input, &pack.emotions, now, language))?)
    }
}
