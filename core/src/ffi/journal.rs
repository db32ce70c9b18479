//! The journal: saving through the crisis check, pages, search, and the prompt library.

use groundwork_pack::Pack;
use uuid::Uuid;

use super::Groundwork;
use crate::base::error::ApiError;
use crate::journal::{
    self, JournalEntry, JournalEntryInput, JournalFilter, JournalPage, JournalSearchHit, OwnPrompt,
};
use crate::screens::forms::{self, PromptLibrary};
use crate::screens::outcomes::JournalOutcome;

#[uniffi::export]
impl Groundwork {
    /// Saves a journal entry, then, if it holds words of crisis, offers help gently. What he
    /// wrote is saved exactly as written either way.
    pub fn submit_journal_entry(
        &self,
        input: JournalEntryInput,
    ) -> Result<JournalOutcome, ApiError> {
        let entry = self.write_journal_entry(input)?;
        self.journal_outcome(entry)
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
        self.journal_outcome(entry)
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
            let help = crate::safety::help::saved(conn, &self.pack(), None)?;
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
        Ok(self.store.read(|conn| forms::prompt_library(conn, pack))?)
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
}

impl Groundwork {
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
}
