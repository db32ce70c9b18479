//! Insights: what his check-ins and anger log show over a week, a month, three months or a
//! year, as chart series ready to draw and a few plain sentences. Patterns are described as
//! patterns, never as causes, and only where there is enough data. Consistency is counted in
//! days this calendar month, never in streaks that can break.
//!
//! Every day here is a lived day: it ends at 04:00 local time ([`crate::base::days`]), so "today", the
//! last 7 days and this month count a late-night check-in with the evening before.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use rusqlite::{Connection, params};

use crate::base::days::{day_key, parse_day};
use crate::base::error::Result;
use crate::base::ffi_types::Day;
use crate::base::text::Language;
use crate::checkins::Quadrant;

/// How far back insights look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InsightRange {
    /// The last 7 days, one point a day.
    Week,
    /// The last 30 days, one point a day.
    Month,
    /// The last 90 days, one point a day.
    Quarter,
    /// The last 365 days, one point a week.
    Year,
}

impl InsightRange {
    fn days(self) -> i64 {
        match self {
            InsightRange::Week => 7,
            InsightRange::Month => 30,
            InsightRange::Quarter => 90,
            InsightRange::Year => 365,
        }
    }

    /// Every range, shortest first, with its short label in `language` and `current` selected.
    fn options(current: Self, language: Language) -> Vec<InsightRangeOption> {
        [
            (InsightRange::Week, "insights-range-week"),
            (InsightRange::Month, "insights-range-month"),
            (InsightRange::Quarter, "insights-range-quarter"),
            (InsightRange::Year, "insights-range-year"),
        ]
        .into_iter()
        .map(|(range, id)| InsightRangeOption {
            range,
            label: language.say(id),
            selected: range == current,
        })
        .collect()
    }

    /// Its name in the catalogs' selectors (`week`, `month`, `quarter`, `year`).
    fn key(self) -> &'static str {
        match self {
            InsightRange::Week => "week",
            InsightRange::Month => "month",
            InsightRange::Quarter => "quarter",
            InsightRange::Year => "year",
        }
    }

    /// Above the charts, in `language`: "Last 30 days".
    fn label(self, language: Language) -> String {
        language.say_with("insights-range-label", &[("range", self.key().into())])
    }

    /// Days per chart point, and the smoothing window in points.
    fn bucket_and_window(self) -> (i64, usize) {
        match self {
            InsightRange::Week => (1, 3),
            InsightRange::Month | InsightRange::Quarter => (1, 7),
            InsightRange::Year => (7, 4),
        }
    }
}

/// What a trend line measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Pleasantness, -5..=5.
    Pleasantness,
    /// Energy, -5..=5.
    Energy,
    /// Anger, 0..=10 (check-ins and logged anger moments).
    Anger,
    /// Stress, 0..=10.
    Stress,
}

impl Metric {
    /// Its name on a chart, in `language`: "Pleasantness".
    fn label(self, language: Language) -> String {
        language.say(match self {
            Metric::Pleasantness => "insights-metric-pleasantness",
            Metric::Energy => "insights-metric-energy",
            Metric::Anger => "insights-metric-anger",
            Metric::Stress => "insights-metric-stress",
        })
    }
}

/// One point of a trend: the average for a day (or a week, over a year).
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct TrendPoint {
    /// The first day this point covers.
    pub day: Day,
    /// The average, or `None` where there is no data: draw a gap, not a zero.
    pub value: Option<f64>,
    /// A moving average through the nearby points, for a calmer line; `None` wherever `value`
    /// is, so the smoothed line has the same gaps.
    pub smoothed: Option<f64>,
}

/// A line chart, ready to draw.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct TrendSeries {
    /// What it measures.
    pub metric: Metric,
    /// Its name, e.g. "Pleasantness".
    pub label: String,
    /// The bottom of the scale.
    pub scale_min: f64,
    /// The top of the scale.
    pub scale_max: f64,
    /// Oldest first.
    pub points: Vec<TrendPoint>,
    /// Whether any point has a value.
    pub has_data: bool,
}

/// How many check-ins sat in one quadrant.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct QuadrantShare {
    /// The quadrant.
    pub quadrant: Quadrant,
    /// Its name in plain words.
    pub label: String,
    /// Check-ins in it.
    pub count: i32,
    /// Share of all check-ins in the range, 0 to 100.
    pub percent: f64,
}

/// A word and how often he picked it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct WordCount {
    /// The word.
    pub word: String,
    /// How many check-ins used it.
    pub count: i32,
}

/// Anger in one slice of time (a part of the day, or a weekday).
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct AngerSlice {
    /// E.g. "Evening" or "Tue".
    pub label: String,
    /// Average anger 0..=10, or `None` with no data.
    pub average: Option<f64>,
    /// How many readings it rests on.
    pub readings: i32,
}

/// What a pattern is about.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum PatternSubject {
    /// A context tag, e.g. "work".
    Tag(String),
    /// Seven hours' sleep or more, against less.
    Sleep,
}

