//! Counsellor recommendations without a server.
//!
//! A counsellor picks modules of the content pack and makes a short code (to read out, text or
//! write on a card) and a link that opens the app. The code carries the pack, up to ten modules
//! and the counsellor's initials, with a check character: 8 characters for one module, 12 for
//! three (`short.rs` has the format). The link carries the same code and, beside it, the
//! counsellor's name in full and an optional short note
//! (`groundwork://recommend?code=…&from=…&note=…`). The person types the code or opens the
//! link; the app shows "Recommended by NAME" (by the initials, from a typed code) with the
//! modules.
//!
//! Nothing goes through a server: everything is in the code and the link. A typo, a code made
//! for another pack, modules this pack does not have and codes from a newer version are each a
//! typed [`RecommendError`]. Codes of the first, long form (`code.rs`) are still read.

mod code;
mod short;

use groundwork_pack::Pack;
use groundwork_pack::code_tag;
use unicode_normalization::UnicodeNormalization;

use crate::base::error::Error;

/// What every link starts with, before the code.
pub const LINK_PREFIX: &str = "groundwork://recommend?code=";

/// The longest code for up to three modules, in characters (hyphens not counted).
pub const SHORT_CODE_MAX_CHARS: usize = 12;

/// Who a recommendation is from when a typed code carries no initials.
pub const UNNAMED_FROM: &str = "your counsellor";

/// The longest counsellor name, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 140;

/// The most modules one recommendation can carry.
pub const MAX_MODULES: usize = 10;

/// A recommendation ready to hand over.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct Recommendation {
    /// The code to read out, text or write on a card, e.g. "4K9R-XW3D-7TQA": 8 characters for
    /// one module, 2 more for each other one, in groups of four.
    pub code: String,
    /// A link that opens the app: `groundwork://recommend?code=…&from=…`, with `&note=…` when
    /// there is a note. Only the link carries the name in full and the note.
    pub link: String,
}

/// A recommendation read from a code or link, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct ReceivedRecommendation {
    /// The counsellor's display name: in full from a link, the initials ("S.W.") from a typed
    /// code, or "your counsellor" when the code carries none.
    pub from: String,
    /// The counsellor's note, if the link carries one (a typed code never does).
    pub note: Option<String>,
    /// The recommended modules' ids, in the counsellor's order.
    pub module_ids: Vec<String>,
    /// The recommended modules' titles, in the same order as `module_ids`.
    pub module_titles: Vec<String>,
    /// What to show above them: "Recommended by NAME".
    pub headline: String,
}

/// Why a recommendation could not be made or read. Messages never quote the name or the note.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecommendError {
    /// The text is not a Groundwork recommendation code or link at all.
    #[error("this is not a Groundwork recommendation code or link")]
    NotACode,
    /// The checksum does not match: a character is wrong, missing or extra.
    #[error(
        "a character is wrong, missing or extra; check the code against the one you were given"
    )]
    Mistyped,
    /// The code was made for a different content pack.
    #[error("this code was made for different Groundwork content, so it cannot be opened here")]
    OtherPack,
    /// The code was made by a newer version of Groundwork.
    #[error("this code was made by a newer version of Groundwork; update the app to open it")]
    TooNew,
    /// The code names modules this pack does not have (it may come from a newer pack version).
    #[error(
        "this code names modules this version of Groundwork does not have; update the app to open it"
    )]
    ModulesNotInPack,
    /// A module id given when making a code is not in the pack.
    #[error("there is no module \"{id}\" in this content")]
    UnknownModule {
        /// The id as given (a content id, never personal data).
        id: String,
    },
    /// The name, note or module list breaks a rule.
    #[error("{field}: {reason}")]
    InvalidInput {
        /// "from", "note" or "modules".
        field: &'static str,
        /// The rule, in plain words.
        reason: &'static str,
    },
    /// A bug in Groundwork.
    #[error("internal: {0}")]
    Internal(&'static str),
}

