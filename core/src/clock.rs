//! Where "now" comes from. The core asks a [`Clock`] for the local time (with its UTC offset), so
//! days follow the person's own day, and tests can fix the time.

use std::fmt::Debug;
use std::sync::Mutex;

use chrono::{DateTime, FixedOffset, Local};

/// A source of the current local time.
pub trait Clock: Send + Sync + Debug {
    /// The current time with the local UTC offset in force at that moment.
    fn now(&self) -> DateTime<FixedOffset>;
}

/// The device's clock and time zone.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<FixedOffset> {
        Local::now().fixed_offset()
    }
}

/// A clock that says what it is told: for tests and benchmarks.
#[derive(Debug)]
pub struct ManualClock(Mutex<DateTime<FixedOffset>>);

impl ManualClock {
    /// A clock stopped at `at`.
    pub fn new(at: DateTime<FixedOffset>) -> Self {
        ManualClock(Mutex::new(at))
    }

    /// Moves the clock to `at`.
    pub fn set(&self, at: DateTime<FixedOffset>) {
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = at;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<FixedOffset> {
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
