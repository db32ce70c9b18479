//! Check-ins: a quick place on the mood meter (pleasantness x energy), emotion words from the
//! pack's vocabulary and his own words, and optional anger, stress, sleep, context tags and a
//! note. Several a day are fine. Days follow the person's local time: each check-in stores UTC
//! plus the offset in force when it was made, and the day he was living then (a day ends at
//! 04:00, so a check-in at 00:30 belongs to the evening before; see [`crate::base::days`]), across
//! time-zone changes and travel.

use chrono::{DateTime, FixedOffset, Timelike, Utc};
use groundwork_pack::Emotion;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use crate::base::error::{Error, Reason, Result};
use crate::base::ffi_types::{Day, Timestamp};
use crate::base::rows::{parse_id, timestamp};
use crate::base::text::Language;
use crate::base::validate;

/// Most words from the vocabulary on one check-in.
pub const MAX_EMOTIONS: usize = 3;
/// Most of his own words on one check-in.
pub const MAX_OWN_WORDS: usize = 3;
/// Longest own word or tag, in characters.
pub const MAX_WORD_CHARS: usize = 40;
/// Most context tags on one check-in.
pub const MAX_TAGS: usize = 10;
/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 2_000;
/// Most check-ins one list call returns.
pub const MAX_LIST: i32 = 500;
/// The context tags offered to everyone (by their catalog ids); he can add his own.
const SUGGESTED_TAGS: [&str; 5] = [
    "checkin-tag-work",
    "checkin-tag-partner",
    "checkin-tag-kids",
    "checkin-tag-money",
    "checkin-tag-health",
];

/// The context tags offered to everyone, in `language` ("work", "partner", "kids", "money",
/// "health"); he can add his own. A tag is saved as the words he picked.
pub fn suggested_tags(language: Language) -> Vec<String> {
    SUGGESTED_TAGS.iter().map(|id| language.say(id)).collect()
}

/// What the person entered for a check-in.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CheckInInput {
    /// How pleasant it feels, from -5 (very unpleasant) to 5 (very pleasant).
    pub pleasantness: i32,
    /// How much energy there is, from -5 (very low) to 5 (very high).
    pub energy: i32,
    /// Up to three emotion ids from the pack's vocabulary (e.g. "on-edge").
    #[uniffi(default)]
    pub emotions: Vec<String>,
    /// Up to three words of his own.
    #[uniffi(default)]
    pub own_words: Vec<String>,
    /// Anger from 0 (none) to 10 (the most), if he wants to say.
    #[uniffi(default)]
    pub anger: Option<i32>,
    /// Stress from 0 (none) to 10 (the most), if he wants to say.
    #[uniffi(default)]
    pub stress: Option<i32>,
    /// Hours slept last night, 0 to 24 (kept to the minute).
    #[uniffi(default)]
    pub hours_slept: Option<f64>,
    /// What it has to do with: "work", "partner", "kids", "money", "health" or his own tags.
    #[uniffi(default)]
    pub tags: Vec<String>,
    /// Anything he wants to add.
    #[uniffi(default)]
    pub note: Option<String>,
}

impl CheckInInput {
    /// A check-in with only the two mood-meter values; everything else empty.
    pub fn new(pleasantness: i32, energy: i32) -> Self {
        CheckInInput {
            pleasantness,
            energy,
            emotions: Vec::new(),
            own_words: Vec::new(),
            anger: None,
            stress: None,
            hours_slept: None,
            tags: Vec::new(),
            note: None,
        }
    }
}

