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

/// A clock the Kotlin and Swift binding tests set, to see what happens days or weeks later. Only
/// in builds with the `test-clock` feature (the debug library `bindings/generate.sh` builds for
/// the tests); apps never have it.
#[cfg(feature = "test-clock")]
#[derive(Debug, uniffi::Object)]
pub struct TestClock(ManualClock);

#[cfg(feature = "test-clock")]
impl TestClock {
    /// A clock stopped at `at`, in a time zone `utc_offset_minutes` east of UTC (-720 to 840).
    ///
    /// Errors: `InvalidInput { field: "utc_offset_minutes" }` for an offset outside that range.
    pub(crate) fn stopped_at(
        at: crate::base::ffi_types::Timestamp,
        utc_offset_minutes: i32,
    ) -> crate::base::error::Result<Self> {
        let offset = (-720..=840)
            .contains(&utc_offset_minutes)
            .then(|| FixedOffset::east_opt(utc_offset_minutes * 60))
            .flatten()
            .ok_or_else(|| {
                crate::base::error::Error::invalid(
                    "utc_offset_minutes",
                    crate::base::error::Reason::with(
                        "error-time-zone-range",
                        [("min", (-720).into()), ("max", 840.into())],
                    ),
                )
            })?;
        Ok(TestClock(ManualClock::new(at.with_timezone(&offset))))
    }

    /// Moves the clock on by `days` days (same time of day, same offset).
    pub(crate) fn advance(&self, days: u32) {
        let now = self.0.now();
        self.0.set(now + chrono::Duration::days(i64::from(days)));
    }
}

#[cfg(feature = "test-clock")]
impl Clock for TestClock {
    fn now(&self) -> DateTime<FixedOffset> {
        self.0.now()
    }
}
