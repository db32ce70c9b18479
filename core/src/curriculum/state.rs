//! What is stored about his way through the curriculum: progress per module, tracks, the baby's
//! date, the counsellor plan and his newest answer to the home safety question. Everything is keyed by the pack's stable ids, so a newer pack
//! keeps it; rows for modules a newer pack no longer has are kept as history.

use std::collections::HashMap;

use chrono::NaiveDate;
use groundwork_pack::Pack;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::base::error::{Error, Reason, Result};
use crate::base::ffi_types::Day;

/// The track everyone is on until he chooses.
pub(crate) const DEFAULT_TRACK: &str = "general";

/// Whether the baby's date is a due date or a birthday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BabyDateKind {
    /// The expected date of birth.
    Due,
    /// The day the baby was born.
    Born,
}

/// The baby's due date or birthday, which times the new-father track.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, Serialize, Deserialize)]
pub struct BabyDate {
    /// Due date or birthday.
    pub kind: BabyDateKind,
    /// The date (`YYYY-MM-DD` when stored).
    pub date: Day,
}

impl BabyDate {
    /// Checks the date makes sense on `today`: a due date up to 42 weeks ahead (or a little
    /// past, babies come late), a birthday in the last three years.
    pub(crate) fn check(&self, today: NaiveDate) -> Result<()> {
        /// The furthest ahead a due date may be, in weeks.
        const DUE_WITHIN_WEEKS: i64 = 42;
        let day = self.date;
        let days = (day - today).num_days();
        match self.kind {
            BabyDateKind::Due if !(-70..=DUE_WITHIN_WEEKS * 7).contains(&days) => {
                Err(Error::invalid(
                    "baby_date",
                    Reason::with(
                        "curriculum-due-date-too-far",
                        [("weeks", DUE_WITHIN_WEEKS.into())],
                    ),
                ))
            }
            BabyDateKind::Born if !(-3 * 366..=0).contains(&days) => Err(Error::invalid(
                "baby_date",
                Reason::new("curriculum-birthday-range"),
            )),
            _ => Ok(()),
        }
    }
}

/// His answer to "Has your baby arrived?", kept until it no longer applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "answer", rename_all = "kebab-case")]
pub(crate) enum Arrival {
    /// "Not yet", on the calendar day `on`, about the due date `due` (`YYYY-MM-DD` both): the
    /// question waits a few days.
    NotYet { due: String, on: String },
    /// "We lost our baby", on the calendar day `on`: the new-dad track is paused until he picks
    /// it up again.
    Lost { on: String },
}

/// One module's stored progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ModuleRow {
    pub module_id: String,
    /// The title when last worked on, for history once a newer pack drops the module.
    pub title: String,
    /// The step open now; the step count once finished and not being reviewed.
    pub current_step: u32,
    /// The furthest step reached.
    pub furthest_step: u32,
    pub started_at: i64,
    pub updated_at: i64,
    pub completed_at: Option<i64>,
    pub completed_day: Option<String>,
    pub reviewed_at: Option<i64>,
}

/// A module a counsellor recommended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PlanRow {
    pub module_id: String,
    pub from_name: String,
    pub note: Option<String>,
}

/// Everything stored about his way through the curriculum.
#[derive(Debug, Clone, Default)]
pub(crate) struct Learner {
    pub modules: HashMap<String, ModuleRow>,
    /// Active track ids (the default track when none were chosen).
    pub tracks: Vec<String>,
    pub baby: Option<BabyDate>,
    /// The counsellor plan, in the order recommended.
    pub plan: Vec<PlanRow>,
    pub onboarded: bool,
    /// His newest answer to the home safety question, if he has answered it.
    pub home_safety: Option<super::gate::StoredHomeSafety>,
    /// His saved region (e.g. "AU"), for the emergency number on every screen's help button.
    pub region: Option<String>,
    /// His answer to "Has your baby arrived?" (or that they lost the baby), if it still applies.
    pub arrival: Option<Arrival>,
}

impl Learner {
    pub(crate) fn completed(&self, module_id: &str) -> bool {
        self.modules
            .get(module_id)
            .is_some_and(|m| m.completed_at.is_some())
    }

    pub(crate) fn on_track(&self, track: &str) -> bool {
        self.tracks.iter().any(|t| t == track)
    }

    pub(crate) fn recommended_by(&self, module_id: &str) -> Option<&PlanRow> {
        self.plan.iter().find(|p| p.module_id == module_id)
    }

