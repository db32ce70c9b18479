//! Whether a help line is open now, said in the person's own time: "Open 24 hours", "Open now
//! until 10 pm", "Closed now, opens tomorrow 9 am", or "See the website for hours".
//!
//! A line states its hours in its own time zone (`time_zone` in the pack). The spans around
//! `now` are placed on the time line in that zone (so its daylight saving is exact), merged where
//! one runs into the next, and the times are said in the UTC offset of `now`: the offset of the
//! person's clock. A man in Perth is told Sydney's 9 am as 6 am in the Australian summer and 7 am
//! in winter. The offset is his at `now`; if his own clocks change before a time said (at most
//! twice a year, and only for a time after the change), it is off by that change until help now
//! is shown again.
//!
//! Everything here works from the pack and `now` alone: no clock, no database, no key.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, LocalResult, NaiveDate, NaiveTime, TimeZone,
    Timelike, Utc, Weekday,
};
use chrono_tz::Tz;
use groundwork_pack::{Helpline, OpenHours, OpenSpan};

/// A line's hours as help now shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HoursStatus {
    /// "Open 24 hours", "Open now until 7:30 pm", "Closed now, opens Monday 9 am", or "See the
    /// website for hours".
    pub text: String,
    /// Open now (`Some(true)`), closed now (`Some(false)`), or not known (`None`).
    pub open_now: Option<bool>,
}

/// What help now says when a line's hours are not known.
pub(crate) const SEE_WEBSITE: &str = "See the website for hours";

/// The status of `line` at `now` (the person's local time, with his UTC offset).
pub(crate) fn status(line: &Helpline, now: DateTime<FixedOffset>) -> HoursStatus {
    let unknown = || HoursStatus {
        text: SEE_WEBSITE.to_owned(),
        open_now: None,
    };
    // A pack is validated before use, so neither fails; if one did, the website is the honest
    // answer.
    match (line.open_hours(), line.zone()) {
        (Ok(OpenHours::Always), _) => HoursStatus {
            text: "Open 24 hours".to_owned(),
            open_now: Some(true),
        },
        (Ok(OpenHours::Spans(spans)), Some(zone)) => {
            spans_status(&spans, zone, now).unwrap_or_else(unknown)
        }
        _ => unknown(),
    }
}

fn spans_status(spans: &[OpenSpan], zone: Tz, now: DateTime<FixedOffset>) -> Option<HoursStatus> {
    let at = now.with_timezone(&Utc);
    let intervals = open_intervals(spans, zone, at);
    if let Some((_, closes)) = intervals.iter().find(|(o, c)| *o <= at && at < *c) {
        return Some(HoursStatus {
            text: format!("Open now until {}", until(*closes, now)),
            open_now: Some(true),
        });
    }
    let (opens, _) = intervals.iter().find(|(o, _)| *o > at)?;
    Some(HoursStatus {
        text: format!("Closed now, {}", opens_at(*opens, now)),
        open_now: Some(false),
    })
}

/// Every time the line is open from the day before `at` (in the line's zone) to a week after,
/// as instants, earliest first, with spans that meet or overlap merged into one.
fn open_intervals(
    spans: &[OpenSpan],
    zone: Tz,
    at: DateTime<Utc>,
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    let today = at.with_timezone(&zone).date_naive();
    let mut found: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
    for offset in -1..=7 {
        let Some(day) = today.checked_add_signed(Duration::days(offset)) else {
            continue;
        };
        let weekday = day.weekday().num_days_from_monday() as usize;
        for span in spans.iter().filter(|s| s.days.get(weekday) == Some(&true)) {
            let closing_day = if span.overnight() {
                day.succ_opt()
            } else {
                Some(day)
            };
            let opens = instant(zone, day, span.opens);
            let closes = closing_day.and_then(|d| instant(zone, d, span.closes));
            if let (Some(opens), Some(closes)) = (opens, closes)
                && opens < closes
            {
                found.push((opens, closes));
            }
        }
    }
    found.sort();
    let mut merged: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
    for (opens, closes) in found {
        match merged.last_mut() {
            Some(last) if opens <= last.1 => last.1 = last.1.max(closes),
            _ => merged.push((opens, closes)),
        }
    }
    merged
}

