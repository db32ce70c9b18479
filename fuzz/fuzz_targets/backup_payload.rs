//! The backup payload reader (the JSON inside the age file), with every row checked against the
//! rules as a restore does. A refusal is fine; a panic is not.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let pack = groundwork_core::content::default_pack().expect("the built-in pack");
    let _ = groundwork_core::backup::check_payload(data, pack);
});
