//! The baby's arrival on the new-dad track: where the family is (weeks to the due date, or the
//! baby's age), and, once a due date has passed with no birth recorded, one question instead of
//! a guess: has your baby arrived?
//!
//! - **Yes, with the birthday.** The date becomes a birthday: the modules follow the baby's age,
//!   and the mood check about 13 and 26 weeks after the birth can come.
//! - **Not yet.** The due date stays; home says honestly how long ago it was, the modules for
//!   after the birth wait, and the question comes back after [`ASK_AGAIN_AFTER_DAYS`] days (not
//!   at every open).
//! - **We lost our baby.** In one transaction: the tracks timed by the baby's date are left and
//!   the date removed, so the new-dad modules, their reminders and the mood check stop at once;
//!   the answer is kept (`Arrival::Lost`) so the track shows as paused. He sees a few kind
//!   words and help now at the pregnancy and infant loss lines for his region. Picking the
//!   track up again is his choice (`resume_track`, or choosing it again in Your path); nothing
//!   prompts him to.
//!
//! The answers are kept as a setting (`baby_arrival`), in the backup and the JSON export.

use chrono::{DateTime, FixedOffset};
use groundwork_pack::{Pack, TrackTiming};
use rusqlite::{Connection, Transaction};

use super::standing::Standing;
use super::state::{self, Arrival, BabyDate, BabyDateKind};
use crate::base::days;
use crate::base::error::{Error, Reason, Result};
use crate::base::ffi_types::Day;
use crate::base::text::Language;
use crate::safety::help::HelpButton;
use crate::safety::{HelpNowScreen, Situation};

/// Days after a "not yet" before the question is asked again.
pub const ASK_AGAIN_AFTER_DAYS: i64 = 3;

/// Home's card on the new-dad track with a date: where the family is, and the question once a
/// due date has passed with no birth recorded.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct BabyCard {
    /// One sentence: "About 12 weeks to the due date.", "Your due date was 5 days ago." or
    /// "Your baby is 6 weeks old."
    pub stage: String,
    /// "Has your baby arrived?", while it is asked; `None` otherwise.
    pub question: Option<BabyArrivalQuestion>,
}

/// The question asked once the due date has passed and no birth is recorded.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct BabyArrivalQuestion {
    /// "Has your baby arrived?"
    pub title: String,
    /// One line under it.
    pub message: String,
    /// The answer yes (`BabyArrivalAnswer::Arrived`, with the birthday).
    pub arrived_label: String,
    /// Asked for the birthday after a yes.
    pub born_on_question: String,
    /// The answer not yet (`BabyArrivalAnswer::NotYet`).
    pub not_yet_label: String,
    /// The answer that they lost the baby (`BabyArrivalAnswer::Lost`).
    pub lost_label: String,
}

/// His answer to "Has your baby arrived?".
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(tag = "answer", rename_all = "kebab-case")]
pub enum BabyArrivalAnswer {
    /// The baby is here, born on `born_on`.
    Arrived {
        /// The birthday.
        born_on: Day,
    },
    /// Not yet: the due date stays, and the question comes back in a few days.
    NotYet,
    /// They lost the baby.
    Lost,
}

/// What he sees straight after saying they lost the baby.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct BabyLossScreen {
    /// The heading.
    pub title: String,
    /// A few kind sentences: it is a loss for him too, there is no right way to feel.
    pub message: String,
    /// What changed: the new-dad modules and reminders have stopped, everything else stays,
    /// and he can pick the track up again when he chooses.
    pub paused: String,
    /// The heading above the lines.
    pub lines_title: String,
    /// Help now at the pregnancy and infant loss lines for his region (or a guess from the
    /// device's locale).
    pub help_now: HelpNowScreen,
    /// The button back to home.
    pub done_label: String,
    /// The help now button, opening at the loss lines.
    pub help: HelpButton,
}

/// What answering the question gives: a word to show, and after a loss, the loss screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct BabyArrivalOutcome {
    /// A short notice for home ("Congratulations. ..." or "Thanks. ...").
    pub message: String,
    /// After "We lost our baby": the kind words and the lines; `None` otherwise.
    pub loss: Option<BabyLossScreen>,
}

/// The help situation the loss screen's help button opens at.
pub(crate) const LOSS: Option<Situation> = Some(Situation::BabyLoss);

/// Whether the question is asked on `standing`'s day: a due date has passed, no birth is
/// recorded, and he has not said "not yet" about this due date in the last few days.
fn asks(standing: &Standing<'_>) -> bool {
    if !standing.learner.on_timed_track(standing.pack) || standing.days_past_due() <= Some(0) {
        return false;
    }
    match (&standing.learner.arrival, &standing.learner.baby) {
        (Some(Arrival::NotYet { due, on }), Some(baby)) if *due == days::day_key(baby.date) => {
            days::parse_day(on).map_or(true, |on| {
                (standing.today - on).num_days() >= ASK_AGAIN_AFTER_DAYS
            })
        }
        _ => true,
    }
}

/// Home's card, on a track timed by the baby's date with a date given.
pub(crate) fn home_card(standing: &Standing<'_>) -> Option<BabyCard> {
    if !standing.learner.on_timed_track(standing.pack) || !standing.has_baby_date() {
        return None;
    }
    let language = standing.language;
    Some(BabyCard {
        stage: standing.stage_label(),
        question: asks(standing).then(|| BabyArrivalQuestion {
            title: language.say("curriculum-arrival-title"),
            message: language.say("curriculum-arrival-message"),
            arrived_label: language.say("curriculum-arrival-yes"),
            born_on_question: language.say("curriculum-arrival-born-on"),
            not_yet_label: language.say("curriculum-arrival-not-yet"),
            lost_label: language.say("curriculum-arrival-lost"),
        }),
    })
}