    /// Whether he is on a track timed by the baby's date.
    pub(crate) fn on_timed_track(&self, pack: &Pack) -> bool {
        pack.manifest
            .tracks
            .iter()
            .any(|t| t.timing == groundwork_pack::TrackTiming::BabyDate && self.on_track(&t.id))
    }

    /// Whether the new-dad track is paused after a loss: he said they lost the baby and has not
    /// chosen the track again since.
    pub(crate) fn paused_after_loss(&self, pack: &Pack) -> bool {
        matches!(self.arrival, Some(Arrival::Lost { .. })) && !self.on_timed_track(pack)
    }
}

use crate::store::{Setting, put_setting, setting};

const MODULE_COLUMNS: &str = "SELECT module_id, title, current_step, furthest_step, started_at,
     updated_at, completed_at, completed_day, reviewed_at FROM module_progress";

fn module_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ModuleRow> {
    Ok(ModuleRow {
        module_id: r.get(0)?,
        title: r.get(1)?,
        current_step: r.get(2)?,
        furthest_step: r.get(3)?,
        started_at: r.get(4)?,
        updated_at: r.get(5)?,
        completed_at: r.get(6)?,
        completed_day: r.get(7)?,
        reviewed_at: r.get(8)?,
    })
}

/// One module's stored progress, if he has opened it.
pub(crate) fn load_module(conn: &Connection, module_id: &str) -> Result<Option<ModuleRow>> {
    Ok(conn
        .prepare_cached(&format!("{MODULE_COLUMNS} WHERE module_id = ?1"))?
        .query_row([module_id], module_row)
        .optional()?)
}

