//! The notification schedule: the reminder settings with what the curriculum and the check-ins
//! say about today (this week's practice, the baby's date, a check-in made already).

use chrono::{DateTime, FixedOffset};
use groundwork_pack::Pack;
use rusqlite::Connection;

use crate::base::days;
use crate::base::error::Result;
use crate::base::text::Language;
use crate::checkins;
use crate::curriculum;
use crate::reminders::{self, ScheduleContext, ScheduledNotification};

/// The local notifications for the next `days` days from `now`, with their texts in the pack's
/// language.
pub(crate) fn build(
    conn: &Connection,
    pack: &Pack,
    now: DateTime<FixedOffset>,
    days: u32,
) -> Result<Vec<ScheduledNotification>> {
    let settings = reminders::load(conn)?;
    let today = days::lived_day(now);
    let context = ScheduleContext {
        practice_commitment: curriculum::open_commitment(conn, pack, today)?,
        new_father_baby_date: curriculum::new_father_date(conn, pack)?,
        new_father_module_weeks: Some(curriculum::new_father_module_weeks(conn, pack)?),
        checked_in_today: checkins::count_on_day(conn, &days::day_key(today))? > 0,
        language: Language::of_pack(&pack.manifest.locale),
    };
    reminders::schedule(&settings, now, days, &context)
}
