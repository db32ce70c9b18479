//! The anger moment log: a short record of one flash of anger, made soon after it, to notice
//! patterns and plan a better next time. Short by design: only what happened and how strong it
//! was are required.

use chrono::{DateTime, FixedOffset, Timelike, Utc};
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use crate::base::error::{Error, Reason, Result};
use crate::base::ffi_types::{Day, Timestamp};
use crate::base::rows::{parse_id, timestamp};
use crate::base::text::Language;
use crate::base::validate;

/// Longest free-text answer, in characters.
pub const MAX_ANSWER_CHARS: usize = 1_000;
/// Most body cues on one moment.
pub const MAX_BODY_CUES: usize = 8;
/// Most moments one list call returns.
pub const MAX_LIST: i32 = 500;
/// Body cues offered as quick picks (by their catalog ids); he can add his own.
const SUGGESTED_BODY_CUES: [&str; 8] = [
    "anger-cue-jaw-tight",
    "anger-cue-fists-clenched",
    "anger-cue-face-hot",
    "anger-cue-heart-racing",
    "anger-cue-shoulders-up",
    "anger-cue-stomach-churning",
    "anger-cue-voice-getting-loud",
    "anger-cue-shaking",
];

/// Body cues offered as quick picks, in `language` ("jaw tight", "fists clenched", ...); he can
/// add his own. A cue is saved as the words he picked.
pub fn suggested_body_cues(language: Language) -> Vec<String> {
    SUGGESTED_BODY_CUES
        .iter()
        .map(|id| language.say(id))
        .collect()
}

/// What he noted about a moment of anger.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AngerMomentInput {
    /// What happened, in a few words.
    pub what_happened: String,
    /// How strong it was, 0 to 10.
    pub intensity: i32,
    /// What his body did (quick picks or his own words).
    #[uniffi(default)]
    pub body_cues: Vec<String>,
    /// What went through his head.
    #[uniffi(default)]
    pub thoughts: Option<String>,
    /// What he did.
    #[uniffi(default)]
    pub what_i_did: Option<String>,
    /// What he'd like to do next time.
    #[uniffi(default)]
    pub next_time: Option<String>,
    /// Whether something needs putting right with someone.
    #[uniffi(default)]
    pub repair_needed: bool,
    /// Whether that repair has happened.
    #[uniffi(default)]
    pub repair_done: bool,
}

/// A saved anger moment.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct AngerMoment {
    /// Stable id.
    pub id: Uuid,
    /// When it was logged.
    pub recorded_at: Timestamp,
    /// When it was last edited.
    pub updated_at: Timestamp,
    /// The person's UTC offset when it was logged, in minutes.
    pub utc_offset_minutes: i32,
    /// The day he was living when it happened (the day ends at 04:00).
    pub local_day: Day,
    /// What happened.
    pub what_happened: String,
    /// 0..=10.
    pub intensity: i32,
    /// What his body did.
    pub body_cues: Vec<String>,
    /// What went through his head.
    pub thoughts: Option<String>,
    /// What he did.
    pub what_i_did: Option<String>,
    /// What he'd like to do next time.
    pub next_time: Option<String>,
    /// Whether something needs putting right.
    pub repair_needed: bool,
    /// Whether the repair happened.
    pub repair_done: bool,
}

struct Valid {
    what_happened: String,
    intensity: i32,
    body_cues: String,
    thoughts: Option<String>,
    what_i_did: Option<String>,
    next_time: Option<String>,
    repair_needed: bool,
    repair_done: bool,
}

fn validate(input: AngerMomentInput) -> Result<Valid> {
    let what_happened =
        validate::required_text("what_happened", input.what_happened, MAX_ANSWER_CHARS)?;
    let intensity = validate::level("intensity", input.intensity)?;
    let mut cues: Vec<String> = Vec::with_capacity(input.body_cues.len());
    for cue in &input.body_cues {
        let cue = validate::label("body_cues", cue, 40)?;
        if !cues.contains(&cue) {
            cues.push(cue);
        }
    }
    if cues.len() > MAX_BODY_CUES {
        return Err(Error::invalid(
            "body_cues",
            Reason::with("anger-body-cues-up-to", [("limit", MAX_BODY_CUES.into())]),
        ));
    }
    if input.repair_done && !input.repair_needed {
        return Err(Error::invalid(
            "repair_done",
            Reason::new("anger-repair-not-needed"),
        ));
    }
    Ok(Valid {
        what_happened,
        intensity,
        body_cues: serde_json::to_string(&cues)
            .map_err(|_| Error::Internal("body cues could not be stored"))?,
        thoughts: validate::optional_text("thoughts", input.thoughts, MAX_ANSWER_CHARS)?,
        what_i_did: validate::optional_text("what_i_did", input.what_i_did, MAX_ANSWER_CHARS)?,
        next_time: validate::optional_text("next_time", input.next_time, MAX_ANSWER_CHARS)?,
        repair_needed: input.repair_needed,
        repair_done: input.repair_done,
    })
}

