//! How chrono and uuid values cross the FFI.
//!
//! - `DateTime<Utc>` travels as milliseconds since the Unix epoch (an `i64`).
//! - `Uuid` travels as its canonical hyphenated string and is validated on the way in.
//! - `RegionCode` travels as its string ("AU"); a malformed one is refused on the way in with
//!   `InvalidInput` for "region", the typed error of the call it was passed to.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::base::error::lift_error;
use crate::base::region::RegionCode;

/// A moment in time. Crosses the FFI as milliseconds since the Unix epoch.
pub type Timestamp = DateTime<Utc>;

uniffi::custom_type!(Timestamp, i64, {
    remote,
    lower: |at| at.timestamp_millis(),
    try_lift: |millis| DateTime::<Utc>::from_timestamp_millis(millis)
        .ok_or_else(|| uniffi::deps::anyhow::anyhow!("timestamp out of range")),
});

uniffi::custom_type!(Uuid, String, {
    remote,
    lower: |id| id.hyphenated().to_string(),
    try_lift: |text| Uuid::parse_str(&text)
        .map_err(|_| uniffi::deps::anyhow::anyhow!("not a valid id")),
});

uniffi::custom_type!(RegionCode, String, {
    lower: |code| String::from(code),
    try_lift: |text| RegionCode::parse(&text).map_err(lift_error),
});
