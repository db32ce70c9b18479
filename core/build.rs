//! Embeds the built-in content packs, one per language.
//!
//! Reads each of `content/packs/core-en` and `core-fr-CA`, checks every content rule, and writes its compiled bundle to
//! `OUT_DIR/<name>.gwpack.lz4` (LZ4-compressed, a third of its size in the library), which
//! `src/content/mod.rs` includes. A pack that breaks a rule fails
//! the build with every problem listed as `file:line:col: what is wrong; how to fix it`.
//!
//! It also asks the linker to pack the shared library's relocations (`cdylib` only: the static
//! library linked into the iOS app and the test binaries are left alone), see `link_args`.

use std::path::PathBuf;
use std::process::exit;

fn main() {
    let manifest_dir = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let workspace = manifest_dir.parent().unwrap_or(&manifest_dir);
    // Its help lines and peer groups: the shared region data every pack names.
    println!(
        "cargo::rerun-if-changed={}",
        workspace.join("content").join("regions").display()
    );
    println!("cargo::rerun-if-changed=build.rs");
    link_args();
    let core_version = std::env::var("CARGO_PKG_VERSION").expect("cargo sets CARGO_PKG_VERSION");
    for name in BUILT_IN {
        embed(
            &workspace.join("content").join("packs").join(name),
            name,
            &out_dir,
            &core_version,
        );
    }
}

/// The built-in language packs, each compiled to `OUT_DIR/<name>.gwpack.lz4`: the same list as
/// `BUILT_IN` in `src/content/mod.rs`.
const BUILT_IN: [&str; 2] = ["core-en", "core-fr-CA"];

fn embed(pack_dir: &std::path::Path, name: &str, out_dir: &std::path::Path, core_version: &str) {
    // A folder here makes cargo rerun this script when any file under it changes.
    println!("cargo::rerun-if-changed={}", pack_dir.display());
    let pack = match groundwork_pack::load_dir(pack_dir) {
        Ok(loaded) => loaded.into_pack(),
        Err(diagnostics) => {
            eprintln!(
                "the built-in content pack {name} has {} problem(s); run `cargo run -p groundwork-cli -- pack validate content/packs/{name}`:",
                diagnostics.len()
            );
            for d in &diagnostics {
                eprintln!("{d}");
            }
            exit(1);
        }
    };
    if let Err(needed) = groundwork_pack::check_core_version(&pack, core_version) {
        eprintln!(
            "{}: min_core_version is {needed}, newer than this core ({core_version}); lower it or raise the core's version",
            pack_dir.join("pack.toml").display()
        );
        exit(1);
    }
    let bytes = match groundwork_pack::compile(&pack) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("the built-in content pack {name} could not be compiled: {e}");
            exit(1);
        }
    };
    let target = out_dir.join(format!("{name}.gwpack.lz4"));
    if let Err(e) = std::fs::write(&target, lz4_flex::compress_prepend_size(&bytes)) {
        eprintln!("could not write {}: {e}", target.display());
        exit(1);
    }
}

/// The shared library's relocations packed: a pointer in a table (the C libraries' method and
/// error tables, Rust's vtables and string tables) costs a 24-byte relocation entry unpacked,
/// about 0.9 MB of the x86_64 library; packed, a few bits each. On Linux with glibc, RELR (`-z
/// pack-relative-relocs`: GNU ld 2.38 or lld; loaded by glibc 2.36 or later). On Android, its
/// own packed format (`--pack-dyn-relocs=android`: loaded from API level 23, and the apps start
/// at 26; from API level 28 the NDK's clang adds RELR itself). Only the `cdylib` is affected:
/// the static library linked into the iOS app (the app's link decides there) and the test
/// binaries are left alone.
fn link_args() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let flag = match (os.as_str(), env.as_str()) {
        ("android", _) => Some("-Wl,--pack-dyn-relocs=android"),
        ("linux", "gnu") => Some("-Wl,-z,pack-relative-relocs"),
        _ => None,
    };
    if let Some(flag) = flag {
        println!("cargo::rustc-cdylib-link-arg={flag}");
    }
}