/// Where a check-in sits on the mood meter.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, uniffi::Enum, serde::Serialize,
)]
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
    /// Every quadrant, in the order shells lay them out.
    pub const ALL: [Quadrant; 5] = [
        Quadrant::UnpleasantHighEnergy,
        Quadrant::PleasantHighEnergy,
        Quadrant::UnpleasantLowEnergy,
        Quadrant::PleasantLowEnergy,
        Quadrant::Middle,
    ];

    /// A plain description in `language`, e.g. "unpleasant, high energy".
    pub fn label(self, language: Language) -> String {
        language.say(match self {
            Quadrant::UnpleasantHighEnergy => "checkin-quadrant-unpleasant-high-energy",
            Quadrant::PleasantHighEnergy => "checkin-quadrant-pleasant-high-energy",
            Quadrant::UnpleasantLowEnergy => "checkin-quadrant-unpleasant-low-energy",
            Quadrant::PleasantLowEnergy => "checkin-quadrant-pleasant-low-energy",
            Quadrant::Middle => "checkin-quadrant-middle",
        })
    }

    /// The quadrant for a point on the meter.
    pub fn of(pleasantness: i32, energy: i32) -> Quadrant {
        use std::cmp::Ordering::{Greater, Less};
        match (pleasantness.cmp(&0), energy.cmp(&0)) {
            (Less, Greater) => Quadrant::UnpleasantHighEnergy,
            (Greater, Greater) => Quadrant::PleasantHighEnergy,
            (Less, Less) => Quadrant::UnpleasantLowEnergy,
            (Greater, Less) => Quadrant::PleasantLowEnergy,
            _ => Quadrant::Middle,
        }
    }

    /// The stored name (`unpleasant_high_energy`, …).
    pub(crate) fn key(self) -> &'static str {
        match self {
            Quadrant::UnpleasantHighEnergy => "unpleasant_high_energy",
            Quadrant::PleasantHighEnergy => "pleasant_high_energy",
            Quadrant::UnpleasantLowEnergy => "unpleasant_low_energy",
            Quadrant::PleasantLowEnergy => "pleasant_low_energy",
            Quadrant::Middle => "middle",
        }
    }

    /// The quadrant for a stored name.
    pub(crate) fn from_key(key: &str) -> Option<Quadrant> {
        Quadrant::ALL.into_iter().find(|q| q.key() == key)
    }
}

/// What a saved check-in feels like, for the line he reads after saving it. It follows the
/// mood meter's two axes, with one rule for the middle lines: pleasantness decides first, so only
/// a check-in at 0 pleasantness reads as "in between" (a -2 is unpleasant whatever its energy);
/// then energy above 0 reads as wound up (or lively), and energy at 0 or below as heavy (or
/// settled). `Quadrant::of` is unchanged: it still puts any point on a middle line in `Middle`
/// for insights and search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Feeling {
    /// Unpleasant, energy above 0.
    Tense,
    /// Unpleasant, energy at 0 or below.
    Heavy,
    /// Pleasant, energy above 0.
    Lively,
    /// Pleasant, energy at 0 or below.
    Settled,
    /// Pleasantness at 0.
    InBetween,
}

impl Feeling {
    fn of(pleasantness: i32, energy: i32) -> Feeling {
        match (pleasantness.signum(), energy > 0) {
            (0, _) => Feeling::InBetween,
            (-1, true) => Feeling::Tense,
            (-1, false) => Feeling::Heavy,
            (_, true) => Feeling::Lively,
            (_, false) => Feeling::Settled,
        }
    }

    /// The line when he chose no words: the feeling, never the person.
    fn alone(self) -> &'static str {
        match self {
            Feeling::Tense => "checkin-saved-tense",
            Feeling::Heavy => "checkin-saved-heavy",
            Feeling::Lively => "checkin-saved-lively",
            Feeling::Settled => "checkin-saved-settled",
            Feeling::InBetween => "checkin-saved-in-between",
        }
    }

    /// The line led by his own words ("Stressed, tired and flat: ...").
    fn after_words(self) -> &'static str {
        match self {
            Feeling::Tense => "checkin-saved-words-tense",
            Feeling::Heavy => "checkin-saved-words-heavy",
            Feeling::Lively => "checkin-saved-words-lively",
            Feeling::Settled => "checkin-saved-words-settled",
            Feeling::InBetween => "checkin-saved-words-in-between",
        }
    }
}

