//! What a backup holds: every row of every table, as JSON, with ids and times (epoch
//! milliseconds) exactly as stored. Rows are read and written in the order they were first
//! saved, so ties in time keep their order after a restore.
//!
//! The format is strict: an unknown field is refused rather than dropped, so a backup is never
//! restored with part of it silently missing. Anything added to the format raises
//! [`BACKUP_VERSION`].

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{BACKUP_FORMAT, BACKUP_VERSION, BackupError, RestoreCounts, RestoreMode};
use crate::base::error::{Error, Reason, Result};
use crate::store::Setting;

/// The whole backup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Payload {
    /// Always [`BACKUP_FORMAT`].
    pub format: String,
    /// [`BACKUP_VERSION`] when written.
    pub version: u32,
    /// When the backup was made, RFC 3339 with the local offset.
    pub created_at: String,
    /// The core version that made it (for support; restore does not use it).
    pub core_version: String,
    /// The database schema version it was made from (for support; restore does not use it).
    pub schema_version: i64,
    pub check_ins: Vec<CheckInRow>,
    pub anger_moments: Vec<AngerMomentRow>,
    pub journal_entries: Vec<JournalEntryRow>,
    pub own_prompts: Vec<OwnPromptRow>,
    pub living_documents: Vec<LivingDocumentRow>,
    pub safety_answers: Vec<SafetyAnswerRow>,
    pub settings: Vec<SettingRow>,
    /// Version 2 on; empty when restoring a version 1 backup.
    #[serde(default)]
    pub module_progress: Vec<ModuleProgressRow>,
    #[serde(default)]
    pub exercise_answers: Vec<ExerciseAnswerRow>,
    #[serde(default)]
    pub commitments: Vec<CommitmentRow>,
    #[serde(default)]
    pub active_tracks: Vec<TrackRow>,
    #[serde(default)]
    pub counsellor_plan: Vec<PlanRow>,
    /// Version 3 on; empty when restoring an older backup.
    #[serde(default)]
    pub home_safety_answers: Vec<HomeSafetyAnswerRow>,
    /// Version 4 on; empty when restoring an older backup.
    #[serde(default)]
    pub dad_mood_checks: Vec<DadMoodCheckRow>,
    /// Version 6 on; empty when restoring an older backup.
    #[serde(default)]
    pub recordings: Vec<RecordingRow>,
}

