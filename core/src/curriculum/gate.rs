//! Where the home safety question stands: his answers as stored, which modules it guards, and
//! whether it opens, asks or keeps them closed on a day (`home_safety.rs` asks it and answers).

use chrono::{Duration, NaiveDate};
use groundwork_pack::{Module, Pack};
use rusqlite::{Connection, OptionalExtension};

use crate::base::error::{Error, Result};

/// How many lived days after a yes or "not sure" the question is asked again (four weeks).
pub const ASK_AGAIN_AFTER_DAYS: i64 = 28;

/// His answer to the home safety question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HomeSafetyAnswer {
    /// Someone at home is, or has been, afraid of him.
    Yes,
    /// No one at home is afraid of him.
    No,
    /// He does not know.
    NotSure,
}

impl HomeSafetyAnswer {
    /// How it is stored (and exported).
    pub(crate) fn key(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::NotSure => "not-sure",
        }
    }

    pub(crate) fn from_key(key: &str) -> Option<Self> {
        match key {
            "yes" => Some(Self::Yes),
            "no" => Some(Self::No),
            "not-sure" => Some(Self::NotSure),
            _ => None,
        }
    }
}

/// His newest answer, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StoredHomeSafety {
    pub answer: HomeSafetyAnswer,
    /// The lived day it was given, `YYYY-MM-DD`.
    pub local_day: String,
}

/// Where the question stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gate {
    /// He answered no: the exercises for two follow the other rules.
    Open,
    /// Never answered, or four weeks have passed since a yes or "not sure": ask first.
    Ask,
    /// A yes or "not sure" less than four weeks ago: closed until the day it is asked again.
    Closed { asks_again_on: NaiveDate },
}

impl Gate {
    /// Where the question stands on `today` after `newest` (his newest answer, if any).
    pub(crate) fn of(newest: Option<&StoredHomeSafety>, today: NaiveDate) -> Gate {
        let Some(stored) = newest else {
            return Gate::Ask;
        };
        if stored.answer == HomeSafetyAnswer::No {
            return Gate::Open;
        }
        // A day that cannot be read asks again: better one question too many than none.
        match NaiveDate::parse_from_str(&stored.local_day, "%Y-%m-%d") {
            Ok(day) => {
                let again = day + Duration::days(ASK_AGAIN_AFTER_DAYS);
                if today >= again {
                    Gate::Ask
                } else {
                    Gate::Closed {
                        asks_again_on: again,
                    }
                }
            }
            Err(_) => Gate::Ask,
        }
    }
}

/// His newest answer, if he has answered.
pub(crate) fn newest(conn: &Connection) -> Result<Option<StoredHomeSafety>> {
    let row: Option<(String, String)> = conn
        .prepare_cached(
            "SELECT answer, local_day FROM home_safety_answers
             ORDER BY answered_at DESC, rowid DESC LIMIT 1",
        )?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    row.map(|(answer, local_day)| {
        Ok(StoredHomeSafety {
            answer: HomeSafetyAnswer::from_key(&answer)
                .ok_or(Error::Internal("a stored answer is malformed"))?,
            local_day,
        })
    })
    .transpose()
}

/// Whether a module's exercises are done together with his partner, so it waits for the
/// question: every module in a `we` phase, and modules marked `with_partner`.
pub(crate) fn guards(pack: &Pack, module: &Module) -> bool {
    module.meta.with_partner
        || pack
            .phase(&module.meta.phase)
            .is_some_and(|p| p.kind == groundwork_pack::PhaseKind::We)
}
