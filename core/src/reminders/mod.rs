//! Reminders and discreet mode.
//!
//! The core decides *when* each reminder fires and *what it says*; shells only hand the result to
//! the platform's local notifications. Nothing here touches the network or the database: these are
//! pure functions of the settings, the local time, and a small [`ScheduleContext`].
//!
//! # Discreet mode
//!
//! [`discreet_texts`] gives the texts a shell shows where someone else might look: the app name
//! it suggests, notification text, share-sheet titles and the quick-hide action. With discreet mode
//! on they say nothing about feelings, anger, a journal, being a dad or Groundwork itself.
//!
//! # The schedule
//!
//! [`schedule`] lists the notifications for the next `days` days (1 to [`MAX_SCHEDULE_DAYS`]):
//!
//! - **Daily check-in** at the chosen time every day (today's is left out when he has already
//!   checked in, see [`ScheduleContext::checked_in_today`]; "today" is the day he is living,
//!   which ends at 04:00, see [`crate::base::days`]).
//! - **Weekly practice** on the chosen weekday and time, naming this week's commitment when one is
//!   known and discreet mode is off.
//! - **New-dad module** when the new-father track is active: on the day each new week of the track
//!   opens (the weekday of the baby's due date or birthday, weeks -40 to 104) at
//!   [`NEW_MODULE_TIME`].
//!
//! **Quiet hours.** A reminder that would fire inside quiet hours is *moved to the end of the quiet
//! period*, not skipped: he still gets it, just not while he asked for quiet. Quiet hours run from
//! `start` (included) to `end` (excluded) and may run past midnight (22:00 to 07:00).
//!
//! **Time zones and daylight saving.** Times are computed in the UTC offset of `now_local`, which is
//! exact for the days that offset lasts. Shells therefore recompute and replace the whole schedule
//! whenever the time zone or offset changes (iOS `NSSystemTimeZoneDidChange`, Android
//! `ACTION_TIMEZONE_CHANGED` / `ACTION_TIME_CHANGED`), when the app comes to the foreground, and
//! after the reminder settings or this week's commitment change. The window is at most two weeks,
//! so a missed recompute can never drift for long.
//!
//! **Stable ids.** Each notification's id depends only on what it is for and its nominal local
//! date (`check-in-2026-10-04`, `practice-2026-10-08`, `new-dad-2026-10-08`), never on the time,
//! the offset or the text. A shell replaces pending notifications with the same id, so recomputing
//! never duplicates a reminder, and cancels pending ids that are no longer in the list.
//!
//! # Storage
//!
//! [`ReminderSettings`] is serde-serialisable; [`to_json`] and [`from_json`] validate in both
//! directions. The settings are kept in the `settings` table under [`SETTINGS_KEY`] ([`load`],
//! [`save`]).

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveTime, TimeZone, Timelike, Utc,
};
use serde::{Deserialize, Serialize};

use rusqlite::{Connection, Transaction};

use crate::base::error::{Error, Result};
use crate::base::ffi_types::Timestamp;
use crate::store::{self, Setting};

/// The key in the `settings` table under which [`to_json`] output is stored.
pub const SETTINGS_KEY: &str = Setting::Reminders.key();

/// The longest schedule that may be asked for, in days.
pub const MAX_SCHEDULE_DAYS: u32 = 14;

/// When the new-dad module reminder fires on the day a new week opens (local time).
pub const NEW_MODULE_TIME: TimeOfDay = TimeOfDay {
    hour: 19,
    minute: 0,
};

/// First and last week of the new-father track, counted from the baby's due date or birthday.
const NEW_FATHER_WEEKS: std::ops::RangeInclusive<i64> = -40..=104;

/// Longest part of a commitment shown in a notification, in characters.
const COMMITMENT_PREVIEW_CHARS: usize = 80;

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

/// A local time of day, 00:00 to 23:59.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Record,
)]
pub struct TimeOfDay {
    /// 0 to 23.
    pub hour: u8,
    /// 0 to 59.
    pub minute: u8,
}

