//! The home safety question: before the exercises he does together with his partner open (every
//! module in a `we` phase, and modules marked `with_partner`), the core asks once, plainly,
//! whether his partner or anyone at home is afraid of him, or has been in the past few months.
//!
//! - **No** opens them (every other rule still applies: `unlock.we_requires`, prerequisites,
//!   weeks).
//! - **Yes** or **not sure** keeps them closed and says why with respect, with the lines for men
//!   worried they might hurt someone and the modules he can do on his own; the question is asked
//!   again [`ASK_AGAIN_AFTER_DAYS`] lived days later.
//! - Before he answers, those modules show as needing the question ([`ModuleAccess::AskFirst`]),
//!   and the question is offered when he opens one, or on the completion screen of the module
//!   that would otherwise open them.
//!
//! The question is only asked while it is due (never answered, or four weeks after a yes or "not
//! sure") and a module it guards would otherwise open; an answer at any other time is refused and
//! changes nothing. Answers are kept, oldest first, in `home_safety_answers` (the newest one
//! decides), in the backup and the JSON export, and never in a report for a counsellor. Every
//! word shown comes from the pack (`safety.toml`'s `[home_safety]`).

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use groundwork_pack::{Module, Pack};
use rusqlite::{Connection, Transaction, params};
use uuid::Uuid;

pub use super::gate::{ASK_AGAIN_AFTER_DAYS, HomeSafetyAnswer};
use super::gate::{Gate, guards, newest};
use super::screens::{self, ModuleCard};
use super::standing::{ModuleState, NextStep, NextStepKind, Standing};
use crate::base::error::{Error, Reason, Result};
use crate::base::ffi_types::Day;
use crate::safety::{HelpNowScreen, Situation};

/// One answer button.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct HomeSafetyChoice {
    /// What tapping it answers (send it to `answer_home_safety_question`).
    pub answer: HomeSafetyAnswer,
    /// Its words, e.g. "I'm not sure".
    pub label: String,
}

/// The home safety question, ready to show: asked before the exercises done together with his
/// partner open.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct HomeSafetyQuestion {
    /// A line above the question: why it is asked, that it stays on the phone.
    pub intro: String,
    /// The question.
    pub question: String,
    /// Yes, no and not sure, in the order to show them.
    pub choices: Vec<HomeSafetyChoice>,
    /// The module he was opening, if he was opening one: send it back with the answer, and after
    /// a no it is the next step.
    pub module_id: Option<String>,
    /// The help now button, in the same place as on every screen.
    pub help: crate::safety::help::HelpButton,
}

/// After a yes or "not sure" (and whenever he opens an exercise for two in the four weeks after):
/// why those stay closed, help, and what he can do on his own.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct HomeSafetyNotYetScreen {
    /// Why the exercises for two stay closed for now, said with respect.
    pub message: String,
    /// That the question comes back in four weeks.
    pub ask_again: String,
    /// The lived day it is asked again, `YYYY-MM-DD`.
    pub asks_again_on: Day,
    /// Help now at the lines for men worried they might hurt someone, for his region.
    pub help_now: HelpNowScreen,
    /// The heading above `own_work`.
    pub own_work_title: String,
    /// The modules on his path he can open now on his own: those not done first, then those
    /// done, to go through again.
    pub own_work: Vec<ModuleCard>,
    /// The help now button, opening at the lines for men worried they might hurt someone.
    pub help: crate::safety::help::HelpButton,
}

/// What answering the home safety question leads to.
#[expect(
    clippy::large_enum_variant,
    reason = "a screen model crosses the FFI by value, once per call; uniffi has no Box"
)]
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum, serde::Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum HomeSafetyOutcome {
    /// After a no: the exercises for two are open (where the other rules allow).
    Open {
        /// A line to show, e.g. "Thanks for answering. ...".
        message: String,
        /// What opened, e.g. "Skills for two is open now. You've done the groundwork for it."
        newly_opened: Vec<String>,
        /// What to do next: the module he was opening, when it is open now.
        next: NextStep,
    },
    /// After a yes or "not sure": those stay closed for four weeks.
    NotYet {
        /// Why, help, and what he can do on his own.
        screen: HomeSafetyNotYetScreen,
    },
}

/// Refuses to go on with a module the question guards while it is not answered no (a step left
/// on screen from before). Nothing changes.
pub(crate) fn require_open(
    conn: &Connection,
    pack: &Pack,
    module: &Module,
    today: NaiveDate,
) -> Result<()> {
    if !guards(pack, module) {
        return Ok(());
    }
    match Gate::of(newest(conn)?.as_ref(), today) {
        Gate::Open => Ok(()),
        Gate::Ask => Err(Error::invalid(
            "module_id",
            Reason::new("curriculum-asks-first"),
        )),
        Gate::Closed { .. } => Err(Error::invalid(
            "module_id",
            Reason::new("curriculum-closed-until-safe"),
        )),
    }
}

/// The question, as the pack words it.
pub(crate) fn question(
    pack: &Pack,
    module_id: Option<&str>,
    help: crate::safety::help::HelpButton,
) -> HomeSafetyQuestion {
    let texts = &pack.safety.home_safety;
    HomeSafetyQuestion {
        intro: texts.intro.clone(),
        question: texts.question.clone(),
        choices: [
            (HomeSafetyAnswer::Yes, &texts.yes_label),
            (HomeSafetyAnswer::No, &texts.no_label),
            (HomeSafetyAnswer::NotSure, &texts.not_sure_label),
        ]
        .into_iter()
        .map(|(answer, label)| HomeSafetyChoice {
            answer,
            label: label.clone(),
        })
        .collect(),
        module_id: module_id.map(str::to_owned),
        help,
    }
}

