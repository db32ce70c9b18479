//! The first, long form of a code (format 1), still read so codes already handed out open.
//! New codes are short (`short.rs`); this form is written only by tests.
//!
//! Every format-1 code starts with `0`: its first byte, the version 1, begins with five zero
//! bits. The short form's alphabet has no `0`, so the first character tells them apart.
//!
//! ```text
//! byte 0        format version (1)
//! bytes 1..n    postcard of `Body`: pack tag, module tags, name, note
//! last 4 bytes  CRC-32 (IEEE, big-endian) of everything before it
//! ```
//!
//! The bytes are written in Crockford base32 (digits and upper-case letters without I, L, O and
//! U), grouped in fours with hyphens. Reading is forgiving: lower case is upper case, I and L
//! are 1, O is 0, and hyphens and white space are ignored.
//!
//! The checksum is the last four bytes in every version, so a typo is reported as a typo before
//! the version is looked at. CRC-32 catches every error confined to 32 consecutive bits: any one
//! wrong, swapped-with-its-neighbour letter (5 and 10 bits) is always caught.
//!
//! Pack and modules travel as tags: the first three bytes of a SHA-256 of their id. A tag is
//! stable across pack versions (unlike a position in the module list) and a fifth of the length
//! of a typical id; the reader finds the module whose id has that tag.

use std::sync::LazyLock;

use data_encoding::{DecodeKind, Encoding, Specification, Translate};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::RecommendError;

/// The format this build writes; codes with a higher version are refused as too new.
pub(super) const VERSION: u8 = 1;

/// Bytes in a pack or module tag.
pub(super) const TAG_LEN: usize = 3;

/// A pack or module, by the first bytes of a hash of its id.
pub(super) type Tag = [u8; TAG_LEN];

/// Bytes of the checksum at the end.
const CHECKSUM_LEN: usize = 4;

/// Letters per hyphen-separated group in a displayed code.
#[cfg(test)]
const GROUP: usize = 4;

/// Longer text than this is not a code (the longest valid code is about 1,300 letters).
pub(super) const MAX_TEXT_CHARS: usize = 4_000;

/// Fewer letters than this are not a code: the shortest real code (one module, a one-letter
/// name, no note) has 24.
const MIN_LETTERS: usize = 16;

/// What follows the version byte.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Body {
    pub pack: Tag,
    pub modules: Vec<Tag>,
    pub from: String,
    pub note: Option<String>,
}

const SYMBOLS: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Separators a person may type between letters.
const IGNORED: &str = "- \t\r\n";

static CROCKFORD: LazyLock<Option<Encoding>> = LazyLock::new(|| {
    let mut spec = Specification::new();
    spec.symbols.push_str(SYMBOLS);
    spec.ignore.push_str(IGNORED);
    spec.translate = Translate {
        from: "abcdefghjkmnpqrstvwxyzIiLlOo".to_owned(),
        to: "ABCDEFGHJKMNPQRSTVWXYZ111100".to_owned(),
    };
    spec.encoding().ok()
});

fn encoding() -> Result<&'static Encoding, RecommendError> {
    CROCKFORD.as_ref().ok_or(RecommendError::Internal(
        "the code alphabet could not be set up",
    ))
}

/// The tag of a pack id.
pub(super) fn pack_tag(id: &str) -> Tag {
    tag(b"groundwork-pack\0", id)
}

/// The tag of a module id.
pub(super) fn module_tag(id: &str) -> Tag {
    tag(b"groundwork-module\0", id)
}

fn tag(domain: &[u8], id: &str) -> Tag {
    let digest = Sha256::new()
        .chain_update(domain)
        .chain_update(id.as_bytes())
        .finalize();
    let mut out = [0; TAG_LEN];
    out.copy_from_slice(&digest[..TAG_LEN]);
    out
}

/// The displayed code: upper-case letters in hyphen-separated groups of four.
#[cfg(test)]
pub(super) fn encode(body: &Body) -> Result<String, RecommendError> {
    let mut bytes = postcard::to_extend(body, vec![VERSION])
        .map_err(|_| RecommendError::Internal("the recommendation could not be encoded"))?;
    let checksum = crc32fast::hash(&bytes);
    bytes.extend_from_slice(&checksum.to_be_bytes());
    let letters = encoding()?.encode(&bytes);
    let mut out = String::with_capacity(letters.len() + letters.len() / GROUP);
    for (i, c) in letters.chars().enumerate() {
        if i > 0 && i % GROUP == 0 {
            out.push('-');
        }
        out.push(c);
    }
    Ok(out)
}

/// The code without its hyphens, for links.
#[cfg(test)]
pub(super) fn compact(code: &str) -> String {
    code.chars().filter(|c| *c != '-').collect()
}