/// The instant a zone's clock reads `minutes` after midnight on `day`. In the hour a clock
/// goes back, the first of the two; in the hour it skips, the moment it jumps (the first
/// reading that exists, searched in quarter hours).
fn instant(zone: Tz, day: NaiveDate, minutes: u16) -> Option<DateTime<Utc>> {
    let time = NaiveTime::from_hms_opt(u32::from(minutes / 60), u32::from(minutes % 60), 0)?;
    let local = day.and_time(time);
    (0..=12).find_map(|quarter| {
        let reading = local.checked_add_signed(Duration::minutes(15 * quarter))?;
        match zone.from_local_datetime(&reading) {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Some(t.with_timezone(&Utc)),
            LocalResult::None => None,
        }
    })
}

/// When an open line closes, in the person's time: "10 pm", "midnight", or with the day when it
/// is a day or more away ("Sunday 5 pm").
fn until(closes: DateTime<Utc>, now: DateTime<FixedOffset>) -> String {
    let local = closes.with_timezone(now.offset());
    let midnight = local.time() == NaiveTime::MIN;
    let time = if midnight {
        "midnight".to_owned()
    } else {
        clock(local.time())
    };
    if closes - now.with_timezone(&Utc) <= Duration::hours(24) {
        return time;
    }
    // Midnight ends the day before it.
    let day = if midnight {
        local.date_naive().pred_opt()
    } else {
        Some(local.date_naive())
    };
    match day.map(|d| day_word(d, now.date_naive())) {
        Some(word) if !word.is_empty() => format!("{word} {time}"),
        _ => time,
    }
}

/// When a closed line opens, in the person's time: "opens 9 am" today, "opens tomorrow 9 am",
/// "opens Monday 9 am", "opens next Saturday 9 am" a week on; "opens at midnight" tonight.
fn opens_at(opens: DateTime<Utc>, now: DateTime<FixedOffset>) -> String {
    let local = opens.with_timezone(now.offset());
    let word = day_word(local.date_naive(), now.date_naive());
    if local.time() == NaiveTime::MIN && word == "tomorrow" {
        return "opens at midnight".to_owned();
    }
    let time = clock(local.time());
    if word.is_empty() {
        format!("opens {time}")
    } else {
        format!("opens {word} {time}")
    }
}

/// How `day` is named from `today`: "" (today), "tomorrow", a weekday within the week, "next
/// Monday" a week or more on.
fn day_word(day: NaiveDate, today: NaiveDate) -> String {
    match (day - today).num_days() {
        ..=0 => String::new(),
        1 => "tomorrow".to_owned(),
        2..=6 => weekday_name(day.weekday()).to_owned(),
        _ => format!("next {}", weekday_name(day.weekday())),
    }
}

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// A time on a 12-hour clock, as said: "9 am", "7:30 pm", "12 pm", "12 am".
fn clock(time: NaiveTime) -> String {
    let (pm, hour) = time.hour12();
    let half = if pm { "pm" } else { "am" };
    match time.minute() {
        0 => format!("{hour} {half}"),
        minute => format!("{hour}:{minute:02} {half}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_said_on_a_twelve_hour_clock() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("time");
        assert_eq!(clock(t(9, 0)), "9 am");
        assert_eq!(clock(t(19, 30)), "7:30 pm");
        assert_eq!(clock(t(12, 0)), "12 pm");
        assert_eq!(clock(t(0, 5)), "12:05 am");
    }

    #[test]
    fn a_skipped_reading_becomes_the_moment_the_clock_jumps() {
        // Sydney skipped 02:00 to 03:00 on 4 October 2026.
        let day = NaiveDate::from_ymd_opt(2026, 10, 4).expect("day");
        let jump = instant(Tz::Australia__Sydney, day, 2 * 60 + 30).expect("instant");
        assert_eq!(jump.to_rfc3339(), "2026-10-03T16:00:00+00:00");
    }
}