impl TimeOfDay {
    fn validate(self, field: &'static str) -> Result<NaiveTime> {
        if self.hour > 23 {
            return Err(Error::invalid(field, "choose an hour from 0 to 23"));
        }
        if self.minute > 59 {
            return Err(Error::invalid(field, "choose a minute from 0 to 59"));
        }
        NaiveTime::from_hms_opt(u32::from(self.hour), u32::from(self.minute), 0)
            .ok_or(Error::Internal("a validated time of day was refused"))
    }

    fn minutes(self) -> u32 {
        u32::from(self.hour) * 60 + u32::from(self.minute)
    }

    /// The lived day this time falls in on calendar `date` (02:00 on the 5th is the 4th's).
    fn lived_day_on(self, date: NaiveDate) -> Option<NaiveDate> {
        let time = NaiveTime::from_hms_opt(u32::from(self.hour), u32::from(self.minute), 0)?;
        Some(crate::base::days::lived_day_at(date.and_time(time)))
    }
}

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl From<Weekday> for chrono::Weekday {
    fn from(day: Weekday) -> Self {
        match day {
            Weekday::Monday => chrono::Weekday::Mon,
            Weekday::Tuesday => chrono::Weekday::Tue,
            Weekday::Wednesday => chrono::Weekday::Wed,
            Weekday::Thursday => chrono::Weekday::Thu,
            Weekday::Friday => chrono::Weekday::Fri,
            Weekday::Saturday => chrono::Weekday::Sat,
            Weekday::Sunday => chrono::Weekday::Sun,
        }
    }
}

/// A weekday and a local time: when the weekly practice reminder fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Record)]
pub struct WeeklyTime {
    /// The day of the week.
    pub weekday: Weekday,
    /// The local time on that day.
    pub time: TimeOfDay,
}

/// When no reminder may fire: from `start` (included) to `end` (excluded), local time. May run past
/// midnight (22:00 to 07:00). `start` and `end` must differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Record)]
pub struct QuietHours {
    /// When quiet starts.
    pub start: TimeOfDay,
    /// When quiet ends; a reminder that fell in quiet hours fires at this time instead.
    pub end: TimeOfDay,
}

impl QuietHours {
    fn contains(self, time: NaiveTime) -> bool {
        let t = time.hour() * 60 + time.minute();
        let (start, end) = (self.start.minutes(), self.end.minutes());
        if start < end {
            (start..end).contains(&t)
        } else {
            t >= start || t < end
        }
    }
}

/// What he asked to be reminded of. Everything is off by default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
#[serde(default)]
pub struct ReminderSettings {
    /// A daily check-in reminder at this local time; `None` for none.
    pub daily_check_in: Option<TimeOfDay>,
    /// A weekly reminder of this week's practice; `None` for none.
    pub weekly_practice: Option<WeeklyTime>,
    /// A reminder when a new week's module opens on the new-father track (only while that track is
    /// active with a baby's date).
    pub new_father_weekly: bool,
    /// No reminder fires in these hours; `None` for no quiet hours.
    pub quiet_hours: Option<QuietHours>,
    /// Discreet mode: every notification just says "Reminder".
    pub discreet: bool,
}

impl ReminderSettings {
    /// Checks every rule; the error names the field and the rule.
    fn validate(&self) -> Result<()> {
        if let Some(time) = self.daily_check_in {
            time.validate("daily check-in time")?;
        }
        if let Some(weekly) = self.weekly_practice {
            weekly.time.validate("weekly practice time")?;
        }
        if let Some(quiet) = self.quiet_hours {
            quiet.start.validate("quiet hours start")?;
            quiet.end.validate("quiet hours end")?;
            if quiet.start == quiet.end {
                return Err(Error::invalid(
                    "quiet hours",
                    "the start and end must be different times",
                ));
            }
        }
        Ok(())
    }
}

/// Checks reminder settings without saving them: `InvalidInput` names the field and the rule.
pub fn validate_settings(settings: &ReminderSettings) -> Result<()> {
    settings.validate()
}

/// The settings as JSON for the `settings` table. Invalid settings are refused (`InvalidInput`).
pub fn to_json(settings: &ReminderSettings) -> Result<String> {
    settings.validate()?;
    serde_json::to_string(settings)
        .map_err(|_| Error::Internal("reminder settings could not be written as JSON"))
}