/// A possible pattern, only stated when there is enough data.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct Pattern {
    /// What it is about.
    pub subject: PatternSubject,
    /// Whether there is enough data to say anything (3 days with and 3 without).
    pub enough_data: bool,
    /// Days with the tag (or with 7+ hours' sleep).
    pub days_with: i32,
    /// Days without.
    pub days_without: i32,
    /// Average with minus average without, when there is enough data.
    pub difference: Option<f64>,
    /// One plain sentence: the pattern, or "not enough data yet".
    pub sentence: String,
}

/// One range to switch to on the insights screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct InsightRangeOption {
    /// The range.
    pub range: InsightRange,
    /// Its short label: "Week", "Month", "3 months", "Year".
    pub label: String,
    /// Whether it is the range shown.
    pub selected: bool,
}

/// The insights screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct InsightsScreen {
    /// The range shown.
    pub range: InsightRange,
    /// E.g. "Last 30 days".
    pub range_label: String,
    /// The ranges to switch between, with short labels ("Week", "3 months"); `range` is selected.
    pub range_options: Vec<InsightRangeOption>,
    /// First day covered.
    pub from_day: Day,
    /// Last day covered (today).
    pub to_day: Day,
    /// The last seven days in a few plain sentences.
    pub weekly_summary: Vec<String>,
    /// Days checked in this calendar month (of today, whatever the range shown), e.g. "You
    /// checked in on 12 days this month." Counted, never a streak.
    pub consistency: String,
    /// Days in the range with at least one check-in.
    pub days_checked_in: i32,
    /// Check-ins in the range.
    pub check_in_count: i32,
    /// Pleasantness, energy, anger and stress over the range.
    pub trends: Vec<TrendSeries>,
    /// The help now button, in the same place as on every screen.
    pub help: crate::safety::help::HelpButton,
    /// Check-ins per quadrant.
    pub quadrants: Vec<QuadrantShare>,
    /// The words he picked most, most frequent first (up to five).
    pub top_emotions: Vec<WordCount>,
    /// Anger by part of the day: morning, afternoon, evening, night.
    pub anger_by_time_of_day: Vec<AngerSlice>,
    /// Anger by weekday, Monday first.
    pub anger_by_weekday: Vec<AngerSlice>,
    /// Possible patterns with tags and sleep.
    pub patterns: Vec<Pattern>,
    /// The insights read aloud: the week in sentences, the month's check-ins, the words he
    /// picked most, and each pattern there is enough data for (`speech`).
    pub spoken: String,
}

/// The fewest days with, and without, before a pattern is described.
pub const MIN_DAYS_FOR_PATTERN: usize = 3;
/// Differences smaller than this are described as "about the same".
const NOTABLE_DIFFERENCE: f64 = 0.5;

struct Row {
    day: NaiveDate,
    minute: i32,
    pleasantness: f64,
    energy: f64,
    anger: Option<f64>,
    stress: Option<f64>,
    sleep_minutes: Option<i32>,
}

/// Builds the insights screen for `range` ending on `today` (his local day), its words in
/// `language`.
pub(crate) fn build(
    conn: &Connection,
    range: InsightRange,
    today: NaiveDate,
    help: crate::safety::help::HelpButton,
    language: Language,
) -> Result<InsightsScreen> {
    let from = today - Duration::days(range.days() - 1);
    let week_from = today - Duration::days(6);
    let month_from = today.with_day(1).unwrap_or(today);
    let load_from = from.min(week_from).min(month_from);
    let rows = load_rows(conn, load_from, today)?;
    let moments = load_moments(conn, load_from, today)?;
    let in_range: Vec<&Row> = rows.iter().filter(|r| r.day >= from).collect();
    let days: BTreeSet<NaiveDate> = in_range.iter().map(|r| r.day).collect();
    let days_checked_in = days.len() as i32;
    let days_this_month = rows
        .iter()
        .filter(|r| r.day >= month_from)
        .map(|r| r.day)
        .collect::<BTreeSet<NaiveDate>>()
        .len();

    let mut anger_readings: Vec<(NaiveDate, i32, f64)> = in_range
        .iter()
        .filter_map(|r| r.anger.map(|a| (r.day, r.minute, a)))
        .collect();
    anger_readings.extend(moments.iter().filter(|m| m.0 >= from).copied());

    let trends: Vec<TrendSeries> = series(
        &in_range,
        &anger_readings,
        range.bucket_and_window(),
        from,
        today,
        language,
    )
    .into_iter()
    .map(|(series, _)| series)
    .collect();

    let mut quadrant_counts: HashMap<Quadrant, i32> = HashMap::new();
    for r in &in_range {
        *quadrant_counts
            .entry(Quadrant::of(r.pleasantness as i32, r.energy as i32))
            .or_default() += 1;
    }
    let total = in_range.len() as i32;
    let quadrants = Quadrant::ALL
        .iter()
        .map(|q| {
            let count = quadrant_counts.get(q).copied().unwrap_or(0);
            QuadrantShare {
                quadrant: *q,
                label: q.label(language),
                count,
                percent: if total == 0 {
                    0.0
                } else {
                    round1(f64::from(count) * 100.0 / f64::from(total))
                },
            }
        })
        .collect();

    let top_emotions = top_words(conn, from, today, 5)?;
    let patterns = patterns(conn, &rows, from, today, language)?;
    let weekly_summary = weekly_summary(conn, &rows, &moments, week_from, today, language)?;
    let consistency = consistency(days_this_month, language);

    let spoken = insights_spoken(
        range,
        &weekly_summary,
        &consistency,
        &top_emotions,
        &patterns,
        language,
    );
    Ok(InsightsScreen {
        spoken,
        range,
        range_label: range.label(language),
        range_options: InsightRange::options(range, language),
        from_day: from,
        to_day: today,
        weekly_summary,
        consistency,
        days_checked_in,
        check_in_count: total,
        trends,
        quadrants,
        top_emotions,
        anger_by_time_of_day: anger_by_part_of_day(&anger_readings, language),
        anger_by_weekday: anger_by_weekday(&anger_readings, language),
        patterns,
        help,
    })
}