/// The line he reads once a check-in is saved, in `language`: his chosen words first ("Saved.
/// Stressed, tired and flat: that's a heavy mix to carry."), or with none, the feeling in plain
/// words ("Saved. A tense, wound-up kind of feeling."). It describes the feeling, never him (in
/// French, nothing in it agrees with him: the words are the feeling's). The one place this line
/// is made: the check-in outcome carries it, and the navigation and the terminal show it.
pub fn saved_sentence(check_in: &CheckIn, language: Language) -> String {
    let feeling = Feeling::of(check_in.pleasantness, check_in.energy);
    let words: Vec<&str> = check_in
        .emotion_words
        .iter()
        .chain(&check_in.own_words)
        .map(|w| w.trim())
        .filter(|w| !w.is_empty())
        .collect();
    let listed = match words.as_slice() {
        [] => return language.say(feeling.alone()),
        [one] => (*one).to_owned(),
        [rest @ .., last] => language.say_with(
            "checkin-word-list",
            &[("words", rest.join(", ").into()), ("last", (*last).into())],
        ),
    };
    language.say_with(
        feeling.after_words(),
        &[
            ("words", capitalised(&listed).into()),
            ("count", words.len().into()),
        ],
    )
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A saved check-in.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct CheckIn {
    /// Stable id.
    pub id: Uuid,
    /// When it was made.
    pub recorded_at: Timestamp,
    /// When it was last edited (the same as `recorded_at` if never).
    pub updated_at: Timestamp,
    /// The person's UTC offset at the moment it was made, in minutes.
    pub utc_offset_minutes: i32,
    /// The day he was living when he made it (the day ends at 04:00, so 00:30 belongs to the
    /// evening before).
    pub local_day: Day,
    /// -5..=5.
    pub pleasantness: i32,
    /// -5..=5.
    pub energy: i32,
    /// Where it sits on the mood meter.
    pub quadrant: Quadrant,
    /// The quadrant in plain words, e.g. "unpleasant, high energy".
    pub quadrant_label: String,
    /// The vocabulary ids he picked, in the order picked.
    pub emotions: Vec<String>,
    /// The words for `emotions`, as they read when he picked them.
    pub emotion_words: Vec<String>,
    /// His own words.
    pub own_words: Vec<String>,
    /// 0..=10, if given.
    pub anger: Option<i32>,
    /// 0..=10, if given.
    pub stress: Option<i32>,
    /// Hours slept, if given.
    pub hours_slept: Option<f64>,
    /// Context tags, sorted.
    pub tags: Vec<String>,
    /// His note, exactly as written.
    pub note: Option<String>,
}

/// A check-in that passed every rule, ready to store.
struct Valid {
    pleasantness: i32,
    energy: i32,
    /// (id, word) pairs from the vocabulary.
    emotions: Vec<(String, String)>,
    own_words: Vec<String>,
    anger: Option<i32>,
    stress: Option<i32>,
    sleep_minutes: Option<i32>,
    tags: Vec<String>,
    note: Option<String>,
}

/// Checks an input against every rule, returning the cleaned values or the first broken rule.
fn validate(input: CheckInInput, vocabulary: &[Emotion]) -> Result<Valid> {
    let pleasantness = i32::from(validate::axis("pleasantness", input.pleasantness)?);
    let energy = i32::from(validate::axis("energy", input.energy)?);
    if input.emotions.len() > MAX_EMOTIONS {
        return Err(Error::invalid(
            "emotions",
            Reason::with("checkin-emotions-up-to", [("limit", MAX_EMOTIONS.into())]),
        ));
    }
    let mut emotions: Vec<(String, String)> = Vec::with_capacity(input.emotions.len());
    for id in &input.emotions {
        let emotion = vocabulary.iter().find(|e| e.id == *id).ok_or_else(|| {
            Error::invalid("emotions", Reason::new("checkin-emotions-from-the-list"))
        })?;
        if emotions.iter().any(|(picked, _)| picked == id) {
            return Err(Error::invalid(
                "emotions",
                Reason::new("checkin-emotion-picked-twice"),
            ));
        }
        emotions.push((emotion.id.clone(), emotion.word.clone()));
    }
    if input.own_words.len() > MAX_OWN_WORDS {
        return Err(Error::invalid(
            "own_words",
            Reason::with("checkin-own-words-up-to", [("limit", MAX_OWN_WORDS.into())]),
        ));
    }
    let mut own_words: Vec<String> = Vec::with_capacity(input.own_words.len());
    for word in &input.own_words {
        let word = validate::label("own_words", word, MAX_WORD_CHARS)?;
        if own_words
            .iter()
            .any(|w| w.to_lowercase() == word.to_lowercase())
        {
            return Err(Error::invalid(
                "own_words",
                Reason::new("checkin-own-word-added-twice"),
            ));
        }
        own_words.push(word);
    }
    let anger = input
        .anger
        .map(|v| validate::level("anger", v))
        .transpose()?;
    let stress = input
        .stress
        .map(|v| validate::level("stress", v))
        .transpose()?;
    let sleep_minutes = match input.hours_slept {
        None => None,
        Some(hours) if hours.is_finite() && (0.0..=24.0).contains(&hours) => {
            Some((hours * 60.0).round() as i32)
        }
        Some(_) => {
            return Err(Error::invalid(
                "hours_slept",
                Reason::new("checkin-hours-slept-range"),
            ));
        }
    };
    let tags = validate::tags("tags", &input.tags, MAX_TAGS, MAX_WORD_CHARS)?;
    let note = validate::optional_text("note", input.note, MAX_NOTE_CHARS)?;
    Ok(Valid {
        pleasantness,
        energy,
        emotions,
        own_words,
        anger,
        stress,
        sleep_minutes,
        tags,
        note,
    })
}

/// Words he typed, sorted into the vocabulary's ids and his own words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct SortedWords {
    /// Ids of the words found in the vocabulary (matched by word or id, ignoring case).
    pub emotions: Vec<String>,
    /// Everything else, as typed (trimmed).
    pub own_words: Vec<String>,
}

