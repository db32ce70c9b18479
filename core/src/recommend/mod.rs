//! Counsellor recommendations without a server.
//!
//! A counsellor picks modules of the content pack and makes a short code (to read out or text)
//! and a link (`groundwork://recommend?code=…`) that carry the pack, the modules, the
//! counsellor's display name and an optional short note, with a checksum. The person types the
//! code or opens the link; the app shows "Recommended by NAME" with the modules.
//!
//! Nothing goes through a server: everything is in the code itself (see `code.rs` for the
//! format). A typo, a code made for another pack, modules this pack does not have and codes
//! from a newer version are each a typed [`RecommendError`].

mod code;

use std::collections::HashSet;

use groundwork_pack::Pack;
use unicode_normalization::UnicodeNormalization;

use crate::base::error::Error;

/// What every link starts with, before the code.
pub const LINK_PREFIX: &str = "groundwork://recommend?code=";

/// The longest counsellor name, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 140;

/// The most modules one recommendation can carry.
pub const MAX_MODULES: usize = 10;

/// A recommendation ready to hand over.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct Recommendation {
    /// The code to read out or text, e.g. "0RTK-7W3C-…": letters and digits in groups of four.
    pub code: String,
    /// The same as a link that opens the app: `groundwork://recommend?code=…`.
    pub link: String,
}

/// A recommendation read from a code or link, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record, serde::Serialize)]
pub struct ReceivedRecommendation {
    /// The counsellor's display name.
    pub from: String,
    /// The counsellor's note, if there is one.
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
/// the pack (an id the pack renamed is taken as its new id); repeats count once.
pub fn create_code(
    pack: &Pack,
    module_ids: &[String],
    from: &str,
    note: Option<&str>,
) -> Result<Recommendation, RecommendError> {
    let from = name(from)?;
    let note = note_text(note)?;
    let modules = chosen_modules(pack, module_ids)?;
    let body = code::Body {
        pack: code::pack_tag(&pack.manifest.id),
        modules: modules.iter().map(|id| code::module_tag(id)).collect(),
        from,
        note,
    };
    let code = code::encode(&body)?;
    let link = format!("{LINK_PREFIX}{}", code::compact(&code));
    Ok(Recommendation { code, link })
}

/// Reads a code (as typed: any case, with or without hyphens or spaces, O for 0 and I or L for
/// 1) or a whole `groundwork://recommend` link, for `pack`.
pub fn read_code(pack: &Pack, text: &str) -> Result<ReceivedRecommendation, RecommendError> {
    let body = code::decode(code_in(text)?)?;
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
    let mut module_ids: Vec<String> = Vec::with_capacity(body.modules.len());
    let mut module_titles = Vec::with_capacity(body.modules.len());
    for tag in &body.modules {
        let id = module_for_tag(pack, tag).ok_or(RecommendError::ModulesNotInPack)?;
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

/// The code part of what was typed or opened: the `code` of a `groundwork://recommend` link,
/// or the text itself.
fn code_in(text: &str) -> Result<&str, RecommendError> {
    let text = text.trim();
    if text.chars().count() > code::MAX_TEXT_CHARS {
        return Err(RecommendError::NotACode);
    }
    let Some((scheme, rest)) = text.split_once("://") else {
        return Ok(text);
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
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("code="))
        .filter(|code| !code.is_empty())
        .ok_or(RecommendError::NotACode)
}

/// The module id a tag stands for in `pack`, following renames; `None` if no module, or more
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
    // Two modules of this pack with the same tag could not be told apart when read.
    let tags: HashSet<code::Tag> = pack
        .modules
        .iter()
        .map(|m| code::module_tag(&m.meta.id))
        .collect();
    if tags.len() != pack.modules.len() {
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
