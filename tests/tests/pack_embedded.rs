//! The default pack is embedded in the core at build time and loads with no files; a
//! counsellor's bundle can be imported and is checked again.

use std::path::{Path, PathBuf};

use groundwork_core::content::{self, BundleError, ContentError, pack};

fn dir(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

#[test]
fn the_default_pack_is_embedded_and_loads_in_the_core() {
    let embedded = content::default_pack().expect("the embedded pack loads");
    assert_eq!(embedded.manifest.id, "core-en");
    let from_source = pack::load_dir(&dir("../content/packs/core-en"))
        .expect("core-en is valid")
        .into_pack();
    assert_eq!(
        embedded, &from_source,
        "the embedded pack is the one in content/packs/core-en"
    );
}

#[test]
fn the_default_pack_is_decoded_once_and_shared() {
    let a = content::default_pack().expect("loads");
    let b = content::default_pack().expect("loads");
    assert!(std::ptr::eq(a, b));
}

#[test]
fn importing_the_embedded_bundle_gives_the_default_pack() {
    let imported = content::import_bundle(&content::embedded_bundle().expect("decompresses"))
        .expect("imports");
    assert_eq!(&imported, content::default_pack().expect("loads"));
}

#[test]
fn the_embedded_bundle_decompresses_to_the_bundle_the_pack_tool_builds_from_the_folder() {
    let built = pack::compile(
        &pack::load_dir(&dir("../content/packs/core-en"))
            .expect("the default pack is valid")
            .into_pack(),
    )
    .expect("compiles");
    assert_eq!(content::embedded_bundle().expect("decompresses"), built);
}

#[test]
fn a_counsellors_bundle_imports_as_its_pack() {
    let pack = pack::load_dir(&dir("fixtures/packs/minimal"))
        .expect("fixture is valid")
        .into_pack();
    let bytes = pack::compile(&pack).expect("compiles");
    assert_eq!(content::import_bundle(&bytes), Ok(pack));
}

#[test]
fn a_pack_that_needs_a_newer_core_is_refused() {
    let mut pack = pack::load_dir(&dir("fixtures/packs/minimal"))
        .expect("fixture is valid")
        .into_pack();
    pack.manifest.min_core_version = "99.0.0".into();
    let bytes = pack::compile(&pack).expect("compiles");
    assert_eq!(
        content::import_bundle(&bytes),
        Err(ContentError::NeedsNewerCore {
            required: "99.0.0".into(),
            current: content::CORE_VERSION.into()
        })
    );
}

#[test]
fn a_damaged_import_is_a_typed_error() {
    let mut bytes = content::embedded_bundle().expect("decompresses");
    let last = bytes.len() - 1;
    bytes[last] ^= 0xff;
    assert_eq!(
        content::import_bundle(&bytes),
        Err(ContentError::Bundle(BundleError::HashMismatch))
    );
    assert_eq!(
        content::import_bundle(b"not a pack"),
        Err(ContentError::Bundle(BundleError::NotABundle))
    );
}