/// Sorts typed words into vocabulary ids and his own words.
pub fn sort_words(vocabulary: &[Emotion], words: &[String]) -> SortedWords {
    let mut sorted = SortedWords {
        emotions: Vec::new(),
        own_words: Vec::new(),
    };
    for typed in words.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
        let lower = typed.to_lowercase();
        match vocabulary
            .iter()
            .find(|e| e.word.to_lowercase() == lower || e.id == lower)
        {
            Some(e) if !sorted.emotions.contains(&e.id) => sorted.emotions.push(e.id.clone()),
            Some(_) => {}
            None => sorted.own_words.push(typed.to_owned()),
        }
    }
    sorted
}

/// Validates and saves a check-in made at `now`; its quadrant is described in `language`.
pub(crate) fn record(
    tx: &Transaction<'_>,
    input: CheckInInput,
    vocabulary: &[Emotion],
    now: DateTime<FixedOffset>,
    language: Language,
) -> Result<CheckIn> {
    let valid = validate(input, vocabulary)?;
    let id = Uuid::new_v4();
    let millis = now.with_timezone(&Utc).timestamp_millis();
    let offset = now.offset().local_minus_utc() / 60;
    let local_day = crate::base::days::lived_day(now);
    let local_minute = now.hour() * 60 + now.minute();
    tx.prepare_cached(
        "INSERT INTO checkins (id, recorded_at, utc_offset_minutes, local_day, local_minute, pleasantness, energy,
                               anger, stress, sleep_minutes, note, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?2)",
    )?
    .execute(params![
        id.to_string(),
        millis,
        offset,
        crate::base::days::day_key(local_day),
        local_minute,
        valid.pleasantness,
        valid.energy,
        valid.anger,
        valid.stress,
        valid.sleep_minutes,
        valid.note
    ])?;
    insert_words_and_tags(tx, &id, &valid)?;
    // Built from what was written rather than read back: this is the hot path of the app.
    let at = timestamp(millis)?;
    let quadrant = Quadrant::of(valid.pleasantness, valid.energy);
    let (emotions, emotion_words) = valid.emotions.into_iter().unzip();
    Ok(CheckIn {
        id,
        recorded_at: at,
        updated_at: at,
        utc_offset_minutes: offset,
        local_day,
        pleasantness: valid.pleasantness,
        energy: valid.energy,
        quadrant,
        quadrant_label: quadrant.label(language),
        emotions,
        emotion_words,
        own_words: valid.own_words,
        anger: valid.anger,
        stress: valid.stress,
        hours_slept: valid.sleep_minutes.map(|m| f64::from(m) / 60.0),
        tags: valid.tags,
        note: valid.note,
    })
}

