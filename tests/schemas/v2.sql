-- Groundwork schema version 2: check-ins, the journal and its full-text index.
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
