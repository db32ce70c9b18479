//! Groundwork content packs.
//!
//! A pack is a folder of plain text files written by counsellors and content writers (see
//! `content/README.md`): `pack.toml`, `modules/**/*.md`, `emotions.toml`, `helplines.toml`,
//! `peer-groups.toml` (optional), `prompts.toml` and `safety.toml`. This crate
//!
//! - reads a pack folder into the [`Pack`] model ([`load_dir`]), reporting every problem at once
//!   as a [`Diagnostic`] (`file:line:col: what is wrong; how to fix it`);
//! - checks the content rules on any [`Pack`], with or without source files ([`validate`]);
//! - compiles a pack into one compact, versioned, hashed bundle ([`compile`]) and reads one back
//!   ([`decode`]), checking everything again: a bundle is never trusted;
//! - reads help lines' opening hours into a typed form ([`hours`]);
//! - lints the writing: reading grade, phrases to avoid, length limits ([`lint`]);
//! - with the `schema` feature, writes JSON Schemas for editor support (module `schema`).
//!
//! The validation has two layers: the source layer ([`source`]) finds syntax problems at their
//! exact position; the model rules ([`rules`]) check the meaning on the parsed pack and locate
//! problems logically (module id, step number, key), which the source layer turns into
//! `file:line:col` and a bundle describes in words.

pub mod bundle;
pub mod code_tag;
pub mod crisis;
pub mod crisis_model;
mod diagnostic;
pub mod hours;
pub mod lint;
pub mod model;
pub mod rules;
#[cfg(feature = "schema")]
pub mod schema;
pub mod source;

pub use crate::bundle::{
    BundleError, compile, decode, decode_addon, extends, validate, validate_addon,
};
pub use crate::diagnostic::Diagnostic;
pub use crate::hours::{OpenHours, OpenProblem, OpenSpan};
pub use crate::model::*;
pub use crate::source::{
    CRISIS_LINES_DIR, CRISIS_MODEL_FILE, LoadedPack, PEER_GROUPS_FILE, REGION_DATA_LANGUAGE,
    REGIONS_KEY, SHIPPED_FILE, addon_base, load_addon_dir, load_dir, load_dir_without_crisis_model,
    shipped_after_release,
};

/// The pack in use with add-ons installed beside it: `base` whole, then each add-on's phases
/// (after the base's, in the order given), its modules (after the base's, so the reading order
/// of each is kept) and its prompts; its renamed ids join the base's. Everything else (tracks,
/// words, help, safety, start-here paths, what opens the partner phases) is the base's. Give
/// only add-ons read with this base ([`decode_addon`] or [`load_addon_dir`]).
pub fn with_addons(base: &Pack, addons: &[Pack]) -> Pack {
    let mut pack = base.clone();
    for addon in addons {
        pack.manifest
            .phases
            .extend(addon.manifest.phases.iter().cloned());
        pack.manifest.renamed.extend(
            addon
                .manifest
                .renamed
                .iter()
                .map(|(old, new)| (old.clone(), new.clone())),
        );
        pack.modules.extend(addon.modules.iter().cloned());
        pack.prompts.extend(addon.prompts.iter().cloned());
    }
    pack
}

/// Checks that a pack can be read by a core of version `core_version` (its `min_core_version`
/// is not newer). `Err` holds the version the pack needs.
pub fn check_core_version(pack: &Pack, core_version: &str) -> Result<(), String> {
    let needed = semver::Version::parse(&pack.manifest.min_core_version)
        .map_err(|_| pack.manifest.min_core_version.clone())?;
    match semver::Version::parse(core_version) {
        Ok(core) if core >= needed => Ok(()),
        _ => Err(pack.manifest.min_core_version.clone()),
    }
}