/// Replaces what a check-in says, keeping when it was made; its quadrant is described in
/// `language`.
pub(crate) fn update(
    tx: &Transaction<'_>,
    id: Uuid,
    input: CheckInInput,
    vocabulary: &[Emotion],
    now: DateTime<FixedOffset>,
    language: Language,
) -> Result<CheckIn> {
    let valid = validate(input, vocabulary)?;
    let changed = tx.execute(
        "UPDATE checkins SET pleasantness = ?2, energy = ?3, anger = ?4, stress = ?5, sleep_minutes = ?6,
                             note = ?7, updated_at = ?8
         WHERE id = ?1",
        params![
            id.to_string(),
            valid.pleasantness,
            valid.energy,
            valid.anger,
            valid.stress,
            valid.sleep_minutes,
            valid.note,
            now.with_timezone(&Utc).timestamp_millis()
        ],
    )?;
    if changed == 0 {
        return Err(Error::NotFound { what: "check-in" });
    }
    tx.execute(
        "DELETE FROM checkin_emotions WHERE checkin_id = ?1",
        [id.to_string()],
    )?;
    tx.execute(
        "DELETE FROM checkin_tags WHERE checkin_id = ?1",
        [id.to_string()],
    )?;
    insert_words_and_tags(tx, &id, &valid)?;
    get(tx, id, language)
}

/// Deletes a check-in for good (its words and tags go with it).
pub(crate) fn delete(tx: &Transaction<'_>, id: Uuid) -> Result<()> {
    match tx.execute("DELETE FROM checkins WHERE id = ?1", [id.to_string()])? {
        0 => Err(Error::NotFound { what: "check-in" }),
        _ => Ok(()),
    }
}

fn insert_words_and_tags(tx: &Transaction<'_>, id: &Uuid, valid: &Valid) -> Result<()> {
    let id = id.to_string();
    let mut word =
        tx.prepare_cached("INSERT INTO checkin_emotions (checkin_id, position, word, emotion_id) VALUES (?1, ?2, ?3, ?4)")?;
    let mut position = 0i64;
    for (emotion_id, text) in &valid.emotions {
        word.execute(params![id, position, text, emotion_id])?;
        position += 1;
    }
    for text in &valid.own_words {
        word.execute(params![id, position, text, Option::<String>::None])?;
        position += 1;
    }
    let mut tag =
        tx.prepare_cached("INSERT INTO checkin_tags (checkin_id, tag) VALUES (?1, ?2)")?;
    for t in &valid.tags {
        tag.execute(params![id, t])?;
    }
    Ok(())
}

const SELECT: &str = "
    SELECT c.id, c.recorded_at, c.updated_at, c.utc_offset_minutes, c.local_day, c.pleasantness, c.energy,
           c.anger, c.stress, c.sleep_minutes, c.note,
           (SELECT group_concat(coalesce(emotion_id, '') || char(30) || word, char(31))
              FROM (SELECT emotion_id, word FROM checkin_emotions e WHERE e.checkin_id = c.id ORDER BY position)),
           (SELECT group_concat(tag, char(31))
              FROM (SELECT tag FROM checkin_tags t WHERE t.checkin_id = c.id ORDER BY tag))
    FROM checkins c";

