//! Check-ins: a quick place on the mood meter (pleasantness x energy), up to three emotion
//! words and an optional note. Several a day are fine. Days follow the person's local time:
//! each check-in stores UTC plus the offset in force when it was made.

use chrono::{DateTime, FixedOffset, Utc};
use rusqlite::{Connection, Transaction, params};
use uuid::Uuid;

use crate::ffi_types::Timestamp;

use crate::error::{Error, Result};
use crate::validate;

/// Most emotion words on one check-in.
pub const MAX_EMOTIONS: usize = 3;
/// Longest emotion word, in characters.
pub const MAX_EMOTION_CHARS: usize = 40;
/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 2_000;
/// Most check-ins one list call returns.
pub const MAX_LIST: u32 = 500;

/// What the person entered for a check-in.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CheckInInput {
    /// How pleasant it feels, from -5 (very unpleasant) to 5 (very pleasant).
    pub pleasantness: i8,
    /// How much energy there is, from -5 (very low) to 5 (very high).
    pub energy: i8,
    /// Up to three words for what he feels.
    pub emotions: Vec<String>,
    /// Anything he wants to add.
    pub note: Option<String>,
}

/// Where a check-in sits on the mood meter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// Unpleasant with high energy: angry, anxious, on edge.
    UnpleasantHighEnergy,
    /// Pleasant with high energy: excited, proud, motivated.
    PleasantHighEnergy,
    /// Unpleasant with low energy: sad, flat, drained.
    UnpleasantLowEnergy,
    /// Pleasant with low energy: calm, content, relieved.
    PleasantLowEnergy,
    /// On one of the middle lines: neither clearly pleasant nor unpleasant, or neither high nor low.
    Middle,
}

impl Quadrant {
    /// A plain description, e.g. "unpleasant, high energy".
    pub fn label(self) -> &'static str {
        match self {
            Quadrant::UnpleasantHighEnergy => "unpleasant, high energy",
            Quadrant::PleasantHighEnergy => "pleasant, high energy",
            Quadrant::UnpleasantLowEnergy => "unpleasant, low energy",
            Quadrant::PleasantLowEnergy => "pleasant, low energy",
            Quadrant::Middle => "in the middle",
        }
    }

    /// The quadrant for a point on the meter.
    pub fn of(pleasantness: i8, energy: i8) -> Quadrant {
        use std::cmp::Ordering::{Greater, Less};
        match (pleasantness.cmp(&0), energy.cmp(&0)) {
            (Less, Greater) => Quadrant::UnpleasantHighEnergy,
            (Greater, Greater) => Quadrant::PleasantHighEnergy,
            (Less, Less) => Quadrant::UnpleasantLowEnergy,
            (Greater, Less) => Quadrant::PleasantLowEnergy,
            _ => Quadrant::Middle,
        }
    }
}

/// A saved check-in.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct CheckIn {
    /// Stable id.
    pub id: Uuid,
    /// When it was made.
    pub recorded_at: Timestamp,
    /// The person's UTC offset at that moment, in minutes.
    pub utc_offset_minutes: i32,
    /// The person's own calendar day it belongs to (`YYYY-MM-DD`).
    pub local_day: String,
    /// -5..=5.
    pub pleasantness: i8,
    /// -5..=5.
    pub energy: i8,
    /// Where it sits on the mood meter.
    pub quadrant: Quadrant,
    /// The words he picked, in the order picked.
    pub emotions: Vec<String>,
    /// His note, exactly as written.
    pub note: Option<String>,
}

/// Checks an input against every rule, returning the cleaned values or the first broken rule.
fn validate(input: CheckInInput) -> Result<CheckInInput> {
    let pleasantness = validate::axis("pleasantness", input.pleasantness)?;
    let energy = validate::axis("energy", input.energy)?;
    if input.emotions.len() > MAX_EMOTIONS {
        return Err(Error::invalid(
            "emotions",
            format!("pick up to {MAX_EMOTIONS} words"),
        ));
    }
    let mut emotions: Vec<String> = Vec::with_capacity(input.emotions.len());
    for word in &input.emotions {
        let word = validate::label("emotions", word, MAX_EMOTION_CHARS)?;
        if emotions
            .iter()
            .any(|w| w.to_lowercase() == word.to_lowercase())
        {
            return Err(Error::invalid("emotions", "each word can be picked once"));
        }
        emotions.push(word);
    }
    let note = validate::optional_text("note", input.note, MAX_NOTE_CHARS)?;
    Ok(CheckInInput {
        pleasantness,
        energy,
        emotions,
        note,
    })
}