/// The insights read aloud, in the order the screen shows them, in `language`.
fn insights_spoken(
    range: InsightRange,
    weekly_summary: &[String],
    consistency: &str,
    top_emotions: &[WordCount],
    patterns: &[Pattern],
    language: Language,
) -> String {
    use crate::speech::{join, say};
    let mut parts =
        vec![language.say_with("insights-spoken-range", &[("range", range.key().into())])];
    parts.extend(weekly_summary.iter().map(|s| say(s, None, language)));
    parts.push(say(consistency, None, language));
    if !top_emotions.is_empty() {
        let words: Vec<&str> = top_emotions.iter().map(|w| w.word.as_str()).collect();
        parts.push(language.say_with(
            "insights-spoken-words",
            &[
                ("words", words.join(", ").into()),
                ("count", words.len().into()),
            ],
        ));
    }
    parts.extend(
        patterns
            .iter()
            .filter(|p| p.enough_data)
            .map(|p| say(&p.sentence, None, language)),
    );
    join(parts)
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// An average in a sentence, with its sign and one decimal, as `language` writes it ("+1.5" in
/// English, "+1,5" in French).
fn signed_tenths(x: f64, language: Language) -> String {
    format!("{x:+.1}").replace('.', &language.say("insights-decimal-mark"))
}

fn load_rows(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<Row>> {
    let mut stmt = conn.prepare_cached(
        "SELECT local_day, local_minute, pleasantness, energy, anger, stress, sleep_minutes
         FROM checkins WHERE local_day >= ?1 AND local_day <= ?2 ORDER BY local_day, recorded_at",
    )?;
    let rows = stmt.query_map([day_key(from), day_key(to)], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, i32>(1)?,
            row.get::<_, i32>(2)?,
            row.get::<_, i32>(3)?,
            row.get::<_, Option<i32>>(4)?,
            row.get::<_, Option<i32>>(5)?,
            row.get::<_, Option<i32>>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (day, minute, p, e, anger, stress, sleep_minutes) = row?;
        out.push(Row {
            day: parse_day(&day)?,
            minute,
            pleasantness: f64::from(p),
            energy: f64::from(e),
            anger: anger.map(f64::from),
            stress: stress.map(f64::from),
            sleep_minutes,
        });
    }
    Ok(out)
}

/// Logged anger moments: (day, minute of the day, intensity).
fn load_moments(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(NaiveDate, i32, f64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT local_day, local_minute, intensity FROM anger_moments WHERE local_day >= ?1 AND local_day <= ?2",
    )?;
    let rows = stmt.query_map([day_key(from), day_key(to)], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, i32>(1)?,
            row.get::<_, i32>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (day, minute, intensity) = row?;
        out.push((parse_day(&day)?, minute, f64::from(intensity)));
    }
    Ok(out)
}

/// The four trend lines (pleasantness, energy, anger, stress) from `from` to `to`, with
/// `bucket` = (days per point, smoothing window in points), each with its points' highest
/// single readings, named in `language`.
fn series(
    rows: &[&Row],
    anger_readings: &[(NaiveDate, i32, f64)],
    bucket: (i64, usize),
    from: NaiveDate,
    to: NaiveDate,
    language: Language,
) -> Vec<(TrendSeries, Vec<Option<f64>>)> {
    vec![
        trend(
            Metric::Pleasantness,
            &Metric::Pleasantness.label(language),
            -5.0,
            5.0,
            bucket,
            from,
            to,
            rows.iter().map(|r| (r.day, Some(r.pleasantness))),
        ),
        trend(
            Metric::Energy,
            &Metric::Energy.label(language),
            -5.0,
            5.0,
            bucket,
            from,
            to,
            rows.iter().map(|r| (r.day, Some(r.energy))),
        ),
        trend(
            Metric::Anger,
            &Metric::Anger.label(language),
            0.0,
            10.0,
            bucket,
            from,
            to,
            anger_readings.iter().map(|(d, _, a)| (*d, Some(*a))),
        ),
        trend(
            Metric::Stress,
            &Metric::Stress.label(language),
            0.0,
            10.0,
            bucket,
            from,
            to,
            rows.iter().map(|r| (r.day, r.stress)),
        ),
    ]
}

/// Trend lines over any span of days, for a report.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SpanTrends {
    /// Pleasantness, energy, anger and stress, in that order.
    pub series: Vec<TrendSeries>,
    /// For each series, each point's highest single reading (`None` where the point has none):
    /// a day of an 8 and a 2 averages 5, and its highest says 8.
    pub highest: Vec<Vec<Option<f64>>>,
    /// Days per point: 1 up to [`DAILY_POINTS_UP_TO_DAYS`] days, else 7.
    pub bucket_days: i64,
    /// Check-ins in the span.
    pub check_in_count: i32,
    /// Days in the span with at least one check-in.
    pub days_checked_in: i32,
}

/// Spans up to this many days get one point a day; longer ones one a week.
pub(crate) const DAILY_POINTS_UP_TO_DAYS: i64 = 92;

/// The trend lines from `from` to `to` (inclusive), the same series the insights screen draws,
/// named in `language`.
pub(crate) fn trends_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    language: Language,
) -> Result<SpanTrends> {
    let rows = load_rows(conn, from, to)?;
    let moments = load_moments(conn, from, to)?;
    let refs: Vec<&Row> = rows.iter().collect();
    let mut anger_readings: Vec<(NaiveDate, i32, f64)> = rows
        .iter()
        .filter_map(|r| r.anger.map(|a| (r.day, r.minute, a)))
        .collect();
    anger_readings.extend(moments);
    let span = (to - from).num_days() + 1;
    let bucket = if span <= 14 {
        (1, 3)
    } else if span <= DAILY_POINTS_UP_TO_DAYS {
        (1, 7)
    } else {
        (7, 4)
    };
    let days: BTreeSet<NaiveDate> = rows.iter().map(|r| r.day).collect();
    let (series, highest) = series(&refs, &anger_readings, bucket, from, to, language)
        .into_iter()
        .unzip();
    Ok(SpanTrends {
        series,
        highest,
        bucket_days: bucket.0,
        check_in_count: rows.len() as i32,
        days_checked_in: days.len() as i32,
    })
}

