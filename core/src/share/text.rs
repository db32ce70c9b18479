//! Text every part of a report shares: HTML escaping, and the ways a day, a time and a number
//! are written in the report's language (`share-date*`, `share-decimal` in the catalogs: "3 Nov
//! 2026" and 3.5 in English, « 3 novembre 2026 » and 3,5 in French).

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use crate::base::text::{Language, Value};

/// Escapes text for HTML content and attribute values.
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A day's parts as the date messages take them: the day of the month, the month (1 to 12), the
/// year and the weekday (1 for Monday to 7 for Sunday).
fn day_values(day: NaiveDate) -> [(&'static str, Value); 4] {
    [
        ("day", day.day().into()),
        ("month", day.month().into()),
        ("year", day.year().into()),
        ("weekday", day.weekday().number_from_monday().into()),
    ]
}

/// A day as people write it: "3 Nov 2026".
pub(super) fn long_day(day: NaiveDate, language: Language) -> String {
    language.say_with("share-date", &day_values(day))
}

/// A day for a chart axis or a table: "3 Nov".
pub(super) fn short_day(day: NaiveDate, language: Language) -> String {
    language.say_with("share-date-short", &day_values(day))
}

/// A day with its weekday: "Tue 3 Nov 2026".
pub(super) fn weekday_day(day: NaiveDate, language: Language) -> String {
    language.say_with("share-date-weekday", &day_values(day))
}

/// A day with its weekday, short, for a table: "Tue 3 Nov".
pub(super) fn short_weekday_day(day: NaiveDate, language: Language) -> String {
    language.say_with("share-date-weekday-short", &day_values(day))
}

/// A day with its weekday and the time on the clock: "Tue 3 Nov 2026, 19:40".
pub(super) fn weekday_day_time(when: NaiveDateTime, language: Language) -> String {
    let [day, month, year, weekday] = day_values(when.date());
    language.say_with(
        "share-date-weekday-time",
        &[
            day,
            month,
            year,
            weekday,
            ("hour", format!("{:02}", when.hour()).into()),
            ("minute", format!("{:02}", when.minute()).into()),
        ],
    )
}

/// A value as a label: whole numbers without a decimal point, others to one decimal place with
/// the language's decimal mark.
pub(super) fn number(value: f64, language: Language) -> String {
    if value.fract() == 0.0 {
        return format!("{value:.0}");
    }
    let written = format!("{value:.1}");
    match written.split_once('.') {
        Some((whole, tenths)) => language.say_with(
            "share-decimal",
            &[("whole", whole.into()), ("tenths", tenths.into())],
        ),
        None => written,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        crate::base::days::parse_day(text).expect("a valid day")
    }

    #[test]
    fn days_are_written_as_people_write_them_in_english_and_in_french() {
        let en = Language::ENGLISH;
        let fr = Language::of_pack("fr-CA");
        let tuesday = day("2026-11-03");
        assert_eq!(long_day(tuesday, en), "3 Nov 2026");
        assert_eq!(short_day(tuesday, en), "3 Nov");
        assert_eq!(weekday_day(tuesday, en), "Tue 3 Nov 2026");
        assert_eq!(short_weekday_day(tuesday, en), "Tue 3 Nov");
        let evening = tuesday.and_hms_opt(19, 40, 0).expect("a time");
        assert_eq!(weekday_day_time(evening, en), "Tue 3 Nov 2026, 19:40");
        assert_eq!(long_day(day("2026-12-05"), fr), "5 décembre 2026");
        assert_eq!(long_day(day("2026-11-01"), fr), "1er novembre 2026");
        assert_eq!(short_day(tuesday, fr), "3 nov.");
        assert_eq!(weekday_day(tuesday, fr), "mardi 3 novembre 2026");
        assert_eq!(short_weekday_day(tuesday, fr), "mar. 3 nov.");
        assert_eq!(
            weekday_day_time(evening, fr),
            "mardi 3 novembre 2026, 19 h 40"
        );
        // Every month and weekday has its own name.
        for month in 1..=12 {
            let first = NaiveDate::from_ymd_opt(2026, month, 1).expect("a day");
            assert!(!long_day(first, fr).contains('{'), "{month}");
            assert!(!long_day(first, en).contains('{'), "{month}");
        }
        let sunday = day("2026-11-08");
        assert_eq!(weekday_day(sunday, en), "Sun 8 Nov 2026");
        assert_eq!(weekday_day(sunday, fr), "dimanche 8 novembre 2026");
    }

    #[test]
    fn a_number_has_the_languages_decimal_mark() {
        let en = Language::ENGLISH;
        let fr = Language::of_pack("fr-CA");
        assert_eq!(number(3.5, en), "3.5");
        assert_eq!(number(3.5, fr), "3,5");
        assert_eq!(number(-0.5, fr), "-0,5");
        assert_eq!(number(8.0, fr), "8");
        assert_eq!(number(-5.0, en), "-5");
    }
}
