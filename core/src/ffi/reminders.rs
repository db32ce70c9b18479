//! Reminders: the settings, the notification schedule and the discreet texts.

use super::Groundwork;
use crate::base::error::ApiError;
use crate::reminders::{self, DiscreetTexts, ReminderSettings, ScheduledNotification};

#[uniffi::export]
impl Groundwork {
    /// The reminder settings; everything is off until saved.
    pub fn reminder_settings(&self) -> Result<ReminderSettings, ApiError> {
        Ok(self.store.read(reminders::load)?)
    }

    /// Saves the reminder settings (validated). Shells then ask for the schedule again.
    pub fn save_reminder_settings(&self, settings: ReminderSettings) -> Result<(), ApiError> {
        Ok(self.store.write(|tx| reminders::save(tx, &settings))?)
    }

    /// The local notifications for the next `days` days (1 to 14), earliest first, with their
    /// texts (neutral ones in discreet mode). Shells replace pending notifications by id and
    /// cancel ids no longer listed; ask again after a check-in, a settings change, on returning
    /// to the foreground and when the time zone changes.
    pub fn reminder_schedule(&self, days: u32) -> Result<Vec<ScheduledNotification>, ApiError> {
        let now = self.clock.now();
        let pack = self.pack();
        Ok(self
            .store
            .read(|conn| crate::screens::schedule::build(conn, &pack, now, days))?)
    }

    /// The texts to show where others might see them, following the saved discreet setting.
    pub fn discreet_texts(&self) -> Result<DiscreetTexts, ApiError> {
        Ok(reminders::discreet_texts(
            self.reminder_settings()?.discreet,
            self.language(),
        ))
    }
}

/// Neutral texts (discreet mode on) or the usual ones, before the database is open: shells keep
/// the discreet flag in their own preferences for the lock screen and notifications. In English
/// for now: with no pack open, no language is known here yet.
#[uniffi::export]
pub fn discreet_texts_for(on: bool) -> DiscreetTexts {
    reminders::discreet_texts(on, crate::base::text::Language::ENGLISH)
}
