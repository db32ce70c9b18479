//! Embeds the default content pack.
//!
//! Reads `content/packs/core-en`, checks every content rule, and writes the compiled bundle to
//! `OUT_DIR/core-en.gwpack.lz4` (LZ4-compressed, a third of its size in the library), which
//! `src/content/mod.rs` includes. A pack that breaks a rule fails
//! the build with every problem listed as `file:line:col: what is wrong; how to fix it`.

use std::path::PathBuf;
use std::process::exit;

fn main() {
    let manifest_dir = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let workspace = manifest_dir.parent().unwrap_or(&manifest_dir);
    let pack_dir = workspace.join("content").join("packs").join("core-en");
    // A folder here makes cargo rerun this script when any file under it changes.
    println!("cargo::rerun-if-changed={}", pack_dir.display());
    println!("cargo::rerun-if-changed=build.rs");

    let pack = match groundwork_pack::load_dir(&pack_dir) {
        Ok(loaded) => loaded.into_pack(),
        Err(diagnostics) => {
            eprintln!(
                "the default content pack has {} problem(s); run `cargo run -p groundwork-cli -- pack validate content/packs/core-en`:",
                diagnostics.len()
            );
            for d in &diagnostics {
                eprintln!("{d}");
            }
            exit(1);
        }
    };
    let core_version = std::env::var("CARGO_PKG_VERSION").expect("cargo sets CARGO_PKG_VERSION");
    if let Err(needed) = groundwork_pack::check_core_version(&pack, &core_version) {
        eprintln!(
            "{}: min_core_version is {needed}, newer than this core ({core_version}); lower it or raise the core's version",
            pack_dir.join("pack.toml").display()
        );
        exit(1);
    }
    let bytes = match groundwork_pack::compile(&pack) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("the default content pack could not be compiled: {e}");
            exit(1);
        }
    };
    let target = out_dir.join("core-en.gwpack.lz4");
    if let Err(e) = std::fs::write(&target, lz4_flex::compress_prepend_size(&bytes)) {
        eprintln!("could not write {}: {e}", target.display());
        exit(1);
    }
}
