//! What he does in the curriculum outside a lesson, each in one call the FFI passes straight
//! through: onboarding, the phase map and a module's overview, tracks, the baby's date and the
//! counsellor plan. Changes run in the caller's transaction; the caller returns home after.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use groundwork_pack::{Module, Pack};
use rusqlite::{Connection, Transaction};

use super::screens::{
    self, ModuleOverviewScreen, OnboardingChoices, OnboardingScreen, PhaseMapScreen,
};
use super::standing::{self, Standing};
use super::state::{self, BabyDate};
use crate::base::error::Result;
use crate::recommend::{self, ReceivedRecommendation};
use crate::{reminders, safety};

/// Onboarding (and later "your path"): his region (or a guess from `device_locale`), tracks,
/// the baby's date and discreet mode as saved.
pub(crate) fn onboarding_screen(
    conn: &Connection,
    pack: &Pack,
    device_locale: Option<&str>,
) -> Result<OnboardingScreen> {
    let discreet = reminders::load(conn)?.discreet;
    let region = safety::saved_region(conn)?;
    let learner = state::load(conn)?;
    Ok(screens::onboarding(
        pack,
        &learner,
        region,
        device_locale,
        discreet,
        super::start_here::said_hard(conn)?,
    ))
}

/// Saves what he chose in onboarding, all at once. Nothing is saved on error.
pub(crate) fn complete_onboarding(
    tx: &Transaction<'_>,
    pack: &Pack,
    choices: &OnboardingChoices,
    now: DateTime<FixedOffset>,
) -> Result<()> {
    let region = safety::checked_region(pack, &choices.region)?;
    if let Some(baby) = &choices.baby_date {
        baby.check(now.date_naive())?;
    }
    let mut reminder_settings = reminders::load(tx)?;
    reminder_settings.discreet = choices.discreet_mode;
    state::set_tracks(tx, pack, &choices.track_ids, millis(now))?;
    state::set_baby_date(tx, choices.baby_date.as_ref())?;
    safety::set_region(tx, pack, &region)?;
    reminders::save(tx, &reminder_settings)?;
    super::start_here::set_said_hard(tx, choices.things_are_hard)?;
    state::set_onboarded(tx)
}

/// Every phase and module on `today`.
pub(crate) fn phase_map(
    conn: &Connection,
    pack: &Pack,
    today: NaiveDate,
) -> Result<PhaseMapScreen> {
    let learner = state::load(conn)?;
    screens::phase_map(conn, &Standing::new(pack, &learner, today))
}

/// The pack's "start here" paths on `today`.
pub(crate) fn start_here_paths(
    conn: &Connection,
    pack: &Pack,
    today: NaiveDate,
) -> Result<Vec<super::start_here::StartHerePath>> {
    let learner = state::load(conn)?;
    screens::start_here_paths(conn, &Standing::new(pack, &learner, today))
}

/// A module before opening it. `NotFound` for a module the pack does not have.
pub(crate) fn module_overview(
    conn: &Connection,
    pack: &Pack,
    module_id: &str,
    today: NaiveDate,
) -> Result<ModuleOverviewScreen> {
    let module: &Module = standing::find(pack, module_id)?;
    let learner = state::load(conn)?;
    screens::overview(conn, &Standing::new(pack, &learner, today), module)
}

/// Sets the tracks he is on (at least one).
pub(crate) fn set_tracks(
    tx: &Transaction<'_>,
    pack: &Pack,
    track_ids: &[String],
    now: DateTime<FixedOffset>,
) -> Result<()> {
    state::set_tracks(tx, pack, track_ids, millis(now))
}

/// Sets, changes or removes the baby's date, checked against the calendar on `now`.
pub(crate) fn set_baby_date(
    tx: &Transaction<'_>,
    baby_date: Option<&BabyDate>,
    now: DateTime<FixedOffset>,
) -> Result<()> {
    if let Some(baby) = baby_date {
        baby.check(now.date_naive())?;
    }
    state::set_baby_date(tx, baby_date)
}

/// Adds modules a counsellor recommended to his plan, after checking the modules, the name and
/// the note. Nothing is saved on error.
pub(crate) fn recommend_modules(
    tx: &Transaction<'_>,
    pack: &Pack,
    module_ids: &[String],
    from: &str,
    note: Option<&str>,
    now: DateTime<FixedOffset>,
) -> Result<()> {
    let ids = recommend::chosen_modules(pack, module_ids)?;
    let from = recommend::name(from)?;
    let note = recommend::note_text(note)?;
    state::add_to_plan(tx, &ids, &from, note.as_deref(), millis(now))
}

/// Reads a counsellor's code or link for `pack`.
pub(crate) fn read_recommendation(pack: &Pack, code: &str) -> Result<ReceivedRecommendation> {
    Ok(recommend::read_code(pack, code)?)
}

fn millis(now: DateTime<FixedOffset>) -> i64 {
    now.with_timezone(&Utc).timestamp_millis()
}
