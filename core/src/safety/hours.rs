//! Whether a help line is open now, said in the person's own time and language: "Open 24 hours",
//! "Open now until 10 pm", "Closed now, opens tomorrow 9 am", or "See the website for hours"
//! (in French "Fermé en ce moment, ouvre demain à 9 h": each language writes a time of day its
//! own way, [`clock`]).
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

use crate::base::text::{Language, Value};

/// A line's hours as help now shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HoursStatus {
    /// "Open 24 hours", "Open now until 7:30 pm", "Closed now, opens Monday 9 am", or "See the
    /// website for hours".
    pub text: String,
    /// Open now (`Some(true)`), closed now (`Some(false)`), or not known (`None`).
    pub open_now: Option<bool>,
}

/// The status of `line` at `now` (the person's local time, with his UTC offset), said in
/// `language`.
pub(crate) fn status(
    line: &Helpline,
    now: DateTime<FixedOffset>,
    language: Language,
) -> HoursStatus {
    let unknown = || HoursStatus {
        text: language.say("safety-hours-unknown"),
        open_now: None,
    };
    // A pack is validated before use, so neither fails; if one did, the website is the honest
    // answer.
    match (line.open_hours(), line.zone()) {
        (Ok(OpenHours::Always), _) => HoursStatus {
            text: language.say("safety-hours-always"),
            open_now: Some(true),
        },
        (Ok(OpenHours::Spans(spans)), Some(zone)) => {
            spans_status(&spans, zone, now, language).unwrap_or_else(unknown)
        }
        _ => unknown(),
    }
}

