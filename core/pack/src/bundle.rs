//! Compiled bundles: one compact, versioned, hashed file holding a whole pack.
//!
//! Layout (all integers little-endian):
//!
//! | bytes | what |
//! |---|---|
//! | 8 | magic: `GWPACK\r\n` |
//! | 2 | bundle format version ([`FORMAT_VERSION`]) |
//! | 32 | SHA-256 of the payload |
//! | rest | payload: the [`Pack`] encoded with postcard |
//!
//! Decoding checks each part in turn, then runs the model rules again: a bundle is never
//! trusted, even one this code wrote.

use sha2::{Digest, Sha256};

use crate::diagnostic::{Diagnostic, Location, ModuleAt, path_string};
use crate::model::Pack;
use crate::rules::{self, Known};

/// The first bytes of every bundle. The `\r\n` catches a transfer that mangled line endings.
pub const MAGIC: [u8; 8] = *b"GWPACK\r\n";

/// The bundle format this code writes and reads.
///
/// Raise it whenever the payload's layout changes (any change to the [`Pack`] model's fields):
/// postcard carries no field names, so an older or newer layout would not decode correctly.
///
/// - 1: the first format.
/// - 2: packs carry `safety.toml` ([`crate::model::Safety`]).
/// - 3: help lines carry the `area` they serve when not the whole region.
/// - 4: the crisis check is word classes, patterns and a trained model
///   ([`crate::model::CrisisCheck`]); `safety.toml` carries the home safety question and help now
///   situations their `first_steps`; help lines carry their hours as `open` and `time_zone` (no
///   free-text `hours`); modules say whether they are done `with_partner`; `safety.toml` carries the new dad's mood
///   check.
/// - 5: modules carry their `accountability` line; help lines say whether they are `unconfirmed`.
/// - 6: packs carry their peer groups (`peer-groups.toml`, [`crate::model::PeerGroup`]).
/// - 7: the manifest carries its "start here" paths (`paths`, [`crate::model::StartPath`]).
/// - 8: `safety.toml` carries an optional grounding exercise ([`crate::model::Grounding`]).
/// - 9: the manifest names the pack an add-on `extends`; help lines say the `languages` they
///   answer in. Format 8 is still read (a pack installed before keeps working): its manifest is
///   read as one that extends nothing, its lines as ones whose languages no page gave.
pub const FORMAT_VERSION: u16 = 9;

/// The oldest format still read: [`FORMAT_VERSION`] and this one.
pub const OLDEST_READ_FORMAT: u16 = 8;

/// The largest bundle accepted.
pub const MAX_BUNDLE_BYTES: usize = 16 * 1024 * 1024;

const HEADER: usize = MAGIC.len() + 2 + 32;

/// Why a bundle was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    /// The bytes do not start like a Groundwork pack bundle.
    #[error("this is not a Groundwork pack file")]
    NotABundle,
    /// The file is shorter than a bundle's header.
    #[error("the pack file is cut short ({size} bytes)")]
    Truncated {
        /// The file's size.
        size: usize,
    },
    /// The file is larger than any pack should be.
    #[error("the pack file is too large ({size} bytes; the limit is {limit})")]
    TooLarge {
        /// The file's size.
        size: usize,
        /// The largest size accepted.
        limit: usize,
    },
    /// The bundle was written by a newer version of Groundwork.
    #[error(
        "the pack file needs a newer version of Groundwork (bundle format {found}; this one reads {supported})"
    )]
    NewerFormat {
        /// The bundle's format version.
        found: u16,
        /// The format this code reads.
        supported: u16,
    },
    /// The bundle's format is older than any this code reads.
    #[error("the pack file's format ({found}) is no longer supported")]
    UnsupportedFormat {
        /// The bundle's format version.
        found: u16,
    },
    /// The payload does not match its hash: the file was damaged or changed.
    #[error("the pack file is damaged: its contents do not match its checksum")]
    HashMismatch,
    /// The payload could not be decoded.
    #[error("the pack file is damaged: {0}")]
    Malformed(String),
    /// The pack decoded, but breaks the content rules.
    #[error("the pack breaks {} content rule(s), first: {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Vec<Diagnostic>),
    /// The pack could not be encoded.
    #[error("the pack could not be encoded: {0}")]
    Encode(String),
    /// The bundle is an add-on for another pack (`base`): it is read with that pack
    /// ([`decode_addon`]), never on its own.
    #[error("this is an add-on for the pack `{base}`, not a whole pack")]
    AddOn {
        /// The id of the pack it extends.
        base: String,
    },
    /// The bundle is an add-on for a pack other than the one in use.
    #[error("this add-on is for the pack `{wanted}`, and the content in use is `{found}`")]
    AddOnForAnotherPack {
        /// The id of the pack it extends.
        wanted: String,
        /// The id of the pack it was read with.
        found: String,
    },
}