#[allow(clippy::too_many_arguments)]
fn trend(
    metric: Metric,
    label: &str,
    scale_min: f64,
    scale_max: f64,
    (bucket_days, window): (i64, usize),
    from: NaiveDate,
    today: NaiveDate,
    values: impl Iterator<Item = (NaiveDate, Option<f64>)>,
) -> (TrendSeries, Vec<Option<f64>>) {
    let buckets = ((today - from).num_days() / bucket_days + 1) as usize;
    let mut sums = vec![(0.0f64, 0u32); buckets];
    let mut highest: Vec<Option<f64>> = vec![None; buckets];
    for (day, value) in values {
        if let Some(v) = value
            && day >= from
            && day <= today
        {
            let i = ((day - from).num_days() / bucket_days) as usize;
            if let Some(slot) = sums.get_mut(i) {
                slot.0 += v;
                slot.1 += 1;
            }
            if let Some(high) = highest.get_mut(i) {
                *high = Some(high.map_or(v, |h: f64| h.max(v)));
            }
        }
    }
    let averages: Vec<Option<f64>> = sums
        .iter()
        .map(|(sum, n)| (*n > 0).then(|| round1(sum / f64::from(*n))))
        .collect();
    let half = window / 2;
    let points = (0..buckets)
        .map(|i| {
            let lo = i.saturating_sub(half);
            let hi = (i + window - half).min(buckets);
            let near: Vec<f64> = averages[lo..hi].iter().flatten().copied().collect();
            TrendPoint {
                day: from + Duration::days(i as i64 * bucket_days),
                value: averages[i],
                // Only where the point itself has a value: a gap stays a gap in both lines.
                smoothed: averages[i].and(
                    (!near.is_empty())
                        .then(|| round1(near.iter().sum::<f64>() / near.len() as f64)),
                ),
            }
        })
        .collect::<Vec<_>>();
    let series = TrendSeries {
        metric,
        label: label.to_owned(),
        scale_min,
        scale_max,
        has_data: averages.iter().any(Option::is_some),
        points,
    };
    (series, highest)
}

/// Days checked in this month, in plain words in `language`: a count that only grows, never
/// "only" or "missed".
fn consistency(days_this_month: usize, language: Language) -> String {
    language.say_with("insights-month-days", &[("days", days_this_month.into())])
}