/// Validates and saves a moment logged at `now`.
pub(crate) fn record(
    tx: &Transaction<'_>,
    input: AngerMomentInput,
    now: DateTime<FixedOffset>,
) -> Result<AngerMoment> {
    let v = validate(input)?;
    let id = Uuid::new_v4();
    let millis = now.with_timezone(&Utc).timestamp_millis();
    tx.execute(
        "INSERT INTO anger_moments (id, recorded_at, utc_offset_minutes, local_day, local_minute, what_happened,
             body_cues, thoughts, intensity, what_i_did, next_time, repair_needed, repair_done, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?2)",
        params![
            id.to_string(),
            millis,
            now.offset().local_minus_utc() / 60,
            crate::base::days::lived_day_key(now),
            now.hour() * 60 + now.minute(),
            v.what_happened,
            v.body_cues,
            v.thoughts,
            v.intensity,
            v.what_i_did,
            v.next_time,
            v.repair_needed,
            v.repair_done
        ],
    )?;
    get(tx, id)
}

/// What he reads once a repair is marked done, in `language` (the navigation and the terminal
/// show it).
pub fn repair_done_message(language: Language) -> String {
    language.say("anger-repair-done")
}

/// Marks the repair after a moment done, after the fact: only the repair changes, in one
/// transaction. `NotFound` for a moment that does not exist; `InvalidInput { field:
/// "repair_done" }` for one where no repair was needed. Done twice is still done.
pub(crate) fn mark_repair_done(
    tx: &Transaction<'_>,
    id: Uuid,
    now: DateTime<FixedOffset>,
) -> Result<AngerMoment> {
    let moment = get(tx, id)?;
    if !moment.repair_needed {
        return Err(Error::invalid(
            "repair_done",
            Reason::new("anger-repair-not-needed"),
        ));
    }
    if !moment.repair_done {
        tx.execute(
            "UPDATE anger_moments SET repair_done = 1, updated_at = ?2 WHERE id = ?1",
            params![id.to_string(), now.with_timezone(&Utc).timestamp_millis()],
        )?;
    }
    get(tx, id)
}

/// Replaces what a moment says, keeping when it was logged.
pub(crate) fn update(
    tx: &Transaction<'_>,
    id: Uuid,
    input: AngerMomentInput,
    now: DateTime<FixedOffset>,
) -> Result<AngerMoment> {
    let v = validate(input)?;
    let changed = tx.execute(
        "UPDATE anger_moments SET what_happened = ?2, body_cues = ?3, thoughts = ?4, intensity = ?5,
             what_i_did = ?6, next_time = ?7, repair_needed = ?8, repair_done = ?9, updated_at = ?10
         WHERE id = ?1",
        params![
            id.to_string(),
            v.what_happened,
            v.body_cues,
            v.thoughts,
            v.intensity,
            v.what_i_did,
            v.next_time,
            v.repair_needed,
            v.repair_done,
            now.with_timezone(&Utc).timestamp_millis()
        ],
    )?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "anger moment",
        });
    }
    get(tx, id)
}

/// Deletes a moment for good.
pub(crate) fn delete(tx: &Transaction<'_>, id: Uuid) -> Result<()> {
    match tx.execute("DELETE FROM anger_moments WHERE id = ?1", [id.to_string()])? {
        0 => Err(Error::NotFound {
            what: "anger moment",
        }),
        _ => Ok(()),
    }
}

const SELECT: &str =
    "SELECT id, recorded_at, updated_at, utc_offset_minutes, local_day, what_happened, intensity,
    body_cues, thoughts, what_i_did, next_time, repair_needed, repair_done FROM anger_moments";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Result<AngerMoment>> {
    let id: String = row.get(0)?;
    let recorded_at: i64 = row.get(1)?;
    let updated_at: i64 = row.get(2)?;
    let cues: String = row.get(7)?;
    Ok((|| {
        Ok(AngerMoment {
            id: parse_id(&id)?,
            recorded_at: timestamp(recorded_at)?,
            updated_at: timestamp(updated_at)?,
            utc_offset_minutes: row.get(3)?,
            local_day: crate::base::days::parse_day(&row.get::<_, String>(4)?)?,
            what_happened: row.get(5)?,
            intensity: row.get(6)?,
            body_cues: serde_json::from_str(&cues)
                .map_err(|_| Error::Internal("stored body cues are malformed"))?,
            thoughts: row.get(8)?,
            what_i_did: row.get(9)?,
            next_time: row.get(10)?,
            repair_needed: row.get(11)?,
            repair_done: row.get(12)?,
        })
    })())
}

