//! What comes back after a save: the saved record with the crisis check's answer for what he
//! wrote, and after a check-in the two safety questions when it shows high distress. Every
//! `submit_*` goes through here, so no save skips the check.

use chrono::{DateTime, FixedOffset};
use groundwork_pack::Pack;

use crate::anger::AngerMoment;
use crate::base::error::Result;
use crate::checkins::CheckIn;
use crate::journal::JournalEntry;
use crate::safety::answer::CrisisAnswer;
use crate::safety::{self, CheckInOutcome};
use crate::store::Store;

/// What comes after saving an anger moment.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct AngerOutcome {
    /// The saved moment.
    pub moment: AngerMoment,
    /// The answer that fits, when the crisis check finds something in what he wrote.
    pub crisis_answer: Option<CrisisAnswer>,
}

/// What comes after saving a journal entry.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct JournalOutcome {
    /// The saved entry.
    pub entry: JournalEntry,
    /// The answer that fits, when the crisis check finds something in the entry.
    pub crisis_answer: Option<CrisisAnswer>,
}

/// The answer after saving `text`, when the crisis check finds something in it. What he wrote
/// is already saved; if the match cannot be remembered for the question later (a full disk), the
/// answer is still shown.
pub(crate) fn answer_for(
    store: &Store,
    pack: &Pack,
    text: &str,
    now: DateTime<FixedOffset>,
) -> Result<Option<CrisisAnswer>> {
    match safety::answer_for_text(store, pack, text, now) {
        Ok(answer) => Ok(answer),
        Err(_) => {
            let Some(found) = safety::crisis_check(pack, text) else {
                return Ok(None);
            };
            store.read(|conn| safety::answer::answer(conn, pack, &found, now))
        }
    }
}

/// What comes after saving `check_in`: the answer that fits when the note holds words of
/// crisis, otherwise the safety questions when the check-in shows high distress.
pub(crate) fn after_check_in(
    store: &Store,
    pack: &Pack,
    check_in: CheckIn,
    now: DateTime<FixedOffset>,
) -> Result<CheckInOutcome> {
    let crisis_answer = match check_in.note.as_deref() {
        Some(note) => answer_for(store, pack, note, now)?,
        None => None,
    };
    let help = store.read(|conn| safety::help::saved(conn, pack, None))?;
    Ok(CheckInOutcome {
        safety_questions: crisis_answer
            .is_none()
            .then(|| safety::questions_for(pack, &check_in, help))
            .flatten(),
        crisis_answer,
        saved_message: crate::checkins::saved_sentence(
            &check_in,
            crate::base::text::Language::of_pack(&pack.manifest.locale),
        ),
        check_in,
    })
}

/// What comes after saving an anger moment: help, when what he wrote suggests it.
pub(crate) fn after_anger_moment(
    store: &Store,
    pack: &Pack,
    moment: AngerMoment,
    now: DateTime<FixedOffset>,
) -> Result<AngerOutcome> {
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
        crisis_answer: answer_for(store, pack, &text, now)?,
        moment,
    })
}

/// What comes after saving a journal entry: help, when it holds words of crisis.
pub(crate) fn after_journal_entry(
    store: &Store,
    pack: &Pack,
    entry: JournalEntry,
    now: DateTime<FixedOffset>,
) -> Result<JournalOutcome> {
    Ok(JournalOutcome {
        crisis_answer: answer_for(store, pack, &entry.body, now)?,
        entry,
    })
}
