//! The pack bundle reader: any bytes are decoded and, when they decode, validated in full, as
//! installing a pack does. A refusal is fine; a panic is not.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(pack) = groundwork_pack::decode(data) {
        let _ = groundwork_pack::validate(&pack);
    }
});