/// Reads everything stored about the curriculum.
pub(crate) fn load(conn: &Connection) -> Result<Learner> {
    let mut stmt = conn.prepare_cached(MODULE_COLUMNS)?;
    let modules = stmt
        .query_map([], module_row)?
        .map(|row| row.map(|m| (m.module_id.clone(), m)))
        .collect::<rusqlite::Result<HashMap<_, _>>>()?;
    let mut stmt =
        conn.prepare_cached("SELECT track_id FROM active_tracks ORDER BY added_at, track_id")?;
    let mut tracks = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if tracks.is_empty() {
        tracks.push(DEFAULT_TRACK.to_owned());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT module_id, from_name, note FROM counsellor_plan ORDER BY position, module_id",
    )?;
    let plan = stmt
        .query_map([], |r| {
            Ok(PlanRow {
                module_id: r.get(0)?,
                from_name: r.get(1)?,
                note: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let baby = setting(conn, Setting::BabyDate)?
        .map(|json| {
            serde_json::from_str(&json).map_err(|_| Error::Internal("a stored date is malformed"))
        })
        .transpose()?;
    Ok(Learner {
        modules,
        tracks,
        baby,
        plan,
        onboarded: setting(conn, Setting::Onboarded)?.is_some(),
        home_safety: super::gate::newest(conn)?,
        region: setting(conn, Setting::Region)?,
        // Only a hint for what to ask: an unreadable one is as good as none.
        arrival: setting(conn, Setting::BabyArrival)?
            .and_then(|json| serde_json::from_str(&json).ok()),
    })
}

/// Stores his answer to "Has your baby arrived?" (`None` removes it).
pub(crate) fn set_arrival(tx: &Transaction<'_>, arrival: Option<&Arrival>) -> Result<()> {
    put_json(tx, Setting::BabyArrival, arrival)
}

/// Leaves the tracks timed by the baby's date (the main path stays, or comes back when it was
/// the only other one). Progress is never touched.
pub(crate) fn leave_timed_tracks(tx: &Transaction<'_>, pack: &Pack) -> Result<()> {
    for track in pack
        .manifest
        .tracks
        .iter()
        .filter(|t| t.timing == groundwork_pack::TrackTiming::BabyDate)
    {
        tx.execute("DELETE FROM active_tracks WHERE track_id = ?1", [&track.id])?;
    }
    Ok(())
}

/// Stores the baby's date (`None` removes it).
pub(crate) fn set_baby_date(tx: &Transaction<'_>, baby: Option<&BabyDate>) -> Result<()> {
    put_json(tx, Setting::BabyDate, baby)
}

/// Stores `value` as JSON under `key` (`None` removes it).
fn put_json<T: Serialize>(tx: &Transaction<'_>, key: Setting, value: Option<&T>) -> Result<()> {
    match value {
        Some(value) => {
            let json = serde_json::to_string(value)
                .map_err(|_| Error::Internal("a setting could not be stored"))?;
            put_setting(tx, key, &json)
        }
        None => {
            tx.execute("DELETE FROM settings WHERE key = ?1", [key.key()])?;
            Ok(())
        }
    }
}

/// Marks onboarding as done.
pub(crate) fn set_onboarded(tx: &Transaction<'_>) -> Result<()> {
    put_setting(tx, Setting::Onboarded, "1")
}

/// Replaces the active tracks. Progress is never touched: modules done on a track he leaves stay
/// done and come back if he returns to it.
pub(crate) fn set_tracks(
    tx: &Transaction<'_>,
    pack: &Pack,
    ids: &[String],
    now_ms: i64,
) -> Result<()> {
    if ids.is_empty() {
        return Err(Error::invalid(
            "tracks",
            Reason::new("curriculum-tracks-at-least-one"),
        ));
    }
    for (i, id) in ids.iter().enumerate() {
        if !pack.manifest.tracks.iter().any(|t| t.id == *id) {
            return Err(Error::invalid(
                "tracks",
                Reason::new("curriculum-tracks-listed"),
            ));
        }
        if ids[..i].contains(id) {
            return Err(Error::invalid(
                "tracks",
                Reason::new("curriculum-tracks-once"),
            ));
        }
    }
    let mut stmt = tx.prepare_cached("SELECT track_id FROM active_tracks")?;
    let current = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for old in current.iter().filter(|t| !ids.contains(t)) {
        tx.execute("DELETE FROM active_tracks WHERE track_id = ?1", [old])?;
    }
    for (i, id) in ids.iter().enumerate() {
        tx.execute(
            "INSERT INTO active_tracks (track_id, added_at) VALUES (?1, ?2)
             ON CONFLICT (track_id) DO NOTHING",
            params![id, now_ms + i as i64],
        )?;
    }
    Ok(())
}

/// Adds modules to the counsellor plan (already listed ones move to the new counsellor's note
/// and order).
pub(crate) fn add_to_plan(
    tx: &Transaction<'_>,
    module_ids: &[String],
    from: &str,
    note: Option<&str>,
    now_ms: i64,
) -> Result<()> {
    let next: i64 = tx.query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM counsellor_plan",
        [],
        |r| r.get(0),
    )?;
    for (i, id) in module_ids.iter().enumerate() {
        tx.execute(
            "INSERT INTO counsellor_plan (module_id, from_name, note, position, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (module_id) DO UPDATE SET from_name = excluded.from_name,
                 note = excluded.note, position = excluded.position, added_at = excluded.added_at",
            params![id, from, note, next + i as i64, now_ms],
        )?;
    }
    Ok(())
}

/// Moves stored progress from renamed module ids to their new ids (the manifest's `renamed`
/// table), so a newer pack that had to change an id keeps his work. Ids already in use under the
/// new name are left alone (the newer progress wins). Returns how many modules moved.
pub(crate) fn apply_renames(tx: &Transaction<'_>, pack: &Pack) -> Result<usize> {
    let mut moved = 0;
    for (old, new) in &pack.manifest.renamed {
        let taken: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM module_progress WHERE module_id = ?1)",
            [new],
            |r| r.get(0),
        )?;
        if taken {
            continue;
        }
        moved += tx.execute(
            "UPDATE module_progress SET module_id = ?2 WHERE module_id = ?1",
            [old, new],
        )?;
        tx.execute(
            "UPDATE OR IGNORE exercise_answers SET module_id = ?2 WHERE module_id = ?1",
            [old, new],
        )?;
        tx.execute(
            "UPDATE commitments SET module_id = ?2 WHERE module_id = ?1",
            [old, new],
        )?;
        tx.execute(
            "UPDATE OR IGNORE counsellor_plan SET module_id = ?2 WHERE module_id = ?1",
            [old, new],
        )?;
    }
    Ok(moved)
}

/// Whether any stored row still uses an id the pack renamed (cheap; checked on open).
pub(crate) fn has_renamed_ids(conn: &Connection, pack: &Pack) -> Result<bool> {
    for old in pack.manifest.renamed.keys() {
        let found: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM module_progress WHERE module_id = ?1)
                 OR EXISTS (SELECT 1 FROM counsellor_plan WHERE module_id = ?1)",
            [old],
            |r| r.get(0),
        )?;
        if found {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The exercise ids of a module with an unsent (draft) answer.
pub(crate) fn draft_exercises(conn: &Connection, module_id: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT exercise_id FROM exercise_answers WHERE module_id = ?1 AND submitted = 0",
    )?;
    Ok(stmt
        .query_map([module_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}