/// One moment by id.
pub(crate) fn get(conn: &Connection, id: Uuid) -> Result<AngerMoment> {
    conn.prepare_cached(&format!("{SELECT} WHERE id = ?1"))?
        .query_row([id.to_string()], from_row)
        .optional()?
        .ok_or(Error::NotFound {
            what: "anger moment",
        })?
}

/// Every moment, oldest first (for export).
pub(crate) fn all(conn: &Connection) -> Result<Vec<AngerMoment>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY recorded_at, rowid"))?;
    let rows = stmt.query_map([], from_row)?;
    rows.map(|row| row?).collect()
}

/// The moments of the lived days `from` to `to` (`YYYY-MM-DD`, inclusive), oldest first (for a
/// report).
pub(crate) fn between(conn: &Connection, from: &str, to: &str) -> Result<Vec<AngerMoment>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE local_day >= ?1 AND local_day <= ?2 ORDER BY recorded_at, rowid"
    ))?;
    let rows = stmt.query_map([from, to], from_row)?;
    rows.map(|row| row?).collect()
}

/// The most recent moments, newest first.
pub(crate) fn recent(conn: &Connection, limit: i32) -> Result<Vec<AngerMoment>> {
    let limit = validate::limit("limit", limit, MAX_LIST)?;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} ORDER BY recorded_at DESC, rowid DESC LIMIT ?1"
    ))?;
    let rows = stmt.query_map([limit], from_row)?;
    rows.map(|row| row?).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> AngerMomentInput {
        AngerMomentInput {
            what_happened: "Argument about the car".into(),
            intensity: 6,
            body_cues: vec![],
            thoughts: None,
            what_i_did: None,
            next_time: None,
            repair_needed: false,
            repair_done: false,
        }
    }

    #[test]
    fn a_repair_cannot_be_done_when_none_was_needed() {
        let result = validate(AngerMomentInput {
            repair_done: true,
            ..input()
        });
        assert!(matches!(
            result,
            Err(Error::InvalidInput {
                field: "repair_done",
                ..
            })
        ));
    }

    #[test]
    fn intensity_must_be_0_to_10_and_something_must_be_said_about_what_happened() {
        assert!(matches!(
            validate(AngerMomentInput {
                intensity: 11,
                ..input()
            }),
            Err(Error::InvalidInput {
                field: "intensity",
                ..
            })
        ));
        assert!(matches!(
            validate(AngerMomentInput {
                what_happened: " ".into(),
                ..input()
            }),
            Err(Error::InvalidInput {
                field: "what_happened",
                ..
            })
        ));
    }

    #[test]
    fn the_anger_log_speaks_french_with_the_french_pack() {
        let french = Language::of_pack("fr-CA");
        assert_eq!(
            repair_done_message(Language::ENGLISH),
            "Repair marked done. Putting it right takes strength."
        );
        assert_eq!(
            repair_done_message(french),
            "Réparation faite, c'est noté. Réparer, ça demande de la force."
        );
        let cues = suggested_body_cues(french);
        assert_eq!(cues.len(), 8);
        assert_eq!(cues[0], "mâchoire serrée");
        assert_eq!(suggested_body_cues(Language::ENGLISH)[0], "jaw tight");
        let nine: Vec<String> = (0..9).map(|i| format!("cue {i}")).collect();
        let Err(Error::InvalidInput { reason, .. }) = validate(AngerMomentInput {
            body_cues: nine,
            ..input()
        }) else {
            panic!("refused");
        };
        assert_eq!(reason.to_string(), "pick up to 8");
        assert_eq!(reason.say(french), "choisis-en jusqu'à 8");
    }

    #[test]
    fn repeated_body_cues_are_kept_once() {
        let v = validate(AngerMomentInput {
            body_cues: vec!["jaw tight".into(), "jaw tight".into()],
            ..input()
        })
        .expect("valid");
        assert_eq!(v.body_cues, "[\"jaw tight\"]");
    }
}