/// Reads a code as typed: checks the letters, the checksum and the version, then the body.
pub(super) fn decode(text: &str) -> Result<Body, RecommendError> {
    let letters = text.chars().filter(|c| !IGNORED.contains(*c)).count();
    if !(MIN_LETTERS..=MAX_TEXT_CHARS).contains(&letters) {
        return Err(RecommendError::NotACode);
    }
    let bytes = encoding()?
        .decode(text.as_bytes())
        .map_err(|e| match e.kind {
            // Every letter is from the alphabet but there are too many or too few of them, or the
            // last one cannot end a code: a letter was added, dropped or mistyped.
            DecodeKind::Length | DecodeKind::Trailing => RecommendError::Mistyped,
            DecodeKind::Symbol | DecodeKind::Padding => RecommendError::NotACode,
        })?;
    if bytes.len() <= 1 + CHECKSUM_LEN {
        return Err(RecommendError::NotACode);
    }
    let (content, checksum) = bytes.split_at(bytes.len() - CHECKSUM_LEN);
    if crc32fast::hash(content).to_be_bytes() != checksum {
        return Err(RecommendError::Mistyped);
    }
    let (&version, rest) = content.split_first().ok_or(RecommendError::NotACode)?;
    match version {
        VERSION => {}
        v if v > VERSION => return Err(RecommendError::TooNew),
        _ => return Err(RecommendError::NotACode),
    }
    match postcard::take_from_bytes::<Body>(rest) {
        Ok((body, [])) => Ok(body),
        _ => Err(RecommendError::NotACode),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body() -> Body {
        Body {
            pack: pack_tag("core-en"),
            modules: vec![module_tag("the-pause-plan")],
            from: "Sam".to_owned(),
            note: None,
        }
    }

    #[test]
    fn the_alphabet_is_a_valid_specification() {
        assert!(encoding().is_ok());
    }

    #[test]
    fn every_single_letter_change_is_caught() {
        let code = compact(&encode(&body()).expect("encodes"));
        for (i, original) in code.char_indices() {
            for replacement in SYMBOLS.chars().filter(|c| *c != original) {
                let mut typo = code.clone();
                typo.replace_range(i..i + 1, &replacement.to_string());
                assert!(
                    matches!(decode(&typo), Err(RecommendError::Mistyped)),
                    "position {i}: {original} -> {replacement}"
                );
            }
        }
    }

    #[test]
    fn swapping_two_neighbouring_letters_is_caught() {
        let code: Vec<char> = compact(&encode(&body()).expect("encodes"))
            .chars()
            .collect();
        for i in 0..code.len() - 1 {
            if code[i] == code[i + 1] {
                continue;
            }
            let mut swapped = code.clone();
            swapped.swap(i, i + 1);
            let swapped: String = swapped.into_iter().collect();
            assert_eq!(decode(&swapped), Err(RecommendError::Mistyped), "at {i}");
        }
    }

    #[test]
    fn a_newer_version_is_reported_as_too_new_and_an_older_one_as_not_a_code() {
        for (version, expected) in [(2, RecommendError::TooNew), (0, RecommendError::NotACode)] {
            let mut bytes = postcard::to_extend(&body(), vec![version]).expect("encodes");
            let checksum = crc32fast::hash(&bytes);
            bytes.extend_from_slice(&checksum.to_be_bytes());
            let text = encoding().expect("alphabet").encode(&bytes);
            assert_eq!(decode(&text), Err(expected));
        }
    }

    #[test]
    fn trailing_bytes_after_the_body_are_not_a_code() {
        let mut bytes = postcard::to_extend(&body(), vec![VERSION]).expect("encodes");
        bytes.push(0);
        let checksum = crc32fast::hash(&bytes);
        bytes.extend_from_slice(&checksum.to_be_bytes());
        let text = encoding().expect("alphabet").encode(&bytes);
        assert_eq!(decode(&text), Err(RecommendError::NotACode));
    }
}

#[cfg(test)]
mod fixture {
    use super::*;

    /// A long-form code as the first format wrote it; `tests/tests/recommend.rs` reads it.
    const LONG_CODE: &str =
        "06TT-BVG2-3A40-6CQX-VW45-6RBD-41BP-YVV4-048N-6SB5-41WP-YX90-AHM7-AWKK-CHGQ-JBGJ-XR5A-T";

    #[test]
    fn the_long_form_fixture_is_what_the_first_format_writes() {
        let body = Body {
            pack: pack_tag("core-en"),
            modules: vec![
                module_tag("the-pause-plan"),
                module_tag("naming-what-you-feel"),
            ],
            from: "Sam Wood".to_owned(),
            note: Some("See you Thursday.".to_owned()),
        };
        assert_eq!(encode(&body).expect("encodes"), LONG_CODE);
    }
}
