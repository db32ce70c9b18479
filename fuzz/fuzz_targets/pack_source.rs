//! The pack source reader and validator on a pack folder where one file is replaced by the
//! input: the first byte picks the file, the rest is its text. It must report problems, never
//! panic, and stay quick however the text nests.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

const FILES: [(&str, &str); 9] = [
    (
        "pack.toml",
        include_str!("../../tests/fixtures/packs/minimal/pack.toml"),
    ),
    (
        "emotions.toml",
        include_str!("../../tests/fixtures/packs/minimal/emotions.toml"),
    ),
    (
        "helplines.toml",
        include_str!("../../tests/fixtures/packs/minimal/helplines.toml"),
    ),
    (
        "prompts.toml",
        include_str!("../../tests/fixtures/packs/minimal/prompts.toml"),
    ),
    (
        "safety.toml",
        include_str!("../../tests/fixtures/packs/minimal/safety.toml"),
    ),
    (
        "modules/first-steps.md",
        include_str!("../../tests/fixtures/packs/minimal/modules/first-steps.md"),
    ),
    (
        "modules/anger-basics.md",
        include_str!("../../tests/fixtures/packs/minimal/modules/anger-basics.md"),
    ),
    (
        "modules/listening.md",
        include_str!("../../tests/fixtures/packs/minimal/modules/listening.md"),
    ),
    (
        "modules/first-weeks.md",
        include_str!("../../tests/fixtures/packs/minimal/modules/first-weeks.md"),
    ),
];

/// The fixture pack, written once to a private folder.
fn pack_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::Builder::new()
            .prefix("groundwork-fuzz-pack-")
            .tempdir()
            .expect("temp dir")
            .keep();
        std::fs::create_dir_all(dir.join("modules")).expect("modules folder");
        for (name, text) in FILES {
            std::fs::write(dir.join(name), text).expect("fixture file");
        }
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else {
        return;
    };
    let dir = pack_dir();
    let (name, original) = FILES[usize::from(pick) % FILES.len()];
    std::fs::write(dir.join(name), text).expect("write the input");
    let _ = groundwork_pack::source::load_dir(dir);
    std::fs::write(dir.join(name), original).expect("put the file back");
});
