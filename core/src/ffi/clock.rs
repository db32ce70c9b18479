//! The clock the Kotlin and Swift binding tests set (the `test-clock` feature only; apps never
//! have it), and opening with it.

use std::path::Path;
use std::sync::Arc;

use super::Groundwork;
use crate::base::clock::TestClock;
use crate::base::error::ApiError;
use crate::base::ffi_types::Timestamp;
use crate::base::keys::DatabaseKey;

#[uniffi::export]
impl TestClock {
    /// A clock stopped at `at`, in a time zone `utc_offset_minutes` east of UTC (-720 to 840).
    ///
    /// Errors: `InvalidInput { field: "utc_offset_minutes" }` for an offset outside that range.
    #[uniffi::constructor]
    pub fn new(at: Timestamp, utc_offset_minutes: i32) -> Result<Arc<Self>, ApiError> {
        Ok(Arc::new(TestClock::stopped_at(at, utc_offset_minutes)?))
    }

    /// Moves the clock on by `days` days (same time of day, same offset).
    pub fn advance_days(&self, days: u32) {
        self.advance(days);
    }
}

#[uniffi::export]
impl Groundwork {
    /// Opens as `open` does, with `clock` as "now", for binding tests that need days to pass.
    ///
    /// Errors: as `open`.
    #[uniffi::constructor]
    pub fn open_with_test_clock(
        data_dir: String,
        key: Vec<u8>,
        clock: Arc<TestClock>,
    ) -> Result<Arc<Self>, ApiError> {
        let key = DatabaseKey::from_bytes(&key)?;
        Ok(Arc::new(Self::open_with(
            Path::new(&data_dir),
            &key,
            clock,
        )?))
    }
}
