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

use crate::base::error::{Error, Reason};
use crate::base::text::Language;

/// What every link starts with, before the code.
pub const LINK_PREFIX: &str = "groundwork://recommend?code=";

/// The longest code for up to three modules, in characters (hyphens not counted).
pub const SHORT_CODE_MAX_CHARS: usize = 12;

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
    /// code, or "your counsellor" (in the pack's language) when the code carries none.
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
/// Each rule is a message of the catalogs (`core/locales/*/recommend.ftl`), said in his language
/// where it reaches him as `InvalidInput`; its `Display` is the English, for logs and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecommendError {
    /// The text is not a Groundwork recommendation code or link at all.
    NotACode,
    /// The checksum does not match: a character is wrong, missing or extra.
    Mistyped,
    /// The code was made for a different content pack.
    OtherPack,
    /// The code was made by a newer version of Groundwork.
    TooNew,
    /// The code names modules this pack does not have (it may come from a newer pack version).
    ModulesNotInPack,
    /// A module id given when making a code is not in the pack.
    UnknownModule {
        /// The id as given (a content id, never personal data).
        id: String,
    },
    /// The name, note or module list breaks a rule.
    InvalidInput {
        /// "from", "note" or "modules".
        field: &'static str,
        /// The rule: its message id, e.g. "recommend-name-too-long".
        reason: &'static str,
    },
    /// A bug in Groundwork.
    Internal(&'static str),
}

impl RecommendError {
    /// The rule broken, as a message of the catalogs with the values it names; for a bug in
    /// Groundwork, which breaks no rule of his, what failed.
    fn rule(&self) -> Result<Reason, &'static str> {
        Ok(match self {
            RecommendError::NotACode => Reason::new("recommend-not-a-code"),
            RecommendError::Mistyped => Reason::new("recommend-mistyped"),
            RecommendError::OtherPack => Reason::new("recommend-other-pack"),
            RecommendError::TooNew => Reason::new("recommend-too-new"),
            RecommendError::ModulesNotInPack => Reason::new("recommend-modules-not-in-pack"),
            RecommendError::UnknownModule { id } => {
                Reason::with("recommend-unknown-module", [("id", id.as_str().into())])
            }
            RecommendError::InvalidInput { reason, .. } => {
                let limit = match *reason {
                    "recommend-too-many-modules" => MAX_MODULES,
                    "recommend-name-too-long" => MAX_NAME_CHARS,
                    "recommend-note-too-long" => MAX_NOTE_CHARS,
                    _ => return Ok(Reason::new(reason)),
                };
                Reason::with(reason, [("limit", limit.into())])
            }
            RecommendError::Internal(what) => return Err(what),
        })
    }

    /// The input the rule is about: "code" for what was typed or opened.
    fn field(&self) -> &'static str {
        match self {
            RecommendError::InvalidInput { field, .. } => field,
            RecommendError::UnknownModule { .. } => "modules",
            _ => "code",
        }
    }
}

impl std::fmt::Display for RecommendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self, self.rule()) {
            (_, Err(what)) => write!(f, "internal: {what}"),
            (RecommendError::InvalidInput { field, .. }, Ok(reason)) => {
                write!(f, "{field}: {reason}")
            }
            (_, Ok(reason)) => write!(f, "{reason}"),
        }
    }
}

impl std::error::Error for RecommendError {}

impl From<RecommendError> for Error {
    fn from(err: RecommendError) -> Self {
        match err.rule() {
            Ok(reason) => Error::invalid(err.field(), reason),
            Err(what) => Error::Internal(what),
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
        None => initials_shown(Language::of_pack(&pack.manifest.locale), &code.initials),
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
        headline: Language::of_pack(&pack.manifest.locale)
            .say_with("module-recommended-by", &[("name", from.as_str().into())]),
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

/// Initials as the app shows them: "S.W.", or "your counsellor" (in `language`) when there are
/// none.
fn initials_shown(language: Language, initials: &str) -> String {
    if initials.is_empty() {
        return language.say("recommend-unnamed-from");
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
            reason: "recommend-choose-a-module",
        });
    }
    if out.len() > MAX_MODULES {
        return Err(RecommendError::InvalidInput {
            field: "modules",
            reason: "recommend-too-many-modules",
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
            reason: "recommend-name-missing",
        });
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(RecommendError::InvalidInput {
            field: "from",
            reason: "recommend-name-too-long",
        });
    }
    if name.chars().any(char::is_control) {
        return Err(RecommendError::InvalidInput {
            field: "from",
            reason: "recommend-name-control",
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
            reason: "recommend-note-too-long",
        });
    }
    if note.chars().any(|c| c.is_control() && c != '\n') {
        return Err(RecommendError::InvalidInput {
            field: "note",
            reason: "recommend-note-control",
        });
    }
    Ok(Some(note))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recommendation_read_with_the_french_pack_is_headed_and_refused_in_french() {
        let pack = crate::curriculum::french_pack();
        let modules = ["the-pause-plan".to_owned()];
        // A name with no Latin letter gives a code with no initials.
        let made = create_code(pack, &modules, "张伟", None).expect("made");
        let read = read_code(pack, &made.code).expect("reads");
        assert_eq!(read.from, "ton intervenant ou intervenante");
        assert_eq!(
            read.headline,
            "Recommandé par ton intervenant ou intervenante"
        );
        let english = crate::content::default_pack().expect("built in");
        let made = create_code(english, &modules, "张伟", None).expect("made");
        let read = read_code(english, &made.code).expect("reads");
        assert_eq!(read.headline, "Recommended by your counsellor");

        let french = Language::of_pack(&pack.manifest.locale);
        let rule = |err: RecommendError| match Error::from(err) {
            Error::InvalidInput { field, reason } => {
                (field, reason.say(french), reason.to_string())
            }
            other => panic!("a rule: {other:?}"),
        };
        assert_eq!(
            rule(RecommendError::Mistyped),
            (
                "code",
                "un caractère est faux, manque ou est en trop; compare avec le code qu'on t'a donné"
                    .to_owned(),
                RecommendError::Mistyped.to_string()
            )
        );
        let too_long = create_code(pack, &modules, &"x".repeat(MAX_NAME_CHARS + 1), None)
            .expect_err("too long");
        assert_eq!(too_long.to_string(), "from: use up to 40 characters");
        assert_eq!(
            rule(too_long),
            (
                "from",
                "utilise 40 caractères au plus".to_owned(),
                "use up to 40 characters".to_owned()
            )
        );
        let unknown = create_code(pack, &["nope".to_owned()], "Sam", None).expect_err("unknown");
        assert_eq!(
            unknown.to_string(),
            "there is no module \"nope\" in this content"
        );
        assert_eq!(
            rule(unknown).1,
            "il n'y a pas de module «\u{a0}nope\u{a0}» dans ce contenu"
        );
    }
}
