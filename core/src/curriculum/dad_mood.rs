//! The new dad's mood check: a short check of his own mood, offered on the new-father track about
//! 3 and 6 months after the baby's birth, when fathers' postnatal depression peaks (it often shows
//! as irritability, anger or pulling away rather than sadness).
//!
//! - **When.** Only on a track timed by the baby's date, and only with a birthday (not a due
//!   date). Each window opens [`WINDOW_WEEKS`] weeks after the birth (13, then 26) and stays open
//!   [`WINDOW_DAYS`] days, by the lived day from the injected clock; the birthday is a calendar
//!   date. Offered once per window: answered or put off ("not now"), it waits for the next one.
//! - **What.** The two PHQ-2 questions (little interest or pleasure; feeling down, depressed or
//!   hopeless) and one on his temper, each answered 0 (not at all) to 3 (nearly every day).
//! - **After.** A PHQ-2 score of [`HARD_PHQ2`] or more, or his temper at [`HARD_TEMPER`] ("more
//!   than half the days") or more: that it is common and gets better with support, to talk to
//!   his doctor, and help now at the new-dad lines for his region. Otherwise: credit, and a
//!   pointer back to his plan.
//!
//! Answers are kept in `dad_mood_checks`, in the backup and the JSON export, and never in a report
//! for a counsellor. Every word shown comes from the pack (`safety.toml`'s `[dad_mood_check]`).

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use groundwork_pack::{Pack, TrackTiming};
use rusqlite::{Connection, Transaction, params};
use uuid::Uuid;

use super::state::{self, BabyDateKind};
use crate::base::days;
use crate::base::error::{Error, Reason, Result};
use crate::safety::{HelpNowScreen, Situation};

/// The weeks after the birth at which the check is offered.
pub const WINDOW_WEEKS: [i64; 2] = [13, 26];

/// How many days each window stays open (about four weeks).
pub const WINDOW_DAYS: i64 = 28;

/// The PHQ-2 score (interest plus down, 0 to 6) from which the answers count as hard.
pub const HARD_PHQ2: i32 = 3;

/// The temper answer (2: more than half the days) from which the answers count as hard.
pub const HARD_TEMPER: i32 = 2;

/// How many questions the check asks, in order: interest, down, temper.
pub const QUESTIONS: usize = 3;

/// The quiet card on home while the check is offered.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct DadMoodCard {
    /// The heading, e.g. "How are you going?".
    pub title: String,
    /// One line: what it is, that it is quick.
    pub message: String,
    /// The button that opens the check (`dad_mood_check`).
    pub start_label: String,
    /// The button that puts it off until the next time (`skip_dad_mood_check`).
    pub not_now_label: String,
}

/// One answer button; its `value` is what to send.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct DadMoodChoice {
    /// The score: 0 (not at all) to 3 (nearly every day).
    pub value: i32,
    /// Its words, e.g. "Several days".
    pub label: String,
}

/// One question of the check.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct DadMoodQuestion {
    /// Which question: "interest", "down" or "temper".
    pub id: String,
    /// Its words, e.g. "Feeling down, sad or hopeless".
    pub text: String,
    /// The four answers, in the order to show them.
    pub choices: Vec<DadMoodChoice>,
}

/// The check, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct DadMoodCheckScreen {
    /// Above the questions: it takes a minute, it stays on the phone, it is optional.
    pub intro: String,
    /// The lead-in shared by the questions ("Over the last 2 weeks, ...").
    pub stem: String,
    /// The three questions, in the order to ask them and send the answers back.
    pub questions: Vec<DadMoodQuestion>,
    /// The button that puts it off until the next time.
    pub not_now_label: String,
    /// The help now button, opening at the new-dad lines.
    pub help: crate::safety::help::HelpButton,
}

/// What the check says after he answers.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct DadMoodFollowUp {
    /// The first line: that it is common and gets better with support, or a word of credit.
    pub message: String,
    /// What next: talk to his doctor (and the lines below), or back to his plan.
    pub next: String,
    /// Help now at the new-dad lines for his region (perinatal lines first), after hard answers;
    /// `None` otherwise.
    pub help_now: Option<HelpNowScreen>,
    /// The button back to home.
    pub done_label: String,
    /// The help now button, opening at the new-dad lines.
    pub help: crate::safety::help::HelpButton,
}

