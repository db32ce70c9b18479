-- Groundwork schema version 11: recordings he chose to keep with a journal entry he said aloud,
-- stored in the encrypted database and removed with the entry.
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
CREATE TABLE home_safety_answers (
    id TEXT PRIMARY KEY NOT NULL,
    answered_at INTEGER NOT NULL,
    utc_offset_minutes INTEGER NOT NULL,
    local_day TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'not-sure'))
) STRICT;
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
ALTER TABLE commitments ADD COLUMN outcome TEXT CHECK (outcome IN ('done', 'partly', 'not-this-time'));
ALTER TABLE commitments ADD COLUMN outcome_at INTEGER;
CREATE TABLE recordings (
    entry_id TEXT PRIMARY KEY NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
    codec TEXT NOT NULL,
    duration_ms INTEGER NOT NULL CHECK (duration_ms > 0),
    audio BLOB NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;