fn top_words(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    limit: i64,
) -> Result<Vec<WordCount>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.word, count(*) AS n FROM checkin_emotions e JOIN checkins c ON c.id = e.checkin_id
         WHERE c.local_day >= ?1 AND c.local_day <= ?3 GROUP BY e.word ORDER BY n DESC, e.word LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![day_key(from), limit, day_key(to)], |row| {
        Ok(WordCount {
            word: row.get(0)?,
            count: row.get(1)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn slice(label: String, values: &[f64]) -> AngerSlice {
    AngerSlice {
        label,
        average: (!values.is_empty())
            .then(|| round1(values.iter().sum::<f64>() / values.len() as f64)),
        readings: values.len() as i32,
    }
}

/// The parts of the day, by their catalog ids, in the order of [`part_of_day`].
const PARTS_OF_DAY: [&str; 4] = [
    "insights-morning",
    "insights-afternoon",
    "insights-evening",
    "insights-night",
];

fn part_of_day(minute: i32) -> usize {
    match minute / 60 {
        5..=11 => 0,
        12..=16 => 1,
        17..=21 => 2,
        _ => 3,
    }
}

fn anger_by_part_of_day(readings: &[(NaiveDate, i32, f64)], language: Language) -> Vec<AngerSlice> {
    let mut parts: [Vec<f64>; 4] = Default::default();
    for (_, minute, anger) in readings {
        parts[part_of_day(*minute)].push(*anger);
    }
    PARTS_OF_DAY
        .iter()
        .zip(parts.iter())
        .map(|(id, v)| slice(language.say(id), v))
        .collect()
}

/// The weekdays, Monday first, with their short names' catalog ids.
const WEEKDAYS: [(Weekday, &str); 7] = [
    (Weekday::Mon, "insights-mon"),
    (Weekday::Tue, "insights-tue"),
    (Weekday::Wed, "insights-wed"),
    (Weekday::Thu, "insights-thu"),
    (Weekday::Fri, "insights-fri"),
    (Weekday::Sat, "insights-sat"),
    (Weekday::Sun, "insights-sun"),
];

fn anger_by_weekday(readings: &[(NaiveDate, i32, f64)], language: Language) -> Vec<AngerSlice> {
    WEEKDAYS
        .iter()
        .map(|(weekday, id)| {
            let values: Vec<f64> = readings
                .iter()
                .filter(|r| r.0.weekday() == *weekday)
                .map(|r| r.2)
                .collect();
            slice(language.say(id), &values)
        })
        .collect()
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / f64::from(n))
}

/// How an average compares with another, for the catalogs' selectors: `same` within
/// [`NOTABLE_DIFFERENCE`], else `more` or `less`.
fn how(diff: f64) -> &'static str {
    if diff.abs() < NOTABLE_DIFFERENCE {
        "same"
    } else if diff > 0.0 {
        "more"
    } else {
        "less"
    }
}

fn patterns(
    conn: &Connection,
    rows: &[Row],
    from: NaiveDate,
    to: NaiveDate,
    language: Language,
) -> Result<Vec<Pattern>> {
    // Mean pleasantness per day, for the days in range.
    let mut per_day: BTreeMap<NaiveDate, Vec<f64>> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.day >= from) {
        per_day.entry(r.day).or_default().push(r.pleasantness);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT t.tag, c.local_day FROM checkins c CROSS JOIN checkin_tags t ON t.checkin_id = c.id
         WHERE c.local_day >= ?1 AND c.local_day <= ?2",
    )?;
    let mut tag_days: BTreeMap<String, BTreeSet<NaiveDate>> = BTreeMap::new();
    for row in stmt.query_map([day_key(from), day_key(to)], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
    })? {
        let (tag, day) = row?;
        tag_days.entry(tag).or_default().insert(parse_day(&day)?);
    }
    let mut out = Vec::new();
    for (tag, with_days) in &tag_days {
        let with: Vec<f64> = with_days
            .iter()
            .filter_map(|d| per_day.get(d).and_then(|v| mean(v.iter().copied())))
            .collect();
        let without: Vec<f64> = per_day
            .iter()
            .filter(|(d, _)| !with_days.contains(d))
            .filter_map(|(_, v)| mean(v.iter().copied()))
            .collect();
        out.push(compare(
            PatternSubject::Tag(tag.clone()),
            &with,
            &without,
            |diff, a, b| {
                language.say_with(
                    "insights-pattern-tag",
                    &[
                        ("tag", tag.as_str().into()),
                        ("how", how(diff).into()),
                        ("with", signed_tenths(a, language).into()),
                        ("without", signed_tenths(b, language).into()),
                    ],
                )
            },
            language,
        ));
    }
    // Sleep: energy on days after 7+ hours against days after less.
    let mut sleep_days: BTreeMap<NaiveDate, (Vec<f64>, Vec<i32>)> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.day >= from) {
        let entry = sleep_days.entry(r.day).or_default();
        entry.0.push(r.energy);
        if let Some(m) = r.sleep_minutes {
            entry.1.push(m);
        }
    }
    let (mut rested, mut short) = (Vec::new(), Vec::new());
    for (energy, sleeps) in sleep_days.values() {
        if let (Some(sleep), Some(e)) = (sleeps.first(), mean(energy.iter().copied())) {
            if *sleep >= 7 * 60 {
                rested.push(e)
            } else {
                short.push(e)
            }
        }
    }
    if !rested.is_empty() || !short.is_empty() {
        out.push(compare(
            PatternSubject::Sleep,
            &rested,
            &short,
            |diff, a, b| {
                language.say_with(
                    "insights-pattern-sleep",
                    &[
                        ("how", how(diff).into()),
                        ("with", signed_tenths(a, language).into()),
                        ("without", signed_tenths(b, language).into()),
                    ],
                )
            },
            language,
        ));
    }
    Ok(out)
}

