//! Where SQLCipher's random bytes come from. Its libtomcrypt provider seeds a Fortuna generator
//! with 32 bytes from `rng_get_bytes`, which reads `/dev/urandom` and falls back, only if no
//! random device opens, to timing the clock. The fallback calls the caller's callback once per
//! byte and the device read never does, so a callback that counts says which one ran.

// Calling libtomcrypt's C function is what this test is for.
#![allow(unsafe_code)]

use std::ffi::c_ulong;
use std::sync::atomic::{AtomicUsize, Ordering};

#[link(name = "sqlcipher", kind = "static")]
unsafe extern "C" {
    fn rng_get_bytes(out: *mut u8, outlen: c_ulong, callback: Option<extern "C" fn()>) -> c_ulong;
}

static CLOCK_FALLBACK_BYTES: AtomicUsize = AtomicUsize::new(0);

extern "C" fn count_a_clock_byte() {
    CLOCK_FALLBACK_BYTES.fetch_add(1, Ordering::SeqCst);
}

fn seed() -> [u8; 32] {
    let mut out = [0u8; 32];
    // SAFETY: `out` is 32 writable bytes, and the callback is a plain function with no state
    // but an atomic counter.
    let got = unsafe { rng_get_bytes(out.as_mut_ptr(), 32, Some(count_a_clock_byte)) };
    assert_eq!(got, 32, "rng_get_bytes gave {got} of 32 bytes");
    out
}

#[test]
fn the_generator_is_seeded_from_the_system_random_device_and_never_from_the_clock() {
    let first = seed();
    let second = seed();
    assert_eq!(
        CLOCK_FALLBACK_BYTES.load(Ordering::SeqCst),
        0,
        "the seed came from the clock-jitter fallback: /dev/urandom was not read"
    );
    assert_ne!(first, second, "two seeds were the same");
    assert_ne!(first, [0u8; 32]);
}