/// Compiles a pack into bundle bytes.
///
/// Check the pack first ([`crate::load_dir`] or [`crate::validate`]): [`decode`] refuses a pack
/// that breaks the rules.
pub fn compile(pack: &Pack) -> Result<Vec<u8>, BundleError> {
    let payload = postcard::to_allocvec(pack).map_err(|e| BundleError::Encode(e.to_string()))?;
    Ok(seal(FORMAT_VERSION, &payload))
}

/// Wraps a payload in a bundle header: magic, `format_version`, and the payload's SHA-256.
/// [`compile`] uses it; tools and tests can use it to make unusual bundles.
pub fn seal(format_version: u16, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER + payload.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&format_version.to_le_bytes());
    out.extend_from_slice(&Sha256::digest(payload));
    out.extend_from_slice(payload);
    out
}

/// Decodes bundle bytes into a pack: checks the magic, the format version, the size, the hash,
/// decodes, and checks every model rule again. Never panics, whatever the bytes.
pub fn decode(bytes: &[u8]) -> Result<Pack, BundleError> {
    let pack = unchecked(bytes)?;
    if let Some(base) = pack.manifest.extends {
        return Err(BundleError::AddOn { base });
    }
    let problems = validate(&pack);
    if problems.is_empty() {
        Ok(pack)
    } else {
        Err(BundleError::Invalid(problems))
    }
}

/// Decodes an add-on bundle with `base`, the pack it extends (the one in use): checks what
/// [`decode`] checks, that it names `base`, and every add-on rule with it
/// ([`validate_addon`]). Returns the add-on's own parts; [`crate::with_addons`] puts them in
/// the pack in use.
pub fn decode_addon(bytes: &[u8], base: &Pack) -> Result<Pack, BundleError> {
    let pack = unchecked(bytes)?;
    match &pack.manifest.extends {
        None => {
            return Err(BundleError::Malformed(
                "this is a whole pack, not an add-on".to_owned(),
            ));
        }
        Some(wanted) if *wanted != base.manifest.id => {
            return Err(BundleError::AddOnForAnotherPack {
                wanted: wanted.clone(),
                found: base.manifest.id.clone(),
            });
        }
        Some(_) => {}
    }
    let problems = validate_addon(&pack, base);
    if problems.is_empty() {
        Ok(pack)
    } else {
        Err(BundleError::Invalid(problems))
    }
}

/// The id of the pack a bundle extends, `None` for a whole pack: after the checks of its header
/// and hash, before any content rule (which need to know which kind it is).
pub fn extends(bytes: &[u8]) -> Result<Option<String>, BundleError> {
    Ok(unchecked(bytes)?.manifest.extends)
}

/// The pack in a bundle, its header and hash checked, its content rules not yet.
fn unchecked(bytes: &[u8]) -> Result<Pack, BundleError> {
    let (version, payload) = checked_payload(bytes)?;
    let (pack, rest): (Pack, &[u8]) = if version == FORMAT_VERSION {
        postcard::take_from_bytes(payload)
    } else {
        postcard::take_from_bytes::<format8::Pack>(payload).map(|(pack, rest)| (pack.into(), rest))
    }
    .map_err(|e| BundleError::Malformed(e.to_string()))?;
    if !rest.is_empty() {
        return Err(BundleError::Malformed(format!(
            "{} unexpected bytes after the pack",
            rest.len()
        )));
    }
    Ok(pack)
}

/// Format 8's layout, read into today's model: the same, with no `extends` in the manifest.
mod format8 {
    use std::collections::BTreeMap;

    use serde::Deserialize;

    use crate::model::{
        self, Emotion, HelplineKind, Module, PeerGroup, Phase, Prompt, Safety, StartPath, Track,
        Unlock,
    };