fn compare(
    subject: PatternSubject,
    with: &[f64],
    without: &[f64],
    sentence: impl Fn(f64, f64, f64) -> String,
    language: Language,
) -> Pattern {
    let enough = with.len() >= MIN_DAYS_FOR_PATTERN && without.len() >= MIN_DAYS_FOR_PATTERN;
    let (a, b) = (mean(with.iter().copied()), mean(without.iter().copied()));
    let difference = match (enough, a, b) {
        (true, Some(a), Some(b)) => Some(round1(a - b)),
        _ => None,
    };
    let not_enough = || match &subject {
        PatternSubject::Tag(tag) => language.say_with(
            "insights-pattern-tag-not-enough",
            &[
                ("tag", tag.as_str().into()),
                ("days", MIN_DAYS_FOR_PATTERN.into()),
            ],
        ),
        PatternSubject::Sleep => language.say_with(
            "insights-pattern-sleep-not-enough",
            &[("days", MIN_DAYS_FOR_PATTERN.into())],
        ),
    };
    Pattern {
        sentence: match (difference, a, b) {
            (Some(diff), Some(a), Some(b)) => sentence(diff, a, b),
            _ => not_enough(),
        },
        subject,
        enough_data: enough,
        days_with: with.len() as i32,
        days_without: without.len() as i32,
        difference,
    }
}