/// Reads settings written by [`to_json`]. Fields missing from older JSON take their defaults
/// (off). JSON that is not reminder settings, or settings that break a rule, are refused with
/// `InvalidInput`.
pub fn from_json(json: &str) -> Result<ReminderSettings> {
    let unreadable = || Error::invalid("reminder settings", "the saved settings are not readable");
    let value: serde_json::Value = serde_json::from_str(json).map_err(|_| unreadable())?;
    if !value.is_object() {
        return Err(unreadable());
    }
    let settings: ReminderSettings = serde_json::from_value(value).map_err(|_| unreadable())?;
    settings.validate()?;
    Ok(settings)
}

/// The saved reminder settings; everything is off until saved.
pub(crate) fn load(conn: &Connection) -> Result<ReminderSettings> {
    match store::setting(conn, Setting::Reminders)? {
        Some(json) => from_json(&json),
        None => Ok(ReminderSettings::default()),
    }
}

/// Saves the reminder settings (validated).
pub(crate) fn save(tx: &Transaction<'_>, settings: &ReminderSettings) -> Result<()> {
    store::put_setting(tx, Setting::Reminders, &to_json(settings)?)
}

// ---------------------------------------------------------------------------------------------
// The schedule
// ---------------------------------------------------------------------------------------------

/// What the schedule needs to know beyond the settings; the core fills it from the database.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScheduleContext {
    /// This week's commitment, named in the practice reminder when discreet mode is off (shortened
    /// to one line of about 80 characters).
    pub practice_commitment: Option<String>,
    /// The baby's due date or birthday when the new-father track is active; `None` when it is not.
    pub new_father_baby_date: Option<NaiveDate>,
    /// The weeks (from the birth) in which a new-dad module opens; the reminder comes only in
    /// those. `None`: every week of the track.
    pub new_father_module_weeks: Option<Vec<i64>>,
    /// He has already checked in today (the day he is living at `now_local`, which ends at
    /// 04:00): the check-in reminder that falls in that day is left out. Shells recompute the
    /// schedule after a check-in.
    pub checked_in_today: bool,
}

/// What a notification is for (e.g. for an Android notification channel).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum ReminderKind {
    /// The daily check-in.
    CheckIn,
    /// This week's practice.
    WeeklyPractice,
    /// A new week's module on the new-father track.
    NewModule,
}

impl ReminderKind {
    fn id_prefix(self) -> &'static str {
        match self {
            ReminderKind::CheckIn => "check-in",
            ReminderKind::WeeklyPractice => "practice",
            ReminderKind::NewModule => "new-dad",
        }
    }

    /// Where tapping its notification leads; `read_link` reads it back.
    pub fn deep_link(self) -> &'static str {
        match self {
            ReminderKind::CheckIn => "groundwork://check-in",
            ReminderKind::WeeklyPractice => "groundwork://practice",
            ReminderKind::NewModule => "groundwork://new-dad",
        }
    }
}

/// One local notification for the shell to schedule.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ScheduledNotification {
    /// Stable id: the same reminder gets the same id every time the schedule is computed, so the
    /// shell replaces it instead of adding a second one.
    pub id: String,
    /// What it is for.
    pub kind: ReminderKind,
    /// When to show it.
    pub fire_at: Timestamp,
    /// The notification title.
    pub title: String,
    /// The notification body.
    pub body: String,
    /// Where tapping it leads, e.g. `groundwork://check-in`.
    pub deep_link: String,
}

/// The notifications that fire after `now_local` and within the next `days` days (1 to
/// [`MAX_SCHEDULE_DAYS`]), earliest first. Times follow `now_local`'s UTC offset; see the module
/// docs for quiet hours, daylight saving and ids.
///
/// Errors: `InvalidInput` for invalid settings or `days` out of range.
pub fn schedule(
    settings: &ReminderSettings,
    now_local: DateTime<FixedOffset>,
    days: u32,
    context: &ScheduleContext,
) -> Result<Vec<ScheduledNotification>> {
    schedule_inner(settings, now_local, days, context)
}

