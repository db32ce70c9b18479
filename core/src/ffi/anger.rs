//! Anger moments: the form, saving through the crisis check, reading and deleting.

use uuid::Uuid;

use super::Groundwork;
use crate::anger::{self, AngerMoment, AngerMomentInput};
use crate::base::error::ApiError;
use crate::screens::forms::{self, AngerMomentForm};
use crate::screens::outcomes::AngerOutcome;

#[uniffi::export]
impl Groundwork {
    /// What the anger moment screen shows; its help opens at the lines for men worried they
    /// might hurt someone.
    pub fn anger_moment_form(&self) -> Result<AngerMomentForm, ApiError> {
        let pack = &self.pack();
        Ok(self
            .store
            .read(|conn| forms::anger_moment_form(conn, pack))?)
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

    /// Marks the repair after an anger moment done, after the fact (a moment saved with "repair
    /// needed"). Only the repair changes; saved in one transaction and kept in backups.
    ///
    /// Errors: `NotFound` if there is no such moment; `InvalidInput { field: "repair_done" }`
    /// for a moment where no repair was needed. Nothing changes on error.
    pub fn mark_repair_done(&self, id: Uuid) -> Result<AngerMoment, ApiError> {
        let now = self.clock.now();
        Ok(self
            .store
            .write(|tx| anger::mark_repair_done(tx, id, now))?)
    }

    /// Deletes an anger moment for good. `NotFound` if there is no such moment.
    pub fn delete_anger_moment(&self, id: Uuid) -> Result<(), ApiError> {
        Ok(self.store.write(|tx| anger::delete(tx, id))?)
    }

    /// The most recent anger moments, newest first; `limit` is 1 to 500.
    pub fn recent_anger_moments(&self, limit: i32) -> Result<Vec<AngerMoment>, ApiError> {
        Ok(self.store.read(|conn| anger::recent(conn, limit))?)
    }
}

impl Groundwork {
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
}
