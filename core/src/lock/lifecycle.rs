//! When the open app closes its database again: the decision the apps used to make themselves.
//!
//! The apps say what happened (went to the background at a time, came back at a time, handed
//! him to the share sheet or a file picker) and this decides. Away for longer than the grace
//! period he chose (immediately, one minute, five minutes) locks. A hand-off gets
//! [`HANDOFF_ALLOWANCE`] from the moment it began, whatever the grace period, so sharing a file
//! and then going elsewhere never leaves the database open for long; the allowance is used up
//! when he comes back. A clock that went backwards while he was away locks too.

use chrono::Duration;

use rusqlite::{Connection, Transaction};

use crate::base::error::Result;
use crate::base::ffi_types::Timestamp;
use crate::base::text::Language;
use crate::store::{self, Setting};

/// The most a hand-off to the share sheet or a file picker keeps the app open, whatever the
/// grace period.
pub const HANDOFF_ALLOWANCE: Duration = Duration::minutes(3);

/// The stored value of [`Setting::LockChoice`] after "not now".
const CHOICE_LATER: &str = "later";

/// "Not now" to the lock offer: home keeps a quiet reminder until a lock is set.
pub(crate) fn put_off(tx: &Transaction<'_>) -> Result<()> {
    store::put_setting(tx, Setting::LockChoice, CHOICE_LATER)
}

/// A lock was chosen: home's reminder goes.
pub(crate) fn chosen(tx: &Transaction<'_>) -> Result<()> {
    tx.execute(
        "DELETE FROM settings WHERE key = ?1",
        [Setting::LockChoice.key()],
    )?;
    Ok(())
}

/// Saves how long the app may stay in the background before it locks.
pub(crate) fn save_grace(tx: &Transaction<'_>, grace: LockGrace) -> Result<()> {
    store::put_setting(tx, Setting::LockGrace, grace.key())
}

/// The grace period he chose (immediately until he chooses).
pub(crate) fn grace(conn: &Connection) -> Result<LockGrace> {
    Ok(LockGrace::from_key(
        store::setting(conn, Setting::LockGrace)?.as_deref(),
    ))
}

/// Whether he said "not now" to the lock offer (and has not chosen since).
pub(crate) fn put_off_earlier(conn: &Connection) -> Result<bool> {
    Ok(store::setting(conn, Setting::LockChoice)?.as_deref() == Some(CHOICE_LATER))
}

/// How long the app may stay in the background before it locks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, uniffi::Enum)]
pub enum LockGrace {
    /// Locks as soon as it leaves the screen (the default).
    #[default]
    Immediately,
    /// Stays open for a minute away.
    OneMinute,
    /// Stays open for five minutes away.
    FiveMinutes,
}

impl LockGrace {
    /// Every choice, shortest first.
    pub const ALL: [LockGrace; 3] = [
        LockGrace::Immediately,
        LockGrace::OneMinute,
        LockGrace::FiveMinutes,
    ];

    /// How long it allows.
    pub fn allowance(self) -> Duration {
        match self {
            LockGrace::Immediately => Duration::zero(),
            LockGrace::OneMinute => Duration::minutes(1),
            LockGrace::FiveMinutes => Duration::minutes(5),
        }
    }

    /// The words for it in settings, in `language`.
    pub fn label(self, language: Language) -> String {
        match self {
            LockGrace::Immediately => language.say("lock-grace-immediately"),
            LockGrace::OneMinute | LockGrace::FiveMinutes => language.say_with(
                "lock-grace-after",
                &[("minutes", self.allowance().num_minutes().into())],
            ),
        }
    }

    /// How it is stored.
    pub(crate) fn key(self) -> &'static str {
        match self {
            LockGrace::Immediately => "immediately",
            LockGrace::OneMinute => "1m",
            LockGrace::FiveMinutes => "5m",
        }
    }

    /// The stored value read back; anything unknown is the safest, immediately.
    pub(crate) fn from_key(stored: Option<&str>) -> LockGrace {
        LockGrace::ALL
            .into_iter()
            .find(|g| Some(g.key()) == stored)
            .unwrap_or_default()
    }
}

/// What the open app has been told since it was last on screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Away {
    /// When it went to the background, while it is there.
    pub since: Option<Timestamp>,
    /// When a hand-off to another app began, until he comes back.
    pub handed_off_at: Option<Timestamp>,
}

/// What to do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockDecision {
    /// Close the database and show the lock screen.
    Lock,
    /// Stay open; if the app is still away at `check_at`, ask again.
    StayOpen {
        /// When to ask again, while away; `None` once he is back.
        check_at: Option<Timestamp>,
    },
}

impl Away {
    /// The moment the app must lock if it is still away, for `grace`.
    pub fn deadline(&self, grace: LockGrace) -> Option<Timestamp> {
        let since = self.since?;
        Some(match self.handed_off_at {
            Some(handed_off) => handed_off.min(since) + HANDOFF_ALLOWANCE,
            None => since + grace.allowance(),
        })
    }

    /// It went to the background at `at`.
    pub fn went_away(&mut self, at: Timestamp, grace: LockGrace) -> LockDecision {
        self.since = Some(at);
        self.decide(at, grace)
    }

    /// He is about to be handed to another app (share sheet, file picker) at `at`.
    pub fn handing_off(&mut self, at: Timestamp) {
        self.handed_off_at = Some(at);
    }

