//! The crisis check (patterns, then the model) over any text, with the built-in pack, as every
//! save runs it. It must answer, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let pack = groundwork_core::content::default_pack().expect("the built-in pack");
    let _ = groundwork_core::safety::crisis_check(pack, text);
});
