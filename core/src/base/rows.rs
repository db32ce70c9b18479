//! Reading what a row stores back into its types: ids and times. A stored value that does not
//! read is the database's fault, never the person's, so it is an internal error.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::base::error::{Error, Result};
use crate::base::ffi_types::Timestamp;

/// A stored id.
pub(crate) fn parse_id(text: &str) -> Result<Uuid> {
    Uuid::parse_str(text).map_err(|_| Error::Internal("a stored id is malformed"))
}

/// A stored time, in milliseconds since the epoch.
pub(crate) fn timestamp(millis: i64) -> Result<Timestamp> {
    DateTime::<Utc>::from_timestamp_millis(millis)
        .ok_or(Error::Internal("a stored time is out of range"))
}
