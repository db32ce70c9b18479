//! Compiled pack bundles: a round trip gives back the same pack, and damaged, truncated,
//! foreign, newer or rule-breaking bundles are refused with typed errors, never a panic.

use std::path::{Path, PathBuf};

use groundwork_core::content::pack::{
    self, BundleError, Exercise, Pack,
    bundle::{FORMAT_VERSION, MAGIC},
};

fn dir(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn fixture_pack() -> Pack {
    pack::load_dir(&dir("fixtures/packs/minimal"))
        .expect("the fixture pack is valid")
        .into_pack()
}

fn fixture_bundle() -> Vec<u8> {
    pack::compile(&fixture_pack()).expect("compiles")
}

const HEADER: usize = MAGIC.len() + 2 + 32;

/// Replaces a bundle's hash with the hash of its (possibly changed) payload.
fn rehash(bytes: &mut Vec<u8>) {
    *bytes = pack::bundle::seal(FORMAT_VERSION, &bytes[HEADER..]);
}

/// A small deterministic pseudo-random generator (xorshift), so failures can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn compiling_then_decoding_gives_back_the_same_pack() {
    let original = fixture_pack();
    let bytes = pack::compile(&original).expect("compiles");
    assert_eq!(&bytes[..MAGIC.len()], MAGIC);
    assert_eq!(pack::decode(&bytes), Ok(original));
}

#[test]
fn the_english_pack_survives_a_round_trip() {
    let original = pack::load_dir(&dir("../content/packs/core-en"))
        .expect("core-en is valid")
        .into_pack();
    let bytes = pack::compile(&original).expect("compiles");
    assert_eq!(pack::decode(&bytes), Ok(original));
}

#[test]
fn resealing_an_unchanged_bundle_changes_nothing() {
    let mut bytes = fixture_bundle();
    let before = bytes.clone();
    rehash(&mut bytes);
    assert_eq!(bytes, before, "seal hashes the same way compile does");
}

#[test]
fn a_changed_payload_byte_is_refused_as_damaged() {
    let bytes = fixture_bundle();
    for at in [
        HEADER,
        HEADER + 1,
        (HEADER + bytes.len()) / 2,
        bytes.len() - 1,
    ] {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0x20;
        assert_eq!(
            pack::decode(&damaged),
            Err(BundleError::HashMismatch),
            "byte {at}"
        );
    }
}

#[test]
fn a_changed_hash_is_refused_as_damaged() {
    let mut bytes = fixture_bundle();
    bytes[MAGIC.len() + 2] ^= 1;
    assert_eq!(pack::decode(&bytes), Err(BundleError::HashMismatch));
}

#[test]
fn a_file_that_is_not_a_bundle_is_refused_as_foreign() {
    let mut bytes = fixture_bundle();
    bytes[0] = b'X';
    assert_eq!(pack::decode(&bytes), Err(BundleError::NotABundle));
    assert_eq!(
        pack::decode(b"+++\nid = \"core-en\"\n+++\n"),
        Err(BundleError::NotABundle)
    );
}

#[test]
fn a_bundle_from_a_newer_format_is_refused_as_too_new() {
    let mut bytes = fixture_bundle();
    bytes[MAGIC.len()..MAGIC.len() + 2].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    assert_eq!(
        pack::decode(&bytes),
        Err(BundleError::NewerFormat {
            found: FORMAT_VERSION + 1,
            supported: FORMAT_VERSION
        })
    );
}

#[test]
fn every_truncation_of_a_bundle_is_refused_without_panicking() {
    let bytes = fixture_bundle();
    let stride = (bytes.len() / 400).max(1);
    let lengths = (0..HEADER + 8).chain((HEADER + 8..bytes.len()).step_by(stride));
    for len in lengths {
        let cut = &bytes[..len];
        let result = pack::decode(cut);
        assert!(result.is_err(), "a bundle cut to {len} bytes was accepted");
        if len < HEADER {
            assert_eq!(result, Err(BundleError::Truncated { size: len }), "{len}");
        }
    }
    // A truncated payload with a matching hash gets past the hash and fails to decode.
    let mut cut = bytes[..bytes.len() - 10].to_vec();
    rehash(&mut cut);
    assert!(matches!(pack::decode(&cut), Err(BundleError::Malformed(_))));
}

#[test]
fn corrupted_payloads_with_matching_hashes_never_panic() {
    let bytes = fixture_bundle();
    let original = fixture_pack();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..400 {
        let mut damaged = bytes.clone();
        for _ in 0..=rng.below(4) {
            let at = HEADER + rng.below(bytes.len() - HEADER);
            damaged[at] = rng.next() as u8;
        }
        rehash(&mut damaged);
        // Either refused with a typed error, or (if the change kept it a valid pack) decoded.
        if let Ok(pack) = pack::decode(&damaged) {
            assert_eq!(pack.manifest.id.is_empty(), original.manifest.id.is_empty());
        }
    }
    for len in [0usize, 1, 7, 64, 1000] {
        let mut garbage = MAGIC.to_vec();
        garbage.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        garbage.extend_from_slice(&[0; 32]);
        garbage.extend((0..len).map(|_| rng.next() as u8));
        rehash(&mut garbage);
        assert!(
            pack::decode(&garbage).is_err(),
            "{len} random bytes decoded as a pack"
        );
    }
}