fn from_row(row: &Row<'_>, language: Language) -> rusqlite::Result<Result<CheckIn>> {
    let id: String = row.get(0)?;
    let recorded_at: i64 = row.get(1)?;
    let updated_at: i64 = row.get(2)?;
    let pleasantness: i32 = row.get(5)?;
    let energy: i32 = row.get(6)?;
    let sleep_minutes: Option<i32> = row.get(9)?;
    let words: Option<String> = row.get(11)?;
    let tags: Option<String> = row.get(12)?;
    let (mut emotions, mut emotion_words, mut own_words) = (Vec::new(), Vec::new(), Vec::new());
    for pair in words
        .as_deref()
        .unwrap_or_default()
        .split('\u{1f}')
        .filter(|p| !p.is_empty())
    {
        let (emotion_id, word) = pair.split_once('\u{1e}').unwrap_or(("", pair));
        if emotion_id.is_empty() {
            own_words.push(word.to_owned());
        } else {
            emotions.push(emotion_id.to_owned());
            emotion_words.push(word.to_owned());
        }
    }
    let quadrant = Quadrant::of(pleasantness, energy);
    let parsed = (|| {
        Ok(CheckIn {
            id: parse_id(&id)?,
            recorded_at: timestamp(recorded_at)?,
            updated_at: timestamp(updated_at)?,
            utc_offset_minutes: row.get(3)?,
            local_day: crate::base::days::parse_day(&row.get::<_, String>(4)?)?,
            pleasantness,
            energy,
            quadrant,
            quadrant_label: quadrant.label(language),
            emotions,
            emotion_words,
            own_words,
            anger: row.get(7)?,
            stress: row.get(8)?,
            hours_slept: sleep_minutes.map(|m| f64::from(m) / 60.0),
            tags: tags
                .map(|t| t.split('\u{1f}').map(str::to_owned).collect())
                .unwrap_or_default(),
            note: row.get(10)?,
        })
    })();
    Ok(parsed)
}

/// One check-in by id, its quadrant described in `language`.
pub(crate) fn get(conn: &Connection, id: Uuid, language: Language) -> Result<CheckIn> {
    conn.prepare_cached(&format!("{SELECT} WHERE c.id = ?1"))?
        .query_row([id.to_string()], |row| from_row(row, language))
        .optional()?
        .ok_or(Error::NotFound { what: "check-in" })?
}

/// The most recent check-ins, newest first, their quadrants described in `language`.
pub(crate) fn recent(conn: &Connection, limit: i32, language: Language) -> Result<Vec<CheckIn>> {
    let limit = validate::limit("limit", limit, MAX_LIST)?;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} ORDER BY c.recorded_at DESC, c.rowid DESC LIMIT ?1"
    ))?;
    let rows = stmt.query_map([limit], |row| from_row(row, language))?;
    rows.map(|row| row?).collect()
}

/// Every check-in, oldest first (for export), their quadrants described in `language`.
pub(crate) fn all(conn: &Connection, language: Language) -> Result<Vec<CheckIn>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY c.recorded_at, c.rowid"))?;
    let rows = stmt.query_map([], |row| from_row(row, language))?;
    rows.map(|row| row?).collect()
}

/// How many check-ins fall on the lived day `day` (`YYYY-MM-DD`).
pub(crate) fn count_on_day(conn: &Connection, day: &str) -> Result<i32> {
    Ok(conn.query_row(
        "SELECT count(*) FROM checkins WHERE local_day = ?1",
        [day],
        |row| row.get(0),
    )?)
}