/// The window open on `today`, for a birthday `born`: its week (13 or 26).
fn window_on(born: NaiveDate, today: NaiveDate) -> Option<i64> {
    let days = (today - born).num_days();
    WINDOW_WEEKS
        .into_iter()
        .find(|week| (week * 7..week * 7 + WINDOW_DAYS).contains(&days))
}

/// The window the check is offered in on `today`, with the birthday it is timed from: on a
/// track timed by the baby's date, with a birthday, inside a window not answered or put off yet.
pub(crate) fn due(
    conn: &Connection,
    pack: &Pack,
    today: NaiveDate,
) -> Result<Option<(i64, String)>> {
    let learner = state::load(conn)?;
    let timed = pack
        .manifest
        .tracks
        .iter()
        .any(|t| t.timing == TrackTiming::BabyDate && learner.on_track(&t.id));
    let Some(baby) = learner
        .baby
        .filter(|b| timed && b.kind == BabyDateKind::Born)
    else {
        return Ok(None);
    };
    let Some(week) = window_on(baby.date, today) else {
        return Ok(None);
    };
    let done: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM dad_mood_checks WHERE baby_born = ?1 AND window_week = ?2)",
        )?
        .query_row(params![days::day_key(baby.date), week], |r| r.get(0))?;
    Ok((!done).then_some((week, days::day_key(baby.date))))
}

/// The card for home, while the check is offered.
pub(crate) fn home_card(
    conn: &Connection,
    pack: &Pack,
    today: NaiveDate,
) -> Result<Option<DadMoodCard>> {
    let texts = &pack.safety.dad_mood_check;
    Ok(due(conn, pack, today)?.map(|_| DadMoodCard {
        title: texts.card_title.clone(),
        message: texts.card_message.clone(),
        start_label: texts.start_label.clone(),
        not_now_label: texts.not_now_label.clone(),
    }))
}

fn not_due() -> Error {
    Error::invalid("answers", Reason::new("curriculum-mood-not-due"))
}

/// The check, as the pack words it, while it is offered.
///
/// Errors: `InvalidInput { field: "answers" }` when it is not offered now.
pub(crate) fn screen(
    conn: &Connection,
    pack: &Pack,
    today: NaiveDate,
) -> Result<DadMoodCheckScreen> {
    due(conn, pack, today)?.ok_or_else(not_due)?;
    let texts = &pack.safety.dad_mood_check;
    let choices: Vec<DadMoodChoice> = texts
        .answers
        .iter()
        .zip(0..)
        .map(|(label, value)| DadMoodChoice {
            value,
            label: label.clone(),
        })
        .collect();
    Ok(DadMoodCheckScreen {
        intro: texts.intro.clone(),
        stem: texts.stem.clone(),
        questions: [
            ("interest", &texts.interest),
            ("down", &texts.down),
            ("temper", &texts.temper),
        ]
        .into_iter()
        .map(|(id, text)| DadMoodQuestion {
            id: id.to_owned(),
            text: text.clone(),
            choices: choices.clone(),
        })
        .collect(),
        not_now_label: texts.not_now_label.clone(),
        help: crate::safety::help::saved(conn, pack, crate::safety::help::DAD_MOOD)?,
    })
}

/// Whether the answers (interest, down, temper) are hard: a PHQ-2 score of [`HARD_PHQ2`] or
/// more, or his temper at [`HARD_TEMPER`] or more.
pub fn is_hard(interest: i32, down: i32, temper: i32) -> bool {
    interest + down >= HARD_PHQ2 || temper >= HARD_TEMPER
}