fn nothing_to_answer() -> Error {
    Error::invalid(
        "answer",
        Reason::new("curriculum-arrival-nothing-to-answer"),
    )
}

/// Records his answer, in the caller's transaction. Nothing is saved on error.
///
/// Errors: `InvalidInput { field: "answer" }` when he is not on the new-dad track with a due
/// date (a loss can be told with a birthday too), or "not yet" before the due date;
/// `InvalidInput { field: "baby_date" }` for a birthday that is not a real date, is in the
/// future or is over three years ago.
pub(crate) fn answer(
    tx: &Transaction<'_>,
    pack: &Pack,
    answer: &BabyArrivalAnswer,
    device_locale: Option<&str>,
    now: DateTime<FixedOffset>,
) -> Result<BabyArrivalOutcome> {
    let learner = state::load(tx)?;
    let today = days::lived_day(now);
    let standing = Standing::new(pack, &learner, today);
    let on_track = learner.on_timed_track(pack);
    let due = learner
        .baby
        .as_ref()
        .filter(|b| b.kind == BabyDateKind::Due);
    match answer {
        BabyArrivalAnswer::Arrived { born_on } => {
            if !on_track || due.is_none() {
                return Err(nothing_to_answer());
            }
            let born = BabyDate {
                kind: BabyDateKind::Born,
                date: *born_on,
            };
            born.check(now.date_naive())?;
            state::set_baby_date(tx, Some(&born))?;
            state::set_arrival(tx, None)?;
            Ok(BabyArrivalOutcome {
                message: standing.language.say("curriculum-arrival-congratulations"),
                loss: None,
            })
        }
        BabyArrivalAnswer::NotYet => {
            let Some(due) = due.filter(|_| on_track) else {
                return Err(nothing_to_answer());
            };
            if standing.days_past_due() < Some(0) {
                return Err(Error::invalid(
                    "answer",
                    Reason::new("curriculum-arrival-too-soon"),
                ));
            }
            state::set_arrival(
                tx,
                Some(&Arrival::NotYet {
                    due: days::day_key(due.date),
                    on: days::day_key(today),
                }),
            )?;
            Ok(BabyArrivalOutcome {
                message: standing.language.say("curriculum-arrival-asked-again"),
                loss: None,
            })
        }
        BabyArrivalAnswer::Lost => {
            if !on_track {
                return Err(nothing_to_answer());
            }
            state::leave_timed_tracks(tx, pack)?;
            state::set_baby_date(tx, None)?;
            state::set_arrival(
                tx,
                Some(&Arrival::Lost {
                    on: days::day_key(today),
                }),
            )?;
            Ok(BabyArrivalOutcome {
                message: standing.language.say("curriculum-arrival-stopped"),
                loss: Some(loss_screen(tx, pack, device_locale, now)?),
            })
        }
    }
}

/// The words after a loss, with help now at the loss lines.
fn loss_screen(
    conn: &Connection,
    pack: &Pack,
    device_locale: Option<&str>,
    now: DateTime<FixedOffset>,
) -> Result<BabyLossScreen> {
    let language = Language::of_pack(&pack.manifest.locale);
    Ok(BabyLossScreen {
        title: language.say("curriculum-loss-title"),
        message: language.say("curriculum-loss-message"),
        paused: language.say("curriculum-loss-paused"),
        lines_title: language.say("curriculum-loss-lines"),
        help_now: crate::safety::help_now_stored(
            conn,
            pack,
            &[Situation::BabyLoss],
            device_locale,
            now,
        )?,
        done_label: language.say("curriculum-loss-done"),
        help: crate::safety::help::saved(conn, pack, LOSS)?,
    })
}

/// Picks a track timed by the baby's date up again (after a loss, or any time he left it),
/// with a new date if he gives one; the main path and everything done stays. Nothing is saved
/// on error.
///
/// Errors: `InvalidInput { field: "track_id" }` for a track that is not timed by the baby's date;
/// `InvalidInput { field: "baby_date" }` for a date that does not make sense.
pub(crate) fn resume_track(
    tx: &Transaction<'_>,
    pack: &Pack,
    track_id: &str,
    baby_date: Option<&BabyDate>,
    now: DateTime<FixedOffset>,
) -> Result<()> {
    if !pack
        .manifest
        .tracks
        .iter()
        .any(|t| t.id == track_id && t.timing == TrackTiming::BabyDate)
    {
        return Err(Error::invalid(
            "track_id",
            Reason::new("curriculum-resume-new-dad-only"),
        ));
    }
    if let Some(baby) = baby_date {
        baby.check(now.date_naive())?;
    }
    let learner = state::load(tx)?;
    let mut tracks = learner.tracks.clone();
    if !tracks.iter().any(|t| t == track_id) {
        tracks.push(track_id.to_owned());
    }
    state::set_tracks(
        tx,
        pack,
        &tracks,
        now.with_timezone(&chrono::Utc).timestamp_millis(),
    )?;
    if baby_date.is_some() {
        state::set_baby_date(tx, baby_date)?;
    }
    picked_up_again(tx, pack)
}

/// Forgets a loss's pause once he is on a track timed by the baby's date again (however he
/// chose it).
pub(crate) fn picked_up_again(tx: &Transaction<'_>, pack: &Pack) -> Result<()> {
    let learner = state::load(tx)?;
    if learner.on_timed_track(pack) && matches!(learner.arrival, Some(Arrival::Lost { .. })) {
        state::set_arrival(tx, None)?;
    }
    Ok(())
}