impl From<RecommendError> for Error {
    fn from(err: RecommendError) -> Self {
        match err {
            RecommendError::InvalidInput { field, reason } => Error::invalid(field, reason),
            RecommendError::UnknownModule { .. } => Error::invalid("modules", err.to_string()),
            RecommendError::Internal(reason) => Error::Internal(reason),
            RecommendError::NotACode
            | RecommendError::Mistyped
            | RecommendError::OtherPack
            | RecommendError::TooNew
            | RecommendError::ModulesNotInPack => Error::invalid("code", err.to_string()),
        }
    }
}

/// Makes the code and link for `module_ids` of `pack`, from a counsellor called `from`, with an
/// optional `note`.
///
/// The name is 1 to 40 characters and the note up to 140 (both trimmed, no control characters
/// except new lines in the note; a blank note is no note). There are 1 to 10 modules, each in
/// the pack (an id the pack renamed is taken as its new id); repeats count once. The code
/// carries the name's initials ([`initials`]); the link carries the name and the note.
pub fn create_code(
    pack: &Pack,
    module_ids: &[String],
    from: &str,
    note: Option<&str>,
) -> Result<Recommendation, RecommendError> {
    let from = name(from)?;
    let note = note_text(note)?;
    let modules = chosen_modules(pack, module_ids)?;
    let code = short::encode(&short::ShortCode {
        pack: code_tag::pack_tag(&pack.manifest.id),
        modules: modules.iter().map(|id| code_tag::module_tag(id)).collect(),
        initials: initials(&from),
    })?;
    let mut link = format!(
        "{LINK_PREFIX}{}&from={}",
        short::compact(&code),
        percent_encode(&from)
    );
    if let Some(note) = &note {
        link.push_str("&note=");
        link.push_str(&percent_encode(note));
    }
    Ok(Recommendation { code, link })
}

/// Reads a code (as typed: any case, with or without hyphens or spaces) or a whole
/// `groundwork://recommend` link, for `pack`.
pub fn read_code(pack: &Pack, text: &str) -> Result<ReceivedRecommendation, RecommendError> {
    let given = code_in(text)?;
    let first = given.code.chars().find(|c| !short::is_separator(*c));
    if matches!(first, Some('0' | 'o' | 'O')) {
        // A long code, or a short one whose first character was mistyped as a 0.
        let letters = short::compact(given.code).chars().count();
        return match read_long(pack, given.code) {
            Err(RecommendError::NotACode) if letters <= short::MAX_CHARS => {
                Err(RecommendError::Mistyped)
            }
            read => read,
        };
    }
    let code = short::decode(given.code)?;
    if code.pack != code_tag::pack_tag(&pack.manifest.id) {
        return Err(RecommendError::OtherPack);
    }
    // A name in the link must be the one the code's initials come from.
    let from = match given.from {
        Some(text) => {
            let from = name(&text).map_err(|_| RecommendError::NotACode)?;
            if initials(&from) != code.initials {
                return Err(RecommendError::NotACode);
            }
            from
        }
        None => initials_shown(&code.initials),
    };
    let note = match given.note {
        Some(text) => note_text(Some(&text)).map_err(|_| RecommendError::NotACode)?,
        None => None,
    };
    let ids = code
        .modules
        .iter()
        .map(|tag| module_for_short_tag(pack, *tag).ok_or(RecommendError::ModulesNotInPack));
    received(pack, ids, from, note)
}

/// A code of the first, long form: everything, the name and the note too, is in the code.
fn read_long(pack: &Pack, text: &str) -> Result<ReceivedRecommendation, RecommendError> {
    let body = code::decode(text)?;
    if body.pack != code::pack_tag(&pack.manifest.id) {
        return Err(RecommendError::OtherPack);
    }
    // What a valid checksum vouches for is what some encoder wrote, not that it kept the rules:
    // hold the contents to the same rules as when making a code.
    let from = name(&body.from).map_err(|_| RecommendError::NotACode)?;
    let note = note_text(body.note.as_deref()).map_err(|_| RecommendError::NotACode)?;
    if from != body.from || note != body.note || body.modules.len() > MAX_MODULES {
        return Err(RecommendError::NotACode);
    }
    let ids = body
        .modules
        .iter()
        .map(|tag| module_for_tag(pack, tag).ok_or(RecommendError::ModulesNotInPack));
    received(pack, ids, from, note)
}

