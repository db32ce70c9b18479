//! How long he waits after wrong attempts. The schedule is kept in the lock file, so closing the
//! app or restarting the phone does not reset it.

use chrono::TimeDelta;

use crate::base::ffi_types::Timestamp;

/// Wrong attempts allowed in a row before any wait.
pub(crate) const FREE_ATTEMPTS: u32 = 3;

/// The waits after the 4th, 5th, 6th, 7th and later wrong attempts, in seconds.
const DELAYS_SECONDS: [i64; 5] = [30, 60, 5 * 60, 15 * 60, 60 * 60];

/// The longest wait the schedule ever asks for.
pub(crate) fn longest_delay() -> TimeDelta {
    TimeDelta::seconds(DELAYS_SECONDS[DELAYS_SECONDS.len() - 1])
}

/// The wait after `failures` wrong attempts in a row: none for the first three, then 30 s,
/// 1 min, 5 min, 15 min, and an hour for each one after that.
pub(crate) fn delay_after(failures: u32) -> TimeDelta {
    if failures <= FREE_ATTEMPTS {
        return TimeDelta::zero();
    }
    let index = usize::try_from(failures - FREE_ATTEMPTS - 1)
        .unwrap_or(usize::MAX)
        .min(DELAYS_SECONDS.len() - 1);
    TimeDelta::seconds(DELAYS_SECONDS[index])
}

/// When the next attempt is allowed after `failures` wrong attempts, the last one at `now`.
pub(crate) fn next_attempt_after(failures: u32, now: Timestamp) -> Option<Timestamp> {
    let delay = delay_after(failures);
    if delay.is_zero() {
        None
    } else {
        now.checked_add_signed(delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_three_are_free_then_the_waits_grow_and_stop_at_an_hour() {
        let waits: Vec<i64> = (1..=10).map(|n| delay_after(n).num_seconds()).collect();
        assert_eq!(waits, [0, 0, 0, 30, 60, 300, 900, 3600, 3600, 3600]);
        assert_eq!(delay_after(u32::MAX), longest_delay());
    }
}
