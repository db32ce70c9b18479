//! When a help line answers: `open` and `time_zone` in `helplines.toml`, read into a typed form.
//!
//! `open` is a list of text entries, as authors write them:
//!
//! - `["always"]`: the line never closes;
//! - spans such as `["mon-fri 09:00-19:30", "sat 09:00-16:00"]`: the days a span starts on (`mon`
//!   to `sun`, or a range from an earlier day to a later one, such as `mon-fri`), a space, then
//!   the opening and closing times in 24-hour time. A closing time at or before the opening time
//!   is on the next day: `"mon-sun 17:00-00:00"` is 5 pm to midnight, `"fri 22:00-02:00"` runs
//!   from Friday night into Saturday;
//! - `[]`: the hours are not known (help now sends people to the website).
//!
//! Times are in the line's `time_zone`, an IANA name such as `Australia/Sydney`.
//! [`parse_open`] reads the list, reporting every entry it cannot use; the model rules locate
//! those reports, and the core turns the typed form into "Open now until 10 pm".

use chrono_tz::Tz;

/// The entry of `open` for a line that never closes.
pub const ALWAYS: &str = "always";

/// The days of the week as written in `open`, Monday first.
pub const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

const MINUTES_PER_DAY: u16 = 24 * 60;

/// When a line answers, read from `open`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenHours {
    /// `["always"]`: day and night, every day of the year.
    Always,
    /// `[]`: the hours are not known; people are sent to the website for them.
    Unknown,
    /// Set hours, in the line's time zone, in the order written (never empty).
    Spans(Vec<OpenSpan>),
}

/// One span of `open`, such as `"mon-fri 09:00-19:30"`: the days it opens on, and its hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenSpan {
    /// The days it opens on, Monday first (index 0 is Monday, 6 is Sunday).
    pub days: [bool; 7],
    /// When it opens, in minutes after midnight (0 to 1439).
    pub opens: u16,
    /// When it closes, in minutes after midnight (0 to 1439). At or before `opens`, it closes
    /// on the next day (`0` with `opens` at 17:00 is midnight).
    pub closes: u16,
}

impl OpenSpan {
    /// Whether it closes on the day after it opens.
    pub fn overnight(&self) -> bool {
        self.closes <= self.opens
    }

    /// How long it is open, in minutes.
    pub fn minutes(&self) -> u16 {
        if self.overnight() {
            MINUTES_PER_DAY - self.opens + self.closes
        } else {
            self.closes - self.opens
        }
    }
}

/// A problem with `open`: the entry it is about, what is wrong, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenProblem {
    /// The index of the entry in `open`.
    pub index: usize,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub fix: String,
}

impl OpenProblem {
    fn new(index: usize, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Self {
            index,
            message: message.into(),
            fix: fix.into(),
        }
    }
}

const SPAN_FIX: &str = "write the days, a space, then the hours in 24-hour time, e.g. \"mon-fri 09:00-17:00\"; or [\"always\"] for a line that never closes";
const DAY_FIX: &str = "use mon, tue, wed, thu, fri, sat or sun, or a range of them such as mon-fri";
const TIME_FIX: &str =
    "write 24-hour time with two digits each, from 00:00 to 23:59, e.g. 09:00 or 19:30";

