//! How chrono and uuid values cross the FFI.
//!
//! - `DateTime<Utc>` travels as milliseconds since the Unix epoch (an `i64`).
//! - `Uuid` travels as its canonical hyphenated string and is validated on the way in.
//! - `Day` (a `NaiveDate`) travels as `YYYY-MM-DD`, validated on the way in.
//! - `RegionCode` travels as its string ("AU"); a malformed one is refused on the way in with
//!   `InvalidInput` for "region", the typed error of the call it was passed to.

use chrono::{DateTime, NaiveDate, Utc};
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

/// A calendar day, with no time and no time zone: a baby's date, a lived day, the days an
/// insight or a report covers. Crosses the FFI as `YYYY-MM-DD`; `core/uniffi.toml` makes it
/// `java.time.LocalDate` in Kotlin and `DateComponents` (year, month, day) in Swift, so neither
/// shell parses a date. Anything else is refused on the way in with `InvalidInput` for "date".
pub type Day = NaiveDate;

uniffi::custom_type!(Day, String, {
    remote,
    lower: |day| crate::base::days::day_key(day),
    try_lift: |text| crate::base::days::parse_day(&text)
        .map_err(|_| lift_error(crate::base::error::Error::invalid(
            "date",
            crate::base::error::Reason::new("error-date-form"),
        ))),
});