/// The recommendation to show: the modules once each, in order, with their titles.
fn received<'p>(
    pack: &'p Pack,
    ids: impl Iterator<Item = Result<&'p str, RecommendError>>,
    from: String,
    note: Option<String>,
) -> Result<ReceivedRecommendation, RecommendError> {
    let mut module_ids: Vec<String> = Vec::new();
    let mut module_titles = Vec::new();
    for id in ids {
        let id = id?;
        if module_ids.iter().any(|known| known == id) {
            continue;
        }
        let module = pack.module(id).ok_or(RecommendError::ModulesNotInPack)?;
        module_ids.push(module.meta.id.clone());
        module_titles.push(module.meta.title.clone());
    }
    if module_ids.is_empty() {
        return Err(RecommendError::NotACode);
    }
    Ok(ReceivedRecommendation {
        headline: format!("Recommended by {from}"),
        from,
        note,
        module_ids,
        module_titles,
    })
}

/// The initials a code carries for a name: the first letter of each word (its base letter:
/// É is E), up to three (the first two and the last of a longer name); words that do not start
/// with a Latin letter are passed over. A name that is itself two or three capital letters
/// ("SW") is its own initials. Empty when no word starts with a Latin letter.
pub fn initials(name: &str) -> String {
    let name = name.trim();
    if (2..=short::MAX_INITIALS).contains(&name.chars().count())
        && name.chars().all(|c| c.is_ascii_uppercase())
    {
        return name.to_owned();
    }
    let letters: Vec<char> = name
        .split_whitespace()
        .filter_map(|word| {
            let base = word.nfd().next()?;
            base.is_ascii_alphabetic()
                .then_some(base.to_ascii_uppercase())
        })
        .collect();
    match letters.len() {
        0..=3 => letters.into_iter().collect(),
        n => [letters[0], letters[1], letters[n - 1]]
            .into_iter()
            .collect(),
    }
}

/// Initials as the app shows them: "S.W.", or "your counsellor" when there are none.
fn initials_shown(initials: &str) -> String {
    if initials.is_empty() {
        return UNNAMED_FROM.to_owned();
    }
    initials.chars().map(|c| format!("{c}.")).collect()
}

/// What was typed or opened: the code, and from a link the name and note beside it.
struct Given<'t> {
    code: &'t str,
    from: Option<String>,
    note: Option<String>,
}

/// The code part of what was typed or opened (the `code` of a `groundwork://recommend` link,
/// or the text itself), and a link's `from` and `note`.
fn code_in(text: &str) -> Result<Given<'_>, RecommendError> {
    let text = text.trim();
    if text.chars().count() > code::MAX_TEXT_CHARS {
        return Err(RecommendError::NotACode);
    }
    let Some((scheme, rest)) = text.split_once("://") else {
        return Ok(Given {
            code: text,
            from: None,
            note: None,
        });
    };
    if !scheme.eq_ignore_ascii_case("groundwork") {
        return Err(RecommendError::NotACode);
    }
    let (target, query) = rest.split_once('?').ok_or(RecommendError::NotACode)?;
    if !target
        .trim_end_matches('/')
        .eq_ignore_ascii_case("recommend")
    {
        return Err(RecommendError::NotACode);
    }
    let query = query.split('#').next().unwrap_or_default();
    let value = |key: &str| {
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
    };
    let code = value("code")
        .filter(|code| !code.is_empty())
        .ok_or(RecommendError::NotACode)?;
    let decoded = |key: &str| value(key).map(percent_decode).transpose();
    Ok(Given {
        code,
        from: decoded("from")?,
        note: decoded("note")?,
    })
}

/// Text for a link: every byte but letters, digits and `-._~` as `%XX`.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Text from a link: `%XX` as a byte and `+` as a space; what is not UTF-8 is not a code.
fn percent_decode(text: &str) -> Result<String, RecommendError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or(RecommendError::NotACode)?;
                out.push(hex);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| RecommendError::NotACode)
}

