//! Typed values over the FFI: a `RegionCode` crosses as a plain string and a `Day` as
//! `YYYY-MM-DD` (a `LocalDate` in Kotlin, `DateComponents` in Swift); a malformed one is refused
//! on its way in with the call's own typed error, before the call runs.
//!
//! The refusal is what the generated scaffolding does with a failed lift: these tests lift the
//! string as it arrives from Swift or Kotlin and hand the failure to uniffi's own return path for
//! `Result<_, ApiError>`, then read the error back as a shell would.

use groundwork_core::ffi_types::Day;
use groundwork_core::{ApiError, RegionCode, UniFfiTag};
use groundwork_tests::{open_at, region};
use uniffi::{Lift, LiftArgsError, Lower, LowerReturn, RustCallError};

const NOW: &str = "2026-06-10T22:00:00+10:00";

/// What a shell gets back from a call taking an optional `T` when it passes `text`: the value
/// the call would run with, or the error it throws.
fn from_a_shell<T: Lift<UniFfiTag>>(text: &str) -> Result<Option<T>, ApiError>
where
    Option<T>: Lift<UniFfiTag, FfiType = uniffi::RustBuffer>,
{
    let sent = <Option<String> as Lower<UniFfiTag>>::lower(Some(text.to_owned()));
    match <Option<T> as Lift<UniFfiTag>>::try_lift(sent) {
        Ok(value) => Ok(value),
        Err(error) => {
            let failed = LiftArgsError {
                arg_name: "value",
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
        match from_a_shell::<RegionCode>(text) {
            Err(ApiError::InvalidInput {
                field,
                reason,
                rule,
                values,
            }) => {
                assert_eq!(field, "region", "{text:?}");
                assert_eq!(reason, "use a two-letter region code, such as AU");
                assert_eq!(rule, "error-region-code");
                assert!(values.is_empty());
            }
            other => panic!("{text:?} gave {other:?}"),
        }
    }
}

#[test]
fn two_letters_in_either_case_with_space_around_cross_as_the_upper_case_code() {
    for (text, code) in [("AU", "AU"), ("nz", "NZ"), (" Gb ", "GB")] {
        let lifted = from_a_shell::<RegionCode>(text)
            .expect("a code")
            .expect("some");
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
    assert!(from_a_shell::<RegionCode>("NZL").is_err());
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

#[test]
fn a_day_that_is_not_a_date_is_invalid_input_for_the_date_before_the_call_runs() {
    for text in [
        "",
        "tomorrow",
        "2026-13-01",
        "2026-02-30",
        "2026-3-1",
        "01/03/2026",
    ] {
        match from_a_shell::<Day>(text) {
            Err(ApiError::InvalidInput {
                field,
                reason,
                rule,
                values,
            }) => {
                assert_eq!(field, "date", "{text:?}");
                assert_eq!(reason, "give a date such as 2026-03-01");
                assert_eq!(rule, "error-date-form");
                assert!(values.is_empty());
            }
            other => panic!("{text:?} gave {other:?}"),
        }
    }
    let refused = from_a_shell::<Day>("2026-02-30").expect_err("refused");
    assert_eq!(
        refused.to_string(),
        "Check the date: give a date such as 2026-03-01. Nothing was changed."
    );
}

#[test]
fn a_day_crosses_as_year_month_and_day_both_ways() {
    let day = from_a_shell::<Day>("2028-02-29")
        .expect("a day")
        .expect("some");
    assert_eq!(day, groundwork_tests::day("2028-02-29"));
    let back = <Day as Lower<UniFfiTag>>::lower(day);
    assert_eq!(
        <String as Lift<UniFfiTag>>::try_lift(back).expect("a string"),
        "2028-02-29"
    );
}
