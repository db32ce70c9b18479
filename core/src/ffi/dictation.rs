//! Entries said aloud: a journal entry saved with the recording he chose to keep, in one
//! transaction, through the same crisis check as any entry; and the recording read back to play.

use groundwork_pack::Pack;
use uuid::Uuid;

use super::Groundwork;
use crate::base::error::ApiError;
use crate::journal::recording::{RecordingInfo, RecordingInput};
use crate::journal::{self, JournalEntryInput, recording};
use crate::screens::outcomes::JournalOutcome;

#[uniffi::export]
impl Groundwork {
    /// Saves a journal entry and the recording he chose to keep with it, both or neither, then
    /// offers help gently if the words hold crisis, as `submit_journal_entry` does.
    ///
    /// Errors: as `submit_journal_entry`, and `InvalidInput` (field "recording") for a recording
    /// that is empty, not audio, over five minutes or over the size limit; nothing is saved then.
    pub fn submit_journal_entry_with_recording(
        &self,
        input: JournalEntryInput,
        recording: RecordingInput,
    ) -> Result<JournalOutcome, ApiError> {
        recording::validate(&recording)?;
        let now = self.clock.now();
        let pack: &Pack = &self.pack();
        let entry = self.store.write(|tx| {
            let entry = journal::write(tx, input, &pack.prompts, now)?;
            recording::keep(tx, entry.id, &recording, now)?;
            Ok(entry)
        })?;
        self.journal_outcome(entry)
    }

    /// What is known about the recording kept with an entry (format, length, size); `None` when
    /// none was kept.
    pub fn journal_recording(&self, entry_id: Uuid) -> Result<Option<RecordingInfo>, ApiError> {
        Ok(self.store.read(|conn| recording::info(conn, entry_id))?)
    }

    /// The recording kept with an entry, to play; `None` when none was kept.
    pub fn journal_recording_audio(
        &self,
        entry_id: Uuid,
    ) -> Result<Option<RecordingInput>, ApiError> {
        Ok(self.store.read(|conn| recording::get(conn, entry_id))?)
    }
}
