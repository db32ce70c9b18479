//! Recommendation codes and `groundwork://` links, read from any text. Whatever reads as a
//! recommendation must make a code that reads back to the same modules.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(read) = groundwork_core::read_recommendation_code(text.to_owned()) {
        let again = groundwork_core::create_recommendation_code(
            read.module_ids.clone(),
            read.from.clone(),
            read.note.clone(),
        );
        if let Ok(made) = again {
            let back = groundwork_core::read_recommendation_code(made.code)
                .expect("a code just made reads back");
            assert_eq!(back.module_ids, read.module_ids);
        }
    }
    let _ = groundwork_core::read_link(text.to_owned());
});