fn schedule_inner(
    settings: &ReminderSettings,
    now_local: DateTime<FixedOffset>,
    days: u32,
    context: &ScheduleContext,
) -> Result<Vec<ScheduledNotification>> {
    settings.validate()?;
    if !(1..=MAX_SCHEDULE_DAYS).contains(&days) {
        return Err(Error::invalid(
            "days",
            format!("ask for 1 to {MAX_SCHEDULE_DAYS} days"),
        ));
    }
    let offset = *now_local.offset();
    let now = now_local.with_timezone(&Utc);
    let until = now + Duration::days(i64::from(days));
    let today = now_local.date_naive();
    let lived_today = crate::base::days::lived_day(now_local);

    let mut out = Vec::new();
    // From yesterday (a late reminder moved past midnight by quiet hours may still be pending) to
    // the last day of the window.
    for day_offset in -1..=i64::from(days) {
        let Some(date) = shift(today, day_offset) else {
            continue;
        };
        let mut add = |kind: ReminderKind, time: TimeOfDay, title: String, body: String| {
            if let Some(fire_at) = fire_time(date, time, offset, settings.quiet_hours)
                && fire_at > now
                && fire_at <= until
            {
                out.push(ScheduledNotification {
                    id: format!("{}-{}", kind.id_prefix(), date.format("%Y-%m-%d")),
                    kind,
                    fire_at,
                    title,
                    body,
                    deep_link: kind.deep_link().to_owned(),
                });
            }
        };

        if let Some(time) = settings.daily_check_in
            && !(context.checked_in_today && time.lived_day_on(date) == Some(lived_today))
        {
            let (title, body) = texts(settings.discreet, ReminderKind::CheckIn, context, 0);
            add(ReminderKind::CheckIn, time, title, body);
        }

        if let Some(weekly) = settings.weekly_practice
            && date.weekday() == chrono::Weekday::from(weekly.weekday)
        {
            let (title, body) = texts(settings.discreet, ReminderKind::WeeklyPractice, context, 0);
            add(ReminderKind::WeeklyPractice, weekly.time, title, body);
        }

        if settings.new_father_weekly
            && let Some(baby) = context.new_father_baby_date
        {
            let since = date.signed_duration_since(baby).num_days();
            let week = since.div_euclid(7);
            let opens_a_module = context
                .new_father_module_weeks
                .as_ref()
                .is_none_or(|weeks| weeks.contains(&week));
            if since.rem_euclid(7) == 0 && NEW_FATHER_WEEKS.contains(&week) && opens_a_module {
                let (title, body) =
                    texts(settings.discreet, ReminderKind::NewModule, context, week);
                add(ReminderKind::NewModule, NEW_MODULE_TIME, title, body);
            }
        }
    }
    out.sort_by(|a, b| a.fire_at.cmp(&b.fire_at).then_with(|| a.id.cmp(&b.id)));
    Ok(out)
}

fn shift(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    let magnitude = chrono::Days::new(days.unsigned_abs());
    if days < 0 {
        date.checked_sub_days(magnitude)
    } else {
        date.checked_add_days(magnitude)
    }
}

/// When a reminder nominally at `time` on `date` fires: moved to the end of quiet hours when it
/// falls inside them. `None` only at the edges of the representable calendar.
fn fire_time(
    date: NaiveDate,
    time: TimeOfDay,
    offset: FixedOffset,
    quiet: Option<QuietHours>,
) -> Option<Timestamp> {
    let nominal = NaiveTime::from_hms_opt(u32::from(time.hour), u32::from(time.minute), 0)?;
    let mut local = date.and_time(nominal);
    if let Some(quiet) = quiet
        && quiet.contains(nominal)
    {
        let end =
            NaiveTime::from_hms_opt(u32::from(quiet.end.hour), u32::from(quiet.end.minute), 0)?;
        // The quiet period ends later the same day, or (when it runs past midnight and the
        // reminder is before midnight) the next day.
        let end_date = if end > nominal {
            date
        } else {
            date.succ_opt()?
        };
        local = end_date.and_time(end);
    }
    offset
        .from_local_datetime(&local)
        .single()
        .map(|at| at.with_timezone(&Utc))
}