/// Validates and saves a check-in made at `now`.
pub(crate) fn record(
    tx: &Transaction<'_>,
    input: CheckInInput,
    now: DateTime<FixedOffset>,
) -> Result<CheckIn> {
    let input = validate(input)?;
    let id = Uuid::new_v4();
    let recorded_at = now.with_timezone(&Utc);
    let offset = now.offset().local_minus_utc() / 60;
    let local_day = now.date_naive().format("%Y-%m-%d").to_string();
    let millis = recorded_at.timestamp_millis();
    tx.execute(
        "INSERT INTO checkins (id, recorded_at, utc_offset_minutes, local_day, pleasantness, energy, note, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?2)",
        params![id.to_string(), millis, offset, local_day, input.pleasantness, input.energy, input.note],
    )?;
    let mut insert_word = tx.prepare_cached(
        "INSERT INTO checkin_emotions (checkin_id, position, word) VALUES (?1, ?2, ?3)",
    )?;
    for (position, word) in input.emotions.iter().enumerate() {
        insert_word.execute(params![id.to_string(), position as i64, word])?;
    }
    Ok(CheckIn {
        id,
        recorded_at: DateTime::<Utc>::from_timestamp_millis(millis)
            .ok_or(Error::Internal("time out of range"))?,
        utc_offset_minutes: offset,
        local_day,
        pleasantness: input.pleasantness,
        energy: input.energy,
        quadrant: Quadrant::of(input.pleasantness, input.energy),
        emotions: input.emotions,
        note: input.note,
    })
}

/// The most recent check-ins, newest first.
pub(crate) fn recent(conn: &Connection, limit: u32) -> Result<Vec<CheckIn>> {
    let limit = validate::limit("limit", limit, MAX_LIST)?;
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.recorded_at, c.utc_offset_minutes, c.local_day, c.pleasantness, c.energy, c.note,
                (SELECT group_concat(word, char(31)) FROM
                    (SELECT word FROM checkin_emotions e WHERE e.checkin_id = c.id ORDER BY position))
         FROM checkins c
         ORDER BY c.recorded_at DESC, c.rowid DESC
         LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, i64>(1)?,
            row.get::<_, i32>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, i8>(4)?,
            row.get::<_, i8>(5)?,
            row.get::<_, Option<String>>(6)?,
            row.get::<_, Option<String>>(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, millis, offset, local_day, pleasantness, energy, note, words) = row?;
        out.push(CheckIn {
            id: Uuid::parse_str(&id)
                .map_err(|_| Error::Internal("a stored check-in id is malformed"))?,
            recorded_at: DateTime::<Utc>::from_timestamp_millis(millis)
                .ok_or(Error::Internal("a stored time is out of range"))?,
            utc_offset_minutes: offset,
            local_day,
            pleasantness,
            energy,
            quadrant: Quadrant::of(pleasantness, energy),
            emotions: words
                .map(|w| w.split('\u{1f}').map(str::to_owned).collect())
                .unwrap_or_default(),
            note,
        });
    }
    Ok(out)
}

/// How many check-ins fall on the local day `day` (`YYYY-MM-DD`).
pub(crate) fn count_on_day(conn: &Connection, day: &str) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT count(*) FROM checkins WHERE local_day = ?1",
        [day],
        |row| row.get(0),
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_on_either_axis_sits_in_the_middle() {
        assert_eq!(Quadrant::of(0, 4), Quadrant::Middle);
        assert_eq!(Quadrant::of(-3, 0), Quadrant::Middle);
        assert_eq!(Quadrant::of(-3, 4), Quadrant::UnpleasantHighEnergy);
        assert_eq!(Quadrant::of(2, -1), Quadrant::PleasantLowEnergy);
    }

    #[test]
    fn the_same_word_twice_in_different_case_is_refused() {
        let input = CheckInInput {
            pleasantness: 1,
            energy: 1,
            emotions: vec!["Calm".into(), "calm".into()],
            note: None,
        };
        assert!(matches!(
            validate(input),
            Err(Error::InvalidInput {
                field: "emotions",
                ..
            })
        ));
    }

    #[test]
    fn a_note_of_only_spaces_is_saved_as_no_note() {
        let input = CheckInInput {
            pleasantness: 1,
            energy: 1,
            emotions: vec![],
            note: Some("   \n".into()),
        };
        assert_eq!(validate(input).expect("valid").note, None);
    }
}