    /// Time passed while away (a timer the app set from `check_at`, or any other wake).
    pub fn decide(&self, now: Timestamp, grace: LockGrace) -> LockDecision {
        let Some(since) = self.since else {
            return LockDecision::StayOpen { check_at: None };
        };
        let Some(deadline) = self.deadline(grace) else {
            return LockDecision::StayOpen { check_at: None };
        };
        if now < since || now >= deadline {
            LockDecision::Lock
        } else {
            LockDecision::StayOpen {
                check_at: Some(deadline),
            }
        }
    }

    /// He came back at `at`: locks if he was away too long; either way the hand-off is used up.
    pub fn came_back(&mut self, at: Timestamp, grace: LockGrace) -> LockDecision {
        let decision = match self.decide(at, grace) {
            LockDecision::Lock => LockDecision::Lock,
            LockDecision::StayOpen { .. } => LockDecision::StayOpen { check_at: None },
        };
        *self = Away::default();
        decision
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(minute: u32, second: u32) -> Timestamp {
        chrono::Utc
            .with_ymd_and_hms(2026, 12, 6, 10, minute, second)
            .single()
            .expect("a real time")
    }

    #[test]
    fn not_now_to_the_lock_offer_is_remembered_until_a_lock_is_chosen() {
        let (_dir, store) = crate::store::scratch();
        let earlier = || store.read(put_off_earlier).expect("read");
        assert!(!earlier(), "nothing said yet");
        store.write(put_off).expect("put off");
        assert!(earlier(), "\"not now\" is kept");
        store.write(chosen).expect("chosen");
        assert!(!earlier(), "choosing a lock ends the reminder");
    }

    #[test]
    fn the_grace_period_chosen_is_kept_and_immediately_until_one_is() {
        let (_dir, store) = crate::store::scratch();
        assert_eq!(store.read(grace).expect("read"), LockGrace::Immediately);
        for chosen in [
            LockGrace::FiveMinutes,
            LockGrace::OneMinute,
            LockGrace::Immediately,
        ] {
            store.write(|tx| save_grace(tx, chosen)).expect("saved");
            assert_eq!(store.read(grace).expect("read"), chosen);
        }
    }

    #[test]
    fn each_grace_period_is_said_as_settings_shows_it() {
        let labels = |language| -> Vec<String> {
            LockGrace::ALL.iter().map(|g| g.label(language)).collect()
        };
        assert_eq!(
            labels(Language::ENGLISH),
            ["Immediately", "After 1 minute away", "After 5 minutes away"]
        );
        assert_eq!(
            labels(Language::of_pack("fr-CA")),
            [
                "Tout de suite",
                "Après 1 minute hors de l'app",
                "Après 5 minutes hors de l'app"
            ]
        );
    }

    #[test]
    fn immediately_locks_as_soon_as_the_app_leaves_the_screen() {
        let mut away = Away::default();
        assert_eq!(
            away.went_away(at(0, 0), LockGrace::Immediately),
            LockDecision::Lock
        );
    }

    #[test]
    fn a_grace_period_keeps_it_open_until_it_has_passed() {
        let mut away = Away::default();
        assert_eq!(
            away.went_away(at(0, 0), LockGrace::OneMinute),
            LockDecision::StayOpen {
                check_at: Some(at(1, 0))
            }
        );
        assert_eq!(
            away.decide(at(0, 59), LockGrace::OneMinute),
            LockDecision::StayOpen {
                check_at: Some(at(1, 0))
            }
        );
        assert_eq!(
            away.decide(at(1, 0), LockGrace::OneMinute),
            LockDecision::Lock
        );
    }

    #[test]
    fn a_hand_off_gets_three_minutes_even_when_the_grace_period_is_immediately() {
        let mut away = Away::default();
        away.handing_off(at(0, 0));
        assert_eq!(
            away.went_away(at(0, 1), LockGrace::Immediately),
            LockDecision::StayOpen {
                check_at: Some(at(3, 0))
            }
        );
        assert_eq!(
            away.came_back(at(2, 0), LockGrace::Immediately),
            LockDecision::StayOpen { check_at: None }
        );
        assert_eq!(
            away.went_away(at(2, 30), LockGrace::Immediately),
            LockDecision::Lock,
            "the hand-off is used up once he is back"
        );
    }

    #[test]
    fn a_hand_off_never_stretches_a_longer_grace_period() {
        let mut away = Away::default();
        away.handing_off(at(0, 0));
        away.went_away(at(0, 0), LockGrace::FiveMinutes);
        assert_eq!(
            away.decide(at(3, 0), LockGrace::FiveMinutes),
            LockDecision::Lock
        );
    }

    #[test]
    fn a_hand_off_that_never_came_back_locks_when_its_time_is_up() {
        let mut away = Away::default();
        away.handing_off(at(0, 0));
        away.went_away(at(0, 10), LockGrace::Immediately);
        assert_eq!(
            away.came_back(at(45, 0), LockGrace::Immediately),
            LockDecision::Lock
        );
    }

    #[test]
    fn a_clock_that_went_backwards_locks() {
        let mut away = Away::default();
        away.went_away(at(30, 0), LockGrace::FiveMinutes);
        assert_eq!(
            away.came_back(at(29, 0), LockGrace::FiveMinutes),
            LockDecision::Lock
        );
    }

    #[test]
    fn an_unknown_stored_grace_period_reads_as_immediately() {
        assert_eq!(LockGrace::from_key(Some("forever")), LockGrace::Immediately);
        assert_eq!(LockGrace::from_key(None), LockGrace::Immediately);
        for grace in LockGrace::ALL {
            assert_eq!(LockGrace::from_key(Some(grace.key())), grace);
        }
    }
}
