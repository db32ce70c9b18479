//! Content packs: the built-in packs, one per language the core speaks (English, the default, and
//! French (Canada)), embedded at build time, and packs imported from a bundle file (e.g. one a
//! counsellor made with `groundwork pack build`).
//!
//! The pack model, parser, validator and bundle format live in the `groundwork-pack` crate,
//! re-exported here as [`pack`]. `build.rs` checks `content/packs/core-en` and `core-fr-CA` and
//! compiles each into a bundle embedded below, so the apps work with no files; [`built_in`] is
//! the one for the language negotiated from the device. Every bundle, the embedded one
//! included, is checked again when it is read: magic, format version, hash, and every content
//! rule.

use std::sync::{Arc, OnceLock};

pub mod installed;
pub mod trust;

pub use groundwork_pack as pack;

use crate::base::text::Language;
pub use groundwork_pack::{BundleError, Diagnostic, Pack};

/// The version of this core, which a pack's `min_core_version` must not exceed.
pub const CORE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The built-in packs, one per language the core speaks (`content/packs/core-en`, `core-fr-CA`),
/// each compiled by `build.rs` and LZ4-compressed (its length first), so it takes a third of the
/// room in the phone library. English first: the default, and the one every other falls back to.
static BUILT_IN: [(&str, &[u8]); 2] = [
    (
        "en",
        include_bytes!(concat!(env!("OUT_DIR"), "/core-en.gwpack.lz4")),
    ),
    (
        "fr-CA",
        include_bytes!(concat!(env!("OUT_DIR"), "/core-fr-CA.gwpack.lz4")),
    ),
];

/// Each built-in pack, decoded on first use: a phone in English never decodes the French one.
static DECODED: [OnceLock<Result<Arc<Pack>, ContentError>>; BUILT_IN.len()] =
    [const { OnceLock::new() }; BUILT_IN.len()];

/// Why a pack could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    /// The bundle was refused: not a pack, damaged, from a newer app, or breaking a content rule.
    #[error(transparent)]
    Bundle(#[from] BundleError),
    /// The pack needs a newer Groundwork core than this one.
    #[error("this pack needs Groundwork {required} or newer (this is {current})")]
    NeedsNewerCore {
        /// The pack's `min_core_version`.
        required: String,
        /// This core's version.
        current: String,
    },
}

/// The bytes of the embedded default pack bundle (to export or share it), decompressed: the same
/// bundle file `groundwork pack build content/packs/core-en` writes.
///
/// Errors: [`ContentError::Bundle`] with [`BundleError::Malformed`] only if the compressed copy
/// were damaged, which `build.rs` and the tests rule out; still an error, never a panic.
pub fn embedded_bundle() -> Result<Vec<u8>, ContentError> {
    built_in_bundle(Language::ENGLISH)
}

/// The bytes of the built-in pack for `language` (English's when the core has none in it),
/// decompressed: the bundle `groundwork pack build content/packs/core-<tag>` writes.
pub fn built_in_bundle(language: Language) -> Result<Vec<u8>, ContentError> {
    lz4_flex::decompress_size_prepended(BUILT_IN[built_in_index(language)].1)
        .map_err(|e| ContentError::Bundle(BundleError::Malformed(e.to_string())))
}

/// Which built-in pack speaks `language`: English's when none does.
fn built_in_index(language: Language) -> usize {
    BUILT_IN
        .iter()
        .position(|(tag, _)| *tag == language.tag())
        .unwrap_or(0)
}

/// The built-in pack in `language` (the English one when the core has none in it), decoded and
/// checked once, on first use, like [`default_pack`].
pub fn built_in(language: Language) -> Result<Arc<Pack>, ContentError> {
    let index = built_in_index(language);
    DECODED[index]
        .get_or_init(|| {
            built_in_bundle(language)
                .and_then(|bytes| import_bundle(&bytes))
                .map(Arc::new)
        })
        .as_ref()
        .map(Arc::clone)
        .map_err(Clone::clone)
}

/// The default pack, decompressed, decoded and checked once, on first use (about 60 ms in a
/// release build, nearly all of it the content rules: `cargo bench --bench home -- "built-in pack"`).
///
/// Errors: only if the embedded bundle were broken, which `build.rs` and the tests rule out; it
/// is still an error, never a panic.
pub fn default_pack() -> Result<&'static Pack, ContentError> {
    shared_default().map(|pack| &**pack)
}

/// The default pack as a shared handle, for holders that may also hold another pack. The same
/// single copy as [`default_pack`].
pub fn default_pack_shared() -> Result<Arc<Pack>, ContentError> {
    shared_default().cloned()
}

fn shared_default() -> Result<&'static Arc<Pack>, ContentError> {
    DECODED[0]
        .get_or_init(|| {
            embedded_bundle()
                .and_then(|bytes| import_bundle(&bytes))
                .map(Arc::new)
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// The built-in French (Canada) pack, for the tests that check the core's words come out in the
/// pack's language: decoded once, like every built-in pack.
#[cfg(test)]
pub(crate) fn french_for_tests() -> Arc<Pack> {
    built_in(Language::of_pack("fr-CA")).expect("the built-in French pack")
}

/// Reads a pack bundle (e.g. a counsellor's `.gwpack` file) and checks everything again: the
/// header, the hash, every content rule, and that this core is new enough for it. Nothing is
/// stored; the caller decides what to do with the pack.
///
/// Errors: [`ContentError::Bundle`] with a [`BundleError`] saying why the file was refused
/// (`BundleError::Invalid` lists every broken rule), or [`ContentError::NeedsNewerCore`].
pub fn import_bundle(bytes: &[u8]) -> Result<Pack, ContentError> {
    let pack = groundwork_pack::decode(bytes)?;
    groundwork_pack::check_core_version(&pack, CORE_VERSION).map_err(|required| {
        ContentError::NeedsNewerCore {
            required,
            current: CORE_VERSION.to_owned(),
        }
    })?;
    Ok(pack)
}
