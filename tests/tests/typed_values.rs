//! Region codes over the FFI: a `RegionCode` crosses as a plain string, and a malformed one is
//! refused on its way in with the call's own typed error, before the call runs.
//!
//! The refusal is what the generated scaffolding does with a failed lift: these tests lift the
//! string as it arrives from Swift or Kotlin and hand the failure to uniffi's own return path for
//! `Result<_, ApiError>`, then read the error back as a shell would.

use groundwork_core::{ApiError, RegionCode, UniFfiTag};
use groundwork_tests::{open_at, region};
use uniffi::{Lift, LiftArgsError, Lower, LowerReturn, RustCallError};

const NOW: &str = "2026-06-10T22:00:00+10:00";

/// What a shell gets back from a call taking an optional region when it passes `text`: the code
/// the call would run with, or the error it throws.
fn region_from_a_shell(text: &str) -> Result<Option<RegionCode>, ApiError> {
    let sent = <Option<String> as Lower<UniFfiTag>>::lower(Some(text.to_owned()));
    match <Option<RegionCode> as Lift<UniFfiTag>>::try_lift(sent) {
        Ok(code) => Ok(code),
        Err(error) => {
            let failed = LiftArgsError {
                arg_name: "region",
                error,
            };
            match <Result<(), ApiError> as LowerReturn<UniFfiTag>>::handle_failed_lift(failed) {
                Err(RustCallError::Error(buffer)) => Err(
                    <ApiError as Lift<UniFfiTag>>::try_lift_from_rust_buffer(buffer)
                        .expect("the error reads back"),
                ),
                Err(RustCallError::InternalError(message)) => {
                    panic!("{text:?} became an internal error: {message}")
                }
                Ok(_) => panic!("{text:?} was refused, yet the call ran"),
            }
        }
    }
}

#[test]
fn a_region_that_is_not_two_letters_is_invalid_input_for_the_region_before_the_call_runs() {
    for text in ["", "A", "AUS", "A1", "A U", "ÅU", "au\u{301}"] {
        match region_from_a_shell(text) {
            Err(ApiError::InvalidInput { field, reason }) => {
                assert_eq!(field, "region", "{text:?}");
                assert_eq!(reason, "use a two-letter region code, such as AU");
            }
            other => panic!("{text:?} gave {other:?}"),
        }
    }
}

#[test]
fn two_letters_in_either_case_with_space_around_cross_as_the_upper_case_code() {
    for (text, code) in [("AU", "AU"), ("nz", "NZ"), (" Gb ", "GB")] {
        let lifted = region_from_a_shell(text).expect("a code").expect("some");
        assert_eq!(lifted.as_str(), code);
        let back = <RegionCode as Lower<UniFfiTag>>::lower(lifted);
        assert_eq!(
            <String as Lift<UniFfiTag>>::try_lift(back).expect("a string"),
            code,
            "a shell reads the code back as a plain string"
        );
    }
}

#[test]
fn a_refused_region_leaves_the_saved_one_as_it_was() {
    let dir = tempfile::tempdir().expect("dir");
    let (g, _clock) = open_at(dir.path(), NOW);
    g.set_region(region("AU")).expect("region");
    assert!(region_from_a_shell("NZL").is_err());
    // A well-formed code with no help lines is refused by the call itself, and changes nothing.
    assert!(matches!(
        g.set_region(region("ZZ")),
        Err(ApiError::InvalidInput { ref field, .. }) if field == "region"
    ));
    assert_eq!(
        g.region().expect("region").map(String::from),
        Some("AU".to_owned())
    );
    assert_eq!(
        std::fs::read_to_string(groundwork_core::region_file_path(dir.path()))
            .expect("the region file"),
        "AU"
    );
}