/// The screen for the four weeks after a yes or "not sure". `help_now` is help now at the
/// hurt-someone lines for his region.
pub(crate) fn not_yet_screen(
    standing: &Standing<'_>,
    asks_again_on: NaiveDate,
    help_now: HelpNowScreen,
) -> HomeSafetyNotYetScreen {
    let texts = &standing.pack.safety.home_safety;
    let on_his_own: Vec<&Module> = standing
        .pack
        .modules
        .iter()
        .filter(|m| standing.on_active_track(m) && !guards(standing.pack, m))
        .filter(|m| standing.is_open(m))
        .collect();
    let (done, to_do): (Vec<&Module>, Vec<&Module>) = on_his_own
        .into_iter()
        .partition(|m| standing.completed(&m.meta.id));
    HomeSafetyNotYetScreen {
        message: texts.not_yet.clone(),
        ask_again: texts.ask_again.clone(),
        asks_again_on,
        help_now,
        help: standing.help(crate::safety::help::HOME_SAFETY_NOT_YET),
        own_work_title: texts.own_work.clone(),
        own_work: to_do
            .into_iter()
            .chain(done)
            .map(|m| screens::module_card(standing, m))
            .collect(),
    }
}

/// Help now at the lines for men worried they might hurt someone, with his region and plans.
pub(crate) fn help_now(
    conn: &Connection,
    pack: &Pack,
    device_locale: Option<&str>,
    now: DateTime<FixedOffset>,
) -> Result<HelpNowScreen> {
    crate::safety::help_now_stored(conn, pack, &[Situation::HurtSomeone], device_locale, now)
}

/// Stores an answer given `now`.
fn record(
    tx: &Transaction<'_>,
    answer: HomeSafetyAnswer,
    now: DateTime<FixedOffset>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO home_safety_answers (id, answered_at, utc_offset_minutes, local_day, answer)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            Uuid::new_v4().to_string(),
            now.with_timezone(&Utc).timestamp_millis(),
            now.offset().local_minus_utc() / 60,
            crate::base::days::lived_day_key(now),
            answer.key()
        ],
    )?;
    Ok(())
}

/// The next step after a no: the module he was opening when it is open now, else home's.
fn next_after_no(standing: &Standing<'_>, module: Option<&Module>) -> NextStep {
    match module {
        Some(m) if standing.is_open(m) => {
            let started = standing.state(&m.meta.id) == ModuleState::InProgress;
            NextStep {
                kind: if started {
                    NextStepKind::Continue
                } else {
                    NextStepKind::Start
                },
                module_id: Some(m.meta.id.clone()),
                title: m.meta.title.clone(),
                detail: m.meta.summary.clone(),
                action_label: Some(standing.language.say(if started {
                    "module-continue"
                } else {
                    "module-start"
                })),
            }
        }
        _ => standing.next_step(),
    }
}

/// Records his answer, if the question is being asked, and says what comes next.
///
/// Errors: `NotFound` for a module the pack does not have; `InvalidInput { field: "answer" }`
/// when the question is not being asked now (answered no before, within four weeks of a yes or
/// "not sure", or no exercise for two would open yet). Nothing changes on error.
pub(crate) fn answer(
    tx: &Transaction<'_>,
    pack: &Pack,
    answer: HomeSafetyAnswer,
    module_id: Option<&str>,
    device_locale: Option<&str>,
    now: DateTime<FixedOffset>,
) -> Result<HomeSafetyOutcome> {
    let module = module_id
        .map(|id| super::standing::find(pack, id))
        .transpose()?;
    let today = crate::base::days::lived_day(now);
    let before = super::state::load(tx)?;
    if !Standing::new(pack, &before, today).asks_home_safety() {
        return Err(Error::invalid(
            "answer",
            Reason::new("curriculum-home-safety-not-asked"),
        ));
    }
    record(tx, answer, now)?;
    let after = super::state::load(tx)?;
    let standing = Standing::new(pack, &after, today);
    match standing.gate() {
        Gate::Closed { asks_again_on } => Ok(HomeSafetyOutcome::NotYet {
            screen: not_yet_screen(
                &standing,
                asks_again_on,
                help_now(tx, pack, device_locale, now)?,
            ),
        }),
        // Only a no opens; a yes or "not sure" always closes for four weeks.
        Gate::Open | Gate::Ask => Ok(HomeSafetyOutcome::Open {
            message: pack.safety.home_safety.after_no.clone(),
            newly_opened: super::standing::newly_opened(pack, &before, &after, now),
            next: next_after_no(&standing, module),
        }),
    }
}

/// His answers for the JSON export, oldest first: `answer` (`yes`, `no`, `not-sure`),
/// `answered_at` (RFC 3339, UTC) and `local_day`.
pub(crate) fn export_json(conn: &Connection) -> Result<Vec<serde_json::Value>> {
    let mut stmt = conn.prepare_cached(
        "SELECT answer, answered_at, local_day FROM home_safety_answers
         ORDER BY answered_at, rowid",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows
        .into_iter()
        .map(|(answer, at, day)| {
            serde_json::json!({
                "answer": answer,
                "answered_at": chrono::DateTime::from_timestamp_millis(at).map(|t| t.to_rfc3339()),
                "local_day": day,
            })
        })
        .collect())
}
