-- Groundwork schema version 1: check-ins.
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