/// The module id a short tag stands for in `pack`, following renames; `None` if no module has
/// that tag (the pack rules refuse a pack where two do).
fn module_for_short_tag(pack: &Pack, tag: u32) -> Option<&str> {
    let current = pack
        .modules
        .iter()
        .map(|m| m.meta.id.as_str())
        .find(|id| code_tag::module_tag(id) == tag);
    current.or_else(|| {
        pack.manifest
            .renamed
            .iter()
            .find(|(old, _)| code_tag::module_tag(old) == tag)
            .map(|(_, new)| new.as_str())
    })
}

/// The module id a long-form tag stands for in `pack`, following renames; `None` if no module, or more
/// than one, has that tag.
fn module_for_tag<'p>(pack: &'p Pack, tag: &code::Tag) -> Option<&'p str> {
    let current = pack
        .modules
        .iter()
        .map(|m| m.meta.id.as_str())
        .filter(|id| code::module_tag(id) == *tag);
    let renamed = pack
        .manifest
        .renamed
        .iter()
        .filter(|(old, _)| code::module_tag(old) == *tag)
        .map(|(_, new)| new.as_str());
    let mut found = current.chain(renamed);
    let first = found.next()?;
    match found.next() {
        Some(other) if other != first => None,
        _ => Some(first),
    }
}

/// The module ids as given, checked against the pack: renamed ids followed, repeats dropped.
pub(crate) fn chosen_modules(
    pack: &Pack,
    module_ids: &[String],
) -> Result<Vec<String>, RecommendError> {
    let mut out: Vec<String> = Vec::with_capacity(module_ids.len());
    for given in module_ids {
        let given = given.trim();
        let id = match pack.module(given) {
            Some(m) => m.meta.id.as_str(),
            None => match pack.manifest.renamed.get(given) {
                Some(new) if pack.module(new).is_some() => new.as_str(),
                _ => {
                    return Err(RecommendError::UnknownModule {
                        id: given.to_owned(),
                    });
                }
            },
        };
        if !out.iter().any(|known| known == id) {
            out.push(id.to_owned());
        }
    }
    if out.is_empty() {
        return Err(RecommendError::InvalidInput {
            field: "modules",
            reason: "choose at least one module",
        });
    }
    if out.len() > MAX_MODULES {
        return Err(RecommendError::InvalidInput {
            field: "modules",
            reason: "choose up to 10 modules",
        });
    }
    // Two modules of this pack with the same tag could not be told apart when read (the pack
    // rules refuse such a pack; this holds a pack built some other way to it too).
    if !code_tag::collisions(pack).is_empty() {
        return Err(RecommendError::Internal(
            "two modules of this content share a code tag",
        ));
    }
    Ok(out)
}

/// The counsellor's name: trimmed, NFC, 1 to 40 characters, no control characters.
pub(crate) fn name(text: &str) -> Result<String, RecommendError> {
    let name: String = text.trim().nfc().collect();
    if name.is_empty() {
        return Err(RecommendError::InvalidInput {
            field: "from",
            reason: "write the name to show",
        });
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(RecommendError::InvalidInput {
            field: "from",
            reason: "use up to 40 characters",
        });
    }
    if name.chars().any(char::is_control) {
        return Err(RecommendError::InvalidInput {
            field: "from",
            reason: "a name cannot contain control characters or line breaks",
        });
    }
    Ok(name)
}

/// The note: trimmed, NFC, up to 140 characters, no control characters but new lines; blank is
/// no note.
pub(crate) fn note_text(text: Option<&str>) -> Result<Option<String>, RecommendError> {
    let Some(text) = text else { return Ok(None) };
    let note: String = text.trim().replace("\r\n", "\n").nfc().collect();
    if note.is_empty() {
        return Ok(None);
    }
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(RecommendError::InvalidInput {
            field: "note",
            reason: "use up to 140 characters",
        });
    }
    if note.chars().any(|c| c.is_control() && c != '\n') {
        return Err(RecommendError::InvalidInput {
            field: "note",
            reason: "a note cannot contain control characters",
        });
    }
    Ok(Some(note))
}
