//! Home, the help button of a screen with no model of its own, and what comes back after a save.

use super::Groundwork;
use crate::anger::AngerMoment;
use crate::base::error::ApiError;
use crate::checkins::CheckIn;
use crate::journal::JournalEntry;
use crate::safety::CheckInOutcome;
use crate::safety::help::HelpButton;
use crate::screens::home::{self, HomeScreen};
use crate::screens::outcomes::{self, AngerOutcome, JournalOutcome};

#[uniffi::export]
impl Groundwork {
    /// The home screen, ready to render.
    pub fn home_screen(&self) -> Result<HomeScreen, ApiError> {
        let now = self.clock.now();
        Ok(self.store.read(|conn| {
            home::build(conn, &self.pack(), now, self.opened_at, self.app_lock_set())
        })?)
    }

    /// The help now button for a screen with no model of its own (journal search, the list of
    /// plans, one plan, settings, a counsellor's recommendation): his region's emergency number,
    /// and help now at the general list. Every screen model carries its own `help`.
    pub fn help_button(&self) -> Result<HelpButton, ApiError> {
        let pack = self.pack();
        Ok(self
            .store
            .read(|conn| crate::safety::help::saved(conn, &pack, None))?)
    }
}

impl Groundwork {
    /// The home screen after a change, in the change's transaction.
    pub(super) fn home_after(
        &self,
        conn: &rusqlite::Connection,
    ) -> crate::base::error::Result<HomeScreen> {
        home::build(
            conn,
            &self.pack(),
            self.clock.now(),
            self.opened_at,
            self.app_lock_set(),
        )
    }

    pub(super) fn check_in_outcome(&self, check_in: CheckIn) -> Result<CheckInOutcome, ApiError> {
        let now = self.clock.now();
        Ok(outcomes::after_check_in(
            &self.store,
            &self.pack(),
            check_in,
            now,
        )?)
    }

    pub(super) fn anger_outcome(&self, moment: AngerMoment) -> Result<AngerOutcome, ApiError> {
        let now = self.clock.now();
        Ok(outcomes::after_anger_moment(
            &self.store,
            &self.pack(),
            moment,
            now,
        )?)
    }

    pub(super) fn journal_outcome(&self, entry: JournalEntry) -> Result<JournalOutcome, ApiError> {
        let now = self.clock.now();
        Ok(outcomes::after_journal_entry(
            &self.store,
            &self.pack(),
            entry,
            now,
        )?)
    }
}
