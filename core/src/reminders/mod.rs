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
//! on they say nothing about feelings, anger, a journal, being a dad or Groundwork itself. The
//! words are the catalogs' (`reminders.ftl`), in the language asked for; the notifications' in
//! [`ScheduleContext::language`].
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

use crate::base::error::{Error, Reason, Result};
use crate::base::ffi_types::Timestamp;
use crate::base::text::Language;
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
            return Err(Error::invalid(field, Reason::new("reminders-hour-range")));
        }
        if self.minute > 59 {
            return Err(Error::invalid(field, Reason::new("reminders-minute-range")));
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
                    Reason::new("reminders-quiet-hours-same"),
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
    let unreadable = || {
        Error::invalid(
            "reminder settings",
            Reason::new("reminders-settings-unreadable"),
        )
    };
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
    /// The language the notifications are said in: the pack's (English by default).
    pub language: Language,
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
            Reason::with("reminders-days-range", [("max", MAX_SCHEDULE_DAYS.into())]),
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

/// Title and body for one notification, in the context's language.
fn texts(
    discreet: bool,
    kind: ReminderKind,
    context: &ScheduleContext,
    week: i64,
) -> (String, String) {
    let language = context.language;
    if discreet {
        let neutral = discreet_texts(true, language);
        return (neutral.notification_title, neutral.notification_body);
    }
    match kind {
        ReminderKind::CheckIn => (
            language.say("reminders-check-in-title"),
            language.say("reminders-check-in-body"),
        ),
        ReminderKind::WeeklyPractice => {
            let body = match context
                .practice_commitment
                .as_deref()
                .and_then(commitment_preview)
            {
                Some(preview) => language.say_with(
                    "reminders-practice-commitment",
                    &[("commitment", preview.into())],
                ),
                None => language.say("reminders-practice-body"),
            };
            (language.say("reminders-practice-title"), body)
        }
        ReminderKind::NewModule => {
            let body = match week {
                w if w < 0 => {
                    language.say_with("reminders-new-dad-weeks-to-go", &[("weeks", (-w).into())])
                }
                0 => language.say("reminders-new-dad-birth-week"),
                w => language.say_with("reminders-new-dad-week", &[("week", w.into())]),
            };
            (language.say("reminders-new-dad-title"), body)
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
    /// The title of the phone's own fingerprint or face prompt when the app opens with it.
    pub unlock_prompt_title: String,
    /// The line under that title (iOS shows it as the reason).
    pub unlock_prompt_reason: String,
    /// That prompt's button to stop, e.g. "Cancel".
    pub unlock_prompt_cancel: String,
}

/// The app's name where it is shown as itself: a brand, the same in every language.
const APP_NAME: &str = "Groundwork";

/// The stem of a shared file's name, and its neutral stem in discreet mode: the same in every
/// language, like the app's name.
const FILE_STEM: &str = "groundwork";
const DISCREET_FILE_STEM: &str = "notes";

/// The normal texts when `on` is false, the neutral ones when it is true, in `language` (the
/// app's name and the stems of shared files are the same in every language).
pub fn discreet_texts(on: bool, language: Language) -> DiscreetTexts {
    let s = |id: &str| language.say(id);
    if on {
        DiscreetTexts {
            app_display_name: s("reminders-discreet-app-name"),
            notification_title: s("reminders-discreet-notification-title"),
            notification_body: s("reminders-discreet-notification-body"),
            export_share_title: s("reminders-discreet-export-title"),
            report_share_title: s("reminders-discreet-export-title"),
            shared_file_name: DISCREET_FILE_STEM.to_owned(),
            quick_hide_label: s("reminders-discreet-hide"),
            quick_hide_description: s("reminders-discreet-hide-description"),
            unlock_prompt_title: s("reminders-discreet-unlock-title"),
            unlock_prompt_reason: s("reminders-discreet-unlock-reason"),
            unlock_prompt_cancel: s("reminders-unlock-cancel"),
        }
    } else {
        DiscreetTexts {
            app_display_name: APP_NAME.to_owned(),
            notification_title: APP_NAME.to_owned(),
            notification_body: s("reminders-notification-body"),
            export_share_title: s("reminders-export-title"),
            report_share_title: s("reminders-report-title"),
            shared_file_name: FILE_STEM.to_owned(),
            quick_hide_label: s("reminders-quick-hide"),
            quick_hide_description: s("reminders-quick-hide-description"),
            unlock_prompt_title: s("reminders-unlock-title"),
            unlock_prompt_reason: s("reminders-unlock-reason"),
            unlock_prompt_cancel: s("reminders-unlock-cancel"),
        }
    }
}

/// Whether discreet mode is on, from the saved reminder settings. Settings that cannot be read
/// count as on: a neutral name or text where a plain one was wanted gives nothing away.
pub(crate) fn discreet_on(conn: &rusqlite::Connection) -> Result<bool> {
    Ok(match crate::store::setting(conn, Setting::Reminders)? {
        Some(json) => from_json(&json).map_or(true, |settings| settings.discreet),
        None => false,
    })
}

/// The name of a file he saves or shares: the usual stem with what it holds and its day
/// (`groundwork-journal-2026-11-22.md`), or in discreet mode the neutral stem and the day alone
/// (`notes-2026-11-22.md`), so a file left in Downloads or a chat says nothing about what it is.
/// `holds` is what the file holds ("journal", "report"), `None` for everything.
pub fn shared_file_name(discreet: bool, holds: Option<&str>, day: &str, extension: &str) -> String {
    let stem = if discreet {
        DISCREET_FILE_STEM
    } else {
        FILE_STEM
    };
    match holds {
        Some(holds) if !discreet => format!("{stem}-{holds}-{day}.{extension}"),
        _ => format!("{stem}-{day}.{extension}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_say_what_they_hold_only_outside_discreet_mode() {
        assert_eq!(
            shared_file_name(false, Some("journal"), "2026-11-22", "md"),
            "groundwork-journal-2026-11-22.md"
        );
        assert_eq!(
            shared_file_name(false, None, "2026-11-22", "json"),
            "groundwork-2026-11-22.json"
        );
        assert_eq!(
            shared_file_name(true, Some("journal"), "2026-11-22", "md"),
            "notes-2026-11-22.md"
        );
    }

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

    #[test]
    fn the_notifications_are_said_in_french_with_the_french_pack() {
        let french = Language::of_pack("fr-CA");
        let context = |language| ScheduleContext {
            language,
            ..ScheduleContext::default()
        };
        let (title, body) = texts(false, ReminderKind::CheckIn, &context(french), 0);
        assert_eq!(title, "C'est le temps de faire ton bilan");
        assert_ne!(
            title,
            texts(false, ReminderKind::CheckIn, &context(Language::ENGLISH), 0).0
        );
        assert!(!body.is_empty());
        let weeks_to_go =
            |language, week| texts(false, ReminderKind::NewModule, &context(language), week).1;
        assert_eq!(
            weeks_to_go(french, -1),
            "Plus qu'une semaine\u{a0}: le module de la semaine t'attend quand tu es prêt."
        );
        assert_eq!(
            weeks_to_go(french, -3),
            "Plus que 3 semaines\u{a0}: le module de la semaine t'attend quand tu es prêt."
        );
        assert_eq!(
            weeks_to_go(Language::ENGLISH, -3),
            "3 weeks to go: this week's module is ready when you are."
        );
        assert_eq!(
            weeks_to_go(Language::ENGLISH, -1),
            "1 week to go: this week's module is ready when you are."
        );
        let neutral = texts(true, ReminderKind::NewModule, &context(french), 3);
        assert_eq!(
            neutral,
            ("Rappel".to_owned(), "Tu as un rappel.".to_owned())
        );
    }

    #[test]
    fn the_discreet_texts_are_in_french_and_still_say_nothing() {
        let french = Language::of_pack("fr-CA");
        let neutral = discreet_texts(true, french);
        assert_eq!(neutral.app_display_name, "Bloc-notes");
        assert_eq!(neutral.unlock_prompt_reason, "Confirme que c'est toi");
        let all = format!("{neutral:?}").to_lowercase();
        for word in ["groundwork", "colère", "journal", "papa", "émotion", "aide"] {
            assert!(!all.contains(word), "{word}: {all}");
        }
        let usual = discreet_texts(false, french);
        assert_eq!(usual.app_display_name, "Groundwork");
        assert_eq!(
            usual.unlock_prompt_reason,
            "Utilise ton empreinte ou ton visage pour ouvrir Groundwork"
        );
        assert_eq!(
            discreet_texts(false, Language::ENGLISH).unlock_prompt_title,
            "Unlock Groundwork"
        );
    }
}