fn weekly_summary(
    conn: &Connection,
    rows: &[Row],
    moments: &[(NaiveDate, i32, f64)],
    from: NaiveDate,
    today: NaiveDate,
    language: Language,
) -> Result<Vec<String>> {
    let week: Vec<&Row> = rows
        .iter()
        .filter(|r| r.day >= from && r.day <= today)
        .collect();
    let days: BTreeSet<NaiveDate> = week.iter().map(|r| r.day).collect();
    let mut lines = Vec::new();
    if week.is_empty() {
        lines.push(language.say("insights-week-none"));
    } else {
        lines.push(language.say_with("insights-week-days", &[("days", days.len().into())]));
        let words = top_words(conn, from, today, 2)?;
        match words.as_slice() {
            [one] => lines.push(
                language.say_with("insights-week-word", &[("word", one.word.as_str().into())]),
            ),
            [a, b, ..] => lines.push(language.say_with(
                "insights-week-words",
                &[
                    ("first", a.word.as_str().into()),
                    ("second", b.word.as_str().into()),
                ],
            )),
            [] => {}
        }
        let mut counts: HashMap<Quadrant, usize> = HashMap::new();
        for r in &week {
            *counts
                .entry(Quadrant::of(r.pleasantness as i32, r.energy as i32))
                .or_default() += 1;
        }
        if let Some((q, _)) = counts
            .iter()
            .max_by_key(|(q, n)| (**n, std::cmp::Reverse(**q)))
        {
            lines
                .push(language.say_with("insights-week-quadrant", &[("quadrant", q.key().into())]));
        }
    }
    let week_moments: Vec<_> = moments
        .iter()
        .filter(|m| m.0 >= from && m.0 <= today)
        .collect();
    if !week_moments.is_empty() {
        let open: i32 = conn.query_row(
            "SELECT count(*) FROM anger_moments WHERE local_day >= ?1 AND local_day <= ?2 AND repair_needed = 1 AND repair_done = 0",
            [day_key(from), day_key(today)],
            |row| row.get(0),
        )?;
        lines.push(language.say_with(
            "insights-week-anger",
            &[
                ("moments", week_moments.len().into()),
                ("open", open.into()),
            ],
        ));
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn days_without_data_are_gaps_not_zeros() {
        let from = day("2026-01-01");
        let today = day("2026-01-07");
        let (series, highest) = trend(
            Metric::Pleasantness,
            "Pleasantness",
            -5.0,
            5.0,
            InsightRange::Week.bucket_and_window(),
            from,
            today,
            [
                (day("2026-01-02"), Some(2.0)),
                (day("2026-01-02"), Some(4.0)),
                (day("2026-01-05"), Some(-1.0)),
            ]
            .into_iter(),
        );
        let values: Vec<Option<f64>> = series.points.iter().map(|p| p.value).collect();
        assert_eq!(
            values,
            vec![None, Some(3.0), None, None, Some(-1.0), None, None]
        );
        assert_eq!(
            highest,
            vec![None, Some(4.0), None, None, Some(-1.0), None, None],
            "a day of a 2 and a 4 averages 3, and its highest reading is 4"
        );
        assert_eq!(
            series.points[1].smoothed,
            Some(3.0),
            "smoothing reaches as far as the nearby points"
        );
        for p in &series.points {
            assert_eq!(
                p.smoothed.is_some(),
                p.value.is_some(),
                "the smoothed line has a gap wherever the points do ({})",
                p.day
            );
        }
    }

    #[test]
    fn smoothing_averages_the_neighbours_but_never_fills_a_missing_day() {
        let from = day("2026-01-01");
        let today = day("2026-01-30");
        let values: Vec<(NaiveDate, Option<f64>)> = (0..30)
            .filter(|i| i % 3 != 1)
            .map(|i| (from + Duration::days(i), Some(i as f64 / 10.0)))
            .collect();
        let (series, _) = trend(
            Metric::Stress,
            "Stress",
            0.0,
            10.0,
            InsightRange::Month.bucket_and_window(),
            from,
            today,
            values.into_iter(),
        );
        assert_eq!(series.points[1].value, None);
        assert_eq!(series.points[1].smoothed, None, "a missing day stays a gap");
        assert_eq!(series.points[3].value, Some(0.3));
        // Days 0, 2, 3, 5 and 6 are within three of day 3: (0 + .2 + .3 + .5 + .6) / 5.
        assert_eq!(series.points[3].smoothed, Some(0.3));
        let gaps = series
            .points
            .iter()
            .filter(|p| p.smoothed.is_none())
            .count();
        assert_eq!(gaps, 10);
    }

    #[test]
    fn consistency_counts_days_this_month_without_guilt() {
        assert_eq!(
            consistency(0, Language::ENGLISH),
            "No check-ins yet this month. Whenever you're ready, one takes ten seconds."
        );
        assert_eq!(
            consistency(1, Language::ENGLISH),
            "You checked in on 1 day this month."
        );
        assert_eq!(
            consistency(12, Language::ENGLISH),
            "You checked in on 12 days this month."
        );
        for n in 0..=31 {
            let sentence = consistency(n, Language::ENGLISH).to_lowercase();
            for word in ["only", "missed", "streak", "just", "should"] {
                assert!(!sentence.contains(word), "{sentence:?} says {word:?}");
            }
        }
    }

    #[test]
    fn a_year_is_drawn_one_point_a_week() {
        let today = day("2026-12-31");
        let from = today - Duration::days(364);
        let (series, _) = trend(
            Metric::Energy,
            "Energy",
            -5.0,
            5.0,
            InsightRange::Year.bucket_and_window(),
            from,
            today,
            std::iter::empty(),
        );
        assert_eq!(series.points.len(), 53);
        assert!(!series.has_data);
    }

    #[test]
    fn a_pattern_needs_three_days_with_and_three_without() {
        let p = compare(
            PatternSubject::Sleep,
            &[1.0, 2.0],
            &[0.0, 0.0, 0.0],
            |_, _, _| String::new(),
            Language::ENGLISH,
        );
        assert!(!p.enough_data);
        assert!(p.sentence.contains("not enough data yet"), "{}", p.sentence);
        assert_eq!(p.difference, None);
        let p = compare(
            PatternSubject::Sleep,
            &[1.0, 2.0, 3.0],
            &[0.0, 0.0, 0.0],
            |d, _, _| format!("{d}"),
            Language::ENGLISH,
        );
        assert_eq!(p.difference, Some(2.0));
    }

    #[test]
    fn stored_days_are_read_and_malformed_ones_refused() {
        assert_eq!(parse_day("2026-02-28").expect("valid"), day("2026-02-28"));
        for bad in ["2026-02-30", "2026-2-28", "20260228", "2026-0a-01", ""] {
            assert!(parse_day(bad).is_err(), "{bad}");
        }
        assert_eq!(day_key(day("2026-03-09")), "2026-03-09");
    }

    /// A week of check-ins ending 2026-03-10: "travail" on three unpleasant, wound-up days after
    /// short nights, four pleasant, settled days after long ones; two anger moments, one still
    /// needing a repair. The screen for the last 30 days, in `language`.
    fn a_week_in(language: Language) -> InsightsScreen {
        let (_dir, store) = crate::store::scratch();
        let zone = chrono::FixedOffset::west_opt(5 * 3600).expect("offset");
        let at = |d: u32, h: u32| {
            use chrono::TimeZone;
            zone.with_ymd_and_hms(2026, 3, d, h, 0, 0)
                .single()
                .expect("a time")
        };
        let pack = crate::content::default_pack().expect("built in");
        store
            .write(|tx| {
                for d in 4..=10 {
                    let tagged = d % 2 == 0 && d < 10;
                    let input = crate::checkins::CheckInInput {
                        own_words: vec![if tagged { "crevé" } else { "calme" }.to_owned()],
                        tags: if tagged {
                            vec!["travail".to_owned()]
                        } else {
                            Vec::new()
                        },
                        hours_slept: Some(if tagged { 5.0 } else { 8.0 }),
                        anger: Some(if tagged { 6 } else { 1 }),
                        ..if tagged {
                            crate::checkins::CheckInInput::new(-3, 3)
                        } else {
                            crate::checkins::CheckInInput::new(2, -2)
                        }
                    };
                    crate::checkins::record(tx, input, &[], at(d, 9), language)?;
                }
                for (d, repair_needed) in [(6, true), (8, false)] {
                    let moment = crate::anger::AngerMomentInput {
                        what_happened: "La chicane sur l'auto".to_owned(),
                        intensity: 7,
                        body_cues: Vec::new(),
                        thoughts: None,
                        what_i_did: None,
                        next_time: None,
                        repair_needed,
                        repair_done: false,
                    };
                    crate::anger::record(tx, moment, at(d, 19))?;
                }
                Ok(())
            })
            .expect("saved");
        store
            .read(|conn| {
                let help = crate::safety::help::saved(conn, pack, None)?;
                build(conn, InsightRange::Month, day("2026-03-10"), help, language)
            })
            .expect("the screen")
    }

    #[test]
    fn the_insights_read_naturally_in_french_with_the_french_pack() {
        let nbsp = '\u{a0}';
        let french = a_week_in(Language::of_pack("fr-CA"));
        let english = a_week_in(Language::ENGLISH);
        assert_eq!(french.range_label, "Les 30 derniers jours");
        assert_eq!(english.range_label, "Last 30 days");
        let labels: Vec<&str> = french
            .range_options
            .iter()
            .map(|o| o.label.as_str())
            .collect();
        assert_eq!(labels, ["Semaine", "Mois", "3 mois", "Année"]);
        // A count of days, in the plural.
        assert_eq!(
            french.consistency,
            "Ce mois-ci, tu as fait ton bilan 7 jours."
        );
        assert_eq!(english.consistency, "You checked in on 7 days this month.");
        assert_eq!(
            french.weekly_summary,
            [
                "Tu as fait ton bilan 7 jours sur les 7 derniers.".to_owned(),
                format!(
                    "Les mots que tu as choisis le plus souvent, ce sont «{nbsp}calme{nbsp}» et «{nbsp}crevé{nbsp}»."
                ),
                // The adjective agrees with « bilans ».
                "La plupart de tes bilans étaient agréables, avec une énergie basse.".to_owned(),
                "Tu as noté 2 moments de colère; il reste 1 réparation à faire.".to_owned(),
            ]
        );
        assert_eq!(
            english.weekly_summary,
            [
                "You checked in on 7 of the last 7 days.",
                "The words you picked most were \"calme\" and \"crevé\".",
                "Most of your check-ins were pleasant, low energy.",
                "You logged 2 anger moments; 1 still needs a repair.",
            ]
        );
        let work = french
            .patterns
            .iter()
            .find(|p| p.subject == PatternSubject::Tag("travail".into()))
            .expect("a pattern for travail");
        assert_eq!(
            work.sentence,
            format!(
                "Les jours où tu as mis l'étiquette «{nbsp}travail{nbsp}», tes bilans étaient moins \
                 agréables que les autres jours (moyenne de -3,0 contre +2,0). C'est un lien à \
                 remarquer, pas une cause."
            )
        );
        let sleep = french
            .patterns
            .iter()
            .find(|p| p.subject == PatternSubject::Sleep)
            .expect("a pattern for sleep");
        assert!(
            sleep.sentence.starts_with(
                "Les jours après une nuit de 7 heures ou plus, ton énergie était plus basse"
            ),
            "{}",
            sleep.sentence
        );
        let names: Vec<&str> = french.trends.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(
            names,
            [
                "Agréable ou désagréable",
                "Énergie",
                "Colère",
                "Niveau de stress"
            ]
        );
        assert_eq!(french.quadrants[0].label, "désagréable, énergie haute");
        assert_eq!(french.anger_by_time_of_day[2].label, "Soir");
        assert_eq!(french.anger_by_weekday[0].label, "Lun");
        assert!(
            french
                .spoken
                .starts_with(&format!("Tes tendances{nbsp}: les 30 derniers jours.")),
            "{}",
            french.spoken
        );
        assert!(
            english.spoken.starts_with("Your insights: last 30 days."),
            "{}",
            english.spoken
        );
    }

    #[test]
    fn a_month_of_check_ins_is_counted_in_french_without_guilt() {
        let french = Language::of_pack("fr-CA");
        assert_eq!(
            consistency(0, french),
            "Pas encore de bilan ce mois-ci. Quand tu veux, ça prend dix secondes."
        );
        assert_eq!(
            consistency(1, french),
            "Ce mois-ci, tu as fait ton bilan 1 jour."
        );
        assert_eq!(
            consistency(12, french),
            "Ce mois-ci, tu as fait ton bilan 12 jours."
        );
        for n in 0..=31 {
            let sentence = consistency(n, french).to_lowercase();
            for word in [
                "seulement",
                "manqué",
                "série",
                "juste",
                "devrais",
                "rien que",
            ] {
                assert!(!sentence.contains(word), "{sentence:?} says {word:?}");
            }
        }
        let p = compare(
            PatternSubject::Tag("travail".into()),
            &[1.0],
            &[0.0, 0.0, 0.0],
            |_, _, _| String::new(),
            french,
        );
        assert_eq!(
            p.sentence,
            "Jours avec l'étiquette «\u{a0}travail\u{a0}»\u{a0}: pas encore assez de bilans. Un lien \
             peut se voir après 3 jours avec et 3 jours sans."
        );
    }

    #[test]
    fn late_night_anger_falls_in_the_night_slice() {
        assert_eq!(part_of_day(23 * 60), 3);
        assert_eq!(part_of_day(30), 3);
        assert_eq!(part_of_day(7 * 60), 0);
        assert_eq!(part_of_day(18 * 60), 2);
    }
}