/// Title and body for one notification.
fn texts(
    discreet: bool,
    kind: ReminderKind,
    context: &ScheduleContext,
    week: i64,
) -> (String, String) {
    if discreet {
        let neutral = discreet_texts(true);
        return (neutral.notification_title, neutral.notification_body);
    }
    match kind {
        ReminderKind::CheckIn => (
            "Time for your check-in".to_owned(),
            "A minute to notice how you're doing.".to_owned(),
        ),
        ReminderKind::WeeklyPractice => {
            let body = match context
                .practice_commitment
                .as_deref()
                .and_then(commitment_preview)
            {
                Some(preview) => format!("Your plan this week: {preview}"),
                None => "A few minutes for this week's practice.".to_owned(),
            };
            ("This week's practice".to_owned(), body)
        }
        ReminderKind::NewModule => {
            let body = match week {
                w if w < 0 => format!(
                    "{} weeks to go: this week's module is ready when you are.",
                    -w
                ),
                0 => "Your baby's week: this week's module is ready when you are.".to_owned(),
                w => format!("Week {w} with your baby: this week's module is ready when you are."),
            };
            ("A new week as a dad".to_owned(), body)
        }
    }
}

/// One line of the commitment, shortened; `None` when there is nothing to show.
fn commitment_preview(text: &str) -> Option<String> {
    let line: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    if line.is_empty() {
        return None;
    }
    if line.chars().count() <= COMMITMENT_PREVIEW_CHARS {
        return Some(line);
    }
    let cut: String = line.chars().take(COMMITMENT_PREVIEW_CHARS - 1).collect();
    Some(format!("{}…", cut.trim_end()))
}

// ---------------------------------------------------------------------------------------------
// Discreet mode
// ---------------------------------------------------------------------------------------------

/// The texts a shell shows where others might see them. With discreet mode on they are neutral.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiscreetTexts {
    /// The app name to suggest for the home screen (an alternate icon's label), e.g. "Notes".
    pub app_display_name: String,
    /// The title of every notification in discreet mode; the app name otherwise.
    pub notification_title: String,
    /// A notification's body in discreet mode; a general line otherwise.
    pub notification_body: String,
    /// The share-sheet title for an export.
    pub export_share_title: String,
    /// The share-sheet title for a report made for a counsellor.
    pub report_share_title: String,
    /// The file-name stem suggested for shared files (no extension).
    pub shared_file_name: String,
    /// The label of the quick-hide action the shell binds to a gesture.
    pub quick_hide_label: String,
    /// What quick hide does, for settings and accessibility.
    pub quick_hide_description: String,
}

/// The normal texts when `on` is false, the neutral ones when it is true.
pub fn discreet_texts(on: bool) -> DiscreetTexts {
    let s = |text: &str| text.to_owned();
    if on {
        DiscreetTexts {
            app_display_name: s("Notes"),
            notification_title: s("Reminder"),
            notification_body: s("You have a reminder."),
            export_share_title: s("Export"),
            report_share_title: s("Export"),
            shared_file_name: s("notes"),
            quick_hide_label: s("Hide"),
            quick_hide_description: s("Closes this screen at once and shows a blank one."),
        }
    } else {
        DiscreetTexts {
            app_display_name: s("Groundwork"),
            notification_title: s("Groundwork"),
            notification_body: s("A moment for yourself."),
            export_share_title: s("Export from Groundwork"),
            report_share_title: s("Share with your counsellor"),
            shared_file_name: s("groundwork"),
            quick_hide_label: s("Quick hide"),
            quick_hide_description: s(
                "Locks Groundwork at once and covers the screen, so nothing you wrote shows.",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(hour: u8, minute: u8) -> TimeOfDay {
        TimeOfDay { hour, minute }
    }

    #[test]
    fn quiet_hours_past_midnight_cover_both_sides() {
        let quiet = QuietHours {
            start: t(22, 0),
            end: t(7, 0),
        };
        let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("valid time");
        assert!(quiet.contains(at(22, 0)));
        assert!(quiet.contains(at(3, 0)));
        assert!(!quiet.contains(at(7, 0)));
        assert!(!quiet.contains(at(21, 59)));
    }

    #[test]
    fn a_long_commitment_is_shortened_to_one_line() {
        let long = format!("walk\nevery {}", "day ".repeat(40));
        let preview = commitment_preview(&long).expect("preview");
        assert!(!preview.contains('\n'));
        assert!(preview.chars().count() <= COMMITMENT_PREVIEW_CHARS);
        assert!(preview.ends_with('…'));
        assert_eq!(commitment_preview(" \n\t "), None);
    }
}