/// Stores a row for the window: answers, or none when put off.
fn record(
    tx: &Transaction<'_>,
    week: i64,
    born: &str,
    answers: Option<[i32; QUESTIONS]>,
    now: DateTime<FixedOffset>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO dad_mood_checks (id, window_week, baby_born, answered_at, utc_offset_minutes,
             local_day, interest, down, temper)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            Uuid::new_v4().to_string(),
            week,
            born,
            now.with_timezone(&Utc).timestamp_millis(),
            now.offset().local_minus_utc() / 60,
            crate::base::days::lived_day_key(now),
            answers.map(|a| a[0]),
            answers.map(|a| a[1]),
            answers.map(|a| a[2]),
        ],
    )?;
    Ok(())
}

/// Records his answers (interest, down, temper; each 0 to 3) while the check is offered, and
/// says what follows.
///
/// Errors: `InvalidInput { field: "answers" }` for the wrong number of answers, one outside 0 to
/// 3, or when the check is not offered now. Nothing changes on error.
pub(crate) fn answer(
    tx: &Transaction<'_>,
    pack: &Pack,
    answers: &[i32],
    device_locale: Option<&str>,
    now: DateTime<FixedOffset>,
) -> Result<DadMoodFollowUp> {
    let answers: [i32; QUESTIONS] = answers
        .try_into()
        .map_err(|_| Error::invalid("answers", Reason::new("curriculum-mood-three-answers")))?;
    if answers.iter().any(|a| !(0..=3).contains(a)) {
        return Err(Error::invalid(
            "answers",
            Reason::new("curriculum-mood-answer-range"),
        ));
    }
    let today = crate::base::days::lived_day(now);
    let (week, born) = due(tx, pack, today)?.ok_or_else(not_due)?;
    record(tx, week, &born, Some(answers), now)?;
    let texts = &pack.safety.dad_mood_check;
    let help = crate::safety::help::saved(tx, pack, crate::safety::help::DAD_MOOD)?;
    let [interest, down, temper] = answers;
    Ok(if is_hard(interest, down, temper) {
        DadMoodFollowUp {
            message: texts.hard.clone(),
            next: texts.hard_next.clone(),
            help_now: Some(crate::safety::help_now_stored(
                tx,
                pack,
                &[Situation::NewDad],
                device_locale,
                now,
            )?),
            done_label: texts.done_label.clone(),
            help,
        }
    } else {
        DadMoodFollowUp {
            message: texts.easy.clone(),
            next: texts.easy_next.clone(),
            help_now: None,
            done_label: texts.done_label.clone(),
            help,
        }
    })
}

/// Puts the check off until the next window ("not now").
///
/// Errors: `InvalidInput { field: "answers" }` when it is not offered now. Nothing changes.
pub(crate) fn skip(tx: &Transaction<'_>, pack: &Pack, now: DateTime<FixedOffset>) -> Result<()> {
    let today = crate::base::days::lived_day(now);
    let (week, born) = due(tx, pack, today)?.ok_or_else(not_due)?;
    record(tx, week, &born, None, now)
}

/// His checks for the JSON export, oldest first: `window_week`, `baby_born`, `answered_at`
/// (RFC 3339, UTC), `local_day`, and `answers` (`interest`, `down`, `temper`, each 0 to 3) or
/// `null` when he put it off.
pub(crate) fn export_json(conn: &Connection) -> Result<Vec<serde_json::Value>> {
    let mut stmt = conn.prepare_cached(
        "SELECT window_week, baby_born, answered_at, local_day, interest, down, temper
         FROM dad_mood_checks ORDER BY answered_at, rowid",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<i32>>(4)?,
                r.get::<_, Option<i32>>(5)?,
                r.get::<_, Option<i32>>(6)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows
        .into_iter()
        .map(|(week, born, at, day, interest, down, temper)| {
            let answers = match (interest, down, temper) {
                (Some(interest), Some(down), Some(temper)) => serde_json::json!({
                    "interest": interest,
                    "down": down,
                    "temper": temper,
                }),
                _ => serde_json::Value::Null,
            };
            serde_json::json!({
                "window_week": week,
                "baby_born": born,
                "answered_at": chrono::DateTime::from_timestamp_millis(at).map(|t| t.to_rfc3339()),
                "local_day": day,
                "answers": answers,
            })
        })
        .collect())
}