#[test]
fn a_bundle_whose_pack_breaks_a_rule_is_refused_with_every_problem_located_in_words() {
    let mut broken = fixture_pack();
    let anger = broken
        .modules
        .iter_mut()
        .find(|m| m.meta.id == "anger-basics")
        .expect("anger module");
    let Some(Exercise::Scale(scale)) = &mut anger.steps[1].exercise else {
        panic!("step 2 holds the scale");
    };
    scale.max = 12;
    anger.meta.minutes = 30;
    let bytes = pack::compile(&broken).expect("compile does not judge");
    let Err(BundleError::Invalid(problems)) = pack::decode(&bytes) else {
        panic!("the broken pack was accepted");
    };
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 2, "{shown:#?}");
    assert!(shown.contains(&"module anger-basics, step 2 (\"Your scale\"), exercise max: the scale runs from 0 to 12; use `min` below `max`, both from 0 to 10".to_owned()), "{shown:#?}");
    assert!(
        shown
            .iter()
            .any(|s| s.starts_with("module anger-basics, minutes: ")),
        "{shown:#?}"
    );
    assert!(problems.iter().all(|d| d.line == 0 && d.col == 0));
}

#[test]
fn a_bundle_in_the_format_before_safety_toml_is_refused_as_no_longer_supported() {
    // Format 1 carried no `safety.toml`; its payload would not decode as today's pack.
    const { assert!(FORMAT_VERSION >= 2) };
    let bytes = fixture_bundle();
    let old = pack::bundle::seal(1, &bytes[HEADER..]);
    assert_eq!(
        pack::decode(&old),
        Err(BundleError::UnsupportedFormat { found: 1 })
    );
}

#[test]
fn a_bundle_in_the_format_before_accountability_lines_is_refused_as_no_longer_supported() {
    // Format 4 carried no module `accountability`; its payload would not decode as today's pack.
    const { assert!(FORMAT_VERSION >= 5) };
    let bytes = fixture_bundle();
    let old = pack::bundle::seal(4, &bytes[HEADER..]);
    assert_eq!(
        pack::decode(&old),
        Err(BundleError::UnsupportedFormat { found: 4 })
    );
}

#[test]
fn a_bundle_whose_safety_file_breaks_a_rule_is_refused_with_the_place_in_words() {
    let mut broken = fixture_pack();
    broken.safety.crisis_check.negation_window = 9;
    broken.safety.situations.pop();
    let bytes = pack::compile(&broken).expect("compile does not judge");
    let Err(BundleError::Invalid(problems)) = pack::decode(&bytes) else {
        panic!("the broken pack was accepted");
    };
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 2, "{shown:#?}");
    assert!(
        shown.iter().any(|s| s.starts_with(
            "safety.toml, crisis_check.negation_window: `negation_window` is 9, outside 1 to 6; "
        )),
        "{shown:#?}"
    );
    assert!(
        shown
            .iter()
            .any(|s| s
                .starts_with("safety.toml, situations: the situation `baby-loss` is missing; ")),
        "{shown:#?}"
    );
}

#[test]
fn the_digest_identifies_the_contents() {
    let bytes = fixture_bundle();
    let hex = pack::bundle::digest_hex(&bytes).expect("valid header");
    assert_eq!(hex.len(), 64);
    assert!(hex.bytes().all(|b| b.is_ascii_hexdigit()));
    let mut other = fixture_pack();
    other.manifest.version = "0.1.1".into();
    let other_hex =
        pack::bundle::digest_hex(&pack::compile(&other).expect("compiles")).expect("valid");
    assert_ne!(hex, other_hex);
}

/// `value` as postcard writes it, without its last byte: the empty field format 9 added at the
/// end of a manifest (`extends`, `None`) or of a help line (`languages`, empty) is one zero byte.
fn without_last_field<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut bytes = postcard::to_allocvec(value).expect("encodes");
    assert_eq!(bytes.pop(), Some(0), "the last field is empty");
    bytes
}

#[test]
fn a_bundle_of_the_format_before_add_ons_is_still_read_as_a_pack_that_extends_nothing() {
    let pack = fixture_pack();
    // Format 8 is today's layout without the manifest's `extends` and the help lines'
    // `languages`, both the last field of their struct.
    let mut older = without_last_field(&pack.manifest);
    for part in [
        postcard::to_allocvec(&pack.modules),
        postcard::to_allocvec(&pack.emotions),
    ] {
        older.extend(part.expect("encodes"));
    }
    assert!(pack.helplines.len() < 128 && pack.helplines.iter().all(|r| r.lines.len() < 128));
    older.push(u8::try_from(pack.helplines.len()).expect("small"));
    for region in &pack.helplines {
        older.extend(postcard::to_allocvec(&region.code).expect("encodes"));
        older.extend(postcard::to_allocvec(&region.name).expect("encodes"));
        older.push(u8::try_from(region.lines.len()).expect("small"));
        for line in &region.lines {
            assert!(line.languages.is_empty());
            older.extend(without_last_field(line));
        }
    }
    for part in [
        postcard::to_allocvec(&pack.peer_groups),
        postcard::to_allocvec(&pack.prompts),
        postcard::to_allocvec(&pack.safety),
    ] {
        older.extend(part.expect("encodes"));
    }
    let bundle = pack::bundle::seal(8, &older);
    assert_eq!(pack::decode(&bundle), Ok(pack));
    // Read as today's format, the same bytes do not decode: the layouts differ.
    assert!(pack::decode(&pack::bundle::seal(FORMAT_VERSION, &older)).is_err());
}