/// Just enough to tell what a decrypted payload is before reading all of it.
#[derive(Debug, Deserialize)]
pub(super) struct Probe {
    pub format: Option<String>,
    pub version: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CheckInRow {
    pub id: String,
    pub recorded_at_ms: i64,
    pub utc_offset_minutes: i64,
    pub local_day: String,
    pub local_minute: i64,
    pub pleasantness: i64,
    pub energy: i64,
    pub anger: Option<i64>,
    pub stress: Option<i64>,
    pub sleep_minutes: Option<i64>,
    pub note: Option<String>,
    pub updated_at_ms: i64,
    pub emotions: Vec<EmotionRow>,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EmotionRow {
    pub position: i64,
    pub word: String,
    pub emotion_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AngerMomentRow {
    pub id: String,
    pub recorded_at_ms: i64,
    pub utc_offset_minutes: i64,
    pub local_day: String,
    pub local_minute: i64,
    pub what_happened: String,
    /// As stored: a JSON array of strings.
    pub body_cues: String,
    pub thoughts: Option<String>,
    pub intensity: i64,
    pub what_i_did: Option<String>,
    pub next_time: Option<String>,
    pub repair_needed: bool,
    pub repair_done: bool,
    pub updated_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct JournalEntryRow {
    pub id: String,
    pub created_at_ms: i64,
    pub utc_offset_minutes: i64,
    pub updated_at_ms: i64,
    pub local_day: String,
    pub body: String,
    pub prompt_id: Option<String>,
    pub prompt_text: Option<String>,
    pub quadrant: Option<String>,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct OwnPromptRow {
    pub id: String,
    pub text: String,
    pub created_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LivingDocumentRow {
    pub id: String,
    /// As stored: a JSON object of field id to text.
    pub fields: String,
    pub updated_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SafetyAnswerRow {
    pub check_in_id: String,
    pub answered_at_ms: i64,
    pub local_day: String,
    pub self_harm: Option<bool>,
    pub hurt_someone: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SettingRow {
    pub key: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ModuleProgressRow {
    pub module_id: String,
    pub title: String,
    pub current_step: i64,
    pub furthest_step: i64,
    pub started_at_ms: i64,
    pub updated_at_ms: i64,
    pub completed_at_ms: Option<i64>,
    pub completed_day: Option<String>,
    pub reviewed_at_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ExerciseAnswerRow {
    pub module_id: String,
    pub exercise_id: String,
    /// As stored: a JSON object.
    pub answer: String,
    pub submitted: bool,
    pub journal_entry_id: Option<String>,
    pub updated_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CommitmentRow {
    pub id: String,
    pub module_id: String,
    pub text: String,
    pub made_at_ms: i64,
    pub made_day: String,
    pub until_day: String,
    pub state: String,
    pub updated_at_ms: i64,
    /// Version 5 on: how the week went, as he said at its end (`done`, `partly`,
    /// `not-this-time`), and when.
    #[serde(default)]
    pub outcome: Option<String>,
    #[serde(default)]
    pub outcome_at_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TrackRow {
    pub track_id: String,
    pub added_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PlanRow {
    pub module_id: String,
    pub from_name: String,
    pub note: Option<String>,
    pub position: i64,
    pub added_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct HomeSafetyAnswerRow {
    pub id: String,
    pub answered_at_ms: i64,
    pub utc_offset_minutes: i64,
    pub local_day: String,
    /// As stored: `yes`, `no` or `not-sure`.
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DadMoodCheckRow {
    pub id: String,
    /// 13 or 26: the weeks after the birth the window opened.
    pub window_week: i64,
    /// The birthday it was timed from, `YYYY-MM-DD`.
    pub baby_born: String,
    pub answered_at_ms: i64,
    pub utc_offset_minutes: i64,
    pub local_day: String,
    /// Each 0 to 3; all three `None` when he put it off.
    pub interest: Option<i64>,
    pub down: Option<i64>,
    pub temper: Option<i64>,
}

/// A recording kept with a journal entry; the audio in base64.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RecordingRow {
    pub entry_id: String,
    pub codec: String,
    pub duration_ms: u32,
    pub audio: String,
    pub created_at_ms: i64,
}

/// Reads every row into a payload, one table at a time.
pub(super) fn read_all(conn: &Connection, created_at: String) -> Result<Payload> {
    Ok(Payload {
        format: BACKUP_FORMAT.to_owned(),
        version: BACKUP_VERSION,
        created_at,
        core_version: env!("CARGO_PKG_VERSION").to_owned(),
        schema_version: crate::store::schema::VERSION,
        check_ins: read_check_ins(conn)?,
        anger_moments: read_anger_moments(conn)?,
        journal_entries: read_journal_entries(conn)?,
        own_prompts: read_own_prompts(conn)?,
        living_documents: read_living_documents(conn)?,
        safety_answers: read_safety_answers(conn)?,
        settings: read_settings(conn)?,
        module_progress: read_module_progress(conn)?,
        exercise_answers: read_exercise_answers(conn)?,
        commitments: read_commitments(conn)?,
        active_tracks: read_active_tracks(conn)?,
        counsellor_plan: read_counsellor_plan(conn)?,
        home_safety_answers: read_home_safety_answers(conn)?,
        dad_mood_checks: read_dad_mood_checks(conn)?,
        recordings: read_recordings(conn)?,
    })
}

fn read_check_ins(conn: &Connection) -> Result<Vec<CheckInRow>> {
    let mut emotions: HashMap<String, Vec<EmotionRow>> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT checkin_id, position, word, emotion_id FROM checkin_emotions
             ORDER BY checkin_id, position",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            emotions.entry(row.get(0)?).or_default().push(EmotionRow {
                position: row.get(1)?,
                word: row.get(2)?,
                emotion_id: row.get(3)?,
            });
        }
    }
    let mut checkin_tags = grouped(
        conn,
        "SELECT checkin_id, tag FROM checkin_tags ORDER BY checkin_id, tag",
    )?;
    let mut check_ins = Vec::new();
    {
        let mut stmt = conn.prepare(
            "SELECT id, recorded_at, utc_offset_minutes, local_day, local_minute, pleasantness,
                    energy, anger, stress, sleep_minutes, note, updated_at
             FROM checkins ORDER BY rowid",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            check_ins.push(CheckInRow {
                emotions: emotions.remove(&id).unwrap_or_default(),
                tags: checkin_tags.remove(&id).unwrap_or_default(),
                recorded_at_ms: row.get(1)?,
                utc_offset_minutes: row.get(2)?,
                local_day: row.get(3)?,
                local_minute: row.get(4)?,
                pleasantness: row.get(5)?,
                energy: row.get(6)?,
                anger: row.get(7)?,
                stress: row.get(8)?,
                sleep_minutes: row.get(9)?,
                note: row.get(10)?,
                updated_at_ms: row.get(11)?,
                id,
            });
        }
    }
    Ok(check_ins)
}

fn read_anger_moments(conn: &Connection) -> Result<Vec<AngerMomentRow>> {
    let mut anger_moments = Vec::new();
    {
        let mut stmt = conn.prepare(
            "SELECT id, recorded_at, utc_offset_minutes, local_day, local_minute, what_happened,
                    body_cues, thoughts, intensity, what_i_did, next_time, repair_needed,
                    repair_done, updated_at
             FROM anger_moments ORDER BY rowid",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            anger_moments.push(AngerMomentRow {
                id: row.get(0)?,
                recorded_at_ms: row.get(1)?,
                utc_offset_minutes: row.get(2)?,
                local_day: row.get(3)?,
                local_minute: row.get(4)?,
                what_happened: row.get(5)?,
                body_cues: row.get(6)?,
                thoughts: row.get(7)?,
                intensity: row.get(8)?,
                what_i_did: row.get(9)?,
                next_time: row.get(10)?,
                repair_needed: row.get(11)?,
                repair_done: row.get(12)?,
                updated_at_ms: row.get(13)?,
            });
        }
    }
    Ok(anger_moments)
}

fn read_journal_entries(conn: &Connection) -> Result<Vec<JournalEntryRow>> {
    let mut journal_tags = grouped(
        conn,
        "SELECT e.id, t.tag FROM journal_tags t JOIN journal_entries e ON e.rowid = t.entry_rowid
         ORDER BY e.id, t.tag",
    )?;
    let mut journal_entries = Vec::new();
    {
        let mut stmt = conn.prepare(
            "SELECT id, created_at, utc_offset_minutes, updated_at, local_day, body, prompt_id,
                    prompt_text, quadrant
             FROM journal_entries ORDER BY rowid",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            journal_entries.push(JournalEntryRow {
                tags: journal_tags.remove(&id).unwrap_or_default(),
                created_at_ms: row.get(1)?,
                utc_offset_minutes: row.get(2)?,
                updated_at_ms: row.get(3)?,
                local_day: row.get(4)?,
                body: row.get(5)?,
                prompt_id: row.get(6)?,
                prompt_text: row.get(7)?,
                quadrant: row.get(8)?,
                id,
            });
        }
    }
    Ok(journal_entries)
}

fn read_own_prompts(conn: &Connection) -> Result<Vec<OwnPromptRow>> {
    rows(
        conn,
        "SELECT id, text, created_at FROM own_prompts ORDER BY rowid",
        |row| {
            Ok(OwnPromptRow {
                id: row.get(0)?,
                text: row.get(1)?,
                created_at_ms: row.get(2)?,
            })
        },
    )
}

fn read_living_documents(conn: &Connection) -> Result<Vec<LivingDocumentRow>> {
    rows(
        conn,
        "SELECT id, fields, updated_at FROM living_documents ORDER BY rowid",
        |row| {
            Ok(LivingDocumentRow {
                id: row.get(0)?,
                fields: row.get(1)?,
                updated_at_ms: row.get(2)?,
            })
        },
    )
}

fn read_safety_answers(conn: &Connection) -> Result<Vec<SafetyAnswerRow>> {
    rows(
        conn,
        "SELECT checkin_id, answered_at, local_day, self_harm, hurt_someone
         FROM safety_answers ORDER BY rowid",
        |row| {
            Ok(SafetyAnswerRow {
                check_in_id: row.get(0)?,
                answered_at_ms: row.get(1)?,
                local_day: row.get(2)?,
                self_harm: row.get(3)?,
                hurt_someone: row.get(4)?,
            })
        },
    )
}

/// The settings that are his data: the app lock's grace period and "not now" belong to this
/// phone's lock, so they stay out.
fn read_settings(conn: &Connection) -> Result<Vec<SettingRow>> {
    let mut settings = rows(
        conn,
        "SELECT key, value FROM settings ORDER BY rowid",
        |row| {
            Ok(SettingRow {
                key: row.get(0)?,
                value: row.get(1)?,
            })
        },
    )?;
    settings.retain(|s| Setting::BACKED_UP.iter().any(|known| known.key() == s.key));
    Ok(settings)
}

fn read_module_progress(conn: &Connection) -> Result<Vec<ModuleProgressRow>> {
    rows(
        conn,
        "SELECT module_id, title, current_step, furthest_step, started_at, updated_at,
                completed_at, completed_day, reviewed_at
         FROM module_progress ORDER BY rowid",
        |row| {
            Ok(ModuleProgressRow {
                module_id: row.get(0)?,
                title: row.get(1)?,
                current_step: row.get(2)?,
                furthest_step: row.get(3)?,
                started_at_ms: row.get(4)?,
                updated_at_ms: row.get(5)?,
                completed_at_ms: row.get(6)?,
                completed_day: row.get(7)?,
                reviewed_at_ms: row.get(8)?,
            })
        },
    )
}

fn read_exercise_answers(conn: &Connection) -> Result<Vec<ExerciseAnswerRow>> {
    rows(
        conn,
        "SELECT module_id, exercise_id, answer, submitted, journal_entry_id, updated_at
         FROM exercise_answers ORDER BY rowid",
        |row| {
            Ok(ExerciseAnswerRow {
                module_id: row.get(0)?,
                exercise_id: row.get(1)?,
                answer: row.get(2)?,
                submitted: row.get(3)?,
                journal_entry_id: row.get(4)?,
                updated_at_ms: row.get(5)?,
            })
        },
    )
}

fn read_commitments(conn: &Connection) -> Result<Vec<CommitmentRow>> {
    rows(
        conn,
        "SELECT id, module_id, text, made_at, made_day, until_day, state, updated_at, outcome,
             outcome_at
         FROM commitments ORDER BY rowid",
        |row| {
            Ok(CommitmentRow {
                id: row.get(0)?,
                module_id: row.get(1)?,
                text: row.get(2)?,
                made_at_ms: row.get(3)?,
                made_day: row.get(4)?,
                until_day: row.get(5)?,
                state: row.get(6)?,
                updated_at_ms: row.get(7)?,
                outcome: row.get(8)?,
                outcome_at_ms: row.get(9)?,
            })
        },
    )
}

fn read_active_tracks(conn: &Connection) -> Result<Vec<TrackRow>> {
    rows(
        conn,
        "SELECT track_id, added_at FROM active_tracks ORDER BY rowid",
        |row| {
            Ok(TrackRow {
                track_id: row.get(0)?,
                added_at_ms: row.get(1)?,
            })
        },
    )
}

fn read_counsellor_plan(conn: &Connection) -> Result<Vec<PlanRow>> {
    rows(
        conn,
        "SELECT module_id, from_name, note, position, added_at FROM counsellor_plan ORDER BY rowid",
        |row| {
            Ok(PlanRow {
                module_id: row.get(0)?,
                from_name: row.get(1)?,
                note: row.get(2)?,
                position: row.get(3)?,
                added_at_ms: row.get(4)?,
            })
        },
    )
}

fn read_home_safety_answers(conn: &Connection) -> Result<Vec<HomeSafetyAnswerRow>> {
    rows(
        conn,
        "SELECT id, answered_at, utc_offset_minutes, local_day, answer
         FROM home_safety_answers ORDER BY rowid",
        |row| {
            Ok(HomeSafetyAnswerRow {
                id: row.get(0)?,
                answered_at_ms: row.get(1)?,
                utc_offset_minutes: row.get(2)?,
                local_day: row.get(3)?,
                answer: row.get(4)?,
            })
        },
    )
}

fn read_dad_mood_checks(conn: &Connection) -> Result<Vec<DadMoodCheckRow>> {
    rows(
        conn,
        "SELECT id, window_week, baby_born, answered_at, utc_offset_minutes, local_day, interest,
             down, temper
         FROM dad_mood_checks ORDER BY rowid",
        |row| {
            Ok(DadMoodCheckRow {
                id: row.get(0)?,
                window_week: row.get(1)?,
                baby_born: row.get(2)?,
                answered_at_ms: row.get(3)?,
                utc_offset_minutes: row.get(4)?,
                local_day: row.get(5)?,
                interest: row.get(6)?,
                down: row.get(7)?,
                temper: row.get(8)?,
            })
        },
    )
}

fn read_recordings(conn: &Connection) -> Result<Vec<RecordingRow>> {
    rows(
        conn,
        "SELECT entry_id, codec, duration_ms, audio, created_at FROM recordings ORDER BY rowid",
        |row| {
            let audio: Vec<u8> = row.get(3)?;
            Ok(RecordingRow {
                entry_id: row.get(0)?,
                codec: row.get(1)?,
                duration_ms: row.get(2)?,
                audio: <base64ct::Base64 as base64ct::Encoding>::encode_string(&audio),
                created_at_ms: row.get(4)?,
            })
        },
    )
}

/// A kept recording's audio, decoded and within the limits a new one obeys.
fn recording_input(r: &RecordingRow) -> Result<crate::journal::recording::RecordingInput> {
    use base64ct::Encoding;
    let audio = base64ct::Base64::decode_vec(&r.audio)
        .map_err(|_| Error::invalid("recording", Reason::new("backup-rule-audio-not-base64")))?;
    let input = crate::journal::recording::RecordingInput {
        codec: r.codec.clone(),
        duration_ms: r.duration_ms,
        audio,
    };
    crate::journal::recording::validate(&input)?;
    Ok(input)
}

fn rows<T>(
    conn: &Connection,
    sql: &str,
    f: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare(sql)?;
    let out = stmt.query_map([], f)?.collect::<rusqlite::Result<_>>()?;
    Ok(out)
}

/// `(owner id, value)` rows grouped by owner, keeping their order.
fn grouped(conn: &Connection, sql: &str) -> Result<HashMap<String, Vec<String>>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    let mut stmt = conn.prepare(sql)?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        out.entry(row.get(0)?).or_default().push(row.get(1)?);
    }
    Ok(out)
}

/// The tables that hold what he wrote. Settings are not counted: a new app may already hold
/// choices made while setting it up.
const CONTENT_TABLES: [&str; 10] = [
    "checkins",
    "home_safety_answers",
    "dad_mood_checks",
    "module_progress",
    "commitments",
    "anger_moments",
    "journal_entries",
    "own_prompts",
    "living_documents",
    "safety_answers",
];

fn has_rows(conn: &Connection, table: &str) -> Result<bool> {
    Ok(conn
        .query_row(&format!("SELECT 1 FROM {table} LIMIT 1"), [], |r| {
            r.get::<_, i64>(0)
        })
        .optional()?
        .is_some())
}

/// Whether any of his data is stored.
pub(super) fn has_content(conn: &Connection) -> Result<bool> {
    for table in CONTENT_TABLES {
        let any: Option<i64> = conn
            .query_row(&format!("SELECT 1 FROM {table} LIMIT 1"), [], |r| r.get(0))
            .optional()?;
        if any.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The quadrant names a journal entry may carry.
const QUADRANTS: [&str; 5] = [
    "unpleasant_high_energy",
    "pleasant_high_energy",
    "unpleasant_low_energy",
    "pleasant_low_energy",
    "middle",
];

/// Every row through the same rules a new entry obeys: what he wrote within its length and not
/// empty, words and tags as the forms take them, levels in range, emotion ids from the pack,
/// UTC offsets a clock can have. A row that breaks one is damage, never restored as it is.
fn check_rules(payload: &Payload, emotion_ids: &[&str]) -> Result<(), Error> {
    use crate::base::validate;
    use crate::{anger, checkins, journal};
    let offset = |minutes: i64| match minutes {
        -720..=840 => Ok(()),
        _ => Err(Error::invalid(
            "utc_offset_minutes",
            Reason::new("backup-rule-out-of-range"),
        )),
    };
    let level = |field, value: Option<i64>| {
        value.map_or(Ok(0), |v| {
            validate::level(field, i32::try_from(v).unwrap_or(i32::MAX))
        })
    };
    for c in &payload.check_ins {
        offset(c.utc_offset_minutes)?;
        validate::axis(
            "pleasantness",
            i32::try_from(c.pleasantness).unwrap_or(i32::MAX),
        )?;
        validate::axis("energy", i32::try_from(c.energy).unwrap_or(i32::MAX))?;
        level("anger", c.anger)?;
        level("stress", c.stress)?;
        if c.sleep_minutes.is_some_and(|m| !(0..=24 * 60).contains(&m)) {
            return Err(Error::invalid(
                "sleep_minutes",
                Reason::new("backup-rule-out-of-range"),
            ));
        }
        let (picked, own): (Vec<_>, Vec<_>) =
            c.emotions.iter().partition(|e| e.emotion_id.is_some());
        if picked.len() > checkins::MAX_EMOTIONS || own.len() > checkins::MAX_OWN_WORDS {
            return Err(Error::invalid(
                "emotions",
                Reason::new("backup-rule-too-many-words"),
            ));
        }
        for e in &c.emotions {
            validate::label("emotions", &e.word, checkins::MAX_WORD_CHARS)?;
            if e.emotion_id
                .as_deref()
                .is_some_and(|id| !emotion_ids.contains(&id))
            {
                return Err(Error::invalid(
                    "emotions",
                    Reason::new("backup-rule-not-from-the-list"),
                ));
            }
        }
        validate::tags(
            "tags",
            &c.tags,
            checkins::MAX_TAGS,
            checkins::MAX_WORD_CHARS,
        )?;
        validate::optional_text("note", c.note.clone(), checkins::MAX_NOTE_CHARS)?;
    }
    for m in &payload.anger_moments {
        offset(m.utc_offset_minutes)?;
        validate::required_text(
            "what_happened",
            m.what_happened.clone(),
            anger::MAX_ANSWER_CHARS,
        )?;
        level("intensity", Some(m.intensity))?;
        let cues: Vec<String> = serde_json::from_str(&m.body_cues)
            .map_err(|_| Error::invalid("body_cues", Reason::new("backup-rule-not-a-list")))?;
        if cues.len() > anger::MAX_BODY_CUES {
            return Err(Error::invalid(
                "body_cues",
                Reason::new("backup-rule-too-many"),
            ));
        }
        for cue in &cues {
            validate::label("body_cues", cue, 40)?;
        }
        for text in [&m.thoughts, &m.what_i_did, &m.next_time] {
            validate::optional_text("answer", text.clone(), anger::MAX_ANSWER_CHARS)?;
        }
        if m.repair_done && !m.repair_needed {
            return Err(Error::invalid(
                "repair_done",
                Reason::new("backup-rule-repair-not-needed"),
            ));
        }
    }
    for e in &payload.journal_entries {
        offset(e.utc_offset_minutes)?;
        validate::required_text("body", e.body.clone(), journal::MAX_ENTRY_CHARS)?;
        validate::tags("tags", &e.tags, journal::MAX_TAGS, journal::MAX_TAG_CHARS)?;
        if e.quadrant
            .as_deref()
            .is_some_and(|q| !QUADRANTS.contains(&q))
        {
            return Err(Error::invalid(
                "quadrant",
                Reason::new("backup-rule-not-a-quadrant"),
            ));
        }
        if let Some(prompt) = &e.prompt_text {
            validate::required_text("prompt_text", prompt.clone(), journal::MAX_PROMPT_CHARS)?;
        }
    }
    for p in &payload.own_prompts {
        validate::required_text("text", p.text.clone(), journal::MAX_PROMPT_CHARS)?;
    }
    for h in &payload.home_safety_answers {
        offset(h.utc_offset_minutes)?;
    }
    for d in &payload.dad_mood_checks {
        offset(d.utc_offset_minutes)?;
    }
    if payload
        .settings
        .iter()
        .any(|s| !Setting::BACKED_UP.iter().any(|known| known.key() == s.key))
    {
        return Err(Error::invalid(
            "settings",
            Reason::new("backup-rule-unknown-setting"),
        ));
    }
    Ok(())
}

/// Checks what the database's own constraints do not: ids in the form this version writes,
/// times in range, stored JSON that parses, and every row against the rules a new one obeys
/// (`check_rules`), with emotion ids from `emotion_ids`.
pub(super) fn check(payload: &Payload, emotion_ids: &[&str]) -> Result<(), BackupError> {
    check_rules(payload, emotion_ids).map_err(|_| BackupError::Damaged)?;
    let uuid = |id: &str| match Uuid::parse_str(id) {
        Ok(parsed) if parsed.hyphenated().to_string() == id => Ok(()),
        _ => Err(BackupError::Damaged),
    };
    let time = |ms: i64| match chrono::DateTime::from_timestamp_millis(ms) {
        Some(_) => Ok(()),
        None => Err(BackupError::Damaged),
    };
    let json = |text: &str| match serde_json::from_str::<serde_json::Value>(text) {
        Ok(_) => Ok(()),
        Err(_) => Err(BackupError::Damaged),
    };
    let named = |id: &str| match id.is_empty() || id.len() > 200 {
        true => Err(BackupError::Damaged),
        false => Ok(()),
    };
    for c in &payload.check_ins {
        uuid(&c.id)?;
        time(c.recorded_at_ms)?;
        time(c.updated_at_ms)?;
    }
    for m in &payload.anger_moments {
        uuid(&m.id)?;
        time(m.recorded_at_ms)?;
        time(m.updated_at_ms)?;
        json(&m.body_cues)?;
    }
    for e in &payload.journal_entries {
        uuid(&e.id)?;
        time(e.created_at_ms)?;
        time(e.updated_at_ms)?;
    }
    for p in &payload.own_prompts {
        named(&p.id)?;
        time(p.created_at_ms)?;
    }
    for d in &payload.living_documents {
        named(&d.id)?;
        time(d.updated_at_ms)?;
        json(&d.fields)?;
    }
    for s in &payload.safety_answers {
        uuid(&s.check_in_id)?;
        time(s.answered_at_ms)?;
    }
    for s in &payload.settings {
        named(&s.key)?;
    }
    for m in &payload.module_progress {
        named(&m.module_id)?;
        time(m.started_at_ms)?;
        time(m.updated_at_ms)?;
        if m.current_step < 0 || m.furthest_step < 0 {
            return Err(BackupError::Damaged);
        }
    }
    for a in &payload.exercise_answers {
        named(&a.module_id)?;
        named(&a.exercise_id)?;
        time(a.updated_at_ms)?;
        json(&a.answer)?;
    }
    for c in &payload.commitments {
        uuid(&c.id)?;
        named(&c.module_id)?;
        time(c.made_at_ms)?;
        time(c.updated_at_ms)?;
        if let Some(at) = c.outcome_at_ms {
            time(at)?;
        }
        if c.outcome.is_some() != c.outcome_at_ms.is_some()
            || c.outcome
                .as_deref()
                .is_some_and(|o| !["done", "partly", "not-this-time"].contains(&o))
        {
            return Err(BackupError::Damaged);
        }
    }
    for t in &payload.active_tracks {
        named(&t.track_id)?;
    }
    for p in &payload.counsellor_plan {
        named(&p.module_id)?;
        time(p.added_at_ms)?;
    }
    for h in &payload.home_safety_answers {
        uuid(&h.id)?;
        time(h.answered_at_ms)?;
    }
    for r in &payload.recordings {
        uuid(&r.entry_id)?;
        time(r.created_at_ms)?;
        recording_input(r).map_err(|_| BackupError::Damaged)?;
        if !payload.journal_entries.iter().any(|e| e.id == r.entry_id) {
            return Err(BackupError::Damaged);
        }
    }
    for d in &payload.dad_mood_checks {
        uuid(&d.id)?;
        time(d.answered_at_ms)?;
        if chrono::NaiveDate::parse_from_str(&d.baby_born, "%Y-%m-%d").is_err() {
            return Err(BackupError::Damaged);
        }
    }
    Ok(())
}

/// Writes the payload's rows: each row whose id is already stored is skipped with everything
/// that belongs to it. Journal entries go through the same triggers as any insert, so search
/// stays consistent. Returns (added, already there).
pub(super) fn insert(
    tx: &Transaction<'_>,
    payload: &Payload,
    mode: RestoreMode,
) -> Result<(RestoreCounts, RestoreCounts)> {
    let mut added = RestoreCounts::default();
    let mut skipped = RestoreCounts::default();
    insert_checkins(tx, payload, &mut added, &mut skipped)?;
    insert_anger_moments(tx, payload, &mut added, &mut skipped)?;
    insert_journal_entries(tx, payload, &mut added, &mut skipped)?;
    insert_own_prompts(tx, payload, &mut added, &mut skipped)?;
    insert_living_documents(tx, payload, &mut added, &mut skipped)?;
    insert_safety_answers(tx, payload, &mut added, &mut skipped)?;
    insert_settings(tx, payload, mode, &mut added, &mut skipped)?;
    insert_module_progress(tx, payload, &mut added, &mut skipped)?;
    insert_exercise_answers(tx, payload, &mut added, &mut skipped)?;
    insert_commitments(tx, payload, &mut added, &mut skipped)?;
    insert_active_tracks(tx, payload, mode)?;
    insert_counsellor_plan(tx, payload)?;
    insert_home_safety_answers(tx, payload, &mut added, &mut skipped)?;
    insert_dad_mood_checks(tx, payload, &mut added, &mut skipped)?;
    insert_recordings(tx, payload)?;
    Ok((added, skipped))
}

/// Counts a row as added when it was inserted, else as already here; whether it was added.
fn count(inserted: usize, added: &mut u32, skipped: &mut u32) -> bool {
    if inserted > 0 {
        *added += 1;
    } else {
        *skipped += 1;
    }
    inserted > 0
}

fn insert_checkins(
    tx: &Transaction<'_>,
    payload: &Payload,
    added: &mut RestoreCounts,
    skipped: &mut RestoreCounts,
) -> Result<()> {
    let mut row = tx.prepare(
        "INSERT INTO checkins (id, recorded_at, utc_offset_minutes, local_day, local_minute,
             pleasantness, energy, anger, stress, sleep_minutes, note, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (id) DO NOTHING",
    )?;
    let mut emotion = tx.prepare(
        "INSERT INTO checkin_emotions (checkin_id, position, word, emotion_id)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut tag = tx.prepare("INSERT INTO checkin_tags (checkin_id, tag) VALUES (?1, ?2)")?;
    for c in &payload.check_ins {
        let n = row.execute(params![
            c.id,
            c.recorded_at_ms,
            c.utc_offset_minutes,
            c.local_day,
            c.local_minute,
            c.pleasantness,
            c.energy,
            c.anger,
            c.stress,
            c.sleep_minutes,
            c.note,
            c.updated_at_ms
        ])?;
        if count(n, &mut added.check_ins, &mut skipped.check_ins) {
            for e in &c.emotions {
                emotion.execute(params![c.id, e.position, e.word, e.emotion_id])?;
            }
            for t in &c.tags {
                tag.execute(params![c.id, t])?;
            }
        }
    }
    Ok(())
}

fn insert_anger_moments(
    tx: &Transaction<'_>,
    payload: &Payload,
    added: &mut RestoreCounts,
    skipped: &mut RestoreCounts,
) -> Result<()> {
    let mut row = tx.prepare(
        "INSERT INTO anger_moments (id, recorded_at, utc_offset_minutes, local_day,
             local_minute, what_happened, body_cues, thoughts, intensity, what_i_did,
             next_time, repair_needed, repair_done, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
         ON CONFLICT (id) DO NOTHING",
    )?;
    for m in &payload.anger_moments {
        let n = row.execute(params![
            m.id,
            m.recorded_at_ms,
            m.utc_offset_minutes,
            m.local_day,
            m.local_minute,
            m.what_happened,
            m.body_cues,
            m.thoughts,
            m.intensity,
            m.what_i_did,
            m.next_time,
            m.repair_needed,
            m.repair_done,
            m.updated_at_ms
        ])?;
        count(n, &mut added.anger_moments, &mut skipped.anger_moments);
    }
    Ok(())
}

fn insert_journal_entries(
    tx: &Transaction<'_>,
    payload: &Payload,
    added: &mut RestoreCounts,
    skipped: &mut RestoreCounts,
) -> Result<()> {
    let mut row = tx.prepare(
        "INSERT INTO journal_entries (id, created_at, utc_offset_minutes, updated_at,
             local_day, body, prompt_id, prompt_text, quadrant, symbols)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (id) DO NOTHING",
    )?;
    let mut tag = tx.prepare("INSERT INTO journal_tags (entry_rowid, tag) VALUES (?1, ?2)")?;
    for e in &payload.journal_entries {
        let n = row.execute(params![
            e.id,
            e.created_at_ms,
            e.utc_offset_minutes,
            e.updated_at_ms,
            e.local_day,
            e.body,
            e.prompt_id,
            e.prompt_text,
            e.quadrant,
            crate::journal::symbol_tokens(&e.body)
        ])?;
        if count(n, &mut added.journal_entries, &mut skipped.journal_entries) {
            let rowid = tx.last_insert_rowid();
            for t in &e.tags {
                tag.execute(params![rowid, t])?;
            }
        }
    }
    Ok(())
}

fn insert_own_prompts(
    tx: &Transaction<'_>,
    payload: &Payload,
    added: &mut RestoreCounts,
    skipped: &mut RestoreCounts,
) -> Result<()> {
    let mut row = tx.prepare(
        "INSERT INTO own_prompts (id, text, created_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO NOTHING",
    )?;
    for p in &payload.own_prompts {
        let n = row.execute(params![p.id, p.text, p.created_at_ms])?;
        count(n, &mut added.own_prompts, &mut skipped.own_prompts);
    }
    Ok(())
}

fn insert_living_documents(
    tx: &Transaction<'_>,
    payload: &Payload,
    added: &mut RestoreCounts,
    skipped: &mut RestoreCounts,
) -> Result<()> {
    let mut row = tx.prepare(
        "INSERT INTO living_documents (id, fields, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO NOTHING",
    )?;
    for d in &payload.living_documents {
        let n = row.execute(params![d.id, d.fields, d.updated_at_ms])?;
        count(
            n,
            &mut added.living_documents,
            &mut skipped.living_documents,
        );
    }
    Ok(())
}

fn insert_safety_answers(
    tx: &Transaction<'_>,
    payload: &Payload,
    added: &mut RestoreCounts,
    skipped: &mut RestoreCounts,
) -> Result<()> {
    let mut row = tx.prepare(
        "INSERT INTO safety_answers (checkin_id, answered_at, local_day, self_harm,
             hurt_someone)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (checkin_id) DO NOTHING",
    )?;
    for s in &payload.safety_answers {
        let n = row.execute(params![
            s.check_in_id,
            s.answered_at_ms,
            s.local_day,
            s.self_harm,
            s.hurt_someone
        ])?;
        count(n, &mut added.safety_answers, &mut skipped.safety_answers);
    }
    Ok(())
}

fn insert_settings(
    tx: &Transaction<'_>,
    payload: &Payload,
    mode: RestoreMode,
    added: &mut RestoreCounts,
    skipped: &mut RestoreCounts,
) -> Result<()> {
    // Restoring into a new app brings his settings back; merging keeps the ones here.
    let sql = match mode {
        RestoreMode::ReplaceEmpty => {
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        }
        RestoreMode::Merge => {
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING"
        }
    };
    let mut row = tx.prepare(sql)?;
    for s in &payload.settings {
        let n = row.execute(params![s.key, s.value])?;
        count(n, &mut added.settings, &mut skipped.settings);
    }
    Ok(())
}

fn insert_module_progress(
    tx: &Transaction<'_>,
    payload: &Payload,
    added: &mut RestoreCounts,
    skipped: &mut RestoreCounts,
) -> Result<()> {
    let mut row = tx.prepare(
        "INSERT INTO module_progress (module_id, title, current_step, furthest_step,
             started_at, updated_at, completed_at, completed_day, reviewed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (module_id) DO NOTHING",
    )?;
    for m in &payload.module_progress {
        let n = row.execute(params![
            m.module_id,
            m.title,
            m.current_step,
            m.furthest_step,
            m.started_at_ms,
            m.updated_at_ms,
            m.completed_at_ms,
            m.completed_day,
            m.reviewed_at_ms
        ])?;
        count(n, &mut added.modules, &mut skipped.modules);
    }
    Ok(())
}

fn insert_exercise_answers(
    tx: &Transaction<'_>,
    payload: &Payload,
    added: &mut RestoreCounts,
    skipped: &mut RestoreCounts,
) -> Result<()> {
    let mut row = tx.prepare(
        "INSERT INTO exercise_answers (module_id, exercise_id, answer, submitted,
             journal_entry_id, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (module_id, exercise_id) DO NOTHING",
    )?;
    for a in &payload.exercise_answers {
        let n = row.execute(params![
            a.module_id,
            a.exercise_id,
            a.answer,
            a.submitted,
            a.journal_entry_id,
            a.updated_at_ms
        ])?;
        count(
            n,
            &mut added.exercise_answers,
            &mut skipped.exercise_answers,
        );
    }
    Ok(())
}

fn insert_commitments(
    tx: &Transaction<'_>,
    payload: &Payload,
    added: &mut RestoreCounts,
    skipped: &mut RestoreCounts,
) -> Result<()> {
    let mut row = tx.prepare(
        "INSERT INTO commitments (id, module_id, text, made_at, made_day, until_day, state,
             updated_at, outcome, outcome_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (id) DO NOTHING",
    )?;
    for c in &payload.commitments {
        let n = row.execute(params![
            c.id,
            c.module_id,
            c.text,
            c.made_at_ms,
            c.made_day,
            c.until_day,
            c.state,
            c.updated_at_ms,
            c.outcome,
            c.outcome_at_ms
        ])?;
        count(n, &mut added.commitments, &mut skipped.commitments);
    }
    Ok(())
}

fn insert_active_tracks(tx: &Transaction<'_>, payload: &Payload, mode: RestoreMode) -> Result<()> {
    // Like settings: a new app takes the backup's tracks; a merge keeps the ones here.
    if mode == RestoreMode::ReplaceEmpty && !payload.active_tracks.is_empty() {
        tx.execute("DELETE FROM active_tracks", [])?;
    }
    let mut row = tx.prepare(
        "INSERT INTO active_tracks (track_id, added_at) VALUES (?1, ?2)
         ON CONFLICT (track_id) DO NOTHING",
    )?;
    if mode == RestoreMode::ReplaceEmpty || !has_rows(tx, "active_tracks")? {
        for t in &payload.active_tracks {
            row.execute(params![t.track_id, t.added_at_ms])?;
        }
    }
    Ok(())
}

fn insert_counsellor_plan(tx: &Transaction<'_>, payload: &Payload) -> Result<()> {
    let mut row = tx.prepare(
        "INSERT INTO counsellor_plan (module_id, from_name, note, position, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (module_id) DO NOTHING",
    )?;
    for p in &payload.counsellor_plan {
        row.execute(params![
            p.module_id,
            p.from_name,
            p.note,
            p.position,
            p.added_at_ms
        ])?;
    }
    Ok(())
}

fn insert_home_safety_answers(
    tx: &Transaction<'_>,
    payload: &Payload,
    added: &mut RestoreCounts,
    skipped: &mut RestoreCounts,
) -> Result<()> {
    // The schema refuses an answer other than yes, no or not-sure: the backup is damaged.
    let mut row = tx.prepare(
        "INSERT INTO home_safety_answers (id, answered_at, utc_offset_minutes, local_day,
             answer)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO NOTHING",
    )?;
    for h in &payload.home_safety_answers {
        let n = row.execute(params![
            h.id,
            h.answered_at_ms,
            h.utc_offset_minutes,
            h.local_day,
            h.answer
        ])?;
        count(
            n,
            &mut added.home_safety_answers,
            &mut skipped.home_safety_answers,
        );
    }
    Ok(())
}

fn insert_dad_mood_checks(
    tx: &Transaction<'_>,
    payload: &Payload,
    added: &mut RestoreCounts,
    skipped: &mut RestoreCounts,
) -> Result<()> {
    // The schema refuses a window other than 13 or 26 weeks, an answer outside 0 to 3, or
    // some answers without the others: the backup is damaged.
    let mut row = tx.prepare(
        "INSERT INTO dad_mood_checks (id, window_week, baby_born, answered_at,
             utc_offset_minutes, local_day, interest, down, temper)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (id) DO NOTHING",
    )?;
    for d in &payload.dad_mood_checks {
        let n = row.execute(params![
            d.id,
            d.window_week,
            d.baby_born,
            d.answered_at_ms,
            d.utc_offset_minutes,
            d.local_day,
            d.interest,
            d.down,
            d.temper
        ])?;
        count(n, &mut added.dad_mood_checks, &mut skipped.dad_mood_checks);
    }
    Ok(())
}

/// Each recording with its entry (restored or already here); one already kept for that entry
/// stays as it is.
fn insert_recordings(tx: &Transaction<'_>, payload: &Payload) -> Result<()> {
    let mut row = tx.prepare(
        "INSERT INTO recordings (entry_id, codec, duration_ms, audio, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (entry_id) DO NOTHING",
    )?;
    for r in &payload.recordings {
        let input = recording_input(r)?;
        row.execute(params![
            r.entry_id,
            input.codec,
            input.duration_ms,
            input.audio,
            r.created_at_ms
        ])?;
    }
    Ok(())
}
