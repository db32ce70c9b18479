//! The lived day: which day something belongs to.
//!
//! A day is the one the person is living, not the one on the calendar: it ends at
//! [`DAY_ENDS_AT_HOUR`] (04:00) local time, so a check-in at 00:30 or a journal entry at 03:59
//! belongs to the evening before, the night he is still living. From 04:00 it is the new day.
//!
//! "Local" is the UTC offset in force when it happened, stored with every record, so days follow
//! the clock on the wall across daylight saving and travel.
//!
//! [`lived_day`] is the only place a day is derived from a time: check-ins, journal entries,
//! anger moments, safety answers and answers to the home safety question store it as
//! `local_day`; "today" on the home screen, in insights and for reminders, the four weeks before
//! the home safety question comes back, and the date on an export's file name, all come from it.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Timelike};
use rusqlite::Transaction;

use crate::base::error::{Error, Reason, Result};

/// The local hour at which one lived day ends and the next begins (04:00).
pub const DAY_ENDS_AT_HOUR: u32 = 4;

/// The day the person is living at `local` (a time in his own UTC offset): the calendar date,
/// or the date before from 00:00 to 03:59.
pub fn lived_day(local: DateTime<FixedOffset>) -> NaiveDate {
    lived_day_at(local.naive_local())
}

/// [`lived_day`] for a wall-clock date and time with no offset (a reminder's nominal time).
pub fn lived_day_at(local: NaiveDateTime) -> NaiveDate {
    let date = local.date();
    if local.hour() < DAY_ENDS_AT_HOUR {
        date.pred_opt().unwrap_or(date)
    } else {
        date
    }
}

/// [`lived_day`] as stored: `YYYY-MM-DD`.
pub(crate) fn lived_day_key(local: DateTime<FixedOffset>) -> String {
    day_key(lived_day(local))
}

/// Reads a stored `YYYY-MM-DD` day. Hand-rolled: it runs for every row of a year's insights,
/// and chrono's format parser costs several times as much.
pub(crate) fn parse_day(text: &str) -> Result<NaiveDate> {
    let bad = || Error::Internal("a stored day is malformed");
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let num = |s: &[u8]| -> Option<u32> {
        s.iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    match (num(&b[0..4]), num(&b[5..7]), num(&b[8..10])) {
        (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(bad),
        _ => Err(bad()),
    }
}

/// A day as a person types it, `YYYY-MM-DD` (space around is fine): `InvalidInput` for `field`
/// when it is not a date.
pub fn read_day(text: &str, field: &'static str) -> Result<NaiveDate> {
    parse_day(text.trim()).map_err(|_| Error::invalid(field, Reason::new("error-date-typed")))
}

/// Formats a day as `YYYY-MM-DD` without going through chrono's formatter.
pub(crate) fn day_key(day: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

/// The lived day in SQL, for a row's UTC time in milliseconds and its offset in minutes; the
/// same rule as [`lived_day`] (seconds are enough: the hour boundary is whole).
macro_rules! lived_day_sql {
    ($millis:literal, $offset:literal) => {
        concat!(
            "date(",
            $millis,
            " / 1000 + ",
            $offset,
            " * 60 - 4 * 3600, 'unixepoch')"
        )
    };
}

/// Sets every stored `local_day` to its lived day, where it differs: after a restore, whose
/// rows may come from a version that used calendar dates. Safety answers keep no offset of their
/// own and take their check-in's.
pub(crate) fn restamp_stored_days(tx: &Transaction<'_>) -> Result<()> {
    const CHECKINS: &str = lived_day_sql!("recorded_at", "utc_offset_minutes");
    const ENTRIES: &str = lived_day_sql!("created_at", "utc_offset_minutes");
    const ANSWERS: &str = lived_day_sql!("safety_answers.answered_at", "c.utc_offset_minutes");
    const HOME: &str = lived_day_sql!("answered_at", "utc_offset_minutes");
    tx.execute_batch(&format!(
        "UPDATE checkins SET local_day = {CHECKINS} WHERE local_day IS NOT {CHECKINS};
         UPDATE anger_moments SET local_day = {CHECKINS} WHERE local_day IS NOT {CHECKINS};
         UPDATE journal_entries SET local_day = {ENTRIES} WHERE local_day IS NOT {ENTRIES};
         UPDATE home_safety_answers SET local_day = {HOME} WHERE local_day IS NOT {HOME};
         UPDATE safety_answers SET local_day = coalesce(
             (SELECT {ANSWERS} FROM checkins c WHERE c.id = safety_answers.checkin_id), local_day);"
    ))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(local: &str) -> String {
        day_key(lived_day(
            DateTime::parse_from_rfc3339(local).expect("time"),
        ))
    }

    #[test]
    fn the_day_ends_at_four_in_the_morning() {
        assert_eq!(day("2026-03-29T00:30:00+11:00"), "2026-03-28");
        assert_eq!(day("2026-03-29T03:59:59+11:00"), "2026-03-28");
        assert_eq!(day("2026-03-29T04:00:00+11:00"), "2026-03-29");
        assert_eq!(day("2026-03-29T23:59:00-08:00"), "2026-03-29");
        assert_eq!(day("2026-01-01T01:00:00+00:00"), "2025-12-31");
    }
}