/// Reads `open` into its typed form, or reports every entry that cannot be used: an entry that
/// is not days and hours, a day or time that does not exist, a range of days that runs
/// backwards, a span that opens and closes at the same time, `always` mixed with spans, an entry
/// listed twice, spans that overlap, and spans that cover the whole week (write `always`).
pub fn parse_open(entries: &[String]) -> Result<OpenHours, Vec<OpenProblem>> {
    if entries.is_empty() {
        return Ok(OpenHours::Unknown);
    }
    let mut problems = Vec::new();
    if entries.iter().any(|e| e == ALWAYS) {
        if entries.len() == 1 {
            return Ok(OpenHours::Always);
        }
        for (i, entry) in entries.iter().enumerate() {
            if entry == ALWAYS {
                problems.push(OpenProblem::new(
                    i,
                    "`always` is listed with other entries",
                    "use [\"always\"] on its own for a line that never closes, or list only its spans",
                ));
            }
        }
        return Err(problems);
    }
    let mut spans: Vec<(usize, OpenSpan)> = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        if let Some(first) = entries[..i].iter().position(|e| e == entry) {
            problems.push(OpenProblem::new(
                i,
                format!("\"{entry}\" is listed twice (entry {})", first + 1),
                "list it once",
            ));
            continue;
        }
        match parse_span(entry) {
            Ok(span) => spans.push((i, span)),
            Err((message, fix)) => problems.push(OpenProblem::new(i, message, fix)),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // Each span's times in minutes of the week (Monday 00:00 is 0), a time that runs past Sunday
    // midnight split in two: for overlaps and for spans that cover the whole week.
    let week = usize::from(MINUTES_PER_DAY) * 7;
    let mut taken: Vec<(usize, usize, usize)> = Vec::new();
    for (i, span) in &spans {
        let mut clash: Option<usize> = None;
        for day in (0..7).filter(|d| span.days[*d]) {
            let start = day * usize::from(MINUTES_PER_DAY) + usize::from(span.opens);
            let end = start + usize::from(span.minutes());
            let pieces = if end > week {
                [(start, week), (0, end - week)]
            } else {
                [(start, end), (0, 0)]
            };
            for (from, to) in pieces.into_iter().filter(|(f, t)| f < t) {
                if let Some(&(_, _, other)) = taken.iter().find(|(f, t, _)| from < *t && *f < to) {
                    clash.get_or_insert(other);
                }
                taken.push((from, to, *i));
            }
        }
        if let Some(other) = clash {
            problems.push(OpenProblem::new(
                *i,
                format!("\"{}\" overlaps \"{}\"", entries[*i], entries[other]),
                "give each hour once: shorten the spans, or merge them into one",
            ));
        }
    }
    if problems.is_empty() {
        taken.sort_unstable();
        let covered = taken.iter().try_fold(0, |reached, (from, to, _)| {
            (*from <= reached).then_some(reached.max(*to))
        });
        if covered == Some(week) {
            problems.push(OpenProblem::new(
                0,
                "the spans cover every hour of the week",
                "write open = [\"always\"]",
            ));
        }
    }
    if problems.is_empty() {
        Ok(OpenHours::Spans(
            spans.into_iter().map(|(_, s)| s).collect(),
        ))
    } else {
        Err(problems)
    }
}

/// Reads one span, `"DAYS HH:MM-HH:MM"`, or says what is wrong with it and how to fix it.
fn parse_span(entry: &str) -> Result<OpenSpan, (String, String)> {
    let parts: Vec<&str> = entry.split(' ').collect();
    let [days, times] = parts.as_slice() else {
        return Err((
            format!("\"{entry}\" is not days and hours"),
            SPAN_FIX.to_owned(),
        ));
    };
    let days = parse_days(days)?;
    let Some((opens, closes)) = times.split_once('-') else {
        return Err((
            format!("`{times}` is not an opening and a closing time"),
            "write both times joined by a dash, e.g. 09:00-17:00".to_owned(),
        ));
    };
    let opens = parse_time(opens)?;
    let closes = parse_time(closes)?;
    if opens == closes {
        return Err((
            format!("\"{entry}\" opens and closes at the same time"),
            "correct the closing time; for a line that never closes write [\"always\"]".to_owned(),
        ));
    }
    Ok(OpenSpan {
        days,
        opens,
        closes,
    })
}

fn parse_day(name: &str) -> Result<usize, (String, String)> {
    DAY_NAMES
        .iter()
        .position(|d| *d == name)
        .ok_or_else(|| (format!("`{name}` is not a day"), DAY_FIX.to_owned()))
}

fn parse_days(text: &str) -> Result<[bool; 7], (String, String)> {
    let (first, last) = match text.split_once('-') {
        Some((a, b)) => (parse_day(a)?, parse_day(b)?),
        None => {
            let day = parse_day(text)?;
            (day, day)
        }
    };
    if last < first {
        return Err((
            format!("the days `{text}` run backwards"),
            format!(
                "write a range from the earlier day, Monday first (e.g. {}-{}), or give two spans",
                DAY_NAMES[last], DAY_NAMES[first]
            ),
        ));
    }
    let mut days = [false; 7];
    for day in &mut days[first..=last] {
        *day = true;
    }
    Ok(days)
}

fn parse_time(text: &str) -> Result<u16, (String, String)> {
    let bad = || (format!("`{text}` is not a time"), TIME_FIX.to_owned());
    let b = text.as_bytes();
    if b.len() != 5
        || b[2] != b':'
        || !b
            .iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
    {
        return Err(bad());
    }
    let number = |r: std::ops::Range<usize>| -> u16 {
        b[r].iter().fold(0, |n, c| n * 10 + u16::from(c - b'0'))
    };
    let (hour, minute) = (number(0..2), number(3..5));
    if text == "24:00" {
        return Err((
            "`24:00` is not a time".to_owned(),
            "write midnight as 00:00 (a closing time at or before the opening time is on the next day)".to_owned(),
        ));
    }
    if hour > 23 || minute > 59 {
        return Err(bad());
    }
    Ok(hour * 60 + minute)
}

/// The time zone named `name` (an IANA name such as `Australia/Sydney`), or, when there is none,
/// how to fix it: the name with its capitals right if that is the only difference.
///
/// Only the zones of the regions the help lines serve are compiled in (the filter in
/// `.cargo/config.toml`), so a zone elsewhere is refused with the regions it may be in.
pub fn parse_time_zone(name: &str) -> Result<Tz, String> {
    if let Ok(zone) = name.parse::<Tz>() {
        return Ok(zone);
    }
    let lower = name.trim().to_lowercase();
    match chrono_tz::TZ_VARIANTS
        .iter()
        .find(|z| z.name().to_lowercase() == lower)
    {
        Some(zone) => Err(format!("write it as \"{}\"", zone.name())),
        None => Err(
            "use the IANA name of the zone the service states its hours in, e.g. \"Australia/Sydney\", \"Europe/London\" or \"America/New_York\"; Groundwork knows the zones of Australia, New Zealand, the UK, Ireland, Canada and the United States (`.cargo/config.toml`)"
                .to_owned(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_the_help_lines_serve_has_its_zones() {
        for zone in [
            "Australia/Perth",
            "Australia/Darwin",
            "Pacific/Auckland",
            "Europe/London",
            "Europe/Dublin",
            "America/St_Johns",
            "America/Montreal",
            "America/Vancouver",
            "America/Regina",
            "America/Chicago",
            "America/Los_Angeles",
            "US/Eastern",
            "Pacific/Honolulu",
            "America/Anchorage",
        ] {
            assert!(parse_time_zone(zone).is_ok(), "{zone} should be known");
        }
    }

    #[test]
    fn a_zone_outside_the_regions_served_is_refused_naming_the_regions_it_may_be_in() {
        let fix = parse_time_zone("Asia/Tokyo").expect_err("not compiled in");
        assert!(
            fix.contains("Australia, New Zealand, the UK, Ireland, Canada"),
            "{fix}"
        );
    }

    fn open(entries: &[&str]) -> Result<OpenHours, Vec<OpenProblem>> {
        parse_open(&entries.iter().map(|e| (*e).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn always_and_unknown_and_spans_are_read() {
        assert_eq!(open(&["always"]), Ok(OpenHours::Always));
        assert_eq!(open(&[]), Ok(OpenHours::Unknown));
        let Ok(OpenHours::Spans(spans)) = open(&["mon-fri 09:00-19:30", "sat 09:00-16:00"]) else {
            panic!("spans");
        };
        assert_eq!(
            spans[0],
            OpenSpan {
                days: [true, true, true, true, true, false, false],
                opens: 9 * 60,
                closes: 19 * 60 + 30,
            }
        );
        assert_eq!(
            spans[1].days,
            [false, false, false, false, false, true, false]
        );
        let Ok(OpenHours::Spans(calm)) = open(&["mon-sun 17:00-00:00"]) else {
            panic!("calm");
        };
        assert!(calm[0].overnight());
        assert_eq!(calm[0].minutes(), 7 * 60);
    }

    #[test]
    fn every_kind_of_mistake_is_reported_at_its_entry() {
        let first = |entries: &[&str]| open(entries).expect_err("refused")[0].clone();
        assert!(
            first(&["monday 09:00-17:00"])
                .message
                .contains("`monday` is not a day")
        );
        assert!(first(&["Mon 09:00-17:00"]).message.contains("not a day"));
        assert!(
            first(&["fri-mon 09:00-17:00"])
                .message
                .contains("run backwards")
        );
        assert!(
            first(&["mon 9:00-17:00"])
                .message
                .contains("`9:00` is not a time")
        );
        assert!(first(&["mon 09:00-25:00"]).message.contains("`25:00`"));
        assert!(first(&["mon 09:00-24:00"]).fix.contains("00:00"));
        assert!(
            first(&["mon 09:00 to 17:00"])
                .message
                .contains("not days and hours")
        );
        assert!(
            first(&["mon 0900"])
                .message
                .contains("not an opening and a closing")
        );
        assert!(first(&["mon 09:00-09:00"]).message.contains("same time"));
        let mixed = open(&["always", "mon 09:00-17:00"]).expect_err("mixed");
        assert_eq!(mixed[0].index, 0);
        let twice = open(&["mon 09:00-17:00", "mon 09:00-17:00"]).expect_err("twice");
        assert_eq!((twice[0].index, twice.len()), (1, 1));
        let overlap = open(&["mon-fri 09:00-17:00", "fri 16:00-18:00"]).expect_err("overlap");
        assert_eq!(overlap[0].index, 1);
        let overnight = open(&["sun 22:00-02:00", "mon 01:00-03:00"]).expect_err("into monday");
        assert!(overnight[0].message.contains("overlaps"));
        let whole = open(&["mon-sun 00:00-12:00", "mon-sun 12:00-00:00"]).expect_err("all week");
        assert!(whole[0].fix.contains("always"));
    }

    #[test]
    fn time_zones_are_iana_names_and_a_wrong_capital_gets_the_right_name() {
        assert_eq!(
            parse_time_zone("Australia/Sydney"),
            Ok(Tz::Australia__Sydney)
        );
        assert_eq!(
            parse_time_zone("europe/london"),
            Err("write it as \"Europe/London\"".to_owned())
        );
        assert!(parse_time_zone("Sydney").is_err());
        assert!(parse_time_zone("").is_err());
    }
}