    #[derive(Deserialize)]
    pub(super) struct Pack {
        manifest: Manifest,
        modules: Vec<Module>,
        emotions: Vec<Emotion>,
        helplines: Vec<Region>,
        peer_groups: Vec<PeerGroup>,
        prompts: Vec<Prompt>,
        safety: Safety,
    }

    #[derive(Deserialize)]
    struct Manifest {
        id: String,
        version: String,
        title: String,
        locale: String,
        authors: Vec<String>,
        licence: String,
        min_core_version: String,
        phases: Vec<Phase>,
        tracks: Vec<Track>,
        unlock: Unlock,
        renamed: BTreeMap<String, String>,
        paths: Vec<StartPath>,
    }

    #[derive(Deserialize)]
    struct Region {
        code: String,
        name: String,
        lines: Vec<Helpline>,
    }

    #[derive(Deserialize)]
    struct Helpline {
        id: String,
        name: String,
        kinds: Vec<HelplineKind>,
        phone: Option<String>,
        sms: Option<String>,
        sms_body: Option<String>,
        web: Option<String>,
        open: Vec<String>,
        time_zone: String,
        for_whom: String,
        area: Option<String>,
        source: String,
        note: Option<String>,
        verified_on: String,
        unconfirmed: bool,
    }

    impl From<Region> for model::Region {
        fn from(old: Region) -> model::Region {
            model::Region {
                code: old.code,
                name: old.name,
                lines: old
                    .lines
                    .into_iter()
                    .map(|l| model::Helpline {
                        id: l.id,
                        name: l.name,
                        kinds: l.kinds,
                        phone: l.phone,
                        sms: l.sms,
                        sms_body: l.sms_body,
                        web: l.web,
                        open: l.open,
                        time_zone: l.time_zone,
                        for_whom: l.for_whom,
                        area: l.area,
                        source: l.source,
                        note: l.note,
                        verified_on: l.verified_on,
                        unconfirmed: l.unconfirmed,
                        languages: Vec::new(),
                    })
                    .collect(),
            }
        }
    }

    impl From<Pack> for model::Pack {
        fn from(old: Pack) -> model::Pack {
            let m = old.manifest;
            model::Pack {
                manifest: model::Manifest {
                    id: m.id,
                    version: m.version,
                    title: m.title,
                    locale: m.locale,
                    authors: m.authors,
                    licence: m.licence,
                    min_core_version: m.min_core_version,
                    phases: m.phases,
                    tracks: m.tracks,
                    unlock: m.unlock,
                    renamed: m.renamed,
                    paths: m.paths,
                    extends: None,
                },
                modules: old.modules,
                emotions: old.emotions,
                helplines: old.helplines.into_iter().map(Into::into).collect(),
                peer_groups: old.peer_groups,
                prompts: old.prompts,
                safety: old.safety,
            }
        }
    }
}

