//! The schema and its migrations.
//!
//! The version lives in `PRAGMA user_version`. A fresh database is created at the newest version
//! in one step ([`create`]); an older one is upgraded one version at a time ([`upgrade_from`]),
//! all inside a single IMMEDIATE transaction, so a crash or a full disk mid-upgrade leaves the
//! old database exactly as it was.
//!
//! Every released schema is kept as a SQL snapshot under `tests/schemas/`; a test upgrades each
//! one and checks the result matches a freshly created database.

use rusqlite::Transaction;

use crate::base::error::{Error, Result};

/// The schema version this build creates and understands.
pub const VERSION: i64 = 11;

const CHECKINS_V1: &str = "
CREATE TABLE checkins (
    id TEXT PRIMARY KEY NOT NULL,
    recorded_at INTEGER NOT NULL,
    utc_offset_minutes INTEGER NOT NULL,
    local_day TEXT NOT NULL,
    pleasantness INTEGER NOT NULL CHECK (pleasantness BETWEEN -5 AND 5),
    energy INTEGER NOT NULL CHECK (energy BETWEEN -5 AND 5),
    note TEXT,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX checkins_by_time ON checkins (recorded_at);
CREATE INDEX checkins_by_day ON checkins (local_day);
CREATE TABLE checkin_emotions (
    checkin_id TEXT NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    word TEXT NOT NULL,
    PRIMARY KEY (checkin_id, position)
) STRICT;
";

const JOURNAL_V2: &str = "
CREATE TABLE journal_entries (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    utc_offset_minutes INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    body TEXT NOT NULL
) STRICT;
CREATE INDEX journal_by_time ON journal_entries (created_at);
CREATE VIRTUAL TABLE journal_fts USING fts5 (
    body,
    content = 'journal_entries',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries BEGIN
    INSERT INTO journal_fts (rowid, body) VALUES (new.rowid, new.body);
END;
CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
END;
CREATE TRIGGER journal_fts_update AFTER UPDATE OF body ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
    INSERT INTO journal_fts (rowid, body) VALUES (new.rowid, new.body);
END;
";

const CHECKIN_DETAILS_ANGER_LOG_JOURNAL_TAGS_V3: &str = "
ALTER TABLE checkins ADD COLUMN anger INTEGER CHECK (anger BETWEEN 0 AND 10);
ALTER TABLE checkins ADD COLUMN stress INTEGER CHECK (stress BETWEEN 0 AND 10);
ALTER TABLE checkins ADD COLUMN sleep_minutes INTEGER CHECK (sleep_minutes BETWEEN 0 AND 1440);
ALTER TABLE checkins ADD COLUMN local_minute INTEGER NOT NULL DEFAULT 0;
UPDATE checkins SET local_minute = ((recorded_at / 1000 + utc_offset_minutes * 60) % 86400) / 60;
ALTER TABLE checkin_emotions ADD COLUMN emotion_id TEXT;
CREATE TABLE checkin_tags (
    checkin_id TEXT NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (checkin_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX checkin_tags_by_tag ON checkin_tags (tag);
CREATE TABLE anger_moments (
    id TEXT PRIMARY KEY NOT NULL,
    recorded_at INTEGER NOT NULL,
    utc_offset_minutes INTEGER NOT NULL,
    local_day TEXT NOT NULL,
    local_minute INTEGER NOT NULL,
    what_happened TEXT NOT NULL,
    body_cues TEXT NOT NULL,
    thoughts TEXT,
    intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    what_i_did TEXT,
    next_time TEXT,
    repair_needed INTEGER NOT NULL CHECK (repair_needed IN (0, 1)),
    repair_done INTEGER NOT NULL CHECK (repair_done IN (0, 1)),
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX anger_moments_by_time ON anger_moments (recorded_at);
CREATE INDEX anger_moments_by_day ON anger_moments (local_day);
ALTER TABLE journal_entries ADD COLUMN local_day TEXT NOT NULL DEFAULT '';
UPDATE journal_entries SET local_day = date(created_at / 1000 + utc_offset_minutes * 60, 'unixepoch');
ALTER TABLE journal_entries ADD COLUMN prompt_id TEXT;
ALTER TABLE journal_entries ADD COLUMN prompt_text TEXT;
ALTER TABLE journal_entries ADD COLUMN quadrant TEXT;
CREATE INDEX journal_by_day ON journal_entries (local_day);
CREATE TABLE journal_tags (
    entry_rowid INTEGER NOT NULL REFERENCES journal_entries (rowid) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (tag, entry_rowid)
) STRICT, WITHOUT ROWID;
CREATE INDEX journal_tags_by_entry ON journal_tags (entry_rowid);
CREATE TABLE own_prompts (
    id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;
";

const LIVING_DOCUMENTS_AND_SAFETY_V4: &str = "
CREATE TABLE living_documents (
    id TEXT PRIMARY KEY NOT NULL,
    fields TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE TABLE safety_answers (
    checkin_id TEXT PRIMARY KEY NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
    answered_at INTEGER NOT NULL,
    local_day TEXT NOT NULL,
    self_harm INTEGER CHECK (self_harm IN (0, 1)),
    hurt_someone INTEGER CHECK (hurt_someone IN (0, 1))
) STRICT;
CREATE INDEX safety_answers_by_day ON safety_answers (local_day);
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
";

const CURRICULUM_V5: &str = "
CREATE TABLE module_progress (
    module_id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    current_step INTEGER NOT NULL CHECK (current_step >= 0),
    furthest_step INTEGER NOT NULL CHECK (furthest_step >= 0),
    started_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    completed_at INTEGER,
    completed_day TEXT,
    reviewed_at INTEGER
) STRICT;
CREATE TABLE exercise_answers (
    module_id TEXT NOT NULL,
    exercise_id TEXT NOT NULL,
    answer TEXT NOT NULL,
    submitted INTEGER NOT NULL CHECK (submitted IN (0, 1)),
    journal_entry_id TEXT,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (module_id, exercise_id)
) STRICT;
CREATE TABLE commitments (
    id TEXT PRIMARY KEY NOT NULL,
    module_id TEXT NOT NULL,
    text TEXT NOT NULL,
    made_at INTEGER NOT NULL,
    made_day TEXT NOT NULL,
    until_day TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'done', 'not-this-time')),
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX commitments_by_until ON commitments (until_day);
CREATE TABLE active_tracks (
    track_id TEXT PRIMARY KEY NOT NULL,
    added_at INTEGER NOT NULL
) STRICT;
CREATE TABLE counsellor_plan (
    module_id TEXT PRIMARY KEY NOT NULL,
    from_name TEXT NOT NULL,
    note TEXT,
    position INTEGER NOT NULL,
    added_at INTEGER NOT NULL
) STRICT;
";

/// Days end at 04:00 local time (`crate::base::days`): rows stamped with a calendar date before then
/// move to the day before. The journal's search index is rebuilt with a second, hidden column of
/// emoji tokens (`journal::symbol_tokens`; filled by [`fill_after`]) and FTS5's secure-delete, so
/// deleted and edited-away words leave no trace in the index. A narrow index of each entry's
/// day and quadrant lets a filtered search check them without reading the entries' pages.
const LIVED_DAYS_AND_SEARCHABLE_EMOJI_V6: &str = "
ALTER TABLE journal_entries ADD COLUMN symbols TEXT NOT NULL DEFAULT '';
CREATE INDEX journal_search_filter ON journal_entries (rowid, local_day, quadrant);
DROP TRIGGER journal_fts_insert;
DROP TRIGGER journal_fts_delete;
DROP TRIGGER journal_fts_update;
DROP TABLE journal_fts;
CREATE VIRTUAL TABLE journal_fts USING fts5 (
    body,
    symbols,
    content = 'journal_entries',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO journal_fts (journal_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries BEGIN
    INSERT INTO journal_fts (rowid, body, symbols) VALUES (new.rowid, new.body, new.symbols);
END;
CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, body, symbols)
        VALUES ('delete', old.rowid, old.body, old.symbols);
END;
CREATE TRIGGER journal_fts_update AFTER UPDATE OF body, symbols ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, body, symbols)
        VALUES ('delete', old.rowid, old.body, old.symbols);
    INSERT INTO journal_fts (rowid, body, symbols) VALUES (new.rowid, new.body, new.symbols);
END;
INSERT INTO journal_fts (journal_fts) VALUES ('rebuild');
UPDATE checkins SET local_day = date(recorded_at / 1000 + utc_offset_minutes * 60 - 4 * 3600, 'unixepoch')
    WHERE local_day IS NOT date(recorded_at / 1000 + utc_offset_minutes * 60 - 4 * 3600, 'unixepoch');
UPDATE anger_moments SET local_day = date(recorded_at / 1000 + utc_offset_minutes * 60 - 4 * 3600, 'unixepoch')
    WHERE local_day IS NOT date(recorded_at / 1000 + utc_offset_minutes * 60 - 4 * 3600, 'unixepoch');
UPDATE journal_entries SET local_day = date(created_at / 1000 + utc_offset_minutes * 60 - 4 * 3600, 'unixepoch')
    WHERE local_day IS NOT date(created_at / 1000 + utc_offset_minutes * 60 - 4 * 3600, 'unixepoch');
UPDATE safety_answers SET local_day = coalesce(
    (SELECT date(safety_answers.answered_at / 1000 + c.utc_offset_minutes * 60 - 4 * 3600, 'unixepoch')
       FROM checkins c WHERE c.id = safety_answers.checkin_id),
    local_day);
";

/// His answers to the home safety question (is anyone at home afraid of him?), oldest first; the
/// newest decides whether the exercises done together with his partner are open. Each carries
/// its lived day, from which the question comes back four weeks after a yes or "not sure".
const HOME_SAFETY_V7: &str = "
CREATE TABLE home_safety_answers (
    id TEXT PRIMARY KEY NOT NULL,
    answered_at INTEGER NOT NULL,
    utc_offset_minutes INTEGER NOT NULL,
    local_day TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'not-sure'))
) STRICT;
";

/// The new dad's mood check (version 8): one row per time it was offered and answered or put off
/// ("not now"), keyed to the window (13 or 26 weeks after the birth) and the birthday it was
/// timed from. A row put off has no answers; an answered one has all three, each 0 to 3.
const DAD_MOOD_CHECKS_V8: &str = "
CREATE TABLE dad_mood_checks (
    id TEXT PRIMARY KEY NOT NULL,
    window_week INTEGER NOT NULL CHECK (window_week IN (13, 26)),
    baby_born TEXT NOT NULL,
    answered_at INTEGER NOT NULL,
    utc_offset_minutes INTEGER NOT NULL,
    local_day TEXT NOT NULL,
    interest INTEGER CHECK (interest BETWEEN 0 AND 3),
    down INTEGER CHECK (down BETWEEN 0 AND 3),
    temper INTEGER CHECK (temper BETWEEN 0 AND 3),
    CHECK ((interest IS NULL) = (down IS NULL) AND (down IS NULL) = (temper IS NULL))
) STRICT;
CREATE INDEX dad_mood_checks_by_window ON dad_mood_checks (baby_born, window_week);
";

/// What the crisis check found (version 9), kept only to ask him how he is the next time he
/// opens the app: when, the situation, whether it was urgent, and his answer once he gives one.
/// Never what he wrote, never the words that matched.
const CRISIS_FOLLOW_UPS_V9: &str = "
CREATE TABLE crisis_follow_ups (
    id INTEGER PRIMARY KEY,
    found_at INTEGER NOT NULL,
    situation TEXT NOT NULL CHECK (situation IN ('self-harm', 'hurt-someone', 'being-hurt', 'talk', 'new-dad')),
    urgent INTEGER NOT NULL CHECK (urgent IN (0, 1)),
    answered_at INTEGER,
    answer TEXT CHECK (answer IN ('better', 'same', 'worse', 'rather-not-say', 'turned-off')),
    CHECK ((answered_at IS NULL) = (answer IS NULL))
) STRICT;
CREATE INDEX crisis_follow_ups_open ON crisis_follow_ups (found_at) WHERE answer IS NULL;
";

/// How a commitment's week went, as he told it at the week's end (version 10): done, partly or
/// not this time, and when he said so. Empty until he answers.
const WEEK_OUTCOMES_V10: &str = "
ALTER TABLE commitments ADD COLUMN outcome TEXT CHECK (outcome IN ('done', 'partly', 'not-this-time'));
ALTER TABLE commitments ADD COLUMN outcome_at INTEGER;
";

/// Recordings he chose to keep with a journal entry he said aloud (version 11): one per entry at
/// most, removed with the entry. The audio is a column of the encrypted database like every other
/// word he keeps, so it is encrypted, backed up and erased the same way.
const RECORDINGS_V11: &str = "
CREATE TABLE recordings (
    entry_id TEXT PRIMARY KEY NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
    codec TEXT NOT NULL,
    duration_ms INTEGER NOT NULL CHECK (duration_ms > 0),
    audio BLOB NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;
";

/// Every schema step in order; step `i` takes a database from version `i` to `i + 1`.
/// A fresh database runs them all, so it is built exactly as an upgraded one is.
const STEPS: [&str; VERSION as usize] = [
    CHECKINS_V1,
    JOURNAL_V2,
    CHECKIN_DETAILS_ANGER_LOG_JOURNAL_TAGS_V3,
    LIVING_DOCUMENTS_AND_SAFETY_V4,
    CURRICULUM_V5,
    LIVED_DAYS_AND_SEARCHABLE_EMOJI_V6,
    HOME_SAFETY_V7,
    DAD_MOOD_CHECKS_V8,
    CRISIS_FOLLOW_UPS_V9,
    WEEK_OUTCOMES_V10,
    RECORDINGS_V11,
];

/// What a step cannot do in SQL alone, done in Rust by the capability that owns the data (the
/// journal's emoji tokens for version 6, `journal::DATA_STEPS`) and handed to [`Store::open`]:
/// the store knows no capability.
///
/// [`Store::open`]: super::Store::open
#[derive(Debug, Clone, Copy)]
pub(crate) struct DataStep {
    /// The version whose SQL step left the data to fill: it runs after an upgrade from an older
    /// database that had rows (a new database has none).
    pub(crate) version: i64,
    /// Fills the data, in the upgrade's transaction.
    pub(crate) fill: fn(&Transaction<'_>) -> Result<()>,
}

/// Creates every table of the newest schema in an empty database.
pub(crate) fn create(tx: &Transaction<'_>) -> Result<()> {
    upgrade_from(tx, 0, &[])
}

/// Upgrades a database at `from` to [`VERSION`], one step at a time, then runs the data steps
/// of the versions it passed.
pub(crate) fn upgrade_from(tx: &Transaction<'_>, from: i64, data: &[DataStep]) -> Result<()> {
    let start = usize::try_from(from).map_err(|_| Error::Internal("negative schema version"))?;
    let steps = STEPS
        .get(start..)
        .ok_or(Error::Internal("no upgrade path from this schema version"))?;
    for step in steps {
        tx.execute_batch(step)?;
    }
    for step in data {
        if (1..step.version).contains(&from) {
            (step.fill)(tx)?;
        }
    }
    Ok(())
}