/// The quadrant of his latest check-in on `day` made at or before `millis`, if any.
pub(crate) fn quadrant_on_day(
    conn: &Connection,
    day: &str,
    millis: i64,
) -> Result<Option<Quadrant>> {
    Ok(conn
        .query_row(
            "SELECT pleasantness, energy FROM checkins WHERE local_day = ?1 AND recorded_at <= ?2
             ORDER BY recorded_at DESC LIMIT 1",
            params![day, millis],
            |row| Ok(Quadrant::of(row.get(0)?, row.get(1)?)),
        )
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> Vec<Emotion> {
        ["calm", "tense"]
            .into_iter()
            .map(|id| Emotion {
                id: id.into(),
                word: id.into(),
                pleasantness: 0,
                energy: 0,
                definition: String::new(),
            })
            .collect()
    }

    fn input() -> CheckInInput {
        CheckInInput {
            pleasantness: 1,
            energy: 1,
            emotions: vec![],
            own_words: vec![],
            anger: None,
            stress: None,
            hours_slept: None,
            tags: vec![],
            note: None,
        }
    }

    fn field(result: Result<Valid>) -> &'static str {
        match result {
            Err(Error::InvalidInput { field, .. }) => field,
            _ => "accepted",
        }
    }

    #[test]
    fn zero_on_either_axis_sits_in_the_middle() {
        assert_eq!(Quadrant::of(0, 4), Quadrant::Middle);
        assert_eq!(Quadrant::of(-3, 0), Quadrant::Middle);
        assert_eq!(Quadrant::of(-3, 4), Quadrant::UnpleasantHighEnergy);
        assert_eq!(Quadrant::of(2, -1), Quadrant::PleasantLowEnergy);
    }

    #[test]
    fn stored_quadrant_names_round_trip() {
        for q in Quadrant::ALL {
            assert_eq!(Quadrant::from_key(q.key()), Some(q));
        }
        assert_eq!(Quadrant::from_key("sideways"), None);
    }

    #[test]
    fn unknown_and_repeated_vocabulary_ids_are_refused() {
        let v = vocabulary();
        assert_eq!(
            field(validate(
                CheckInInput {
                    emotions: vec!["nope".into()],
                    ..input()
                },
                &v
            )),
            "emotions"
        );
        assert_eq!(
            field(validate(
                CheckInInput {
                    emotions: vec!["calm".into(), "calm".into()],
                    ..input()
                },
                &v
            )),
            "emotions"
        );
        assert_eq!(
            field(validate(
                CheckInInput {
                    emotions: vec!["calm".into()],
                    ..input()
                },
                &v
            )),
            "accepted"
        );
    }

    #[test]
    fn own_words_are_limited_and_unique_ignoring_case() {
        let v = vocabulary();
        let four = ["a", "b", "c", "d"].map(String::from).to_vec();
        assert_eq!(
            field(validate(
                CheckInInput {
                    own_words: four,
                    ..input()
                },
                &v
            )),
            "own_words"
        );
        let twice = vec!["Gutted".into(), "gutted".into()];
        assert_eq!(
            field(validate(
                CheckInInput {
                    own_words: twice,
                    ..input()
                },
                &v
            )),
            "own_words"
        );
    }

    #[test]
    fn anger_stress_and_sleep_must_be_in_range() {
        let v = vocabulary();
        assert_eq!(
            field(validate(
                CheckInInput {
                    anger: Some(11),
                    ..input()
                },
                &v
            )),
            "anger"
        );
        assert_eq!(
            field(validate(
                CheckInInput {
                    stress: Some(-1),
                    ..input()
                },
                &v
            )),
            "stress"
        );
        assert_eq!(
            field(validate(
                CheckInInput {
                    hours_slept: Some(24.5),
                    ..input()
                },
                &v
            )),
            "hours_slept"
        );
        assert_eq!(
            field(validate(
                CheckInInput {
                    hours_slept: Some(f64::NAN),
                    ..input()
                },
                &v
            )),
            "hours_slept"
        );
        let ok = validate(
            CheckInInput {
                hours_slept: Some(7.26),
                anger: Some(10),
                ..input()
            },
            &v,
        )
        .expect("valid");
        assert_eq!(ok.sleep_minutes, Some(436));
    }

    fn saved(pleasantness: i32, energy: i32, picked: &[&str], own: &[&str]) -> CheckIn {
        let at = chrono::DateTime::from_timestamp(1_780_000_000, 0).expect("a time");
        let quadrant = Quadrant::of(pleasantness, energy);
        CheckIn {
            id: Uuid::new_v4(),
            recorded_at: at,
            updated_at: at,
            utc_offset_minutes: 0,
            local_day: at.date_naive(),
            pleasantness,
            energy,
            quadrant,
            quadrant_label: quadrant.label(Language::ENGLISH),
            emotions: picked.iter().map(|w| (*w).to_owned()).collect(),
            emotion_words: picked.iter().map(|w| (*w).to_owned()).collect(),
            own_words: own.iter().map(|w| (*w).to_owned()).collect(),
            anger: None,
            stress: None,
            hours_slept: None,
            tags: Vec::new(),
            note: None,
        }
    }

    #[test]
    fn a_saved_check_in_is_described_by_its_feeling_and_led_by_his_words() {
        let english = Language::ENGLISH;
        assert_eq!(
            saved_sentence(&saved(-3, 4, &[], &[]), english),
            "Saved. A tense, wound-up kind of feeling."
        );
        assert_eq!(
            saved_sentence(&saved(0, -2, &[], &[" "]), english),
            "Saved. Somewhere in between: not good, not bad."
        );
        assert_eq!(
            saved_sentence(&saved(-2, -3, &["stressed"], &[]), english),
            "Saved. Stressed: that's a heavy thing to carry."
        );
        assert_eq!(
            saved_sentence(&saved(-2, -3, &["stressed", "tired"], &["flat"]), english),
            "Saved. Stressed, tired and flat: that's a heavy mix to carry."
        );
        assert_eq!(
            saved_sentence(&saved(3, 2, &["proud"], &["ready"]), english),
            "Saved. Proud and ready: that's good energy to have."
        );
    }

    #[test]
    fn a_saved_check_in_is_thanked_in_french_with_the_french_pack() {
        let french = Language::of_pack("fr-CA");
        let nbsp = '\u{a0}';
        assert_eq!(
            saved_sentence(&saved(-3, 4, &[], &[]), french),
            "C'est enregistré. Un sentiment tendu, à cran."
        );
        // One word, then several: the heavy line counts them.
        assert_eq!(
            saved_sentence(&saved(-2, -3, &["stressé"], &[]), french),
            format!("C'est enregistré. Stressé{nbsp}: c'est quelque chose de lourd à porter.")
        );
        let several = saved_sentence(&saved(-2, -3, &["stressé", "fatigué"], &["à plat"]), french);
        assert_eq!(
            several,
            format!(
                "C'est enregistré. Stressé, fatigué et à plat{nbsp}: c'est un mélange lourd à porter."
            )
        );
        assert_ne!(
            several,
            saved_sentence(
                &saved(-2, -3, &["stressé", "fatigué"], &["à plat"]),
                Language::ENGLISH
            )
        );
        // It describes the feeling, never him: no word in it agrees with a man.
        for (p, e) in [(-3, 4), (-3, -3), (3, 3), (3, -3), (0, 0)] {
            for words in [&[][..], &["crevé"][..], &["crevé", "tanné"][..]] {
                let line = saved_sentence(&saved(p, e, words, &[]), french);
                for about_him in ["tu es", "t'es", "tu te sens"] {
                    assert!(!line.contains(about_him), "{line}");
                }
            }
        }
    }

    #[test]
    fn quadrants_and_suggested_tags_are_in_the_packs_language() {
        let french = Language::of_pack("fr-CA");
        assert_eq!(
            Quadrant::UnpleasantHighEnergy.label(Language::ENGLISH),
            "unpleasant, high energy"
        );
        assert_eq!(
            Quadrant::UnpleasantHighEnergy.label(french),
            "désagréable, énergie haute"
        );
        assert_eq!(Quadrant::Middle.label(french), "au milieu");
        assert_eq!(
            suggested_tags(Language::ENGLISH),
            ["work", "partner", "kids", "money", "health"]
        );
        assert_eq!(
            suggested_tags(french),
            ["travail", "couple", "enfants", "argent", "santé"]
        );
    }

    #[test]
    fn a_refused_check_in_says_why_in_french_with_its_count() {
        let french = Language::of_pack("fr-CA");
        let v = vocabulary();
        let reason = |result: Result<Valid>| match result {
            Err(Error::InvalidInput { reason, .. }) => reason,
            _ => panic!("refused"),
        };
        let four = ["a", "b", "c", "d"].map(String::from).to_vec();
        let too_many = reason(validate(
            CheckInInput {
                own_words: four,
                ..input()
            },
            &v,
        ));
        assert_eq!(too_many.to_string(), "add up to 3 words of your own");
        assert_eq!(too_many.say(french), "ajoute jusqu'à 3 mots à toi");
        let asleep = reason(validate(
            CheckInInput {
                hours_slept: Some(25.0),
                ..input()
            },
            &v,
        ));
        assert_eq!(asleep.to_string(), "give hours from 0 to 24");
        assert_eq!(asleep.say(french), "donne un nombre d'heures de 0 à 24");
    }

    #[test]
    fn a_note_of_only_spaces_is_saved_as_no_note() {
        let v = vocabulary();
        let valid = validate(
            CheckInInput {
                note: Some("   \n".into()),
                ..input()
            },
            &v,
        )
        .expect("valid");
        assert_eq!(valid.note, None);
    }
}
