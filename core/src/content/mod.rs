//! Content packs: the default English pack, embedded at build time, and packs imported from a
//! bundle file (e.g. one a counsellor made with `groundwork pack build`).
//!
//! The pack model, parser, validator and bundle format live in the `groundwork-pack` crate,
//! re-exported here as [`pack`]. `build.rs` checks `content/packs/core-en` and compiles it into
//! the bundle embedded below, so the apps work with no files. Every bundle, the embedded one
//! included, is checked again when it is read: magic, format version, hash, and every content
//! rule.

use std::sync::{Arc, OnceLock};

pub mod installed;
pub mod trust;

pub use groundwork_pack as pack;
pub use groundwork_pack::{BundleError, Diagnostic, Pack};

/// The version of this core, which a pack's `min_core_version` must not exceed.
pub const CORE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The default pack (`content/packs/core-en`), compiled by `build.rs`.
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/core-en.gwpack"));

/// The default pack, decoded on first use.
static DEFAULT: OnceLock<Result<Arc<Pack>, ContentError>> = OnceLock::new();

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

/// The bytes of the embedded default pack bundle (to export or share it).
pub fn embedded_bundle() -> &'static [u8] {
    EMBEDDED
}

/// The default pack, decoded and checked once, on first use (well under a millisecond in a
/// release build).
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
    DEFAULT
        .get_or_init(|| import_bundle(EMBEDDED).map(Arc::new))
        .as_ref()
        .map_err(Clone::clone)
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