/// The SHA-256 of a bundle's payload as lowercase hex, after checking the header and the hash.
pub fn digest_hex(bytes: &[u8]) -> Result<String, BundleError> {
    checked_payload(bytes)?;
    Ok(bytes[MAGIC.len() + 2..HEADER]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// The bundle's format version and payload, after checking its size, magic, version and hash.
fn checked_payload(bytes: &[u8]) -> Result<(u16, &[u8]), BundleError> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(BundleError::TooLarge {
            size: bytes.len(),
            limit: MAX_BUNDLE_BYTES,
        });
    }
    let head = &bytes[..bytes.len().min(MAGIC.len())];
    if !MAGIC.starts_with(head) {
        return Err(BundleError::NotABundle);
    }
    let (Some(version), Some(hash), Some(payload)) = (
        bytes.get(MAGIC.len()..MAGIC.len() + 2),
        bytes.get(MAGIC.len() + 2..HEADER),
        bytes.get(HEADER..),
    ) else {
        return Err(BundleError::Truncated { size: bytes.len() });
    };
    let version = u16::from_le_bytes([version[0], version[1]]);
    if version > FORMAT_VERSION {
        return Err(BundleError::NewerFormat {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    if version < OLDEST_READ_FORMAT {
        return Err(BundleError::UnsupportedFormat { found: version });
    }
    if Sha256::digest(payload).as_slice() != hash {
        return Err(BundleError::HashMismatch);
    }
    Ok((version, payload))
}

/// Checks every model rule on a pack that has no source files (built in code, or decoded from a
/// bundle). Each problem is located in words: `module shame-and-guilt, step 3 ("Own it"),
/// exercise: max`, with line and col 0.
pub fn validate(pack: &Pack) -> Vec<Diagnostic> {
    rules::check(pack, &Known::default())
        .into_iter()
        .map(|p| Diagnostic {
            file: describe(pack, &p.at),
            line: 0,
            col: 0,
            message: p.message,
            fix: p.fix,
        })
        .collect()
}

/// Checks every add-on rule on an add-on pack with no source files (decoded from a bundle) with
/// `base`, the pack it extends; problems are located in words, as by [`validate`].
pub fn validate_addon(addon: &Pack, base: &Pack) -> Vec<Diagnostic> {
    rules::check_addon(addon, base, &Known::default())
        .into_iter()
        .map(|p| Diagnostic {
            file: describe(addon, &p.at),
            line: 0,
            col: 0,
            message: p.message,
            fix: p.fix,
        })
        .collect()
}

/// Describes a location in words, for a pack without source files.
fn describe(pack: &Pack, at: &Location) -> String {
    let doc = |name: &str, p: &[crate::diagnostic::Seg]| {
        if p.is_empty() {
            name.to_owned()
        } else {
            format!("{name}, {}", path_string(p))
        }
    };
    match at {
        Location::Manifest(p) => doc("pack.toml", p),
        Location::Emotions(p) => doc("emotions.toml", p),
        Location::Helplines(p) => doc("helplines.toml", p),
        Location::Prompts(p) => doc("prompts.toml", p),
        Location::PeerGroups(p) => doc("peer-groups.toml", p),
        Location::Safety(p) => doc("safety.toml", p),
        Location::Module { index, at } => {
            let module = pack.modules.get(*index);
            let id = module.map_or("?", |m| m.meta.id.as_str());
            let step = |s: usize| {
                let title = module
                    .and_then(|m| m.steps.get(s))
                    .map_or("", |st| st.title.as_str());
                format!("step {} (\"{title}\")", s + 1)
            };
            match at {
                ModuleAt::Whole => format!("module {id}"),
                ModuleAt::Meta(p) => format!("module {id}, {}", path_string(p)),
                ModuleAt::StepTitle(s) => format!("module {id}, {}", step(*s)),
                ModuleAt::Exercise { step: s, path } if path.is_empty() => {
                    format!("module {id}, {}, exercise", step(*s))
                }
                ModuleAt::Exercise { step: s, path } => {
                    format!("module {id}, {}, exercise {}", step(*s), path_string(path))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_prefixes_of_the_magic_are_truncated_not_foreign() {
        assert_eq!(decode(b""), Err(BundleError::Truncated { size: 0 }));
        assert_eq!(decode(b"GWPA"), Err(BundleError::Truncated { size: 4 }));
        assert_eq!(decode(b"PK\x03\x04"), Err(BundleError::NotABundle));
        assert_eq!(
            decode(b"hello, this is a text file"),
            Err(BundleError::NotABundle)
        );
    }

    #[test]
    fn format_versions_newer_than_this_one_or_older_than_the_oldest_read_are_refused() {
        let header = |version: u16| {
            let mut bytes = MAGIC.to_vec();
            bytes.extend_from_slice(&version.to_le_bytes());
            bytes.extend_from_slice(&[0; 32]);
            bytes
        };
        for newer in [FORMAT_VERSION + 1, u16::MAX] {
            assert_eq!(
                decode(&header(newer)),
                Err(BundleError::NewerFormat {
                    found: newer,
                    supported: FORMAT_VERSION
                })
            );
        }
        for older in 0..OLDEST_READ_FORMAT {
            assert_eq!(
                decode(&header(older)),
                Err(BundleError::UnsupportedFormat { found: older })
            );
        }
    }

    #[test]
    fn a_payload_that_does_not_match_its_hash_is_refused() {
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        bytes.extend_from_slice(&Sha256::digest(b"abc"));
        bytes.extend_from_slice(b"abd");
        assert_eq!(decode(&bytes), Err(BundleError::HashMismatch));
    }

    #[test]
    fn a_well_hashed_payload_that_is_not_a_pack_is_malformed() {
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        bytes.extend_from_slice(&Sha256::digest(b"\xff\xff\xff"));
        bytes.extend_from_slice(b"\xff\xff\xff");
        assert!(matches!(decode(&bytes), Err(BundleError::Malformed(_))));
    }
}
