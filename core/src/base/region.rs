//! A region code, such as `AU` or `GB`: the key of a region's help lines in the content pack.
//!
//! The form is checked once, where a code comes in (the FFI, the terminal's arguments): two
//! letters, kept in upper case, with surrounding space and lower case accepted on the way in
//! (" au" is `AU`). Whether the pack has lines for it is a rule of the capability that uses it
//! (`safety::checked_region`). It crosses the FFI as a plain string (`base::ffi_types`), so the
//! Swift and Kotlin types stay `String`; a malformed one is refused there with `InvalidInput`
//! for "region", before any call runs.

use std::fmt;
use std::str::FromStr;

use crate::base::error::{Error, Reason, Result};

/// Two upper-case ASCII letters, e.g. "AU".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionCode(String);

impl RegionCode {
    /// The code in `text`, trimmed and upper-cased. `InvalidInput` for "region" when it is not
    /// two letters.
    pub fn parse(text: &str) -> Result<RegionCode> {
        let code = text.trim().to_ascii_uppercase();
        if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(RegionCode(code))
        } else {
            Err(Error::invalid("region", Reason::new("error-region-code")))
        }
    }

    /// A code kept earlier (a setting, the region file, a pack's region): `None` when it is
    /// not of the form, as if none had been kept.
    pub fn from_kept(text: &str) -> Option<RegionCode> {
        RegionCode::parse(text).ok()
    }

    /// The code, e.g. "AU".
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for RegionCode {
    type Err = Error;

    fn from_str(text: &str) -> Result<RegionCode> {
        RegionCode::parse(text)
    }
}

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::ops::Deref for RegionCode {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for RegionCode {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for RegionCode {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for RegionCode {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl From<RegionCode> for String {
    fn from(code: RegionCode) -> String {
        code.0
    }
}

impl serde::Serialize for RegionCode {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_letters_in_any_case_with_space_around_are_one_upper_case_code() {
        assert_eq!(
            RegionCode::parse(" au ").map(String::from).ok(),
            Some("AU".to_owned())
        );
        assert_eq!(
            RegionCode::parse("Gb").map(String::from).ok(),
            Some("GB".to_owned())
        );
    }

    #[test]
    fn anything_but_two_letters_is_invalid_input_for_the_region() {
        for text in ["", "A", "AUS", "A1", "1A", "Ä1", "ÅU", "A U", "au\u{301}"] {
            match RegionCode::parse(text) {
                Err(Error::InvalidInput { field, .. }) => assert_eq!(field, "region", "{text:?}"),
                other => panic!("{text:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn a_malformed_kept_code_reads_as_none() {
        assert_eq!(RegionCode::from_kept("AUS"), None);
        assert_eq!(
            RegionCode::from_kept("nz").map(String::from),
            Some("NZ".to_owned())
        );
    }
}