fn spans_status(
    spans: &[OpenSpan],
    zone: Tz,
    now: DateTime<FixedOffset>,
    language: Language,
) -> Option<HoursStatus> {
    let at = now.with_timezone(&Utc);
    let intervals = open_intervals(spans, zone, at);
    if let Some((_, closes)) = intervals.iter().find(|(o, c)| *o <= at && at < *c) {
        return Some(HoursStatus {
            text: until(*closes, now, language),
            open_now: Some(true),
        });
    }
    let (opens, _) = intervals.iter().find(|(o, _)| *o > at)?;
    Some(HoursStatus {
        text: opens_at(*opens, now, language),
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

/// An open line's status, with when it closes in the person's time: "Open now until 10 pm",
/// "... until midnight", or with the day when it is a day or more away ("... until Sunday
/// 5 pm").
fn until(closes: DateTime<Utc>, now: DateTime<FixedOffset>, language: Language) -> String {
    let local = closes.with_timezone(now.offset());
    let midnight = local.time() == NaiveTime::MIN;
    let time = if midnight {
        language.say("safety-hours-midnight")
    } else {
        clock(local.time(), language)
    };
    let on_time =
        |time: String| language.say_with("safety-hours-open-until", &[("time", time.into())]);
    if closes - now.with_timezone(&Utc) <= Duration::hours(24) {
        return on_time(time);
    }
    // Midnight ends the day before it.
    let day = if midnight {
        local.date_naive().pred_opt()
    } else {
        Some(local.date_naive())
    };
    match day.and_then(|d| day_word(d, now.date_naive(), language)) {
        Some(day) => language.say_with(
            "safety-hours-open-until-day",
            &[("day", day.into()), ("time", time.into())],
        ),
        None => on_time(time),
    }
}

/// A closed line's status, with when it opens in the person's time: "Closed now, opens 9 am"
/// today, "... opens tomorrow 9 am", "... opens Monday 9 am", "... opens next Saturday 9 am" a
/// week on; "... opens at midnight" tonight.
fn opens_at(opens: DateTime<Utc>, now: DateTime<FixedOffset>, language: Language) -> String {
    let local = opens.with_timezone(now.offset());
    let days = (local.date_naive() - now.date_naive()).num_days();
    if local.time() == NaiveTime::MIN && days == 1 {
        return language.say("safety-hours-opens-midnight");
    }
    let time: Value = clock(local.time(), language).into();
    match day_word(local.date_naive(), now.date_naive(), language) {
        None => language.say_with("safety-hours-opens", &[("time", time)]),
        Some(day) => language.say_with(
            "safety-hours-opens-day",
            &[("day", day.into()), ("time", time)],
        ),
    }
}

/// How `day` is named from `today` in `language`: nothing for today, "tomorrow", a weekday
/// within the week, "next Monday" a week or more on.
fn day_word(day: NaiveDate, today: NaiveDate, language: Language) -> Option<String> {
    let weekday = || -> (&'static str, Value) { ("weekday", weekday_key(day.weekday()).into()) };
    match (day - today).num_days() {
        ..=0 => None,
        1 => Some(language.say("safety-day-tomorrow")),
        2..=6 => Some(language.say_with("safety-day-weekday", &[weekday()])),
        _ => Some(language.say_with("safety-day-next-weekday", &[weekday()])),
    }
}

/// A weekday as the catalogs select it: chrono's short name in small letters ("mon").
fn weekday_key(day: Weekday) -> String {
    day.to_string().to_lowercase()
}

/// A time of day as `language` writes it: in English on a 12-hour clock, "9 am", "7:30 pm",
/// "12 pm", "12 am"; in French on a 24-hour clock, "9 h", "19 h 30", "0 h 05"; in another
/// language on a 24-hour clock, "19:30". How a language writes its times is a convention of
/// that language, like its digits, not words to translate.
pub(crate) fn clock(time: NaiveTime, language: Language) -> String {
    let tag = language.tag();
    if tag.starts_with("fr") {
        return match time.minute() {
            0 => format!("{} h", time.hour()),
            minute => format!("{} h {minute:02}", time.hour()),
        };
    }
    if !tag.starts_with("en") {
        return format!("{}:{:02}", time.hour(), time.minute());
    }
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
        let clock = |time| clock(time, Language::ENGLISH);
        assert_eq!(clock(t(9, 0)), "9 am");
        assert_eq!(clock(t(19, 30)), "7:30 pm");
        assert_eq!(clock(t(12, 0)), "12 pm");
        assert_eq!(clock(t(0, 5)), "12:05 am");
    }

    #[test]
    fn french_times_are_said_on_a_twenty_four_hour_clock() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("time");
        let clock = |time| clock(time, Language::of_pack("fr-CA"));
        assert_eq!(clock(t(9, 0)), "9 h");
        assert_eq!(clock(t(21, 30)), "21 h 30");
        assert_eq!(clock(t(12, 0)), "12 h");
        assert_eq!(clock(t(0, 5)), "0 h 05");
    }

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).expect("a time")
    }

    fn utc(text: &str) -> DateTime<Utc> {
        at(text).with_timezone(&Utc)
    }

    #[test]
    fn a_lines_hours_are_said_in_french_with_the_french_pack() {
        let french = Language::of_pack("fr-CA");
        // Wednesday 7 pm in Montreal.
        let now = at("2026-12-09T19:00:00-05:00");
        assert_eq!(
            until(utc("2026-12-09T22:30:00-05:00"), now, french),
            "Ouvert en ce moment, jusqu'à 22 h 30"
        );
        assert_eq!(
            until(utc("2026-12-10T00:00:00-05:00"), now, french),
            "Ouvert en ce moment, jusqu'à minuit"
        );
        assert_eq!(
            until(utc("2026-12-13T17:00:00-05:00"), now, french),
            "Ouvert en ce moment, jusqu'à dimanche à 17 h"
        );
        assert_eq!(
            opens_at(utc("2026-12-09T21:00:00-05:00"), now, french),
            "Fermé en ce moment, ouvre à 21 h"
        );
        assert_eq!(
            opens_at(utc("2026-12-10T09:00:00-05:00"), now, french),
            "Fermé en ce moment, ouvre demain à 9 h"
        );
        assert_eq!(
            opens_at(utc("2026-12-10T00:00:00-05:00"), now, french),
            "Fermé en ce moment, ouvre à minuit"
        );
        assert_eq!(
            opens_at(utc("2026-12-14T09:00:00-05:00"), now, french),
            "Fermé en ce moment, ouvre lundi à 9 h"
        );
        assert_eq!(
            opens_at(utc("2026-12-16T09:00:00-05:00"), now, french),
            "Fermé en ce moment, ouvre mercredi prochain à 9 h"
        );
        // The same moments in English, as before.
        assert_eq!(
            until(utc("2026-12-13T17:00:00-05:00"), now, Language::ENGLISH),
            "Open now until Sunday 5 pm"
        );
        assert_eq!(
            opens_at(utc("2026-12-10T09:00:00-05:00"), now, Language::ENGLISH),
            "Closed now, opens tomorrow 9 am"
        );
        assert_eq!(
            opens_at(utc("2026-12-10T00:00:00-05:00"), now, Language::ENGLISH),
            "Closed now, opens at midnight"
        );
        assert_eq!(
            opens_at(utc("2026-12-16T09:00:00-05:00"), now, Language::ENGLISH),
            "Closed now, opens next Wednesday 9 am"
        );
    }

    #[test]
    fn a_skipped_reading_becomes_the_moment_the_clock_jumps() {
        // Sydney skipped 02:00 to 03:00 on 4 October 2026.
        let day = NaiveDate::from_ymd_opt(2026, 10, 4).expect("day");
        let jump = instant(Tz::Australia__Sydney, day, 2 * 60 + 30).expect("instant");
        assert_eq!(jump.to_rfc3339(), "2026-10-03T16:00:00+00:00");
    }
}
